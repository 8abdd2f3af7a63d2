// Start-up as a user meets it: whole processes timed from outside, each Evident run paired with a
// write-good run of the same file right after or before it (the order alternates), so the machine's
// load at the moment weighs on both sides of a pair. Figures are medians; the ratio is the median
// of the pairs' ratios, the steadier figure on a shared machine (the ratio of the medians is kept too).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LspClient } from './lsp-client.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const CPU_PRELOAD = join(here, 'cpu-at-exit.cjs');
export const WRITE_GOOD_CLI = join(dirname(createRequire(import.meta.url).resolve('write-good/package.json')), 'bin', 'write-good.js');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** One whole process: `node <script> <args>`, wall and CPU ms; throws when it crashed. */
export function timeProcess(script, args, env = process.env) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['-r', CPU_PRELOAD, script, ...args], {
    encoding: 'utf8',
    env,
    maxBuffer: 1 << 26,
    timeout: 60_000,
  });
  const wallMs = performance.now() - started;
  const cpu = /EVIDENT_BENCH_CPU_MS ([\d.]+)/.exec(run.stderr ?? '');
  // evident exits 1 when it found warnings; write-good 255 when it found suggestions.
  if (run.error || run.signal || !cpu)
    throw new Error(`${script} ${args.join(' ')}: ${run.error ?? run.signal ?? run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return { wallMs, cpuMs: Number(cpu[1]) };
}

function summary(samples) {
  const walls = samples.map((sample) => sample.wallMs);
  return {
    wallMs: median(walls),
    cpuMs: median(samples.map((sample) => sample.cpuMs)),
    minMs: Math.min(...walls),
    maxMs: Math.max(...walls),
    runs: samples.length,
  };
}

function pairSummary(ours, theirs) {
  const a = summary(ours);
  const b = summary(theirs);
  return {
    evident: a,
    writeGood: b,
    ratio: median(ours.map((sample, i) => sample.wallMs / theirs[i].wallMs)),
    ratioOfMedians: a.wallMs / b.wallMs,
    cpuRatio: median(ours.map((sample, i) => sample.cpuMs / theirs[i].cpuMs)),
  };
}

/**
 * `evident <file>` against `write-good <file>` for each document, `rounds` interleaved pairs.
 * `prepare(round)` runs before each round (the bench empties the compile cache there for the
 * first-run figure). Returns { [document name]: pair summary }.
 */
export function measureCliPairs(documents, rounds, cli, env, log) {
  const samples = Object.fromEntries(documents.map((document) => [document.name, { ours: [], theirs: [] }]));
  for (let round = 0; round < rounds; round++) {
    log(`start-up: CLI pairs, round ${round + 1} of ${rounds}…`);
    for (const document of documents) {
      const ours = () => samples[document.name].ours.push(timeProcess(cli, [document.path], env));
      const theirs = () => samples[document.name].theirs.push(timeProcess(WRITE_GOOD_CLI, [document.path]));
      if (round % 2 === 0) ours(), theirs();
      else theirs(), ours();
    }
  }
  return Object.fromEntries(
    documents.map((document) => [document.name, pairSummary(samples[document.name].ours, samples[document.name].theirs)]),
  );
}

/** The first run after an install or upgrade: an empty compile cache each time. */
export function measureFirstRuns(document, rounds, cli, env, emptyCache) {
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    emptyCache();
    samples.push(timeProcess(cli, [document.path], env));
  }
  return summary(samples);
}

/**
 * The language server from spawn: `initialize` answered, and the first diagnostics of the document
 * opened right after; paired with write-good's whole run of the same file.
 */
export async function measureServerStart(documents, rounds, server, env, workDir, log) {
  const samples = Object.fromEntries(documents.map((document) => [document.name, { ours: [], initialize: [], theirs: [] }]));
  // Round 0 is not counted: it writes the server's compile cache, as an editor's first start does.
  for (let round = 0; round <= rounds; round++) {
    log(`start-up: language server, round ${round} of ${rounds}${round === 0 ? ' (warm-up, not counted)' : ''}…`);
    for (const document of documents) {
      const entry = round === 0 ? { ours: [], initialize: [], theirs: [] } : samples[document.name];
      const theirs = () => entry.theirs.push(timeProcess(WRITE_GOOD_CLI, [document.path]));
      if (round % 2 === 1) theirs();
      const started = performance.now();
      const client = new LspClient(server, { debounceMs: 0 }, [], env);
      try {
        await client.initialize(workDir);
        entry.initialize.push(performance.now() - started);
        await client.open(document.path, document.text, 60_000, document.languageId ?? 'markdown');
        entry.ours.push({ wallMs: performance.now() - started, cpuMs: NaN });
      } finally {
        await client.close();
      }
      if (round % 2 === 0) theirs();
    }
  }
  return Object.fromEntries(
    documents.map((document) => {
      const { ours, initialize, theirs } = samples[document.name];
      const { evident, writeGood, ratio, ratioOfMedians } = pairSummary(ours, theirs);
      return [
        document.name,
        {
          firstDiagnosticsMs: evident.wallMs,
          minMs: evident.minMs,
          maxMs: evident.maxMs,
          initializeMs: median(initialize),
          writeGood,
          ratio,
          ratioOfMedians,
          runs: ours.length,
        },
      ];
    }),
  );
}

// ---- where a start goes: phases of one `evident <file>` from a CPU profile -----------------

export const PHASES = [
  ['before the profiler', 'spawn, Node bootstrap up to the profiler start'],
  ['node', 'Node: bootstrap after the profiler start, module loader, waiting'],
  ['launcher', 'launcher: read the bundle, load its code cache (or compile)'],
  ['init', "module init: the bundle's top level (engine data, word lists, matchers)"],
  ['cli', 'CLI: arguments, reading the file, the report'],
  ['analysis', 'analysis (the engine)'],
  ['gc', 'garbage collection'],
  ['other', 'V8 and native code outside JavaScript ("(program)")'],
];

const ANALYSIS = new Set(['analyzeDocument', 'analyzeDocumentInSteps']);
const CLI = new Set(['main', 'runLint']);

/**
 * Splits one profile's samples into PHASES by the frames on their stack (the development build,
 * whose function names are the sources' own). `spawnedAtMicros` is the monotonic clock (µs) when the
 * process was spawned: the time before the profiler started counts too. (After the last sample the
 * process writes its profile and exits: that is the profiler's, not counted.)
 */
export function startupPhases(profile, bundlePath, spawnedAtMicros) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const bundleUrl = `file://${bundlePath}`;
  const phaseOf = new Map();
  const classify = (id) => {
    if (phaseOf.has(id)) return phaseOf.get(id);
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    let phase;
    if (functionName === '(garbage collector)') phase = 'gc';
    else if (functionName === '(program)') phase = 'other';
    else if (functionName === '(idle)' || functionName === '(root)') phase = 'node';
    else if (url === bundleUrl && ANALYSIS.has(functionName)) phase = 'analysis';
    else if (url === bundleUrl && CLI.has(functionName)) phase = 'cli';
    else if (url === bundleUrl && lineNumber === 0 && !functionName) phase = 'init';
    else if (functionName === 'runWithCompileCache') phase = 'launcher';
    else phase = parent.has(id) ? classify(parent.get(id)) : 'node';
    phaseOf.set(id, phase);
    return phase;
  };
  const ms = Object.fromEntries(PHASES.map(([key]) => [key, 0]));
  for (let i = 0; i + 1 < profile.samples.length; i++) {
    const phase = classify(profile.samples[i]);
    ms[phase] += profile.timeDeltas[i + 1] / 1000;
  }
  ms['before the profiler'] = (profile.startTime - spawnedAtMicros) / 1000;
  return ms;
}

/**
 * `node --cpu-prof <cli> <file>` `runs` times per document (the compile cache written first, as a
 * user's second run finds it); the median of each phase, and of the profiled runs' total.
 */
export function measureStartupPhases(documents, cli, bundlePath, env, runs, scratch) {
  const out = {};
  for (const document of documents) {
    const samples = [];
    for (let run = 0; run <= runs; run++) {
      const dir = join(scratch, `startup-profile-${run}`);
      rmSync(dir, { recursive: true, force: true });
      const spawnedAt = process.hrtime.bigint();
      const result = spawnSync(
        process.execPath,
        ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '250', cli, document.path],
        { encoding: 'utf8', env, maxBuffer: 1 << 26 },
      );
      if (result.error || result.signal) throw new Error(`profiling ${cli} ${document.path}: ${result.error ?? result.signal}`);
      const [file] = readdirSync(dir);
      const phases = startupPhases(JSON.parse(readFileSync(join(dir, file), 'utf8')), bundlePath, Number(spawnedAt / 1000n));
      rmSync(dir, { recursive: true, force: true });
      if (run > 0) samples.push(phases); // run 0 writes the compile cache
    }
    const phases = Object.fromEntries(PHASES.map(([key]) => [key, median(samples.map((sample) => sample[key]))]));
    out[document.name] = {
      phases,
      totalMs: median(samples.map((sample) => Object.values(sample).reduce((sum, value) => sum + value, 0))),
      runs: samples.length,
    };
  }
  return out;
}
