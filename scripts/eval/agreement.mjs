// How far two careful readers agree on real documents (issue #12): a second reader labelled twelve of the real documents
// (test/fixtures/real) blind, by the same guide, without the first reader's labels or Evident's output. Her labels,
// turned into findings (a cue for each cue she marked, the unit for an unsupported claim), are scored against the first
// reader's labels exactly as Evident's findings are, and Evident is scored on the same documents against each reader.
//
//   node scripts/eval/agreement.mjs        (prints the table)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateCorpus, scoreDocument, summarise } from './corpus.mjs';
import { REAL_DIR, labelledUnits, loadGenres } from './genres.mjs';

export const SECOND_READER_DIR = join(REAL_DIR, 'second-reader');

/** A cue rule's label field, by rule id. */
const CUE_FIELDS = {
  hedge: 'hedge',
  booster: 'booster',
  weasel: 'weasel',
  'passive-attribution': 'passive_attribution',
  speculation: 'speculation',
};

/** The real documents the second reader labelled, as two corpora over the same files: { first, second }. */
export function loadReaders(realDir = REAL_DIR, secondDir = SECOND_READER_DIR) {
  if (!existsSync(secondDir)) return { missing: `no ${secondDir}` };
  const stems = new Set(readdirSync(secondDir).map((f) => f.replace(/\.labels\.jsonl$/, '')));
  const pick = (corpus) => ({ docs: corpus.docs.filter((d) => stems.has(d.name.replace(/\.[^.]+$/, ''))) });
  const first = pick(loadGenres(realDir));
  const second = { docs: first.docs.map((doc) => secondReading(doc, secondDir)) };
  return { first, second };
}

/** The same document with the second reader's units, located as loadGenres locates them. */
function secondReading(doc, secondDir) {
  const text = readFileSync(doc.path, 'utf8');
  const labelsPath = join(secondDir, `${doc.name.replace(/\.[^.]+$/, '')}.labels.jsonl`);
  return { ...doc, units: labelledUnits(doc.name, text, labelsPath, `${doc.name}#2.`) };
}

/** A reader's labels as the findings a linter would give: each cue marked, and the whole unit for a hedge stack or an unsupported claim. */
export function labelsAsFindings(doc) {
  const findings = [];
  for (const unit of doc.units) {
    if (unit.label.kind !== 'prose') continue;
    for (const [rule, field] of Object.entries(CUE_FIELDS))
      for (const cue of unit.label[field]) {
        const start = unit.start + unit.text.indexOf(cue);
        findings.push({ rule, start, end: start + cue.length });
      }
    if (unit.label.hedge_stack) {
      findings.push({ rule: 'hedge-stack', start: unit.start, end: unit.end });
      if (unit.label.hedge.length === 0) findings.push({ rule: 'hedge', start: unit.start, end: unit.end });
    }
    if (unit.label.unsupported) findings.push({ rule: 'unsupported-claim', start: unit.start, end: unit.end });
  }
  return findings;
}

/** Reader against reader, and Evident against each: corpus summaries keyed by row name. */
export function readerAgreement(cliPath, readers) {
  const { first, second } = readers;
  const against = (gold, other) => summarise(gold.docs.map((doc, i) => scoreDocument(doc, labelsAsFindings(other.docs[i]))));
  return {
    documents: first.docs.length,
    'second reader, scored against the first': against(first, second),
    'first reader, scored against the second': against(second, first),
    'Evident, against the first reader': evaluateCorpus(cliPath, first).all,
    'Evident, against the second reader': evaluateCorpus(cliPath, second).all,
  };
}

const cell = (r) => `${r.findings} / ${r.right} (${r.precision === null ? '–' : r.precision.toFixed(1)} %)`;

/** The agreement as a Markdown table: findings / right (precision) by rule group, and recall over all rules. */
export function renderAgreement(result) {
  const rows = ['| scored | all rules | recall % | hedge | unsupported-claim | small rules pooled |', '|---|---|---|---|---|---|'];
  for (const [name, s] of Object.entries(result)) {
    if (name === 'documents') continue;
    rows.push(
      `| ${name} | **${cell(s.all)}** | ${s.all.recall === null ? '–' : s.all.recall.toFixed(1)} | ${cell(s.rules.hedge)} | ${cell(s.rules['unsupported-claim'])} | ${cell(s.small)} |`,
    );
  }
  return rows.join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\/scripts\//, '/scripts/'))) {
  const readers = loadReaders();
  if (readers.missing) console.log(`skipping: ${readers.missing}`);
  else console.log(renderAgreement(readerAgreement(join(REAL_DIR, '..', '..', '..', 'dist', 'cli.js'), readers)));
}
