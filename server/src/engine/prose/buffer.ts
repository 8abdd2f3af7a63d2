// The one place that turns source text into same-length prose: characters are
// either copied or replaced by a space, and line breaks always survive, so an
// offset into the prose is the same offset into the source. Also the character
// classes and line helpers every extractor shares.

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const TO_STRING_CHUNK = 8192;

export class ProseBuffer {
  private readonly codes: Uint16Array;

  /** `blank` starts with only the line breaks of `source`; `copy` starts as `source`. */
  constructor(
    private readonly source: string,
    start: 'blank' | 'copy',
  ) {
    const codes = new Uint16Array(source.length);
    for (let i = 0; i < source.length; i++) {
      const code = source.charCodeAt(i);
      codes[i] = start === 'copy' || code === LF || code === CR ? code : SPACE;
    }
    this.codes = codes;
  }

  /** Copies source[start, end) into the prose. */
  keep(start: number, end: number): void {
    const [from, to] = this.clamp(start, end);
    for (let i = from; i < to; i++) this.codes[i] = this.source.charCodeAt(i);
  }

  /** Turns [start, end) into spaces, keeping line breaks. */
  blank(start: number, end: number): void {
    const [from, to] = this.clamp(start, end);
    for (let i = from; i < to; i++) {
      const code = this.codes[i];
      if (code !== LF && code !== CR) this.codes[i] = SPACE;
    }
  }

  toString(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.codes.length; i += TO_STRING_CHUNK) {
      // fromCharCode keeps lone surrogates as they are (a TextDecoder would replace them).
      parts.push(String.fromCharCode.apply(null, this.codes.subarray(i, i + TO_STRING_CHUNK) as unknown as number[]));
    }
    return parts.join('');
  }

  private clamp(start: number, end: number): [number, number] {
    return [Math.max(0, start), Math.min(this.codes.length, end)];
  }
}

/**
 * `text` as a string of its own. A slice of a long string may share (and so keep
 * alive) the whole of it; prepending a character makes the engine copy the text.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/** Index of the first \n or \r at or after `from`, or the text's length. */
export function endOfLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || code === CR) return i;
  }
  return text.length;
}

export function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

/** Whitespace as the splitter and the extractors see it (ASCII, NBSP and the Unicode space separators). */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
