// Word lists are data: every list says why it exists, every flagged cue says what to write
// instead, and no list holds a word twice or in the wrong case.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const dir = 'server/src/engine/data';
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

interface Entry {
  phrase?: string;
  word?: string;
  note?: string;
  alternatives?: string[];
}
interface Group {
  note?: string;
  words?: string[];
  alternatives?: string[];
}

test('every data file exists and parses, with a note', () => {
  assert.deepEqual(files.sort(), [
    'attribution.json',
    'boosters.json',
    'claims.json',
    'context.json',
    'hedges.json',
    'sources.json',
    'speculation.json',
  ]);
  for (const f of files) assert.ok(typeof JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')).$note === 'string', f);
});

for (const f of files) {
  const data = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Record<string, unknown>;
  test(`${f}: entries carry a note and alternatives, groups a note; words are lower case and unique`, () => {
    for (const [key, value] of Object.entries(data)) {
      if (key === '$note') continue;
      if (Array.isArray(value)) {
        // A list of entries (hedges, boosters, attribution participles): each cue explains itself.
        const seen = new Set<string>();
        for (const entry of value as Entry[]) {
          const cue = entry.phrase ?? entry.word ?? '';
          assert.ok(cue && cue === cue.toLowerCase() && cue === cue.trim(), `${f} ${key}: "${cue}"`);
          assert.ok(!seen.has(cue), `${f} ${key}: "${cue}" twice`);
          seen.add(cue);
          assert.ok(entry.note && entry.note.length > 10, `${f} ${key}: "${cue}" has a note`);
          assert.ok(Array.isArray(entry.alternatives) && entry.alternatives.length > 0, `${f} ${key}: "${cue}" has alternatives`);
        }
      } else {
        // A group of words that decide one question together.
        const group = value as Group;
        assert.ok(group.note && group.note.length > 10, `${f} ${key} has a note`);
        assert.ok(Array.isArray(group.words) && group.words.length > 0, `${f} ${key} has words`);
        const words = group.words!;
        for (const w of words) assert.ok(w === w.toLowerCase() && w === w.trim() && w.length > 0, `${f} ${key}: "${w}"`);
        assert.equal(new Set(words).size, words.length, `${f} ${key}: duplicates ${words.filter((w, i) => words.indexOf(w) !== i)}`);
      }
    }
  });
}

test('hedges.json: every entry names a sense the hedge rule checks (a misspelt sense must not mean "not a hedge")', async () => {
  const { SENSES } = await import('../../server/src/engine/hedges');
  const hedges = JSON.parse(readFileSync(`${dir}/hedges.json`, 'utf8')) as { entries: { phrase: string; sense: string }[] };
  const known = new Set<string>(SENSES);
  assert.deepEqual(
    hedges.entries.filter((e) => !known.has(e.sense)).map((e) => `${e.phrase}: ${e.sense}`),
    [],
  );
  // Every sense is used by some entry: a check nobody reaches is dead code.
  const used = new Set(hedges.entries.map((e) => e.sense));
  assert.deepEqual(
    SENSES.filter((sense) => !used.has(sense)),
    [],
  );
});
