// Findings identity check for speed work: the full output of `evident --format json` (and of
// sarif and text) over every ../shared/corpus document, bench/corpus and examples/, one file at a
// time, written to one file (or compared with one written before). A speed change must leave it
// byte-identical.
//   node scripts/bench/identity.mjs write <out.json> [cli.js]
//   node scripts/bench/identity.mjs check <before.json> [cli.js]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [mode, outPath, cli = join(root, 'dist', 'cli.js')] = process.argv.slice(2);
if (!['write', 'check'].includes(mode) || !outPath) {
  console.error('usage: node scripts/bench/identity.mjs write|check <file.json> [cli.js]');
  process.exit(2);
}

const inputs = [];
const corpus = join(root, '..', 'shared', 'corpus', 'docs');
if (existsSync(corpus))
  inputs.push(
    ...readdirSync(corpus)
      .sort()
      .map((name) => join(corpus, name)),
  );
else console.error(`skipped ../shared/corpus/docs: not found at ${corpus}`);
const benchCorpus = join(root, 'bench', 'corpus');
inputs.push(
  ...readdirSync(benchCorpus)
    .sort()
    .map((name) => join(benchCorpus, name)),
);
const examples = join(root, 'examples');
inputs.push(
  ...readdirSync(examples)
    .filter((name) => /\.(md|tex|txt|qmd|rmd)$/i.test(name))
    .sort()
    .map((name) => join(examples, name)),
);

const outputs = {};
for (const input of inputs) {
  for (const format of ['json', 'sarif', 'text']) {
    // cwd = the input's folder, so a .evident.json upward is read as a user's run would.
    const run = spawnSync(process.execPath, [cli, '--format', format, input], {
      cwd: dirname(input),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (run.status === 2 || run.error) throw new Error(`${input}: ${run.error ?? run.stderr}`);
    outputs[`${relative(root, input)} --format ${format}`] = { status: run.status, stdout: run.stdout };
  }
}
const text = JSON.stringify(outputs, null, 1);
if (mode === 'write') {
  writeFileSync(outPath, text);
  console.log(`wrote ${Object.keys(outputs).length} outputs to ${outPath}`);
} else {
  const before = JSON.parse(readFileSync(outPath, 'utf8'));
  const differing = Object.keys({ ...before, ...outputs }).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(outputs[key]));
  if (differing.length) {
    console.error(`DIFFERENT: ${differing.join(', ')}`);
    process.exit(1);
  }
  console.log(`identical: ${Object.keys(outputs).length} outputs byte for byte`);
}
