// Cue lists (context.ts cueBit): any number can be registered; past the first thirty they share a
// bit, which makes their prefilter coarser but never drops a sentence that holds one of their words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { cueBit, cueListCount, SentenceContext } from '../../server/src/engine/context';

test('lists past the thirtieth still find their words, and a sentence without any of them passes none', () => {
  analyze('Rents may rise.'); // the engine's own lists are registered
  const before = cueListCount();
  const bits = Array.from({ length: 40 }, (_, k) => cueBit([`zqcue${k}`]));
  assert.ok(cueListCount() >= 40 + before);
  for (let k = 0; k < 40; k++) assert.equal(new SentenceContext(`The council met zqcue${k} twice.`).holds(bits[k]), true, `list ${k}`);
  const none = new SentenceContext('The council met twice.');
  assert.deepEqual(
    bits.filter((bit) => none.holds(bit)),
    [],
  );
  // The engine still flags what it flagged with its own lists registered first.
  assert.deepEqual(
    analyze('Rents may rise next year.').map((f) => f.text),
    ['may'],
  );
});
