import { ruleCases } from './rule-cases';

ruleCases('weasel', {
  valid: [
    'According to the IMF, growth slowed in 2023.',
    'In some cases the exemption is never claimed.',
    'The survey data suggest that demand has peaked.',
    'Some experts say the levy works [@ifs2024].',
  ],
  invalid: [
    {
      code: 'Some experts say the levy works.',
      errors: [{ messageId: 'weasel', text: 'Some experts say' }],
      output: '[named source] say the levy works.',
    },
    { code: 'Critics argue that the scheme favours landlords.', errors: [{ messageId: 'weasel', text: 'Critics argue' }] },
    { code: 'Many developers write badly.', thorough: true, errors: [{ messageId: 'quantifier', text: 'Many developers' }] },
  ],
});
