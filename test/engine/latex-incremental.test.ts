// LaTeX re-read incrementally: after every edit, the reading spliced from the previous
// version's (or read whole when the edit cannot be read on its own) must be exactly the
// reading of the whole new text from scratch, restart points included.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readLatex, readLatexDocument, type LatexReading } from '../../server/src/engine/prose/latex-chunks';
import { Random } from '../robustness/fuzz';

const SENTENCES = ['Costs fell.', 'It may rain tomorrow.', 'Studies show that it works.', 'Unemployment rose to 7.4\\% in 2023.'];
/** Markup that is whole (though it may run across a blank line). */
const CLOSED = [
  '\\begin{itemize}\n\\item One.\n\n\\item[b] Two.\n\\end{itemize}',
  '\\begin{quote}\nIt may.\n\n\\end{quote}',
  '\\begin{enumerate}\\item A.\\end{enumerate}',
  '\\begin{equation}\nx\n\n\\end{equation}',
  '\\begin{verbatim}\n{\n\n\\end{verbatim}',
  '\\begin{lstlisting}}\\end{lstlisting}',
  '\\begin{tabular}{ll}a & b\\end{tabular}',
  '$x$',
  '$$y$$',
  '\\(x\\)',
  '\\[y\\]',
  '$a\\\n\nb$',
  '% note\n',
  '% evident-disable hedge\n',
  '% evident-enable\n',
  '% evident-disable-next-line hedge\n',
  '\\footnote{See the annex.}',
  '\\footnote{See\n\nthe note.}',
  '\\caption{Costs by region.}',
  '\\section{Title}\n',
  '\\section[Short]{Long title}\n',
  '\\subsection*{Part}',
  '\\cite{k}',
  '\\citep[p.~4]{a,\n\nb}',
  '\\emph{new}',
  '\\enquote{It\n\nfell.}',
  '\\textquote[{\\cite{k}}][.]{It rose.}',
  '\\begin{displayquote}\nIt may.\n\n\\end{displayquote}',
  '\\begin{proposition}\nCosts fall.\n\n\\end{proposition}',
  '\\begin{proof}It may.\\end{proof}',
  '\\textbf{bold\n\ntext}',
  '\\label{x}',
  '\\par ',
  '\\\\',
  '\\\\[2pt]',
  '\\item[\\\n\nx] ',
  '\\verb|{|',
  '\\verb+$+',
  '\\verb|%|',
  '\\verb|%|\\footnote{A\n\nnote.}',
  '\\url{https://x.org}',
  '\\href{https://a.org}{the report}',
  'https://example.org/a_(b).',
  'www.example.com',
  '(Smith 2019)',
  '[1, 3-5]',
  'Smith and\n\nLee (2019)',
  'Smith\n\net al. (2020)',
  'smith and\n\nLee (2019)',
  'In and\n\nLee (2019)',
  '\n\nLee (2019)',
  '\r\n\r\n',
  '\f\n',
  '\u00a0\n\n',
  '\n \n',
  '\n\n  Indented.',
];
/** Markup that opens or closes something on its own, or leaves it open. */
const UNCLOSED = [
  '{',
  '}',
  '$',
  '$$',
  '%',
  '\\',
  '[',
  ']',
  '(',
  ')',
  '\\begin{itemize}\n\\item ',
  '\\item ',
  '\\end{itemize}',
  '\\begin{quote}',
  '\\end{quote}',
  '\\begin{equation}',
  '\\end{equation}',
  '\\begin{verbatim}\n{\n\n',
  '\\end{verbatim}',
  '\\begin {verbatim}',
  '\\(',
  '\\)',
  '\\[',
  '\\]',
  '\\footnote{',
  '\\caption{',
  '\\section[Short]{',
  '\\emph{',
  '\\cite{',
  '$a\\\n\nb ',
  '\\item[\\\n\nx ',
  '\\\\[\\\n\n',
  'Lee (2019)',
  'et al. (2020)',
  'Smith and',
  'Smith and\n',
  '\\begin{document}',
  '\\end{document}',
  '\r',
  '\r\n',
];

function randomDocument(random: Random): string {
  let body = '';
  const parts = 10 + random.int(60);
  for (let i = 0; i < parts; i++) {
    const roll = random.next();
    body += roll < 0.55 ? `${random.pick(SENTENCES)} ` : roll < 0.8 ? '\n\n' : roll < 0.97 ? random.pick(CLOSED) : random.pick(UNCLOSED);
  }
  const preamble =
    random.next() < 0.7 ? '\\documentclass{article}\n\\usepackage{hyperref}\n% evident-disable booster\n\\begin{document}\n' : '';
  const end =
    preamble && random.next() < 0.6
      ? `${random.pick(['\n', '\n\n'])}\\end{document}\n${random.next() < 0.3 ? 'After the end.\n\nMore.' : ''}`
      : '';
  return preamble + body + end;
}

const CHARACTERS = ['a', 'S', ' ', '\n', '\n\n', '{', '}', '$', '%', '\\', '[', ']', '(', ')', '2019'];

/** An insertion, deletion or replacement anywhere, the preamble included; often at a line's start or end, where chunks meet. */
function randomEdit(random: Random, text: string): string {
  let at = random.int(text.length + 1);
  if (random.next() < 0.4) {
    const lineBreak = text.indexOf('\n', at);
    at = lineBreak < 0 ? text.length : lineBreak + random.int(2);
  }
  const roll = random.next();
  if (roll < 0.2) return text.slice(0, at) + random.pick(CLOSED) + text.slice(at);
  if (roll < 0.3) return text.slice(0, at) + random.pick(UNCLOSED) + text.slice(at);
  if (roll < 0.4) return text.slice(0, at) + random.pick(SENTENCES) + text.slice(at);
  if (roll < 0.6) return text.slice(0, at) + random.pick(CHARACTERS) + text.slice(at);
  if (roll < 0.7) return text.slice(0, at) + random.pick(CHARACTERS) + text.slice(at + 1);
  if (roll < 0.9) return text.slice(0, at) + text.slice(at + 1 + random.int(3));
  return text.slice(0, at) + text.slice(at + 1 + random.int(40));
}

describe('LaTeX read incrementally', () => {
  it('gives, after every random edit, the reading of the whole new text', () => {
    const random = new Random(1729);
    let edits = 0;
    let reread = 0;
    for (let document = 0; document < 100; document++) {
      let text = randomDocument(random);
      let previous: LatexReading = readLatex(text);
      assert.deepEqual(previous, readLatexDocument(text), JSON.stringify(text));
      let before = text;
      for (let edit = 0; edit < 40; edit++) {
        // Sometimes an undo: the edit's reverse, from a reading with the edit's restart points.
        [before, text] = random.next() < 0.15 ? [text, before] : [text, randomEdit(random, text)];
        const reading = readLatex(text);
        assert.deepEqual(reading, readLatexDocument(text), `${JSON.stringify(before)}\n→ ${JSON.stringify(text)}`);
        edits++;
        // A re-read keeps the pieces before the edit: the first is never re-read.
        if (reading !== previous && reading.pieces[0] === previous.pieces[0]) reread++;
        previous = reading;
      }
    }
    assert.ok(reread > edits / 3, `only ${reread} of ${edits} edits were read incrementally`);
  });

  it('re-reads a paragraph typed into, and keeps the reading of the others', () => {
    const paragraph = (i: number) =>
      `Paragraph ${i} \\emph{may} show\\footnote{See~\\cite{k${i}}.} that costs rose by $${i}$ in the year to March, the survey says.`;
    const text = `\\begin{document}\n${Array.from({ length: 20 }, (_, i) => paragraph(i)).join('\n\n')}\n\\end{document}\n`;
    const before = readLatex(text);
    const at = text.indexOf('Paragraph 10') + 5;
    const after = readLatex(text.slice(0, at) + 'x' + text.slice(at));
    assert.deepEqual(after, readLatexDocument(after.source));
    assert.deepEqual(
      after.pieces.flatMap((piece, index) => (piece === before.pieces[index] ? [] : [index])),
      [10],
      'only the paragraph typed into is read again',
    );
    // Inside a list left open (its \end not typed yet), the same.
    const open = text.replace('Paragraph 5 ', '\\begin{itemize}\\item Paragraph 5 ');
    const beforeInList = readLatex(open);
    const inList = readLatex(open.slice(0, at + 22) + 'x' + open.slice(at + 22));
    assert.deepEqual(inList, readLatexDocument(inList.source));
    assert.equal(inList.pieces[10].blocks[0].kind, 'list-item');
    assert.deepEqual(
      inList.pieces.flatMap((piece, index) => (piece === beforeInList.pieces[index] ? [] : [index])),
      [10],
    );
  });

  it("reads an environment's end half typed or mistyped as its end, and re-reads only the paragraphs around it", () => {
    const paragraph = (i: number) => `Paragraph ${i} says that costs rose by $${i}$ in the year to March.`;
    const list = '\\begin{itemize}\n\\item Costs fell.\n\\end{itemize}';
    const text = `\\begin{document}\n${Array.from({ length: 12 }, (_, i) => (i === 5 ? list : paragraph(i))).join('\n\n')}\n\\end{document}\n`;
    const before = readLatex(text);
    for (const typed of ['\\end{itemiz}', '\\end{itemzie}', '\\end{}', '\\end{hitemize}']) {
      const after = readLatex(text.replace('\\end{itemize}', typed));
      assert.deepEqual(after, readLatexDocument(after.source));
      const reread = after.pieces.flatMap((piece, index) => (piece === before.pieces[index] ? [] : [index]));
      assert.ok(reread.length <= 3 && reread.every((index) => index >= 5 && index < 8), `${typed}: read again ${reread}`);
      assert.equal(after.pieces[6].blocks[0].kind, 'paragraph', `${typed}: the paragraph after the list is no list item`);
    }
    // The end of another environment inside the list ends nothing: the list stays open.
    const centred = readLatexDocument(text.replace('\\end{itemize}', '\\begin{center}x\\end{center}'));
    assert.equal(centred.pieces[6].blocks[0].kind, 'list-item');
  });

  it('reads the whole document when the rest of it would read the edit differently', () => {
    // Each edit breaks one condition of a restart point (name: before → after).
    const cases: Array<[string, string, string]> = [
      [
        'a math run unclosed to \\end{document}, which moves',
        '\\begin{document}\nIntro.\n\n\\begin{equation}\nx\n\n\\end{document}\nAfter.',
        '\\begin{document}\nIntro.\n\n\\begin{equation}\nx\n\n\\end{documen}\nAfter.',
      ],
      [
        'an inline $ that looked for its closer past a blank line',
        'Intro.\n\nCosts $a\\\n\nb fell.\n\nIt rose.\n',
        'Intro.\n\nCosts $a\\\n\nb$ fell.\n\nIt rose.\n',
      ],
      [
        'an option that looked for its ] past a blank line',
        'Intro.\n\nCosts\\\\[\\\n\nx fell.\n\nIt rose.\n',
        'Intro.\n\nCosts\\\\[\\\n\nx] fell.\n\nIt rose.\n',
      ],
      [
        'a citation whose author is named before the blank line',
        'Intro.\n\nIt fell, said Smith and\n\nLee (2019 here.\n\nIt rose.\n',
        'Intro.\n\nIt fell, said Smith and\n\nLee (2019) here.\n\nIt rose.\n',
      ],
      [
        'a citation after the stretch whose author is now named in it',
        'Intro.\n\nIt fell, said smith and\n\nLee (2019) here.\n\nIt rose.\n',
        'Intro.\n\nIt fell, said Smith and\n\nLee (2019) here.\n\nIt rose.\n',
      ],
      ['a first line left blank', 'Intro.\n\n  Costs fell.\n\nIt rose.\n', 'Intro.\n\n  \n\nIt rose.\n'],
      ['a blank line that holds a comment now', 'Intro.\n\nCosts $x$ fell.\n \nIt rose.\n', 'Intro.\n\nCosts $x$ fell.\n%\nIt rose.\n'],
      [
        'a list open, with no \\item yet',
        'Intro.\n\n\\begin{itemize}\n\n\\item A \\begin{center}B\\end{center}\n\nIt rose.\n',
        'Intro.\n\n\\begin{itemize}\n\n\\item An \\begin{center}B\\end{center}\n\nIt rose.\n',
      ],
      [
        'a footnote open to the end, its brace hidden from matchBraces by a % in \\verb',
        'Intro.\n\n\\verb|%|\\footnote{See\n\nthe note.}\n\nIt rose.\n',
        'Intro.\n\n\\verb|%|\\footnote{See\n\nthe notes.}\n\nIt rose.\n',
      ],
      [
        'a list left open',
        'Intro.\n\n\\begin{itemize}\\item A.\\end{itemize}\n\nIt rose.\n',
        'Intro.\n\n\\begin{itemize}\\item A.\\end{itemiz}\n\nIt rose.\n',
      ],
      [
        'a quote closed inside a heading, which is still read as a quote after it',
        'Intro.\n\n\\begin{quote}\\section{\\end{quote}}\n\nIt rose.\n\nMore.\n',
        'Intro.\n\n\\begin{quote}\\section{\\end{quote}}\n\nIt rise.\n\nMore.\n',
      ],
      ['a brace left open', 'Intro.\n\n\\emph{Costs} fell.\n\nIt rose.\n', 'Intro.\n\n\\emph{Costs fell.\n\nIt rose.\n'],
      ['a stray \\item', 'Intro.\n\nCosts fell.\n\nIt rose.\n', 'Intro.\n\n\\item Costs fell.\n\nIt rose.\n'],
    ];
    for (const [name, before, after] of cases) {
      readLatex(before);
      assert.deepEqual(readLatex(after), readLatexDocument(after), name);
    }
  });
});
