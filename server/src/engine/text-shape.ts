// Tests of the shape of a word or of the text around words (digits, endings, contractions,
// capitals, clause breaks) by Sets, string methods and character codes. Each replaces a regex
// that gave the same answer: V8 compiles a regex at its first use and again at its second, a
// cost every cold run paid for each of dozens of small patterns (0.3 ms and more for a Unicode
// property class). Unicode classes stay as regexes, run only for text that is not ASCII
// (test/engine/text-shape.test.ts checks each test against its regex).

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const DOT = 0x2e;
const COMMA = 0x2c;
const APOSTROPHE = "'";

/** Whether `text` starts with an ASCII digit (/^\d/). */
export function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0); // NaN for '': false
  return code >= DIGIT_0 && code <= DIGIT_9;
}

/** Whether text[from, to) is one or more ASCII digits (/^\d+$/ on that part). */
export function isDigits(text: string, from = 0, to = text.length): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (!(code >= DIGIT_0 && code <= DIGIT_9)) return false; // past the end NaN: false. Compared here, not by a call per character
  }
  return true;
}

/** "2025", "8.5", "1,700": a digit, then digits, commas and dots (/^\d[\d,.]*$/). */
export function isFigure(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!(first >= DIGIT_0 && first <= DIGIT_9)) return false;
  for (let k = 1; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (!(code >= DIGIT_0 && code <= DIGIT_9) && code !== COMMA && code !== DOT) return false; // compared here, not by a call per character
  }
  return true;
}

/** "1983", "2025": a year from 1800 to 2099 in four digits (/^(1[89]\d\d|20\d\d)$/). */
export function isYear(word: string): boolean {
  return word.length === 4 && isDigits(word) && (word.startsWith('18') || word.startsWith('19') || word.startsWith('20'));
}

/** "815", "166.5": the digits after a thousands comma (/^\d{3}(\.\d+)?$/). */
export function isDigitGroup(word: string): boolean {
  if (!isDigits(word, 0, 3)) return false;
  return word.length === 3 || (word.charCodeAt(3) === DOT && isDigits(word, 4));
}

const ORDINAL_WORDS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
]);
const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];
const LARGE_ORDINAL_ENDINGS = ['teenth', 'tieth', 'hundredth', 'thousandth', 'millionth'];

/**
 * "first", "21st", "fifteenth", "ninetieth", "two-hundredth" no ('-' is no word character): an ordinal
 * of lower-case letters or digits, as /^(\d+(st|nd|rd|th)|first|…|twelfth|\w+(teenth|tieth|hundredth|thousandth|millionth))$/.
 */
export function isOrdinal(word: string): boolean {
  if (ORDINAL_WORDS.has(word)) return true;
  if (endsWithAny(word, ORDINAL_SUFFIXES, 1) && isDigits(word, 0, word.length - 2)) return true; // "21st", "3rd"
  for (let n = 0; n < LARGE_ORDINAL_ENDINGS.length; n++) {
    const ending = LARGE_ORDINAL_ENDINGS[n];
    if (word.length > ending.length && word.endsWith(ending) && asciiWordEnd(word, 0) >= word.length - ending.length) return true;
  }
  return false;
}

/** Where the run of ASCII letters, digits and underscores (what \w matches) that starts at `from` ends. */
export function asciiWordEnd(text: string, from: number): number {
  let k = from;
  for (; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (!((code >= DIGIT_0 && code <= DIGIT_9) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f)) break;
  }
  return k;
}

/** Whether `word` ends with one of `endings` after at least `minStem` characters (/.{minStem}(a|b|c)$/). */
export function endsWithAny(word: string, endings: readonly string[], minStem = 0): boolean {
  for (let n = 0; n < endings.length; n++) {
    const ending = endings[n];
    if (word.length >= ending.length + minStem && word.endsWith(ending)) return true;
  }
  return false;
}

/** `word` without `ending`, or with `replacement` instead (word.replace(/ending$/, replacement)). */
export function replaceEnding(word: string, ending: string, replacement = ''): string {
  return word.endsWith(ending) ? word.slice(0, word.length - ending.length) + replacement : word;
}

const CONTRACTED_ENDINGS = new Set(['ve', 's', 'd', 're', 'm', 'll']);

/**
 * "we've" → "we", "it's" → "it": the word a contraction ('ve, 's, 'd, 're, 'm, 'll after a straight
 * apostrophe) is joined to, or undefined (/^(\w+)'(ve|s|d|re|m|ll)$/ and its first group).
 */
export function uncontracted(word: string): string | undefined {
  const apostrophe = word.indexOf(APOSTROPHE); // \w holds no apostrophe: the first one is the one
  if (apostrophe < 1 || !CONTRACTED_ENDINGS.has(word.slice(apostrophe + 1)) || asciiWordEnd(word, 0) !== apostrophe) return undefined;
  return word.slice(0, apostrophe);
}

/**
 * A regex made on first use. A module-level regex is parsed as the module loads, and one with a
 * Unicode property class (\p{…}) costs every start ~0.1–0.3 ms, even where only text beyond ASCII
 * or Latin ever reaches it.
 */
export function madeOnFirstUse(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}

const CAPITAL = madeOnFirstUse(() => /^\p{Lu}/u);
const LOWER_CASE = madeOnFirstUse(() => /^\p{Ll}/u);
const ACRONYM = madeOnFirstUse(() => /^\p{Lu}[\p{Lu}\d.&-]+$/u);

/** Whether `text` starts with a capital letter (/^\p{Lu}/u); ASCII is decided without the regex. */
export function startsWithCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return CAPITAL().test(text); // also '' (NaN): false
}

/** The lower-case letter `text` starts with (one UTF-16 unit, or a surrogate pair), or undefined (/^\p{Ll}/u). */
export function leadingLowerCaseLetter(text: string): string | undefined {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a ? text[0] : undefined;
  return LOWER_CASE().exec(text)?.[0]; // also '' (NaN): undefined
}

/** "IMF", "U.S", "G7": a capital, then one or more capitals, digits, dots, '&' or '-' (/^\p{Lu}[\p{Lu}\d.&-]+$/u). */
export function isAcronym(word: string): boolean {
  if (word.length < 2) return false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 0x80) return ACRONYM().test(word); // a character of another script: the Unicode pattern decides
    const capital = code >= 0x41 && code <= 0x5a;
    // An ASCII character outside the class fails the pattern whatever follows.
    if (
      k === 0
        ? !capital
        : !((capital || (code >= DIGIT_0 && code <= DIGIT_9) || code === DOT || code === 0x26 /* & */ || code === 0x2d) /* - */)
    )
      return false;
  }
  return true;
}

const LETTER_OR_DIGIT = madeOnFirstUse(() => /[\p{L}\p{N}]/u);
const INITIALS = madeOnFirstUse(() => /^\p{Lu}(?:\.\p{L})*$/u);
const LOWER_CASE_INITIALS = madeOnFirstUse(() => /^\p{Ll}(?:\.\p{Ll})+$/u);

/** Whether `text` holds a letter or a digit of any script: ASCII read first, as nearly every sentence starts with one. */
export function holdsLetterOrDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return true;
  }
  return LETTER_OR_DIGIT().test(text);
}

/**
 * "J", "U.S", "a.m": letters joined by dots, a capital first (/^\p{Lu}(?:\.\p{L})*$/u) or all lower case with
 * at least one dot (/^\p{Ll}(?:\.\p{Ll})+$/u). ASCII is read by character codes; other scripts by the patterns.
 */
export function isInitials(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 0x80) return INITIALS().test(word) || LOWER_CASE_INITIALS().test(word);
  if (word.length % 2 === 0) return false; // a letter, then pairs of a dot and a letter
  const first = word.charCodeAt(0);
  const capitalFirst = first >= 0x41 && first <= 0x5a;
  for (let k = 0; k < word.length; k += 2) {
    if (k > 0 && word.charCodeAt(k - 1) !== DOT) return false;
    const code = word.charCodeAt(k);
    const lowerCase = code >= 0x61 && code <= 0x7a;
    if (!(lowerCase || (capitalFirst && code >= 0x41 && code <= 0x5a))) return false;
  }
  return capitalFirst || word.length >= 3;
}

const WHITESPACE = /\s/;

/** Whether `ch` (one character) is whitespace as /\s/ sees it; ASCII is decided without the regex. */
export function isWhitespace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(ch);
}

/** Whether `text` holds whitespace anywhere (/\s/): one native scan. */
export function holdsWhitespace(text: string): boolean {
  return WHITESPACE.test(text);
}

const ANY_DIGIT = /\d/;

/** Whether `text` holds an ASCII digit anywhere (/\d/): one native scan. */
export function holdsDigit(text: string): boolean {
  return ANY_DIGIT.test(text);
}

/** Marks that break a clause on their own: comma, semicolon, colon, brackets, en and em dash. */
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '\u2013', '\u2014']);

/** Whether a gap between words breaks the clause: a clause mark, "--", or a hyphen between spaces (as /[,;:()\u2013\u2014]|--|\s-\s/). */
export function holdsClauseBreak(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) {
    const ch = gap[k];
    if (CLAUSE_MARKS.has(ch)) return true;
    if (ch === '-' && (gap[k + 1] === '-' || (k > 0 && k + 1 < gap.length && isWhitespace(gap[k - 1]) && isWhitespace(gap[k + 1]))))
      return true;
  }
  return false;
}

/** After a question mark that ends a sentence: closing quotes and brackets. */
const QUESTION_CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/** Whether the text ends with a question mark, then only spaces, closing quotes and brackets (as /\?\s*["'”’)\]]*\s*$/). */
export function endsWithQuestionMark(text: string): boolean {
  let k = text.length;
  while (k > 0 && isWhitespace(text[k - 1])) k--;
  while (k > 0 && QUESTION_CLOSERS.has(text[k - 1])) k--;
  while (k > 0 && isWhitespace(text[k - 1])) k--;
  return text[k - 1] === '?';
}

/**
 * Whether a whole word of `text` (a run of ASCII letters, digits and '_', as \b reads words without the u flag),
 * lower-cased, is one of `words`: /\b(show|shows|found)\b/i as a Set of lower-case words.
 */
export function holdsAsciiWordOf(text: string, words: ReadonlySet<string>): boolean {
  for (let k = 0; k < text.length; ) {
    const end = asciiWordEnd(text, k);
    if (end === k) {
      k++; // no word character
      continue;
    }
    if (words.has(text.slice(k, end).toLowerCase())) return true;
    k = end;
  }
  return false;
}

/** Inline TeX math with a command, a subscript or a superscript: "$\\epsilon_{it}$", "$c + t_x/2$", "$x^2$" (not "$5 and $6"). */
const TEX_MATH = /\$[^$\n]*[\\_^][^$\n]*\$/;

/** Whether the text holds inline TeX math (see TEX_MATH): a term or a step of the writer's own model. */
export function holdsTexMath(text: string): boolean {
  return text.includes('$') && TEX_MATH.test(text);
}

/** A quotation mark that can open a quote: ' " ‘ “. */
function isOpeningQuote(code: number): boolean {
  return code === 0x27 || code === 0x22 || code === 0x2018 || code === 0x201c;
}

/** Whether the gap ends, spaces aside, in an opening quotation mark. */
export function endsWithOpeningQuote(gap: string): boolean {
  const text = gap.trimEnd();
  return isOpeningQuote(text.charCodeAt(text.length - 1));
}

/** Whether the gap starts, spaces aside, with an opening quotation mark. */
export function startsWithOpeningQuote(gap: string): boolean {
  return isOpeningQuote(gap.trimStart().charCodeAt(0));
}

/** Whether the gap starts, spaces aside, with a closing quotation mark: ' " ’ ”. */
export function startsWithClosingQuote(gap: string): boolean {
  const code = gap.trimStart().charCodeAt(0);
  return code === 0x27 || code === 0x22 || code === 0x2019 || code === 0x201d;
}
