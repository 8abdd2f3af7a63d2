// The labelled documents of our own (test/fixtures/genres, written for the purpose, and test/fixtures/real, real
// documents by others): every label is well formed, so the figures `node scripts/eval-corpus.mjs --genres` and the
// README print rest on units that exist and cues that are in them.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const KINDS = new Set(['prose', 'heading', 'caption', 'table', 'reference', 'question', 'quote', 'front', 'other']);
const CUE_FIELDS = ['hedge', 'booster', 'weasel', 'passive_attribution', 'speculation'];
type Labelled = { docs: { name: string; units: { text: string; start: number; end: number; label: any }[] }[] };
let genres: Labelled;
let real: Labelled;

before(async () => {
  const module = await import(pathToFileURL(join(ROOT, 'scripts/eval/genres.mjs')).href);
  genres = module.loadGenres();
  real = module.loadGenres(module.REAL_DIR);
});

function wellFormed(set: () => Labelled, folder: string, minDocs: number) {
  it('has a labels file for every document, and every labelled unit is found in its document, in order', () => {
    const docs = readdirSync(join(ROOT, folder, 'docs'));
    assert.ok(docs.length >= minDocs);
    assert.deepEqual(
      set().docs.map((d) => d.name),
      docs.sort(),
    );
    for (const doc of set().docs) {
      // (a 1,000-word excerpt of long 1890s sentences holds 18 units)
      assert.ok(doc.units.length >= 15, doc.name);
      for (let u = 1; u < doc.units.length; u++) assert.ok(doc.units[u].start >= doc.units[u - 1].end, `${doc.name} unit ${u + 1}`);
    }
  });

  it('labels each unit with a known kind, cues that are substrings of it, and unsupported only for a claim without evidence', () => {
    for (const doc of set().docs) {
      for (const unit of doc.units) {
        const { label } = unit;
        const where = `${doc.name}: ${unit.text.slice(0, 60)}`;
        assert.ok(KINDS.has(label.kind), where);
        for (const field of CUE_FIELDS) for (const cue of label[field]) assert.ok(unit.text.includes(cue), `${where}: ${field} ${cue}`);
        for (const flag of ['hedge_stack', 'claim', 'evidence', 'unsupported']) assert.equal(typeof label[flag], 'boolean', where);
        if (label.unsupported) assert.ok(label.claim && !label.evidence, where);
      }
    }
  });
}

describe('own genre documents', () => {
  wellFormed(() => genres, 'test/fixtures/genres', 8);

  it('holds every kind of finding the rules make, so each rule is measured on them', () => {
    const prose = genres.docs.flatMap((d) => d.units.filter((u) => u.label.kind === 'prose'));
    for (const field of CUE_FIELDS) assert.ok(prose.filter((u) => u.label[field].length > 0).length >= 5, field);
    assert.ok(prose.filter((u) => u.label.unsupported).length >= 30);
  });
});

describe('real documents by others, labelled by us', () => {
  wellFormed(() => real, 'test/fixtures/real', 18);
});
