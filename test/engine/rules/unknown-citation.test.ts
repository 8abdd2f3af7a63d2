import { ruleCases } from './rule-cases';

ruleCases('unknown-citation', {
  bibtex: '@report{ons2024, title = {Labour market overview}, author = {{Office for National Statistics}}, year = {2024}}\n',
  valid: [
    'Unemployment rose to 7.4% in 2023 [@ons2024].',
    { code: 'Unemployment rose to 7.4\\% in 2023 \\cite{ons2024}.', language: 'latex' },
  ],
  invalid: [
    { code: 'Unemployment rose to 7.4% in 2023 [@ons2042].', errors: [{ messageId: 'unknown', text: 'ons2042' }] },
    { code: 'Unemployment rose to 7.4% in 2023 [@key].', errors: [{ messageId: 'placeholder', text: 'key' }] },
    {
      code: 'Unemployment rose to 7.4\\% in 2023 \\cite{ons2024,imf2023}.',
      language: 'latex',
      errors: [{ messageId: 'unknown', text: 'imf2023' }],
    },
  ],
});
