// Smoke test of `npm run bench`: the quick run measures every figure it promises.
// Values are machine-dependent and not asserted; only that each one was measured.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const SERVER = resolve(ROOT, 'dist/server.js');
const EXTENSION = resolve(ROOT, 'dist/extension.js');
const TOOLS = ['evident', 'write-good', 'retext-intensify', 'harper'];

/** Every number anywhere under `value`, with its path. */
function numbers(value: unknown, path = 'results'): Array<[string, number]> {
  if (typeof value === 'number') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => numbers(child, `${path}.${key}`));
  return [];
}

test('bench --quick --json measures every figure', {
  skip: !existsSync(SERVER) || !existsSync(EXTENSION) ? 'dist/ not built' : false,
  timeout: 300_000,
}, () => {
  const run = spawnSync(process.execPath, ['scripts/bench.mjs', '--quick', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 280_000,
    maxBuffer: 1 << 24,
  });
  assert.equal(run.status, 0, run.stderr);
  const output = JSON.parse(run.stdout);

  assert.deepEqual(output.problems, []);
  assert.equal(output.quick, true);
  assert.deepEqual(
    output.documents.map((d: { size: string }) => d.size),
    ['10k'],
  );
  assert.ok(output.documents[0].words >= 10_000 && output.documents[0].words < 10_500, `words: ${output.documents[0].words}`);
  assert.ok(output.machine.cores > 0 && output.machine.cpu && output.machine.node === process.version);

  const { results } = output;
  const required: string[][] = [
    ...TOOLS.flatMap((tool) => [
      ['cold', '10k', tool, 'analyzeMs'],
      ['cold', '10k', tool, 'loadMs'],
    ]),
    ['cold', '10k', 'evident', 'warmMs'],
    ['cold', '10k', 'evident', 'editMs'],
    ['cold', '10k', 'harper', 'setupMs'],
    ...['edits', 'p50Ms', 'p95Ms', 'maxMs', 'openMs', 'rssAfterOpenMb', 'rssAfterEditsMb'].map((key) => ['keystrokes', '10k', key]),
    ...['edits', 'p50Ms', 'p95Ms', 'maxMs', 'openMs', 'rssAfterOpenMb'].map((key) => ['keystrokesLatex', key]),
    ['debounce', 'p50Ms'],
    ...['built', 'production'].flatMap((build) => ['cli.js', 'extension.js', 'server.js'].map((file) => ['bundles', build, file])),
    ...['built', 'production'].flatMap((build) => ['extension.js', 'server.js'].map((file) => ['bundles', 'web', build, file])),
    ...['desktop', 'web'].flatMap((server) =>
      ['startToInitializedMs', 'openToDiagnosticsMs', 'startToDiagnosticsMs', 'diagnostics'].map((key) => [
        'firstDiagnostics',
        server,
        key,
      ]),
    ),
    ['activation', 'requireMs'],
    ['activation', 'activateMs'],
    // Issue 17: whole-process start-up against write-good's CLI, the server's start, where a start goes.
    ...['empty file', 'generated 1k', 'generated 10k'].flatMap((name) => [
      ['startup', 'cli', name, 'evident', 'wallMs'],
      ['startup', 'cli', name, 'writeGood', 'wallMs'],
      ['startup', 'cli', name, 'ratio'],
      ['startup', 'cli', name, 'cpuRatio'],
      ['startup', 'phases', name, 'phases', 'launcher'],
      ['startup', 'phases', name, 'phases', 'init'],
    ]),
    ['startup', 'phases', 'generated 10k', 'phases', 'analysis'],
    ['startup', 'firstRun', 'wallMs'],
    ['startup', 'noCache', 'wallMs'],
    ...['firstDiagnosticsMs', 'initializeMs', 'ratio'].map((key) => ['startup', 'serverStart', 'generated 10k', key]),
    // The Claims & Evidence view's data and the evidence report (10k in a quick run).
    ...['mapMs', 'mapFirstMs', 'jsonMs', 'jsonBytes', 'htmlMs', 'htmlBytes', 'markdownMs', 'sections', 'entries', 'findings'].map((key) => [
      'report',
      key,
    ]),
  ];
  // Real prose comes from ../shared at bench time; without it the run says why and skips it.
  const shared = existsSync(resolve(ROOT, '..', 'shared', 'data', 'hedge', 'wiki-weasel-train.csv'));
  if (shared) {
    required.push(
      ...['real prose 1k', 'real prose 10k'].map((name) => ['startup', 'cli', name, 'ratio']),
      ['startup', 'serverStart', 'real prose 10k', 'firstDiagnosticsMs'],
      ...['markdown', 'latex'].flatMap((languageId) => ['p50Ms', 'p95Ms', 'edits'].map((key) => ['keystrokesRealProse', languageId, key])),
    );
  } else {
    assert.match(output.skipped.join('\n'), /real-prose documents not built/);
  }
  for (const path of required) {
    const value = path.reduce((node, key) => node?.[key], results);
    assert.equal(typeof value, 'number', `${path.join(' › ')} is missing`);
  }
  // A phase of a start may take no sample at all (no analysis of an empty file), and the empty file has no words: ≥ 0 there.
  for (const [path, value] of numbers(results))
    assert.ok(
      Number.isFinite(value) && (value > 0 || (value === 0 && (path.includes('.phases.') || path === 'results.startup.words.empty file'))),
      `${path} = ${value}`,
    );
  assert.equal(results.keystrokes['10k'].edits, 40);
  // The web server, started as VS Code for the Web starts it, finds what the desktop one finds.
  assert.equal(results.firstDiagnostics.web.diagnostics, results.firstDiagnostics.desktop.diagnostics);
  assert.match(run.stderr, /^web: dist\/web\/server\.js in a worker /m);

  // Targets that need the 50k/100k documents are "not measured" in a quick run, never a false PASS.
  const targets = Object.fromEntries(output.targets.map((t: { name: string; pass: boolean | null }) => [t.name, t.pass]));
  assert.deepEqual(Object.keys(targets), [
    'cold 10k vs write-good',
    'keystroke p95 at 50k',
    'keystroke p95 at 50k, LaTeX',
    'growth 100k / 10k',
    'server RSS at 50k',
    'largest dist/*.js, production',
    'CLI 1k vs write-good',
    'CLI 1k real prose vs write-good',
    'CLI 10k vs write-good',
    'CLI 10k real prose vs write-good',
    'server to diagnostics 10k vs write-good',
    'server to diagnostics 10k real prose vs write-good',
    'keystroke p95 at 50k real prose',
    'keystroke p95 at 50k real prose, LaTeX',
  ]);
  for (const name of ['CLI 1k vs write-good', 'CLI 10k vs write-good', 'server to diagnostics 10k vs write-good'])
    assert.equal(typeof targets[name], 'boolean', name);
  assert.equal(targets['keystroke p95 at 50k real prose'], null, 'a quick run types into real prose at 10k: no verdict at 50k');
  assert.equal(typeof targets['cold 10k vs write-good'], 'boolean');
  assert.equal(typeof targets['largest dist/*.js, production'], 'boolean');
  assert.equal(targets['keystroke p95 at 50k'], null);
  assert.equal(targets['keystroke p95 at 50k, LaTeX'], null);
  assert.equal(results.keystrokesLatex.size, '10k');
  assert.equal(results.keystrokesLatex.edits, 40);
  assert.match(run.stderr, /^Targets$/m);
  assert.match(run.stderr, /^cold 10k vs write-good .* (PASS|MISS) .*CPU time/m);
  assert.match(run.stderr, /^CLI 10k vs write-good .* ≤ 0\.8 × +(PASS|MISS) /m);
  assert.match(run.stderr, /^Where a start goes: /m);
});
