import { ruleCases } from './rule-cases';

ruleCases('speculation', {
  valid: [
    'According to his spokesman, the minister wanted to delay the vote.',
    'We want to reduce waiting times.',
    'The grant is designed to help small councils share services.',
    'The movement is a reactionary turn aimed at restoring traditional values.',
  ],
  invalid: [
    {
      code: 'The regime wants to split the alliance.',
      errors: [{ messageId: 'intention', text: 'The regime wants to split' }],
      output: 'According to [source], the regime wants to split the alliance.',
    },
    { code: 'Moscow fears encirclement.', errors: [{ messageId: 'feeling', text: 'Moscow fears' }] },
    {
      code: 'The occupiers held sham referendums aimed at forcibly changing the borders.',
      errors: [{ messageId: 'motive', text: 'aimed at forcibly changing' }],
    },
  ],
});
