// Writes the accuracy figures of `npm run eval` into the README between its markers, so the
// README's table is the corpus table of the latest run: node scripts/readme-accuracy.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateCorpus, loadCorpus } from './eval/corpus.mjs';
import { loadReaders, readerAgreement, renderAgreement } from './eval/agreement.mjs';
import { loadGenres, REAL_DIR } from './eval/genres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const report = JSON.parse(
  execFileSync(process.execPath, [join(root, 'scripts/eval.mjs'), '--json'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  }),
);
const { corpus } = report;
const f = (v) => (v === null || v === undefined ? '–' : v.toFixed(1));
const RULES = ['hedge', 'hedge-stack', 'booster', 'weasel', 'passive-attribution', 'speculation', 'unsupported-claim'];

const table = ['| rule | findings / right | precision % | recall % | dev P / R % | check P / R % |', '|---|---|---|---|---|---|'];
const row = (name, a, d, c) =>
  table.push(
    `| ${name} | ${a.findings} / ${a.right} | **${f(a.precision)}** | ${f(a.recall)} | ${f(d.precision)} / ${f(d.recall)} | ${f(c.precision)} / ${f(c.recall)} |`,
  );
for (const rule of RULES) row(`\`${rule}\``, corpus.all.rules[rule], corpus.dev.rules[rule], corpus.check.rules[rule]);
row('booster, weasel, passive-attribution, speculation pooled', corpus.all.small, corpus.dev.small, corpus.check.small);
row('**all rules**', corpus.all.all, corpus.dev.all, corpus.check.all);

const np = (s) => `${s.nonProse.hit} of ${s.nonProse.units} (${f(s.nonProse.share)} %)`;
const notes = `Findings in non-prose units (headings, captions, tables, references, questions, quotes, front matter): ${np(corpus.all)}; dev ${np(corpus.dev)}, check ${np(corpus.check)}. Findings per 1,000 prose words: ${corpus.all.perThousandWords} (dev ${corpus.dev.perThousandWords}, check ${corpus.check.perThousandWords}).`;
const baselines = corpus.baselines
  .map(
    (b) =>
      `- ${b.name}: ${b.findings} units flagged, ${b.right} right (**${f(b.precision)} %**); ${f(b.nonProseShare)} % of non-prose units flagged.`,
  )
  .join('\n');

const config = join(mkdtempSync(join(tmpdir(), 'evident-readme-')), 'thorough.json');
writeFileSync(config, JSON.stringify({ sensitivity: 'thorough' }));
const thorough = evaluateCorpus(join(root, 'dist/cli.js'), loadCorpus(corpus.dir), ['--config', config]).all;
const thoroughText = `${thorough.all.findings} findings, ${f(thorough.all.precision)} % right; hedge recall ${f(thorough.rules.hedge.recall)} %, small rules pooled ${f(thorough.small.precision)} % precision and ${f(thorough.small.recall)} % recall.`;

/** A labelled set's table by rule, the small rules pooled and all rules, and its size. */
function ruleTable(result) {
  const rows = ['| rule | findings / right | precision % | recall % |', '|---|---|---|---|'];
  const row = (name, r) => rows.push(`| ${name} | ${r.findings} / ${r.right} | ${f(r.precision)} | ${f(r.recall)} |`);
  for (const rule of RULES) row(`\`${rule}\``, result.rules[rule]);
  row('small rules pooled', result.small);
  row('**all rules**', result.all);
  rows.push('', `${result.documents} documents, ${result.proseWords} prose words; findings in ${np(result)} non-prose units.`);
  return rows;
}

// The project's own genre documents: their errors were read, so they are shown apart and never stand for the corpus.
const genresTable = ruleTable(evaluateCorpus(join(root, 'dist/cli.js'), loadGenres()).all);
// Real documents by others that we labelled (test/fixtures/real): each batch read after it was scored; shown apart too.
const realTable = ruleTable(evaluateCorpus(join(root, 'dist/cli.js'), loadGenres(REAL_DIR)).all);

// Two careful readers on twelve of those real documents, and Evident against each (scripts/eval/agreement.mjs).
const agreementTable = renderAgreement(readerAgreement(join(root, 'dist/cli.js'), loadReaders()));

const research = [
  '| set | task | Evident F1, tune / held-out | P / R (all) | best other system in the same run |',
  '|---|---|---|---|---|',
];
for (const set of report.sets.filter((s) => !s.parts || s.name === 'bio-combined')) {
  for (const [task, result] of Object.entries(set.tasks)) {
    const [engine, ...others] = result.systems;
    const best = others.sort((a, b) => b.heldOut.f1 - a.heldOut.f1)[0];
    research.push(
      `| ${set.name} | ${task} | **${f(engine.tune.f1)} / ${f(engine.heldOut.f1)}** | ${f(engine.all.precision)} / ${f(engine.all.recall)} | ${best ? `${best.name} ${f(best.tune.f1)} / ${f(best.heldOut.f1)}` : '–'} |`,
    );
  }
}

let readme = readFileSync(join(root, 'README.md'), 'utf8');
const put = (key, text) => {
  const pattern = new RegExp(`(<!-- ${key}:start -->\\n)[\\s\\S]*?(<!-- ${key}:end -->)`);
  if (!pattern.test(readme)) throw new Error(`README has no ${key} markers`);
  readme = readme.replace(pattern, (_, start, end) => `${start}${text}\n${end}`);
};
put('corpus_table', table.join('\n'));
put('corpus_notes', notes);
put('baselines', baselines);
put('thorough', thoroughText);
put('genres_table', genresTable.join('\n'));
put('real_table', realTable.join('\n'));
put('agreement_table', agreementTable);
put('research_table', research.join('\n'));
writeFileSync(join(root, 'README.md'), readme);
console.log('README accuracy figures written');
