// Runs every *.test.ts under test/ with node's own test runner (TypeScript via tsx).
// `node scripts/run-tests.mjs unit` runs only test/engine; other names pick that folder.
// Builds dist/ first: CLI, LSP and editor tests run the bundles users get.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv[2];
const roots = only === 'unit' ? ['test/engine'] : only ? [join('test', only)] : ['test'];

function collect(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...collect(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

// The real-VS-Code test installs the packaged vsix; packaging writes a production build
// into dist/, so it happens here, before the tests that read dist/ start, never during them.
if ((!only || only === 'e2e') && existsSync('.tools/code-server')) {
  const { ensureVsix } = await import('./e2e/run.mjs');
  ensureVsix();
}

const build = spawnSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const files = roots.flatMap(collect);
// A summary a person reads (scripts/test-reporter.mjs); EVIDENT_TEST_REPORTER=tap (or spec) for the raw stream.
const reporter = process.env.EVIDENT_TEST_REPORTER ?? './scripts/test-reporter.mjs';
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', `--test-reporter=${reporter}`, ...files], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
