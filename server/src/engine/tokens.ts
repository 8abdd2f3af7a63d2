// A fast word tokenizer. Offsets are relative to the string tokenized.
// Words keep inner apostrophes, hyphens and dots ("wasn't", "step-by-step", "U.S", "7.4").
import { holdsWhitespace, madeOnFirstUse } from './text-shape';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * A word: letters and digits, with single inner joiners between them — apostrophes, dots
 * and hyphens ("wasn't", "wasn’t", "U.S", "7.4", "step-by-step"). One native regex scan: a
 * loop over the characters in the interpreter cost several times more on a cold run. The
 * `u` flag reads a surrogate pair as one character; a lone surrogate is never a letter.
 */
const WORD = madeOnFirstUse(() => /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu);

/**
 * The letters, and the letters and digits, up to U+024F (ASCII, Latin-1, Latin Extended-A and -B) as
 * the Unicode classes /[\p{L}\p{M}]/u and /[\p{L}\p{N}]/u read them there (a test checks every code).
 */
export const LATIN_LETTER = 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
export const LATIN_LETTER_OR_DIGIT = `0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be${LATIN_LETTER}`;

/** WORD for a text without a character BEYOND_LATIN: the same words. */
const LATIN_WORD = new RegExp(`[${LATIN_LETTER_OR_DIGIT}]+(?:['’.\\-][${LATIN_LETTER_OR_DIGIT}]+)*`, 'g');

/**
 * A character past Latin Extended-B (U+024F) that may be a letter, a digit or a mark: anything but the
 * punctuation block (U+2000–U+206F: curly quotes, dashes, spaces) and the euro sign, none of them one.
 * In a text without one, the Latin classes read the same words as the Unicode ones: a cold run then
 * compiles no Unicode class (~1.5 ms for WORD alone).
 */
export const BEYOND_LATIN = /[^\x00-\u024f\u2000-\u206f\u20ac]/;

/** The pattern that reads the words of `text`: WORD, or LATIN_WORD where it reads the same. */
function wordPattern(text: string): RegExp {
  return BEYOND_LATIN.test(text) ? WORD() : LATIN_WORD;
}

/** Letters and digits, with single inner apostrophes, dots and hyphens between them. */
/** How many words tokenize finds in `text`, without building the tokens (the summary's word count). */
export function countTokens(text: string): number {
  let n = 0;
  const pattern = wordPattern(text);
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Looked for once per text, not per word: most texts have no curly apostrophe.
  const curly = text.includes('’');
  const pattern = wordPattern(text);
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    const word = found[0];
    const start = found.index;
    const lower = word.toLowerCase();
    tokens.push({ text: word, lower: curly && lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: start + word.length });
  }
  return tokens;
}

/** A phrase lexicon matched over token sequences: longest match wins at each position. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<[phrase: string, value: T]>) {
    // Built at module load for every word list, in the interpreter: no destructuring of each entry
    // (the iterator protocol per entry), no split for a phrase of one word, no sort for a first word
    // that starts one phrase.
    // Indexed over an array (every caller passes one): for-of makes an iterator result per entry in the interpreter.
    const all = Array.isArray(entries) ? (entries as [string, T][]) : [...entries];
    for (let n = 0; n < all.length; n++) {
      const entry = all[n];
      const lower = entry[0].toLowerCase();
      const words = holdsWhitespace(lower) ? lower.split(/\s+/).filter(Boolean) : lower === '' ? [] : [lower];
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]);
      if (list) list.push({ words, value: entry[1] });
      else this.byFirst.set(words[0], [{ words, value: entry[1] }]);
    }
    for (const list of this.byFirst.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
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
