// The web extension (dist/web/extension.js) activates and starts its language server in a worker.
// `vscode` is the robustness tests' stub; `Worker` is a test-only stand-in for the browser's,
// running the worker bundle in a worker_threads Worker through worker-shim.cjs.
import assert from 'node:assert/strict';
import { resolveObjectURL } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { Worker as ThreadWorker } from 'node:worker_threads';
import { createVscodeStub, installVscodeStub } from '../robustness/vscode-stub';

const ROOT = resolve(import.meta.dirname, '../..');

type Listener = (event: { data?: unknown; error?: unknown }) => void;

/** The browser Worker's surface that vscode-languageclient/browser uses. A blob: URL is read (as a
 * browser would fetch it) before the thread starts; messages posted meanwhile wait. */
class WebWorkerStandIn {
  static started: string[] = [];
  static live = new Set<WebWorkerStandIn>();
  /** The started scripts' text, by URL. */
  static scripts = new Map<string, string>();
  onmessage: Listener | null = null;
  /** Answers the client sent to requests a test injected (ids starting "test-"), kept from the server. */
  readonly answers: { id: string; result?: unknown; error?: { message: string } }[] = [];
  /** Every other message the client posted to the server. */
  readonly sent: { method?: string; params?: unknown }[] = [];
  private thread?: ThreadWorker;
  private readonly queued: unknown[] = [];
  private readonly listeners: Record<string, Listener[]> = { message: [], error: [] };

  constructor(url: string) {
    WebWorkerStandIn.started.push(url);
    WebWorkerStandIn.live.add(this);
    const source = url.startsWith('blob:')
      ? resolveObjectURL(url)!.text()
      : Promise.resolve(readFileSync(url.replace(/^file:\/\//, ''), 'utf8'));
    void source.then((code) => {
      WebWorkerStandIn.scripts.set(url, code);
      if (!WebWorkerStandIn.live.has(this)) return;
      this.thread = new ThreadWorker(resolve(import.meta.dirname, 'worker-shim.cjs'), { workerData: { code } });
      this.thread.on('message', (data) => this.deliver(data));
      this.thread.on('error', (error) => {
        for (const listener of this.listeners.error) listener({ error });
      });
      for (const message of this.queued.splice(0)) this.thread.postMessage(message);
    });
  }
  /** A message from the server's side, as if the worker posted it. */
  deliver(data: unknown): void {
    this.onmessage?.({ data });
    for (const listener of this.listeners.message) listener({ data });
  }
  postMessage(message: unknown): void {
    // Through JSON, as the desktop client's IPC sends it: the vscode stub's inert stand-ins (functions)
    // sit where real VS Code has plain values (e.g. in the client's initialize parameters), and
    // structured clone refuses functions.
    const plain = JSON.parse(JSON.stringify(message)) as { id?: unknown; method?: string; result?: unknown; error?: { message: string } };
    if (typeof plain.id === 'string' && plain.id.startsWith('test-')) {
      this.answers.push(plain as { id: string });
      return;
    }
    this.sent.push(plain);
    if (this.thread) this.thread.postMessage(plain);
    else this.queued.push(plain);
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners[type]?.push(listener);
  }
  removeEventListener(type: string, listener: Listener): void {
    this.listeners[type] = (this.listeners[type] ?? []).filter((l) => l !== listener);
  }
  terminate(): void {
    WebWorkerStandIn.live.delete(this);
    void this.thread?.terminate();
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
    const extension = createRequire(import.meta.url)(resolve(ROOT, 'dist/web/extension.js')) as {
      activate(context: unknown): Promise<void>;
      deactivate(): Thenable<void> | undefined;
    };
    const context = extensionContext({ fsPath: ROOT, path: ROOT, scheme: 'file' });
    try {
      await activated(extension, context, stub);
      assert.deepEqual(WebWorkerStandIn.started, [`file://${resolve(ROOT, 'dist/web/server.js')}`]);
      assert.deepEqual(stub.shown, []);
      assert.deepEqual(stub.outputErrors, []);
    } finally {
      await deactivated(extension, context);
      globals.Worker = previousWorker;
      uninstall();
    }
  });

  it('installed on a VS Code server (vscode-remote: URIs): starts its server from a blob: URL read through workspace.fs, and reads files for it with workspace.fs', async () => {
    const SERVER = 'vscode-remote://server:8080';
    const remote = (path: string) => ({
      scheme: 'vscode-remote',
      authority: 'server:8080',
      path,
      fsPath: path,
      toString: () => `${SERVER}${path}`,
    });
    class FileSystemError extends Error {
      constructor(
        message: string,
        readonly code: string,
      ) {
        super(message);
      }
    }
    const files = new Map([['/ws/refs.bib', new TextEncoder().encode('@misc{a, title={A}}\n')]]);
    const reads: string[] = [];
    const stub = createVscodeStub();
    const vscode = stub.module as Record<string, Record<string, unknown>>;
    vscode.Uri.joinPath = (base: { path: string }, ...parts: string[]) => remote(join(base.path, ...parts));
    vscode.Uri.parse = (value: string) => remote(new URL(value).pathname);
    (vscode as Record<string, unknown>).FileType = { File: 1, Directory: 2, SymbolicLink: 64 };
    (vscode as Record<string, unknown>).FileSystemError = FileSystemError;
    vscode.workspace.fs = {
      async readFile(uri: { path: string; toString(): string }) {
        reads.push(uri.toString());
        if (uri.path === '/ws/locked.bib') throw new FileSystemError('NoPermissions: /ws/locked.bib', 'NoPermissions');
        const bytes = files.get(uri.path) ?? (uri.path.startsWith(ROOT) ? new Uint8Array(readFileSync(uri.path)) : undefined);
        if (!bytes) throw new FileSystemError(`EntryNotFound: ${uri.path}`, 'FileNotFound');
        return bytes;
      },
      async stat(uri: { path: string }) {
        const bytes = files.get(uri.path);
        if (bytes) return { type: 1, size: bytes.length, mtime: 7, ctime: 0 };
        if (uri.path === '/ws') return { type: 2, size: 0, mtime: 1, ctime: 0 };
        throw new FileSystemError(`EntryNotFound: ${uri.path}`, 'FileNotFound');
      },
    };
    const uninstall = installVscodeStub(stub);
    const globals = globalThis as { Worker?: unknown };
    const previousWorker = globals.Worker;
    globals.Worker = WebWorkerStandIn;
    WebWorkerStandIn.started = [];
    const bundle = resolve(ROOT, 'dist/web/extension.js');
    const load = createRequire(import.meta.url);
    delete load.cache[bundle]; // a fresh module, not the one the first test activated
    const extension = load(bundle) as { activate(context: unknown): Promise<void>; deactivate(): Thenable<void> | undefined };
    const context = extensionContext(remote(ROOT));
    try {
      await activated(extension, context, stub);
      // VS Code's web-worker host refuses a vscode-remote: worker URL: the script is read and started from a blob.
      assert.deepEqual(reads, [`${SERVER}${resolve(ROOT, 'dist/web/server.js')}`]);
      assert.equal(WebWorkerStandIn.started.length, 1);
      const [url] = WebWorkerStandIn.started;
      assert.match(url, /^blob:/);
      assert.equal(WebWorkerStandIn.scripts.get(url), readFileSync(resolve(ROOT, 'dist/web/server.js'), 'utf8'));
      assert.deepEqual(stub.shown, []);

      // The client tells the server it reads files, and answers its requests with workspace.fs.
      const [worker] = WebWorkerStandIn.live;
      const initialize = worker.sent.find((m) => m.method === 'initialize') as {
        params: { initializationOptions: { readsFiles?: boolean } };
      };
      assert.equal(initialize.params.initializationOptions.readsFiles, true);
      const ask = async (id: string, method: string, params: unknown) => {
        worker.deliver({ jsonrpc: '2.0', id, method, params });
        await poll(() => worker.answers.some((a) => a.id === id), `the answer to ${method}`);
        return worker.answers.find((a) => a.id === id)!;
      };
      assert.deepEqual((await ask('test-1', 'evident/fileStat', { uri: `${SERVER}/ws/refs.bib` })).result, {
        kind: 'file',
        size: 20,
        mtime: 7,
      });
      assert.deepEqual((await ask('test-2', 'evident/fileStat', { uri: `${SERVER}/ws` })).result, { kind: 'directory', size: 0, mtime: 1 });
      assert.equal(
        (await ask('test-3', 'evident/fileStat', { uri: `${SERVER}/ws/gone.bib` })).result,
        null,
        'nothing there: null, not an error',
      );
      const head = await ask('test-4', 'evident/readFile', { uri: `${SERVER}/ws/refs.bib`, maxBytes: 6 });
      assert.equal(Buffer.from((head.result as { base64: string }).base64, 'base64').toString(), '@misc{', 'at most maxBytes');
      const locked = await ask('test-5', 'evident/readFile', { uri: `${SERVER}/ws/locked.bib`, maxBytes: 100 });
      assert.equal(locked.error?.message, 'NoPermissions: /ws/locked.bib');
    } finally {
      await deactivated(extension, context);
      globals.Worker = previousWorker;
      uninstall();
    }
  });
});

/** The context VS Code hands the extension: its folder at `extensionUri`, a workspace state that remembers nothing. */
function extensionContext(extensionUri: unknown) {
  return {
    subscriptions: [] as { dispose(): unknown }[],
    extensionUri,
    extension: { packageJSON: JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) },
    workspaceState: { get: <T>(_key: string, fallback: T) => fallback, update: async () => undefined, keys: () => [] },
  };
}

/** Activates the extension and waits until its client has started the worker server and registered its hovers. */
async function activated(
  extension: { activate(context: unknown): Promise<void> },
  context: unknown,
  stub: ReturnType<typeof createVscodeStub>,
): Promise<void> {
  await extension.activate(context);
  await poll(() => stub.hoverRegistrations === 1, 'the client to finish initialising with the worker server').catch((error) => {
    throw new Error(
      `${error.message}; workers: ${JSON.stringify(WebWorkerStandIn.started)}; shown: ${JSON.stringify(stub.shown)}; output errors: ${stub.outputErrors.join(' / ')}`,
    );
  });
}

/** Deactivates the extension, disposes what it registered and stops its workers. */
async function deactivated(
  extension: { deactivate(): Thenable<void> | undefined },
  context: { subscriptions: { dispose(): unknown }[] },
): Promise<void> {
  await extension.deactivate()?.then(undefined, () => undefined);
  for (const disposable of context.subscriptions) disposable.dispose();
  for (const worker of WebWorkerStandIn.live) worker.terminate();
}
