// One measurement, in a fresh process: start a language server, open a document and wait for its
// first diagnostics, the wait a writer has after opening a draft in a new window.
//   node first-diagnostics.mjs desktop <dist/server.js> <document.md>   the server as a child process over stdio
//   node first-diagnostics.mjs web <dist/web/server.js> <document.md>   the web build in a worker thread that looks
//     like a browser's web worker (test/web/worker-shim.cjs: self, postMessage, onmessage), as VS Code for the Web
//     starts it (V8 both; a browser's worker start-up and its script fetch are not in the figure)
// Prints one JSON line: { startToInitializedMs, openToDiagnosticsMs, startToDiagnosticsMs, diagnostics }.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  createMessageConnection,
  PortMessageReader,
  PortMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';

const [target, serverPath, documentPath] = process.argv.slice(2);
const shim = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'test/web/worker-shim.cjs');
const text = readFileSync(documentPath, 'utf8');
const uri = pathToFileURL(documentPath).href;

const started = performance.now();
let stop;
let connection;
if (target === 'web') {
  const worker = new Worker(shim, { workerData: { bundle: resolve(serverPath) } });
  connection = createMessageConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
  stop = () => worker.terminate();
} else if (target === 'desktop') {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  stop = () => child.kill();
} else {
  throw new Error(`unknown target ${target}: desktop or web`);
}
const diagnosed = new Promise((resolveDiagnostics) => {
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri === uri && params.version === 1) resolveDiagnostics({ at: performance.now(), count: params.diagnostics.length });
  });
});
connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
connection.onRequest('client/registerCapability', () => null);
connection.onRequest('window/workDoneProgress/create', () => null);
connection.listen();
await connection.sendRequest('initialize', {
  processId: null,
  rootUri: pathToFileURL(dirname(documentPath)).href,
  capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
});
await connection.sendNotification('initialized', {});
const initialized = performance.now();
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
const opened = performance.now();
const timeout = setTimeout(() => {
  console.error('no diagnostics within 120 s');
  process.exit(1);
}, 120_000);
const { at, count } = await diagnosed;
clearTimeout(timeout);
console.log(
  JSON.stringify({
    startToInitializedMs: initialized - started,
    openToDiagnosticsMs: at - opened,
    startToDiagnosticsMs: at - started,
    diagnostics: count,
  }),
);
await stop();
connection.dispose();
process.exit(0);
