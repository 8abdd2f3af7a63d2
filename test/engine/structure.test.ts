// Units that are not the writer's running English prose get no finding (annotation guide,
// "Units"): captions, source and note lines, tables, title-like fragments, block quotes,
// questions, sentences that are mostly a quotation, other languages. The prose around them keeps
// its findings, with exact spans.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument, classify } from '../../server/src/engine/index';
import { extractProse } from '../../server/src/engine/prose/index';
import { isForeignLanguage, isMostlyQuotation } from '../../server/src/engine/prose/structure';

const HEDGED = 'Housing costs may rise next year.';
const CLAIM = 'Exports fell by 20% in 2023.';

function found(text: string, languageId: string): Array<[string, string]> {
  return analyzeDocument(text, { languageId }).findings.map((f) => [f.rule, text.slice(f.start, f.end)]);
}

function kinds(text: string, languageId: string): Array<[string, string]> {
  const doc = extractProse(text, languageId);
  return doc.blocks.map((b) => [b.kind, doc.prose.slice(b.start, b.end).trim()]);
}

/** The writer's own prose around the non-prose units, flagged as always. */
const OWN_FINDINGS: Array<[string, string]> = [
  ['hedge', 'may'],
  ['unsupported-claim', 'Exports fell by 20% in 2023'],
];

describe('non-prose units get no finding', () => {
  it('reads "Source:", "Notes:" and "Table 2." paragraphs as captions, in Markdown and plain text', () => {
    for (const languageId of ['markdown', 'plaintext']) {
      const text = `${HEDGED}\n\n**Source:** ${CLAIM}\n\nNotes: Figures may not add up. Shares are rounded to the nearest point.\n\nTable 2. Regions with the highest growth in exports, 2023\n\nFigure 1: Exports may fall in the poorest regions\n\n${CLAIM}\n`;
      assert.deepEqual(found(text, languageId), OWN_FINDINGS, languageId);
    }
    assert.deepEqual(kinds('Sources: Treasury data.\n\nTable 2 shows that exports fell.\n', 'markdown'), [
      ['caption', 'Sources: Treasury data.'],
      ['paragraph', 'Table 2 shows that exports fell.'],
    ]);
  });

  it('reads pipe rows without a delimiter row, and LaTeX tabulars, as tables', () => {
    const markdown = `${HEDGED}\n\n| Region | Exports fell by 20% in 2023 |\n| North | Costs may rise |\n\n${CLAIM}\n`;
    assert.deepEqual(found(markdown, 'markdown'), OWN_FINDINGS);
    assert.deepEqual(kinds(markdown, 'markdown')[1][0], 'table-cell');
    const latex = `${HEDGED}\n\n\\begin{tabular}{ll}\nRegion & Exports fell by 20\\% in 2023. \\\\\nNorth & Costs may rise. \\\\\n\\end{tabular}\n\nExports fell by 20\\% in 2023.\n`;
    assert.deepEqual(found(latex, 'latex'), [['hedge', 'may'], ['unsupported-claim', 'Exports fell by 20\\% in 2023']]);
    assert.deepEqual(kinds(latex, 'latex').map(([kind]) => kind), ['paragraph', 'table-cell', 'paragraph']);
  });

  it('reads short lines without a sentence end (titles, bylines, dates) as fragments', () => {
    const text = `Regions with the highest growth in exports, 2023\n\nby Jane Doe, Policy Unit\n\n12 March 2024\n\n${HEDGED}\n`;
    assert.deepEqual(found(text, 'plaintext'), [['hedge', 'may']]);
    assert.deepEqual(kinds(text, 'plaintext').map(([kind]) => kind), ['fragment', 'fragment', 'fragment', 'paragraph']);
    // A long paragraph without a final stop is still prose.
    const long = 'Exports fell by 20% in 2023 across the northern regions and the coastal provinces while imports from the neighbouring states rose by a third over the same period of time';
    assert.deepEqual(kinds(long, 'plaintext'), [['paragraph', long]]);
  });

  it('reads list items that are gerund phrases without a stop as fragments, full sentences as list items', () => {
    const text = '- Raising the allowance by 20% for all recipients\n- Potentially paying families monthly\n- Exports fell by 20% in 2023.\n';
    assert.deepEqual(kinds(text, 'markdown').map(([kind]) => kind), ['fragment', 'fragment', 'list-item']);
    assert.deepEqual(found(text, 'markdown'), [['unsupported-claim', 'Exports fell by 20% in 2023']]);
  });

  it('leaves block quotes and LaTeX quote environments alone', () => {
    assert.deepEqual(found(`> ${HEDGED} ${CLAIM}\n\n${CLAIM}\n`, 'markdown'), [['unsupported-claim', 'Exports fell by 20% in 2023']]);
    assert.deepEqual(found(`\\begin{quote}\n${HEDGED}\n\\end{quote}\n\n${HEDGED}\n`, 'latex'), [['hedge', 'may']]);
  });

  it('leaves questions, quotations and other languages alone', () => {
    const text = `Could housing costs rise next year? The minister said: "Housing costs will probably rise next year because of the new tax." Les prix pourraient augmenter en 2024 dans la région et dans les villes. ${HEDGED}`;
    assert.deepEqual(found(text, 'plaintext'), [['hedge', 'may']]);
    assert.deepEqual(found('Would a cap of 20% reduce demand for housing?', 'markdown'), []);
  });

  it('still flags a claim that quotes a word or a title', () => {
    assert.deepEqual(found('The "Better Homes" scheme cut energy bills by 30% in 2023.', 'plaintext'), [['unsupported-claim', 'The "Better Homes" scheme cut energy bills by 30% in 2023']]);
  });

  it('keeps a single sentence given to classify as prose, with or without a stop', () => {
    assert.deepEqual(classify('Exports fell by 20% in 2023').findings.map((f) => f.rule), ['unsupported-claim']);
    assert.deepEqual(classify('Table 3 compares exports fell by 20% in 2023').findings.map((f) => f.rule), ['unsupported-claim']);
  });
});

describe('sentence tests', () => {
  it('isMostlyQuotation: most letters inside quotation marks', () => {
    assert.equal(isMostlyQuotation('She wrote: “The reform will certainly fail within a year.”'), true);
    assert.equal(isMostlyQuotation("They define ``a niche as the set of conditions that support its use''."), true);
    assert.equal(isMostlyQuotation('The word "many" is vague in this guidance.'), false);
    assert.equal(isMostlyQuotation('The "Open Data" charter was signed by twelve countries in 2019.'), false);
  });

  it('isForeignLanguage: another script, or function words of another language and none of English', () => {
    assert.equal(isForeignLanguage('لو التقيت أوباما فسأطلب منه أن يقتطع من وقته'), true);
    assert.equal(isForeignLanguage('O governo não apresentou os dados para a região e para os municípios.'), true);
    assert.equal(isForeignLanguage('Die Regierung hat die Daten für die Region nicht veröffentlicht.'), true);
    assert.equal(isForeignLanguage('The government did not publish the data for the region.'), false);
    assert.equal(isForeignLanguage('Costs rose in São Paulo and Rio de Janeiro last year.'), false);
  });
});
