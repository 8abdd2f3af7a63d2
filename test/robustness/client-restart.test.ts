// A crashed server is restarted a bounded number of times and the user is told once.
// The real bundled extension (dist/extension.js) runs against a stub `vscode` module and starts
// the real dist/server.js over IPC; the test kills that process over and over.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { TestClient } from '../lsp/client';
import { createVscodeStub, installVscodeStub } from './vscode-stub';

const ROOT = resolve(import.meta.dirname, '../..');
/** languageClient.ts: MAX_RESTARTS restarts within the library's 3-minute window, then it gives up. */
const MAX_RESTARTS = 5;

/** Live processes started by this test process that run dist/server.js. */
function serverChildren(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(parent) !== process.pid || state === 'Z') continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('dist/server.js')) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

async function poll<T>(probe: () => T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('server crashes', () => {
  it(`the extension restarts a crashed server ${MAX_RESTARTS} times, then stops and tells the user once`, async () => {
    const stub = createVscodeStub();
    const uninstall = installVscodeStub(stub);
    const extension = createRequire(import.meta.url)(resolve(ROOT, 'dist/extension.js')) as {
      activate(context: unknown): Promise<void>;
      deactivate(): Thenable<void> | undefined;
    };
    const context = {
      subscriptions: [] as { dispose(): unknown }[],
      extensionUri: { fsPath: ROOT, path: ROOT, scheme: 'file' },
      extensionPath: ROOT,
      extension: { packageJSON: JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) },
      asAbsolutePath: (relative: string) => resolve(ROOT, relative),
      // The documents turned off per workspace live here (extension.ts).
      workspaceState: { get: <T>(_key: string, fallback: T) => fallback, update: async () => undefined, keys: () => [] },
    };
    try {
      await extension.activate(context);
      const started: number[] = [];
      for (let crash = 0; crash <= MAX_RESTARTS; crash++) {
        const pid = await poll(() => serverChildren().find((p) => !started.includes(p)), `server process #${crash + 1}`);
        started.push(pid);
        // Crash a server that is up and running (a crash during initialisation is not restarted at all).
        await poll(() => (stub.hoverRegistrations === crash + 1 ? true : undefined), `server #${crash + 1} to finish initialising`);
        process.kill(pid, 'SIGKILL');
      }
      // After the last crash: the single message, and no further server.
      await poll(() => (stub.shown.length > 0 ? true : undefined), 'the crash message');
      // Absence needs a window: a wrongly made restart forks within milliseconds of the decision.
      await new Promise((r) => setTimeout(r, 500));
      assert.deepEqual(serverChildren(), []);
      assert.equal(started.length, MAX_RESTARTS + 1);
      assert.deepEqual(stub.shown, [
        {
          kind: 'error',
          message: `Evident's language server crashed ${MAX_RESTARTS + 1} times in 3 minutes and will not be restarted. See the "Evident" output for details.`,
        },
      ]);
    } finally {
      await extension.deactivate()?.then(undefined, () => undefined);
      for (const disposable of context.subscriptions) disposable.dispose();
      for (const pid of serverChildren()) process.kill(pid, 'SIGKILL');
      uninstall();
    }
  });

  it('after the server process is killed, a new one starts and works', async () => {
    const first = await TestClient.start();
    await first.open('file:///work/drafts/crash.md', 'It may rain tomorrow.\n');
    assert.deepEqual(
      (await first.diagnosticsFor('file:///work/drafts/crash.md', 1)).map((d) => d.code),
      ['hedge'],
    );
    first.child.kill('SIGKILL');
    await poll(() => (first.alive ? undefined : true), 'the killed server to exit', 5_000);
    first.connection.dispose();

    const second = await TestClient.start();
    try {
      await second.open('file:///work/drafts/crash.md', 'Obviously, the U.S. would not be welcomed.\n');
      const diagnostics = await second.diagnosticsFor('file:///work/drafts/crash.md', 1);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range.start.character, d.range.end.character]),
        [['booster', 0, 9]],
      );
    } finally {
      await second.stop();
    }
  });
});
