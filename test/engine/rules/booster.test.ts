import { ruleCases } from './rule-cases';

ruleCases('booster', {
  valid: [
    'Each claim must be clearly justified in the application.',
    'The results are very large.',
    'Of course, data alone is not enough, but it helps.',
    'Obviously, the pilot failed [@audit2024].',
  ],
  invalid: [
    {
      code: 'Obviously, the pilot failed.',
      errors: [{ messageId: 'booster', text: 'Obviously' }],
      output: 'The pilot failed.',
    },
    { code: 'The annexation was a clear violation of international law.', errors: [{ messageId: 'booster', text: 'clear violation of' }] },
  ],
});
