// The corpus of real policy documents alone: its table, and the errors of the dev documents.
//
//   node scripts/eval-corpus.mjs [--errors RULE] [--misses RULE] [--limit N] [--thorough] [--genres]
//
// Errors and misses are shown for the dev documents only: the check documents are scored, never
// read, so that their figures say whether a change fixed a phenomenon or learned sentences.
// --genres scores the project's own genre documents (test/fixtures/genres) instead: all of them
// may be read, and their figures are reported apart from the corpus's.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { errorsOf, evaluateCorpus, loadCorpus, renderCorpus, splitOf } from './eval/corpus.mjs';
import { loadGenres } from './eval/genres.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    errors: { type: 'string' },
    misses: { type: 'string' },
    limit: { type: 'string', default: '1000' },
    thorough: { type: 'boolean', default: false },
    genres: { type: 'boolean', default: false },
  },
});
const corpusDir = resolve(process.env.EVIDENT_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus'));
const corpus = values.genres ? loadGenres() : loadCorpus(corpusDir);
if (corpus.missing) {
  console.log(`skipping the corpus: ${corpus.missing}`);
  process.exit(0);
}
const extraArgs = [];
if (values.thorough) {
  const config = join(mkdtempSync(join(tmpdir(), 'evident-eval-')), 'thorough.json');
  writeFileSync(config, JSON.stringify({ sensitivity: 'thorough' }));
  extraArgs.push('--config', config);
}
const result = evaluateCorpus(join(repoRoot, 'dist', 'cli.js'), corpus, extraArgs);
const dev = values.genres ? result.scored : result.scored.filter((s) => splitOf(s.doc.name) === 'dev');
const limit = Number(values.limit);
const oneLine = (text, max = 300) => text.replace(/\s+/g, ' ').slice(0, max);
const goldCues = (label) =>
  Object.entries({
    hedge: label.hedge,
    booster: label.booster,
    weasel: label.weasel,
    passive: label.passive_attribution,
    speculation: label.speculation,
  })
    .filter(([, cues]) => cues.length > 0)
    .map(([rule, cues]) => `${rule}: ${cues.map((c) => JSON.stringify(oneLine(c, 60))).join(', ')}`)
    .join('; ');
const flags = (label) =>
  [label.kind, label.claim && 'claim', label.evidence && 'evidence', label.unsupported && 'UNSUPPORTED', label.hedge_stack && 'stack']
    .filter(Boolean)
    .join(' ');

if (values.errors) {
  for (const pair of errorsOf(dev, [values.errors]).falsePositives.slice(0, limit)) {
    console.log(
      `[${pair.unit.id}] ${flags(pair.unit.label)}  flagged: ${pair.findings.map((f) => JSON.stringify(oneLine(f.text, 50))).join(', ')}  gold: ${goldCues(pair.unit.label) || '–'}`,
    );
    console.log(`    ${oneLine(pair.unit.text)}`);
    if (pair.unit.label.note) console.log(`    note: ${pair.unit.label.note}`);
  }
} else if (values.misses) {
  for (const { unit } of errorsOf(dev, [values.misses]).misses.slice(0, limit)) {
    const got = dev.find((s) => s.doc === dev.find((d) => d.doc.name === unit.doc).doc).pairs.filter((p) => p.unit.id === unit.id);
    console.log(
      `[${unit.id}] ${flags(unit.label)}  gold: ${goldCues(unit.label) || '–'}  got: ${got.map((p) => `${p.rule} ${JSON.stringify(oneLine(p.findings[0].text, 40))}`).join(', ') || '–'}`,
    );
    console.log(`    ${oneLine(unit.text)}`);
    if (unit.label.note) console.log(`    note: ${unit.label.note}`);
  }
} else {
  console.log(
    values.genres ? renderCorpus(result, { all: 'own genre documents (written for the project; errors read)' }) : renderCorpus(result),
  );
}
