// Test harness only (never shipped): makes a Node worker_threads Worker look like a browser's
// dedicated web worker to dist/web/server.js — `self`, `postMessage`, `onmessage`,
// `addEventListener('message' | 'error' | 'unhandledrejection')` and `close` over parentPort —
// then loads the bundle given in workerData (`bundle`, a path, or `code`, the script itself).
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const vm = require('node:vm');

const listeners = { error: [], unhandledrejection: [] };
const scope = globalThis;
scope.self = scope;
scope.postMessage = (message) => parentPort.postMessage(message);
Object.defineProperty(scope, 'onmessage', {
  configurable: true,
  set(listener) {
    parentPort.removeAllListeners('message');
    if (typeof listener === 'function') parentPort.on('message', (data) => listener({ data }));
  },
});
scope.addEventListener = (type, listener) => {
  if (type === 'message') parentPort.on('message', (data) => listener({ data }));
  else if (listeners[type]) listeners[type].push(listener);
};
scope.close = () => process.exit(0);
process.on('uncaughtException', (error) => {
  if (listeners.error.length === 0) throw error;
  for (const listener of listeners.error) listener({ error, preventDefault() {} });
});
process.on('unhandledRejection', (reason) => {
  for (const listener of listeners.unhandledrejection) listener({ reason, preventDefault() {} });
});

// Run the bundle as a browser would: a classic script, without Node's module wrapper (no require,
// module, __dirname in its scope).
// `code` instead of `bundle`: a script the test read from a blob: URL, as a browser would start it.
vm.runInThisContext(workerData.code ?? readFileSync(workerData.bundle, 'utf8'), { filename: workerData.bundle ?? 'blob' });
