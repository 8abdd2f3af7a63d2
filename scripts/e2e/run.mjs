// Tests the PACKAGED extension (evident.vsix) in a real VS Code, offline: the VS Code server
// bundled in code-server (run by Node 24 from .tools/), its workbench driven in Debian's Chromium.
//   1. installs the vsix into a fresh --extensions-dir (`npm run package` first if it is missing or stale);
//   2. runs test/e2e/suite inside the extension host (extensionTestsPath);
//   3. runs the Playwright UI test (test/e2e/ui.mjs) against the same server, then the Claims &
//      Evidence view's (test/e2e/evidence-ui.mjs);
//   4. renders `evident report`'s page in the same Chromium (test/e2e/report-page.mjs);
//   5. installs the browser-only variant of the vsix (scripts/e2e/web-vsix.mjs) on a second server,
//      where VS Code runs it in the browser's web-worker extension host, and runs the UI test
//      there (test/e2e/web-ui.mjs).
// Usage: node scripts/e2e/run.mjs [--only suite|ui|report|web]. Env: EVIDENT_VSIX tests that vsix instead of ./evident.vsix.
// Prints one `E2E-RESULT {json}` line at the end; exits non-zero on any failure.
// Install the tools first: bash scripts/e2e/install-tools.sh
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { runUiTest } from '../../test/e2e/ui.mjs';
import { runEvidenceUiTest } from '../../test/e2e/evidence-ui.mjs';
import { runReportPage } from '../../test/e2e/report-page.mjs';
import { runWebUiTest } from '../../test/e2e/web-ui.mjs';
import { writeWebOnlyVsix } from './web-vsix.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const node24 = join(repo, '.tools/node24/node_modules/node/bin/node');
const serverMain = join(repo, '.tools/code-server/node_modules/code-server/lib/vscode/out/server-main.js');
const chromiumPath = '/usr/bin/chromium';
export const vsixPath = resolve(repo, process.env.EVIDENT_VSIX ?? 'evident.vsix');
export const fixtures = join(repo, 'test/e2e/fixtures');
const resultsDir = join(repo, 'test-results/e2e');
export const suiteBundle = join(repo, '.e2e/suite.js');
const engineBundle = join(repo, '.e2e/engine.mjs');

const SERVER_START_LIMIT_MS = 60_000;
const SUITE_LIMIT_MS = 4 * 60_000;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const log = (...args) => console.log('[e2e]', ...args);

/** Polls `probe` until it returns a truthy value; throws after `limitMs`. */
async function pollUntil(what, probe, { limitMs, intervalMs = 250 }) {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${limitMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function requireTools() {
  for (const [path, what] of [
    [node24, 'Node 24'],
    [serverMain, 'code-server'],
    [chromiumPath, 'Chromium'],
  ]) {
    if (!existsSync(path)) throw new Error(`${what} missing (${path}); run: bash scripts/e2e/install-tools.sh`);
  }
}

/** Newest modification time among the files that go into the vsix. */
function newestSourceMtime() {
  const files = ['package.json', 'README.md', 'LICENSE']
    .map((name) => join(repo, name))
    .concat(
      ['client/src', 'server/src', 'snippets'].flatMap((dir) =>
        readdirSync(join(repo, dir), { recursive: true }).map((name) => join(repo, dir, name)),
      ),
    );
  return Math.max(...files.filter(existsSync).map((file) => statSync(file).mtimeMs));
}

/** The default vsix is (re)built when missing or older than its sources; EVIDENT_VSIX is used as given. */
export function ensureVsix() {
  if (process.env.EVIDENT_VSIX) {
    if (!existsSync(vsixPath)) throw new Error(`EVIDENT_VSIX=${vsixPath} does not exist`);
    return;
  }
  if (existsSync(vsixPath) && statSync(vsixPath).mtimeMs >= newestSourceMtime()) return;
  log(`${vsixPath} is missing or older than its sources: npm run package`);
  const packaged = spawnSync('npm', ['run', 'package'], { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
  if (packaged.status !== 0 || !existsSync(vsixPath)) throw new Error('npm run package did not produce the vsix');
}

/** Installs the vsix the way a user would; returns the unpacked extension's directory. */
function installVsix(dirs, vsix = vsixPath) {
  const installed = spawnSync(node24, [serverMain, '--install-extension', vsix, ...serverDirArgs(dirs), '--accept-server-license-terms'], {
    encoding: 'utf8',
  });
  if (installed.status !== 0) throw new Error(`installing ${vsix} failed:\n${installed.stdout}\n${installed.stderr}`);
  // The extensions dir is fresh, so the vsix is its only entry.
  const entries = JSON.parse(readFileSync(join(dirs.extensions, 'extensions.json'), 'utf8'));
  if (entries.length !== 1) throw new Error(`expected one installed extension, found ${entries.length}`);
  return entries[0].location.path;
}

function serverDirArgs(dirs) {
  return ['--server-data-dir', dirs.serverData, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

export async function bundleSuite() {
  await esbuild.build({
    entryPoints: [join(repo, 'test/e2e/suite/index.ts')],
    outfile: suiteBundle,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

/** The analysis engine as an ES module, so the UI test can compute what the editor must show. */
async function loadEngine() {
  await esbuild.build({
    entryPoints: [join(repo, 'server/src/engine/index.ts')],
    outfile: engineBundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(engineBundle);
}

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address();
        probe.close(() => resolvePort(port));
      });
  });
}

async function startServer(dirs, port, logName = 'server.log') {
  const serverLog = createWriteStream(join(resultsDir, logName));
  const server = spawn(
    node24,
    [
      serverMain,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      '--disable-workspace-trust',
      ...serverDirArgs(dirs),
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  ); // own process group: helpers die with it
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  let exited = false;
  server.once('exit', () => {
    exited = true;
  });
  await pollUntil(
    'the VS Code server to answer HTTP 200',
    async () => {
      if (exited) throw new Error(`VS Code server exited early; see ${join(resultsDir, logName)}`);
      try {
        return (await fetch(`http://127.0.0.1:${port}/`)).status === 200;
      } catch {
        return false;
      }
    },
    { limitMs: SERVER_START_LIMIT_MS },
  );
  return { process: server, hasExited: () => exited };
}

async function stopServer(server) {
  if (!server || server.hasExited()) return;
  const group = -server.process.pid;
  try {
    process.kill(group, 'SIGTERM');
  } catch {
    return;
  }
  try {
    await pollUntil('the VS Code server to stop', () => server.hasExited(), { limitMs: 10_000 });
  } catch {
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** A private copy of the fixtures: tests edit documents and workspace settings. */
function workspaceCopy(dirs, name) {
  const folder = join(dirs.root, name);
  cpSync(fixtures, folder, { recursive: true });
  return folder;
}

function workbenchUrl(port, folder, payload) {
  const params = new URLSearchParams({ folder, payload: JSON.stringify(payload) });
  return `http://127.0.0.1:${port}/?${params}`;
}

async function openBrowser(dirs, name) {
  return chromium.launchPersistentContext(join(dirs.root, `chromium-${name}`), {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
}

/** Runs the bundled suite in the extension host; returns its exit code and pass/fail counts. */
async function runSuite(dirs, port, extensionDir) {
  const folder = workspaceCopy(dirs, 'workspace-suite');
  const browser = await openBrowser(dirs, 'suite');
  const suiteLog = createWriteStream(join(resultsDir, 'suite.log'));
  const counts = { passed: 0, failed: 0 };
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    let exitCode;
    await page.exposeFunction('codeAutomationExit', (code) => {
      exitCode = code;
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = (Array.isArray(args) ? args : [args]).map(String).join(' ');
      suiteLog.write(`[${type}] ${line}\n`);
      const summary = /\[evident-e2e\] passed=(\d+) failed=(\d+)/.exec(line);
      if (summary) [counts.passed, counts.failed] = [Number(summary[1]), Number(summary[2])];
      if (line.includes('[evident-e2e]')) console.log(line);
    });
    const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
    await page.goto(
      workbenchUrl(port, folder, [
        // extensionTestsPath only runs alongside a development extension: point it at the INSTALLED
        // copy, so the packaged bits are what run.
        ['extensionDevelopmentPath', remote(extensionDir)],
        ['extensionTestsPath', remote(suiteBundle)],
        ['skipWelcome', 'true'],
      ]),
    );
    await pollUntil('the extension-host suite to exit', () => exitCode !== undefined, { limitMs: SUITE_LIMIT_MS, intervalMs: 500 });
    if (exitCode !== 0) await page.screenshot({ path: join(resultsDir, 'suite-failure.png') });
    return { exitCode, ...counts };
  } finally {
    await browser.close();
    suiteLog.end();
  }
}

async function runUi(dirs, port) {
  const folder = workspaceCopy(dirs, 'workspace-ui');
  const browser = await openBrowser(dirs, 'ui');
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(workbenchUrl(port, folder, [['skipWelcome', 'true']]));
    const engine = await loadEngine();
    const ui = await runUiTest(page, {
      engine,
      draftPath: join(folder, 'brief.md'),
      examplePath: join(repo, 'examples/draft-brief.md'),
      screenshotsDir: resultsDir,
      log,
    });
    if (ui.failed > 0) return ui;
    // The Claims & Evidence view and the report in the editor, on the same workbench.
    const evidence = await runEvidenceUiTest(page, { engine, screenshotsDir: resultsDir, log });
    return { passed: ui.passed + evidence.passed, failed: evidence.failed, failedStep: evidence.failedStep };
  } finally {
    await browser.close();
  }
}

/**
 * The browser-only variant of the vsix (scripts/e2e/web-vsix.mjs) on a second VS Code server of its
 * own: VS Code runs it in the browser's web-worker extension host, and the UI test checks it there.
 */
async function runWeb(root) {
  const dirs = { root, serverData: join(root, 'web-server'), userData: join(root, 'web-user'), extensions: join(root, 'web-extensions') };
  const webVsix = join(root, 'evident-web.vsix');
  const manifest = await writeWebOnlyVsix(vsixPath, webVsix);
  log(`browser-only vsix (no main, extensionKind ${JSON.stringify(manifest.extensionKind)}) → ${installVsix(dirs, webVsix)}`);
  const port = await freePort();
  const server = await startServer(dirs, port, 'web-server.log');
  const folder = workspaceCopy(dirs, 'workspace-web');
  const browser = await openBrowser(dirs, 'web');
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const consoleLog = createWriteStream(join(resultsDir, 'web-console.log'));
    page.on('console', (message) => consoleLog.write(`[${message.type()}] ${message.text()}\n`));
    await page.goto(workbenchUrl(port, folder, [['skipWelcome', 'true']]));
    return await runWebUiTest(page, { engine: await loadEngine(), draftPath: join(folder, 'brief.md'), screenshotsDir: resultsDir, log });
  } finally {
    await browser.close();
    await stopServer(server);
  }
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  const root = mkdtempSync(join(tmpdir(), 'evident-e2e-'));
  const dirs = { root, serverData: join(root, 'server'), userData: join(root, 'user'), extensions: join(root, 'extensions') };
  const result = {};
  let server;
  const cleanUp = async () => {
    await stopServer(server);
    rmSync(root, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => cleanUp().finally(() => process.exit(1)));
  }
  const runs = (part) => only === undefined || only === part;
  try {
    requireTools();
    ensureVsix();
    if (runs('suite') || runs('ui')) {
      const extensionDir = installVsix(dirs);
      log(`installed ${vsixPath} → ${extensionDir}`);
      const port = await freePort();
      const started = Date.now();
      server = await startServer(dirs, port);
      log(`VS Code server up on port ${port} in ${Date.now() - started} ms`);
      if (runs('suite')) {
        await bundleSuite();
        const suiteStarted = Date.now();
        result.suite = await runSuite(dirs, port, extensionDir);
        log(`extension-host suite: exit ${result.suite.exitCode} in ${Date.now() - suiteStarted} ms`);
      }
      if (runs('ui')) {
        const uiStarted = Date.now();
        result.ui = await runUi(dirs, port);
        log(`UI test: ${result.ui.failed === 0 ? 'ok' : 'FAILED'} in ${Date.now() - uiStarted} ms`);
      }
      await stopServer(server);
    }
    if (runs('report')) {
      const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
      try {
        result.report = await runReportPage(browser, { screenshotsDir: resultsDir, log });
      } finally {
        await browser.close();
      }
      log(`report page: ${result.report.failed === 0 ? 'ok' : 'FAILED'}`);
    }
    if (runs('web')) {
      const webStarted = Date.now();
      result.web = await runWeb(root);
      log(`web-worker UI test: ${result.web.failed === 0 ? 'ok' : 'FAILED'} in ${Date.now() - webStarted} ms`);
    }
  } catch (error) {
    result.error = String(error?.stack ?? error);
    console.error(result.error);
  } finally {
    await cleanUp();
  }
  console.log(`E2E-RESULT ${JSON.stringify(result)}`);
  const ok =
    !result.error &&
    (!runs('suite') || (result.suite?.exitCode === 0 && result.suite.failed === 0 && result.suite.passed > 0)) &&
    (!runs('ui') || (result.ui?.failed === 0 && result.ui.passed > 0)) &&
    (!runs('report') || (result.report?.failed === 0 && result.report.passed > 0)) &&
    (!runs('web') || (result.web?.failed === 0 && result.web.passed > 0));
  process.exit(ok ? 0 : 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
