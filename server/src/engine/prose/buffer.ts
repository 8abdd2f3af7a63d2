// The one place that turns source text into same-length prose: characters are
// either copied or replaced by a space, and line breaks always survive, so an
// offset into the prose is the same offset into the source. Also the character
// classes and line helpers every extractor shares.

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const TO_STRING_CHUNK = 8192;

export class ProseBuffer {
  /** Undefined while the prose is still a copy of the source: most chunks are prose through and through. */
  private codes: Uint16Array | undefined;
  /** The prose as a string, until the next change. */
  private text: string | undefined;

  /** `blank` starts with only the line breaks of `source`; `copy` starts as `source`. */
  constructor(
    private readonly source: string,
    start: 'blank' | 'copy',
  ) {
    if (start === 'copy') return;
    const codes = new Uint16Array(source.length);
    for (let i = 0; i < source.length; i++) {
      const code = source.charCodeAt(i);
      codes[i] = code === LF || code === CR ? code : SPACE;
    }
    this.codes = codes;
  }

  /** Copies source[start, end) into the prose. */
  keep(start: number, end: number): void {
    const codes = this.codes;
    if (!codes) return; // still a copy of the source
    const [from, to] = this.clamp(start, end);
    for (let i = from; i < to; i++) codes[i] = this.source.charCodeAt(i);
    this.text = undefined;
  }

  /** Turns [start, end) into spaces, keeping line breaks. */
  blank(start: number, end: number): void {
    const [from, to] = this.clamp(start, end);
    if (from >= to) return;
    const codes = (this.codes ??= copyOf(this.source));
    for (let i = from; i < to; i++) {
      const code = codes[i];
      if (code !== LF && code !== CR) codes[i] = SPACE;
    }
    this.text = undefined;
  }

  toString(): string {
    if (this.text !== undefined) return this.text;
    // A copy, not the source: the source may be a slice that keeps a whole document alive.
    if (!this.codes) return (this.text = ownCopy(this.source));
    const parts: string[] = [];
    for (let i = 0; i < this.codes.length; i += TO_STRING_CHUNK) {
      // fromCharCode keeps lone surrogates as they are (a TextDecoder would replace them).
      parts.push(String.fromCharCode.apply(null, this.codes.subarray(i, i + TO_STRING_CHUNK) as unknown as number[]));
    }
    this.text = parts.join('');
    return this.text;
  }

  private clamp(start: number, end: number): [number, number] {
    return [Math.max(0, start), Math.min(this.source.length, end)];
  }
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

export function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether `ch` (one UTF-16 unit, or a surrogate pair) is a letter or a digit; ASCII is decided without a regex. */
export function isLetterOrDigit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return LETTER_OR_DIGIT.test(ch);
}

/** Whitespace as the splitter and the extractors see it (ASCII, NBSP and the Unicode space separators). */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
