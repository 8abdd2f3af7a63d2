// Bibliography parsing: BibTeX/BibLaTeX (CSL-JSON: csl.ts), tolerant of hostile input. Pure: no Node
// APIs (runs in a browser worker). Written here rather than taken from npm: the well-kept BibTeX
// parsers (@retorquere/bibtex-parser) bring unified-latex, nearley and an NLP model (megabytes in
// the bundle); the small ones (bibtex-parse-js, 0.0.x) are unmaintained, recurse on nested braces,
// have no size limit and give no line numbers. This reader is iterative (braces nested thousands
// deep cost a counter, not a stack), linear in the input, stops at a size limit and names the file
// and line of every problem.
import { parseCslJson } from './csl';

/** One entry, its fields in plain text (braces and common LaTeX accents removed). */
export interface BibEntry {
  key: string;
  /** article, book, report … (lower case); CSL types as given. */
  type: string;
  title: string;
  /** "Family, Given" or a literal name, in order. */
  authors: string[];
  year: string;
  container: string;
  abstract: string;
  keywords: string;
  doi: string;
  url: string;
  /** The file (as the caller names it) and the 0-based line and offset where the entry starts. */
  file: string;
  line: number;
  offset: number;
}

export interface BibProblem {
  file: string;
  /** 1-based line, as editors show it. */
  line: number;
  message: string;
}

export interface ParsedBibliography {
  entries: BibEntry[];
  problems: BibProblem[];
}

/** Larger files are not read: a bibliography of 10,000 entries is a few megabytes. */
export const MAX_BIBLIOGRAPHY_BYTES = 20_000_000;
/** A field value longer than this is cut (an abstract is a few thousand characters). */
export const MAX_FIELD = 20_000;
/** At most this many problems are reported per file. */
export const MAX_PROBLEMS = 20;

/** Decodes a file's bytes as UTF-8; invalid UTF-8 or an oversized file is one problem naming file and line. */
export function decodeBibliography(bytes: Uint8Array, file: string): { text?: string; problem?: BibProblem } {
  if (bytes.length > MAX_BIBLIOGRAPHY_BYTES)
    return {
      problem: {
        file,
        line: 1,
        message: `${file}: larger than ${MAX_BIBLIOGRAPHY_BYTES / 1_000_000} MB (${(bytes.length / 1_000_000).toFixed(1)} MB); not read.`,
      },
    };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const at = loose.indexOf('\uFFFD');
    const line = lineAt(loose, Math.max(0, at));
    return { problem: { file, line, message: `${file}:${line}: not valid UTF-8; save the file as UTF-8. Not read.` } };
  }
}

/** Parses by the file's extension: .json as CSL-JSON, anything else as BibTeX. */
export function parseBibliography(text: string, file: string): ParsedBibliography {
  const steps = parseBibliographyInSteps(text, file);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** parseBibliography in steps (BibTeX only; CSL-JSON is one JSON.parse). */
export function* parseBibliographyInSteps(text: string, file: string): Generator<number, ParsedBibliography, void> {
  if (text.length > MAX_BIBLIOGRAPHY_BYTES)
    return {
      entries: [],
      problems: [{ file, line: 1, message: `${file}: larger than ${MAX_BIBLIOGRAPHY_BYTES / 1_000_000} MB; not read.` }],
    };
  if (/\.json$/i.test(file) || /^\s*\[/.test(text)) return parseCslJson(text, file);
  return yield* parseBibtexInSteps(text, file);
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Line numbers for many offsets: the line starts found once, then a binary search per offset. */
export class LineCounter {
  private starts?: number[];
  constructor(private readonly text: string) {}
  lineOf(offset: number): number {
    if (!this.starts) {
      this.starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    }
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo; // 0-based
  }
}

// ---- BibTeX ----------------------------------------------------------------------

const MONTHS: Record<string, string> = {
  jan: 'January',
  feb: 'February',
  mar: 'March',
  apr: 'April',
  may: 'May',
  jun: 'June',
  jul: 'July',
  aug: 'August',
  sep: 'September',
  oct: 'October',
  nov: 'November',
  dec: 'December',
};

export function parseBibtex(text: string, file: string): ParsedBibliography {
  const steps = parseBibtexInSteps(text, file);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Characters parsed between two steps of parseBibtexInSteps. */
const PARSE_STEP_CHARACTERS = 250_000;

/**
 * parseBibtex in steps of about 250,000 characters: between steps a server answers other requests,
 * so a large bibliography is parsed off the typing path. The result is the generator's return value.
 */
export function* parseBibtexInSteps(text: string, file: string): Generator<number, ParsedBibliography, void> {
  const entries: BibEntry[] = [];
  const problems: BibProblem[] = [];
  const lines = new LineCounter(text);
  const strings = new Map<string, string>(Object.entries(MONTHS));
  const problem = (offset: number, message: string) => {
    if (problems.length < MAX_PROBLEMS)
      problems.push({ file, line: lines.lineOf(offset) + 1, message: `${file}:${lines.lineOf(offset) + 1}: ${message}` });
  };
  let i = 0;
  const n = text.length;
  let stepEnd = PARSE_STEP_CHARACTERS;
  while (i < n) {
    if (i >= stepEnd) {
      stepEnd = i + PARSE_STEP_CHARACTERS;
      yield i;
    }
    const at = text.indexOf('@', i);
    if (at < 0) break;
    let k = at + 1;
    while (k < n && isNameChar(text.charCodeAt(k))) k++;
    const type = text.slice(at + 1, k).toLowerCase();
    let open = k;
    while (open < n && isBlank(text.charCodeAt(open))) open++;
    if (!type || (text[open] !== '{' && text[open] !== '(')) {
      i = at + 1;
      continue;
    } // an @ in a comment
    if (type === 'comment') {
      i = skipGroup(text, open) ?? open + 1;
      continue;
    }
    const close = text[open] === '{' ? '}' : ')';
    const end = skipGroup(text, open);
    // An unterminated entry: read it up to the next line that starts an entry.
    const next = end === undefined ? nextEntryStart(text, open) : end;
    if (end === undefined)
      problem(
        at,
        next >= n
          ? 'the entry starting here is not closed (a brace or quote is missing); read to the end of the file.'
          : `the entry starting here is not closed (a brace or quote is missing); read up to line ${lines.lineOf(next) + 1}.`,
      );
    const bodyEnd = end === undefined ? next : end - 1;
    if (type === 'preamble') {
      i = next;
      continue;
    }
    if (type === 'string') {
      const fields = readFields(text, open + 1, bodyEnd, strings, close);
      for (const [name, value] of fields.fields) strings.set(name, value);
      i = next;
      continue;
    }
    // The key: up to the first comma.
    let c = open + 1;
    while (c < bodyEnd && text[c] !== ',' && text[c] !== close) c++;
    const key = text.slice(open + 1, c).trim();
    if (!key || /[\s{}"]/.test(key)) {
      problem(at, `@${type} without a citation key; skipped.`);
      i = next;
      continue;
    }
    const { fields, error } = readFields(text, c + 1, bodyEnd, strings, close);
    if (error !== undefined) problem(error, `cannot read the fields of "${key}" here; read what came before.`);
    entries.push(entryOf(key, type, fields, file, lines.lineOf(at), at));
    i = next;
  }
  return { entries, problems };
}

function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d || c === 0x3a || c === 0x2e
  );
}
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

const ENTRY_START = /^@[A-Za-z]+\s*[{(]/;

/** The offset after the group opening at `open` ({…} or (…)), counting nested braces; undefined when it never closes. */
function skipGroup(text: string, open: number): number | undefined {
  const closeCh = text[open] === '{' ? '}' : ')';
  let depth = 0;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}') {
      if (depth === 0) return closeCh === '}' ? i + 1 : undefined;
      depth--;
    } else if (ch === ')' && closeCh === ')' && depth === 0) return i + 1;
    // A new entry at the start of a line: this one was never closed (also stops a run of unclosed braces from reading to the end).
    else if (ch === '@' && atLineStart(text, i) && ENTRY_START.test(text.slice(i, i + 40))) return undefined;
  }
  return undefined;
}

function atLineStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** Where reading resumes after an unterminated entry: the next @ at the start of a line, or the end. */
function nextEntryStart(text: string, from: number): number {
  const re = /\n[ \t]*@/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index + 1 : text.length;
}

/** `name = value # value, …` between from and to; stops at the first thing it cannot read. */
function readFields(
  text: string,
  from: number,
  to: number,
  strings: Map<string, string>,
  close: string,
): { fields: Map<string, string>; error?: number } {
  const fields = new Map<string, string>();
  let i = from;
  const skip = () => {
    while (i < to && (isBlank(text.charCodeAt(i)) || text[i] === ',')) i++;
  };
  for (;;) {
    skip();
    if (i >= to || text[i] === close) return { fields };
    const nameStart = i;
    while (i < to && isNameChar(text.charCodeAt(i))) i++;
    const name = text.slice(nameStart, i).toLowerCase();
    while (i < to && isBlank(text.charCodeAt(i))) i++;
    if (!name || text[i] !== '=') return { fields, error: nameStart };
    i++;
    let value = '';
    for (;;) {
      while (i < to && isBlank(text.charCodeAt(i))) i++;
      const ch = text[i];
      if (ch === '{') {
        const end = skipGroup(text, i) ?? to;
        value += text.slice(i + 1, Math.min(end - 1, i + 1 + MAX_FIELD));
        i = end;
      } else if (ch === '"') {
        let depth = 0;
        let k = i + 1;
        for (; k < to; k++) {
          const c = text[k];
          if (c === '\\') k++;
          else if (c === '{') depth++;
          else if (c === '}') depth--;
          else if (c === '"' && depth <= 0) break;
        }
        value += text.slice(i + 1, Math.min(k, i + 1 + MAX_FIELD));
        i = k + 1;
      } else {
        const s = i;
        while (i < to && isNameChar(text.charCodeAt(i))) i++;
        if (i === s) return { fields, error: s };
        const word = text.slice(s, i);
        value += /^\d+$/.test(word) ? word : (strings.get(word.toLowerCase()) ?? word);
      }
      while (i < to && isBlank(text.charCodeAt(i))) i++;
      if (text[i] === '#') {
        i++;
        continue;
      }
      break;
    }
    fields.set(name, value.length > MAX_FIELD ? value.slice(0, MAX_FIELD) : value);
  }
}

const ACCENTS: Record<string, Record<string, string>> = {
  '"': { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü', e: 'ë', i: 'ï' },
  "'": { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', E: 'É', c: 'ć', n: 'ń', s: 'ś', z: 'ź' },
  '`': { a: 'à', e: 'è', i: 'ì', o: 'ò', u: 'ù' },
  '^': { a: 'â', e: 'ê', i: 'î', o: 'ô', u: 'û' },
  '~': { a: 'ã', n: 'ñ', o: 'õ', N: 'Ñ' },
  c: { c: 'ç', C: 'Ç' },
  v: { c: 'č', s: 'š', z: 'ž', r: 'ř', e: 'ě', C: 'Č', S: 'Š', Z: 'Ž' },
};
const SYMBOLS: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  '&': '&',
  '%': '%',
  $: '$',
  _: '_',
  '#': '#',
};

/** A field's LaTeX as plain text: accents, \& and the like, braces and runs of spaces. */
export function plainText(value: string): string {
  if (!value.includes('\\') && !value.includes('{') && !value.includes('~') && !value.includes('--') && !/\s\s|\n/.test(value))
    return value;
  return value
    .replace(/\\([`'^"~])\s*\{?\s*\\?([A-Za-z])\}?/g, (m, a: string, l: string) => ACCENTS[a]?.[l] ?? l)
    .replace(/\\([cv])\s*\{\s*([A-Za-z])\s*\}/g, (m, a: string, l: string) => ACCENTS[a]?.[l] ?? l)
    .replace(/\\(ss|ae|AE|aa|AA|o|O|l|L|i)(?![A-Za-z])\s*/g, (m, s: string) => SYMBOLS[s])
    .replace(/\\([&%$_#])/g, '$1')
    .replace(/\\(?:emph|textit|textbf|textsc|textrm|texttt|url|mkbibquote|enquote)\s*/g, '')
    .replace(/\\[A-Za-z]+\s*/g, '')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/~/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Smith, John and Doe, J. and {World Bank}" → ["Smith, John", "Doe, J.", "World Bank"]. */
function splitNames(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (depth === 0 && (ch === ' ' || ch === '\n' || ch === '\t') && /^\s+and\s/i.test(value.slice(i, i + 6))) {
      names.push(value.slice(start, i));
      i += value.slice(i).match(/^\s+and\s+/i)![0].length - 1;
      start = i + 1;
    }
  }
  names.push(value.slice(start));
  // A name in braces ("{World Bank}") is one literal name, not "Bank, World".
  return names.map((name) => (/^\s*\{[^{}]*\}\s*$/.test(name) ? plainText(name) : normaliseName(plainText(name)))).filter(Boolean);
}

/** "John Smith" → "Smith, John"; "Smith, John" and one-word names stay. */
function normaliseName(name: string): string {
  if (!name || name.includes(',') || !name.includes(' ') || name === 'others') return name;
  const parts = name.split(' ');
  return `${parts[parts.length - 1]}, ${parts.slice(0, -1).join(' ')}`;
}

function entryOf(key: string, type: string, f: Map<string, string>, file: string, line: number, offset: number): BibEntry {
  const date = f.get('year') ?? f.get('date') ?? '';
  return {
    key,
    type,
    title: plainText(f.get('title') ?? f.get('booktitle') ?? ''),
    authors: splitNames(f.get('author') ?? f.get('editor') ?? f.get('institution') ?? f.get('organization') ?? ''),
    year: (/\d{4}/.exec(date) ?? [plainText(date)])[0],
    container: plainText(
      f.get('journal') ??
        f.get('journaltitle') ??
        (f.has('title') ? f.get('booktitle') : undefined) ??
        f.get('publisher') ??
        f.get('institution') ??
        f.get('howpublished') ??
        '',
    ),
    abstract: plainText(f.get('abstract') ?? ''),
    keywords: plainText(f.get('keywords') ?? ''),
    doi: plainText(f.get('doi') ?? ''),
    url: (f.get('url') ?? '').trim(),
    file,
    line,
    offset,
  };
}

// ---- CSL-JSON --------------------------------------------------------------------

export { parseCslJson };
