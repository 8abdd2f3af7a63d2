// The web language server (dist/web/server.js) speaks LSP from a worker as it will in VS Code for
// the Web. A Node worker_threads Worker stands in for the browser's web worker: worker-shim.cjs
// (test harness only) maps self.postMessage / onmessage / addEventListener onto parentPort and runs
// the bundle as a classic script. Its answers are compared with the engine's and the desktop server's.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import {
  createMessageConnection,
  PortMessageReader,
  PortMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver/node';
import type { CodeAction, Diagnostic, Hover, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../../server/src/engine/index';
import { quotingFlagged, ruleDocUrl } from '../../server/src/lsp/protocol';
import { SERVER_PATH, VSCODE_LIKE_CAPABILITIES } from '../lsp/client';

const ROOT = resolve(import.meta.dirname, '../..');
const WEB_SERVER = resolve(ROOT, 'dist/web/server.js');
const URI = 'file:///work/drafts/brief.md';
const DRAFT = [
  '# Labour market brief',
  '',
  'It may rain tomorrow.',
  '',
  'Unemployment rose to 7.4% in 2023.',
  '',
  'Obviously, the U.S. would not be welcomed.',
  '',
  'Studies show that sanctions rarely work.',
  '',
].join('\n');

/** An LSP session with a server: records diagnostics, answers workspace/configuration with defaults. */
class Session {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  initializeResult!: InitializeResult;

  constructor(
    readonly connection: MessageConnection,
    private readonly stopTransport: () => Promise<unknown>,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => void this.published.push(params));
    connection.onNotification('window/logMessage', (params: { message: string }) => void this.logs.push(params.message));
    connection.onNotification('window/showMessage', (params: { message: string }) => void this.logs.push(params.message));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
  }

  async initialize(): Promise<this> {
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: null,
      rootUri: 'file:///work/drafts',
      workspaceFolders: [{ uri: 'file:///work/drafts', name: 'drafts' }],
      capabilities: VSCODE_LIKE_CAPABILITIES,
    });
    await this.connection.sendNotification('initialized', {});
    return this;
  }

  async open(uri: string, text: string): Promise<Diagnostic[]> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const deadline = Date.now() + 15_000;
    for (;;) {
      const found = this.published.find((p) => p.uri === uri && p.version === 1);
      if (found) return found.diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}; server said: ${this.logs.join('\n')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2_000))]);
      await this.connection.sendNotification('exit');
    } finally {
      await this.stopTransport();
      this.connection.dispose();
    }
  }
}

function startWebServer(): Promise<Session> {
  const worker = new Worker(resolve(import.meta.dirname, 'worker-shim.cjs'), { workerData: { bundle: WEB_SERVER } });
  const connection = createMessageConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
  return new Session(connection, () => worker.terminate()).initialize();
}

function startDesktopServer(): Promise<Session> {
  const child: ChildProcess = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  return new Session(connection, async () => void child.kill()).initialize();
}

const essentials = (diagnostics: Diagnostic[]) =>
  diagnostics
    .map((d) => ({ rule: d.code, range: d.range, message: d.message }))
    .sort(
      (a, b) =>
        a.range.start.line - b.range.start.line ||
        a.range.start.character - b.range.start.character ||
        String(a.rule).localeCompare(String(b.rule)),
    );

describe('the web language server in a worker', () => {
  let web: Session;
  let desktop: Session;
  let diagnostics: Diagnostic[];

  before(async () => {
    [web, desktop] = await Promise.all([startWebServer(), startDesktopServer()]);
    diagnostics = await web.open(URI, DRAFT);
  });
  after(async () => {
    await Promise.all([web?.stop(), desktop?.stop()]);
  });

  it('answers initialize with the same capabilities as the desktop server', () => {
    assert.deepEqual(web.initializeResult, desktop.initializeResult);
    assert.ok(web.initializeResult.capabilities.hoverProvider);
  });

  it('says it runs in a web worker', async () => {
    const deadline = Date.now() + 5_000;
    while (!web.logs.some((line) => line.includes('language server started')) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    assert.ok(
      web.logs.some((line) => /language server started \(web worker\)/.test(line)),
      web.logs.join('\n'),
    );
  });

  it("publishes the engine's findings for a Markdown draft (rule, range, message), as the desktop server does", async () => {
    const document = TextDocument.create(URI, 'markdown', 1, DRAFT);
    const engine = analyzeDocument(DRAFT, { languageId: 'markdown' }).findings.map((f) => ({
      code: f.rule,
      range: { start: document.positionAt(f.start), end: document.positionAt(f.end) },
      // As the command line prints it: a message that quotes nothing is led by the flagged words.
      message: quotingFlagged(f.text, f.message),
    }));
    assert.ok(diagnostics.length >= 4, `findings published: ${JSON.stringify(diagnostics)}`);
    assert.deepEqual(essentials(diagnostics), essentials(engine as Diagnostic[]));
    assert.deepEqual(essentials(diagnostics), essentials(await desktop.open(URI, DRAFT)));
  });

  it('links each finding to its rule page on the project site (no bundled files in the browser)', () => {
    for (const d of diagnostics) assert.equal(d.codeDescription?.href, ruleDocUrl(String(d.code)));
  });

  it('answers a hover on a finding, as the desktop server does', async () => {
    const hedge = diagnostics.find((d) => d.code === 'hedge')!;
    assert.ok(hedge, 'a hedge is found');
    const params = { textDocument: { uri: URI }, position: hedge.range.start };
    const hover: Hover | null = await web.connection.sendRequest('textDocument/hover', params);
    assert.ok(hover, 'a hover');
    assert.match(JSON.stringify(hover.contents), /Hedge/);
    assert.deepEqual(hover, await desktop.connection.sendRequest('textDocument/hover', params));
  });

  it("lists the engine's fix titles in the code actions for a hedge", async () => {
    const hedge = diagnostics.find((d) => d.code === 'hedge')!;
    const actions: CodeAction[] = await web.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: hedge.range,
      context: { diagnostics: [hedge], only: ['quickfix'] },
    });
    const finding = analyzeDocument(DRAFT, { languageId: 'markdown' }).findings.find((f) => f.rule === 'hedge' && f.text === 'may');
    assert.ok(finding && finding.fixes.length > 0, 'the engine has fixes for the hedge');
    const titles = actions.map((a) => a.title);
    assert.deepEqual(
      titles.slice(0, finding.fixes.length),
      finding.fixes.map((fix) => fix.title),
    );
    assert.ok(titles.includes('Disable hedge for this line'), titles.join(' | '));
  });
});
