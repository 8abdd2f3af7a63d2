// The labelled sets: where each lives under the data directory, how to read it, what it measures.
// Every loader returns { sentences: [{ text, gold: { uncertain?, claim? }, cues? }] } with text on one line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detokenise, oneLine, xmlText } from './text.mjs';

/** CoNLL-2010 BioScope XML: a sentence is uncertain when it holds a speculation cue. */
export function parseConllXml(xml) {
  const sentences = [];
  for (const [, body] of xml.matchAll(/<sentence\b[^>]*>([\s\S]*?)<\/sentence>/g)) {
    const cues = [...body.matchAll(/<cue\b[^>]*type="speculation"[^>]*>([\s\S]*?)<\/cue>/g)].map(([, cue]) => xmlText(cue));
    sentences.push({ text: xmlText(body), gold: { uncertain: cues.length > 0 }, cues });
  }
  return sentences;
}

/** RFC 4180 CSV (quoted fields may hold commas, doubled quotes and line breaks). */
export function parseCsv(source) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

/** Wikipedia weasel CSV `text,label` (Penn-Treebank tokens), 1 = uncertain. */
export function parseWikiCsv(source) {
  const [header, ...rows] = parseCsv(source);
  const textAt = header.indexOf('text');
  const labelAt = header.indexOf('label');
  return rows
    .filter((row) => row.length > Math.max(textAt, labelAt))
    .map((row) => ({ text: detokenise(row[textAt]), gold: { uncertain: row[labelAt].trim() === '1' } }));
}

/** ClaimBuster JSON list of { sentence_id, label, text }, 1 = check-worthy factual claim. */
export function parseClaimBusterJson(source) {
  return JSON.parse(source).map((item) => ({ text: oneLine(item.text), gold: { claim: Number(item.label) === 1 } }));
}

/** CheckThat! 2019 TSV `line speaker text label` without a header, 1 = check-worthy. */
export function parseCheckThatTsv(source) {
  return source
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const fields = line.split('\t');
      return { text: oneLine(fields.slice(2, -1).join(' ')), gold: { claim: fields.at(-1).trim() === '1' } };
    });
}

/** The project's own policy sentences, JSON Lines of { text, uncertain, claim, note }. */
export function parsePolicyJsonl(source) {
  return source
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const item = JSON.parse(line);
      return { text: oneLine(item.text), gold: { uncertain: item.uncertain, claim: item.claim }, note: item.note };
    });
}

const readText = (path) => readFileSync(path, 'utf8');

// Context for the engine's numbers: the best systems of the shared task, on its (unseen) evaluation sets.
const CONLL_BIO_BEST = 'CoNLL-2010 best sentence-level F1 on the biological evaluation set: 86.4 (Tang et al.)';
const CONLL_WIKI_BEST = 'CoNLL-2010 best sentence-level F1 on the Wikipedia evaluation set: 60.2 (Georgescul)';

/**
 * `paths` are relative to the data directory (or, for `fromRepo`, to the repository root).
 * A set is present only when all of its paths exist.
 */
export const DATASETS = [
  {
    name: 'bio-abstracts',
    tasks: ['uncertain'],
    reference: CONLL_BIO_BEST,
    paths: ['hedge/conll2010-bio-train-abstracts.xml'],
    load: ([path]) => parseConllXml(readText(path)),
  },
  {
    name: 'bio-full',
    tasks: ['uncertain'],
    reference: CONLL_BIO_BEST,
    paths: ['hedge/conll2010-bio-train-fullarticles.xml'],
    load: ([path]) => parseConllXml(readText(path)),
  },
  { name: 'bio-combined', tasks: ['uncertain'], reference: CONLL_BIO_BEST, unionOf: ['bio-abstracts', 'bio-full'] },
  {
    name: 'wiki-weasel',
    tasks: ['uncertain'],
    reference: CONLL_WIKI_BEST,
    paths: ['hedge/wiki-weasel-train.csv'],
    load: ([path]) => parseWikiCsv(readText(path)),
  },
  {
    name: 'claimbuster',
    tasks: ['claim'],
    paths: ['claims/claimbuster-train.json'],
    load: ([path]) => parseClaimBusterJson(readText(path)),
  },
  {
    name: 'checkthat2019',
    tasks: ['claim'],
    paths: ['claims/checkthat2019-train'],
    load: ([dir]) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.tsv'))
        .sort()
        .flatMap((name) => parseCheckThatTsv(readText(join(dir, name)))),
  },
  {
    name: 'policy',
    tasks: ['uncertain', 'claim'],
    fromRepo: true,
    paths: ['test/fixtures/policy-labelled.jsonl'],
    load: ([path]) => parsePolicyJsonl(readText(path)),
  },
];

/**
 * Loads the chosen sets. Absent ones come back as { name, missing } so the caller can say so and go on.
 * A union set is present when every part is, and reuses their sentences.
 */
export function loadDatasets({ dataDir, repoRoot, only }) {
  const loaded = new Map();
  const wanted = only ? DATASETS.filter((set) => set.name === only) : DATASETS;
  if (only && wanted.length === 0) throw new Error(`unknown set "${only}"; known: ${DATASETS.map((s) => s.name).join(', ')}`);
  const load = (set) => {
    if (loaded.has(set.name)) return loaded.get(set.name);
    let result;
    if (set.unionOf) {
      const parts = set.unionOf.map((name) => load(DATASETS.find((s) => s.name === name)));
      const missing = parts.filter((part) => part.missing).map((part) => part.name);
      result = missing.length
        ? { name: set.name, tasks: set.tasks, missing: `needs ${missing.join(' and ')}` }
        : { name: set.name, tasks: set.tasks, reference: set.reference, parts, sentences: parts.flatMap((p) => p.sentences) };
    } else {
      const paths = set.paths.map((p) => join(set.fromRepo ? repoRoot : dataDir, p));
      const absent = paths.filter((p) => !existsSync(p));
      result = absent.length
        ? { name: set.name, tasks: set.tasks, missing: `${absent.join(', ')} not found` }
        : { name: set.name, tasks: set.tasks, reference: set.reference, sentences: set.load(paths).filter((s) => s.text !== '') };
    }
    loaded.set(set.name, result);
    return result;
  };
  return wanted.map(load);
}
