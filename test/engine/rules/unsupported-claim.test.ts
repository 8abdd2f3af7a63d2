import { ruleCases } from './rule-cases';

ruleCases('unsupported-claim', {
  valid: [
    'Unemployment rose to 7.4% in 2023 [@ons2024].',
    'According to the ONS, unemployment rose to 7.4% in 2023.',
    'Member States should reduce emissions by 2030.',
    'The commissioner is responsible for setting out the question.',
    'This report uses the 2022 household survey to cost each option.',
    // a call to action, a course of action put as the only way, the speaker's side's own spending
    "And, by the way, let's raise the minimum wage to $15.",
    'The only way to move to full employment is to lay a new foundation for growth.',
    "That's why we have more than doubled funding for training dislocated workers since 1993.",
    // the writer's interpretation offered as one among others
    'One reading is that the ban is meant less to stop crime than to make the next protest harder to organise.',
    'My reading of the figures is that hybrid working has become a settled feature of the labour market.',
  ],
  invalid: [
    {
      code: 'The ban is meant less to stop crime than to make the next protest harder to organise.',
      errors: [{ messageId: 'claim', text: 'The ban is meant less to stop crime than to make the next protest harder to organise' }],
    },
    {
      code: 'Exports have more than doubled since 2010.',
      errors: [{ messageId: 'claim', text: 'Exports have more than doubled since 2010' }],
    },
    {
      code: 'The new rules let us publish data 40% faster.',
      errors: [{ messageId: 'claim', text: 'The new rules let us publish data 40% faster' }],
    },
    {
      code: 'Hybrid working has become a settled feature of the labour market.',
      errors: [{ messageId: 'claim', text: 'Hybrid working has become a settled feature of the labour market' }],
    },
    {
      code: 'Unemployment rose to 7.4% in 2023.',
      errors: [{ messageId: 'claim', text: 'Unemployment rose to 7.4% in 2023' }],
      output: 'Unemployment rose to 7.4% in 2023.[^1]\n\n[^1]: Source.\n',
    },
    {
      code: 'Rents rose, in part because of the new levy.',
      errors: [{ messageId: 'claim', text: 'Rents rose, in part because of the new levy' }],
    },
    {
      code: 'Insurers have never priced war risk this way before.',
      errors: [{ messageId: 'claim', text: 'Insurers have never priced war risk this way before' }],
    },
    // the claim a vague source frames starts after its "that", an adverb of the saying or the one told included in the frame
    { code: 'Officials told reporters that the plan is dead.', errors: [{ messageId: 'claim', text: 'the plan is dead' }] },
    {
      code: 'Diplomats say privately that the contractor is paid in mining concessions.',
      errors: [{ messageId: 'claim', text: 'the contractor is paid in mining concessions' }],
    },
  ],
});
