// compromise's English lexicon as the engine uses it (each word's first tag), in a compact form
// built ahead of time: building it from compromise at start-up cost most of a cold start (its
// mergeDeep, crawl, conjugate, expandLexicon, unpack). `node scripts/build/compromise-lexicon.mjs`
// writes server/src/engine/generated/compromise-lexicon.json; test/engine/lexicon-table.test.ts
// fails if it drifts from the installed compromise.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const TABLE_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../server/src/engine/generated/compromise-lexicon.json');

/** { version, tags: { [tag]: words joined by "\n", sorted } } from the installed compromise. */
export function buildTable() {
  const nlp = require('compromise/two');
  const source = nlp.model().one.lexicon;
  const byTag = new Map();
  for (const word of Object.keys(source).sort()) {
    const tag = source[word];
    const first = Array.isArray(tag) ? tag[0] : tag;
    if (!byTag.has(first)) byTag.set(first, []);
    byTag.get(first).push(word);
  }
  const tags = Object.fromEntries([...byTag].sort(([a], [b]) => (a < b ? -1 : 1)).map(([tag, words]) => [tag, words.join('\n')]));
  return { compromise: nlp.version, tags };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TABLE_PATH, `${JSON.stringify(buildTable())}\n`);
  console.log(`wrote ${TABLE_PATH}`);
}
