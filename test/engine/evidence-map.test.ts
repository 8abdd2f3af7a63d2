// The per-section map of claims and evidence (engine/evidence-map.ts): sections from headings,
// the sentences listed under each with their status, and counts — on small policy drafts of our own.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../../server/src/engine/index';
import { buildEvidenceMap, countWords, findHeadings, hedgeDensity, type EvidenceMap } from '../../server/src/engine/evidence-map';

const WATER = `---
title: Water tariffs and household arrears
---

# Water tariffs and household arrears

Household arrears on water bills rose by 12% in 2024 [@ofwat2024]. Arrears are concentrated in
the North West.

## What we know

According to the Consumer Council for Water, one in five households struggles to pay. Some
analysts say social tariffs have failed. Tariff reform might possibly reduce arrears.

\`\`\`
# not a heading: code
Arrears doubled in 2023.
\`\`\`

## Options

The regulator should publish arrears by company. Bills have never been this high in real terms.
`;

const ENERGY = String.raw`\documentclass{article}
\begin{document}
\section{Context}
Energy prices rose by 40\% in 2022 \cite{iea2023}. It is widely believed that the cap protected
poorer households.
% \section{Commented out}
\subsection{Evidence on the \emph{cap}}
The cap clearly reduced bills for every household. Uptake fell sharply after 2023.
\end{document}
`;

const MEMO = `Housing supply memo

1. Background

Completions fell by 9% in 2024 (ONS, 2025). Planning delays may explain part of the fall.

2. Assessment

Critics argue that the new rules deter small builders.
`;

function mapOf(text: string, languageId: string, keep: (rule: string) => boolean = () => true): EvidenceMap {
  const analysis = analyzeDocument(text, { languageId });
  return buildEvidenceMap(
    text,
    languageId,
    analysis.sentences,
    analysis.findings.filter((f) => keep(f.rule)),
  );
}

const outline = (map: EvidenceMap) =>
  map.sections.map((s) => ({
    title: s.title,
    level: s.level,
    entries: s.entries.map((e) => [e.status, e.text.slice(0, 24), e.findings.map((f) => f.rule).join(',')]),
  }));

describe('evidence map', () => {
  it('lists a Markdown draft by section, each claim with its status and findings', () => {
    const map = mapOf(WATER, 'markdown');
    assert.deepEqual(outline(map), [
      { title: 'Water tariffs and household arrears', level: 1, entries: [['supported', 'Household arrears on wat', '']] },
      {
        title: 'What we know',
        level: 2,
        entries: [
          ['attributed', 'According to the Consume', ''],
          ['vague-source', 'Some analysts say social', 'weasel,unsupported-claim'],
          ['speculative', 'Tariff reform might poss', 'hedge,hedge-stack'],
        ],
      },
      { title: 'Options', level: 2, entries: [['unsupported', 'Bills have never been th', 'unsupported-claim']] },
    ]);
    // The cited sentence keeps its citation in its text, as written.
    assert.equal(map.sections[0].entries[0].text, 'Household arrears on water bills rose by 12% in 2024 [@ofwat2024].');
    const know = map.sections[1].counts;
    assert.deepEqual(know.statuses, { supported: 0, attributed: 1, 'vague-source': 1, speculative: 1, unsupported: 0, flagged: 0 });
    assert.equal(know.supported, 1);
    assert.equal(know.unsupported, 2);
    assert.equal(know.needsWork, 2);
    assert.equal(know.findings, 4);
    // The stack's first hedge is a finding of its own (what the stack's fix keeps).
    assert.equal(know.hedges, 2);
    // "What we know" 3 words, "According … pay." 15, "Some … failed." 6, "Tariff … arrears." 6.
    assert.equal(know.words, 30);
    assert.equal(know.hedgeDensity, 66.7);
    assert.deepEqual(map.totals.rules, { weasel: 1, 'unsupported-claim': 2, hedge: 1, 'hedge-stack': 1 });
    assert.equal(map.totals.findings, 5);
    assert.equal(map.totals.supported, 2);
    assert.equal(map.totals.unsupported, 3);
    // The front matter is not prose; the headings are words as the summary counts them.
    assert.equal(map.totals.words, 22 + 30 + 17);
    assert.equal(map.totals.hedgeDensity, 29);
  });

  it('puts every finding shown in exactly one entry, in the section holding it', () => {
    for (const [text, lang] of [
      [WATER, 'markdown'],
      [ENERGY, 'latex'],
      [MEMO, 'plaintext'],
    ] as const) {
      const analysis = analyzeDocument(text, { languageId: lang });
      const map = buildEvidenceMap(text, lang, analysis.sentences, analysis.findings);
      const listed = map.sections.flatMap((s) => s.entries.flatMap((e) => e.findings.map((f) => `${f.rule}@${f.start}`)));
      assert.deepEqual(listed.sort(), analysis.findings.map((f) => `${f.rule}@${f.start}`).sort(), lang);
      for (const s of map.sections)
        for (const e of s.entries) assert.ok(e.start >= s.start && e.end <= s.end, `${lang}: "${e.text}" inside "${s.title}"`);
    }
  });

  it('counts only the findings it is given: the published ones', () => {
    // Without the unsupported-claim findings (held back while the writer types, or ignored), the
    // statuses stay, but what needs work and the rule counts follow the findings shown.
    const map = mapOf(WATER, 'markdown', (rule) => rule !== 'unsupported-claim');
    const options = map.sections[2];
    assert.equal(options.entries[0].status, 'unsupported');
    assert.equal(options.entries[0].needsWork, false);
    assert.equal(options.counts.needsWork, 0);
    assert.deepEqual(map.totals.rules, { weasel: 1, hedge: 1, 'hedge-stack': 1 });
    assert.equal(map.totals.findings, 3);
    assert.equal(map.totals.needsWork, 2);
  });

  it('reads LaTeX sections (not commented ones) and counts their claims', () => {
    const map = mapOf(ENERGY, 'latex');
    assert.deepEqual(outline(map), [
      {
        title: 'Context',
        level: 1,
        entries: [
          ['supported', 'Energy prices rose by 40', ''],
          ['vague-source', 'It is widely believed th', 'passive-attribution'],
        ],
      },
      {
        title: 'Evidence on the cap',
        level: 2,
        entries: [
          ['unsupported', 'The cap clearly reduced ', 'unsupported-claim'],
          ['unsupported', 'Uptake fell sharply afte', 'unsupported-claim'],
        ],
      },
    ]);
    assert.deepEqual(
      map.sections.map((s) => [s.counts.supported, s.counts.unsupported]),
      [
        [1, 1],
        [0, 2],
      ],
    );
  });

  it('finds plain-text headings: short lines standing alone, numbered or not', () => {
    const map = mapOf(MEMO, 'plaintext');
    assert.deepEqual(
      map.sections.map((s) => [s.title, s.level, s.entries.map((e) => e.status)]),
      [
        ['Housing supply memo', 1, []],
        ['1. Background', 1, ['supported', 'speculative']],
        ['2. Assessment', 1, ['vague-source']],
      ],
    );
    assert.equal(map.sections[1].counts.hedges, 1);
    assert.equal(map.sections[1].counts.words, 17); // "1. Background" counts 1: a line's list mark is no word
    assert.equal(map.sections[1].counts.hedgeDensity, 58.8);
  });

  it('lists a sentence with a finding but no claim as flagged, and leaves out plain sentences', () => {
    const text = '# Note\n\nObviously, the exporters would not accept a second inspection regime. The meeting is on Tuesday.\n';
    const map = mapOf(text, 'markdown');
    assert.deepEqual(
      map.sections.map((s) => s.entries.map((e) => [e.status, e.findings.map((f) => f.rule)])),
      [[['flagged', ['booster']]]],
    );
    assert.equal(map.totals.statuses.flagged, 1);
    assert.equal(map.totals.supported + map.totals.unsupported, 0);
  });

  it('keeps the part before the first heading as an opening section, and a document without headings as one', () => {
    const text = 'Freight rates doubled in 2024.\n\n## Next\n\nPrices fell by 3% in May [@x].\n';
    const map = mapOf(text, 'markdown');
    assert.deepEqual(
      map.sections.map((s) => [s.title, s.level, s.entries.map((e) => e.status)]),
      [
        ['(opening)', 0, ['unsupported']],
        ['Next', 2, ['supported']],
      ],
    );
    const flat = mapOf('Freight rates doubled in 2024.\n', 'markdown');
    assert.equal(flat.sections.length, 1);
    assert.equal(flat.sections[0].title, '(opening)');
  });

  it('reads Markdown headings: ATX and setext, not in front matter, code or comments', () => {
    const text =
      '---\ntitle: x\n# no\n---\n\nTitle *one*\n===========\n\n~~~\n# no\n~~~\n<!--\n# no\n-->\n### Three ###\n\nSub\n---\n\n- item\n---\n';
    assert.deepEqual(
      findHeadings(text, 'markdown').map((h) => [h.title, h.level, text.slice(h.start, h.start + 3)]),
      [
        ['Title one', 1, 'Tit'],
        ['Three', 3, '###'],
        ['Sub', 2, 'Sub'],
      ],
    );
    assert.deepEqual(
      findHeadings('\\chapter{A}\n\\section*{B}\n\\subsection[s]{C {D}}\n', 'latex').map((h) => [h.title, h.level]),
      [
        ['A', 1],
        ['B', 2],
        ['C D', 3],
      ],
    );
  });

  it('counts words and hedge density as the summary counts them', () => {
    assert.equal(countWords("The UK's 12.5% rate, in 2024, isn't new — says the step-by-step IMF."), 12);
    for (const [text, lang] of [
      [WATER, 'markdown'],
      [ENERGY, 'latex'],
      [MEMO, 'plaintext'],
    ] as const) {
      const analysis = analyzeDocument(text, { languageId: lang });
      const map = buildEvidenceMap(text, lang, analysis.sentences, analysis.findings);
      assert.equal(map.totals.words, analysis.summary.words, lang);
      assert.equal(map.totals.hedgeDensity, analysis.summary.hedgeDensity, lang);
    }
    assert.equal(hedgeDensity(3, 206), 14.6);
    assert.equal(hedgeDensity(1, 0), 0);
  });
});

// Real documents written by others, read at run time from ../shared (never copied into the repo).
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/docs');
const corpusLanguage = (file: string) =>
  file.endsWith('.tex')
    ? 'latex'
    : file.endsWith('.txt')
      ? 'plaintext'
      : file.endsWith('.qmd')
        ? 'quarto'
        : /\.rmd$/i.test(file)
          ? 'rmarkdown'
          : 'markdown';

describe('evidence map on the corpus', () => {
  it('lists every finding once and counts the words and hedge density of the summary, on every corpus document', {
    skip: existsSync(CORPUS) ? false : `${CORPUS} is absent`,
  }, () => {
    const files = readdirSync(CORPUS).filter((file) => !file.startsWith('.'));
    assert.ok(files.length > 0);
    let sectioned = 0;
    for (const file of files) {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const lang = corpusLanguage(file);
      const analysis = analyzeDocument(text, { languageId: lang });
      const map = buildEvidenceMap(text, lang, analysis.sentences, analysis.findings);
      assert.equal(map.totals.findings, analysis.findings.length, file);
      assert.equal(map.totals.words, analysis.summary.words, file);
      assert.equal(map.totals.hedgeDensity, analysis.summary.hedgeDensity, file);
      const claims = analysis.sentences.filter((s) => s.claim && (s.class === 'evidence' || s.class === 'unsupported')).length;
      assert.ok(map.totals.statuses.supported + map.totals.statuses.unsupported >= claims, file);
      if (map.sections.length > 1) sectioned++;
    }
    // Most of these documents have headings (Markdown, LaTeX, numbered plain text).
    assert.ok(sectioned >= files.length / 2, `${sectioned} of ${files.length} documents split into sections`);
  });
});
