// compromise's English lexicon as the engine uses it (each word's first tag), in a compact form
// built ahead of time: building it from compromise at start-up cost most of a cold start (its
// mergeDeep, crawl, conjugate, expandLexicon, unpack). `node scripts/build/compromise-lexicon.mjs`
// writes server/src/engine/generated/compromise-lexicon.json; test/engine/lexicon-table.test.ts
// fails if it drifts from the installed compromise.
//
// The table is a hash table laid out ahead of time, so that nothing is unpacked at run time
// (splitting 24,600 words into a Map cost 4-10 ms of every start): `buckets[hash(word) % 4096]`
// is one string of entries `word~T`, where `~` occurs in no word and T is the tag's letter
// (TAG_LETTERS[i] for tagNames[i]). server/src/engine/nlp.ts looks a word up with indexOf in its
// bucket. The words of the few tags the engine also wants as sets are kept apart, as lists
// (`indexed`), and only there.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const TABLE_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../server/src/engine/generated/compromise-lexicon.json');

// Must match server/src/engine/nlp.ts (the drift test looks every word up through it).
export const BUCKETS = 4096;
export const TAG_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const INDEXED_TAGS = ['TextValue', 'Multiple', 'Value', 'Cardinal', 'Superlative', 'Comparative', 'PastTense'];
/** FNV-1a over the word's UTF-16 code units. */
export function lexiconHash(word) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** { compromise, tagNames, buckets, indexed } from the installed compromise. */
export function buildTable() {
  const nlp = require('compromise/two');
  const source = nlp.model().one.lexicon;
  const words = Object.keys(source).sort();
  const firstTag = (word) => [source[word]].flat()[0];
  const tagNames = [...new Set(words.map(firstTag))].sort();
  if (tagNames.length > TAG_LETTERS.length) throw new Error(`${tagNames.length} tags: more than ${TAG_LETTERS.length} letters`);
  const buckets = Array.from({ length: BUCKETS }, () => []);
  for (const word of words) {
    if (!word || word.includes('~') || word.includes('\n')) throw new Error(`a word the table cannot hold: ${JSON.stringify(word)}`);
    if (INDEXED_TAGS.includes(firstTag(word))) continue;
    buckets[lexiconHash(word) % BUCKETS].push(`${word}~${TAG_LETTERS[tagNames.indexOf(firstTag(word))]}`);
  }
  const indexed = Object.fromEntries(INDEXED_TAGS.map((tag) => [tag, words.filter((word) => firstTag(word) === tag).join('\n')]));
  return { compromise: nlp.version, tagNames, buckets: buckets.map((entries) => entries.join('')), indexed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TABLE_PATH, `${JSON.stringify(buildTable())}\n`);
  console.log(`wrote ${TABLE_PATH}`);
}
