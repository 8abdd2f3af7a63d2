// unknown-citation: a citation key that no bibliography of the document defines, or the
// placeholder key the "Add a citation" quick fix leaves. Only when a bibliography was found (the
// caller passes it as AnalyzeOptions.bibliography); silent otherwise. Not a sentence rule: the
// pipeline (analyze.ts, checkCitationKeys) reads the citation markers of each chunk. An unknown
// key is no evidence: a claim that rests only on it stays unsupported.
import type { Rule } from './rule';

export const unknownCitation: Rule = {
  meta: {
    id: 'unknown-citation',
    title: 'Unknown citation key',
    description:
      'Keys cited but defined in none of the document\'s bibliographies ([@smith2020] with no smith2020 entry), or the placeholder key left by "Add a citation". Checked only when the document has a bibliography (front matter, \\bibliography, \\addbibresource, evident.bibliographies or --bibliography). A claim resting only on an unknown key counts as unsupported.',
    defaultSeverity: 'error',
    silencedByEvidence: false,
    silencedByAttribution: false,
    policy: { marksUncertain: false, plural: 'unknown citation keys' },
    messages: {
      unknown: 'No bibliography defines the key "{{key}}": check its spelling or add the entry.',
      placeholder: '"{{key}}" is the placeholder left by "Add a citation": replace it with a key from your bibliography.',
    },
    examples: {
      flag: [
        { text: 'Rents rose by a third in coastal towns [@smith2021rents].', flagged: 'smith2021rents' },
        { text: 'Unemployment rose to 7.4% in 2023 [@key].', flagged: 'key' },
        { text: 'Water tariffs cover half of operating costs [@wb2019water; @nobody1999].', flagged: 'nobody1999' },
      ],
      allow: [
        'Rents rose by a third in coastal towns [@smith2020rents].',
        'Water tariffs cover half of operating costs [see @wb2019water, p. 4].',
        'As @smith2020rents show, rent controls reduced supply.',
        'Contact the team at policy@example.org for the data.',
      ],
    },
    exampleBibliography:
      '@article{smith2020rents, author = {Smith, Jane}, title = {Rent Controls and Housing Supply}, year = {2020}}\n@report{wb2019water, author = {{World Bank}}, title = {Water Tariffs and Utility Finance}, year = {2019}}\n',
  },
  cueWords: [], // no sentence holds its cue: the rule reads citations, not words
  check: () => [],
  unknownKey: (_key, placeholder) =>
    placeholder
      ? {
          messageId: 'placeholder',
          explanation:
            'The quick fix "Add a citation" left this placeholder; until it names an entry of your bibliography, the claim has no evidence.',
          category: 'placeholder key',
        }
      : {
          messageId: 'unknown',
          explanation:
            "None of the document's bibliographies defines this key, so the citation points at nothing: the claim it should support counts as unsupported.",
          category: 'unknown key',
        },
};
