// The finding-filter experiment's parts (scripts/eval/finding-filter.mjs, filter-features.mjs): the logistic
// regression, the AUC, the features read off an analysis, and the candidates labelled as the corpus scorer does
// (on the fixture corpus of corpus.test.ts).
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const FIXTURE = resolve(__dirname, 'fixtures/corpus');

let filter: any;
let features: any;
let corpusModule: any;
let engine: any;

before(async () => {
  filter = await import(pathToFileURL(join(ROOT, 'scripts/eval/finding-filter.mjs')).href);
  features = await import(pathToFileURL(join(ROOT, 'scripts/eval/filter-features.mjs')).href);
  corpusModule = await import(pathToFileURL(join(ROOT, 'scripts/eval/corpus.mjs')).href);
  engine = await filter.loadFilterEngine();
});

/** A candidate as the experiment builds them: features by name, a 0/1 label. */
const candidate = (names: string[], label: number) => ({ features: new Map(names.map((n) => [n, 1])), label });

describe('logistic regression', () => {
  // 'good' marks right candidates, 'bad' wrong ones; 'noise' is on both; 'rare' is seen once.
  const data = [
    ...Array.from({ length: 6 }, () => candidate(['good', 'noise'], 1)),
    ...Array.from({ length: 6 }, () => candidate(['bad', 'noise'], 0)),
    candidate(['rare', 'good'], 1),
  ];

  it('learns which features mark a right finding, and the probabilities follow', () => {
    const model = filter.trainLogistic(data, { lambda: 0.01, minCount: 2 });
    assert.ok(model.weights.good > 1, `good ${model.weights.good}`);
    assert.ok(model.weights.bad < -1, `bad ${model.weights.bad}`);
    assert.ok(filter.probability(model, new Map([['good', 1]])) > 0.8);
    assert.ok(filter.probability(model, new Map([['bad', 1]])) < 0.2);
  });

  it('keeps only features seen at least minCount times, and is deterministic', () => {
    const model = filter.trainLogistic(data, { lambda: 0.01, minCount: 2 });
    assert.equal(model.weights.rare, undefined);
    assert.deepEqual(filter.vocabulary(data, 2), ['bad', 'good', 'noise']);
    assert.deepEqual(filter.trainLogistic(data, { lambda: 0.01, minCount: 2 }), model);
  });

  it('a larger L2 penalty gives smaller weights', () => {
    const loose = filter.trainLogistic(data, { lambda: 0.001, minCount: 2 });
    const tight = filter.trainLogistic(data, { lambda: 0.3, minCount: 2 });
    assert.ok(Math.abs(tight.weights.good) < Math.abs(loose.weights.good));
    assert.ok(Math.abs(tight.weights.bad) < Math.abs(loose.weights.bad));
  });
});

describe('AUC', () => {
  it('is 1 when every right candidate outscores every wrong one, 0 reversed, 0.5 on ties, undefined with one class', () => {
    const s = (p: number, label: number) => ({ p, label });
    assert.equal(filter.auc([s(0.9, 1), s(0.8, 1), s(0.2, 0)]), 1);
    assert.equal(filter.auc([s(0.1, 1), s(0.8, 0)]), 0);
    assert.equal(filter.auc([s(0.5, 1), s(0.5, 0)]), 0.5);
    assert.equal(filter.auc([s(0.5, 1), s(0.4, 1), s(0.2, 0), s(0.6, 0)]), 0.5);
    assert.equal(filter.auc([s(0.5, 1)]), null);
  });
});

describe('features of a finding', () => {
  const source = [
    '# Guidance',
    '',
    'Exports fell sharply in 2023 [@ons2024]. Prices may rise next year.',
    '',
    'The levy may be too low for most councils.',
    '',
  ].join('\n');

  it('reads the rule, cue, sentence, paragraph and document off the analysis alone', () => {
    const analysis = engine.analyzeDocument(source, { languageId: 'markdown' });
    const hedges = analysis.findings.filter((f: any) => f.rule === 'hedge');
    assert.deepEqual(
      hedges.map((f: any) => f.text),
      ['may', 'may'],
    );
    const all = features.findingFeatures(source, 'markdown', analysis);
    const first = all[analysis.findings.indexOf(hedges[0])];
    const second = all[analysis.findings.indexOf(hedges[1])];
    for (const name of [
      'rule=hedge',
      'cue=hedge:may',
      'cue-first=may',
      'modal',
      'paragraph-last',
      'previous-evidence',
      'paragraph-evidence',
      'doc:format=markdown',
      'doc:heading=guidance',
    ])
      assert.equal(first.get(name), 1, name);
    for (const name of ['paragraph-first', 'first-person', 'digits']) assert.equal(first.get(name), undefined, name);
    for (const name of ['paragraph-first', 'paragraph-last', 'paragraph-alone']) assert.equal(second.get(name), 1, name);
    assert.equal(second.get('first-person'), undefined);
    assert.equal(second.get('previous-evidence'), undefined);
    // document shares: one of the three sentences carries its citation
    assert.equal(first.get('doc:evidence'), second.get('doc:evidence'));
    assert.ok(first.get('doc:evidence') > 0 && first.get('doc:evidence') < 1);
  });

  it("the optional context names the words around the cue and the sentence's words", () => {
    const analysis = engine.analyzeDocument(source, { languageId: 'markdown' });
    const all = features.findingFeaturesWith(source, 'markdown', analysis, { context: true, words: true });
    const i = analysis.findings.findIndex((f: any) => f.rule === 'hedge');
    assert.equal(all[i].get('before=hedge:prices'), 1);
    assert.equal(all[i].get('after=hedge:rise'), 1);
    assert.equal(all[i].get('word=year'), 1);
  });
});

describe('candidates', () => {
  it('are the thorough findings, each labelled as the corpus scorer scores it alone', () => {
    const corpus = corpusModule.loadCorpus(FIXTURE);
    const [doc] = filter.corpusCandidates(engine, corpus);
    const hedge = doc.candidates.find((c: any) => c.finding.rule === 'hedge' && c.finding.text === 'may');
    assert.ok(hedge, 'the hedge on "Prices may rise" is a candidate');
    assert.equal(hedge.label, 1);
    assert.equal(hedge.group, 'hedge');
    for (const c of doc.candidates) {
      const { pairs } = corpusModule.scoreDocument(doc.doc, [c.finding]);
      assert.equal(c.label, pairs[0]?.right ? 1 : 0, `${c.finding.rule} ${c.finding.text}`);
    }
    // the precise findings are among the candidates
    const keys = new Set(doc.candidates.map((c: any) => `${c.finding.rule}@${c.finding.start}`));
    for (const f of doc.precise) assert.ok(keys.has(`${f.rule}@${f.start}`), `${f.rule} ${f.text}`);
  });
});
