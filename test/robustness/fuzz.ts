// Reproducible inputs for fuzzing the engine, and the invariants every analysis must keep.
// All randomness comes from one seeded PRNG, so a failing seed replays exactly.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, Fix, RuleId, TextEdit } from '../../server/src/engine';

export const FUZZ_LANGUAGES = ['markdown', 'plaintext', 'latex', 'quarto', 'rmarkdown'] as const;
export const DEFAULT_SEED = 20261127;

/** mulberry32: tiny, fast, and good enough to spread inputs; not for cryptography. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Original sentences in the register Evident checks, covering every rule, evidence markers and clean prose. */
export const POLICY_SENTENCES = [
  'Unemployment rose to 7.4% in 2023.',
  'Unemployment rose to 7.4% in 2023 [@ons2024].',
  'According to the ONS, unemployment rose to 7.4% in 2023.',
  'Studies show that sanctions rarely work.',
  'Obviously, the U.S. would not be welcomed.',
  'It may rain tomorrow.',
  'Member States may submit comments by 30 June.',
  'Experts say the reform could possibly reduce waiting lists.',
  'It is widely believed that the tariff cut will boost exports.',
  'Moscow probably wants to test the alliance before the summit.',
  'The ministry should publish the full dataset.',
  'Clearly, the pilot scheme doubled enrolment in rural districts.',
  'Housing starts fell by a third between 2019 and 2022.',
  'Some observers argue that the treaty was designed to fail.',
  'The council might arguably have acted sooner.',
  'Inflation is undoubtedly the main driver of discontent.',
  'Eurostat data show that energy prices peaked in August 2022.',
  'This is likely designed to divert attention from the budget.',
  'It has been reported that officials ignored the warnings.',
  'Many believe the new levy will never raise £2bn a year.',
  'Does the plan cost more than it saves?',
  'Perhaps the port authority may possibly suggest a delay.',
  'Critics claim that every subsidy always distorts the market.',
  'Ridership grew 40 per cent after fares were cut (Smith 2021).',
  'Analysts say $5bn } was lost, which \\ clearly ${1:matters}.',
];

const MARKDOWN_PIECES = [
  '# Findings\n',
  '## Options for the minister\n',
  '- ',
  '1. ',
  '> ',
  '**',
  '_',
  '`inline code`',
  '[the evaluation](https://example.org/eval.pdf)',
  '[^1]',
  '\n[^1]: Annual report 2021, p. 4.\n',
  '^[An inline note.]',
  '[@smith2021, p. 3]',
  '<!-- evident-disable hedge -->',
  '<!-- evident-disable-next-line -->\n',
  '<!-- evident-enable -->',
  '\n```python\nprint("It may rain")\n```\n',
  '\n```\nunterminated fence, it may rain\n',
  '\n~~~\n',
  '$x^2$',
  '\n$$\nE = mc^2\n',
  '<div>It may rain.</div>',
  '| Year | Rate |\n| --- | --- |\n| 2023 | 7.4% |\n',
  '---\ntitle: "Brief"\nbibliography: refs.bib\n---\n',
  '\n---\n',
  '![chart](chart.png)',
  '\\',
  '[',
  ']',
  '(',
  '<',
  '*',
];

const QUARTO_PIECES = [
  '\n```{r}\nsummary(cars)\n```\n',
  '\n```{python}\n',
  '\n::: {.callout-note}\n',
  '\n:::\n',
  '`r 1 + 1`',
  '{{< include _intro.qmd >}}',
  '@fig-rates',
];

const LATEX_PIECES = [
  '\\section{Findings}\n',
  '\\subsection*{Options',
  '\\begin{itemize}\n\\item ',
  '\\end{itemize}\n',
  '\\begin{quote}',
  '\\begin{verbatim}\nIt may rain.\n',
  '\\end{verbatim}',
  '\\begin{equation}\nx = 1\n',
  '\\cite{smith2021}',
  '\\citep[p.~3]{ons2024}',
  '\\footnote{Annual report 2021.}',
  '\\footnote{unclosed',
  '% evident-disable hedge\n',
  '% a comment, it may rain\n',
  '$x^2$',
  '\\(',
  '\\[',
  '\\emph{',
  '\\textbf{clearly}',
  '\\verb|It may|',
  '\\url{https://example.org}',
  '\\\\',
  '{',
  '}',
  '\\',
  '\\documentclass{article}\n\\begin{document}\n',
  '\\end{document}\n',
  '\\newcommand{\\claim}[1]{#1}',
];

/** Characters that break naive text handling. */
const HOSTILE = [
  '😀',
  '👩‍👩‍👧',
  '🇪🇺', // surrogate pairs, ZWJ sequences, flags
  'e\u0301',
  '\u0301',
  '\u20dd', // combining marks, alone and attached
  'مثال',
  'עברית',
  '\u202e',
  '\u202d',
  '\u200f', // RTL text and direction overrides
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u2060', // zero-width characters
  '\ud800',
  '\udfff',
  '\udc00x',
  'x\ud83d', // lone surrogates
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029', // NUL and control characters
  '\r',
  '\n',
  '\r\n',
  '\n\r',
  '\t',
  '\v',
  '\f',
  '\u00a0',
  '\u3000', // non-breaking and ideographic spaces
  'ﬁ',
  'İ',
  'ß',
  'ǅ', // characters whose case changes their length
  '$',
  '}',
  '${',
  '\\$',
  '$1',
];

const SEPARATORS = [' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n\r\n', '  \n', '\t'];

function randomCodeUnits(random: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const kind = random.int(4);
    // Mostly printable ASCII so that words and sentences still form, with any code unit mixed in.
    out += String.fromCharCode(kind === 0 ? random.int(0x10000) : kind === 1 ? random.int(0x80) : 0x20 + random.int(0x5f));
  }
  return out;
}

/** Puts a hostile character inside a sentence (mid-word, at its edges), so cues and offsets are tested around it. */
function corrupt(random: Random, sentence: string): string {
  const at = random.int(sentence.length + 1);
  return sentence.slice(0, at) + random.pick(HOSTILE) + sentence.slice(at);
}

function piecesFor(languageId: string): readonly string[] {
  if (languageId === 'latex') return LATEX_PIECES;
  if (languageId === 'quarto' || languageId === 'rmarkdown') return [...MARKDOWN_PIECES, ...QUARTO_PIECES];
  if (languageId === 'markdown') return MARKDOWN_PIECES;
  return [...MARKDOWN_PIECES.slice(0, 8), ...LATEX_PIECES.slice(0, 4)]; // plain text still meets stray markup
}

/** A random document: policy sentences, markup of its language, hostile characters and raw code units. */
export function randomDocument(random: Random, languageId: string): string {
  const pieces = piecesFor(languageId);
  const parts: string[] = [];
  const count = 1 + random.int(40);
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    if (roll < 0.45) parts.push(random.chance(0.3) ? corrupt(random, random.pick(POLICY_SENTENCES)) : random.pick(POLICY_SENTENCES));
    else if (roll < 0.75) parts.push(random.pick(pieces));
    else if (roll < 0.9) parts.push(random.pick(HOSTILE));
    else parts.push(randomCodeUnits(random, 1 + random.int(60)));
    parts.push(random.pick(SEPARATORS));
  }
  return parts.join('');
}

/** How many findings of `rule` flag exactly `text`: what an extreme input must still yield. */
export interface ExpectedFlag {
  rule: RuleId;
  text: string;
  count: number;
}

/** Inputs that stress one dimension hard: size, nesting depth, unterminated constructs. */
export function extremeDocuments(): { name: string; text: string; languages: readonly string[]; expect: ExpectedFlag[] }[] {
  const sentence = 'Studies show that sanctions rarely work, and it may rain tomorrow. ';
  const copies = Math.ceil(1_000_000 / sentence.length);
  const all = FUZZ_LANGUAGES;
  const hostileLine = HOSTILE.join('').replace(/[\r\n\u2028\u2029\u0085]/g, '');
  const hedges = (count: number): ExpectedFlag => ({ rule: 'hedge', text: 'may', count });
  const boosters = (count: number): ExpectedFlag => ({ rule: 'booster', text: 'Obviously', count });
  return [
    {
      name: '1 MB single line of prose',
      text: sentence.repeat(copies),
      languages: all,
      expect: [hedges(copies), { rule: 'weasel', text: 'Studies show', count: copies }],
    },
    { name: '1 MB single line without spaces', text: 'x'.repeat(1_000_000), languages: ['plaintext', 'markdown'], expect: [] },
    {
      name: '1 MB single line of hostile characters',
      text: hostileLine.repeat(Math.ceil(1_000_000 / hostileLine.length)).slice(0, 1_000_000),
      languages: ['plaintext', 'markdown', 'latex'],
      expect: [],
    },
    {
      name: 'lists nested 200 deep',
      text: Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- It may rain tomorrow.`).join('\n'),
      languages: ['markdown', 'quarto'],
      expect: [hedges(200)],
    },
    {
      name: 'block quotes nested 200 deep',
      text: `${'> '.repeat(200)}Obviously, the U.S. would not be welcomed.\n`,
      languages: ['markdown', 'rmarkdown'],
      expect: [boosters(1)],
    },
    {
      name: 'quotes and lists interleaved 200 deep',
      text: `${'> - '.repeat(100)}Studies show that sanctions rarely work.\n`,
      languages: ['markdown'],
      expect: [{ rule: 'weasel', text: 'Studies show', count: 1 }],
    },
    {
      name: 'unterminated code fence',
      text: `It may rain tomorrow.\n\n\`\`\`\n${'Obviously, this is code. '.repeat(50)}\n`,
      languages: ['markdown', 'quarto', 'rmarkdown'],
      expect: [hedges(1), boosters(0)],
    },
    {
      name: 'unterminated LaTeX environments',
      text: `${'\\begin{itemize}\\item It may rain tomorrow.\n'.repeat(200)}\\begin{verbatim}\nObviously.\n`,
      languages: ['latex'],
      expect: [hedges(200)],
    },
    { name: 'braces opened 5,000 deep', text: `\\emph{${'{'.repeat(5_000)}Obviously, the plan failed.`, languages: ['latex'], expect: [] },
    {
      name: '20,000 empty lines in CR, LF and CRLF',
      text: '\r\n\r\n\n\r'.repeat(5_000) + 'It may rain tomorrow.',
      languages: all,
      expect: [hedges(1)],
    },
    {
      name: 'one run-on sentence of 15,000 hedges',
      text: 'It may perhaps possibly '.repeat(5_000) + 'rain.',
      languages: ['plaintext'],
      expect: [],
    },
    { name: 'empty document', text: '', languages: all, expect: [] },
  ];
}

// ---- Invariants -----------------------------------------------------------------------------

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/**
 * The text a snippet inserts once its tab stops are accepted as written: `${1:x}` → x, `$1`/`${1}` → '',
 * `${1|a,b|}` → a, `\$` → $. Throws on malformed snippets (an unescaped `$`-construct left open).
 */
export function expandSnippet(snippet: string): string {
  let i = 0;
  const parse = (inPlaceholder: boolean): string => {
    let out = '';
    while (i < snippet.length) {
      const ch = snippet[i];
      if (ch === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1])) {
        out += snippet[i + 1];
        i += 2;
      } else if (inPlaceholder && ch === '}') {
        return out;
      } else if (ch === '$' && /^\d/.test(snippet.slice(i + 1))) {
        i += 1 + /^\d+/.exec(snippet.slice(i + 1))![0].length;
      } else if (ch === '$' && snippet[i + 1] === '{') {
        const head = /^\$\{(\d+)(:|\||\})/.exec(snippet.slice(i));
        if (!head) throw new Error(`malformed snippet at ${i}: ${JSON.stringify(snippet)}`);
        i += head[0].length;
        if (head[2] === ':') {
          out += parse(true);
          if (snippet[i] !== '}') throw new Error(`unclosed placeholder in ${JSON.stringify(snippet)}`);
          i++;
        } else if (head[2] === '|') {
          const choice = /^([^|]*)\|\}/.exec(snippet.slice(i));
          if (!choice) throw new Error(`malformed choice in ${JSON.stringify(snippet)}`);
          out += choice[1].split(',')[0];
          i += choice[0].length;
        }
      } else {
        out += ch;
        i++;
      }
    }
    if (inPlaceholder) throw new Error(`unclosed placeholder in ${JSON.stringify(snippet)}`);
    return out;
  };
  return parse(false);
}

/** Applies offset edits the way an editor does: through line/character positions (TextDocument.applyEdits). */
export function applyThroughPositions(document: TextDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(
    document,
    edits.map((edit) => ({ range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText })),
  );
}

/** Documents up to this size are rebuilt in full for every fix; larger ones only get the per-edit checks (linear cost). */
const FULL_APPLY_LIMIT = 50_000;

/** Every problem with one fix's edits, as readable strings (empty when the fix is sound). */
function fixProblems(document: TextDocument, fix: Fix, edits: readonly TextEdit[], label: string, mustChange: boolean): string[] {
  const source = document.getText();
  const problems: string[] = [];
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const edit of sorted) {
    if (
      !(
        Number.isInteger(edit.start) &&
        Number.isInteger(edit.end) &&
        0 <= edit.start &&
        edit.start <= edit.end &&
        edit.end <= source.length
      )
    ) {
      problems.push(`${label}: edit range ${edit.start}..${edit.end} outside 0..${source.length}`);
      continue;
    }
    if (splitsSurrogatePair(source, edit.start) || splitsSurrogatePair(source, edit.end))
      problems.push(`${label}: edit ${edit.start}..${edit.end} splits a surrogate pair`);
    // An offset an editor cannot express as a line/character position (inside a CRLF) would move the edit.
    for (const offset of [edit.start, edit.end]) {
      if (document.offsetAt(document.positionAt(offset)) !== offset)
        problems.push(`${label}: offset ${offset} does not survive the trip through a line/character position`);
    }
  }
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1];
    const b = sorted[k];
    // Inserts at one offset are fine: LSP applies them in array order.
    if (a.end > b.start) problems.push(`${label}: edits ${a.start}..${a.end} and ${b.start}..${b.end} overlap`);
  }
  if (problems.length > 0) return problems;
  if (mustChange && sorted.every((edit) => edit.newText === source.slice(edit.start, edit.end)))
    problems.push(`${label}: "${fix.title}" changes nothing`);
  if (source.length > FULL_APPLY_LIMIT) return problems;

  // Expected result, built piecewise: unchanged source between the edits, each edit's text inside them.
  let expected = '';
  let cursor = 0;
  for (const edit of sorted) {
    expected += source.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  expected += source.slice(cursor);
  if (applyThroughPositions(document, sorted) !== expected)
    problems.push(`${label}: applying the edits through line/character positions changes text outside their ranges`);
  return problems;
}

/** Checks every invariant of one analysis of `source`; returns readable violations (empty when all hold). */
export function invariantViolations(source: string, analysis: DocumentAnalysis): string[] {
  const problems: string[] = [];
  const document = TextDocument.create('untitled:fuzz', 'plaintext', 0, source);
  for (const [index, finding] of analysis.findings.entries()) {
    const where = `finding ${index} (${finding.rule} ${finding.start}..${finding.end})`;
    if (
      !(
        Number.isInteger(finding.start) &&
        Number.isInteger(finding.end) &&
        0 <= finding.start &&
        finding.start < finding.end &&
        finding.end <= source.length
      )
    ) {
      problems.push(`${where}: range outside 0 ≤ start < end ≤ ${source.length}`);
      continue;
    }
    if (splitsSurrogatePair(source, finding.start) || splitsSurrogatePair(source, finding.end))
      problems.push(`${where}: splits a surrogate pair`);
    if (finding.text !== source.slice(finding.start, finding.end))
      problems.push(`${where}: text ${JSON.stringify(finding.text)} is not the source slice`);
    if (!(finding.sentence.start <= finding.start && finding.end <= finding.sentence.end && finding.sentence.end <= source.length)) {
      problems.push(`${where}: outside its sentence ${finding.sentence.start}..${finding.sentence.end}`);
    }
    if (!finding.message || /[\r\n]/.test(finding.message))
      problems.push(`${where}: message empty or not one line: ${JSON.stringify(finding.message)}`);
    for (const [f, fix] of finding.fixes.entries()) {
      problems.push(...fixProblems(document, fix, fix.edits, `${where} fix ${f} edits`, true));
      if (fix.snippetEdits) {
        // The snippet is the same change with tab stops, for clients that support them.
        const ranges = (edits: readonly TextEdit[]) => edits.map((edit) => `${edit.start}..${edit.end}`).join(' ');
        if (ranges(fix.snippetEdits) !== ranges(fix.edits))
          problems.push(`${where} fix ${f}: snippetEdits cover ${ranges(fix.snippetEdits)}, edits ${ranges(fix.edits)}`);
        try {
          // A placeholder accepted as written may leave the text as it was ("${1:Studies}"), so no change is required.
          const expanded = fix.snippetEdits.map((edit) => ({ ...edit, newText: expandSnippet(edit.newText) }));
          problems.push(...fixProblems(document, fix, expanded, `${where} fix ${f} snippetEdits`, false));
        } catch (error) {
          problems.push(`${where} fix ${f} snippetEdits: ${(error as Error).message}`);
        }
      }
    }
  }
  for (const [index, sentence] of analysis.sentences.entries()) {
    if (!(0 <= sentence.start && sentence.start <= sentence.end && sentence.end <= source.length)) {
      problems.push(`sentence ${index}: range ${sentence.start}..${sentence.end} outside the document`);
    }
  }
  return problems;
}
