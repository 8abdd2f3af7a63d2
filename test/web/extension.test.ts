// The web extension (dist/web/extension.js) activates and starts its language server in a worker.
// `vscode` is the robustness tests' stub; `Worker` is a test-only stand-in for the browser's,
// running the worker bundle in a worker_threads Worker through worker-shim.cjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { Worker as ThreadWorker } from 'node:worker_threads';
import { createVscodeStub, installVscodeStub } from '../robustness/vscode-stub';

const ROOT = resolve(import.meta.dirname, '../..');

type Listener = (event: { data?: unknown; error?: unknown }) => void;

/** The browser Worker's surface that vscode-languageclient/browser uses. */
class WebWorkerStandIn {
  static started: string[] = [];
  static live = new Set<WebWorkerStandIn>();
  onmessage: Listener | null = null;
  private readonly thread: ThreadWorker;
  private readonly listeners: Record<string, Listener[]> = { message: [], error: [] };

  constructor(url: string) {
    WebWorkerStandIn.started.push(url);
    WebWorkerStandIn.live.add(this);
    this.thread = new ThreadWorker(resolve(import.meta.dirname, 'worker-shim.cjs'), { workerData: { bundle: url.replace(/^file:\/\//, '') } });
    this.thread.on('message', (data) => {
      this.onmessage?.({ data });
      for (const listener of this.listeners.message) listener({ data });
    });
    this.thread.on('error', (error) => {
      for (const listener of this.listeners.error) listener({ error });
    });
  }
  postMessage(message: unknown): void {
    // Through JSON, as the desktop client's IPC sends it: the vscode stub's inert stand-ins (functions)
    // sit where real VS Code has plain values (e.g. in the client's initialize parameters), and
    // structured clone refuses functions.
    this.thread.postMessage(JSON.parse(JSON.stringify(message)));
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners[type]?.push(listener);
  }
  removeEventListener(type: string, listener: Listener): void {
    this.listeners[type] = (this.listeners[type] ?? []).filter((l) => l !== listener);
  }
  terminate(): void {
    WebWorkerStandIn.live.delete(this);
    void this.thread.terminate();
  }
}

async function poll(probe: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the web extension', () => {
  it('activates, starts dist/web/server.js in a worker and finishes initialising with it', async () => {
    const stub = createVscodeStub();
    const uninstall = installVscodeStub(stub);
    const globals = globalThis as { Worker?: unknown };
    const previousWorker = globals.Worker;
    globals.Worker = WebWorkerStandIn;
    const extension = createRequire(import.meta.url)(resolve(ROOT, 'dist/web/extension.js')) as { activate(context: unknown): Promise<void>; deactivate(): Thenable<void> | undefined };
    const context = {
      subscriptions: [] as { dispose(): unknown }[],
      extensionUri: { fsPath: ROOT, path: ROOT, scheme: 'file' },
      extension: { packageJSON: JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) },
      workspaceState: { get: <T>(_key: string, fallback: T) => fallback, update: async () => undefined, keys: () => [] },
    };
    try {
      await extension.activate(context);
      await poll(() => stub.hoverRegistrations === 1, 'the client to finish initialising with the worker server').catch((error) => {
        throw new Error(`${error.message}; workers: ${JSON.stringify(WebWorkerStandIn.started)}; shown: ${JSON.stringify(stub.shown)}; output errors: ${stub.outputErrors.join(' / ')}`);
      });
      assert.deepEqual(WebWorkerStandIn.started, [`file://${resolve(ROOT, 'dist/web/server.js')}`]);
      assert.deepEqual(stub.shown, []);
      assert.deepEqual(stub.outputErrors, []);
    } finally {
      await extension.deactivate()?.then(undefined, () => undefined);
      for (const disposable of context.subscriptions) disposable.dispose();
      for (const worker of WebWorkerStandIn.live) worker.terminate();
      globals.Worker = previousWorker;
      uninstall();
    }
  });
});
