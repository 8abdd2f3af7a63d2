// Runs the same extension-host suite (test/e2e/suite) in desktop VS Code with
// @vscode/test-electron, for machines that have VS Code (not CI here: no Electron offline).
// Usage: VSCODE_EXECUTABLE=/path/to/code-or-Electron-binary node test/e2e/electron.mjs
// Like scripts/e2e/run.mjs it tests the packaged evident.vsix, installed into a fresh profile.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveCliPathFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { bundleSuite, ensureVsix, fixtures, suiteBundle, vsixPath } from '../../scripts/e2e/run.mjs';

const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  console.error('Set VSCODE_EXECUTABLE to a desktop VS Code executable to run the suite with @vscode/test-electron.');
  process.exit(2);
}

const root = mkdtempSync(join(tmpdir(), 'evident-electron-'));
const extensionsDir = join(root, 'extensions');
const profileArgs = [`--extensions-dir=${extensionsDir}`, `--user-data-dir=${join(root, 'user')}`];
let exitCode = 1;
try {
  ensureVsix();
  const cli = resolveCliPathFromVSCodeExecutablePath(vscodeExecutablePath);
  const installed = spawnSync(cli, [...profileArgs, '--install-extension', vsixPath], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (installed.status !== 0) throw new Error(`installing ${vsixPath} failed`);
  // extensionTestsPath needs a development extension: the installed copy, so the packaged bits run.
  const [entry] = JSON.parse(readFileSync(join(extensionsDir, 'extensions.json'), 'utf8'));
  await bundleSuite();
  // A private copy: the suite edits the draft and the workspace settings.
  const workspace = join(root, 'workspace');
  cpSync(fixtures, workspace, { recursive: true });
  exitCode = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: entry.location.fsPath ?? entry.location.path,
    extensionTestsPath: suiteBundle,
    launchArgs: [workspace, ...profileArgs],
  });
} catch (error) {
  console.error(error);
} finally {
  rmSync(root, { recursive: true, force: true });
}
process.exit(exitCode);
