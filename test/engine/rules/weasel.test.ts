import { ruleCases } from './rule-cases';

ruleCases('weasel', {
  valid: [
    // studies as where a noun is found, the domain of the claim
    'Sample sizes in commissioned government studies have fallen since the move to rapid evaluation.',
    // a whole nation, its electorate
    'The American people said: let us look to the future with confidence.',
    // the tail of a list of names
    'Ford, General Motors, Intel, Walmart, and many others have announced that they will invest in new plants.',
    // a lesson of the writer's side, after a phrase that opens its clause
    'At home, we have learned that by working together we can create prosperity without fanning inflation.',
    'We have learned that the well-being of workers depends on high production.',
    // a lesson learned by experience, no informant
    'Maintaining two versions of the register is unworkable; we learned this the hard way in 2019.',
    // where money or supplies come from, not who says so
    'Small firms that cannot secure funds from other sources will get loans.',
    'The council is looking for other sources of revenue.',
    'According to the IMF, growth slowed in 2023.',
    'In some cases the exemption is never claimed.',
    'The survey data suggest that demand has peaked.',
    'Some experts say the levy works [@ifs2024].',
    // a group named by the writer's own team is no unnamed source
    'Researchers in our team interviewed forty tenants.',
    // documents counted or priced, and expertise as the thing priced, vouch for nothing
    'Most assessments for small premises cost between £250 and £600.',
    'The cost of expert evidence often exceeds the award.',
    // an objection the writer expects, to answer it
    'Critics will say that the new rules trample local democracy.',
    'Some may say that it is unusual for a minister to spend this long on skills.',
    // a body named after "in the"
    'Economists in the Treasury say the levy will raise little.',
    // a source denied, not leaned on
    'No evidence suggests that the levy raised prices.',
    // the writer's own research; a group's expectation measured against
    'My research does not support that view.',
    'Rents rose faster than most analysts expected.',
    // what the writer's own consultation heard
    'Local authorities told us that they lack the staff to maintain datasets.',
    // a question asked about a group
    'Grantees should report on whether young people feel more able to cope.',
    // what others said, named as a topic
    'In this post I summarise what its critics and defenders have said.',
    // a concern about a topic, with no claim to vouch for
    'Others worry about infrastructure.',
    // residents who act, not vouch
    'Local residents collected the water samples themselves.',
    // the group as the object of "help", its verb what it is enabled to do
    'So to help people find commits that introduce a bad behavior, the bisect commands were invented.',
    // the object of "have": its next word is its noun
    'The Piankeshaws having some claim to the country, it has been thought best to quiet that by purchase.',
    // found so by others: a participle after its noun
    'Certain provincial officials found derelict in duty were dismissed.',
  ],
  invalid: [
    { code: 'In recent studies, the levy has failed.', errors: [{ messageId: 'weasel', text: 'recent studies' }] },
    { code: 'American people say the plan will fail.', errors: [{ messageId: 'weasel', text: 'American people say' }] },
    { code: 'Some officials found that the scheme had failed.', errors: [{ messageId: 'weasel', text: 'Some officials found' }] },
    {
      code: 'Many others have announced that they will invest in new plants.',
      errors: [{ messageId: 'weasel', text: 'Many others have announced' }],
    },
    {
      code: 'Some experts say the levy works.',
      errors: [{ messageId: 'weasel', text: 'Some experts say' }],
      output: '[named source] say the levy works.',
    },
    { code: 'Critics argue that the scheme favours landlords.', errors: [{ messageId: 'weasel', text: 'Critics argue' }] },
    // news from nobody named, in the first person
    { code: 'I learned that the minister had resigned.', errors: [{ messageId: 'weasel', text: 'I learned' }] },
    { code: 'Other sources say the talks have failed.', errors: [{ messageId: 'weasel', text: 'Other sources say' }] },
    { code: 'Logically, some would argue, the summit moved to Cairo.', errors: [{ messageId: 'weasel', text: 'some would argue' }] },
    { code: 'Informed sources say the talks have failed.', errors: [{ messageId: 'weasel', text: 'Informed sources say' }] },
    { code: 'Many developers write badly.', thorough: true, errors: [{ messageId: 'quantifier', text: 'Many developers' }] },
    // a field or a place after the group describes it and names nobody; an adverb before the verb changes nothing
    {
      code: 'Experts in risk communication say that readers forget the range.',
      errors: [{ messageId: 'weasel', text: 'Experts in risk communication say' }],
    },
    {
      code: 'Observers in the capital believe the ministry will back down.',
      errors: [{ messageId: 'weasel', text: 'Observers in the capital believe' }],
    },
    {
      code: 'Analysts frequently report that assurance is squeezed.',
      errors: [{ messageId: 'weasel', text: 'Analysts frequently report' }],
    },
    { code: 'Many researchers regard reproducibility as a cost.', errors: [{ messageId: 'weasel', text: 'Many researchers regard' }] },
    // a plain modifier between the quantifier and the group; a place named after "in" is where they are, not who
    {
      code: 'Some trade economists argue that the loss would be larger still.',
      errors: [{ messageId: 'weasel', text: 'Some trade economists argue' }],
    },
    // a vague modifier capitalised at the start of the sentence is no name
    {
      code: 'Industry sources suggest that targets were set in March.',
      errors: [{ messageId: 'weasel', text: 'Industry sources suggest' }],
    },
    // verbs of admitting and accepting; groups of politicians, residents and market participants
    {
      code: 'Many economists now accept that the slowdown began abroad.',
      errors: [{ messageId: 'weasel', text: 'Many economists now accept' }],
    },
    {
      code: 'Officials privately admit that the reservoir is half empty.',
      errors: [{ messageId: 'weasel', text: 'Officials privately admit' }],
    },
    { code: 'Some MPs have suggested that the prison should close.', errors: [{ messageId: 'weasel', text: 'Some MPs have suggested' }] },
    { code: 'Residents say that the kiosks close early.', errors: [{ messageId: 'weasel', text: 'Residents say' }] },
    {
      code: 'Some market participants believe that lenders are extending forbearance.',
      errors: [{ messageId: 'weasel', text: 'Some market participants believe' }],
    },
    {
      code: 'Officials in Brussels say the talks have stalled.',
      errors: [{ messageId: 'weasel', text: 'Officials in Brussels say' }],
    },
    { code: 'Many people find that the rules are too strict.', errors: [{ messageId: 'weasel', text: 'Many people find' }] },
    { code: 'Some claim that the tax failed.', errors: [{ messageId: 'weasel', text: 'Some claim' }] },
  ],
});
