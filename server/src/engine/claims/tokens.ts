// Claims: small tests on tokens: numerals, contractions, adverbs, quotation openers.
import { type SentenceContext } from '../context';
import { isDigitGroup, isFigure, isOrdinal, startsWithDigit } from '../text-shape';
import { FRACTION, NOUN_TAG_PARTS, NUMBER_WORDS, QUOTATION_OPENERS, timeUnits } from './words';

/** "it's", "they're" before "up" or a rank: a contracted "is" or "are". */
export function isContractedIsOrAre(w: string): boolean {
  return w.endsWith("'s") || w.endsWith("'re");
}

/** "they'll", "it’d": a contracted "will" or "would" after a word. */
export function isContractedWillOrWould(w: string): boolean {
  return (w.length >= 4 && (w.endsWith("'ll") || w.endsWith('’ll'))) || (w.length >= 3 && (w.endsWith("'d") || w.endsWith('’d')));
}

/** "in '83": the gap before a year's two digits ends with an apostrophe. */

/** Whether the text between two words holds a colon or an opening quotation mark. */
export function holdsQuotationOpener(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) if (QUOTATION_OPENERS.has(gap[k])) return true;
  return false;
}

/** A lexicon tag of a noun or a name (see NOUN_TAG_PARTS). */
export function isNounTag(tag: string): boolean {
  for (let k = 0; k < NOUN_TAG_PARTS.length; k++) if (tag.includes(NOUN_TAG_PARTS[k])) return true;
  return false;
}

/** "1,700": the tokenizer splits digit groups at the comma. */
export function isThousands(ctx: SentenceContext, k: number): boolean {
  return ctx.gapBefore(k) === ',' && startsWithDigit(ctx.word(k - 1)) && isDigitGroup(ctx.word(k));
}

/** An "-ly" word read as an adverb: the lexicon says so, or does not know it and no determiner makes it a noun ("the assembly", "a monopoly"). */
export function isLyAdverb(ctx: SentenceContext, k: number): boolean {
  if (!ctx.word(k).endsWith('ly')) return false;
  const tag = ctx.lexTag(k);
  return tag === 'Adverb' || (tag === undefined && !ctx.isDeterminer(k - 1));
}

export function isNumeral(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  const first = w.charCodeAt(0);
  if (first >= 48 && first <= 57) return isFigure(w);
  // "one" alone is a pronoun more often than a count ("one of the things").
  if (w === 'one') return ctx.word(k + 1) === 'in' || isNumberWord(ctx.word(k + 1));
  if (isNumberWord(w)) return true;
  // "twenty-five", "one-third"
  if (w.includes('-'))
    return w
      .split('-')
      .every((part, j, parts) => isNumberWord(part) || (j === 1 && parts[0] === 'one' && (isOrdinal(part) || part === 'quarter')));
  // "a third of", "one fifth of": a fraction, not a rank
  return ctx.word(k + 1) === 'of' && (ctx.word(k - 1) === 'a' || ctx.word(k - 1) === 'one') && (isOrdinal(w) || w === 'quarter');
}

export function isNumberWord(w: string): boolean {
  return FRACTION.has(w) || (NUMBER_WORDS.has(w) && !isOrdinal(w) && !timeUnits.has(w)); // "seconds" is tagged as a fraction
}
