// The cases the engine promises, with exact spans, rule ids and fixed text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, type Finding } from '../../server/src/engine';

function brief(findings: Finding[]) {
  return findings.map((f) => [f.rule, f.text, f.start, f.end]);
}

function applyFix(text: string, finding: Finding, index = 0): string {
  const edits = [...finding.fixes[index].edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

test('a figure with no evidence is an unsupported claim', () => {
  const text = 'Unemployment rose to 7.4% in 2023.';
  assert.deepEqual(brief(analyze(text)), [['unsupported-claim', 'Unemployment rose to 7.4% in 2023', 0, 33]]);
});

test('a Pandoc citation or a named source supports it', () => {
  assert.deepEqual(analyze('Unemployment rose to 7.4% in 2023 [@ons2024].', { languageId: 'markdown' }), []);
  assert.deepEqual(analyze('According to the ONS, unemployment rose to 7.4% in 2023.'), []);
});

test('"studies show" is a vague source and the claim is unsupported', () => {
  const text = 'Studies show that sanctions rarely work.';
  assert.deepEqual(brief(analyze(text)), [
    ['weasel', 'Studies show', 0, 12],
    ['unsupported-claim', 'Studies show that sanctions rarely work', 0, 39],
  ]);
  assert.deepEqual(analyze('Studies show that sanctions rarely work (Hufbauer et al., 2007).'), []);
});

test('a booster on an unsupported sentence, removed with its comma and the capital kept', () => {
  const text = 'Obviously, the U.S. would not be welcomed.';
  const findings = analyze(text);
  assert.deepEqual(brief(findings), [['booster', 'Obviously', 0, 9]]);
  assert.equal(findings[0].fixes[0].title, 'Remove "Obviously"');
  assert.equal(applyFix(text, findings[0]), 'The U.S. would not be welcomed.');
});

test('epistemic "may" is a hedge; permission "may" is not', () => {
  assert.deepEqual(brief(analyze('It may rain tomorrow.')), [['hedge', 'may', 3, 6]]);
  assert.deepEqual(analyze('Member States may submit comments by 30 June.'), []);
});

test('a hedge adverb is removed cleanly', () => {
  const text = 'Perhaps the talks will resume.';
  const [f] = analyze(text);
  assert.equal(f.rule, 'hedge');
  assert.equal(applyFix(text, f), 'The talks will resume.');
});

test('an unsupported claim gets a citation in the document style', () => {
  const pandoc = 'Exports fell by 12% in 2022.\n\nImports rose [@ons2024].\n';
  const [f] = analyze(pandoc, { languageId: 'markdown' });
  assert.equal(f.rule, 'unsupported-claim');
  const cite = f.fixes.find((x) => x.title.startsWith('Add a citation'))!;
  assert.equal(applyFix(pandoc, f, f.fixes.indexOf(cite)), 'Exports fell by 12% in 2022 [@key].\n\nImports rose [@ons2024].\n');

  const latex = 'Exports fell by 12\\% in 2022.\n';
  const [g] = analyze(latex, { languageId: 'latex' });
  assert.equal(applyFix(latex, g), 'Exports fell by 12\\% in 2022~\\cite{key}.\n');

  const md = 'Exports fell by 12% in 2022.\n';
  const [h] = analyze(md, { languageId: 'markdown' });
  assert.equal(applyFix(md, h), 'Exports fell by 12% in 2022.[^1]\n\n[^1]: Source.\n');

  const plain = 'Exports fell by 12% in 2022.';
  const [p] = analyze(plain);
  assert.equal(applyFix(plain, p), 'Exports fell by 12% in 2022 [citation needed].');
});

test('a citation closing a paragraph supports the claims of that paragraph', () => {
  const text = 'Exports fell by 12% in 2022. Imports rose by 3% [@ons2024].\n\nTariffs doubled in 2023.\n';
  const findings = analyze(text, { languageId: 'markdown' });
  assert.deepEqual(findings.map((f) => f.text), ['Tariffs doubled in 2023']);
});

test('settings: a rule turned off, accepted terms, strictness', () => {
  assert.deepEqual(analyze('It may rain tomorrow.', { settings: { rules: { hedge: 'off' } } }), []);
  assert.deepEqual(analyze('Obviously, it rained.', { settings: { acceptedTerms: ['obviously'] } }), []);
  assert.equal(analyze('Relations were established in 1948.').length, 0);
  assert.deepEqual(brief(analyze('Relations were established in 1948.', { settings: { claimStrictness: 'strict' } })), [
    ['unsupported-claim', 'Relations were established in 1948', 0, 34],
  ]);
  assert.equal(analyze('It may rain tomorrow.', { settings: { rules: { hedge: 'error' } } })[0].severity, 'error');
});

test('inline directives switch rules off', () => {
  const text = '<!-- evident-disable-next-line hedge -->\nIt may rain tomorrow.\n\nIt may snow.\n';
  assert.deepEqual(analyze(text, { languageId: 'markdown' }).map((f) => f.text), ['may']);
  assert.equal(analyze(text, { languageId: 'markdown' })[0].start, text.lastIndexOf('may'));
});

test('a disable-line comment silences its own line only, in Markdown and LaTeX', () => {
  const markdown = 'It may rain tomorrow. <!-- evident-disable-line hedge -->\nIt may snow.\n';
  assert.deepEqual(analyze(markdown, { languageId: 'markdown' }).map((f) => [f.text, f.start]), [['may', markdown.lastIndexOf('may')]]);
  const latex = 'It may rain tomorrow. % evident-disable-line hedge\nIt may snow.\n';
  assert.deepEqual(analyze(latex, { languageId: 'latex' }).map((f) => [f.text, f.start]), [['may', latex.lastIndexOf('may')]]);
  const otherRule = 'It may rain tomorrow. <!-- evident-disable-line booster -->\n';
  assert.deepEqual(analyze(otherRule, { languageId: 'markdown' }).map((f) => f.text), ['may']);
});

test('offsets are UTF-16 offsets into the original text', () => {
  const text = '🌍 Report.\n\nIt may rain tomorrow.';
  const [f] = analyze(text);
  assert.equal(text.slice(f.start, f.end), 'may');
  assert.equal(f.start, text.indexOf('may'));
});

test('claims in context: "the most" as effort, a limited absolute and a reported promise are left alone; a fraction and a dash-closed condition are not', () => {
  for (const text of [
    'Small charities make the most of their limited budgets.',
    'Appeals are not always heard within the statutory period.',
    'Inspectors almost never visit the smaller sites.',
    'The governor said we will see inflation fall sharply next year.',
  ]) {
    assert.deepEqual(brief(analyze(text, { settings: { claimStrictness: 'strict' } })), [], text);
  }
  assert.deepEqual(brief(analyze('A quarter of households rent their homes.')), [['unsupported-claim', 'A quarter of households rent their homes', 0, 40]]);
  const dashed = 'If the levy goes ahead -- and the vote is close -- households pay 12% more.';
  assert.deepEqual(
    brief(analyze(dashed)).filter(([rule]) => rule === 'unsupported-claim'),
    [['unsupported-claim', dashed.slice(0, -1), 0, dashed.length - 1]],
  );
});

test('a vague source after a named one is still vague: a neighbour\'s source does not answer "who?"', () => {
  const text = 'According to the Ministry of Agriculture, 41 vessels left Odesa in April. Local observers reported that inspections now take two days.';
  assert.deepEqual(
    analyze(text, { languageId: 'markdown' }).filter((f) => f.rule === 'weasel').map((f) => f.text),
    ['Local observers reported'],
  );
  const cited = 'Local observers reported that inspections now take two days [@unhcr2024].';
  assert.deepEqual(analyze(cited, { languageId: 'markdown' }).filter((f) => f.rule === 'weasel'), [], 'a citation still answers it');
});
