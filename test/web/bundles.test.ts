// The web bundles (VS Code for the Web) reach no Node built-in: the built text is checked, so an
// import that sneaks in through any module fails here with the module it sits in.
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLES = ['dist/web/extension.js', 'dist/web/server.js'];
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function read(path: string): string {
  const full = resolve(ROOT, path);
  assert.ok(existsSync(full), `${path} is missing: run \`npm run build\``);
  return readFileSync(full, 'utf8');
}

/** The esbuild module (`// path` header) a position in the bundle belongs to. */
function moduleAt(bundle: string, index: number): string {
  const headers = [...bundle.slice(0, index).matchAll(/^\s*\/\/ ((?:node_modules|server|client)\/\S+)$/gm)];
  return headers.at(-1)?.[1] ?? '(bundle prologue)';
}

/** Lines that name `process` other than behind a `typeof process` check on the same line. */
function unguardedProcess(bundle: string): string[] {
  const found: string[] = [];
  for (const match of bundle.matchAll(/(?<![\w$."'])process\s*[.[]/g)) {
    const lineStart = bundle.lastIndexOf('\n', match.index) + 1;
    const line = bundle.slice(lineStart, bundle.indexOf('\n', match.index));
    if (/^\s*\/\//.test(line) || /typeof process\b/.test(line)) continue;
    found.push(`${moduleAt(bundle, match.index)}: ${line.trim().slice(0, 160)}`);
  }
  return found;
}

describe('web bundles', () => {
  for (const path of BUNDLES) {
    it(`${path} requires no Node built-in and imports nothing from node:`, () => {
      const bundle = read(path);
      const required = [...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      assert.deepEqual([...new Set(required.filter((name) => BUILTINS.has(name) || name.startsWith('node:')))], []);
      assert.deepEqual(
        required.filter((name) => name !== 'vscode'),
        [],
        'only vscode is external',
      );
      if (path.endsWith('server.js')) assert.deepEqual(required, [], 'the worker bundle requires nothing');
      assert.doesNotMatch(bundle, /\bfrom\s*["']node:|\bimport\(\s*["']node:/);
      assert.doesNotMatch(bundle, /require\(["'](?:node:)?fs["']\)/);
    });

    it(`${path} references process only behind typeof checks, and no __dirname or setImmediate of Node`, () => {
      const bundle = read(path);
      assert.deepEqual(unguardedProcess(bundle), []);
      assert.doesNotMatch(bundle, /\b__dirname\b|\b__filename\b/);
      // RAL's own timer.setImmediate (vscode-jsonrpc's browser RAL maps it to setTimeout) is fine; a bare call is not.
      const calls = [...bundle.matchAll(/(?<![\w$.])setImmediate\((?![^)\n]*\)\s*\{)/g)]; // not RAL's method definition `setImmediate(callback, ...args) {`
      assert.deepEqual(
        calls.map((m) => moduleAt(bundle, m.index)),
        [],
      );
    });
  }

  it('dist/web/server.js touches no DOM (a web worker has no document or window)', () => {
    assert.doesNotMatch(read('dist/web/server.js'), /(?<![\w$.])(?:document|window)\.(?:createElement|body|location|addEventListener)/);
  });

  it('server/src/lsp/ imports no Node API (the platform is passed to startServer)', () => {
    const dir = resolve(ROOT, 'server/src/lsp');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(resolve(dir, file), 'utf8');
      assert.doesNotMatch(
        source,
        /from '(?:node:|vscode-languageserver\/node)|\b(?:process\.|setImmediate\(|__dirname|require\()|from '\.\.\/(?:cli|node)\/(?!package-info')/,
        file,
      );
    }
  });

  it('the server bundle is a self-running script (iife), the extension a CommonJS module for the web extension host', () => {
    assert.match(read('dist/web/server.js'), /^(?:"use strict";\s*)?\(\(\) => \{/);
    assert.match(read('dist/web/extension.js'), /module\.exports = __toCommonJS\(/);
  });
});
