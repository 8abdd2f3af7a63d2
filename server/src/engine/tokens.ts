// A fast word tokenizer. Offsets are relative to the string tokenized.
// Words keep inner apostrophes, hyphens and dots ("wasn't", "step-by-step", "U.S", "7.4").

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    const lower = word.toLowerCase();
    tokens.push({ text: word, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: m.index, end: m.index + word.length });
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
    outer: for (const c of candidates) {
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
      const m = this.matchAt(tokens, i);
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
}
