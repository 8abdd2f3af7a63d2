// Sentences that are not the writer's English prose: someone else's words (mostly a quotation, or a
// quotation that runs over several sentences) and passages in another language. The rules are for the
// writer's own English prose: these get no finding.
import type { Span } from '../types';
import { isLetterOrDigit } from './buffer';
import { madeOnFirstUse } from '../text-shape';
import { BEYOND_LATIN, LATIN_LETTER, LATIN_LETTER_OR_DIGIT } from '../tokens';

export const OPENING_QUOTES: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"', '`': "'" };

/**
 * The quotations of a sentence ("…", “…”, «…», ``…''), as the spans of their inner text. Quotes
 * are paired left to right; a straight quote opens only at a word's start; an unclosed quote runs
 * to the end of the sentence.
 */
export function quotations(text: string): Span[] {
  const spans: Span[] = [];
  let closer = '';
  let open = -1;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (closer !== '') {
      if (ch === closer && (closer !== "'" || text[k - 1] === "'")) {
        spans.push({ start: open, end: closer === "'" ? k - 1 : k });
        closer = '';
      }
      continue;
    }
    const close = OPENING_QUOTES[ch];
    if (close !== undefined && (ch !== '"' || k === 0 || !isLetterOrDigit(text[k - 1])) && (ch !== '`' || text[k + 1] === '`')) {
      closer = close;
      if (ch === '`') k++;
      open = k + 1;
    }
  }
  if (closer !== '') spans.push({ start: open, end: text.length });
  return spans;
}

/** Whether most of the sentence's letters stand inside quotation marks: the writer reports someone else's words. */
export function isMostlyQuotation(text: string): boolean {
  if (!hasQuote(text)) return false;
  const letters = lettersAndDigits(text, 0, text.length);
  let quoted = 0;
  for (const span of quotations(text)) quoted += lettersAndDigits(text, span.start, span.end);
  return letters >= 12 && quoted * 2 > letters;
}

/**
 * "“There is a landing zone,” one EU diplomat said, speaking on condition of anonymity.": a sentence that opens with
 * someone's quoted words and goes on only to say who said them reports them, however long the attribution.
 */
export function opensWithAttributedQuote(text: string): boolean {
  const spans = hasQuote(text) ? quotations(text) : [];
  if (spans.length === 0 || spans[0].start > 1) return false;
  const after = text.slice(spans[0].end).replace(/^["”’']/, '');
  // the words closing the quotation end in a comma; a saying verb comes within the next few words
  return (
    /^["”’']?,/.test(text.slice(spans[0].end - 1)) &&
    /^,?\s*(?:[\p{L}.'’-]+\s+){0,6}(said|says|told|added|wrote|argued|warned|noted|explained|insisted|replied|asked)\b/u.test(after)
  );
}

/** Runs of Latin letters and digits (see LATIN_LETTER_OR_DIGIT). */
const LATIN_LETTERS_OR_DIGITS = new RegExp(`[${LATIN_LETTER_OR_DIGIT}]+`, 'g');

/**
 * How many UTF-16 units of text[start, end) are letters or digits (isLetterOrDigit). A Latin text is
 * counted natively, by what a replace of its letters and digits leaves; others one unit at a time.
 */
function lettersAndDigits(text: string, start: number, end: number): number {
  const part = text.slice(start, end);
  if (!BEYOND_LATIN.test(part)) return part.length - part.replace(LATIN_LETTERS_OR_DIGITS, '').length;
  let n = 0;
  for (let k = 0; k < part.length; k++) if (isLetterOrDigit(part[k])) n++;
  return n;
}

/** The closing mark of a quotation the text opens and leaves open ("She wrote: “The filter fails. …"), or ''. */
export function quotationLeftOpen(text: string): string {
  let closer = '';
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (closer !== '') {
      if (ch === closer && closer !== "'") closer = '';
      continue;
    }
    const close = OPENING_QUOTES[ch];
    if (
      close !== undefined &&
      ch !== '`' &&
      (ch !== '"' || k === 0 || !isLetterOrDigit(text[k - 1])) &&
      !(ch === '"' && k === text.length - 1)
    )
      closer = close;
  }
  return closer;
}

/** Whether the text holds a character that can open a quotation: most sentences hold none, and skip the scans. */
export function hasQuote(text: string): boolean {
  return text.includes('"') || text.includes('“') || text.includes('«') || text.includes('„') || text.includes('``');
}

/** Frequent English function words: a sentence of six or more words without one is not English. */
export const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'is',
  'that',
  'for',
  'on',
  'with',
  'as',
  'by',
  'are',
  'be',
  'this',
  'it',
  'from',
  'or',
  'an',
  'was',
  'we',
  'not',
  'have',
  'has',
  'at',
  'which',
  'will',
  'their',
  'its',
  'can',
  'our',
  'they',
  'these',
  'been',
  'were',
  'would',
  'more',
  'than',
  'but',
  'all',
]);
/** Frequent function words of other languages written in Latin letters (Romance, Germanic, Slavic): a second sign of another language. */
export const OTHER_FUNCTION_WORDS = new Set([
  'de',
  'la',
  'le',
  'les',
  'des',
  'du',
  'et',
  'est',
  'une',
  'un',
  'que',
  'qui',
  'pour',
  'dans',
  'pas',
  'el',
  'los',
  'las',
  'del',
  'por',
  'para',
  'con',
  'una',
  'es',
  'y',
  'em',
  'não',
  'nao',
  'da',
  'do',
  'dos',
  'das',
  'com',
  'uma',
  'os',
  'e',
  'der',
  'die',
  'das',
  'und',
  'ist',
  'nicht',
  'mit',
  'von',
  'zu',
  'den',
  'het',
  'een',
  'van',
  'il',
  'di',
  'che',
  'per',
  'gli',
  'och',
  'att',
  'och',
  'na',
  'się',
  'nie',
  'je',
  'w',
  'z',
]);
export const LETTER_WORD = madeOnFirstUse(() => /[\p{L}\p{M}'’]+/gu);

/** LETTER_WORD for a text without a character BEYOND_LATIN: the same words, without compiling Unicode classes. */
const LATIN_LETTER_WORD = new RegExp(`[${LATIN_LETTER}'’]+`, 'g');

/**
 * Whether the sentence is written in another language than English: most of its letters are in
 * another script (Arabic, Cyrillic, Chinese, …), or its words hold no English function word and
 * at least two of another language's.
 */
export function isForeignLanguage(text: string): boolean {
  // Only a character BEYOND_LATIN can be a letter of another script: without one the count is not needed.
  if (BEYOND_LATIN.test(text)) {
    let latin = 0;
    let other = 0;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      if (code < 0x80) {
        if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) latin++;
      } else if (code < 0x250)
        latin++; // Latin-1 and Latin Extended letters (and a few signs)
      else if (isLetterOrDigit(text[k])) other++;
    }
    if (other > latin) return true;
  }
  // English prose holds one of these almost always: most sentences end the test here.
  const lower = text.toLowerCase();
  if (lower.includes(' the ') || lower.includes(' of ') || lower.includes(' and ') || lower.includes(' to ')) return false;
  let english = 0;
  let foreign = 0;
  let words = 0;
  const letterWord = BEYOND_LATIN.test(lower) ? LETTER_WORD() : LATIN_LETTER_WORD;
  letterWord.lastIndex = 0;
  for (let m = letterWord.exec(lower); m; m = letterWord.exec(lower)) {
    const w = m[0];
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(w)) english++;
    else if (OTHER_FUNCTION_WORDS.has(w)) foreign++;
  }
  return words >= 6 && foreign >= 2 && english * 4 <= foreign;
}
