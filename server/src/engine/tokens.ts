// A fast word tokenizer. Offsets are relative to the string tokenized.
// Words keep inner apostrophes, hyphens and dots ("wasn't", "step-by-step", "U.S", "7.4").

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const NON_ASCII_WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Inner joiners: "wasn't", "wasn’t", "U.S", "7.4", "step-by-step". */
const APOSTROPHE = 0x27;
const CURLY_APOSTROPHE = 0x2019;
const DOT = 0x2e;
const HYPHEN = 0x2d;

/** Length (1 or 2 UTF-16 units) of the letter or digit at i, or 0. ASCII is decided without a regex. */
function wordCharacterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return NON_ASCII_WORD_CHARACTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return NON_ASCII_WORD_CHARACTER.test(text[i]) ? 1 : 0;
}

/** Letters and digits, with single inner apostrophes, dots and hyphens between them. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    let step = wordCharacterAt(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    i += step;
    for (;;) {
      // ASCII letters and digits tested here, not by a call per character (most of the cost before the JIT).
      for (; i < text.length; i += step) {
        const code = text.charCodeAt(i);
        if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) step = 1;
        else if (code < 0x80 || (step = wordCharacterAt(text, i)) === 0) break;
      }
      const joiner = text.charCodeAt(i);
      if ((joiner === APOSTROPHE || joiner === CURLY_APOSTROPHE || joiner === DOT || joiner === HYPHEN) && i + 1 < text.length && (step = wordCharacterAt(text, i + 1)) > 0) i += 1 + step;
      else break;
    }
    const word = text.slice(start, i);
    const lower = word.toLowerCase();
    tokens.push({ text: word, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: i });
  }
  return tokens;
}

/** A phrase lexicon matched over token sequences: longest match wins at each position. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<[phrase: string, value: T]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, value });
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at token i, with the index after its last token. */
  matchAt(tokens: readonly Token[], i: number): { value: T; end: number } | undefined {
    if (i < 0 || i >= tokens.length) return undefined;
    const candidates = this.byFirst.get(tokens[i].lower);
    if (!candidates) return undefined;
    // Indexed: a for-of iterator is an allocation per call in unoptimised code, and this runs per word.
    outer: for (let n = 0; n < candidates.length; n++) {
      const c = candidates[n];
      if (i + c.words.length > tokens.length) continue;
      for (let k = 1; k < c.words.length; k++) if (tokens[i + k].lower !== c.words[k]) continue outer;
      return { value: c.value, end: i + c.words.length };
    }
    return undefined;
  }

  /** Every non-overlapping longest match, left to right. */
  findAll(tokens: readonly Token[]): { value: T; from: number; to: number }[] {
    const out: { value: T; from: number; to: number }[] = [];
    for (let i = 0; i < tokens.length; ) {
      // Most words start no phrase: passed with one lookup, without a call.
      const m = this.byFirst.has(tokens[i].lower) ? this.matchAt(tokens, i) : undefined;
      if (m) {
        out.push({ value: m.value, from: i, to: m.end });
        i = m.end;
      } else i++;
    }
    return out;
  }

  has(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** The words a phrase can start with. */
  firstWords(): string[] {
    return [...this.byFirst.keys()];
  }
}
