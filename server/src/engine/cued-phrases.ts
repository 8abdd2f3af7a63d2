// PhraseMatcher.findAll, reading the context's cue masks instead of a Map lookup per word.
import type { SentenceContext } from './context';
import type { PhraseMatcher } from './tokens';

/**
 * Every non-overlapping longest match of `matcher` in the sentence, left to right: the same as
 * matcher.findAll(ctx.tokens), given `bit` registered (cueBit) with at least matcher.firstWords().
 * A word without the bit starts no phrase, and is passed with one array read (findAll asks the
 * matcher's Map about every word, a call per word before the JIT).
 */
export function findCuedPhrases<T>(matcher: PhraseMatcher<T>, ctx: SentenceContext, bit: number): { value: T; from: number; to: number }[] {
  const out: { value: T; from: number; to: number }[] = [];
  const tokens = ctx.tokens;
  const cueMasks = ctx.cueMasks;
  for (let i = 0; i < tokens.length; ) {
    const m = (cueMasks[i] & bit) !== 0 ? matcher.matchAt(tokens, i) : undefined;
    if (m) {
      out.push({ value: m.value, from: i, to: m.end });
      i = m.end;
    } else i++;
  }
  return out;
}
