// Hostile bibliographies: seeded random BibTeX and CSL-JSON pieces, and extreme files. Parsing
// never throws, never takes long, and reports problems as file:line; analysing documents against
// a random bibliography keeps the engine's invariants.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../../server/src/engine';
import { Bibliography, decodeBibliography, parseBibliography } from '../../server/src/engine/bib';
import { DEFAULT_SEED, FUZZ_LANGUAGES, invariantViolations, Random, randomDocument } from './fuzz';

const SEED = Number(process.env.EVIDENT_FUZZ_SEED ?? DEFAULT_SEED);
const COUNT = Number(process.env.EVIDENT_FUZZ_COUNT ?? 500);

const PIECES = [
  '@article{',
  '@book(',
  '@string{x = "y"}',
  '@comment{',
  '@preamble{"',
  'key2020,',
  'title = {',
  'author = "',
  ' and ',
  '}',
  '{',
  '"',
  ',',
  ' # ',
  'x',
  '\n',
  '\\"{o}',
  '\\',
  '=',
  '@',
  '%',
  'year = 2020',
  '[',
  ']',
  '{"id": "a"}',
  '"author": [{"family": "F"}]',
  'é',
  '\uD83D\uDE00',
  '\uD800',
  '\u0000',
];

function randomBib(random: Random): string {
  let text = '';
  const n = random.int(200);
  for (let i = 0; i < n; i++) text += random.pick(PIECES);
  return text;
}

describe('bibliography fuzzing', () => {
  it(`parses ${COUNT} random bibliographies without throwing (seed ${SEED})`, () => {
    const random = new Random(SEED);
    for (let i = 0; i < COUNT; i++) {
      const text = randomBib(random);
      for (const file of ['r.bib', 'r.json']) {
        const { entries, problems } = parseBibliography(text, file);
        const lines = text.split('\n').length;
        for (const p of problems) assert.ok(p.line >= 1 && p.line <= lines && p.message.startsWith(file), `#${i} ${JSON.stringify(p)}`);
        for (const e of entries) assert.equal(typeof e.key, 'string');
        new Bibliography(entries).suggest(text.slice(0, 200));
      }
    }
  });

  it('analysing random documents against a random bibliography keeps every invariant', () => {
    const random = new Random(SEED + 1);
    const bib = new Bibliography(
      parseBibliography('@misc{ons2024, title={Labour market}}\n@misc{imf2023, title={Outlook}}\n', 'b.bib').entries,
    );
    for (let i = 0; i < 200; i++) {
      const languageId = random.pick(FUZZ_LANGUAGES);
      const text = randomDocument(random, languageId);
      const analysis = analyzeDocument(text, { languageId, bibliography: bib });
      assert.deepEqual(invariantViolations(text, analysis), [], `#${i} ${languageId}`);
    }
  });

  it('extreme files: 50 MB refused, deep braces, thousands of unclosed entries, every byte value', () => {
    const started = performance.now();
    assert.match(decodeBibliography(new Uint8Array(50_000_000), 'huge.bib').problem!.message, /^huge\.bib: larger than 20 MB/);
    const deep = parseBibliography(`@a{k, t={${'{'.repeat(200_000)}`, 'deep.bib');
    assert.equal(deep.problems.length, 1);
    const unclosed = parseBibliography('@article{k, title={x\n'.repeat(20_000), 'open.bib');
    assert.equal(unclosed.entries.length, 20_000);
    const bytes = new Uint8Array(256 * 64).map((_, i) => i % 256);
    assert.ok(decodeBibliography(bytes, 'bytes.bib').problem);
    const ats = parseBibliography('@'.repeat(1_000_000), 'ats.bib');
    assert.equal(ats.entries.length, 0);
    assert.ok(performance.now() - started < 20_000);
  });
});
