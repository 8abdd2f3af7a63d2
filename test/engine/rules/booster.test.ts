import { ruleCases } from './rule-cases';

ruleCases('booster', {
  valid: [
    // a requirement's criterion; the writer's side stressing its own act
    '- A fix must be obviously correct and tested.',
    'Our country has definitely refused to ratify the covenant.',
    // the writer's side's resolve stressed
    'And make no mistake about it: if they do not act, America will.',
    'Undoubtedly there is more to do, and we will do it with you, not to you.',
    // an appeal on what ought to be, and a comparison of manner
    'Our taxpayers surely deserve a simpler return.',
    'Surely we cannot simply walk away from the families who rely on it.',
    'A vague brief can delay a decision as surely as a vague budget can.',
    'Each claim must be clearly justified in the application.',
    'The results are very large.',
    'Of course, data alone is not enough, but it helps.',
    'Obviously, the pilot failed [@audit2024].',
    'We know for certain that rents rose by 20% [@ons2024].',
    // "surely" among adverbs of manner
    'The policies in place will reduce the deficit steadily, surely, and in time completely.',
    'Slowly but surely, the backlog is coming down.',
    // "clearly" picking things out by degree or in a clause that says which: nothing asserted of them
    'I have asked the Secretary to take the three steps most clearly needed now.',
    'We can afford everything we clearly need, but we cannot afford waste.',
    // the reader's own case argued to her; a status the rule itself gives
    'If you run a council service, you clearly have a stake in how the data are shared.',
    'You are clearly not the right person to approve your own claim.',
    'Publishing anonymised totals is clearly permissible under this policy.',
    'Spending should be confined to such objects as are clearly within the powers of the council.',
    // a rule stressed
    'Applicants must, obviously, have the consent of their employer before they apply.',
    // the adverb grades an adjective before its noun: a kind of thing named
    'Obviously correct fixes are applied directly to the maintenance branch.',
    // what a step is for
    'Merge the topic so that in the first-parent chain, it is clear that the project first did one thing and then another.',
  ],
  invalid: [
    { code: 'The reform has clearly failed.', errors: [{ messageId: 'booster', text: 'clearly' }] },
    { code: 'They clearly recognize that the levy failed.', errors: [{ messageId: 'booster', text: 'clearly' }] },
    {
      code: 'It is clear that we must take additional steps to cut imports.',
      errors: [{ messageId: 'booster', text: 'It is clear that' }],
    },
    {
      code: 'Without the scheme she would surely be uninsurable.',
      errors: [{ messageId: 'booster', text: 'surely' }],
    },
    {
      code: 'Obviously, the pilot failed.',
      errors: [{ messageId: 'booster', text: 'Obviously' }],
      output: 'The pilot failed.',
    },
    { code: 'The annexation was a clear violation of international law.', errors: [{ messageId: 'booster', text: 'clear violation of' }] },
    { code: 'We clearly need more nurses in rural hospitals.', errors: [{ messageId: 'booster', text: 'clearly' }] },
    { code: 'The new levy is clearly a tax on small firms.', errors: [{ messageId: 'booster', text: 'clearly' }] },
    { code: 'Rents are clearly within the range the forecasts gave.', errors: [{ messageId: 'booster', text: 'clearly' }] },
    { code: 'The councils clearly knew that the scheme was failing.', errors: [{ messageId: 'booster', text: 'clearly' }] },
    { code: 'The levy must obviously have failed.', errors: [{ messageId: 'booster', text: 'obviously' }] },
    // certainty claimed for knowledge or a consensus instead of its source
    {
      code: 'We know with certainty that the attack was planned abroad.',
      errors: [{ messageId: 'booster', text: 'We know with certainty' }],
    },
    {
      code: 'In recent years it has become clear that the levy deters small firms.',
      errors: [{ messageId: 'booster', text: 'it has become clear that' }],
    },
    { code: 'On climate change, the debate is settled.', errors: [{ messageId: 'booster', text: 'the debate is settled' }] },
    { code: 'Surely the levy has failed.', errors: [{ messageId: 'booster', text: 'Surely' }] },
    { code: 'This is obviously wrong.', errors: [{ messageId: 'booster', text: 'obviously' }] },
    {
      code: 'It is clear that the project first did one thing and then another.',
      errors: [{ messageId: 'booster', text: 'It is clear that' }],
    },
  ],
});
