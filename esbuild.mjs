// Bundles the extension client, the language server and the CLI into dist/, and the web
// extension (VS Code for the Web: client and language server in a web worker) into dist/web/.
// Type checking is separate (`npm run typecheck`); esbuild only strips types.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

// The bundles the launchers run (compile-cache.ts) are ASCII only, so that a start reads them as
// Latin-1 (a copy) instead of decoding UTF-8: ~1 ms less per start for 1 MB. esbuild escapes
// strings but leaves regex literals and comments as written: every other character becomes a
// \u escape, which means the same there (source maps of those few lines shift by some columns).
// A raw template would keep the escape as text: the build refuses one holding such a character.
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length > 0) return;
      const { readFile, writeFile } = await import('node:fs/promises');
      const file = build.initialOptions.outfile;
      const text = await readFile(file, 'utf8');
      const raw = /String\.raw`[^`]*[^\x00-\x7f]/.exec(text);
      if (raw)
        throw new Error(`${file}: a String.raw template holds a non-ASCII character (write it as a \\u escape): ${raw[0].slice(-60)}`);
      const ascii = text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
      if (ascii !== text) await writeFile(file, ascii);
    });
  },
};

// vscode-jsonrpc and vscode-languageserver require node:crypto and node:child_process as they load, and
// use them only on paths a start over stdio never takes (named pipes, work-done progress, finding a
// global npm or yarn): ~1.5 ms of every server start. They get the module on first use instead.
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^(?:crypto|child_process)$/ }, (args) =>
      /[\\/]node_modules[\\/]vscode-(?:jsonrpc|languageserver)[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'lazy-builtin' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let loaded;
module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:${args.path}'))[key] });`,
      loader: 'js',
    }));
  },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // dist/server.js and dist/cli.js are small launchers that run the bundles dist/server-main.js and
  // dist/cli-main.js through V8's code cache (server/src/node/compile-cache.ts): a start skips compiling them.
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', plugins: [lazyBuiltins, asciiOutput] },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli-main.js', plugins: [asciiOutput] },
  { entryPoints: ['server/src/node/launch-server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/node/launch-cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Web: no Node built-ins may be reached (test/web/bundles.test.ts checks the output).
  { entryPoints: ['client/src/browser.ts'], outfile: 'dist/web/extension.js', external: ['vscode'], platform: 'browser', target: 'es2022' },
  // 'worker': packages' web-worker builds, which use no DOM (a worker has no `document`).
  {
    entryPoints: ['server/src/browser-server.ts'],
    outfile: 'dist/web/server.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    conditions: ['worker'],
  },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
