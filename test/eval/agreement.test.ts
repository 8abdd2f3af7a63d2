// The second reader's labels of twelve real documents (test/fixtures/real/second-reader) and how reader agreement is
// scored: labels become findings with the spans of their cues and units, and the corpus scorer counts them.
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../..');
let agreement: any;
let corpus: any;
let readers: any;

before(async () => {
  agreement = await import(pathToFileURL(join(ROOT, 'scripts/eval/agreement.mjs')).href);
  corpus = await import(pathToFileURL(join(ROOT, 'scripts/eval/corpus.mjs')).href);
  readers = agreement.loadReaders();
});

describe('reader agreement', () => {
  it('pairs each of the second reader’s twelve documents with the first reader’s, on the same text', () => {
    assert.equal(readers.missing, undefined);
    assert.equal(readers.first.docs.length, 12);
    assert.deepEqual(
      readers.second.docs.map((d: any) => d.name),
      readers.first.docs.map((d: any) => d.name),
    );
    for (const doc of readers.second.docs) for (const unit of doc.units) assert.ok(unit.end > unit.start, `${doc.name} ${unit.id}`);
  });

  it('turns a cue into a finding over the cue and an unsupported claim into one over its unit', () => {
    const text = 'Rents may rise. Prices doubled since 2020.';
    const doc = {
      name: 'x.md',
      units: [
        {
          start: 0,
          end: 15,
          text: 'Rents may rise.',
          label: {
            kind: 'prose',
            hedge: ['may'],
            booster: [],
            weasel: [],
            passive_attribution: [],
            speculation: [],
            hedge_stack: false,
            unsupported: false,
          },
        },
        {
          start: 16,
          end: 42,
          text: 'Prices doubled since 2020.',
          label: {
            kind: 'prose',
            hedge: [],
            booster: [],
            weasel: [],
            passive_attribution: [],
            speculation: [],
            hedge_stack: false,
            unsupported: true,
          },
        },
      ],
    };
    assert.equal(text.slice(16, 42), doc.units[1].text);
    assert.deepEqual(agreement.labelsAsFindings(doc), [
      { rule: 'hedge', start: 6, end: 9 },
      { rule: 'unsupported-claim', start: 16, end: 42 },
    ]);
  });

  it('scores a reader against herself as all right, and the two readers as different', () => {
    const self = corpus.summarise(readers.first.docs.map((d: any) => corpus.scoreDocument(d, agreement.labelsAsFindings(d))));
    assert.equal(self.all.right, self.all.findings);
    assert.equal(self.all.recall, 100);
    const cross = corpus.summarise(
      readers.first.docs.map((d: any, i: number) => corpus.scoreDocument(d, agreement.labelsAsFindings(readers.second.docs[i]))),
    );
    assert.ok(cross.all.findings > 50 && cross.all.right < cross.all.findings);
  });
});
