// The engine and its bibliography module from their TypeScript sources, bundled in memory for plain
// node: what scripts that measure or record the engine (bib-suggest, snapshot) run, without a build.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function loadEngineFromSource() {
  return importFromSource("export * from './server/src/engine/index';\nexport * from './server/src/engine/bib/index';\n");
}

/** The modules `contents` exports, bundled from the repository's TypeScript sources and imported (platform: esbuild's). */
export async function importFromSource(contents, platform = 'neutral') {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform,
    write: false,
    logLevel: 'silent',
    mainFields: ['module', 'main'],
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}
