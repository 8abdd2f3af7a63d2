// `npm run eval`: measures the engine first on the corpus of real policy documents labelled by the
// annotation guide (../shared/corpus, or $EVIDENT_CORPUS: the product's own standard; see
// scripts/eval/corpus.mjs), then (through `dist/cli.js classify`) with baselines on the labelled
// research sets, each split into TUNE (80%) and HELD-OUT (20%) by a hash of the sentence text.
//
//   node scripts/eval.mjs [--set NAME | --set corpus] [--errors N] [--examples] [--json]
//
// Data comes from ../shared/data beside the repository, or $EVIDENT_DATA; absent sets are skipped.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { readLexicon } from './eval/baselines.mjs';
import { loadDatasets } from './eval/datasets.mjs';
import { ENGINE_NAME, engineSystem } from './eval/engine.mjs';
import { corpusBaselines } from './eval/corpus-baselines.mjs';
import { evaluateCorpus, loadCorpus, renderCorpus } from './eval/corpus.mjs';
import { measureBibSuggestions, renderBibSuggestions } from './eval/bib-suggest.mjs';
import { renderPeerCases, runPeerCases } from './eval/peer-cases.mjs';
import { analyseErrors, sampleErrors } from './eval/errors.mjs';
import { renderReport } from './eval/report.mjs';
import { score } from './eval/scoring.mjs';
import { runTimed } from './eval/systems.mjs';
import { isHeldOut } from './eval/text.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const EXAMPLES_PER_KIND = 8;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      set: { type: 'string' },
      errors: { type: 'string', default: '15' },
      examples: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const errorLimit = Number(values.errors);
  if (!Number.isInteger(errorLimit) || errorLimit < 0) throw new Error(`--errors wants a whole number, got "${values.errors}"`);
  return { ...values, errorLimit };
}

const dataDir = resolve(process.env.EVIDENT_DATA ?? join(repoRoot, '..', 'shared', 'data'));
const corpusDir = resolve(process.env.EVIDENT_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus'));
const cliPath = join(repoRoot, 'dist', 'cli.js');
const lexiconDir = join(dataDir, 'lexicons');
const hedgeLexiconPath = join(lexiconDir, 'wooorm_hedges', 'data.txt');

/** Every published hedge list present, for telling which missed words are hedges. */
function loadHedgeLexicon() {
  const phrases = [];
  for (const file of ['wooorm_hedges/data.txt', 'islam2020_hedging_lrec/hedge_words.txt']) {
    if (existsSync(join(lexiconDir, file))) phrases.push(...readLexicon(join(lexiconDir, file)));
  }
  const hyland = join(lexiconDir, 'hyland2005_bhavinisai', 'hyland_2005_hedges_boosters.json');
  if (existsSync(hyland)) phrases.push(...JSON.parse(readFileSync(hyland, 'utf8')).hedge.map((p) => p.toLowerCase()));
  return new Set(phrases);
}

const hedgeLexicon = loadHedgeLexicon();
const engine = engineSystem(cliPath);

/** The baselines, one set at a time, in a worker thread (see baseline-worker.mjs). */
function startBaselineWorker() {
  const worker = new Worker(new URL('./eval/baseline-worker.mjs', import.meta.url), { workerData: { hedgeLexiconPath } });
  const pending = new Map();
  let nextId = 0;
  const failAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', ({ id, rows, error }) => {
    const { resolve, reject } = pending.get(id);
    pending.delete(id);
    if (error) reject(new Error(`baseline failed: ${error}`));
    else resolve(rows);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`baseline worker exited with ${code}`)));
  return {
    run: (texts, tasks) =>
      new Promise((resolve, reject) => {
        pending.set(nextId, { resolve, reject });
        worker.postMessage({ id: nextId++, texts, tasks });
      }),
    stop: () => worker.terminate(),
  };
}

/** Rows [{ name, task, predicted, findings?, seconds }] for one set; a union reuses its parts' rows. */
async function runSystems(set, baselines, rowsBySet) {
  if (rowsBySet.has(set.name)) return rowsBySet.get(set.name);
  let rows;
  if (set.parts) {
    const partRows = [];
    for (const part of set.parts) partRows.push(await runSystems(part, baselines, rowsBySet));
    rows = partRows[0].map((row, r) => ({
      ...row,
      predicted: partRows.flatMap((p) => p[r].predicted),
      findings: row.findings && partRows.flatMap((p) => p[r].findings),
      seconds: partRows.reduce((sum, p) => sum + p[r].seconds, 0),
    }));
  } else {
    const texts = set.sentences.map((sentence) => sentence.text);
    const [engineRows, baselineRows] = await Promise.all([runTimed([engine], texts, set.tasks), baselines.run(texts, set.tasks)]);
    rows = [...engineRows, ...baselineRows];
  }
  rowsBySet.set(set.name, rows);
  return rows;
}

function evaluateTask(set, task, rows, { withErrors, errorLimit, examples }) {
  const gold = set.sentences.map((sentence) => sentence.gold[task]);
  const heldOut = set.sentences.map((sentence) => isHeldOut(sentence.text));
  const split = (values, wantHeldOut) => values.filter((_, i) => heldOut[i] === wantHeldOut);
  const count = (wantHeldOut) => ({
    sentences: split(gold, wantHeldOut).length,
    positives: split(gold, wantHeldOut).filter(Boolean).length,
  });
  const taskRows = rows.filter((row) => row.task === task);
  const result = {
    counts: { tune: count(false), heldOut: count(true) },
    systems: taskRows.map((row) => ({
      name: row.name,
      tune: score(split(row.predicted, false), split(gold, false)),
      heldOut: score(split(row.predicted, true), split(gold, true)),
      all: score(row.predicted, gold),
      seconds: Math.round(row.seconds * 1000) / 1000,
      sentencesPerSecond: Math.round(gold.length / row.seconds),
    })),
  };
  const engineRow = taskRows.find((row) => row.name === ENGINE_NAME);
  const analysis = { task, sentences: set.sentences, predicted: engineRow.predicted, findings: engineRow.findings };
  if (withErrors && errorLimit > 0) result.errors = analyseErrors({ ...analysis, limit: errorLimit, hedgeLexicon });
  if (examples) result.examples = sampleErrors({ ...analysis, count: EXAMPLES_PER_KIND });
  return result;
}

async function main() {
  const options = parseOptions();
  // Notices go to stderr under --json so that stdout stays one JSON document.
  const notice = (line) => (options.json ? console.error(line) : console.log(line));
  const started = performance.now();
  const corpus = loadCorpus(corpusDir);
  let corpusResult;
  if (corpus.missing) notice(`skipping the corpus: ${corpus.missing}`);
  else {
    const { all, dev, check } = evaluateCorpus(cliPath, corpus);
    corpusResult = { dir: corpusDir, all, dev, check, baselines: await corpusBaselines(corpus) };
    if (!options.json) console.log(renderCorpusSection(corpusResult));
    // The quick fix's source suggestions, on the corpus documents that cite with keys (issue 14).
    corpusResult.bibSuggestions = await measureBibSuggestions();
    if (!options.json) console.log(`\n${renderBibSuggestions(corpusResult.bibSuggestions)}\n`);
  }
  // Other projects' published cases for the same phenomena, with the guide's call on each.
  const peerCases = runPeerCases(cliPath);
  if (!options.json) console.log(`${renderPeerCases(peerCases)}\n`);
  if (corpusResult) corpusResult.peerCases = peerCases;
  if (options.set === 'corpus') {
    if (options.json) console.log(JSON.stringify({ corpus: corpusResult }, null, 2));
    return;
  }
  const datasets = loadDatasets({ dataDir, repoRoot, only: options.set });
  const results = { dataDir, engine: `${cliPath} classify`, corpus: corpusResult, skipped: [], sets: [] };
  const evaluatedNames = new Set(datasets.filter((set) => !set.missing).map((set) => set.name));
  const baselines = startBaselineWorker();
  const rowsBySet = new Map();
  try {
    for (const set of datasets) {
      if (set.missing) {
        notice(`skipping ${set.name}: ${set.missing}`);
        results.skipped.push({ name: set.name, reason: set.missing });
        continue;
      }
      const rows = await runSystems(set, baselines, rowsBySet);
      // A union's cue lists would repeat its parts'; give them only when the parts are not reported.
      const withErrors = !set.parts?.some((part) => evaluatedNames.has(part.name));
      const tasks = Object.fromEntries(set.tasks.map((task) => [task, evaluateTask(set, task, rows, { ...options, withErrors })]));
      results.sets.push({
        name: set.name,
        ...(set.parts ? { parts: set.parts.map((p) => p.name) } : {}),
        ...(set.reference ? { reference: set.reference } : {}),
        sentences: set.sentences.length,
        tasks,
      });
    }
  } finally {
    await baselines.stop();
  }
  results.seconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(options.json ? JSON.stringify(results, null, 2) : renderReport(results));
}

function renderCorpusSection(result) {
  const lines = [
    `==== REAL POLICY DOCUMENTS: corpus gold (${result.dir}) ====`,
    renderCorpus(result),
    '  the same documents, other tools (right = overlaps any labelled cue; one pair per unit):',
  ];
  for (const b of result.baselines) {
    lines.push(
      `    ${b.name.padEnd(28)} ${String(b.findings).padStart(5)} units flagged, ${String(b.right).padStart(4)} right: P ${b.precision} %, cue units found ${b.recall} %; non-prose units flagged ${b.nonProseShare} %`,
    );
  }
  return lines.join('\n');
}

main().catch((error) => {
  console.error(`eval: ${error.message}`);
  process.exitCode = 2;
});
