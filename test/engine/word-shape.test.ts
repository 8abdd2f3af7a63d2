// startsWithDigit (rules/word-shape.ts) must answer what /^\d/ answers, the regex it replaced.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startsWithDigit } from '../../server/src/engine/rules/word-shape';

test('startsWithDigit answers what /^\\d/ answers', () => {
  const words = ['', '0', '9', '300', '2019', '1,700', '7.4%', 'a1', ' 1', '/', ':', '\u0660', '\uff11', '²', 'may', 'G20', '-1'];
  for (const word of words) assert.equal(startsWithDigit(word), /^\d/.test(word), JSON.stringify(word));
  for (let code = 0; code < 0x3000; code++) {
    const word = String.fromCharCode(code) + 'x';
    assert.equal(startsWithDigit(word), /^\d/.test(word), `U+${code.toString(16)}`);
  }
});
