// Bibliography speed (issue 14): a generated 10,000-entry .bib parsed, indexed, and citation
// completion answered keystroke by keystroke. Targets: parse under 1 s, completion under 50 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The bibliography module and the server's completion, bundled as the server bundles them (CommonJS). */
async function load() {
  const dir = mkdtempSync(join(tmpdir(), 'evident-bench-bib-'));
  const outfile = join(dir, 'bib.cjs');
  try {
    await esbuild.build({
      stdin: {
        contents:
          "export * from './server/src/engine/bib/index';\nexport { citationCompletions } from './server/src/lsp/citations';\nexport { TextDocument } from 'vscode-languageserver-textdocument';\n",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      outfile,
      logLevel: 'silent',
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const TOPICS = [
  'housing',
  'rents',
  'clinics',
  'pharmacists',
  'carbon',
  'taxes',
  'apprenticeships',
  'water',
  'tariffs',
  'grain',
  'freight',
  'insurance',
  'schools',
  'pensions',
  'migration',
];

export function generateBibliography(entries = 10_000) {
  let text = '';
  for (let i = 0; i < entries; i++) {
    const a = TOPICS[i % TOPICS.length];
    const b = TOPICS[(i * 7) % TOPICS.length];
    text += `@article{author${i}${1990 + (i % 35)},\n  author = {Author${i % 997}, Anna and Writer${i % 313}, Ben},\n  title = {{${a[0].toUpperCase()}${a.slice(1)}} and ${b} in region ${i}},\n  journal = {Journal of ${b}},\n  year = {${1990 + (i % 35)}},\n  abstract = {How ${a} shape ${b}: evidence from survey ${i}.},\n  doi = {10.1000/${i}}\n}\n`;
  }
  return text;
}

export async function measureBibliography() {
  const m = await load();
  const text = generateBibliography();
  const t0 = performance.now();
  const { entries } = m.parseBibliography(text, 'bench.bib');
  const t1 = performance.now();
  const bibliography = new m.Bibliography(entries);
  bibliography.prepare();
  const t2 = performance.now();
  const sentence = 'Rents in coastal towns rose as pharmacists left rural clinics [@';
  const typed = 'author12';
  const times = [];
  for (let k = 0; k <= typed.length; k++) {
    const source = sentence + typed.slice(0, k);
    const document = m.TextDocument.create('file:///bench.md', 'markdown', k, source);
    const s = performance.now();
    m.citationCompletions(document, source.length, bibliography);
    times.push(performance.now() - s);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    entries: entries.length,
    megabytes: text.length / 1e6,
    parseMs: t1 - t0,
    indexMs: t2 - t1,
    completionP50Ms: sorted[Math.floor((sorted.length - 1) / 2)],
    completionMaxMs: sorted.at(-1),
  };
}

export function renderBibliography(r) {
  return `Bibliography: ${r.entries} entries (${r.megabytes.toFixed(1)} MB) parsed in ${r.parseMs.toFixed(0)} ms (target < 1000), indexed in ${r.indexMs.toFixed(0)} ms; citation completion p50 ${r.completionP50Ms.toFixed(1)} ms, max ${r.completionMaxMs.toFixed(1)} ms over ${'author12'.length + 1} keystrokes (target < 50)`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(renderBibliography(await measureBibliography()));
