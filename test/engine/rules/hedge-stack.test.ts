import { ruleCases } from './rule-cases';

ruleCases('hedge-stack', {
  valid: ['The talks may resume in spring.', 'A default is very likely (80–90 %) before 2027.'],
  invalid: [
    {
      code: 'The talks might possibly resume in spring.',
      errors: [{ messageId: 'stack', text: 'might possibly' }],
      output: 'The talks might resume in spring.',
    },
    {
      code: 'It seems plausible that the levy could explain the fall in rents.',
      errors: [{ messageId: 'stack', text: 'seems plausible that the levy could' }],
    },
  ],
});
