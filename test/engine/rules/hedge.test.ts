import { ruleCases } from './rule-cases';

ruleCases('hedge', {
  valid: [
    'Member States may submit their plans by 30 June.',
    'Councils may wish to publish their registers early.',
    'The fund covers rents in May and June.',
    'Prices are very likely (80–90 %) to rise before 2027.',
    'Where the scope is unclear, agree it in writing.',
  ],
  invalid: [
    {
      code: 'The levy may reduce rents.',
      errors: [{ messageId: 'hedge', text: 'may' }],
      fix: 'State the likelihood: "is likely (about 70 %) to reduce"',
      output: 'The levy is likely (about [N] %) to reduce rents.',
    },
    { code: 'Rents will probably fall next year.', errors: [{ messageId: 'hedge', text: 'probably' }] },
    { code: 'The data suggest that demand has peaked.', errors: [{ messageId: 'hedge', text: 'suggest' }] },
    { code: 'In my view, the levy has failed.', errors: [{ messageId: 'hedge', text: 'In my view' }] },
  ],
});
