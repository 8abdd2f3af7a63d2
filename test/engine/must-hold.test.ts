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

test('"studies show" is a vague source and the claim is unsupported, on words that do not overlap', () => {
  const text = 'Studies show that sanctions rarely work.';
  assert.deepEqual(brief(analyze(text)), [
    ['weasel', 'Studies show', 0, 12],
    ['unsupported-claim', 'sanctions rarely work', 18, 39],
  ]);
  assert.deepEqual(analyze('Studies show that sanctions rarely work (Hufbauer et al., 2007).'), []);
});

// One squiggle says one thing (issue 13, item 9): the vague source on its words, the claim on the claim.
function assertApart(findings: Finding[]) {
  for (const a of findings) for (const b of findings) if (a !== b) assert.ok(a.end <= b.start || b.end <= a.start, `${a.rule} "${a.text}" overlaps ${b.rule} "${b.text}"`);
}

test('a source frame heading a claim: the frame is the vague source, the rest the claim', () => {
  const cases: [string, string[][]][] = [
    ['Critics argue that the scheme never worked anywhere.', [['weasel', 'Critics argue', '0', '13'], ['unsupported-claim', 'the scheme never worked anywhere', '19', '51']]],
    ['According to sources, the scheme never worked anywhere.', [['weasel', 'According to sources', '0', '20'], ['unsupported-claim', 'the scheme never worked anywhere', '22', '54']]],
    ['Some experts say unemployment rose to 9% in 2023.', [['weasel', 'Some experts say', '0', '16'], ['unsupported-claim', 'unemployment rose to 9% in 2023', '17', '48']]],
    ['It is widely believed that the ban led to a collapse in trade.', [['passive-attribution', 'It is widely believed', '0', '21'], ['unsupported-claim', 'the ban led to a collapse in trade', '27', '61']]],
    ['It is believed the ban led to a collapse in trade.', [['passive-attribution', 'It is believed', '0', '14'], ['unsupported-claim', 'the ban led to a collapse in trade', '15', '49']]],
    ['Clearly, unemployment rose to 9% in 2023.', [['booster', 'Clearly', '0', '7'], ['unsupported-claim', 'unemployment rose to 9% in 2023', '9', '40']]],
  ];
  for (const [text, expected] of cases) {
    const findings = analyze(text, { languageId: 'markdown' });
    assert.deepEqual(brief(findings).map((row) => row.map(String)), expected, text);
    assertApart(findings);
  }
});

test('a source frame closing or set inside a claim leaves the claim the other words', () => {
  assert.deepEqual(brief(analyze('The scheme never worked anywhere, critics argue.')), [
    ['unsupported-claim', 'The scheme never worked anywhere', 0, 32],
    ['weasel', 'critics argue', 34, 47],
  ]);
  assert.deepEqual(brief(analyze('The ban led to a collapse in trade, it is widely believed.')), [
    ['unsupported-claim', 'The ban led to a collapse in trade', 0, 34],
    ['passive-attribution', 'it is widely believed', 36, 57],
  ]);
  // set off by commas in the middle: the claim keeps the side that states it
  assert.deepEqual(brief(analyze('The scheme, critics argue, never worked anywhere.')), [
    ['weasel', 'critics argue', 12, 25],
    ['unsupported-claim', 'never worked anywhere', 27, 48],
  ]);
});

test('the narrowed claim says what the claim words state, not what the frame did', () => {
  // "Many people" made it a claim of prevalence; the claim itself is a trend and a dated fact
  const [weasel, claim] = analyze('Many people say that crime has doubled since 2010.');
  assert.deepEqual([weasel.rule, weasel.text], ['weasel', 'Many people say']);
  assert.deepEqual([claim.rule, claim.text], ['unsupported-claim', 'crime has doubled since 2010']);
  assert.equal(claim.message, 'This claim (a trend, a dated fact) has no evidence: cite a source or name it.');
  // when the frame's words were the whole claim, the frame's finding says it alone
  assert.deepEqual(brief(analyze('Most economists agree that tariffs raise prices.', { settings: { claimStrictness: 'strict' } })), [['weasel', 'Most economists agree', 0, 21]]);
  // a vague quantifier as the subject is no frame: the claim keeps its words
  assert.deepEqual(brief(analyze('Many people lost their jobs in 2020.', { settings: { claimStrictness: 'strict', sensitivity: 'thorough' } })), [
    ['weasel', 'Many people', 0, 11],
    ['unsupported-claim', 'Many people lost their jobs in 2020', 0, 35],
  ]);
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
