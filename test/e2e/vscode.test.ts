// The packaged extension in a real VS Code (see scripts/e2e/run.mjs). Needs the tools from
// `bash scripts/e2e/install-tools.sh`; without them this skips, unless EVIDENT_E2E=required.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const repo = resolve(import.meta.dirname, '../..');
const RUN_LIMIT_MS = 8 * 60_000;
const TOOLS = ['.tools/node24/node_modules/node/bin/node', '.tools/code-server/node_modules/code-server/lib/vscode/out/server-main.js']
  .map((path) => join(repo, path))
  .concat('/usr/bin/chromium');

const missing = TOOLS.filter((path) => !existsSync(path));
const required = process.env.EVIDENT_E2E === 'required';
const skip =
  missing.length > 0 && !required
    ? `real VS Code tools not installed (${missing.join(', ')}): run \`bash scripts/e2e/install-tools.sh\`; EVIDENT_E2E=required makes this a failure`
    : false;

interface E2eResult {
  suite?: { exitCode: number; passed: number; failed: number };
  ui?: { passed: number; failed: number; failedStep?: string };
  web?: { passed: number; failed: number; failedStep?: string };
  report?: { passed: number; failed: number; failedStep?: string };
  error?: string;
}

/** Runs scripts/e2e/run.mjs; on time-out sends SIGTERM so it stops the server it started. */
function runE2e(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['scripts/e2e/run.mjs'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n[vscode.test] run.mjs exceeded ${RUN_LIMIT_MS} ms; stopping it\n`;
      child.kill('SIGTERM');
    }, RUN_LIMIT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, output });
    });
  });
}

test('the packaged extension passes the extension-host suite and the UI test in a real VS Code, and its browser-only variant the UI test in the web-worker extension host', {
  skip,
  timeout: RUN_LIMIT_MS + 60_000,
}, async () => {
  assert.deepEqual(missing, [], 'EVIDENT_E2E=required, but the tools are missing: run `bash scripts/e2e/install-tools.sh`');
  const { code, output } = await runE2e();
  const resultLine = output.split('\n').find((line) => line.startsWith('E2E-RESULT '));
  assert.ok(resultLine, `run.mjs reported no E2E-RESULT line (exit ${code}); its output:\n${output}`);
  const result: E2eResult = JSON.parse(resultLine.slice('E2E-RESULT '.length));
  const context = `\n--- scripts/e2e/run.mjs output (logs and screenshots in test-results/e2e/) ---\n${output}`;
  assert.equal(result.error, undefined, context);
  assert.equal(result.suite?.failed, 0, `extension-host suite failures${context}`);
  assert.ok((result.suite?.passed ?? 0) > 0, `the extension-host suite ran no test${context}`);
  assert.equal(result.suite?.exitCode, 0, `extension-host exit code${context}`);
  assert.equal(result.ui?.failed, 0, `UI test failed at "${result.ui?.failedStep}"${context}`);
  assert.ok((result.ui?.passed ?? 0) > 0, `the UI test ran no step${context}`);
  assert.equal(result.web?.failed, 0, `web-worker UI test failed at "${result.web?.failedStep}"${context}`);
  assert.ok((result.web?.passed ?? 0) > 0, `the web-worker UI test ran no step${context}`);
  assert.equal(result.report?.failed, 0, `the report page failed at "${result.report?.failedStep}"${context}`);
  assert.ok((result.report?.passed ?? 0) > 0, `the report page ran no step${context}`);
  assert.equal(code, 0, context);
  // VS Code validates the manifest as it loads the extension; a problem shows as an error in the log.
  const manifestErrors = readFileSync(join(repo, 'test-results/e2e/suite.log'), 'utf8')
    .split('\n')
    .filter((line) => line.includes('[error] [evident.evident]'));
  assert.deepEqual(manifestErrors, [], 'VS Code reports no problem with the manifest');
});
