// ProseBuffer blanks a few spans with string slices and many in an array of character codes;
// either way the prose must be what blanking and keeping one character at a time gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLetterOrDigit, ProseBuffer } from '../../server/src/engine/prose/buffer';
import { Random } from '../robustness/fuzz';

const PIECES = ['a', 'Word', ' ', '\n', '\r', '\r\n', '*', '[', '😀', '\ud800', '\udc00', 'é', '中', '\t', '\u00a0'];

/** The prose as one code unit at a time: blanked units become spaces unless they are line breaks. */
class Reference {
  readonly units: string[];
  constructor(
    private readonly source: string,
    start: 'blank' | 'copy',
  ) {
    this.units = [...Array(source.length).keys()].map((i) =>
      start === 'copy' || source[i] === '\n' || source[i] === '\r' ? source[i] : ' ',
    );
  }
  keep(start: number, end: number): void {
    for (let i = Math.max(0, start); i < Math.min(this.source.length, end); i++) this.units[i] = this.source[i];
  }
  blank(start: number, end: number): void {
    for (let i = Math.max(0, start); i < Math.min(this.source.length, end); i++)
      if (this.units[i] !== '\n' && this.units[i] !== '\r') this.units[i] = ' ';
  }
  toString(): string {
    return this.units.join('');
  }
}

describe('ProseBuffer', () => {
  it('gives the prose of blanking and keeping character by character, in any order and amount', () => {
    const random = new Random(7);
    for (let round = 0; round < 3000; round++) {
      let source = '';
      for (let n = random.int(60); n > 0; n--) source += random.pick(PIECES);
      const mode = random.pick(['blank', 'copy'] as const);
      const buffer = new ProseBuffer(source, mode);
      const reference = new Reference(source, mode);
      // Sometimes more spans than are blanked with slices, sometimes keeps between them.
      const operations = random.chance(0.2) ? 150 : random.int(12);
      for (let k = 0; k < operations; k++) {
        const start = random.int(source.length + 4) - 2;
        const end = start + random.int(12) - 2;
        const operation = random.int(10);
        if (operation === 0) {
          buffer.keep(start, end);
          reference.keep(start, end);
        } else if (operation === 1) assert.equal(buffer.toString(), reference.toString());
        else {
          buffer.blank(start, end);
          reference.blank(start, end);
        }
      }
      assert.equal(buffer.toString(), reference.toString(), JSON.stringify({ source, mode }));
    }
  });
});

describe('isLetterOrDigit', () => {
  it('answers as /[\\p{L}\\p{N}]/u for every UTF-16 unit and for surrogate pairs', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      assert.equal(isLetterOrDigit(ch), /[\p{L}\p{N}]/u.test(ch), `U+${code.toString(16)}`);
    }
    for (const pair of ['𝐀', '𝟙', '𠀋', '😀']) assert.equal(isLetterOrDigit(pair), /[\p{L}\p{N}]/u.test(pair), pair);
  });
});
