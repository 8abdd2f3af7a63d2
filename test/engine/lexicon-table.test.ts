// The engine's lexicon table is compromise's lexicon, built ahead of time: it may not drift from
// the installed compromise (an upgrade must regenerate it: node scripts/build/compromise-lexicon.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { lexiconTag, wordsTagged } from '../../server/src/engine/nlp';

const require = createRequire(import.meta.url);
const nlp = require('compromise/two');
const TABLE = resolve(import.meta.dirname, '../../server/src/engine/generated/compromise-lexicon.json');

test('the shipped table holds every word of the installed compromise with its first tag, and nothing else', () => {
  const table = JSON.parse(readFileSync(TABLE, 'utf8'));
  assert.equal(table.compromise, nlp.version, 'regenerate the table after upgrading compromise');
  const source: Record<string, string | string[]> = nlp.model().one.lexicon;
  let shipped = 0;
  for (const bucket of table.buckets as string[]) shipped += bucket.split('~').length - 1;
  for (const words of Object.values(table.indexed as Record<string, string>)) shipped += words ? words.split('\n').length : 0;
  assert.equal(shipped, Object.keys(source).length);
  for (const [word, tag] of Object.entries(source)) assert.equal(lexiconTag(word), Array.isArray(tag) ? tag[0] : tag, word);
});

test('lookups answer as compromise does for the words the rules ask about', () => {
  assert.equal(lexiconTag('may'), 'Modal');
  assert.equal(lexiconTag('germany'), 'Country');
  assert.equal(lexiconTag('not-a-word-at-all'), undefined);
  const source: Record<string, string | string[]> = nlp.model().one.lexicon;
  const superlatives = Object.keys(source).filter((word) => [source[word]].flat()[0] === 'Superlative');
  assert.ok(superlatives.length > 0);
  assert.deepEqual([...wordsTagged('Superlative')].sort(), superlatives.sort());
  assert.throws(() => wordsTagged('Noun'), /tag not indexed/);
});

test('words not in the lexicon are not found, however close to a listed word (the table is a hash over one string)', () => {
  const source: Record<string, string | string[]> = nlp.model().one.lexicon;
  const tagOf = (word: string) => (Object.hasOwn(source, word) ? [source[word]].flat()[0] : undefined);
  for (const word of ['', ' ', '\n', 'may\nmight', 'constructor', '__proto__', 'toString', 'MAY', 'germany '])
    assert.equal(lexiconTag(word), tagOf(word), JSON.stringify(word));
  // Two neighbouring entries of one bucket, read as one word, are no word either.
  const table = JSON.parse(readFileSync(TABLE, 'utf8'));
  const bucket = (table.buckets as string[]).find((entries) => entries.split('~').length > 3)!;
  for (const across of [bucket.slice(0, bucket.indexOf('~', bucket.indexOf('~') + 1)), bucket.slice(0, bucket.indexOf('~') + 1)])
    assert.equal(lexiconTag(across), undefined, across);
  let checked = 0;
  for (const word of Object.keys(source)) {
    for (const near of [word.slice(0, -1), `${word}s`, `${word}\n`, `\n${word}`, word.slice(1)]) {
      assert.equal(lexiconTag(near), tagOf(near), JSON.stringify(near));
      checked++;
    }
  }
  assert.ok(checked > 100_000);
});
