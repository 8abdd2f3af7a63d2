// What the shipped bundles can reach: no network clients, and child processes / sockets only where
// the LSP libraries need them for their own transports. Every use is attributed to the bundled
// module it sits in (esbuild's `// path` headers), so a new use anywhere fails with its location.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');
// server and cli are the launchers (compile cache); server-main and cli-main the bundles they run.
const BUNDLES = ['extension', 'server', 'server-main', 'cli', 'cli-main', 'web/extension', 'web/server'] as const;

/** Network clients, process spawning and raw sockets, however they are reached. */
const SENSITIVE =
  /require\("(?:node:)?(?:http|https|http2|net|tls|dgram|dns|child_process|worker_threads|cluster)"\)|(?<![.\w])fetch\(|XMLHttpRequest|WebSocket|\bEventSource\b|sendBeacon/g;

/** Each allowed use, with why it is there. Anything else found (or any of these gone) fails the test. */
const ALLOWED: Record<(typeof BUNDLES)[number], Record<string, string>> = {
  extension: {
    'require("child_process") @ node_modules/vscode-languageclient/lib/node/main.js':
      'starts the bundled dist/server.js (fork over IPC); the server module path is fixed by client/src/languageClient.ts',
    'require("child_process") @ node_modules/vscode-languageclient/lib/node/processes.js':
      'terminates the server process it started when it hangs on shutdown',
    'require("net") @ node_modules/vscode-jsonrpc/lib/node/main.js':
      'pipe and socket transports; sockets are bound to 127.0.0.1 only (checked below), Evident uses IPC',
  },
  server: {},
  'server-main': {
    'require("node:child_process") @ lazy-builtin:child_process':
      'what vscode-languageserver/lib/node/files.js gets for child_process, loaded on first use (esbuild.mjs lazyBuiltins): for its Files.resolveGlobalNodePath/YarnPath helpers (run `npm`/`yarn` to find global modules); never called by Evident (checked below)',
    'require("net") @ node_modules/vscode-jsonrpc/lib/node/main.js':
      'transports for --pipe/--socket; sockets are bound to 127.0.0.1 only (checked below); Evident runs over IPC or stdio',
  },
  cli: {},
  'cli-main': {},
  // VS Code for the Web: the worker speaks only postMessage to its client.
  'web/extension': {},
  'web/server': {},
};

interface Module {
  path: string;
  text: string;
}

/**
 * Splits an esbuild bundle into its modules by the `// path/to/module.js` comments esbuild writes before each (indented inside
 * the web worker's iife), and `// lazy-builtin:name` before a Node module the build loads on first use (esbuild.mjs).
 */
function modules(bundle: string): Module[] {
  const headers = [...bundle.matchAll(/^ *\/\/ ((?:node_modules|server|client)\/\S+|lazy-builtin:\S+)$/gm)];
  const out: Module[] = [{ path: '(bundle prologue)', text: bundle.slice(0, headers[0]?.index ?? bundle.length) }];
  headers.forEach((header, i) => out.push({ path: header[1], text: bundle.slice(header.index, headers[i + 1]?.index ?? bundle.length) }));
  return out;
}

function readBundle(name: string): string {
  const path = resolve(ROOT, 'dist', `${name}.js`);
  assert.ok(existsSync(path), `${path} is missing: run \`npm run build\` (npm test builds first)`);
  return readFileSync(path, 'utf8');
}

describe('security of the shipped bundles', () => {
  for (const name of BUNDLES) {
    it(`dist/${name}.js uses no network client, and processes and sockets only where allowed`, () => {
      const parts = modules(readBundle(name));
      assert.ok(
        parts.some((m) => m.path.startsWith(name.endsWith('extension') ? 'client/src/' : 'server/src/')),
        'the bundle has esbuild module headers',
      );
      const found = new Set<string>();
      for (const module of parts) for (const match of module.text.matchAll(SENSITIVE)) found.add(`${match[0]} @ ${module.path}`);
      assert.deepEqual([...found].sort(), Object.keys(ALLOWED[name]).sort());
    });
  }

  it('binds and connects sockets to 127.0.0.1 or a local pipe only', () => {
    for (const name of ['extension', 'server-main']) {
      const jsonrpc = modules(readBundle(name)).find((m) => m.path === 'node_modules/vscode-jsonrpc/lib/node/main.js');
      assert.ok(jsonrpc, `${name}: vscode-jsonrpc's node transport is bundled`);
      const calls = [...jsonrpc.text.matchAll(/net_1\.(\w+)\)\(([^)]*)\)|\.listen\(([^,)]*(?:, "[^"]*")?)/g)].map((m) => m[0]).sort();
      assert.deepEqual(calls, [
        '.listen(pipeName',
        '.listen(port, "127.0.0.1"',
        'net_1.createConnection)(pipeName)',
        'net_1.createConnection)(port, "127.0.0.1")',
        'net_1.createServer)((socket)',
        'net_1.createServer)((socket)',
      ]);
    }
  });

  it("never calls vscode-languageserver's helpers that spawn npm or yarn", () => {
    const own = modules(readBundle('server-main')).filter((m) => !m.path.startsWith('node_modules/'));
    assert.ok(own.length > 10, 'Evident modules found in the server bundle');
    for (const module of own) assert.doesNotMatch(module.text, /resolveGlobal(Node|Yarn)Path|resolveModulePath|\bFiles\./, module.path);
  });

  it('runs in untrusted workspaces (it reads text, runs nothing), where a cloned repository cannot point it at files outside', () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.deepEqual(manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations, ['evident.bibliographies']);
  });
});
