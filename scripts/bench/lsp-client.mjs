// A minimal LSP client over stdio: just enough to open a document, type into it
// and time each edit until the server publishes diagnostics for that version.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';

export class LspClient {
  #nextId = 1;
  #pending = new Map(); // request id -> { resolve, reject }
  #diagnosticWaiters = new Map(); // `${uri}#${version}` -> resolve(receivedAt)
  #buffer = Buffer.alloc(0);
  /** Set when the server published diagnostics without a version (then matched by uri alone). */
  versionlessDiagnostics = false;
  configurationRequests = 0;

  /**
   * @param settings the `evident` section answered to workspace/configuration.
   * @param nodeFlags e.g. ['--cpu-prof'] to profile the server.
   * @param env the server's environment (the bench points its compile cache at a scratch folder).
   */
  constructor(serverPath, settings, nodeFlags = [], env = process.env) {
    this.settings = settings;
    this.process = spawn(process.execPath, [...nodeFlags, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.stderr = '';
    this.process.stderr.on('data', (chunk) => (this.stderr = (this.stderr + chunk).slice(-4000)));
    this.process.stdout.on('data', (chunk) => this.#receive(chunk));
    // A dead server surfaces through `exited`; writes to its closed stdin are moot.
    this.process.stdin.on('error', () => {});
    this.exited = new Promise((resolve) => this.process.on('exit', resolve));
    this.exited.then((code) => {
      for (const { reject } of this.#pending.values()) reject(new Error(`server exited (${code}): ${this.stderr}`));
    });
  }

  get pid() {
    return this.process.pid;
  }

  /** Resident memory of the server process in MB, from /proc. */
  rssMb() {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
  }

  #send(message) {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request(method, params) {
    const id = this.#nextId++;
    this.#send({ id, method, params });
    return new Promise((resolve, reject) => this.#pending.set(id, { resolve, reject }));
  }

  notify(method, params) {
    this.#send({ method, params });
  }

  #receive(chunk) {
    const receivedAt = performance.now();
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.#buffer.subarray(0, headerEnd).toString('ascii'))[1]);
      const bodyStart = headerEnd + 4;
      if (this.#buffer.length < bodyStart + length) return;
      const message = JSON.parse(this.#buffer.subarray(bodyStart, bodyStart + length).toString('utf8'));
      this.#buffer = this.#buffer.subarray(bodyStart + length);
      this.#dispatch(message, receivedAt);
    }
  }

  #dispatch(message, receivedAt) {
    if (message.id !== undefined && message.method === undefined) {
      const waiter = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else waiter?.resolve(message.result);
    } else if (message.id !== undefined) {
      this.#send({ id: message.id, result: this.#answer(message) });
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, version } = message.params;
      if (version === undefined || version === null) this.versionlessDiagnostics = true;
      const key =
        version === undefined || version === null
          ? [...this.#diagnosticWaiters.keys()].find((k) => k.startsWith(`${uri}#`))
          : `${uri}#${version}`;
      const resolve = key && this.#diagnosticWaiters.get(key);
      if (resolve) {
        this.#diagnosticWaiters.delete(key);
        resolve({ receivedAt, count: message.params.diagnostics.length });
      }
    }
  }

  /** Server-to-client requests: configuration gets our settings, everything else a null result. */
  #answer({ method, params }) {
    if (method !== 'workspace/configuration') return null;
    this.configurationRequests++;
    return params.items.map(({ section }) => {
      if (section === 'evident') return this.settings;
      if (section?.startsWith('evident.')) return this.settings[section.slice('evident.'.length)] ?? null;
      return null;
    });
  }

  waitForDiagnostics(uri, version, timeoutMs) {
    return new Promise((resolve, reject) => {
      const key = `${uri}#${version}`;
      const timer = setTimeout(() => {
        this.#diagnosticWaiters.delete(key);
        reject(new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#diagnosticWaiters.set(key, (receipt) => {
        clearTimeout(timer);
        resolve(receipt);
      });
    });
  }

  async initialize(rootPath) {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootPath).href,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
        },
      },
      workspaceFolders: [{ uri: pathToFileURL(rootPath).href, name: 'bench' }],
    });
    this.notify('initialized', {});
    // For servers that read pushed settings instead of pulling them.
    this.notify('workspace/didChangeConfiguration', { settings: { evident: this.settings } });
  }

  /** Opens the document and resolves with ms until its first diagnostics. */
  async open(path, text, timeoutMs, languageId = 'markdown') {
    this.uri = pathToFileURL(path).href;
    this.document = TextDocument.create(this.uri, languageId, 1, text);
    const started = performance.now();
    const published = this.waitForDiagnostics(this.uri, 1, timeoutMs);
    this.notify('textDocument/didOpen', { textDocument: { uri: this.uri, languageId, version: 1, text } });
    return (await published).receivedAt - started;
  }

  /** Inserts or deletes one character at `offset`; resolves with ms until that version's diagnostics. */
  async typeAt(offset, insertion, timeoutMs) {
    const document = this.document;
    const version = document.version + 1;
    const start = document.positionAt(offset);
    const change = insertion
      ? { range: { start, end: start }, text: insertion }
      : { range: { start, end: document.positionAt(offset + 1) }, text: '' };
    const published = this.waitForDiagnostics(this.uri, version, timeoutMs);
    const sent = performance.now();
    this.notify('textDocument/didChange', { textDocument: { uri: this.uri, version }, contentChanges: [change] });
    this.document = TextDocument.update(document, [change], version);
    return (await published).receivedAt - sent;
  }

  /** Polite shutdown; kills the server (by its own pid) if it does not exit in time. */
  async close(timeoutMs = 5000) {
    const timeout = (ms) => new Promise((resolve) => setTimeout(resolve, ms, 'timeout').unref());
    if (this.process.exitCode === null) {
      await Promise.race([this.request('shutdown', null).catch(() => {}), timeout(timeoutMs)]);
      this.notify('exit', null);
    }
    if ((await Promise.race([this.exited, timeout(timeoutMs)])) === 'timeout') this.process.kill('SIGKILL');
  }
}
