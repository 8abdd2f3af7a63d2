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

  it('reads the words on the lines under a Markdown image, in its paragraph, as its caption', () => {
    const text = `![A cafe worker](https://images.example.org/cafe.jpg)\n*${CLAIM} Image: stock photo*\n\n${HEDGED}\n\n${CLAIM}\n`;
    assert.deepEqual(found(text, 'markdown'), OWN_FINDINGS);
    assert.equal(kinds(text, 'markdown')[0][0], 'caption');
  });

  it('reads a numbered heading in capitals, and a heading run together with its sub-heading, as headings', () => {
    const text = `We will act.\n\n1. A GROWING ECONOMY\nBASIC POLICIES\n\n${CLAIM}\n`;
    assert.deepEqual(
      kinds(text, 'plaintext').map(([kind]) => kind),
      ['paragraph', 'heading', 'heading', 'paragraph'],
    );
    assert.deepEqual(found(text, 'plaintext'), [['unsupported-claim', 'Exports fell by 20% in 2023']]);
  });

  it("reads the items of a list under a checklist's heading or lead-in as tests (question units), with or without a blank line", () => {
    const items = `- ${CLAIM}\n- Housing costs may rise next year.\n`;
    for (const lead of [
      '## Checklist for a reproducible project',
      'Before fieldwork starts, make sure that:',
      '**Criteria for a credible plan**',
    ])
      for (const gap of ['\n', '\n\n']) {
        const text = `${lead}\n${gap === '\n' ? '' : '\n'}${items}\n${HEDGED}\n\n${CLAIM}\n`;
        assert.deepEqual(found(text, 'markdown'), OWN_FINDINGS, `${lead} / ${JSON.stringify(gap)}`);
      }
    // A lead-in that names no checklist, or one that does not end with a colon, leaves its list prose.
    assert.deepEqual(found(`The figures show:\n\n- ${CLAIM}\n\nWe make sure that data are safe.\n\n- ${HEDGED}\n`, 'markdown'), [
      ['unsupported-claim', 'Exports fell by 20% in 2023'],
      ['hedge', 'may'],
    ]);
    const latex = `\\begin{document}\n\\section{Checklist}\n\\begin{itemize}\n\\item ${HEDGED}\n\\end{itemize}\n\\section{Results}\n${HEDGED}\n\\end{document}\n`;
    assert.deepEqual(found(latex, 'latex'), [['hedge', 'may']]);
  });

  it("reads the one-sentence items of a list under the writer's proposal lead-in as her proposals, in Markdown, LaTeX and plain text", () => {
    const proposals = 'a new tax credit of up to $150 for homeowners who install insulation;';
    const projected = 'legislation to defer the standards, which will improve mileage by 40 percent by 1980.';
    for (const lead of ['I therefore propose to the Congress:', 'We recommend:', 'Our recommendations are:', 'My budget provides:'])
      for (const gap of ['\n', '\n\n']) {
        const text = `${HEDGED}\n\n${lead}\n${gap === '\n' ? '' : '\n'}- ${proposals}\n- ${projected}\n\n${CLAIM}\n`;
        assert.deepEqual(found(text, 'markdown'), OWN_FINDINGS, `${lead} / ${JSON.stringify(gap)}`);
      }
    // plain text keeps no marks: the lines that go on the lead-in's sentence in lower case, up to the item that ends it
    const plain = `${HEDGED} I therefore propose to the Congress:\n${proposals}\n${projected}\n\n${CLAIM}\n`;
    assert.deepEqual(found(plain, 'plaintext'), OWN_FINDINGS);
    assert.deepEqual(
      kinds(plain, 'plaintext').map(([kind]) => kind),
      ['paragraph', 'proposal', 'proposal', 'paragraph'],
    );
    const latexClaim = 'Exports fell by 20 per cent in 2023.';
    const latex = `\\begin{document}\nWe recommend:\n\\begin{itemize}\n\\item a new tax credit of up to \\$150 for homeowners;\n\\end{itemize}\n${latexClaim}\n\\end{document}\n`;
    assert.deepEqual(found(latex, 'latex'), [['unsupported-claim', 'Exports fell by 20 per cent in 2023']]);
  });

  it('keeps the claims of an item that argues for the proposal, and of a list whose lead-in proposes nothing', () => {
    const argued = `We recommend four changes:\n\n1. **Work across borders.** ${CLAIM}\n`;
    assert.deepEqual(found(argued, 'markdown'), [['unsupported-claim', 'Exports fell by 20% in 2023']]);
    const shown = `The figures show:\n\n- exports fell by 20% in 2023;\n- imports rose by 3% in 2023.\n`;
    assert.deepEqual(found(shown, 'markdown'), [
      ['unsupported-claim', 'exports fell by 20% in 2023'],
      ['unsupported-claim', 'imports rose by 3% in 2023'],
    ]);
    // a paragraph that opens in capitals after the list is prose again
    const after = `We recommend:\n\n- a public register of licences;\n\n${CLAIM}\n`;
    assert.deepEqual(found(after, 'markdown'), [['unsupported-claim', 'Exports fell by 20% in 2023']]);
  });

  it("reads the last paragraph of a Quarto figure or table div, and all of a MyST figure directive, as the caption; a callout's text stays prose", () => {
    const quarto = `::: {#fig-rents}\n![](rents.png)\n\nRents may rise again. ${CLAIM}\n:::\n\n${HEDGED}\n\n::: {.callout-note}\n${CLAIM}\n:::\n`;
    assert.deepEqual(found(quarto, 'quarto'), [
      ['hedge', 'may'],
      ['unsupported-claim', 'Exports fell by 20% in 2023'],
    ]);
    const myst = `:::{figure} ./rents.png\n:name: fig-rents\n\nRents may rise again.\n\n${CLAIM}\n:::\n\n${HEDGED}\n\n${CLAIM}\n`;
    assert.deepEqual(found(myst, 'markdown'), OWN_FINDINGS);
    // A div nested in the figure closes first; the figure's caption is still its own last paragraph.
    const nested = `:::: {#fig-panels}\n::: {.column}\n![](a.png)\n:::\n\nRents may rise again.\n::::\n\n${HEDGED}\n`;
    assert.deepEqual(found(nested, 'quarto'), [['hedge', 'may']]);
  });

  it('reads a caption or an entry whatever its marks, spaces and case (paragraphKind reads its patterns only where they can match)', () => {
    assert.deepEqual(
      kinds(
        '__table a1. Exports by region__\n\nFIG.   3 — Exports may fall\n\nFurther reading: the annual report\n\nWorld Bank Group (2020). Exports may fall. Washington.\n\nLee,   Kim, and Park 2021. Costs may rise.\n\nHowever, Kim (2019) may disagree.\n',
        'plaintext',
      ).map(([kind]) => kind),
      ['caption', 'caption', 'reference', 'reference', 'reference', 'paragraph'],
    );
  });

  it('reads pipe rows without a delimiter row, and LaTeX tabulars, as tables', () => {
    // Cells without figures: a table of figures marks a document of its own analysis (claims.ts).
    const markdown = `${HEDGED}\n\n| Region | Exports fell sharply last year |\n| North | Costs may rise |\n\n${CLAIM}\n`;
    assert.deepEqual(found(markdown, 'markdown'), OWN_FINDINGS);
    assert.deepEqual(kinds(markdown, 'markdown')[1][0], 'table-cell');
    const latex = `${HEDGED}\n\n\\begin{tabular}{ll}\nRegion & Exports fell sharply last year. \\\\\nNorth & Costs may rise. \\\\\n\\end{tabular}\n\nExports fell by 20\\% in 2023.\n`;
    assert.deepEqual(found(latex, 'latex'), [
      ['hedge', 'may'],
      ['unsupported-claim', 'Exports fell by 20\\% in 2023'],
    ]);
    assert.deepEqual(
      kinds(latex, 'latex').map(([kind]) => kind),
      ['paragraph', 'table-cell', 'paragraph'],
    );
  });

  it('reads short lines without a sentence end (titles, bylines, dates) as fragments', () => {
    const text = `Regions with the highest growth in exports, 2023\n\nby Jane Doe, Policy Unit\n\n12 March 2024\n\n${HEDGED}\n`;
    assert.deepEqual(found(text, 'plaintext'), [['hedge', 'may']]);
    assert.deepEqual(
      kinds(text, 'plaintext').map(([kind]) => kind),
      ['fragment', 'fragment', 'fragment', 'paragraph'],
    );
    // A long paragraph without a final stop is still prose.
    const long =
      'Exports fell by 20% in 2023 across the northern regions and the coastal provinces while imports from the neighbouring states rose by a third over the same period of time';
    assert.deepEqual(kinds(long, 'plaintext'), [['paragraph', long]]);
  });

  it('reads list items that are gerund phrases without a stop as fragments, full sentences as list items', () => {
    const text =
      '- Raising the allowance by 20% for all recipients\n- Potentially paying families monthly\n- Exports fell by 20% in 2023.\n';
    assert.deepEqual(
      kinds(text, 'markdown').map(([kind]) => kind),
      ['fragment', 'fragment', 'list-item'],
    );
    assert.deepEqual(found(text, 'markdown'), [['unsupported-claim', 'Exports fell by 20% in 2023']]);
  });

  it('reads bibliography entries, endnotes, link lists, checklist items, metadata and italic notes as non-prose', () => {
    const text = [
      'Smith, J. (2019). Why housing costs may rise. Journal of Housing Policy, 4(2).',
      'OECD (2021). Prices will probably fall. Paris: OECD.',
      '[12] Doe, J. Rents may rise in most cities. Housing Office, 2021.',
      '**Read more: [Why rents may rise](https://example.org/rents)**',
      '- [Why rents may rise](https://example.org/a)\n- [Prices likely fall](https://example.org/b)',
      '- [ ] Keys may be rotated every month\n- [x] Prices probably fall',
      '**Product Type:** Brief\n**Topics:** Housing costs may rise',
      '*This brief may not reflect the views of the Ministry.*',
      ': Costs may rise, by region {#tbl-costs}',
      HEDGED,
    ].join('\n\n');
    assert.deepEqual(found(text, 'quarto'), [['hedge', 'may']]);
    assert.deepEqual(
      kinds(text, 'quarto').map(([kind]) => kind),
      [
        'reference',
        'reference',
        'reference',
        'reference',
        'reference',
        'reference',
        'question',
        'question',
        'fragment',
        'quote',
        'caption',
        'paragraph',
      ],
    );
    // A sentence that names an author and a year is prose.
    assert.deepEqual(kinds('Smith, the minister, said in 2019 that costs may rise.', 'markdown'), [
      ['paragraph', 'Smith, the minister, said in 2019 that costs may rise.'],
    ]);
  });

  it('leaves LaTeX front matter in the body and thebibliography alone; a footnote giving a source is a caption', () => {
    const text =
      '\\begin{document}\n\\title{Why energy imports may fall}\n\\author{Jane Doe\\thanks{Views may differ.}}\n\\maketitle\nHousing costs may rise next year.\\footnote{Source: Eurostat, figures may be revised.}\n\n\\begin{thebibliography}{9}\n\n\\bibitem{a} Doe, J. Imports may fall. 2020.\n\n\\end{thebibliography}\n\\end{document}\n';
    assert.deepEqual(found(text, 'latex'), [['hedge', 'may']]);
  });

  it("reads the notes of a LaTeX float beside its \\caption (tablenotes items, a \\floatfoot, a note line) as the caption's", () => {
    const text =
      '\\begin{document}\nHousing costs may rise next year.\n\\begin{table}\n\\begin{threeparttable}\n\\caption{Rents by region.}\n\\begin{tabular}{ll}\nLondon & 12 \\\\\n\\end{tabular}\n\\begin{tablenotes}\n\\item Note: rents may not be comparable across years.\n\\item Exports fell by 20\\% in 2023.\n\\end{tablenotes}\n\\end{threeparttable}\n\\end{table}\n\\begin{figure}\n\\includegraphics{rents.pdf}\n\\caption{Rents, 2010--2023.}\n\\floatfoot{Values for 2023 may be revised.}\n\\footnotesize Source: ONS. Rents rose by 5\\% in 2022.\n\\end{figure}\nExports fell by 20\\% in 2023.\n\\begin{itemize}\n\\item Housing costs may rise next year.\n\\end{itemize}\n\\end{document}\n';
    assert.deepEqual(found(text, 'latex'), [
      ['hedge', 'may'],
      ['unsupported-claim', 'Exports fell by 20\\% in 2023'],
      ['hedge', 'may'],
    ]);
  });

  it('reads a numbered or upper-case references or front-matter title as one (the titles the patterns start with)', () => {
    const markdown = `## 7. FURTHER READING\n\n${HEDGED}\n\n## 2.1 How to cite this brief:\n\n${HEDGED}\n\n## Referencing rules\n\n${HEDGED}\n`;
    assert.deepEqual(
      kinds(markdown, 'markdown').map(([kind]) => kind),
      ['heading', 'reference', 'heading', 'front', 'heading', 'paragraph'],
    );
  });

  it('reads the text of References and Acknowledgements sections as non-prose, until the next heading', () => {
    const markdown = `${HEDGED}\n\n**Acknowledgements**\n\nWe thank the reviewers, whose comments may have improved the brief.\n\n## References\n\n1. Housing Office. Rents may rise in most cities. 2021.\n2. Doe, J. Prices likely fall. Housing Review.\n\n## Annex\n\n${HEDGED}\n`;
    assert.deepEqual(found(markdown, 'markdown'), [
      ['hedge', 'may'],
      ['hedge', 'may'],
    ]);
    assert.deepEqual(
      kinds(markdown, 'markdown').map(([kind]) => kind),
      ['paragraph', 'front', 'front', 'heading', 'reference', 'reference', 'heading', 'paragraph'],
    );
    const latex = `\\begin{document}\n${HEDGED}\n\\section*{Acknowledgements}\nWe thank the reviewers, whose comments may have improved the brief.\n\\subsection{References}\nDoe, J. Rents may rise. 2021.\n\\section{Annex}\n${HEDGED}\n\\end{document}\n`;
    assert.deepEqual(found(latex, 'latex'), [
      ['hedge', 'may'],
      ['hedge', 'may'],
    ]);
    assert.deepEqual(found(`${HEDGED}\n\nReferences\n\nHousing Office. Rents may rise in most cities. 2021.\n`, 'plaintext'), [
      ['hedge', 'may'],
    ]);
    // An edit that renames the section changes the reading of the cached paragraph under it.
    const renamed = markdown.replace('## References', '## Findings');
    assert.deepEqual(
      kinds(renamed, 'markdown')
        .map(([kind]) => kind)
        .slice(3, 6),
      ['heading', 'list-item', 'list-item'],
    );
    assert.ok(found(renamed, 'markdown').length > 2);
    assert.deepEqual(found(markdown, 'markdown').length, 2);
  });

  it('leaves block quotes and LaTeX quote environments alone', () => {
    assert.deepEqual(found(`> ${HEDGED} ${CLAIM}\n\n${CLAIM}\n`, 'markdown'), [['unsupported-claim', 'Exports fell by 20% in 2023']]);
    assert.deepEqual(found(`\\begin{quote}\n${HEDGED}\n\\end{quote}\n\n${HEDGED}\n`, 'latex'), [['hedge', 'may']]);
  });

  it('reads the paragraph after a lead-in such as "He wrote:" as a quotation, in one chunk or across chunks', () => {
    const text =
      'A housing blogger in Leeds [wrote](https://example.org/post):\n\nRents will probably double within a year.\n\nAs the minister put it:\n\nHousing costs may rise next year.\n\nThe key findings are:\n\nHousing costs may rise next year.\n';
    for (const languageId of ['markdown', 'plaintext']) {
      assert.deepEqual(found(text, languageId), [['hedge', 'may']], languageId);
      assert.deepEqual(
        kinds(text, languageId).map(([kind]) => kind),
        ['paragraph', 'quote', 'paragraph', 'quote', 'paragraph', 'paragraph'],
        languageId,
      );
    }
    // An edit to the lead-in changes the reading of the cached paragraph after it.
    const spoke = 'The minister spoke at length.\n\nHousing costs may rise next year.\n';
    assert.equal(found(spoke, 'markdown').length, 1);
    assert.equal(found(spoke.replace('spoke at length.', 'said:'), 'markdown').length, 0);
    assert.equal(found(spoke, 'markdown').length, 1);
    // The same paragraphs in one LaTeX chunk (no blank line between them).
    assert.deepEqual(
      found('\\begin{document}\nAs the minister put it:\n\\par Housing costs may rise next year.\n\\end{document}\n', 'latex'),
      [],
    );
  });

  it('reads a lead-in that names a text, or has an aside before its colon, as a lead-in; a colon after other words is not one', () => {
    const excerpt = `Here is a translated excerpt from the councillor's blog post:\n\n${HEDGED}\n\nThe key findings are:\n\n${HEDGED}\n`;
    assert.deepEqual(found(excerpt, 'markdown'), [['hedge', 'may']]);
    assert.deepEqual(
      kinds(excerpt, 'markdown').map(([kind]) => kind),
      ['paragraph', 'quote', 'paragraph', 'paragraph'],
    );
    const aside = `A tenant in Leeds wrote (translated by the author):\n\n${HEDGED}\n`;
    assert.deepEqual(found(aside, 'markdown'), []);
    const titled = `A tenant in Leeds wrote a post titled “The Levy Is Dead”:\n\n${HEDGED}\n`;
    assert.deepEqual(found(titled, 'markdown'), []);
  });

  it('reads the lines after a lead-in that closes a line of the same paragraph as quoted', () => {
    const text = `The tenants' leader wrote (translated by the author):\nThe levy is a disaster. Officials never admit mistakes, and this one cost £40 million.\n\n${CLAIM}\n`;
    assert.deepEqual(found(text, 'markdown'), [['unsupported-claim', 'Exports fell by 20% in 2023']]);
    // On one line, the words after the colon's sentence are the writer's again.
    const oneLine = 'The minister said: rents have doubled since 2019. Officials never admit mistakes.\n';
    assert.deepEqual(found(oneLine, 'markdown'), [['unsupported-claim', 'Officials never admit mistakes']]);
  });

  it('leaves questions, quotations and other languages alone', () => {
    const text = `Could housing costs rise next year? The minister said: "Housing costs will probably rise next year because of the new tax." Les prix pourraient augmenter en 2024 dans la région et dans les villes. ${HEDGED}`;
    assert.deepEqual(found(text, 'plaintext'), [['hedge', 'may']]);
    assert.deepEqual(found('Would a cap of 20% reduce demand for housing?', 'markdown'), []);
  });

  it('reads every sentence of a quotation that runs over several sentences as quoted, up to its closing mark', () => {
    const text = `One resident said: "Rents rose by 40% last year. Critics argue the levy is to blame." ${HEDGED}`;
    assert.deepEqual(found(text, 'plaintext'), [['hedge', 'may']]);
    const curly = `The blogger wrote: “The filter fails. Many experts say it blocks legitimate sites.” Critics argue the levy is to blame.`;
    // The writer's own sentence after the quotation: a vague source, and the claim it leaves unsupported.
    assert.deepEqual(found(curly, 'markdown'), [
      ['weasel', 'Critics argue'],
      ['unsupported-claim', 'the levy is to blame'],
    ]);
    // A new paragraph ends an unclosed quotation.
    assert.deepEqual(found(`She said: "The filter fails.\n\nCritics argue the levy is to blame.`, 'markdown'), [
      ['weasel', 'Critics argue'],
      ['unsupported-claim', 'the levy is to blame'],
    ]);
  });

  it('still flags a claim that quotes a word or a title', () => {
    assert.deepEqual(found('The "Better Homes" scheme cut energy bills by 30% in 2023.', 'plaintext'), [
      ['unsupported-claim', 'The "Better Homes" scheme cut energy bills by 30% in 2023'],
    ]);
  });

  it('keeps a single sentence given to classify as prose, with or without a stop', () => {
    assert.deepEqual(
      classify('Exports fell by 20% in 2023').findings.map((f) => f.rule),
      ['unsupported-claim'],
    );
    // A caption's first word is not a caption when classify is given one sentence.
    assert.deepEqual(
      classify('Figures for exports fell by 20% in 2023').findings.map((f) => f.rule),
      ['unsupported-claim'],
    );
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

function markers(text: string, languageId: string): Array<[string, string]> {
  return extractProse(text, languageId).markers.map((m) => [m.kind, text.slice(m.start, m.end)]);
}

describe('evidence forms', () => {
  const UNSOURCED = 'Imports rose by 10% in 2022.';

  it('reads HTML superscript notes as footnotes, and keeps their label out of the next sentence', () => {
    for (const note of ['<sup><a href="#fn5">5</a></sup>', '<sup>5</sup>']) {
      const text = `${CLAIM}${note} ${UNSOURCED}\n`;
      assert.deepEqual(markers(text, 'markdown'), [['footnote', note]]);
      const sentences = analyzeDocument(text, { languageId: 'markdown' }).sentences.map((s) => s.text);
      assert.deepEqual(sentences, [`${CLAIM}${' '.repeat(note.length)}`, UNSOURCED]);
      assert.deepEqual(found(text, 'markdown'), [['unsupported-claim', 'Imports rose by 10% in 2022']]);
    }
  });

  it('reads MyST citation roles as citations, other roles as markup', () => {
    const text = `Exports fell by 20% in 2023 {cite:ps}\`oecd2021\`. The trend is plotted in {numref}\`fig-exports\`.\n`;
    assert.deepEqual(markers(text, 'markdown'), [['citation', '{cite:ps}`oecd2021`']]);
    assert.deepEqual(found(text, 'markdown'), []);
    assert.deepEqual(found(`Exports fell by 20% in 2023 {cite}\`oecd2021\`.\n\n${UNSOURCED}\n`, 'markdown'), [
      ['unsupported-claim', 'Imports rose by 10% in 2022'],
    ]);
  });

  it('reads R Markdown ^n^ superscripts and pandoc ^[inline notes] as footnotes', () => {
    const text = `Exports fell by 20% in 2023.^1^ Imports rose by 10% in 2022.^[Eurostat, trade tables 2023.] Costs rose by 5% in 2021.\n\nCosts rose by 5% in 2021.\n`;
    assert.deepEqual(markers(text, 'rmarkdown'), [
      ['footnote', '^1^'],
      ['footnote', '^[Eurostat, trade tables 2023.]'],
    ]);
    // The first paragraph's last sentence carries no note: it is flagged, as in the second paragraph.
    assert.deepEqual(found(text, 'rmarkdown'), [
      ['unsupported-claim', 'Costs rose by 5% in 2021'],
      ['unsupported-claim', 'Costs rose by 5% in 2021'],
    ]);
  });

  it('reads a parenthetical "(Source: …)" as evidence, in every format', () => {
    for (const languageId of ['markdown', 'plaintext', 'latex']) {
      const text =
        `Exports fell by 20\\% in 2023 (Source: Eurostat trade tables).\n\n${languageId === 'latex' ? 'Imports rose by 10\\% in 2022.' : UNSOURCED}\n`.replace(
          /\\%/g,
          languageId === 'latex' ? '\\%' : '%',
        );
      assert.deepEqual(
        markers(text, languageId).map(([kind]) => kind),
        ['citation'],
        languageId,
      );
      assert.equal(found(text, languageId).length, 1, languageId);
    }
  });

  it('reads a "Source: …" line closing a paragraph as its citation', () => {
    const text = 'Emissions fell by 20% in 2020.\nSource: Statistics Office, table 4.\n\nImports rose by 10% in 2022.\n';
    assert.deepEqual(markers(text, 'markdown'), [['citation', 'Source: Statistics Office, table 4.']]);
    assert.deepEqual(found(text, 'markdown'), [['unsupported-claim', 'Imports rose by 10% in 2022']]);
    assert.deepEqual(found(text, 'plaintext'), [['unsupported-claim', 'Imports rose by 10% in 2022']]);
  });

  it('reads a bracketed pandoc citation in plain text, also through classify, but not a bare @handle', () => {
    const text = 'Unemployment rose to 7.4% in 2023 [@ons2024].';
    assert.deepEqual(markers(text, 'plaintext'), [['citation', '[@ons2024]']]);
    assert.deepEqual(found(text, 'plaintext'), []);
    assert.deepEqual(classify(text).findings, []);
    assert.equal(classify(text).evidence, true);
    assert.deepEqual(markers('Unemployment rose to 7.4% in 2023, says @ons.', 'plaintext'), []);
  });

  it('reads "(see Figure 1)" as a pointer to the writer’s own data, and a literal "[^8]" as a footnote mark', () => {
    assert.deepEqual(markers('Emissions fell by 4.5 million tonnes a year (see Figure 1).', 'markdown'), [['own-data', '(see Figure 1)']]);
    assert.deepEqual(found('Emissions fell by 4.5 million tonnes a year (see Figure 1).', 'markdown'), []);
    assert.deepEqual(found('Emissions fell by 4.5 million tonnes a year (see Section 4).', 'markdown'), [
      ['unsupported-claim', 'Emissions fell by 4.5 million tonnes a year (see Section 4)'],
    ]);
    // The note's definition lies outside the text read (an excerpt): the mark still cites.
    assert.deepEqual(markers('Programmes grew by 30% in 2016.[^8]', 'markdown'), [['footnote', '[^8]']]);
    assert.deepEqual(found('Programmes grew by 30% in 2016.[^8]', 'plaintext'), []);
  });

  it('reads "as reported in <source>" and "data from <source>" as named sources', () => {
    assert.deepEqual(found('As reported last month in the *Financial Times*, more pensioners now live alone.', 'markdown'), []);
    assert.deepEqual(found('Using data from the Labour Force Survey, we estimate that 58% of residents would qualify.', 'markdown'), []);
    assert.deepEqual(found('The fund holds 2.4 billion pounds over four years, set out in last autumn’s Budget.', 'markdown'), []);
    // a vague source named at once by the next sentence's citation; not by a sentence that cites nobody
    assert.deepEqual(
      found(
        'Critics argue that the filter turns a legal classification into a marketing decision. Okafor and Lindqvist (2025) make the sharpest version of the argument.',
        'markdown',
      ),
      [],
    );
    assert.deepEqual(found('Critics argue that the levy has failed. The levy was introduced in 2023.', 'markdown'), [
      ['weasel', 'Critics argue'],
      ['unsupported-claim', 'the levy has failed'],
    ]);
    // a pinpoint in the judgment or the transcript under discussion; "see paragraph 3" points within the document
    assert.deepEqual(
      found('These figures were agreed between the Trust and the Core Participants in 2024 [Day 1, p. 12].', 'markdown'),
      [],
    );
    assert.deepEqual(found('Unemployment rose to 7.4% in 2023 (pp. 3–5).', 'markdown'), []);
    assert.deepEqual(
      found('The majority substituted its own view of operational need for that of Parliament in 2024 (para 118).', 'markdown'),
      [],
    );
    // bullets under a lead-in that gives a source share it (annotation guide, "Scope of evidence"); not under one that gives none
    assert.deepEqual(
      found(
        'According to the ministry, the measures are:\n\n- tariffs of 25 per cent from 2027;\n- a quota of 400,000 tonnes a year.\n',
        'markdown',
      ),
      [],
    );
    assert.deepEqual(
      found(
        'According to the ministry, the package has two parts:\n\n1. Tariffs of 25 per cent from 2027.\n2. A quota of 400,000 tonnes a year.\n',
        'plaintext',
      ),
      [],
    );
    assert.deepEqual(found('The measures are:\n\n- tariffs of 25 per cent from 2027;\n- a quota of 400,000 tonnes a year.\n', 'markdown'), [
      ['unsupported-claim', 'tariffs of 25 per cent from 2027'],
      ['unsupported-claim', 'a quota of 400,000 tonnes a year'],
    ]);
    // the same in square brackets, as court summaries write it
    assert.deepEqual(found('Each claimant was served with a removal notice within eight days in 2024 [paras 11–13].', 'markdown'), []);
    assert.deepEqual(markers('The order has not been reviewed since 2019 [para 9].', 'markdown'), [['citation', '[para 9]']]);
    assert.deepEqual(found('The levy raised 2 billion in 2024 (see paragraph 3).', 'markdown'), [
      ['unsupported-claim', 'The levy raised 2 billion in 2024 (see paragraph 3)'],
    ]);
    // "Of these, …" after a cited sentence in its paragraph: a share of what that source counted.
    assert.deepEqual(
      found('Researchers counted 4,200 accounts (Lind, 2024). Of these, 61 per cent were created after 1 September.', 'markdown'),
      [],
    );
    assert.deepEqual(found('Researchers counted 4,200 accounts. Of these, 61 per cent were created after 1 September.', 'markdown'), [
      ['unsupported-claim', 'Of these, 61 per cent were created after 1 September'],
    ]);
    // Not a source: a place after "in", a date after "published in".
    assert.deepEqual(found('Prices increased in Texas by 20% in 2023.', 'markdown'), [
      ['unsupported-claim', 'Prices increased in Texas by 20% in 2023'],
    ]);
    assert.deepEqual(found('The law was published in 2019 and cut costs by 20%.', 'markdown'), [
      ['unsupported-claim', 'The law was published in 2019 and cut costs by 20%'],
    ]);
  });

  it('reads links to the document’s own sections and chapters as cross-references, not evidence', () => {
    for (const link of [
      '[Section 3](#costs)',
      '[the next chapter](02-costs.md)',
      '[above](#top)',
      '[costs](https://example.gov#_Ref12345)',
    ]) {
      const text = `Exports fell by 20% in 2023 (see ${link}).\n`;
      assert.deepEqual(markers(text, 'markdown'), [], link);
      assert.deepEqual(found(text, 'markdown'), [['unsupported-claim', `Exports fell by 20% in 2023 (see ${link})`]], link);
    }
    // A link to a source, to the document's own table (its own analysis), or a note number stays.
    assert.deepEqual(markers('Exports fell by 20% in 2023 ([Eurostat](https://ec.europa.eu/eurostat)).\n', 'markdown'), [
      ['link', '[Eurostat](https://ec.europa.eu/eurostat)'],
    ]);
    assert.deepEqual(markers('Exports fell by 20% in 2023 ([Table 2](#table2)).\n', 'markdown'), [
      ['own-data', '([Table 2](#table2))'],
      ['own-data', '[Table 2](#table2)'],
    ]);
    assert.deepEqual(markers('Exports fell by 20% in 2023.[[3]](#_ftn3)\n', 'markdown'), [
      ['footnote', '[[3]](#_ftn3)'],
      ['numeric', '[3]'],
    ]);
  });
});

describe('finding spans', () => {
  it('drops a cue inside quotation marks: a mentioned or quoted word is not the writer’s', () => {
    assert.deepEqual(found('The word "many" is vague in guidance. The term “probably” is a hedge.', 'plaintext'), []);
    assert.deepEqual(found('Critics call the plan "likely to fail". Housing costs may rise next year.', 'plaintext'), [
      ['weasel', 'Critics'],
      ['unsupported-claim', 'Critics call the plan "likely to fail'],
      ['hedge', 'may'],
    ]);
  });

  it('keeps the percent sign of a figure at the end of a span', () => {
    assert.deepEqual(found('Unemployment is around 10%.', 'plaintext'), [['unsupported-claim', 'Unemployment is around 10%']]);
    assert.deepEqual(
      found('Unemployment in the region is now around 10%', 'markdown').map(([, text]) => text),
      [],
    );
  });
});
