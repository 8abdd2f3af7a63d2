// Times what activating the extension costs the editor, in a fresh process:
// require(dist/extension.js) against a stub `vscode` module, then activate() with a
// fake context until it returns. Prints one JSON line.
// Usage: node activation-worker.cjs <extension bundle>
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const extensionPath = path.resolve(process.argv[2]);

/**
 * Any property path of the vscode API resolves to another stub that can be called,
 * constructed, subclassed, iterated (as empty) and disposed; `get(key, fallback)`
 * returns the fallback, so configuration reads see their defaults.
 */
function stub(name) {
  const children = new Map();
  const target = function () {};
  return new Proxy(target, {
    get(self, key) {
      if (key === 'then') return undefined; // not a promise: `await stub` must not hang
      if (key === Symbol.toPrimitive) return () => name;
      if (key === Symbol.iterator) return function* () {};
      if (key === 'get') return (_key, fallback) => fallback;
      if (children.has(key)) return children.get(key);
      if (Object.prototype.hasOwnProperty.call(self, key)) return self[key];
      children.set(key, stub(`${name}.${String(key)}`));
      return children.get(key);
    },
    // Assignments (item.name = …) are kept aside: a function's own name and length are read-only.
    set(_self, key, value) {
      children.set(key, value);
      return true;
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}

// Bundlers copy `import * as vscode` by own property names, so the stub lists the real
// API's top-level names (from @types/vscode) as properties.
const apiDeclarations = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
// Uri is real: the client turns it into the server's path and must find dist/server.js.
const uriOf = (fsPath) => ({ scheme: 'file', fsPath, path: fsPath, toString: () => `file://${fsPath}` });
const Uri = { file: uriOf, joinPath: (base, ...parts) => uriOf(path.join(base.fsPath, ...parts)), parse: (text) => uriOf(new URL(text).pathname) };
const vscode = { version: '1.95.0', Uri };
for (const [, name] of apiDeclarations.matchAll(/^\texport (?:namespace|class|enum|const|let|function) (\w+)/gm)) {
  if (!(name in vscode)) vscode[name] = stub(`vscode.${name}`);
}
const vscodeStubId = path.join(__dirname, '__vscode_stub__');
require.cache[vscodeStubId] = { id: vscodeStubId, filename: vscodeStubId, loaded: true, exports: vscode };
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? vscodeStubId : resolveFilename.call(this, request, ...rest);
};

// Settings read their contributed defaults from package.json, as in a fresh VS Code profile.
const manifest = JSON.parse(fs.readFileSync(path.resolve(path.dirname(extensionPath), '..', 'package.json'), 'utf8'));
const contributedDefaults = new Map(
  [manifest.contributes?.configuration ?? []].flat().flatMap((section) => Object.entries(section.properties ?? {}).map(([key, property]) => [key, property.default])),
);
vscode.workspace.getConfiguration = (section) => {
  const fullKey = (key) => (section ? `${section}.${key}` : key);
  return new Proxy(
    { get: (key, fallback) => contributedDefaults.get(fullKey(key)) ?? fallback, has: (key) => contributedDefaults.has(fullKey(key)), update: async () => {} },
    { get: (known, key) => (key in known ? known[key] : stub(`configuration.${String(key)}`)) },
  );
};

function fakeContext(root) {
  const memento = () => ({ get: (_key, fallback) => fallback, update: async () => {}, keys: () => [], setKeysForSync() {} });
  return new Proxy(
    {
      subscriptions: [],
      extensionPath: root,
      extensionUri: Uri.file(root),
      asAbsolutePath: (relative) => path.join(root, relative),
      globalState: memento(),
      workspaceState: memento(),
      storagePath: path.join(root, '.bench', 'storage'),
      globalStoragePath: path.join(root, '.bench', 'global-storage'),
      logPath: path.join(root, '.bench', 'logs'),
      extensionMode: 3, // Test
    },
    { get: (known, key) => (key in known ? known[key] : stub(`context.${String(key)}`)) },
  );
}

// Counts processes started during activation: a server started eagerly is part of the cost.
const childProcess = require('node:child_process');
const started = [];
for (const method of ['fork', 'spawn']) {
  const original = childProcess[method];
  childProcess[method] = function (command, ...rest) {
    started.push(path.basename(String(command)));
    return original.call(this, command, ...rest);
  };
}

const withinMs = (promise, ms) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);

(async () => {
  const loadStart = performance.now();
  const extension = require(extensionPath);
  const requireMs = performance.now() - loadStart;
  const activateStart = performance.now();
  const activated = extension.activate(fakeContext(path.resolve(path.dirname(extensionPath), '..')));
  if (activated && typeof activated.then === 'function') await activated;
  const activateMs = performance.now() - activateStart;
  const processesStarted = started.length;
  // Stop what activation started (the server) before leaving; don't wait on it forever.
  await withinMs(Promise.resolve(extension.deactivate?.()).catch(() => {}), 5000);
  process.stdout.write(JSON.stringify({ requireMs, activateMs, processesStarted }) + '\n');
  process.exit(0); // whatever activation scheduled (timers, watchers) is not ours to wait for
})();
