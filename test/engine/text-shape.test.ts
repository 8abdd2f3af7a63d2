// Each test of text-shape.ts replaced a regex: it must give the regex's answer on any word, of any
// script, case or joiners (the regexes are kept here as the reference).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  asciiWordEnd,
  endsWithAny,
  endsWithQuestionMark,
  holdsAsciiWordOf,
  holdsClauseBreak,
  holdsLetterOrDigit,
  isAcronym,
  isDigitGroup,
  isDigits,
  isFigure,
  isInitials,
  isOrdinal,
  isWhitespace,
  isYear,
  leadingLowerCaseLetter,
  replaceEnding,
  startsWithCapital,
  startsWithDigit,
  uncontracted,
} from '../../server/src/engine/text-shape';
import { Random } from '../robustness/fuzz';

/** Pieces of words: digits, letters of both cases and other scripts, joiners, the endings the tests look for. */
const POOL = [
  '0',
  '1',
  '2',
  '8',
  '9',
  '18',
  '19',
  '20',
  '21',
  'a',
  'e',
  'i',
  'd',
  's',
  'z',
  'A',
  'I',
  'U',
  'Z',
  '_',
  "'",
  '’',
  '.',
  ',',
  '-',
  '&',
  ' ',
  '\t',
  '\u00a0',
  '\u1680',
  '\u3000',
  'é',
  'É',
  'ß',
  'İ',
  'ǅ',
  'Σ',
  'ς',
  'Ж',
  'ж',
  '²',
  '٣',
  '𝐀',
  '𝐚',
  '😀',
  '\ud800',
  '\u212a',
  'The',
  'Th',
  'An',
  'Shows',
  'find',
  'FOUND',
  ':',
  ';',
  '(',
  ')',
  '\u2013',
  '\u2014',
  '?',
  '"',
  '”',
  ']',
  '\n',
  '\u2028',
  '.',
  'a.',
  'B.',
  'é.',
  '𝐀.',
  'st',
  'nd',
  'rd',
  'th',
  'teenth',
  'tieth',
  'hundredth',
  'thousandth',
  'millionth',
  'first',
  'twelfth',
  'fifth',
  've',
  'll',
  're',
  'm',
  'we',
  'it',
  'ed',
  'ing',
  'ies',
  'ly',
  'able',
  'tion',
  '-based',
  '-led',
  'wn',
  'en',
];

function randomWord(random: Random): string {
  let word = '';
  for (let n = random.int(6); n > 0; n--) word += random.pick(POOL);
  return word;
}

function words(): string[] {
  const random = new Random(20260301);
  const out = [
    '',
    '2025',
    '1799',
    '1800',
    '2099',
    '2100',
    '815',
    '815.5',
    '815.',
    '1,700',
    '21st',
    '3rd',
    'first',
    'fifteenth',
    'hundredth',
    'xhundredth',
    "we've",
    "it's",
    "I'm",
    'we’ll',
    "a'b'c",
    'IMF',
    'U.S',
    'G7',
    'AT&T',
    'Ünited',
    'ÜN',
    'I',
    'i',
    ' - ',
    'a - b',
    '-',
    ' -',
    '- ',
    '\u00a0-\u3000',
    '\u1680-\t',
    ' -- ',
    'a-b',
    '?',
    'Why? ',
    'Why?” )',
    "why?' ” ",
    'why?\u2028',
    'what?x',
    '? ?',
    'Studies show',
    'FOUND_it',
    'findings',
  ];
  for (let round = 0; round < 100_000; round++) out.push(randomWord(random));
  return out;
}

const ENDINGS = ['able', 'ible', 'al', 'ive', 'ous', 'ful', 'less', 'ic', 'ent', 'ant', 'ly', 'ed', 'ing', 'est', 'ary'];
const CONTRACTION = /^(\w+)'(ve|s|d|re|m|ll)$/;
const SHOWING = new Set(['show', 'shows', 'showed', 'shown', 'found', 'find', 'finds']);
const COMMON_OPENERS = new Set(['The', 'This', 'These', 'Those', 'It', 'There', 'Its', 'Their', 'His', 'Her', 'A', 'An']);

describe('word shapes', () => {
  it('answer as the regexes they replaced', () => {
    for (const w of words()) {
      const at = JSON.stringify(w);
      assert.equal(startsWithDigit(w), /^\d/.test(w), at);
      assert.equal(isDigits(w), /^\d+$/.test(w), at);
      assert.equal(isDigits(w, 1, 3), /^\d\d$/.test(w.slice(1, 3)), at);
      assert.equal(isFigure(w), /^\d[\d,.]*$/.test(w), at);
      assert.equal(isYear(w), /^(1[89]\d\d|20\d\d)$/.test(w), at);
      assert.equal(isDigitGroup(w), /^\d{3}(\.\d+)?$/.test(w), at);
      assert.equal(
        isOrdinal(w),
        /^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+(teenth|tieth|hundredth|thousandth|millionth))$/.test(
          w,
        ),
        at,
      );
      // Words hold no line break, which '.' would not match.
      if (!/[\n\r\u2028\u2029]/.test(w))
        assert.equal(endsWithAny(w, ENDINGS, 2), /..(able|ible|al|ive|ous|ful|less|ic|ent|ant|ly|ed|ing|est|ary)$/.test(w), at);
      assert.equal(endsWithAny(w, ['ly', 'ed', 'ing']), /(ly|ed|ing)$/.test(w), at);
      assert.equal(endsWithAny(w, ['-based', '-led', '-backed']), /-based$|-led$|-backed$/.test(w), at);
      assert.equal(replaceEnding(w, 'ing', 'e'), w.replace(/ing$/, 'e'), at);
      assert.equal(replaceEnding(w, 's'), w.replace(/s$/, ''), at);
      assert.equal(uncontracted(w), CONTRACTION.exec(w)?.[1], at);
      assert.equal(startsWithCapital(w), /^\p{Lu}/u.test(w), at);
      assert.equal(leadingLowerCaseLetter(w), /^\p{Ll}/u.exec(w)?.[0], at);
      assert.equal(isAcronym(w), /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(w), at);
      if (w.length > 0) assert.equal(isWhitespace(w[0]), /\s/.test(w[0]), at);
      assert.equal(
        COMMON_OPENERS.has(w.slice(0, asciiWordEnd(w, 0))),
        /^(The|This|These|Those|It|There|Its|Their|His|Her|A|An)\b/.test(w),
        at,
      );
      assert.equal(holdsLetterOrDigit(w), /[\p{L}\p{N}]/u.test(w), at);
      assert.equal(holdsClauseBreak(w), /[,;:()\u2013\u2014]|--|\s-\s/.test(w), at);
      assert.equal(endsWithQuestionMark(w), /\?\s*["'”’)\]]*\s*$/.test(w), at);
      assert.equal(holdsAsciiWordOf(w, SHOWING), /\b(show|shows|showed|shown|found|find|finds)\b/i.test(w), at);
      assert.equal(isInitials(w), /^\p{Lu}(?:\.\p{L})*$/u.test(w) || /^\p{Ll}(?:\.\p{Ll})+$/u.test(w), at);
    }
  });

  it('read digits, ordinals, contractions and acronyms', () => {
    assert.deepEqual(['1983', '2025', '1799', '983'].map(isYear), [true, true, false, false]);
    assert.deepEqual(['21st', 'fifth', 'seventeenth', 'ninetieth', 'two-hundredth', 'st'].map(isOrdinal), [
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    assert.deepEqual(["we've", "it's", 'we’ve', "don't"].map(uncontracted), ['we', 'it', undefined, undefined]);
    assert.deepEqual(['IMF', 'U.S', 'Imf', 'I', 'ÜN'].map(isAcronym), [true, true, false, false, true]);
    assert.deepEqual(['J', 'U.S', 'a.m', 'e', 'Dr', 'U.S.', 'É.U', '𝐀.b'].map(isInitials), [
      true,
      true,
      true,
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('startsWithDigit answers as /^\\d/ for every first character up to U+3000', () => {
    for (const word of ['', '0', '9', '300', '2019', '1,700', '7.4%', 'a1', ' 1', '/', ':', '\u0660', '\uff11', '²', 'may', 'G20', '-1']) {
      assert.equal(startsWithDigit(word), /^\d/.test(word), JSON.stringify(word));
    }
    for (let code = 0; code < 0x3000; code++) {
      const word = String.fromCharCode(code) + 'x';
      assert.equal(startsWithDigit(word), /^\d/.test(word), `U+${code.toString(16)}`);
    }
  });
});
