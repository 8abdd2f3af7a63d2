import { ruleCases } from './rule-cases';

ruleCases('speculation', {
  valid: [
    // a deciding body's finding in its own words
    'The Chair is satisfied that the environmental sampling was done competently.',
    // the feelings of the body the document speaks for are its own (annotation guide: the writer's own side)
    '# Statement by the Taoiseach of Ireland\n\nIreland is proud to have served on the Security Council in 2021 and 2022.',
    'According to his spokesman, the minister wanted to delay the vote.',
    'We want to reduce waiting times.',
    'The grant is designed to help small councils share services.',
    'The movement is a reactionary turn aimed at restoring traditional values.',
    // a procedure wanted by those it concerns
    'Applicants want to submit their forms before the deadline.',
    // a state set off by a comma with no reason in it, or the writer's own
    'The minister, happy with the result, thanked the staff.',
    'We, keen to avoid delay, have published the draft early.',
    // "it" in a reason with no actor before it stands for no one
    'Registration has fallen because it knows no season.',
    // a common noun opening the sentence is no name, though the lexicon leaves it to its rules
    'Groups want to publish their data before the deadline.',
    // the purpose of an act done by no one named, in a document that speaks for the public body that did it
    'This Government has kept its promises.\n\nThe Moscow garrison has been reinforced in order to deter protests.',
    // "concerned with": what a body deals with, its remit, not a worry
    'The new Committee would be concerned, among other things, with the growth of our economy and the health of our people.',
    'The review body is concerned with the costs of regulation.',
    // a proverb's words, quoted
    'There is an old and true saying that the Lord hates a quitter.',
    // what a requirement is for; the writer's own body by its title; a skill
    'Every developer needs an OpenPGP key in order to sign and verify package uploads.',
    'This Administration is determined to keep our economy strong.',
    'She knew how to make those parts.',
    // the reader told how to feel
    "Don't be afraid of making small steps along the way.",
    // how great a need is, a degree
    'Veterans will get the care they so desperately need.',
  ],
  invalid: [
    { code: 'The minister is satisfied that the plan works.', errors: [{ messageId: 'feeling', text: 'The minister is satisfied' }] },
    // the same feeling in a document that does not speak for Ireland
    {
      code: 'Ireland is proud to have served on the Security Council in 2021 and 2022.',
      errors: [{ messageId: 'feeling', text: 'Ireland is proud' }],
    },
    {
      code: 'The regime is desperately seeking to divide its critics.',
      errors: [
        { messageId: 'motive', text: 'desperately' },
        { messageId: 'motive', text: 'to divide' },
      ],
    },
    {
      // a feeling set off by a comma beside the act, as its reason
      code: 'Several state insurance commissioners have opposed the reform, wary of a backlash from homeowners.',
      errors: [{ messageId: 'feeling', text: 'wary of' }],
    },
    {
      code: 'Governments, eager to show quick results, have expanded the programmes faster than the evidence.',
      errors: [{ messageId: 'feeling', text: 'eager to' }],
    },
    {
      // the reason's pronoun stands for the main clause's actor
      code: 'The governing Civic Union has resisted automatic registration because it knows that young voters favour its rivals.',
      errors: [{ messageId: 'knowledge', text: 'it knows' }],
    },
    {
      code: 'The government is restricting access because it fears the damage before the elections.',
      errors: [{ messageId: 'feeling', text: 'it fears' }],
    },
    {
      // a name the lexicon does not know, opening the sentence
      code: 'Reznik wants to prove to his colleagues that the embargo has failed.',
      errors: [{ messageId: 'intention', text: 'Reznik wants to prove' }],
    },
    {
      code: 'The Moscow garrison has been reinforced in order to deter protests.',
      errors: [{ messageId: 'motive', text: 'in order to deter' }],
    },
    {
      code: 'The regime wants to split the alliance.',
      errors: [{ messageId: 'intention', text: 'The regime wants to split' }],
      output: 'According to [source], the regime wants to split the alliance.',
    },
    { code: 'Moscow fears encirclement.', errors: [{ messageId: 'feeling', text: 'Moscow fears' }] },
    {
      code: 'This regime is determined to keep the corridor closed.',
      errors: [{ messageId: 'intention', text: 'regime is determined to keep' }],
    },
    {
      code: 'The minister is concerned about the cost of the scheme.',
      errors: [{ messageId: 'feeling', text: 'The minister is concerned' }],
    },
    // a state's aim read in, whatever its verb; an infinitive of writing or telling reports nothing, so names no source
    {
      code: 'As we speak, China wants to write the rules for the region.',
      errors: [{ messageId: 'intention', text: 'China wants to write' }],
    },
    { code: 'That is the story ISIL wants to tell.', errors: [{ messageId: 'intention', text: 'ISIL wants to tell' }] },
    {
      code: 'The occupiers held sham referendums aimed at forcibly changing the borders.',
      errors: [{ messageId: 'motive', text: 'aimed at forcibly changing' }],
    },
    { code: 'The Kremlin was afraid of the vote.', errors: [{ messageId: 'feeling', text: 'The Kremlin was afraid' }] },
  ],
});
