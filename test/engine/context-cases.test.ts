// The context cases that separate Evident from word-list linters: the same word flagged
// in one sense and left alone in another, and multi-word cues found whole.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, classify } from '../../server/src/engine';

function flagged(text: string, rule: string): string[] {
  return analyze(text).filter((f) => f.rule === rule).map((f) => f.text);
}

describe('modal sense', () => {
  const cases: [string, string[]][] = [
    ['It may rain tomorrow.', ['may']],
    ['The rebels may have obtained the drones abroad.', ['may']],
    ['Sanctions could backfire on exporters.', ['could']],
    ['Member States may apply the derogation until 2027.', []],
    ['Applicants may not submit more than one proposal.', []],
    ['The Council can adopt the measure by qualified majority.', []],
    ['The Commission may, by means of implementing acts, lay down detailed rules.', []],
    ['Before 2019, citizens could travel visa-free to forty countries.', []],
    ['No agreement could be reached on the text.', []],
    ['The summit took place in May 2019.', []],
  ];
  for (const [text, expected] of cases) test(text, () => assert.deepEqual(flagged(text, 'hedge'), expected));
});

describe('politeness, procedure and proposals are not hedges', () => {
  for (const text of [
    'I should like to thank the rapporteur for her work.',
    'I would like to welcome the delegation from Norway.',
    'Russia suggests a more realistic scenario of gradual denuclearisation.',
    'The Commission suggests that Member States adopt a phased approach.',
    'The minister indicated his support for the amendment.',
  ]) test(text, () => assert.deepEqual(analyze(text).filter((f) => f.rule === 'hedge'), []));
  test('evidence that suggests is a hedge', () => assert.deepEqual(flagged('The figures suggest that take-up remains low.', 'hedge'), ['suggest']));
});

describe('multi-word cues are found whole', () => {
  const cases: [string, string, string][] = [
    ['It is possible that the ceasefire will hold.', 'hedge', 'It is possible that'],
    ['The reform worked to some extent.', 'hedge', 'to some extent'],
    ['It remains unclear whether the vote will pass.', 'hedge', 'remains unclear'],
    ['The capital is thought to hold a quarter of the debt.', 'passive-attribution', 'is thought'],
    ['It has been suggested that the agency lacks staff.', 'passive-attribution', 'It has been suggested'],
    ['Some analysts argue that the tariff is too high.', 'weasel', 'Some analysts argue'],
    ['Many observers believe the talks will fail.', 'weasel', 'Many observers believe'],
  ];
  for (const [text, rule, cue] of cases) test(`${rule}: ${cue}`, () => assert.ok(flagged(text, rule).includes(cue), JSON.stringify(analyze(text).map((f) => [f.rule, f.text]))));
});

describe('claims versus greetings, procedure, questions and marked opinions', () => {
  const claims = ['Unemployment rose to 7.4% in 2023.', 'The new tariff caused a sharp fall in imports.', 'Germany is the largest donor to the fund.', 'The region has never been a priority for Moscow.'];
  const notClaims = ['Thank you, Mr President.', 'Comments must be submitted by 30 June.', 'Did unemployment rise in 2023?', 'I think the plan is sound.'];
  for (const text of claims) test(`claim: ${text}`, () => assert.equal(classify(text).claim, true));
  for (const text of notClaims) test(`not a claim: ${text}`, () => assert.equal(classify(text).claim, false));
});

test('each decision is explained: which cue and which context', () => {
  const [may] = analyze('It may rain tomorrow.');
  assert.match(may.explanation, /"It may rain" states a possibility, not a permission\./);
  const [suggest] = analyze('The data suggest that sanctions rarely work.').filter((f) => f.rule === 'hedge');
  assert.match(suggest.explanation, /"data suggest that" infers from evidence/);
});
