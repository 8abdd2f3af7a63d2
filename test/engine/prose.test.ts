// Prose extraction: same-length prose, blocks, evidence markers and directives
// for Markdown/Quarto, LaTeX and plain text. Fixtures are written for these
// tests; offsets are computed from them with indexOf, then asserted exactly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChunkCache } from '../../server/src/engine/prose/chunks';
import { findTextualMarkers } from '../../server/src/engine/prose/markers';
import { extractProse, isSuppressed } from '../../server/src/engine/prose/index';
import { analyze } from '../../server/src/engine';
import { extractLatex } from '../../server/src/engine/prose/latex';
import { latexChunks } from '../../server/src/engine/prose/latex-chunks';
import { extractMarkdown, type ChunkProse } from '../../server/src/engine/prose/markdown';
import { refineBlocks } from '../../server/src/engine/prose/structure';
import { splitSentences } from '../../server/src/engine/sentences';
import type { EvidenceMarker, ProseDoc } from '../../server/src/engine/types';
import { Random } from '../robustness/fuzz';

function spanOf(source: string, needle: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    start = source.indexOf(needle, start + 1);
    assert.ok(start >= 0, `fixture lacks ${JSON.stringify(needle)} #${occurrence}`);
  }
  return { start, end: start + needle.length };
}

/** prose has the source's length; each character is the source's or a space; line breaks are kept. */
function assertInvariant(doc: ProseDoc): void {
  assert.equal(doc.prose.length, doc.source.length);
  for (let i = 0; i < doc.source.length; i++) {
    const s = doc.source[i];
    const p = doc.prose[i];
    if (s === '\n' || s === '\r') assert.equal(p, s, `line break at ${i} changed`);
    // (LaTeX's \enquote{…}: its braces read as the quotation marks it prints)
    else
      assert.ok(
        p === s || p === ' ' || (s === '{' && p === '\u201c') || (s === '}' && p === '\u201d'),
        `prose[${i}] is ${JSON.stringify(p)}, source has ${JSON.stringify(s)}`,
      );
  }
}

function assertKept(doc: ProseDoc, needle: string, occurrence = 0): void {
  const { start, end } = spanOf(doc.source, needle, occurrence);
  assert.equal(doc.prose.slice(start, end), needle, `${JSON.stringify(needle)} should be prose`);
}

function assertMasked(doc: ProseDoc, needle: string, occurrence = 0): void {
  const { start, end } = spanOf(doc.source, needle, occurrence);
  assert.match(doc.prose.slice(start, end), /^\s*$/, `${JSON.stringify(needle)} should be masked`);
}

function marker(source: string, kind: EvidenceMarker['kind'], text: string, label: string, occurrence = 0): EvidenceMarker {
  return { kind, ...spanOf(source, text, occurrence), label };
}

function blockTexts(doc: ProseDoc): Array<[string, string]> {
  return doc.blocks.map((b) => [b.kind, doc.source.slice(b.start, b.end)]);
}

const MARKDOWN = `---
title: "Labour market brief"
date: 2024-03-01
---

# Labour *market* outlook

Unemployment rose to 7.4% in 2023 [@ons2024]. Studies show that
sanctions rarely work [see @imf2023, p. 4; @oecd_2022]. Write to
press@ons.gov.uk or see [the ONS release](https://www.ons.gov.uk/releases) and
https://example.org/data.

> Dr. Jones argued that wages could rise (Smith et al. 2019; Lee 2020).
> Prices rose by 3% \`CPI\` in the U.S. economy.[^cpi]

- Member States may submit comments by 30 June [2].
- Lee (2021) found no \\*effect\\*. ![Chart of wages](chart.png)

<!-- evident-disable-next-line hedge -->
It may rain tomorrow.

\`\`\`python
x = "It may rain"
\`\`\`

[^cpi]: Consumer Prices Index, March 2024.
`;

describe('extractProse: Markdown', () => {
  const doc = extractProse(MARKDOWN, 'markdown');

  it('keeps the length, the line breaks and the offsets', () => {
    assertInvariant(doc);
    assert.equal(doc.languageId, 'markdown');
  });

  it('keeps paragraph, heading, quote, list and link text', () => {
    assertKept(doc, 'Labour', 1); // the first one is the front matter's title
    assertKept(doc, 'market', 1);
    for (const text of [
      'Unemployment rose to 7.4% in 2023',
      'outlook',
      'the ONS release',
      'Dr. Jones argued',
      'Prices rose by 3%',
      'Member States may submit',
      'It may rain tomorrow.',
      'effect',
    ]) {
      assertKept(doc, text);
    }
    assertKept(doc, '(Smith et al. 2019; Lee 2020)');
    assertKept(doc, '[2]');
  });

  it('masks front matter, markup, code, URLs, images, citations and footnote definitions', () => {
    for (const text of [
      'title: "Labour market brief"',
      '2024-03-01',
      '# ',
      '*market*'.slice(0, 1),
      '`CPI`',
      '(https://www.ons.gov.uk/releases)',
      'https://example.org/data',
      '![Chart of wages](chart.png)',
      '[@ons2024]',
      '[see @imf2023, p. 4; @oecd_2022]',
      '[^cpi]',
      '[^cpi]: Consumer Prices Index, March 2024.',
      'x = "It may rain"',
      '```python',
      '<!-- evident-disable-next-line hedge -->',
    ]) {
      assertMasked(doc, text);
    }
    assertMasked(doc, '[^cpi]', 1);
    assertMasked(doc, '*', 1); // closing emphasis of *market*
    assertMasked(doc, '\\*'.slice(0, 1)); // backslash of the escape \*
    // The quote's continuation line loses its `>` too.
    assert.equal(doc.prose[spanOf(MARKDOWN, '> Prices').start], ' ');
  });

  it('makes one block per heading, paragraph, quoted paragraph and list item', () => {
    assert.deepEqual(blockTexts(doc), [
      ['heading', '# Labour *market* outlook'],
      [
        'paragraph',
        'Unemployment rose to 7.4% in 2023 [@ons2024]. Studies show that\nsanctions rarely work [see @imf2023, p. 4; @oecd_2022]. Write to\npress@ons.gov.uk or see [the ONS release](https://www.ons.gov.uk/releases) and\nhttps://example.org/data.',
      ],
      [
        'quote',
        'Dr. Jones argued that wages could rise (Smith et al. 2019; Lee 2020).\n> Prices rose by 3% `CPI` in the U.S. economy.[^cpi]',
      ],
      ['list-item', 'Member States may submit comments by 30 June [2].'],
      ['list-item', 'Lee (2021) found no \\*effect\\*. ![Chart of wages](chart.png)'],
      // An HTML comment is a block of its own (CommonMark HTML block, kind 2).
      ['paragraph', 'It may rain tomorrow.'],
    ]);
  });

  it('reports links, citations, footnotes, numeric and author–year markers with exact spans', () => {
    assert.deepEqual(doc.markers, [
      marker(MARKDOWN, 'citation', '[@ons2024]', 'ons2024'),
      marker(MARKDOWN, 'citation', '[see @imf2023, p. 4; @oecd_2022]', 'imf2023, oecd_2022'),
      marker(MARKDOWN, 'link', '[the ONS release](https://www.ons.gov.uk/releases)', 'https://www.ons.gov.uk/releases'),
      marker(MARKDOWN, 'link', 'https://example.org/data', 'https://example.org/data'),
      marker(MARKDOWN, 'author-year', '(Smith et al. 2019; Lee 2020)', 'Smith et al. 2019; Lee 2020'),
      marker(MARKDOWN, 'footnote', '[^cpi]', 'cpi'),
      marker(MARKDOWN, 'numeric', '[2]', '2'),
      marker(MARKDOWN, 'author-year', 'Lee (2021)', 'Lee 2021'),
    ]);
    assert.equal(doc.citationStyle, 'pandoc');
    assert.deepEqual(doc.footnoteLabels, ['cpi']);
  });

  it('reads directives from HTML comments and applies disable-next-line to the next text line', () => {
    const comment = spanOf(MARKDOWN, '<!-- evident-disable-next-line hedge -->');
    assert.deepEqual(doc.directives, [{ kind: 'disable-next-line', rules: ['hedge'], ...comment }]);
    const may = spanOf(MARKDOWN, 'may rain tomorrow').start;
    assert.equal(isSuppressed(doc.directives, MARKDOWN, 'hedge', may), true);
    assert.equal(isSuppressed(doc.directives, MARKDOWN, 'weasel', may), false);
    assert.equal(isSuppressed(doc.directives, MARKDOWN, 'hedge', spanOf(MARKDOWN, 'may submit').start), false);
  });

  it('uses footnote style without pandoc citations, and none without either', () => {
    assert.equal(extractProse('Costs fell.[^1]\n\n[^1]: HM Treasury.\n', 'markdown').citationStyle, 'footnote');
    assert.equal(extractProse('Costs fell in 2022.\n', 'markdown').citationStyle, 'none');
  });

  it('resolves a reference link whose definition is far away in the document', () => {
    const source = 'See [the release][ons] for details.\n\nAnother paragraph.\n\n[ons]: https://www.ons.gov.uk\n';
    const linked = extractProse(source, 'markdown');
    assert.deepEqual(linked.markers, [marker(source, 'link', '[the release][ons]', 'https://www.ons.gov.uk')]);
    assertKept(linked, 'the release');
    assertMasked(linked, '[ons]', 1);
    assertMasked(linked, 'https://www.ons.gov.uk');
  });

  it('masks autolinks and keeps e-mail addresses out of citations', () => {
    const source = 'Data: <https://data.gov.uk/x>. Mail <info@ons.gov.uk> or info@ons.gov.uk.\n';
    const linked = extractProse(source, 'markdown');
    assert.deepEqual(linked.markers, [marker(source, 'link', '<https://data.gov.uk/x>', 'https://data.gov.uk/x')]);
    assertMasked(linked, '<https://data.gov.uk/x>');
    assertMasked(linked, '<info@ons.gov.uk>');
    assertKept(linked, 'info@ons.gov.uk.');
  });

  it('keeps CRLF line endings in place', () => {
    const source = '# Outlook\r\n\r\nUnemployment rose\r\nin 2023.\r\n\r\n- It may rain.\r\n';
    const crlf = extractProse(source, 'markdown');
    assertInvariant(crlf);
    assert.deepEqual(blockTexts(crlf), [
      ['heading', '# Outlook'],
      ['paragraph', 'Unemployment rose\r\nin 2023.'],
      ['list-item', 'It may rain.'],
    ]);
  });

  it('treats an unterminated code fence as code to the end', () => {
    const source = 'Costs fell in 2022.\n\n```js\nconst claim = "It may rain";\n\nStill code.\n';
    const unterminated = extractProse(source, 'markdown');
    assertInvariant(unterminated);
    assert.deepEqual(blockTexts(unterminated), [['paragraph', 'Costs fell in 2022.']]);
    assertMasked(unterminated, 'Still code.');
    assert.match(unterminated.prose.slice(spanOf(source, '```js').start), /^\s*$/);
  });

  it('reads a bold label on its own line as a heading of the text on the next line, in either parser', () => {
    for (const source of [
      'The stages follow.\n\n**stalled**\n    Consensus on a proposal was not forthcoming.\n',
      'The stages follow.\n\n**stalled**\n    Consensus on a proposal was not [forthcoming](https://example.org).\n\n> quoted\n',
    ]) {
      const doc = extractProse(source, 'markdown');
      assertInvariant(doc);
      assert.deepEqual(blockTexts(doc).slice(0, 3), [
        ['paragraph', 'The stages follow.'],
        ['heading', '**stalled**'],
        [
          'paragraph',
          source.includes('[forthcoming]')
            ? 'Consensus on a proposal was not [forthcoming](https://example.org).'
            : 'Consensus on a proposal was not forthcoming.',
        ],
      ]);
    }
    // a bold opening with the sentence going on, and a bold line alone, stay as they were
    assert.deepEqual(blockTexts(extractProse('**Note** that the fee rose.\n\n**Summary**\n', 'markdown')), [
      ['paragraph', '**Note** that the fee rose.'],
      ['fragment', '**Summary**'],
    ]);
    assert.deepEqual(
      analyze('**stalled**\n    Consensus on a proposal was not forthcoming and the bug was closed.\n', { languageId: 'markdown' }).length,
      0,
    );
  });

  it('reads a pipe table as one block per cell, masking pipes and the delimiter row', () => {
    const source = 'Costs by region:\n\n| Region | Rate |\n|:-------|-----:|\n| North  | 7.4% [@ons] |\n\nAfter the table.\n';
    const table = extractProse(source, 'markdown');
    assertInvariant(table);
    assert.deepEqual(blockTexts(table), [
      ['paragraph', 'Costs by region:'],
      ['table-cell', 'Region'],
      ['table-cell', 'Rate'],
      ['table-cell', 'North'],
      ['table-cell', '7.4% [@ons]'],
      ['paragraph', 'After the table.'],
    ]);
    assertMasked(table, '|:-------|-----:|');
    assertMasked(table, '| North'.slice(0, 1));
    assert.deepEqual(table.markers, [marker(source, 'citation', '[@ons]', 'ons')]);
  });

  it('masks TOML front matter', () => {
    const source = '+++\ntitle = "Brief"\n\nsummary = "It may rain"\n+++\n\nCosts fell.\n';
    const toml = extractProse(source, 'markdown');
    assertMasked(toml, 'summary = "It may rain"');
    assert.deepEqual(blockTexts(toml), [['paragraph', 'Costs fell.']]);
  });

  it('gives the same result from cached chunks as from a fresh parse', () => {
    const cache = new ChunkCache<ChunkProse>(1_000_000);
    extractMarkdown(MARKDOWN, 'markdown', cache);
    const edited = MARKDOWN.replace('wages could rise', 'wages could perhaps rise');
    const warm = extractMarkdown(edited, 'markdown', cache);
    const cold = extractMarkdown(edited, 'markdown', new ChunkCache<ChunkProse>(0));
    assert.deepEqual(warm, cold);
    assertKept(warm, 'wages could perhaps rise');
  });
});

const QUARTO = `---
title: Brief
format: html
---

## Costs {#sec-costs}

Costs fell by 12% in 2022 [@hmt2023], as @fig-costs shows.

\`\`\`{r}
#| label: fig-costs
plot(costs)
\`\`\`

{{< pagebreak >}}

::: {.callout-note}
Officials say the scheme may be extended.
:::

Inline \`r nrow(df)\` schemes were reviewed.
`;

describe('extractProse: Quarto and R Markdown', () => {
  for (const languageId of ['quarto', 'rmarkdown'] as const) {
    it(`${languageId}: masks code chunks, shortcodes, attributes and div fences`, () => {
      const doc = extractProse(QUARTO, languageId);
      assertInvariant(doc);
      assert.equal(doc.languageId, languageId);
      for (const text of [
        '{#sec-costs}',
        'plot(costs)',
        '#| label: fig-costs',
        '{{< pagebreak >}}',
        ':::',
        '{.callout-note}',
        '`r nrow(df)`',
        '[@hmt2023]',
      ]) {
        assertMasked(doc, text);
      }
      assertMasked(doc, ':::', 1);
      for (const text of [
        'Costs',
        'Costs fell by 12% in 2022',
        'as @fig-costs shows.',
        'Officials say the scheme may be extended.',
        'schemes were reviewed.',
      ])
        assertKept(doc, text);
      // A cross-reference points into the document: it is not a citation.
      assert.deepEqual(doc.markers, [marker(QUARTO, 'citation', '[@hmt2023]', 'hmt2023')]);
      assert.equal(doc.citationStyle, 'pandoc');
    });
  }
});

const MYST = `(sec-open)=
# Open research

% A comment: sharing code always pays off.
Open data raised citations by 25% in the sample.

:::{admonition} Why it matters
:class: tip
:name: box-why
Funders now require a data management plan.
:::

::::{tab-set}
:::{tab-item} Data
Journals have adopted data policies.
:::
::::

Use 40% less storage with compression.
`;

describe('extractProse: MyST in a Markdown file', () => {
  it("masks div fences with the title on their line, a directive's options and comment lines", () => {
    const doc = extractProse(MYST, 'markdown');
    assertInvariant(doc);
    for (const text of [
      ':::{admonition} Why it matters',
      ':class: tip',
      ':name: box-why',
      '::::{tab-set}',
      ':::{tab-item} Data',
      '% A comment: sharing code always pays off.',
    ])
      assertMasked(doc, text);
    assertMasked(doc, ':::', 3);
    assertMasked(doc, '::::', 1);
    for (const text of [
      'Open data raised citations by 25% in the sample.',
      'Funders now require a data management plan.',
      'Journals have adopted data policies.',
      'Use 40% less storage with compression.',
    ])
      assertKept(doc, text);
  });

  it('keeps a line that only opens with a colon or a percent sign in running text', () => {
    const text = 'Two options stand out:\n:one is cheaper than the other.\nA rise of 5\n%s was seen. Prices rose by 12\n% in 2024.\n';
    const doc = extractProse(text, 'markdown');
    assertKept(doc, ':one is cheaper than the other.');
    assertKept(doc, '%s was seen.');
    assertKept(doc, '% in 2024.'); // a figure's sign wrapped onto the next line, not a comment
    assertMasked(extractProse('Costs rose in 2024.\n\n% a comment after a paragraph\n', 'markdown'), '% a comment after a paragraph');
  });
});

const LATEX = String.raw`\documentclass{article}
\usepackage{hyperref} % evident-disable booster
\begin{document}
\section{Labour market}\label{sec:labour}
Unemployment rose to 7.4\% in 2023~\citep[p.~4]{ons2024, imf2023}. Costs
$c_t = \alpha + \beta x$ fell.\footnote{See \url{https://ons.gov.uk}. It may rise.}
% evident-disable-next-line hedge
It may rain tomorrow, says \href{https://example.org}{the report}.

\begin{itemize}
  \item Obviously, the \emph{new} policy works \cite{smith2019}.
  \item Growth was $2\%$ \(x\) and \[y\] stayed.
\end{itemize}
\begin{figure}[h]
  \includegraphics[width=0.5\linewidth]{costs.pdf}
  \caption{Costs by region, 2023.}
\end{figure}
\begin{equation*}
  a = b % not a comment
\end{equation*}
\end{document}
Anything after the end.
`;

describe('extractProse: LaTeX quotations (csquotes)', () => {
  const source = String.raw`\begin{document}
As the minister put it, \enquote{exports fell by 40\% in 2023}.

\begin{displayquote}
Exports fell by 30\% in 2022.
\end{displayquote}

\textquote[{\cite{imf2019}}][.]{Imports fell by 20\% in 2021} and \foreignquote{french}{les prix ont baissé} \enquote*{twice}.
\end{document}
`;
  const doc = extractProse(source, 'latex');

  it('reads the braces of \\enquote, \\textquote and \\foreignquote as quotation marks around the text', () => {
    assertInvariant(doc);
    const quoted = (text: string) => {
      const { start, end } = spanOf(source, text);
      return doc.prose.slice(start - 1, end + 1);
    };
    assert.equal(quoted('exports fell by 40\\% in 2023'), '\u201cexports fell by 40 % in 2023\u201d');
    assert.equal(quoted('Imports fell by 20\\% in 2021'), '\u201cImports fell by 20 % in 2021\u201d');
    assert.equal(quoted('les prix ont baissé'), '\u201cles prix ont baissé\u201d');
    assert.equal(quoted('twice'), '\u201ctwice\u201d');
    for (const text of ['\\enquote', '\\textquote[{\\cite{imf2019}}][.]', '\\foreignquote{french}', '\\enquote*']) assertMasked(doc, text);
  });

  it('reads a displayquote environment as a quotation', () => {
    assert.deepEqual(
      blockTexts(doc).filter(([kind]) => kind === 'quote'),
      [['quote', 'Exports fell by 30\\% in 2022.']],
    );
  });
});

describe('extractProse: LaTeX formal statements', () => {
  it("reads assumptions, propositions, theorems and proofs as the writer's statements, and what follows as paragraphs", () => {
    const source = String.raw`\begin{assumption}[Credit]
Households cannot borrow.
\end{assumption}
\begin{theorem*}
Output falls.
\end{theorem*}
\begin{proof}
Demand falls.
\end{proof}
Costs rose.
`;
    const doc = extractProse(source, 'latex');
    assertInvariant(doc);
    assert.deepEqual(blockTexts(doc), [
      ['statement', 'Households cannot borrow.'],
      ['statement', 'Output falls.'],
      ['statement', 'Demand falls.'],
      ['paragraph', 'Costs rose.'],
    ]);
  });
});

describe('extractProse: LaTeX', () => {
  const doc = extractProse(LATEX, 'latex');

  it('keeps the length, the line breaks and the offsets', () => {
    assertInvariant(doc);
    assert.equal(doc.citationStyle, 'latex');
  });

  it('masks the preamble, commands, math, comments, keys, URLs and what follows \\end{document}', () => {
    for (const text of [
      '\\documentclass{article}',
      '\\usepackage{hyperref}',
      '\\section{',
      '\\label{sec:labour}',
      '~\\citep[p.~4]{ons2024, imf2023}',
      '$c_t = \\alpha + \\beta x$',
      '\\footnote{',
      '\\url{https://ons.gov.uk}',
      '% evident-disable-next-line hedge',
      '\\href{https://example.org}{',
      '\\begin{itemize}',
      '\\item',
      '\\emph{',
      '\\cite{smith2019}',
      '$2\\%$',
      '\\(x\\)',
      '\\[y\\]',
      '\\begin{figure}[h]',
      '\\includegraphics[width=0.5\\linewidth]{costs.pdf}',
      '\\caption{',
      'a = b % not a comment',
      '\\end{document}',
      'Anything after the end.',
    ]) {
      assertMasked(doc, text);
    }
    // Escapes are only masked, never unescaped: the backslash goes, the % stays.
    assert.equal(doc.prose.slice(spanOf(LATEX, '7.4\\%').start, spanOf(LATEX, '7.4\\%').end), '7.4 %');
  });

  it('keeps the text of text commands, headings, footnotes and captions', () => {
    for (const text of [
      'Labour market',
      'Unemployment rose to 7.4',
      'fell.',
      'It may rise.',
      'It may rain tomorrow, says',
      'the report',
      'new',
      'policy works',
      'Costs by region, 2023.',
    ])
      assertKept(doc, text);
  });

  it('makes blocks for the heading, paragraphs, items, the footnote and the caption', () => {
    assert.deepEqual(blockTexts(doc), [
      ['heading', 'Labour market'],
      ['paragraph', LATEX.slice(spanOf(LATEX, 'Unemployment').start, spanOf(LATEX, '{the report}.').end)],
      ['paragraph', 'See \\url{https://ons.gov.uk}. It may rise.'],
      ['list-item', 'Obviously, the \\emph{new} policy works \\cite{smith2019}.'],
      ['list-item', 'Growth was $2\\%$ \\(x\\) and \\[y\\] stayed.'],
      ['caption', 'Costs by region, 2023.'],
    ]);
  });

  it('reports citations with their keys, footnotes and links', () => {
    assert.deepEqual(doc.markers, [
      marker(LATEX, 'citation', '\\citep[p.~4]{ons2024, imf2023}', 'ons2024, imf2023'),
      marker(LATEX, 'footnote', '\\footnote', 'See \\url{https://ons.gov.uk}. It may rise.'),
      marker(LATEX, 'link', '\\url{https://ons.gov.uk}', 'https://ons.gov.uk'),
      marker(LATEX, 'link', '\\href{https://example.org}{the report}', 'https://example.org'),
      marker(LATEX, 'citation', '\\cite{smith2019}', 'smith2019'),
    ]);
  });

  it('reads % directives, in the preamble too', () => {
    const preambleComment = {
      start: spanOf(LATEX, '% evident-disable booster').start,
      end: spanOf(LATEX, '% evident-disable booster').end,
    };
    assert.deepEqual(doc.directives, [
      { kind: 'disable', rules: ['booster'], ...preambleComment },
      { kind: 'disable-next-line', rules: ['hedge'], ...spanOf(LATEX, '% evident-disable-next-line hedge') },
    ]);
    assert.equal(isSuppressed(doc.directives, LATEX, 'hedge', spanOf(LATEX, 'may rain').start), true);
    assert.equal(isSuppressed(doc.directives, LATEX, 'hedge', spanOf(LATEX, 'may rise').start), false);
    assert.equal(isSuppressed(doc.directives, LATEX, 'booster', spanOf(LATEX, 'Obviously').start), true);
  });

  it('treats an unterminated environment as skipped to the end', () => {
    const source = '\\begin{document}\nCosts fell.\n\\begin{equation}\nx = 1\n\nMore text that is inside.\n';
    const unterminated = extractProse(source, 'latex');
    assertInvariant(unterminated);
    assertMasked(unterminated, 'More text that is inside.');
    assert.deepEqual(blockTexts(unterminated), [['paragraph', 'Costs fell.']]);
  });

  it('survives an unterminated footnote and stray braces', () => {
    const source = 'Costs fell.\\footnote{See the annex.\n\nMore } text}} and \\section{Open';
    const broken = extractProse(source, 'latex');
    assertInvariant(broken);
    assertKept(broken, 'See the annex.');
    assertMasked(broken, '\\section{');
  });

  it('works without \\begin{document}, keeping blocks at blank lines and \\par', () => {
    const source = 'First paragraph here.\n% a comment line does not split\ncontinues here.\\par Second one.\n\n\\textbf{Third} one.';
    const fragment = extractProse(source, 'latex');
    assert.deepEqual(blockTexts(fragment), [
      ['paragraph', 'First paragraph here.\n% a comment line does not split\ncontinues here.'],
      ['paragraph', 'Second one.'],
      ['paragraph', 'Third} one.'],
    ]);
    assertMasked(fragment, '\\textbf{');
  });

  it('reads a document whole and cuts it at blank lines that nothing runs across', () => {
    const source =
      '\\begin{document}\nCosts fell.\n\n\\begin{itemize}\n\\item One.\n\n\\item Two.\n\\end{itemize}\n\nIt rose \\cite{a,\n\nb}.\n\nIt may rain.\\footnote{See\n\nthe note.}\n\\end{document}\n';
    const { chunks } = latexChunks(source);
    // The citation's keys run across a blank line: no cut there.
    assert.deepEqual(
      chunks.map((c) => source.slice(c.start, c.end)),
      [
        '\\begin{document}\nCosts fell.\n\n',
        '\\begin{itemize}\n\\item One.\n\n',
        '\\item Two.\n\\end{itemize}\n\n',
        'It rose \\cite{a,\n\nb}.\n\n',
        'It may rain.\\footnote{See\n\n',
        'the note.}\n\\end{document}\n',
      ],
    );
    assert.deepEqual(extractProse(source, 'latex'), refined(extractLatex(source)));
  });

  it('gives, chunk by chunk, the reading and the sentences of the whole document, on random LaTeX', () => {
    const random = mulberry32(13);
    const pieces = [
      'Costs fell.',
      ' ',
      '\n',
      '\n\n',
      '\n\n',
      '\\begin{itemize}',
      '\\item ',
      '\\end{itemize}',
      '\\begin{quote}',
      '\\end{quote}',
      '$x$',
      '$',
      '$$',
      '% note',
      '% evident-disable-next-line hedge',
      '\\footnote{',
      '}',
      '{',
      '\\[',
      '\\]',
      '\\begin{equation}',
      '\\end{equation}',
      '\\verb|x|',
      '\\section{Title}',
      '\\\\',
      '\\cite{k}',
      '(Smith 2019)',
      '[1]',
      '\\begin{document}',
      '\\end{document}',
      '\\caption{',
      'https://x.org',
      '\\begin{verbatim}',
      '\\end{verbatim}',
      'It may rain.',
    ];
    let cut = 0;
    for (let round = 0; round < 600; round++) {
      let source = '';
      for (let i = 0; i < 1 + Math.floor(random() * 40); i++) source += pieces[Math.floor(random() * pieces.length)];
      const whole = extractLatex(source);
      const { chunks, extract } = latexChunks(source);
      if (chunks.length > 1) cut++;
      // extractProse reads the kinds paragraphs show (structure.ts), block by block: the same on the whole reading.
      assert.deepEqual(extractProse(source, 'latex'), refined(whole), JSON.stringify(source));
      const bySentence = (s: { start: number; end: number; text: string }) => [s.start, s.end, s.text];
      const chunkSentences = extract(chunks.map((_, index) => index)).flatMap((piece, index) => {
        const { start, end } = chunks[index];
        const doc: ProseDoc = { ...whole, source: source.slice(start, end), ...piece };
        return splitSentences(doc).map((s) => [s.start + start, s.end + start, s.text]);
      });
      assert.deepEqual(chunkSentences, splitSentences(whole).map(bySentence), JSON.stringify(source));
    }
    assert.ok(cut > 100, `only ${cut} documents were cut into chunks`);
  });
});

const PLAINTEXT = `Key findings
Unemployment rose to 7.4% in 2023 (ONS, 2024). See https://www.ons.gov.uk/employment.
   \t
<!-- evident-disable weasel -->
Studies show that sanctions rarely work [3, 5-7].
<!-- evident-enable -->
# evident-disable hedge
It may rain tomorrow.
`;

describe('extractProse: plain text', () => {
  const doc = extractProse(PLAINTEXT, 'plaintext');

  it('keeps everything but URLs and directive comments', () => {
    assertInvariant(doc);
    assertKept(doc, 'Unemployment rose to 7.4% in 2023 (ONS, 2024). See ');
    assertKept(doc, '# evident-disable hedge');
    assertMasked(doc, 'https://www.ons.gov.uk/employment');
    assertMasked(doc, '<!-- evident-disable weasel -->');
    assert.equal(doc.prose[spanOf(PLAINTEXT, 'employment.').end - 1], '.');
  });

  it('splits blocks at lines holding only whitespace', () => {
    assert.deepEqual(blockTexts(doc), [
      ['paragraph', 'Key findings\nUnemployment rose to 7.4% in 2023 (ONS, 2024). See https://www.ons.gov.uk/employment.'],
      ['paragraph', PLAINTEXT.slice(spanOf(PLAINTEXT, 'Studies').start, spanOf(PLAINTEXT, 'tomorrow.').end)],
    ]);
  });

  it('reports URL, numeric and author–year markers', () => {
    assert.deepEqual(doc.markers, [
      marker(PLAINTEXT, 'author-year', '(ONS, 2024)', 'ONS, 2024'),
      marker(PLAINTEXT, 'link', 'https://www.ons.gov.uk/employment', 'https://www.ons.gov.uk/employment'),
      marker(PLAINTEXT, 'numeric', '[3, 5-7]', '3, 5-7'),
    ]);
    assert.equal(doc.citationStyle, 'none');
  });

  it('accepts only the HTML-comment form of directives', () => {
    assert.deepEqual(doc.directives, [
      { kind: 'disable', rules: ['weasel'], ...spanOf(PLAINTEXT, '<!-- evident-disable weasel -->') },
      { kind: 'enable', rules: [], ...spanOf(PLAINTEXT, '<!-- evident-enable -->') },
    ]);
    assert.equal(isSuppressed(doc.directives, PLAINTEXT, 'weasel', spanOf(PLAINTEXT, 'Studies').start), true);
    assert.equal(isSuppressed(doc.directives, PLAINTEXT, 'weasel', spanOf(PLAINTEXT, 'may rain').start), false);
    assert.equal(isSuppressed(doc.directives, PLAINTEXT, 'hedge', spanOf(PLAINTEXT, 'may rain').start), false);
  });

  it("blanks a transcript's stage directions", () => {
    const text = 'Thank you. [Laughter] We will cut the deficit (Applause.) by half.';
    const doc = extractProse(text, 'plaintext');
    assertMasked(doc, '[Laughter]');
    assertMasked(doc, '(Applause.)');
    assertKept(doc, 'We will cut the deficit ');
    assertKept(doc, 'Thank you. ');
  });

  it("reads a note's number glued to a sentence's end, as a PDF pastes it, as a footnote", () => {
    const text = 'Waiting times fell by 20 percent.4 However, costs rose.\nSee p.4 Table 2. The rate is 4.5 per cent.';
    const doc = extractProse(text, 'plaintext');
    assert.deepEqual(
      doc.markers.map((m) => [m.kind, text.slice(m.start, m.end), m.label]),
      [['footnote', '4', '4']],
    );
    assertMasked(doc, '4');
    assertKept(doc, 'See p.4 Table 2. The rate is 4.5 per cent.');
    // the same in Markdown
    const markdown = extractProse(text, 'markdown');
    assert.deepEqual(
      markdown.markers.map((m) => [m.kind, text.slice(m.start, m.end)]),
      [['footnote', '4']],
    );
    // the sentence it sources needs no citation; the ones after it do
    assert.deepEqual(
      analyze(text, { languageId: 'plaintext' }).map((f) => [f.rule, f.text]),
      [
        ['unsupported-claim', 'However, costs rose'],
        ['unsupported-claim', 'The rate is 4.5 per cent'],
      ],
    );
  });

  it('falls back to plain text for unknown language ids', () => {
    const doc = extractProse('# Not a heading, a sentence.\n\nhttps://x.org', 'python');
    assert.equal(doc.languageId, 'plaintext');
    assertKept(doc, '# Not a heading, a sentence.');
    assert.deepEqual(blockTexts(doc), [['paragraph', '# Not a heading, a sentence.']]);
  });
});

describe('findTextualMarkers', () => {
  it('finds numeric and author–year citations with exact spans and labels', () => {
    const prose =
      'As shown [1–3] and [4, 6-8], costs fell (Smith, 2019). Smith and Lee (2019a, p. 4) agree (OECD 2021; see Jones et al. 2020, pp. 3-5).';
    assert.deepEqual(findTextualMarkers(prose), [
      marker(prose, 'numeric', '[1–3]', '1–3'),
      marker(prose, 'numeric', '[4, 6-8]', '4, 6-8'),
      marker(prose, 'author-year', '(Smith, 2019)', 'Smith, 2019'),
      marker(prose, 'author-year', 'Smith and Lee (2019a, p. 4)', 'Smith and Lee 2019a, p. 4'),
      marker(prose, 'author-year', '(OECD 2021; see Jones et al. 2020, pp. 3-5)', 'OECD 2021; see Jones et al. 2020, pp. 3-5'),
    ]);
  });

  it('reads an author with initials or an abbreviation and a locator naming a table, figure, chapter or box', () => {
    const prose =
      'Exports fell (U.S. Census Bureau 2024). Imports rose (IMF 2023, Table 2; see Lee 2020, Figure 3.1). Rents rose (Smith 2019, chap. 4).';
    assert.deepEqual(findTextualMarkers(prose), [
      marker(prose, 'author-year', '(U.S. Census Bureau 2024)', 'U.S. Census Bureau 2024'),
      marker(prose, 'author-year', '(IMF 2023, Table 2; see Lee 2020, Figure 3.1)', 'IMF 2023, Table 2; see Lee 2020, Figure 3.1'),
      marker(prose, 'author-year', '(Smith 2019, chap. 4)', 'Smith 2019, chap. 4'),
    ]);
    // A date with a locator is still a date, and a locator needs its number.
    assert.deepEqual(findTextualMarkers('Prices rose (June 2023, Table 2) and fell (Smith 2019, Table).'), []);
  });

  it('ignores dates, lowercase words before a year and non-numeric brackets', () => {
    assert.deepEqual(
      findTextualMarkers('Prices rose (June 2019) and the report (2020) said [a] or [12345] or (FY 2023) or [1,\n\n2].'),
      [],
    );
  });
});

describe('isSuppressed', () => {
  const source = [
    'Line one may hedge.', // 0
    '<!-- evident-disable -->',
    'All rules off here.',
    '<!-- evident-enable hedge -->',
    'Only hedge is back.',
    '<!-- evident-enable -->',
    '<!-- evident-disable-next-line weasel, booster -->',
    '',
    'Skipped blank line; this one is covered.',
    'This one is not.',
  ].join('\n');
  const doc = extractProse(source, 'markdown');
  const at = (text: string) => spanOf(source, text).start;

  it('applies disable/enable regions in document order', () => {
    assert.equal(isSuppressed(doc.directives, source, 'hedge', at('Line one')), false);
    assert.equal(isSuppressed(doc.directives, source, 'hedge', at('All rules')), true);
    assert.equal(isSuppressed(doc.directives, source, 'weasel', at('All rules')), true);
    assert.equal(isSuppressed(doc.directives, source, 'hedge', at('Only hedge')), false);
    assert.equal(isSuppressed(doc.directives, source, 'weasel', at('Only hedge')), true);
    assert.equal(isSuppressed(doc.directives, source, 'weasel', at('This one is not')), false);
  });

  it('disable-next-line covers the next line holding text, for the listed rules only', () => {
    assert.deepEqual(doc.directives.at(-1)?.rules, ['weasel', 'booster']);
    assert.equal(isSuppressed(doc.directives, source, 'weasel', at('this one is covered')), true);
    assert.equal(isSuppressed(doc.directives, source, 'BOOSTER', at('Skipped blank')), true);
    assert.equal(isSuppressed(doc.directives, source, 'hedge', at('this one is covered')), false);
    assert.equal(isSuppressed(doc.directives, source, 'weasel', at('This one is not')), false);
  });
});

describe('extractProse: hostile input', () => {
  const languages = ['markdown', 'quarto', 'latex', 'plaintext'];

  it('keeps the invariant with lone surrogates, NUL and emoji', () => {
    const source = 'Costs \uD800fell\u0000 by 3% 😀.\n\n\uDFFF[@key] \\cite{a\uD800} $x\n';
    for (const languageId of languages) {
      const doc = extractProse(source, languageId);
      assertInvariant(doc);
      splitSentences(doc);
    }
  });

  it('handles a 1 MB line in linear time', () => {
    const line = 'Costs may fall by 3 percent [1] (Smith 2019) in the U.S. e.g. at https://x.org/a $x$ \\emph{y} [@k]. '.repeat(10_000);
    // Quarto shares the Markdown parser; one 1 MB Markdown parse is enough here.
    for (const languageId of ['markdown', 'latex', 'plaintext']) {
      const started = performance.now();
      const doc = extractProse(line, languageId);
      assert.equal(doc.prose.length, line.length);
      assert.equal(splitSentences(doc).length, 10_000, languageId);
      // Linear takes seconds at most; quadratic behaviour would take hours on 1 MB.
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 60_000, `${languageId} took ${elapsed} ms`);
    }
  });

  it('reads input the Markdown parser is quadratic on as plain paragraphs, quickly', () => {
    for (const source of [
      '- '.repeat(4000) + 'x',
      '>'.repeat(50_000) + ' Costs fell.',
      '[a '.repeat(30_000) + ']'.repeat(30_000),
      '*a '.repeat(30_000),
      '[a]('.repeat(20_000),
    ]) {
      const started = performance.now();
      const doc = extractProse(source, 'markdown');
      const elapsed = performance.now() - started;
      assertInvariant(doc);
      // One block, whole; "- - - … x" is one word without a sentence end, a fragment (structure.ts).
      assert.deepEqual(doc.blocks, [{ kind: source.startsWith('- ') ? 'fragment' : 'paragraph', start: 0, end: source.trimEnd().length }]);
      // Parsed, these take minutes; read as plain text, milliseconds.
      assert.ok(elapsed < 10_000, `${JSON.stringify(source.slice(0, 12))}…: ${elapsed} ms`);
    }
  });

  it('never throws on random markup soup and keeps every invariant', () => {
    const random = mulberry32(20241127);
    const pieces = [
      '\\',
      '{',
      '}',
      '[',
      ']',
      '(',
      ')',
      '@',
      '$',
      '$$',
      '%',
      '`',
      '```',
      '~~~',
      '<!--',
      '-->',
      '\n',
      '\n\n',
      '\r\n',
      '\r',
      ' ',
      '  ',
      '\t',
      '#',
      '>',
      '*',
      '_',
      '^',
      ':',
      '-',
      '1.',
      '2019',
      '.',
      '?',
      '...',
      'a',
      'Word',
      'U.S.',
      'e.g.',
      '\\begin{equation}',
      '\\end{document}',
      '\\begin{document}',
      '\\footnote{',
      '\\section{',
      '\\item',
      '\\cite{k}',
      'https://x.org/',
      '---',
      '+++',
      '[^1]',
      '[^1]: ',
      '[@k]',
      '[x]: /u',
      '<div>',
      '</div>',
      '{{<',
      '>}}',
      ':::',
      '\uD800',
      '\uDC00',
      '\u0000',
      '😀',
      '\u00a0',
      '&amp;',
      '    ',
      '1)',
      'Plain words here. ',
    ];
    for (let round = 0; round < 300; round++) {
      let source = '';
      const length = 1 + Math.floor(random() * 60);
      for (let i = 0; i < length; i++) source += pieces[Math.floor(random() * pieces.length)];
      for (const languageId of languages) {
        const doc = extractProse(source, languageId);
        assertInvariant(doc);
        for (const block of doc.blocks)
          assert.ok(
            block.start >= 0 && block.start < block.end && block.end <= source.length,
            `block ${JSON.stringify(block)} in ${JSON.stringify(source)}`,
          );
        for (const m of doc.markers)
          assert.ok(m.start >= 0 && m.start < m.end && m.end <= source.length, `marker ${JSON.stringify(m)} in ${JSON.stringify(source)}`);
        for (const sentence of splitSentences(doc)) {
          assert.equal(sentence.text, doc.prose.slice(sentence.start, sentence.end));
          const block = doc.blocks[sentence.blockIndex];
          assert.ok(
            block.start <= sentence.start && sentence.end <= block.end,
            `sentence ${JSON.stringify(sentence)} outside its block in ${JSON.stringify(source)}`,
          );
        }
      }
      // Chunked, cached Markdown parsing must agree with one fresh parse of the whole document.
      const cache = new ChunkCache<ChunkProse>(1_000_000);
      extractMarkdown(source.replace(/a/g, 'b'), 'markdown', cache);
      assert.deepEqual(
        extractMarkdown(source, 'markdown', cache),
        extractMarkdown(source, 'markdown', new ChunkCache<ChunkProse>(0)),
        `chunked parse differs for ${JSON.stringify(source)}`,
      );
    }
  });
});

/** The project's seeded PRNG (test/robustness/fuzz.ts), so a failing random case can be replayed. */
function mulberry32(seed: number): () => number {
  const random = new Random(seed);
  return () => random.next();
}

/** A whole reading with the kinds extractProse reads off each paragraph's text. */
function refined(doc: ProseDoc): ProseDoc {
  return { ...doc, blocks: refineBlocks(doc.prose, doc.blocks, doc.markers) };
}
