// The one place that turns source text into same-length prose: characters are
// either copied or replaced by a space, and line breaks always survive, so an
// offset into the prose is the same offset into the source. Also the character
// classes and line helpers every extractor shares.

import { madeOnFirstUse } from '../text-shape';
import type { Span } from '../types';

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const TO_STRING_CHUNK = 8192;
/** Beyond this many spans blanked between two reads, the prose is edited as an array of character codes instead. */
const MAX_PENDING_BLANKS = 64;
const NOT_LINE_BREAK = /[^\n\r]/g;

export class ProseBuffer {
  /** Undefined while the prose is a string (`prose`) with a few spans to blank: most chunks hold little markup. */
  private codes: Uint16Array | undefined;
  /** The prose as a string, until the next change. */
  private text: string | undefined;
  /** The prose as last built (at first the source); `pending` spans are still to be blanked in it. */
  private prose: string;
  private pending: Span[] = [];
  private pendingInOrder = true;
  /** Whether the prose differs from the source; `keep` has nothing to restore before. */
  private blanked = false;

  /** `blank` starts with only the line breaks of `source`; `copy` starts as `source`. */
  constructor(
    private readonly source: string,
    start: 'blank' | 'copy',
  ) {
    this.prose = source;
    if (start === 'copy') return;
    // Spaces, then the line breaks put back: found by a regex scan rather than a test per character.
    const codes = new Uint16Array(source.length).fill(SPACE);
    LINE_BREAK.lastIndex = 0;
    for (let found = LINE_BREAK.exec(source); found !== null; found = LINE_BREAK.exec(source))
      codes[found.index] = source.charCodeAt(found.index);
    this.codes = codes;
  }

  /** Copies source[start, end) into the prose. */
  keep(start: number, end: number): void {
    if (!this.codes) {
      if (!this.blanked) return; // still a copy of the source
      this.codes = this.currentCodes();
    }
    const codes = this.codes;
    const to = Math.min(this.source.length, end);
    for (let i = Math.max(0, start); i < to; i++) codes[i] = this.source.charCodeAt(i);
    this.text = undefined;
  }

  /** Turns [start, end) into spaces, keeping line breaks. */
  blank(start: number, end: number): void {
    const from = Math.max(0, start);
    const to = Math.min(this.source.length, end);
    if (from >= to) return;
    this.text = undefined;
    this.blanked = true;
    if (!this.codes) {
      const { pending } = this;
      if (pending.length < MAX_PENDING_BLANKS) {
        // Blanked at the next read, with slices: no copy of the text into an array and back.
        if (pending.length > 0 && from < pending[pending.length - 1].start) this.pendingInOrder = false;
        pending.push({ start: from, end: to });
        return;
      }
      this.codes = this.currentCodes();
    }
    blankCodes(this.codes, from, to);
  }

  /** Writes one character over the prose at `at`: the quotation marks LaTeX's `\enquote{…}` stands for. */
  put(at: number, character: string): void {
    if (at < 0 || at >= this.source.length) return;
    this.codes ??= this.currentCodes();
    this.codes[at] = character.charCodeAt(0);
    this.text = undefined;
    this.blanked = true;
  }

  toString(): string {
    if (this.text !== undefined) return this.text;
    if (this.codes) {
      const parts: string[] = [];
      for (let i = 0; i < this.codes.length; i += TO_STRING_CHUNK) {
        // fromCharCode keeps lone surrogates as they are (a TextDecoder would replace them).
        parts.push(String.fromCharCode.apply(null, this.codes.subarray(i, i + TO_STRING_CHUNK) as unknown as number[]));
      }
      this.text = parts.join('');
      return this.text;
    }
    // A copy, not the source: the source may be a slice that keeps a whole document alive.
    if (this.pending.length === 0) return (this.text = ownCopy(this.source));
    this.prose = this.text = withBlanks(this.prose, this.pending, this.pendingInOrder);
    this.pending = [];
    this.pendingInOrder = true;
    return this.text;
  }

  /** The prose, pending blanks included, as character codes: from now on edited there. */
  private currentCodes(): Uint16Array {
    const codes = copyOf(this.prose);
    for (const span of this.pending) blankCodes(codes, span.start, span.end);
    this.pending = [];
    return codes;
  }
}

function blankCodes(codes: Uint16Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const code = codes[i];
    if (code !== LF && code !== CR) codes[i] = SPACE;
  }
}

/**
 * `prose` with `spans` (inside it, possibly overlapping) turned into spaces but their line breaks, as a new
 * string: joining three or more parts builds a flat string, so the result holds no slice of `prose`.
 */
function withBlanks(prose: string, spans: Span[], inOrder: boolean): string {
  if (!inOrder) spans.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let done = 0; // prose[0, done) is in parts
  for (let k = 0; k < spans.length; k++) {
    const { end } = spans[k];
    if (end <= done) continue; // inside a span blanked already
    const start = Math.max(spans[k].start, done);
    const blanked = prose.slice(start, end);
    parts.push(
      prose.slice(done, start),
      blanked.includes('\n') || blanked.includes('\r') ? blanked.replace(NOT_LINE_BREAK, ' ') : ' '.repeat(end - start),
    );
    done = end;
  }
  parts.push(prose.slice(done));
  return parts.join('');
}

function copyOf(source: string): Uint16Array {
  const codes = new Uint16Array(source.length);
  for (let i = 0; i < source.length; i++) codes[i] = source.charCodeAt(i);
  return codes;
}

/**
 * `text` as a string of its own. A slice of a long string may share (and so keep
 * alive) the whole of it; prepending a character makes the engine copy the text.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

const LINE_BREAK = /[\n\r]/g;

/** Index of the first \n or \r at or after `from`, or the text's length. (A regex scan: about twice as fast as a charCode loop on long documents.) */
export function endOfLine(text: string, from: number): number {
  LINE_BREAK.lastIndex = from;
  const found = LINE_BREAK.exec(text);
  return found ? found.index : text.length;
}

/** endOfLine for a scan over one whole text: with no \r in it (most documents), the native search for \n alone, several times faster. */
export function lineEndsOf(text: string): (from: number) => number {
  if (text.includes('\r')) return (from) => endOfLine(text, from);
  return (from) => {
    const found = text.indexOf('\n', from);
    return found < 0 ? text.length : found;
  };
}

/** Compared a block at a time, as slices (natively: 15 µs for 300,000 characters), then character by character (a loop over all cost 1-2 ms). */
const COMPARED_AT_ONCE = 1024;

/** The number of characters `a` and `b` share at their start. */
export function commonPrefixLength(a: string, b: string): number {
  const shortest = Math.min(a.length, b.length);
  let shared = 0;
  while (shared + COMPARED_AT_ONCE <= shortest && a.slice(shared, shared + COMPARED_AT_ONCE) === b.slice(shared, shared + COMPARED_AT_ONCE))
    shared += COMPARED_AT_ONCE;
  while (shared < shortest && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
  return shared;
}

/** The number of characters, at most `limit`, that `a` and `b` share at their end. */
export function commonSuffixLength(a: string, b: string, limit: number): number {
  let shared = 0;
  while (
    shared + COMPARED_AT_ONCE <= limit &&
    a.slice(a.length - shared - COMPARED_AT_ONCE, a.length - shared) === b.slice(b.length - shared - COMPARED_AT_ONCE, b.length - shared)
  )
    shared += COMPARED_AT_ONCE;
  while (shared < limit && a.charCodeAt(a.length - 1 - shared) === b.charCodeAt(b.length - 1 - shared)) shared++;
  return shared;
}

/** How a text differs from the one before it (a keystroke's edit): the lengths of their common start and end. */
export interface TextChange {
  before: string;
  prefix: number;
  /** At most the shorter text's length less `prefix`: the common end does not overlap the common start. */
  suffix: number;
}

export function textChange(before: string, after: string): TextChange {
  const prefix = commonPrefixLength(before, after);
  return { before, prefix, suffix: commonSuffixLength(before, after, Math.min(before.length, after.length) - prefix) };
}

export function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

const LETTER_OR_DIGIT_CHAR = madeOnFirstUse(() => /[\p{L}\p{N}]/u);

/**
 * Whether `ch` (one UTF-16 unit, or a surrogate pair) is a letter or a digit. ASCII, Latin-1 and Latin
 * Extended (to U+024F) and the punctuation block (U+2000–U+206F, curly quotes and dashes: none) are
 * decided without the regex, whose Unicode classes cost ~0.4 ms to compile on a cold run (a test
 * checks these ranges against it).
 */
export function isLetterOrDigit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0xc0 && code < 0x250) return code !== 0xd7 && code !== 0xf7; // letters but × and ÷
  if (code < 0xc0) return LATIN1_LETTERS_AND_DIGITS.includes(code); // ª ² ³ µ ¹ º ¼ ½ ¾
  if (code >= 0x2000 && code < 0x2070) return false;
  return LETTER_OR_DIGIT_CHAR().test(ch);
}

const LATIN1_LETTERS_AND_DIGITS = [0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe];

/** Whitespace as the splitter and the extractors see it (ASCII, NBSP and the Unicode space separators). */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
