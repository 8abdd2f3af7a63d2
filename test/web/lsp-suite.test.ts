// Every desktop LSP test (test/lsp/*.test.ts) a second time, against the web build: with
// EVIDENT_LSP_SERVER=web their client (test/lsp/client.ts) starts dist/web/server.js in a worker
// thread made to look like a browser's web worker (worker-shim.cjs) and answers its file requests
// (evident/fileStat, evident/readFile) from the file system, as the web client does with
// vscode.workspace.fs, so the bibliography and project-file tests run too. The only tests skipped
// are those listed below, with the reason; any other skip, or any failure, fails this test.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');
const LSP_TESTS = readdirSync(join(ROOT, 'test/lsp'))
  .filter((name) => name.endsWith('.test.ts'))
  .sort()
  .map((name) => join('test/lsp', name));
const RUN_LIMIT_MS = 8 * 60_000;

/** Tests the web server cannot pass by design (marked desktopOnly() in test/lsp), and why. */
export const WEB_SKIPS: Record<string, string> = {
  'works over node IPC as the VS Code client starts it':
    'the web server speaks over postMessage (the worker transport every other test uses), not node IPC',
};

function runLspTests(): Promise<{ code: number | null; output: string }> {
  // A test run of its own: without NODE_TEST_CONTEXT, which would make it report to this one instead.
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...LSP_TESTS], {
      cwd: ROOT,
      env: { ...env, EVIDENT_LSP_SERVER: 'web' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), RUN_LIMIT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, output });
    });
  });
}

test(`every LSP test (${LSP_TESTS.length} files) passes against the web server in a worker, but those listed as skipped`, {
  timeout: RUN_LIMIT_MS + 30_000,
}, async (t) => {
  const { code, output } = await runLspTests();
  const total = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? NaN);
  const skipped = [...output.matchAll(/^\s*ok \d+ - (.*) # SKIP (.*)$/gm)].map(([, name, reason]) => ({ name, reason }));
  const failed = [...output.matchAll(/^\s*not ok \d+ - (.*)$/gm)].map(([, name]) => name);
  const context = `\n--- the LSP tests against the web server (EVIDENT_LSP_SERVER=web) ---\n${output}`;
  assert.deepEqual(failed, [], `failing against the web server${context}`);
  assert.equal(total('fail'), 0, context);
  assert.equal(code, 0, context);
  assert.ok(total('pass') >= 50, `the LSP tests ran (${total('pass')} passed)${context}`);
  assert.deepEqual(skipped.map(({ name }) => name).sort(), Object.keys(WEB_SKIPS).sort(), `only the listed tests are skipped${context}`);
  for (const { name, reason } of skipped) assert.equal(reason, `web build: ${WEB_SKIPS[name]}`, `the skip reason of "${name}"`);
  t.diagnostic(
    `against the web server: ${total('pass')} passed, ${skipped.length} skipped (${skipped.map(({ name }) => name).join('; ')})`,
  );
});
