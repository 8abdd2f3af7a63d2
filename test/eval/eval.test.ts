// `npm run eval`: loaders, normalisation, split, scoring, baselines and the report, on fixture data
// written for these tests in the four formats of ../shared/data (never copied from it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const FIXTURE_DATA = resolve(__dirname, 'fixtures/data');
const FIXTURE_CORPUS = resolve(__dirname, 'fixtures/corpus');
const FAKE_CLI = resolve(__dirname, 'fixtures/fake-classify-cli.mjs');
const BUILT_CLI = join(ROOT, 'dist/cli.js');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
interface Sentence {
  text: string;
  gold: { uncertain?: boolean; claim?: boolean };
  cues?: string[];
}
interface Finding {
  rule: string;
  start: number;
  end: number;
  text: string;
}
interface SystemResult {
  name: string;
  tune: Scores;
  heldOut: Scores;
  all: Scores;
  sentencesPerSecond: number;
}
interface TaskResult {
  counts: { tune: { sentences: number; positives: number }; heldOut: { sentences: number; positives: number } };
  systems: SystemResult[];
  errors?: { falsePositiveCues: unknown[]; falseNegativeCues: unknown[] };
}
interface EvalJson {
  dataDir: string;
  skipped: { name: string; reason: string }[];
  sets: { name: string; sentences: number; reference?: string; tasks: Record<string, TaskResult> }[];
}

// The scripts are plain ESM without type declarations: import them by URL, typed here by use.
const load = (path: string) => import(pathToFileURL(join(ROOT, path)).href);
let scoring: { confusion(p: boolean[], g: boolean[]): Counts; prf(c: Partial<Counts>): Scores; score(p: boolean[], g: boolean[]): Scores };
let text: { detokenise(t: string): string; xmlText(t: string): string; fnv1a(t: string): number; isHeldOut(t: string): boolean };
let datasets: {
  parseConllXml(t: string): Sentence[];
  parseWikiCsv(t: string): Sentence[];
  parseClaimBusterJson(t: string): Sentence[];
  parseCheckThatTsv(t: string): Sentence[];
  parseCsv(t: string): string[][];
  parsePolicyJsonl(t: string): (Sentence & { note: string })[];
};
let baselines: { phraseMatcher(phrases: string[]): RegExp; readLexicon(path: string): string[] };
let errors: {
  analyseErrors(a: object): { falsePositiveCues: Record<string, unknown>[]; falseNegativeCues: Record<string, unknown>[] };
};
let engine: { classifyWithCli(cli: string, texts: string[]): Promise<{ uncertain: boolean; claim: boolean; findings: Finding[] }[]> };

before(async () => {
  [scoring, text, datasets, baselines, errors, engine] = await Promise.all(
    ['scoring', 'text', 'datasets', 'baselines', 'errors', 'engine'].map((name) => load(`scripts/eval/${name}.mjs`)),
  );
});

const fixture = (path: string) => readFileSync(join(FIXTURE_DATA, path), 'utf8');

function runEval(args: string[], dataDir = FIXTURE_DATA) {
  // The corpus, too, comes from fixtures written for these tests (never ../shared), so runs agree everywhere.
  const env = { ...process.env, EVIDENT_DATA: dataDir, EVIDENT_CORPUS: FIXTURE_CORPUS };
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/eval.mjs'), ...args], { env, encoding: 'utf8', timeout: 120_000 });
  if (run.error) throw run.error;
  return run;
}

describe('scoring', () => {
  it('counts a confusion matrix', () => {
    assert.deepEqual(scoring.confusion([true, true, false, false, true], [true, false, true, false, true]), { tp: 2, fp: 1, fn: 1, tn: 1 });
    assert.throws(() => scoring.confusion([true], [true, false]), /1 predictions for 2 labels/);
  });

  it('gives precision, recall and F1 as percentages with one decimal', () => {
    assert.deepEqual(scoring.prf({ tp: 6, fp: 2, fn: 4, tn: 10 }), { tp: 6, fp: 2, fn: 4, tn: 10, precision: 75, recall: 60, f1: 66.7 });
    // 1/3 and 2/3: rounding, not truncation; F1 = 2·(1/3)(2/3)/(1) = 4/9.
    assert.deepEqual(scoring.prf({ tp: 2, fp: 4, fn: 1 }), { tp: 2, fp: 4, fn: 1, tn: 0, precision: 33.3, recall: 66.7, f1: 44.4 });
  });

  it('scores 0 where a denominator is 0', () => {
    assert.deepEqual(scoring.prf({ tp: 0, fp: 0, fn: 5 }), { tp: 0, fp: 0, fn: 5, tn: 0, precision: 0, recall: 0, f1: 0 });
    assert.deepEqual(scoring.prf({ tp: 0, fp: 3, fn: 0 }), { tp: 0, fp: 3, fn: 0, tn: 0, precision: 0, recall: 0, f1: 0 });
  });
});

describe('normalisation', () => {
  it('undoes Penn-Treebank tokenisation', () => {
    assert.equal(
      text.detokenise("`` The Old Mill '' -LRB- c. 1820 -RRB- was n't restored , Smith 's team said .\n"),
      '"The Old Mill" (c. 1820) wasn\'t restored, Smith\'s team said.',
    );
    assert.equal(text.detokenise("the ` Abegweit' ferry -LSB- 1 -RSB- ; see below : 50 %"), "the 'Abegweit' ferry [1]; see below: 50%");
  });

  it('strips XML tags and decodes entities', () => {
    assert.equal(text.xmlText('a <cue ref="X1">may</cue>\n bind (n &lt; 20 &amp; 37 &#176;C, &#x3b1;)'), 'a may bind (n < 20 & 37 °C, α)');
  });

  it('parses quoted CSV fields holding commas, doubled quotes and line breaks', () => {
    assert.deepEqual(datasets.parseCsv('text,label\n"a, ""b""\nc",1\r\nplain,0\n'), [
      ['text', 'label'],
      ['a, "b"\nc', '1'],
      ['plain', '0'],
    ]);
  });
});

describe('loaders on the fixture data', () => {
  it('reads CoNLL-2010 XML: speculation cues only, gold cue text kept', () => {
    const sentences = datasets.parseConllXml(fixture('hedge/conll2010-bio-train-abstracts.xml'));
    assert.equal(sentences.length, 12);
    assert.equal(sentences.filter((s) => s.gold.uncertain).length, 6);
    assert.deepEqual(sentences[3], {
      text: 'The complex may act as a repressor or as an activator.',
      gold: { uncertain: true },
      cues: ['may', 'or'],
    });
    assert.deepEqual(sentences[5], { text: 'It is not expressed in T cells.', gold: { uncertain: false }, cues: [] });
    assert.equal(sentences[2].text, 'Protein B was expressed in all samples (n < 20).');
    assert.deepEqual(sentences[11].cues, ['consistent with']);
  });

  it('reads the wiki weasel CSV, detokenised', () => {
    const sentences = datasets.parseWikiCsv(fixture('hedge/wiki-weasel-train.csv'));
    // The empty row comes back empty; loading drops it (the report counts 14).
    assert.equal(sentences.length, 15);
    assert.equal(sentences[11].text, '');
    assert.equal(sentences.filter((s) => s.gold.uncertain).length, 6);
    assert.deepEqual(sentences[0], {
      text: 'Some historians believe the bridge was built by the Romans (c. 100 AD).',
      gold: { uncertain: true },
    });
    assert.equal(sentences[3].text, '"The Old Mill" was restored in 1998.');
    assert.equal(sentences[6].text, 'The team won the cup in 2004, 2006 and 2010.');
    assert.equal(sentences[10].text, 'He called it "the best" song of the year.');
  });

  it('reads ClaimBuster JSON and CheckThat! TSV (CRLF too)', () => {
    const claimBuster = datasets.parseClaimBusterJson(fixture('claims/claimbuster-train.json'));
    assert.equal(claimBuster.length, 12);
    assert.deepEqual(claimBuster[11], { text: 'Taxes went up for the middle class.', gold: { claim: true } });
    const debate = datasets.parseCheckThatTsv(fixture('claims/checkthat2019-train/20240201_second_debate.tsv'));
    assert.deepEqual(
      debate.map((s) => s.gold.claim),
      [false, true, false, true, false],
    );
    assert.equal(debate[1].text, 'Wages have fallen for working families.');
  });

  it('has a well-formed policy set', () => {
    const sentences = datasets.parsePolicyJsonl(readFileSync(join(ROOT, 'test/fixtures/policy-labelled.jsonl'), 'utf8'));
    assert.ok(sentences.length >= 150, `${sentences.length} sentences`);
    assert.equal(new Set(sentences.map((s) => s.text)).size, sentences.length, 'no duplicate sentences');
    for (const s of sentences) {
      assert.equal(typeof s.gold.uncertain, 'boolean', s.text);
      assert.equal(typeof s.gold.claim, 'boolean', s.text);
      assert.ok(s.note, s.text);
    }
  });
});

describe('held-out split', () => {
  it('is FNV-1a (32-bit) of the UTF-8 text, one in five held out', () => {
    // Published FNV-1a test vectors.
    assert.equal(text.fnv1a(''), 0x811c9dc5);
    assert.equal(text.fnv1a('a'), 0xe40c292c);
    assert.equal(text.fnv1a('foobar'), 0xbf9cf968);
    assert.equal(text.isHeldOut('foobar'), 0xbf9cf968 % 5 === 0);
  });

  it('puts the same fixture sentences aside on every run', () => {
    const heldOut = datasets
      .parseWikiCsv(fixture('hedge/wiki-weasel-train.csv'))
      .filter((s) => text.isHeldOut(s.text))
      .map((s) => s.text);
    assert.deepEqual(heldOut, [
      'The bridge is 120 m long.',
      '"The Old Mill" was restored in 1998.',
      'He is widely regarded as the best player of his generation.',
      'He called it "the best" song of the year.',
    ]);
  });
});

describe('word-list baseline', () => {
  it('matches listed phrases as whole words, case-insensitively', () => {
    const matcher = baselines.phraseMatcher(baselines.readLexicon(join(FIXTURE_DATA, 'lexicons/wooorm_hedges/data.txt')));
    assert.equal(matcher.test('It Is  Believed that it works.'), true);
    assert.equal(matcher.test('Somewhere, maybe.'), false, '"some" inside "Somewhere", "may" inside "maybe"');
    assert.equal(matcher.test("The May'a site."), false, 'an apostrophe joins a word');
  });
});

describe('error analysis', () => {
  const sentences: Sentence[] = [
    { text: 'Member States may apply.', gold: { uncertain: false } },
    { text: 'Applicants may not apply.', gold: { uncertain: false } },
    { text: 'It is likely to rain.', gold: { uncertain: true }, cues: ['likely'] },
    { text: 'Perhaps so, perhaps not.', gold: { uncertain: true }, cues: ['Perhaps', 'perhaps'] },
    { text: 'It may rain.', gold: { uncertain: true }, cues: ['may'] },
  ];
  const may = (start: number): Finding => ({ rule: 'hedge', start, end: start + 3, text: 'may' });
  const findings: Finding[][] = [[may(14), { rule: 'booster', start: 0, end: 6, text: 'Member' }], [may(11)], [], [], [may(3)]];
  const predicted = [true, true, false, false, true];

  it('ranks false-positive cues by rule and text, and missed gold cues, with an example each', () => {
    const result = errors.analyseErrors({ task: 'uncertain', sentences, predicted, findings, limit: 15, hedgeLexicon: new Set() });
    assert.deepEqual(result.falsePositiveCues, [{ rule: 'hedge', cue: 'may', count: 2, example: 'Member States may apply.' }]);
    assert.deepEqual(result.falseNegativeCues, [
      { cue: 'perhaps', source: 'gold cue', count: 2, example: 'Perhaps so, perhaps not.' },
      { cue: 'likely', source: 'gold cue', count: 1, example: 'It is likely to rain.' },
    ]);
  });

  it('uses the words of a false positive whose only finding spans the sentence', () => {
    const claims: Sentence[] = [
      { text: 'Thanks to all 300 delegates.', gold: { claim: false } },
      { text: 'Welcome to the meeting, dear delegates.', gold: { claim: false } },
    ];
    const whole = (t: string): Finding => ({ rule: 'unsupported-claim', start: 0, end: t.length, text: t });
    const result = errors.analyseErrors({
      task: 'claim',
      sentences: claims,
      predicted: [true, true],
      findings: claims.map((s) => [whole(s.text)]),
      limit: 2,
      hedgeLexicon: new Set(),
    });
    assert.deepEqual(result.falsePositiveCues, [
      { rule: 'words', cue: 'delegates', source: 'n-gram', count: 2, example: 'Thanks to all 300 delegates.' },
      { rule: 'words', cue: 'dear', source: 'n-gram', count: 1, example: 'Welcome to the meeting, dear delegates.' },
    ]);
  });

  it('without gold cues, lists words and bigrams of missed sentences that are hedges or not stop words', () => {
    const plain = sentences.map(({ text, gold }) => ({ text, gold }));
    const result = errors.analyseErrors({
      task: 'uncertain',
      sentences: plain,
      predicted,
      findings,
      limit: 3,
      hedgeLexicon: new Set(['perhaps', 'so']),
    });
    assert.deepEqual(result.falseNegativeCues, [
      { cue: 'perhaps', source: 'hedge lexicon', count: 1, example: 'Perhaps so, perhaps not.' },
      { cue: 'so', source: 'hedge lexicon', count: 1, example: 'Perhaps so, perhaps not.' },
      { cue: 'likely', source: 'n-gram', count: 1, example: 'It is likely to rain.' },
    ]);
  });
});

describe('engine through the classify CLI contract', () => {
  it('sends one sentence per line and reads one JSON object per line', async () => {
    const results = await engine.classifyWithCli(FAKE_CLI, ['It may\nrain.', 'Sales rose 5%.']);
    assert.deepEqual(
      results.map((r) => [r.uncertain, r.claim]),
      [
        [true, false],
        [false, true],
      ],
    );
    assert.deepEqual(results[0].findings, [{ rule: 'hedge', start: 3, end: 6, text: 'may' }]);
  });

  // The child inherits process.env: set a fake-CLI mode for one call.
  async function withEnv(name: string, value: string, call: () => Promise<unknown>) {
    process.env[name] = value;
    try {
      await call();
    } finally {
      delete process.env[name];
    }
  }

  it('refuses an answer that does not line up with the input', () =>
    withEnv('FAKE_CLI_DROP_LAST', '1', () =>
      assert.rejects(engine.classifyWithCli(FAKE_CLI, ['One.', 'Two.']), /answered 1 lines for 2 sentences/),
    ));

  it('asks for a build when the CLI is missing', () =>
    assert.rejects(engine.classifyWithCli(join(ROOT, 'dist/no-such-cli.js'), ['One.']), /no-such-cli\.js not found: build it first/));

  it('reports a failing CLI with its exit code and message', () =>
    withEnv('FAKE_CLI_EXIT', '3', () =>
      assert.rejects(engine.classifyWithCli(FAKE_CLI, ['One.']), /exited with 3: evident: cannot classify/),
    ));
});

describe('npm run eval --json on the fixture data', () => {
  let report: EvalJson;
  let stderr: string;
  before(() => {
    assert.ok(existsSync(BUILT_CLI), `${BUILT_CLI} must be built first (npm test builds it)`);
    const run = runEval(['--json']);
    assert.equal(run.status, 0, run.stderr);
    report = JSON.parse(run.stdout);
    stderr = run.stderr;
  });
  const set = (name: string) => report.sets.find((s) => s.name === name)!;
  const system = (setName: string, task: string, name: string) => set(setName).tasks[task].systems.find((s) => s.name === name)!;

  it('skips absent sets with a one-line notice each', () => {
    assert.deepEqual(
      report.skipped.map((s) => s.name),
      ['bio-full', 'bio-combined'],
    );
    assert.match(report.skipped[0].reason, /conll2010-bio-train-fullarticles\.xml not found/);
    assert.equal(report.skipped[1].reason, 'needs bio-full');
    assert.deepEqual(
      stderr
        .trim()
        .split('\n')
        .map((line) => line.split(':')[0]),
      ['skipping bio-full', 'skipping bio-combined'],
    );
  });

  it('scores the corpus first, in the same report', () => {
    const corpus = (
      report as unknown as {
        corpus: { dir: string; all: { documents: number; rules: Record<string, { findings: number }> }; baselines: { name: string }[] };
      }
    ).corpus;
    assert.equal(corpus.dir, FIXTURE_CORPUS);
    assert.equal(corpus.all.documents, 1);
    assert.ok(corpus.all.rules.hedge.findings >= 1);
    assert.deepEqual(
      corpus.baselines.map((b) => b.name),
      ['write-good (weasel check)', 'write-good (all checks)', 'retext-intensify'],
    );
  });

  it('reports the parsed counts and the split of each set', () => {
    assert.deepEqual(
      report.sets.map((s) => [s.name, s.sentences]),
      [
        ['bio-abstracts', 12],
        ['wiki-weasel', 14],
        ['claimbuster', 12],
        ['checkthat2019', 11],
        ['policy', set('policy').sentences],
      ],
    );
    assert.deepEqual(set('wiki-weasel').tasks.uncertain.counts, {
      tune: { sentences: 10, positives: 5 },
      heldOut: { sentences: 4, positives: 1 },
    });
    assert.deepEqual(set('checkthat2019').tasks.claim.counts, {
      tune: { sentences: 9, positives: 2 },
      heldOut: { sentences: 2, positives: 2 },
    });
    assert.deepEqual(Object.keys(set('policy').tasks), ['uncertain', 'claim']);
    assert.match(set('wiki-weasel').reference ?? '', /Wikipedia evaluation set: 60\.2/);
    assert.equal(set('policy').reference, undefined);
  });

  it('scores the baselines exactly (word list, naive claims)', () => {
    const wordList = system('bio-abstracts', 'uncertain', 'word list (wooorm hedges)');
    assert.deepEqual(wordList.all, { tp: 4, fp: 1, fn: 2, tn: 5, precision: 80, recall: 66.7, f1: 72.7 });
    assert.deepEqual(system('wiki-weasel', 'uncertain', 'word list (wooorm hedges)').all, {
      tp: 4,
      fp: 2,
      fn: 2,
      tn: 6,
      precision: 66.7,
      recall: 66.7,
      f1: 66.7,
    });
    assert.deepEqual(system('claimbuster', 'claim', 'naive: number or comparative').all, {
      tp: 3,
      fp: 2,
      fn: 3,
      tn: 4,
      precision: 60,
      recall: 50,
      f1: 54.5,
    });
    assert.deepEqual(system('checkthat2019', 'claim', 'naive: number or comparative').all, {
      tp: 3,
      fp: 1,
      fn: 1,
      tn: 6,
      precision: 75,
      recall: 75,
      f1: 75,
    });
    // Tune + held-out add up to the whole.
    for (const key of ['tp', 'fp', 'fn', 'tn'] as const) assert.equal(wordList.tune[key] + wordList.heldOut[key], wordList.all[key]);
  });

  it('runs the engine and every baseline on every uncertainty set, with throughput and error analysis', () => {
    for (const name of ['bio-abstracts', 'wiki-weasel', 'policy']) {
      const task = set(name).tasks.uncertain;
      assert.deepEqual(
        task.systems.map((s) => s.name),
        [
          'Evident engine',
          'write-good (weasel check)',
          'write-good (all checks)',
          'retext-intensify (hedge+weasel)',
          'retext-intensify (+fillers)',
          'word list (wooorm hedges)',
        ],
      );
      const positives = task.counts.tune.positives + task.counts.heldOut.positives;
      for (const s of task.systems) {
        assert.equal(s.all.tp + s.all.fn, positives, `${name} / ${s.name}`);
        assert.equal(s.all.tp + s.all.fp + s.all.fn + s.all.tn, set(name).sentences);
        assert.ok(s.sentencesPerSecond > 0);
      }
      assert.ok(task.errors, `${name} has an error analysis`);
    }
    assert.deepEqual(
      set('claimbuster').tasks.claim.systems.map((s) => s.name),
      ['Evident engine', 'naive: number or comparative'],
    );
  });

  it('runs one set with --set, and refuses an unknown one', () => {
    const one = JSON.parse(runEval(['--json', '--set', 'claimbuster']).stdout) as EvalJson;
    assert.deepEqual(
      one.sets.map((s) => s.name),
      ['claimbuster'],
    );
    const unknown = runEval(['--set', 'nope']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^eval: unknown set "nope"; known: bio-abstracts, /);
  });
});

describe('npm run eval without data', () => {
  let empty: string;
  before(() => {
    empty = mkdtempSync(join(tmpdir(), 'evident-eval-'));
  });
  after(() => rmSync(empty, { recursive: true, force: true }));

  it('skips every shared set, still measures the policy set, and exits 0', () => {
    const run = runEval(['--errors', '2', '--examples'], empty);
    assert.equal(run.status, 0, run.stderr);
    for (const name of ['bio-abstracts', 'bio-full', 'bio-combined', 'wiki-weasel', 'claimbuster', 'checkthat2019']) {
      assert.match(run.stdout, new RegExp(`^skipping ${name}: `, 'm'));
    }
    assert.match(run.stdout, /^-- policy: \d+ sentences/m);
    assert.doesNotMatch(run.stdout, /word list/, 'no lexicon, no word-list baseline');
    assert.match(run.stdout, /Sample false negatives:/);
  });
});
