// A real JSON-RPC client for the Evident language server, driving `node dist/server.js --stdio`.
// Reused by the LSP tests and the stress tests: it records what the server pushes and answers
// what the server asks (workspace/configuration), the way an editor would.
// With EVIDENT_LSP_SERVER=web it drives the web build instead (dist/web/server.js) in a worker
// thread made to look like a browser's web worker (test/web/worker-shim.cjs), and answers the
// web server's file requests (evident/fileStat, evident/readFile) from the file system, as the
// web client does with vscode.workspace.fs: test/web/lsp-suite.test.ts runs every LSP test so.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  PortMessageReader,
  PortMessageWriter,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver/node';
import type {
  ClientCapabilities,
  CodeAction,
  CodeActionContext,
  Diagnostic,
  Hover,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SERVER_PATH = resolve(import.meta.dirname, '../../dist/server.js');
export const WEB_SERVER_PATH = resolve(import.meta.dirname, '../../dist/web/server.js');
const WORKER_SHIM = resolve(import.meta.dirname, '../web/worker-shim.cjs');

/** Which server the tests drive: the desktop bundle, or (EVIDENT_LSP_SERVER=web) the web bundle in a worker. */
export const SERVER_TARGET: 'desktop' | 'web' = process.env.EVIDENT_LSP_SERVER === 'web' ? 'web' : 'desktop';

/** For a test the web build cannot pass by design: its skip reason against the web server, false against the desktop one. */
export function desktopOnly(reason: string): string | false {
  return SERVER_TARGET === 'web' ? `web build: ${reason}` : false;
}

/** Roughly what VS Code 1.9x announces for the parts Evident uses. */
export const VSCODE_LIKE_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, snippetEditSupport: true, resourceOperations: ['create', 'rename', 'delete'] },
    applyEdit: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: {
      dataSupport: true,
      isPreferredSupport: true,
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } },
    },
  },
  window: { showMessage: {}, workDoneProgress: true },
};

/** A minimal editor: no workspace/configuration, no documentChanges, no snippets. */
export const BASIC_CAPABILITIES: ClientCapabilities = {
  workspace: { didChangeConfiguration: {} },
  textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: {} },
};

export interface ShownMessage {
  type: number;
  message: string;
}

export interface OpenDocument {
  uri: string;
  languageId: string;
  version: number;
  text: string;
}

export class TestClient {
  readonly connection: MessageConnection;
  /** Every publishDiagnostics, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly warnings: ShownMessage[] = [];
  readonly infos: ShownMessage[] = [];
  readonly errors: ShownMessage[] = [];
  /** stderr output and window/logMessage texts. */
  readonly logs: string[] = [];
  /** What workspace/configuration answers for the `evident` section. */
  settings: unknown = {};
  /** Delay before answering workspace/configuration, to hold the server between a request and its result. */
  configurationDelayMs = 0;
  configurationRequests = 0;
  private readonly documents = new Map<string, OpenDocument>();
  private exited = false;

  /** The desktop server's process (undefined for the web server, which runs in `worker`). */
  readonly child!: ChildProcess;
  readonly worker?: Worker;

  private constructor(server: ChildProcess | Worker, transport: 'stdio' | 'ipc' | 'worker') {
    if (server instanceof Worker) {
      this.worker = server;
      this.connection = createMessageConnection(new PortMessageReader(server), new PortMessageWriter(server));
      server.on('exit', () => (this.exited = true));
      server.stderr.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
      this.answerFileRequests();
    } else {
      this.child = server;
      this.connection =
        transport === 'ipc'
          ? createMessageConnection(new IPCMessageReader(server), new IPCMessageWriter(server))
          : createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
      server.on('exit', () => (this.exited = true));
      server.stderr!.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    }
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
    });
    this.connection.onNotification('window/showMessage', (params: ShownMessage) => this.recordMessage(params));
    this.connection.onNotification('window/logMessage', (params: ShownMessage) => {
      this.logs.push(params.message);
    });
    this.connection.onRequest('window/showMessageRequest', (params: ShownMessage) => {
      this.recordMessage(params);
      return null;
    });
    this.connection.onRequest('workspace/configuration', async (params: { items: { section?: string; scopeUri?: string }[] }) => {
      this.configurationRequests++;
      if (this.configurationDelayMs > 0) await new Promise((r) => setTimeout(r, this.configurationDelayMs));
      return params.items.map((item) => (item.section === 'evident' ? this.settings : null));
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  static async start(
    options: {
      capabilities?: ClientCapabilities;
      settings?: unknown;
      transport?: 'stdio' | 'ipc';
      initializationOptions?: unknown;
      workspaceFolder?: string;
      /** Which server: by default SERVER_TARGET (EVIDENT_LSP_SERVER). */
      server?: 'desktop' | 'web';
      /** What answers the web server's file requests (default: the file system, file: URIs); null: the client does not offer to read files. */
      fileSystem?: ClientFileSystem | null;
    } = {},
  ): Promise<TestClient> {
    let client: TestClient;
    let initializationOptions = options.initializationOptions;
    if ((options.server ?? SERVER_TARGET) === 'web') {
      if (options.transport === 'ipc') throw new Error('the web server speaks over postMessage only: skip this test with desktopOnly()');
      client = new TestClient(new Worker(WORKER_SHIM, { workerData: { bundle: WEB_SERVER_PATH }, stderr: true, stdout: true }), 'worker');
      // As the web client says: it reads files for the server.
      if (options.fileSystem !== null) {
        client.fileSystem = options.fileSystem ?? nodeFileSystem;
        initializationOptions = { ...(initializationOptions as object | undefined), readsFiles: true };
      }
    } else {
      const transport = options.transport ?? 'stdio';
      const child =
        transport === 'ipc'
          ? fork(SERVER_PATH, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] })
          : spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      client = new TestClient(child, transport);
    }
    if (options.settings !== undefined) client.settings = options.settings;
    await client.initialize(options.capabilities ?? VSCODE_LIKE_CAPABILITIES, initializationOptions, options.workspaceFolder);
    return client;
  }

  get alive(): boolean {
    return !this.exited;
  }

  /** Every file request the web server made (evident/fileStat and evident/readFile), in order. */
  readonly fileRequests: { method: string; uri: string }[] = [];
  /** Answers the web server's file requests; set by start(). */
  private fileSystem: ClientFileSystem = nodeFileSystem;

  /** The web server's file requests, answered as the web client answers them with vscode.workspace.fs: an error becomes an error response. */
  private answerFileRequests(): void {
    const answer = async <T>(method: string, uri: string, read: () => Promise<T>): Promise<T> => {
      this.fileRequests.push({ method, uri });
      try {
        return await read();
      } catch (error) {
        throw new ResponseError(1, (error as Error).message);
      }
    };
    this.connection.onRequest('evident/fileStat', ({ uri }: { uri: string }) =>
      answer('evident/fileStat', uri, () => this.fileSystem.stat(uri)),
    );
    this.connection.onRequest('evident/readFile', ({ uri, maxBytes }: { uri: string; maxBytes: number }) =>
      answer('evident/readFile', uri, async () => {
        const bytes = await this.fileSystem.read(uri);
        return { base64: Buffer.from(bytes.subarray(0, maxBytes)).toString('base64') };
      }),
    );
  }

  async initialize(
    capabilities: ClientCapabilities,
    initializationOptions?: unknown,
    workspaceFolder = 'file:///work/drafts',
  ): Promise<InitializeResult> {
    const result: InitializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      initializationOptions,
      rootUri: workspaceFolder,
      workspaceFolders: [{ uri: workspaceFolder, name: 'drafts' }],
      capabilities,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Tells the server where the cursor is, as the VS Code client does (`evident/cursor`). */
  async cursor(uri: string, line: number): Promise<void> {
    await this.connection.sendNotification('evident/cursor', { uri, line });
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<OpenDocument> {
    const document = { uri, languageId, version: 1, text };
    this.documents.set(uri, document);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return document;
  }

  document(uri: string): OpenDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }

  /** Sends an incremental change replacing `range` (as the document is now) with `text`; returns the new version. */
  async edit(uri: string, range: Range, text: string): Promise<number> {
    const document = this.document(uri);
    document.version++;
    document.text = applyTextEdits(document.text, [{ range, newText: text }]);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: document.version },
      contentChanges: [{ range, text }],
    });
    return document.version;
  }

  /** Replaces the whole text through one incremental change; returns the new version. */
  async replaceAll(uri: string, text: string): Promise<number> {
    const current = TextDocument.create(uri, 'markdown', 0, this.document(uri).text);
    return this.edit(uri, { start: { line: 0, character: 0 }, end: current.positionAt(current.getText().length) }, text);
  }

  /** Applies a workspace edit to the open document as an editor would (one didChange); returns the new version. */
  async applyEdit(uri: string, edit: WorkspaceEdit): Promise<number> {
    return this.replaceAll(uri, applyWorkspaceEdit(this.document(uri).text, edit, uri));
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Changes what workspace/configuration answers and tells the server, as VS Code does. */
  async changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { evident: settings } });
  }

  /** Waits for diagnostics of exactly `version` of `uri` published after `afterIndex`, and returns them. */
  async diagnosticsFor(
    uri: string,
    version: number | undefined,
    options: { afterIndex?: number; timeoutMs?: number } = {},
  ): Promise<Diagnostic[]> {
    const found = await this.waitFor(
      () => this.published.slice(options.afterIndex ?? 0).find((p) => p.uri === uri && p.version === version),
      options.timeoutMs ?? 10_000,
      `diagnostics for ${uri} version ${version}`,
    );
    return found.diagnostics;
  }

  lastPublished(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.filter((p) => p.uri === uri).at(-1);
  }

  /** Polls `probe` every 10 ms until it returns a value, failing after `timeoutMs`. */
  async waitFor<T>(probe: () => T | undefined | false, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== false) return value;
      if (!this.alive) throw new Error(`server exited while waiting for ${what}\n${this.logs.join('')}`);
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, context: CodeActionContext): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params);
  }

  async stop(): Promise<void> {
    if (this.alive) {
      try {
        await withTimeout(this.connection.sendRequest('shutdown'), 2_000);
        await this.connection.sendNotification('exit');
        // A browser's worker is ended by its client (VS Code terminates it): `exit` does not end it.
        if (this.worker) await this.worker.terminate();
        else await this.waitFor(() => !this.alive, 2_000, 'server exit');
      } catch {
        this.child?.kill();
        await this.worker?.terminate();
      }
    }
    this.connection.dispose();
  }

  private recordMessage(params: ShownMessage): void {
    if (params.type === 1) this.errors.push(params);
    else if (params.type === 2) this.warnings.push(params);
    else if (params.type === 3) this.infos.push(params);
  }
}

/** Files as the web client's vscode.workspace.fs sees them: stat is null when nothing is there; a read or stat may throw. */
export interface ClientFileSystem {
  stat(uri: string): Promise<{ kind: 'file' | 'directory' | 'other'; size: number; mtime: number } | null>;
  read(uri: string): Promise<Uint8Array>;
}

/** The file system, for file: URIs (the LSP tests' files); other schemes have none. */
export const nodeFileSystem: ClientFileSystem = {
  async stat(uri) {
    try {
      const s = await stat(localPath(uri));
      return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size, mtime: s.mtimeMs };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
      throw error;
    }
  },
  read: async (uri) => readFile(localPath(uri)),
};

function localPath(uri: string): string {
  if (!uri.startsWith('file:')) throw new Error(`no file system for ${uri}`);
  return fileURLToPath(uri);
}

/** The text a workspace edit produces for `uri` (snippets inserted as written), applied with TextDocument.applyEdits. */
export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit, uri: string): string {
  const edits: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change) || change.textDocument.uri !== uri) continue;
    for (const e of change.edits) edits.push('snippet' in e ? { range: e.range, newText: e.snippet.value } : e);
  }
  edits.push(...(edit.changes?.[uri] ?? []));
  return applyTextEdits(text, edits);
}

export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('untitled:x', 'markdown', 0, text), edits);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
