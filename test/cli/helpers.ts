// Runs the built CLI as a user would (`node dist/cli.js …`) and builds scratch inputs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const CLI = resolve(__dirname, '../../dist/cli.js');
export const FIXTURES = resolve(__dirname, 'fixtures');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  /** Run as another user (root only). */
  uid?: number;
  gid?: number;
}

export function runCli(args: string[], options: RunOptions = {}): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npm run build, or npm test which builds).`);
  // NO_COLOR/FORCE_COLOR from the caller's terminal must not leak into assertions.
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...env } = process.env;
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? FIXTURES,
    input: options.input ?? '',
    env: { ...env, ...options.env },
    uid: options.uid,
    gid: options.gid,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Non-empty stdout lines. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** A temporary directory with the given files (path → content); removed by the returned cleanup. */
export function scratchDir(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'evident-cli-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
