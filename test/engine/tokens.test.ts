// The tokenizer is one regex scan; it must give exactly the tokens of the character loop it
// replaced (kept below as the reference), whatever the script, joiners or surrogates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BEYOND_LATIN, LATIN_LETTER, LATIN_LETTER_OR_DIGIT, tokenize, type Token } from '../../server/src/engine/tokens';
import { Random } from '../robustness/fuzz';

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

/** The character loop the regex replaced (as it was in tokens.ts): letters and digits, with single inner ' ’ . - between them. */
function referenceTokenize(text: string): Token[] {
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
      if (
        (joiner === APOSTROPHE || joiner === CURLY_APOSTROPHE || joiner === DOT || joiner === HYPHEN) &&
        i + 1 < text.length &&
        (step = wordCharacterAt(text, i + 1)) > 0
      )
        i += 1 + step;
      else break;
    }
    const word = text.slice(start, i);
    const lower = word.toLowerCase();
    tokens.push({ text: word, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: i });
  }
  return tokens;
}

/** ASCII, joiners, spaces, punctuation, accented and other-script letters and digits, CJK, surrogates (paired, lone, emoji), combining marks. */
const POOL = [
  'a',
  'Z',
  'q',
  '0',
  '9',
  "'",
  '’',
  '.',
  '-',
  '--',
  "''",
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  ',',
  ';',
  '!',
  '?',
  '(',
  ')',
  '"',
  '“',
  '%',
  '_',
  '/',
  '@',
  'é',
  'ß',
  'İ',
  'Σ',
  'ς',
  'ǅ',
  'Ж',
  'ø',
  'ñ',
  'ª',
  '²',
  '½',
  'Ⅻ',
  '٣',
  '४',
  '๓',
  '中',
  '文',
  'の',
  '한',
  'ー',
  '𝐀',
  '𝟙',
  '𠀋',
  '😀',
  '👍🏽',
  '\ud800',
  '\udc00',
  '\udbff',
  '\u0301',
  '\u0308',
  '\u200d',
  '\ufe0f',
  '\u2019s',
  'x.y',
  "wasn't",
  'U.S.',
  '7.4%',
  'step-by-step',
  'e\u0301',
  'ΟΔΟΣ',
];

function randomText(random: Random): string {
  let text = '';
  for (let n = 1 + random.int(16); n > 0; n--) text += random.pick(POOL);
  return text;
}

describe('tokenize', () => {
  it('gives the reference tokens on random text of every kind of character', () => {
    const random = new Random(20240611);
    for (let round = 0; round < 50_000; round++) {
      const text = randomText(random);
      assert.deepEqual(tokenize(text), referenceTokenize(text), JSON.stringify(text));
    }
  });

  it('reads a text with Latin classes only where they are the Unicode ones', () => {
    // The premise of LATIN_WORD (and of isForeignLanguage's Latin pattern): on every UTF-16 unit that
    // BEYOND_LATIN lets through, the Latin classes answer as the Unicode ones, and no surrogate gets through.
    const letterOrDigit = new RegExp(`[${LATIN_LETTER_OR_DIGIT}]`);
    const letter = new RegExp(`[${LATIN_LETTER}]`);
    let through = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (BEYOND_LATIN.test(ch)) continue;
      through++;
      assert.equal(letterOrDigit.test(ch), /[\p{L}\p{N}]/u.test(ch), `U+${code.toString(16)}`);
      assert.equal(letter.test(ch), /[\p{L}\p{M}]/u.test(ch), `U+${code.toString(16)}`);
      assert.ok(code < 0xd800 || code > 0xdfff, `U+${code.toString(16)}`);
    }
    assert.equal(through, 0x250 + 0x70 + 1);
    const latin = 'Rents rose 7.4% in 2023 \u2014 “it wasn’t the U.S. plan”, said Müller’s step-by-step £5 note on ½ the Þing \u00a0…';
    assert.equal(BEYOND_LATIN.test(latin), false);
    assert.deepEqual(tokenize(latin), referenceTokenize(latin));
  });

  it('keeps inner joiners and splits at everything else', () => {
    assert.deepEqual(
      tokenize("It wasn’t the U.S. plan: 7.4% step-by-step -- a'b '𝐀x 😀 e\u0301").map((t) => [t.text, t.lower, t.start, t.end]),
      [
        ['It', 'it', 0, 2],
        ['wasn’t', "wasn't", 3, 9],
        ['the', 'the', 10, 13],
        ['U.S', 'u.s', 14, 17],
        ['plan', 'plan', 19, 23],
        ['7.4', '7.4', 25, 28],
        ['step-by-step', 'step-by-step', 30, 42],
        ["a'b", "a'b", 46, 49],
        ['𝐀x', '𝐀x', 51, 54],
        ['e', 'e', 58, 59],
      ],
    );
  });
});
