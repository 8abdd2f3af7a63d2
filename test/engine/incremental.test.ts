// Incremental analysis: after edits, cached chunks must give exactly what a cold analysis
// gives, including what depends on the whole document (citation style, footnote labels,
// the end-of-document footnote edit, directives in other chunks, paragraph evidence).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../../server/src/engine/index';
import type { AnalyzeOptions, DocumentAnalysis } from '../../server/src/engine/types';
import { Random } from '../robustness/fuzz';

let coldRuns = 0;
/** A cold analysis: settings no earlier call used get a cache of their own, empty. */
function cold(text: string, languageId: string): DocumentAnalysis {
  return analyzeDocument(text, { languageId, settings: { acceptedTerms: [`never-used-term-${coldRuns++}`] } });
}

function warm(text: string, languageId: string): DocumentAnalysis {
  return analyzeDocument(text, { languageId, settings: { acceptedTerms: [] } });
}

/** Analyses each version warm, in order, and checks each against a cold analysis. */
function assertIncremental(versions: readonly string[], languageId: string): DocumentAnalysis[] {
  return versions.map((text, index) => {
    const analysis = warm(text, languageId);
    assert.deepEqual(analysis, cold(text, languageId), `version ${index}: ${JSON.stringify(text.slice(0, 60))}…`);
    return analysis;
  });
}

const CLAIM = 'Unemployment rose to 7.4% in 2023.';
const citeTitles = (analysis: DocumentAnalysis) =>
  analysis.findings.filter((f) => f.rule === 'unsupported-claim').map((f) => f.fixes.map((fix) => fix.title));

describe('incremental analysis', () => {
  it('gives the citation fix the form the whole document decides, in chunks that did not change', () => {
    const plain = `# Brief\n\n${CLAIM}\n\nExports fell by 12% in 2022.\n`;
    const withFootnote = `${plain}\nCosts rose.[^1]\n\n[^1]: HM Treasury.\n`;
    const withPandoc = withFootnote.replace('Costs rose.', 'Costs rose [@hmt2023].');
    const [first, second, third] = assertIncremental([plain, withFootnote, withPandoc], 'markdown');
    assert.deepEqual(citeTitles(first)[0], ['Add a footnote [^1] with its source']);
    // A footnote defined further down: the first claim's new footnote is numbered after it, at the new end.
    assert.deepEqual(citeTitles(second)[0], ['Add a footnote [^2] with its source']);
    const footnoteEdit = second.findings.find((f) => f.rule === 'unsupported-claim')!.fixes[0].edits[1];
    assert.deepEqual(footnoteEdit, { start: withFootnote.length, end: withFootnote.length, newText: '\n[^2]: Source.\n' });
    // One [@key] anywhere makes the document pandoc-cited.
    assert.deepEqual(citeTitles(third)[0], ['Add a citation: [@key]']);
  });

  it('moves the findings of the chunks after an edit and keeps those before it', () => {
    const base = `It may rain tomorrow.\n\n${CLAIM}\n\nObviously, the U.S. would not be welcomed.\n`;
    const edited = base.replace('may rain', 'may well rain');
    const [before, after] = assertIncremental([base, edited], 'markdown');
    const booster = (a: DocumentAnalysis) => a.findings.find((f) => f.rule === 'booster')!;
    assert.equal(booster(after).start, booster(before).start + ' well'.length);
    assert.equal(edited.slice(booster(after).start, booster(after).end), 'Obviously');
  });

  it('applies a directive to the chunks after it, and lifts it when it goes', () => {
    const body = `${CLAIM}\n\nIt may rain tomorrow.\n`;
    const disabled = `<!-- evident-disable hedge -->\n\n${body}`;
    const [off, on] = assertIncremental([disabled, body], 'markdown');
    assert.equal(
      off.findings.some((f) => f.rule === 'hedge'),
      false,
    );
    assert.equal(on.findings.filter((f) => f.rule === 'hedge').length, 1);
  });

  it('lets a citation closing a paragraph support the claims before it, as the paragraph changes', () => {
    const open = `${CLAIM} Exports fell by 12% in 2022.\n\nIt may rain tomorrow.\n`;
    const cited = open.replace('in 2022.', 'in 2022 [@ons2024].');
    const [unsupported, supported] = assertIncremental([open, cited, open], 'markdown');
    assert.equal(unsupported.findings.filter((f) => f.rule === 'unsupported-claim').length, 2);
    assert.equal(supported.findings.filter((f) => f.rule === 'unsupported-claim').length, 0);
  });

  it('keeps plain text and LaTeX correct across edits, comments spanning blank lines included', () => {
    const text = `${CLAIM}\n\n<!-- a note\n\nover two paragraphs -->\n\nIt may rain tomorrow.\r\n\r\nStudies show that sanctions rarely work.\n`;
    assertIncremental([text, text.replace('rarely', 'seldom'), text.replace('<!-- a note', 'a note')], 'plaintext');
    const latex = `\\begin{document}\n${CLAIM}\n\n\\begin{equation}\nx = 1\n\n\\end{equation}\nIt may rain.\\footnote{See \\cite{k}.}\n\\end{document}\n`;
    assertIncremental([latex, latex.replace('It may', 'It might'), latex.replace('\\end{equation}', '')], 'latex');
  });

  it('keeps LaTeX correct across random edits that open and close environments, groups and math', () => {
    const random = new Random(21);
    const pieces = [
      'It may rain.',
      ' Unemployment rose to 7.4%.',
      ' Studies show that it works.',
      '\n\n',
      '\\begin{itemize}\n\\item ',
      '\\end{itemize}',
      '\\begin{equation}',
      '\\end{equation}',
      '$',
      '{',
      '}',
      '\\footnote{',
      '% evident-disable-next-line hedge\n',
      '\\cite{k}',
      '\\begin{verbatim}',
      '\\end{verbatim}',
    ];
    let text = `\\begin{document}\n${Array.from({ length: 12 }, (_, i) => `Paragraph ${i} may show that costs rose by ${i}%.`).join('\n\n')}\n\\end{document}\n`;
    const versions = [text];
    for (let edit = 0; edit < 40; edit++) {
      const at = 17 + Math.floor(random.next() * (text.length - 32));
      text =
        random.next() < 0.7
          ? text.slice(0, at) + pieces[Math.floor(random.next() * pieces.length)] + text.slice(at)
          : text.slice(0, at) + text.slice(at + 1 + Math.floor(random.next() * 12));
      versions.push(text);
    }
    assertIncremental(versions, 'latex');
  });

  it('keeps the settings apart', () => {
    const text = `It may rain tomorrow.\n\n${CLAIM}\n`;
    const options: AnalyzeOptions = { languageId: 'markdown', settings: { rules: { hedge: 'off' } } };
    assert.equal(
      analyzeDocument(text, options).findings.some((f) => f.rule === 'hedge'),
      false,
    );
    assert.equal(
      analyzeDocument(text, { languageId: 'markdown' }).findings.some((f) => f.rule === 'hedge'),
      true,
    );
  });
});
