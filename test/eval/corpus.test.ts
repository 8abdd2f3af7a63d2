// The corpus scorer (scripts/eval/corpus.mjs) on a small corpus written for these tests in the
// format of ../shared/corpus: one brief, a heading, three prose units and a caption.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const FIXTURE = resolve(__dirname, 'fixtures/corpus');
const BUILT_CLI = join(ROOT, 'dist/cli.js');

type Finding = { rule: string; start: number; end: number; text?: string };
let corpusModule: any;
let corpus: any;

before(async () => {
  corpusModule = await import(pathToFileURL(join(ROOT, 'scripts/eval/corpus.mjs')).href);
  corpus = corpusModule.loadCorpus(FIXTURE);
});

const SOURCE = readFileSync(join(FIXTURE, 'docs/brief.md'), 'utf8');
const doc = () => corpus.docs[0];
/** A finding on the first occurrence of `text` in the brief at or after `from`. */
function at(rule: string, text: string, from = 0): Finding {
  const start = SOURCE.indexOf(text, from);
  assert.ok(start >= 0, text);
  return { rule, start, end: start + text.length, text };
}

describe('corpus scorer', () => {
  it('reads units with their labels, in document order', () => {
    assert.equal(corpus.docs.length, 1);
    assert.deepEqual(
      doc().units.map((u: any) => [u.label.kind, u.text]),
      [
        ['heading', '# Budget outlook'],
        ['prose', 'Prices may rise next year.'],
        ['prose', 'Agencies may submit plans.'],
        ['prose', 'Spending fell by 4% in 2024.'],
        ['caption', 'Source: Treasury tables.'],
      ],
    );
  });

  it('a cue finding is right only where it overlaps the labelled cue of a prose unit', () => {
    const scored = corpusModule.scoreDocument(doc(), [at('hedge', 'may'), at('hedge', 'may', 40), at('hedge', 'Prices')]);
    assert.deepEqual(
      scored.pairs.map((p: any) => [p.unit.id, p.rule, p.right, p.findings.length]),
      [
        ['brief.md#2', 'hedge', true, 2], // "may" and "Prices" in one pair: one overlaps the cue
        ['brief.md#3', 'hedge', false, 1], // permission "may": not labelled
      ],
    );
  });

  it('counts a (unit, rule) pair once, an unknown rule and a non-prose unit as wrong, and recall per labelled unit', () => {
    const findings = [
      at('unsupported-claim', 'Spending fell'),
      at('unsupported-claim', 'by 4%'),
      at('made-up-rule', 'Spending'),
      at('unsupported-claim', 'Source: Treasury'),
      at('hedge', 'outlook'),
    ];
    const summary = corpusModule.summarise([corpusModule.scoreDocument(doc(), findings)]);
    assert.deepEqual(summary.rules['unsupported-claim'], { findings: 2, right: 1, labelled: 2, found: 1, precision: 50, recall: 50 });
    assert.deepEqual(summary.rules.hedge, { findings: 1, right: 0, labelled: 1, found: 0, precision: 0, recall: 0 });
    assert.equal(summary.all.findings, 4, 'the unknown rule counts against all rules');
    assert.equal(summary.all.right, 1);
    assert.equal(summary.all.precision, 25);
    assert.deepEqual(summary.nonProse, { units: 2, hit: 2, share: 100 });
    assert.equal(summary.proseWords, 15);
  });

  it('a finding between units counts as wrong', () => {
    const scored = corpusModule.scoreDocument(doc(), [{ rule: 'hedge', start: 17, end: 18 }]);
    assert.equal(scored.outside, 1);
    assert.equal(corpusModule.summarise([scored]).all.findings, 1);
  });

  it('errorsOf lists the false pairs and the labelled units missed', () => {
    const scored = corpusModule.scoreDocument(doc(), [at('hedge', 'may', 40)]);
    const { falsePositives, misses } = corpusModule.errorsOf([scored]);
    assert.deepEqual(
      falsePositives.map((p: any) => [p.unit.id, p.rule]),
      [['brief.md#3', 'hedge']],
    );
    assert.deepEqual(
      misses.map((m: any) => [m.unit.id, m.rule]),
      [
        ['brief.md#2', 'hedge'],
        ['brief.md#2', 'unsupported-claim'],
        ['brief.md#4', 'unsupported-claim'],
      ],
    );
  });

  it('scores the built engine on the fixture corpus end to end', { skip: !existsSync(BUILT_CLI) && 'dist/cli.js not built' }, () => {
    const result = corpusModule.evaluateCorpus(BUILT_CLI, corpus);
    const findings = corpusModule.lintCorpus(BUILT_CLI, corpus.docs);
    assert.deepEqual(result.all, corpusModule.summarise([corpusModule.scoreDocument(doc(), findings.get('brief.md'))]));
    assert.equal(result.all.rules.hedge.right, 1, 'the epistemic "may" is found');
    assert.equal(result.all.nonProse.hit, 0, 'nothing in the heading or the source line');
    assert.equal(result.check.documents, 0, 'the fixture brief is not a check document');
  });
});
