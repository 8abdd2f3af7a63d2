// `npm run bench`: speed and memory of Evident against its peers, in one run.
//   --quick          10k words only, one run per tool, fewer edits (smoke test)
//   --json           print the results as JSON on stdout (the table then goes to stderr)
//   --sample <file>  build the documents from this text file instead of bench/corpus
//   --profile        also CPU-profile the engine on the 10k document and list the top self-time functions
// Benchmarks report; they never fail the process on a missed target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import {
  countWords,
  distinctSentenceShare,
  generateDocument,
  loadCorpusBlocks,
  seededRandom,
  splitBlocks,
  toLatex,
} from './bench/documents.mjs';
import { LspClient } from './bench/lsp-client.mjs';
import { summarizeProfile } from './bench/profile.mjs';
import { measureBibliography, renderBibliography } from './bench/bibliography.mjs';
import { realProseDocument } from './bench/real-prose.mjs';
import { measureCliPairs, measureFirstRuns, measureServerStart, measureStartupPhases, PHASES, timeProcess } from './bench/startup.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench');
const benchScripts = join(root, 'scripts', 'bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const asJson = args.includes('--json');
const sampleFile = args.includes('--sample') ? resolve(args[args.indexOf('--sample') + 1]) : undefined;

const SEED = 1;
const SIZES = quick ? [10_000] : [10_000, 50_000, 100_000];
const RUNS = quick ? 1 : 3;
const EDITS = quick ? 40 : 200;
const DEFAULT_DEBOUNCE_EDITS = quick ? 5 : 20;
const EDIT_BUDGET_MS = 40_000;
const LATEX_KEYSTROKE_SIZE = 50_000; // per document size; a slow server reports fewer edits rather than stalling the run
// Real prose, built from ../shared at bench time (never copied into the repository).
const sharedDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
const REAL_KEYSTROKE_SIZE = quick ? 10_000 : 50_000;
// Whole-process start-up: interleaved pairs with write-good per document, and server starts.
const STARTUP_ROUNDS = quick ? 3 : 11;
const SERVER_START_ROUNDS = quick ? 2 : 7;
const FIRST_RUN_ROUNDS = quick ? 1 : 3;
const PROFILED_STARTS = quick ? 1 : 5;
// Evident is measured as it ships (the production build minifies, see esbuild.mjs) and, for
// comparison, as `node esbuild.mjs` builds it for development; the peers as their npm packages ship.
const TOOLS = ['evident', 'evident-dev', 'write-good', 'retext-intensify', 'harper'];
const TOOL_LABELS = { evident: 'evident (as shipped)', 'evident-dev': 'evident (development build)', harper: 'harper.js (lint)' };

const log = (line) => process.stderr.write(line + '\n');
const print = asJson ? log : (line) => process.stdout.write(line + '\n');
const label = (words) => `${words / 1000}k`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
const problems = [];

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  // Load from other work on the machine makes every figure slower: the report shows it.
  return {
    cpu,
    cores: cpus().length,
    node: process.version,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
  };
}

/** The commit measured, and whether the sources had uncommitted changes (the bench builds the working tree). */
function revision() {
  const git = (...gitArgs) => spawnSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  return git('status', '--porcelain', '--', 'server/src', 'client/src') ? `${commit} + uncommitted changes` : commit;
}

// ---- documents ---------------------------------------------------------------

function makeDocuments() {
  const blocks = sampleFile ? splitBlocks(readFileSync(sampleFile, 'utf8')) : loadCorpusBlocks(join(root, 'bench', 'corpus'));
  mkdirSync(join(workDir, 'docs'), { recursive: true });
  return SIZES.map((target) => {
    const text = generateDocument(blocks, target, SEED);
    const path = join(workDir, 'docs', `${label(target)}.md`);
    writeFileSync(path, text);
    return { target, path, text, words: countWords(text), distinctSentences: distinctSentenceShare(text) };
  });
}

/** The keystroke document (50k words, 10k in a quick run) as a LaTeX article: the same prose, typed into as LaTeX. */
function makeLatexDocument(documents) {
  const source = documents.find((document) => document.target === LATEX_KEYSTROKE_SIZE) ?? documents[0];
  const text = toLatex(source.text);
  const path = join(workDir, 'docs', `${label(source.target)}.tex`);
  writeFileSync(path, text);
  return { target: source.target, path, text, languageId: 'latex' };
}

/**
 * Real prose (the weasel sentences of ../shared/data, see scripts/bench/real-prose.mjs) at 1k and
 * 10k words for start-up and at 50k (10k in a quick run) for keystrokes, in Markdown and LaTeX.
 * Without ../shared: an empty list and the reason among the problems.
 */
function makeRealProseDocuments() {
  const sizes = [...new Set([1_000, 10_000, REAL_KEYSTROKE_SIZE])];
  const made = [];
  for (const target of sizes) {
    const built = realProseDocument(sharedDir, target);
    if (built.skipped) {
      skipped.push(built.skipped);
      return [];
    }
    const path = join(workDir, 'docs', `real-${label(target)}.md`);
    writeFileSync(path, built.text);
    made.push({ name: `real prose ${label(target)}`, target, path, text: built.text, words: built.words, real: true });
  }
  const source = made.find((document) => document.target === REAL_KEYSTROKE_SIZE);
  const latexPath = join(workDir, 'docs', `real-${label(REAL_KEYSTROKE_SIZE)}.tex`);
  const latexText = toLatex(source.text);
  writeFileSync(latexPath, latexText);
  made.push({
    name: `real prose ${label(REAL_KEYSTROKE_SIZE)}, LaTeX`,
    target: REAL_KEYSTROKE_SIZE,
    path: latexPath,
    text: latexText,
    words: countWords(latexText),
    real: true,
    languageId: 'latex',
  });
  return made;
}

/** The drafts the start-up figures run on: empty, generated 1k and 10k, real prose 1k and 10k. */
function makeStartupDocuments(documents, realDocuments) {
  const write = (name, text) => {
    const path = join(workDir, 'docs', `startup-${name.replace(/\W+/g, '-')}.md`);
    writeFileSync(path, text);
    return { name, path, text, words: countWords(text) };
  };
  const blocks = sampleFile ? splitBlocks(readFileSync(sampleFile, 'utf8')) : loadCorpusBlocks(join(root, 'bench', 'corpus'));
  const tenK = documents.find((document) => document.target === 10_000);
  return [
    write('empty file', ''),
    write('generated 1k', generateDocument(blocks, 1_000, SEED)),
    { name: 'generated 10k', path: tenK.path, text: tenK.text, words: tenK.words },
    ...realDocuments
      .filter((document) => !document.languageId && document.target <= 10_000)
      .map(({ name, path, text, words }) => ({ name, path, text, words })),
  ];
}

/** Whole-process CLI pairs, the first run after an install, and the language server's start. */
async function measureStartup(startupDocuments, cli, server) {
  // The launchers' compile cache (server/src/node/compile-cache.ts) in a scratch folder of this run.
  const cacheDir = join(workDir, 'compile-cache');
  const env = { ...process.env, EVIDENT_COMPILE_CACHE_DIR: cacheDir };
  const oneK = startupDocuments.find((document) => document.name === 'generated 1k');
  log('start-up: first runs (empty compile cache) and runs with the cache turned off…');
  const firstRun = measureFirstRuns(oneK, FIRST_RUN_ROUNDS, cli, env, () => rmSync(cacheDir, { recursive: true, force: true }));
  const noCache = measureFirstRuns(oneK, FIRST_RUN_ROUNDS, cli, { ...env, EVIDENT_NO_COMPILE_CACHE: '1' }, () => {});
  timeProcess(cli, [oneK.path], env); // writes the cache the pairs then use
  const pairs = measureCliPairs(startupDocuments, STARTUP_ROUNDS, cli, env, log);
  const serverStart = existsSync(server)
    ? await measureServerStart(
        startupDocuments.filter((document) => document.name.endsWith('10k')),
        SERVER_START_ROUNDS,
        server,
        env,
        workDir,
        log,
      )
    : undefined;
  // Where a start goes: the development build (the sources' function names), profiled.
  log('start-up: CPU profiles of whole runs…');
  const profiled = startupDocuments.filter((document) => ['empty file', 'generated 1k', 'generated 10k'].includes(document.name));
  const devCli = join(root, 'dist', 'cli.js');
  const phases = existsSync(devCli)
    ? measureStartupPhases(
        profiled,
        devCli,
        join(root, 'dist', 'cli-main.js'),
        { ...process.env, EVIDENT_COMPILE_CACHE_DIR: join(workDir, 'compile-cache-dev') },
        PROFILED_STARTS,
        workDir,
      )
    : undefined;
  return {
    cli: pairs,
    firstRun,
    noCache,
    serverStart,
    phases,
    rounds: STARTUP_ROUNDS,
    words: Object.fromEntries(startupDocuments.map((document) => [document.name, document.words])),
  };
}

// ---- cold analysis, one fresh process per measurement --------------------------

/** The engine alone, built as esbuild.mjs builds the shipped bundles (`production`: minified) or for development. */
async function bundleEngine(production) {
  const outfile = join(workDir, production ? 'engine.cjs' : 'engine-dev.cjs');
  await esbuild.build({
    entryPoints: [join(root, 'server/src/engine/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: production,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outfile;
}

/** The V8 flags both launchers set before they load the engine, read from where they set them. */
const ENGINE_V8_FLAGS = [
  ...readFileSync(join(root, 'server', 'src', 'node', 'v8-flags.ts'), 'utf8').matchAll(/setFlagsFromString\('([^']+)'\)/g),
].map((m) => m[1]);

function runWorker(script, workerArgs, nodeFlags = []) {
  const run = spawnSync(process.execPath, [...nodeFlags, join(benchScripts, script), ...workerArgs], {
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 1 << 24,
  });
  if (run.status !== 0)
    throw new Error(
      `${script} ${workerArgs[0]} failed (${run.status ?? run.signal}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
  return JSON.parse(run.stdout.trim().split('\n').at(-1));
}

// harper.js takes seconds per 10k words: above 10k it runs once, or the bench would not fit in 5 minutes.
// A cold run of the small document takes well under a second, and single runs vary by up to 2× on a
// shared virtual machine (write-good's 10k run takes 66 or 135 ms here, by turns): more rounds there.
const SMALL_DOCUMENT_ROUNDS = quick ? 1 : 7;
const runsFor = (tool, words) => (tool === 'harper' ? (words > 10_000 ? 1 : RUNS) : words <= 10_000 ? SMALL_DOCUMENT_ROUNDS : RUNS);

/**
 * Rounds interleave sizes and tools (round 1: every size and tool, then round 2, …), so a
 * change in the machine's load during the run spreads over all figures instead of skewing
 * one size or one tool; each figure is the median of its rounds.
 */
function measureCold(documents, engineBundles) {
  const samples = {}; // size -> tool -> worker results
  const rounds = Math.max(RUNS, SMALL_DOCUMENT_ROUNDS);
  for (let round = 0; round < rounds; round++) {
    for (const document of documents) {
      const size = label(document.target);
      for (const tool of TOOLS) {
        if (round >= runsFor(tool, document.target)) continue;
        log(`cold ${size} ${tool}, round ${round + 1}…`);
        try {
          const evident = tool.startsWith('evident');
          const workerArgs = evident ? ['evident', document.path, engineBundles[tool]] : [tool, document.path];
          ((samples[size] ??= {})[tool] ??= []).push(runWorker('cold-worker.mjs', workerArgs, evident ? ENGINE_V8_FLAGS : []));
        } catch (error) {
          problems.push(error.message);
        }
      }
    }
  }
  const cold = {};
  const findings = {};
  for (const [size, byTool] of Object.entries(samples)) {
    for (const [tool, runs] of Object.entries(byTool)) {
      const fields = Object.keys(runs[0]).filter((key) => key.endsWith('Ms'));
      const times = runs.map((run) => run.analyzeMs);
      (cold[size] ??= {})[tool] = {
        ...Object.fromEntries(fields.map((key) => [key, median(runs.map((run) => run[key]))])),
        minMs: Math.min(...times),
        maxMs: Math.max(...times),
        runs: runs.length,
      };
      (findings[size] ??= {})[tool] = runs[0].findings;
    }
  }
  return { cold, findings };
}

// ---- the Claims & Evidence view and the evidence report --------------------------

const REPORT_SIZE = 50_000;

/** The evidence map, its JSON, the report's HTML and Markdown of the 50k document (10k in a quick run), production build. */
async function measureReport(documents) {
  const document = documents.find((d) => d.target === REPORT_SIZE) ?? documents[0];
  const outfile = join(workDir, 'report.cjs');
  await esbuild.build({
    stdin: {
      contents: "export * from './server/src/engine/index'; export * from './server/src/report/evidence-report';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  log(`evidence map and report at ${label(document.target)}…`);
  return { size: label(document.target), ...runWorker('report-worker.mjs', [outfile, document.path]) };
}

// ---- keystrokes through the real server ----------------------------------------

/** Opens the document in a fresh server, then types: one edit at a time, each waited for. */
async function measureKeystrokes(server, document, settings, edits, random, nodeFlags = []) {
  const client = new LspClient(server, settings, nodeFlags);
  try {
    await client.initialize(workDir);
    const openMs = await client.open(document.path, document.text, 120_000, document.languageId ?? 'markdown');
    const rssAfterOpenMb = client.rssMb();
    const latencies = [];
    const started = performance.now();
    while (latencies.length < edits && performance.now() - started < EDIT_BUDGET_MS) {
      const length = client.document.getText().length;
      const offset = Math.floor(random() * (length - 1));
      const insertion = random() < 0.5 ? String.fromCharCode(97 + Math.floor(random() * 26)) : '';
      latencies.push(await client.typeAt(offset, insertion, 30_000));
    }
    if (latencies.length < edits)
      problems.push(
        `keystrokes ${label(document.target)}: ${latencies.length} of ${edits} edits within the ${EDIT_BUDGET_MS / 1000} s budget`,
      );
    if (client.versionlessDiagnostics) problems.push('the server published diagnostics without a document version; matched by uri');
    const sorted = latencies.sort((a, b) => a - b);
    return {
      openMs,
      rssAfterOpenMb,
      rssAfterEditsMb: client.rssMb(),
      edits: sorted.length,
      p50Ms: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      maxMs: sorted.at(-1),
    };
  } finally {
    await client.close();
  }
}

async function measureServer(documents, realDocuments, server) {
  if (!existsSync(server)) {
    problems.push(`${server} is missing: keystroke latency and RSS not measured`);
    return {};
  }
  const random = seededRandom(SEED + 1);
  const keystrokes = {};
  for (const document of documents) {
    const size = label(document.target);
    log(`keystrokes ${size} (${EDITS} edits, debounceMs 0)…`);
    try {
      keystrokes[size] = await measureKeystrokes(server, document, { debounceMs: 0 }, EDITS, random);
    } catch (error) {
      problems.push(`keystrokes ${size}: ${error.message}`);
    }
  }
  // The same prose as LaTeX, whose reading differs (environments and groups may cross blank lines).
  let latex;
  const latexDocument = makeLatexDocument(documents);
  log(`keystrokes ${label(latexDocument.target)} LaTeX (${EDITS} edits, debounceMs 0)…`);
  try {
    latex = { size: label(latexDocument.target), ...(await measureKeystrokes(server, latexDocument, { debounceMs: 0 }, EDITS, random)) };
  } catch (error) {
    problems.push(`keystrokes LaTeX: ${error.message}`);
  }
  // Real prose, Markdown and LaTeX.
  const real = {};
  for (const document of realDocuments.filter((d) => d.target === REAL_KEYSTROKE_SIZE)) {
    log(`keystrokes ${document.name} (${EDITS} edits, debounceMs 0)…`);
    try {
      real[document.languageId ?? 'markdown'] = {
        size: label(document.target),
        words: document.words,
        ...(await measureKeystrokes(server, document, { debounceMs: 0 }, EDITS, random)),
      };
    } catch (error) {
      problems.push(`keystrokes ${document.name}: ${error.message}`);
    }
  }
  // The same with the editor's default settings: latency a writer actually sees, debounce included.
  let debounce;
  log(`keystrokes ${label(documents[0].target)} with default debounce…`);
  try {
    const { p50Ms, edits } = await measureKeystrokes(server, documents[0], {}, DEFAULT_DEBOUNCE_EDITS, random);
    debounce = { p50Ms, edits, size: label(documents[0].target), defaultMs: declaredDefaultDebounce() };
  } catch (error) {
    problems.push(`default debounce: ${error.message}`);
  }
  return { keystrokes, latex, debounce, real };
}

/** evident.debounceMs as the extension declares it, if it does. */
function declaredDefaultDebounce() {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const sections = [manifest.contributes?.configuration ?? []].flat();
  return sections.map((section) => section.properties?.['evident.debounceMs']?.default).find((value) => value !== undefined) ?? null;
}

// ---- bundles and activation ----------------------------------------------------

const jsSizes = (dir) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => [name, statSync(join(dir, name)).size]),
  );

/** Runs the project's own esbuild.mjs --production in a scratch folder that links to the sources; its dist/, or undefined. */
function buildProduction() {
  const scratch = join(workDir, 'production');
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  for (const entry of ['client', 'server', 'node_modules', 'package.json', 'tsconfig.json'])
    symlinkSync(join(root, entry), join(scratch, entry));
  const build = spawnSync(process.execPath, [join(root, 'esbuild.mjs'), '--production'], { cwd: scratch, encoding: 'utf8' });
  if (build.status === 0) return join(scratch, 'dist');
  problems.push(`production build failed: ${build.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return undefined;
}

function measureBundles(productionDist) {
  const bundles = {};
  try {
    bundles.built = jsSizes(join(root, 'dist'));
    if (productionDist) bundles.production = jsSizes(productionDist);
    // The web build (VS Code for the Web): its client and the server it starts in a web worker.
    bundles.web = { built: jsSizes(join(root, 'dist', 'web')) };
    if (productionDist) bundles.web.production = jsSizes(join(productionDist, 'web'));
  } catch (error) {
    problems.push(`bundles: ${error.message}`);
  }
  return bundles;
}

/**
 * Starting the server → first diagnostics of the 10k document, in fresh processes, the desktop
 * server (a child process over stdio) and the web one (in a worker thread shaped like a browser's
 * web worker) by turns; medians. The production bundles, as they ship.
 */
function measureFirstDiagnostics(document, dist) {
  const servers = { desktop: join(dist, 'server.js'), web: join(dist, 'web', 'server.js') };
  const samples = { desktop: [], web: [] };
  for (let round = 0; round < RUNS; round++) {
    for (const [target, server] of Object.entries(servers)) {
      log(`first diagnostics ${label(document.target)}, ${target} server, round ${round + 1}…`);
      try {
        samples[target].push(runWorker('first-diagnostics.mjs', [target, server, document.path]));
      } catch (error) {
        problems.push(`first diagnostics (${target}): ${error.message}`);
      }
    }
  }
  const result = { size: label(document.target) };
  for (const [target, runs] of Object.entries(samples)) {
    if (runs.length === 0) continue;
    const keys = Object.keys(runs[0]);
    result[target] = { ...Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])), runs: runs.length };
  }
  return result;
}

function measureActivation() {
  const extension = join(root, 'dist', 'extension.js');
  if (!existsSync(extension)) {
    problems.push('dist/extension.js is missing: activation not measured');
    return undefined;
  }
  log('activation…');
  try {
    const runs = Array.from({ length: RUNS }, () => runWorker('activation-worker.cjs', [extension]));
    return {
      requireMs: median(runs.map((run) => run.requireMs)),
      activateMs: median(runs.map((run) => run.activateMs)),
      runs: runs.length,
      startsServer: runs.some((run) => run.processesStarted > 0),
    };
  } catch (error) {
    problems.push(`activation: ${error.message}`);
    return undefined;
  }
}

// ---- profile -------------------------------------------------------------------

/** Runs `measure` with node --cpu-prof flags pointing into a fresh folder; returns the summary of the profile written. */
async function profiled(name, bundle, measure) {
  const profileDir = join(workDir, 'profile', name);
  rmSync(profileDir, { recursive: true, force: true });
  await measure(['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
  const [file] = readdirSync(profileDir);
  return { file: join(profileDir, file), ...summarizeProfile(join(profileDir, file), bundle, 20) };
}

/** The engine in one cold run, and the server while it is typed into (where keystroke latency goes). */
async function profile(documents, engineBundle) {
  const [first] = documents;
  log(`profiling the engine on ${label(first.target)}…`);
  const engine = await profiled('engine', engineBundle, (flags) =>
    runWorker('cold-worker.mjs', ['evident', first.path, engineBundle], [...ENGINE_V8_FLAGS, ...flags]),
  );
  if (!existsSync(join(root, 'dist', 'server.js'))) return { engine };
  const typedInto = documents.find((document) => document.target === 50_000) ?? first;
  const edits = 50;
  log(`profiling the server: open ${label(typedInto.target)} and ${edits} edits…`);
  // dist/server.js is the launcher; the profile's functions are in the bundle it runs.
  const server = await profiled('server', join(root, 'dist', 'server-main.js'), (flags) =>
    measureKeystrokes(join(root, 'dist', 'server.js'), typedInto, { debounceMs: 0 }, edits, seededRandom(SEED + 2), flags),
  );
  return { engine, server: { ...server, size: label(typedInto.target), edits } };
}

// ---- report --------------------------------------------------------------------

/** A target's row: the value against its limit; `cpu` is the same ratio in CPU time, steadier on a busy machine. */
function row(name, value, limit, unit, cpu) {
  return { name, value: value ?? null, limit, unit, pass: value === undefined || value === null ? null : value <= limit, cpu: cpu ?? null };
}

/** Each target judged on wall time. */
function targets(results) {
  const evident = (size, key) => results.cold[size]?.evident?.[key];
  const ratio = (a, b) => (a && b ? a / b : undefined);
  const largest = (sizes) => sizes && Math.max(...Object.values(sizes));
  const writeGood = (key) => results.cold['10k']?.['write-good']?.[key];
  return [
    row(
      'cold 10k vs write-good',
      ratio(evident('10k', 'analyzeMs'), writeGood('analyzeMs')),
      1.0,
      '×',
      ratio(evident('10k', 'analyzeCpuMs'), writeGood('analyzeCpuMs')),
    ),
    row('keystroke p95 at 50k', results.keystrokes?.['50k']?.p95Ms, 20, 'ms'),
    row('keystroke p95 at 50k, LaTeX', results.keystrokesLatex?.size === '50k' ? results.keystrokesLatex.p95Ms : undefined, 20, 'ms'),
    row('growth 100k / 10k', results.growth, 11, '×', ratio(evident('100k', 'analyzeCpuMs'), evident('10k', 'analyzeCpuMs'))),
    row('server RSS at 50k', results.keystrokes?.['50k']?.rssAfterOpenMb, 150, 'MB'),
    // The target is per bundle ("under 2 MB each", issue 17); the sizes of all are in the table above.
    row('largest dist/*.js, production', largest(results.bundles.production) && largest(results.bundles.production) / 2 ** 20, 2, 'MB'),
    ...startupTargets(results),
  ];
}

/** Issue 17: whole-process start-up against write-good, and keystrokes on real prose. */
function startupTargets(results) {
  const cli = (name) => results.startup?.cli?.[name];
  const server = (name) => results.startup?.serverStart?.[name];
  const realAt50k = (languageId) =>
    results.keystrokesRealProse?.[languageId]?.size === '50k' ? results.keystrokesRealProse[languageId].p95Ms : undefined;
  return [
    row('CLI 1k vs write-good', cli('generated 1k')?.ratio, 1.0, '×', cli('generated 1k')?.cpuRatio),
    row('CLI 1k real prose vs write-good', cli('real prose 1k')?.ratio, 1.0, '×', cli('real prose 1k')?.cpuRatio),
    row('CLI 10k vs write-good', cli('generated 10k')?.ratio, 0.8, '×', cli('generated 10k')?.cpuRatio),
    row('CLI 10k real prose vs write-good', cli('real prose 10k')?.ratio, 0.8, '×', cli('real prose 10k')?.cpuRatio),
    row('server to diagnostics 10k vs write-good', server('generated 10k')?.ratio, 1.0, '×'),
    row('server to diagnostics 10k real prose vs write-good', server('real prose 10k')?.ratio, 1.0, '×'),
    row('keystroke p95 at 50k real prose', realAt50k('markdown'), 20, 'ms'),
    row('keystroke p95 at 50k real prose, LaTeX', realAt50k('latex'), 20, 'ms'),
  ];
}

const fmt = (value, digits = 0) =>
  value === undefined || value === null || Number.isNaN(value)
    ? '—'
    : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (value) => fmt(value, value !== undefined && value < 10 ? 1 : 0);

const clip = (text, width = 60) => (text.length > width ? text.slice(0, width - 1) + '…' : text);

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column] ?? '').length)));
  return rows
    .map((row) =>
      row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('   '),
    )
    .join('\n');
}

function report(run) {
  const { machine: m, documents, results, targets: rows } = run;
  const sizes = documents.map((document) => document.size);
  print(`\nEvident benchmark, ${run.date}, sources at ${run.revision}`);
  const busy = Math.max(m.loadAverage.start, m.loadAverage.end) > m.cores;
  print(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}; load average ${fmt(m.loadAverage.start, 1)} at start, ${fmt(m.loadAverage.end, 1)} at end${busy ? ' (busy machine: figures are inflated)' : ''}`,
  );
  print(
    `Documents (${run.source}, seed ${SEED}): ${documents.map((d) => `${d.size} = ${fmt(d.words)} words, ${Math.round(d.distinctSentences * 100)}% distinct sentences`).join('; ')}`,
  );

  print(
    `\nCold analysis: fresh process, wall ms (× write-good) and CPU ms; ${RUNS === 1 ? 'one round' : `median of interleaved rounds (${SMALL_DOCUMENT_ROUNDS} at 10k, ${RUNS} above; harper.js ${RUNS} at 10k, once above)`}`,
  );
  const coldRows = [['', ...sizes]];
  for (const tool of TOOLS) {
    coldRows.push([
      TOOL_LABELS[tool] ?? tool,
      ...sizes.map((size) => {
        const own = results.cold[size]?.[tool]?.analyzeMs;
        const base = results.cold[size]?.['write-good']?.analyzeMs;
        const cpu = results.cold[size]?.[tool]?.analyzeCpuMs;
        return own === undefined ? '—' : `${ms(own)} (${fmt(own / base, 2)}×) cpu ${ms(cpu)}`;
      }),
    ]);
  }
  const range = (tool, size) =>
    results.cold[size]?.[tool]?.runs > 1 ? `${ms(results.cold[size][tool].minMs)}–${ms(results.cold[size][tool].maxMs)}` : '—';
  coldRows.push(['range: evident', ...sizes.map((size) => range('evident', size))]);
  coldRows.push(['range: write-good', ...sizes.map((size) => range('write-good', size))]);
  coldRows.push(['harper.js setup', ...sizes.map((size) => ms(results.cold[size]?.harper?.setupMs))]);
  coldRows.push(['evident warm, unchanged', ...sizes.map((size) => ms(results.cold[size]?.evident?.warmMs))]);
  coldRows.push(['evident warm, 1-char edit', ...sizes.map((size) => ms(results.cold[size]?.evident?.editMs))]);
  coldRows.push(['module load: evident', ...sizes.map((size) => ms(results.cold[size]?.evident?.loadMs))]);
  coldRows.push(['module load: write-good', ...sizes.map((size) => ms(results.cold[size]?.['write-good']?.loadMs))]);
  coldRows.push([
    'findings: evident / write-good',
    ...sizes.map((size) => `${fmt(run.findings[size]?.evident)} / ${fmt(run.findings[size]?.['write-good'])}`),
  ]);
  print(table(coldRows));

  if (results.keystrokes) {
    const k = results.keystrokes;
    print(`\nKeystrokes through the production dist/server.js --stdio (evident.debounceMs = 0): ms from didChange to its diagnostics`);
    print(
      table([
        ['', ...sizes],
        ['edits', ...sizes.map((size) => fmt(k[size]?.edits))],
        ['p50', ...sizes.map((size) => ms(k[size]?.p50Ms))],
        ['p95', ...sizes.map((size) => ms(k[size]?.p95Ms))],
        ['max', ...sizes.map((size) => ms(k[size]?.maxMs))],
        ['didOpen → first diagnostics', ...sizes.map((size) => ms(k[size]?.openMs))],
        ['server RSS after open, MB', ...sizes.map((size) => fmt(k[size]?.rssAfterOpenMb))],
        ['server RSS after edits, MB', ...sizes.map((size) => fmt(k[size]?.rssAfterEditsMb))],
      ]),
    );
    const l = results.keystrokesLatex;
    if (l)
      print(
        `The ${l.size} document as a LaTeX article: p50 ${ms(l.p50Ms)}, p95 ${ms(l.p95Ms)}, max ${ms(l.maxMs)} ms over ${l.edits} edits; didOpen → first diagnostics ${ms(l.openMs)} ms; RSS after open ${fmt(l.rssAfterOpenMb)} MB`,
      );
    const d = results.debounce;
    if (d)
      print(
        `Default settings (debounce ${d.defaultMs ?? 'server default'}${d.defaultMs === null ? '' : ' ms'}): p50 ${ms(d.p50Ms)} ms over ${d.edits} edits at ${d.size}`,
      );
  }

  const real = results.keystrokesRealProse;
  if (real && Object.keys(real).length) {
    print(`\nKeystrokes into real prose (Wikipedia sentences from ../shared/data, five to a paragraph), same server and settings`);
    print(
      table([
        ['', ...Object.keys(real).map((languageId) => `${real[languageId].size} ${languageId}`)],
        ...[
          ['edits', 'edits'],
          ['p50', 'p50Ms'],
          ['p95', 'p95Ms'],
          ['max', 'maxMs'],
          ['didOpen → first diagnostics', 'openMs'],
          ['server RSS after open, MB', 'rssAfterOpenMb'],
        ].map(([name, key]) => [
          name,
          ...Object.values(real).map((figures) => (key.endsWith('Ms') ? ms(figures[key]) : fmt(figures[key]))),
        ]),
      ]),
    );
  }
  const s = results.startup;
  if (s) {
    print(
      `\nStart-up, whole process as a user runs it (production build): wall ms, median of ${s.rounds} interleaved pairs with write-good's CLI (min–max); ratio = median of the pairs' ratios`,
    );
    const range = (f) => `${ms(f.wallMs)} (${ms(f.minMs)}–${ms(f.maxMs)})`;
    print(
      table([
        ['evident <file>', 'words', 'evident', 'write-good', 'ratio', 'of medians', 'CPU ratio'],
        ...Object.entries(s.cli).map(([name, pair]) => [
          name,
          fmt(s.words[name]),
          range(pair.evident),
          range(pair.writeGood),
          `${fmt(pair.ratio, 2)}×`,
          `${fmt(pair.ratioOfMedians, 2)}×`,
          `${fmt(pair.cpuRatio, 2)}×`,
        ]),
      ]),
    );
    if (s.firstRun)
      print(
        `Generated 1k, the first run after an install or upgrade (empty compile cache): ${range(s.firstRun)} ms; with the cache turned off: ${range(s.noCache)} ms (${s.firstRun.runs} runs each)`,
      );
    if (s.phases) {
      const names = Object.keys(s.phases);
      print(
        `Where a start goes: node --cpu-prof dist/cli.js <file> (development build, compile cache written), ms, median of ${Object.values(s.phases)[0].runs} runs; the profiler slows a run`,
      );
      print(
        table([
          ['', ...names],
          ...PHASES.map(([key, title]) => [title, ...names.map((name) => ms(s.phases[name].phases[key]))]),
          ['total (profiled)', ...names.map((name) => ms(s.phases[name].totalMs))],
        ]),
      );
    }
    if (s.serverStart) {
      print(
        table([
          ['language server, spawn →', 'initialize answered', 'first diagnostics', 'write-good run', 'ratio'],
          ...Object.entries(s.serverStart).map(([name, f]) => [
            name,
            ms(f.initializeMs),
            `${ms(f.firstDiagnosticsMs)} (${ms(f.minMs)}–${ms(f.maxMs)})`,
            range(f.writeGood),
            `${fmt(f.ratio, 2)}×`,
          ]),
        ]),
      );
    }
  }

  print(
    `\nGrowth: cold 100k / cold 10k = ${fmt(results.growth, 1)}× (CPU time: ${fmt(rows.find((row) => row.name.startsWith('growth')).cpu, 1)}×)`,
  );
  const { built, production } = results.bundles;
  const kb = (bytes) => (bytes === undefined ? '—' : `${fmt(bytes / 1024)} KB`);
  const names = [...new Set([...Object.keys(built ?? {}), ...Object.keys(production ?? {})])];
  const web = results.bundles.web ?? {};
  const webNames = [...new Set([...Object.keys(web.built ?? {}), ...Object.keys(web.production ?? {})])];
  print(
    table([
      ['Bundles', 'dist/ as built', 'production (esbuild.mjs --production)'],
      ...names.map((name) => [name, kb(built?.[name]), kb(production?.[name])]),
      ...webNames.map((name) => [`web/${name}`, kb(web.built?.[name]), kb(web.production?.[name])]),
    ]),
  );
  const f = results.firstDiagnostics;
  if (f?.desktop || f?.web) {
    print(
      `\nFirst diagnostics of the ${f.size} document, from starting the server (production bundles, fresh process each, median of ${f.desktop?.runs ?? f.web?.runs})`,
    );
    print(
      table([
        ['', 'start → initialized', 'didOpen → diagnostics', 'start → diagnostics'],
        ...[
          ['desktop: node dist/server.js --stdio', f.desktop],
          ['web: dist/web/server.js in a worker', f.web],
        ].map(([name, r]) => [name, ms(r?.startToInitializedMs), ms(r?.openToDiagnosticsMs), ms(r?.startToDiagnosticsMs)]),
      ]),
    );
    print(
      "(the web server runs in a Node worker thread shaped like a browser's web worker: the same V8, without a browser's worker start-up and script fetch)",
    );
  }
  const a = results.activation;
  if (a) {
    const serverNote = a.startsServer ? 'activate() starts the server in the background and returns' : 'the server starts later, on demand';
    print(
      `Activation with a stub vscode: require ${ms(a.requireMs)} ms + activate() ${ms(a.activateMs)} ms, median of ${a.runs}; ${serverNote}`,
    );
  }

  print('\nTargets');
  const digits = (row) => (row.unit === 'ms' || row.unit === 'MB' ? 1 : 2);
  print(
    table(
      rows.map((row) => [
        row.name,
        `${row.value === null ? '—' : fmt(row.value, digits(row))} ${row.unit}`,
        `≤ ${row.limit} ${row.unit}`,
        row.pass === null ? 'n/a' : row.pass ? 'PASS' : 'MISS',
        row.cpu === null ? '' : `(CPU time: ${fmt(row.cpu, 2)} ×)`,
      ]),
    ),
  );

  const printProfile = (title, { file, totalMs, functions, owners }) => {
    print(`\n${title}: ${fmt(totalMs)} ms of samples (${file})`);
    print(
      table([
        ['self time by package / source file', 'self ms', '%'],
        ...owners.slice(0, 10).map((o) => [clip(o.owner), fmt(o.selfMs), fmt(o.percent, 1)]),
      ]),
    );
    print(
      table([
        ['function', 'location', 'self ms', '%'],
        ...functions.map((f) => [clip(f.functionName), f.location, fmt(f.selfMs), fmt(f.percent, 1)]),
      ]),
    );
  };
  if (run.profile?.engine) printProfile(`Engine CPU profile, one cold ${sizes[0]} run (load, cold, warm, 1-char edit)`, run.profile.engine);
  if (run.profile?.server)
    printProfile(`Server CPU profile, start + open ${run.profile.server.size} + ${run.profile.server.edits} edits`, run.profile.server);
  const r = results.report;
  if (r) {
    print(
      `\nClaims & Evidence at ${r.size} (${fmt(r.sections)} sections, ${fmt(r.entries)} sentences listed, ${fmt(r.findings)} findings), after the analysis (${ms(r.analyzeMs)} ms cold), median of 7:`,
    );
    print(
      `  evidence map (view, status bar, report) ${ms(r.mapMs)} ms (first ${ms(r.mapFirstMs)} ms); its JSON ${ms(r.jsonMs)} ms, ${fmt(r.jsonBytes / 1024)} KB`,
    );
    print(`  report HTML ${ms(r.htmlMs)} ms, ${fmt(r.htmlBytes / 1024)} KB; Markdown ${ms(r.markdownMs)} ms`);
  }
  if (results.bibliography) print(`\n${renderBibliography(results.bibliography)}`);
  if (run.skipped?.length) print(`\nSkipped:\n- ${run.skipped.join('\n- ')}`);
  if (problems.length) print(`\nNot measured or degraded:\n- ${problems.join('\n- ')}`);
}

// ---- main ----------------------------------------------------------------------

const started = performance.now();
const loadAtStart = loadavg()[0];
mkdirSync(benchDir, { recursive: true });
// Each run has its own scratch folder: test runs and benches in other sessions may run at the same time.
const workDir = mkdtempSync(join(benchDir, 'run-'));
const skipped = [];
const documents = makeDocuments();
const realDocuments = makeRealProseDocuments();
const startupDocuments = makeStartupDocuments(documents, realDocuments);
const productionDist = buildProduction();
const engineBundles = { evident: await bundleEngine(true), 'evident-dev': await bundleEngine(false) };
const { cold, findings } = measureCold(documents, engineBundles);
// Keystrokes through the server as it ships; without a production build, through dist/ as built.
const shippedDist = productionDist ?? join(root, 'dist');
const { keystrokes, latex, debounce, real } = await measureServer(documents, realDocuments, join(shippedDist, 'server.js'));
const startup = await measureStartup(startupDocuments, join(shippedDist, 'cli.js'), join(shippedDist, 'server.js')).catch((error) => {
  problems.push(`start-up: ${error.message}`);
  return undefined;
});
const coldOf = (size) => cold[size]?.evident?.analyzeMs;
const results = {
  cold,
  keystrokes,
  keystrokesLatex: latex,
  keystrokesRealProse: real,
  startup,
  debounce,
  growth: coldOf('100k') && coldOf('10k') ? coldOf('100k') / coldOf('10k') : undefined,
  bundles: measureBundles(productionDist),
  firstDiagnostics: measureFirstDiagnostics(documents[0], productionDist ?? join(root, 'dist')),
  activation: measureActivation(),
  // Issue 15: the data of the Claims & Evidence view and the evidence report of a 50,000-word document.
  report: await measureReport(documents).catch((error) => {
    problems.push(`evidence report: ${error.message}`);
    return undefined;
  }),
  // Issue 14: a 10,000-entry bibliography parsed (target < 1 s) and citation completion (target < 50 ms).
  bibliography: await measureBibliography().catch((error) => {
    problems.push(`bibliography: ${error.message}`);
    return undefined;
  }),
};
const output = {
  date: new Date().toISOString(),
  machine: machine(),
  revision: revision(),
  source: sampleFile ?? 'bench/corpus',
  quick,
  documents: documents.map(({ target, words, distinctSentences }) => ({ size: label(target), words, distinctSentences })),
  realProseDocuments: realDocuments.map(({ name, words }) => ({ name, words })),
  skipped,
  results,
  findings,
  targets: targets(results),
  // Profiles read the development builds: their function names are the sources' own.
  profile: args.includes('--profile') ? await profile(documents, engineBundles['evident-dev']) : undefined,
  problems,
  seconds: 0,
};
output.seconds = (performance.now() - started) / 1000;
writeFileSync(join(benchDir, 'results.json'), JSON.stringify(output, null, 2));
// Profiles are kept for DevTools; everything else in the scratch folder is reproducible.
for (const entry of readdirSync(workDir)) {
  if (!(output.profile && entry === 'profile')) rmSync(join(workDir, entry), { recursive: true, force: true });
}
if (!output.profile) rmSync(workDir, { recursive: true, force: true });
report(output);
print(`\nTook ${fmt(output.seconds)} s; results also in .bench/results.json`);
if (asJson) process.stdout.write(JSON.stringify(output, null, 2) + '\n');
