// The corpus of real policy documents (../shared/corpus): every unit labelled by the annotation
// guide. Scores a linter's findings the way corpus/README.md says: a finding belongs to the unit its
// start falls in; (unit, rule) pairs are counted once; a pair is right when the unit is prose,
// carries the rule and, for the cue rules, a finding of the pair overlaps a labelled cue.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export const CORPUS_RULES = ['hedge', 'hedge-stack', 'booster', 'weasel', 'passive-attribution', 'speculation', 'unsupported-claim'];
/** The rules other than hedge and unsupported-claim, pooled by the targets. */
export const SMALL_RULES = ['booster', 'weasel', 'passive-attribution', 'speculation'];

/**
 * The documents whose errors are read while tuning ("dev"); the others ("check") are only ever
 * scored, never read, so that a gap between the two shows rules that learned sentences. Chosen by
 * document before any tuning: a spread of genres and formats on each side.
 */
export const CHECK_DOCS = new Set([
  'crs-r48913-revenue-maximizing-corporate-tax-rate.md',
  'gov-bc-ghg-emissions-indicator.Rmd',
  'gov-uk-aqua-book-2025-draft-introduction.qmd',
  'worldbank-dime-handbook-credible-research.Rmd',
  'paper-energy-imports-europe-introduction.tex',
  'globalvoices-2009-china-green-dam-filter.md',
  'conversation-barton-2023-thwarting-neo-nazi-groups.md',
]);

export const splitOf = (doc) => (CHECK_DOCS.has(doc) ? 'check' : 'dev');

const readJsonl = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));

/** → { docs: [{ name, path, units: [unit & { label }] }] } or { missing: reason }. */
export function loadCorpus(corpusDir) {
  const goldDir = join(corpusDir, 'gold');
  if (!existsSync(join(goldDir, 'units.jsonl'))) return { missing: `no ${join(goldDir, 'units.jsonl')}` };
  const labels = new Map();
  for (const file of readdirSync(goldDir).filter((f) => /^labels-.*\.jsonl$/.test(f))) {
    for (const label of readJsonl(join(goldDir, file))) labels.set(label.id, label);
  }
  const byDoc = new Map();
  for (const unit of readJsonl(join(goldDir, 'units.jsonl'))) {
    const label = labels.get(unit.id);
    if (!label) throw new Error(`corpus: unit ${unit.id} has no label`);
    if (!byDoc.has(unit.doc)) byDoc.set(unit.doc, []);
    byDoc.get(unit.doc).push({ ...unit, label });
  }
  const docs = [...byDoc].map(([name, units]) => ({
    name,
    path: join(corpusDir, 'docs', name),
    units: units.sort((a, b) => a.start - b.start),
  }));
  return { docs };
}

/** The labelled cues of a rule for a unit, as document spans. */
function cueSpans(unit, rule) {
  const field = {
    hedge: 'hedge',
    booster: 'booster',
    weasel: 'weasel',
    'passive-attribution': 'passive_attribution',
    speculation: 'speculation',
  }[rule];
  const spans = [];
  for (const cue of unit.label[field] ?? []) {
    for (let at = unit.text.indexOf(cue); at !== -1; at = unit.text.indexOf(cue, at + 1)) {
      spans.push({ start: unit.start + at, end: unit.start + at + cue.length });
    }
  }
  return spans;
}

/** Whether a prose unit is labelled with the rule (the recall denominator). */
export function labelled(unit, rule) {
  const l = unit.label;
  if (l.kind !== 'prose') return false;
  switch (rule) {
    case 'hedge':
      return l.hedge.length > 0 || l.hedge_stack;
    case 'hedge-stack':
      return l.hedge_stack;
    case 'unsupported-claim':
      return l.unsupported;
    default:
      return cueSpans(unit, rule).length > 0;
  }
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** Whether a (unit, rule) pair with these findings is right. */
function pairIsRight(unit, rule, findings) {
  if (!labelled(unit, rule)) return false;
  if (rule === 'unsupported-claim' || rule === 'hedge-stack') return true;
  const cues = rule === 'hedge' ? cueSpans(unit, 'hedge') : cueSpans(unit, rule);
  if (rule === 'hedge' && cues.length === 0) return unit.label.hedge_stack;
  return findings.some((f) => cues.some((c) => overlaps(f, c)));
}

/** The unit a finding's start falls in (binary search over sorted units), or undefined. */
function unitAt(units, offset) {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].end <= offset) lo = mid + 1;
    else if (units[mid].start > offset) hi = mid - 1;
    else return units[mid];
  }
  return undefined;
}

const words = (text) => text.split(/\s+/).filter(Boolean).length;

/**
 * Scores one document's findings: → { pairs: [{ unit, rule, right, findings }], outside, units }.
 * `outside` counts findings that fall in no unit (between units): they are wrong.
 */
export function scoreDocument(doc, findings) {
  const pairs = new Map();
  let outside = 0;
  for (const finding of findings) {
    const unit = unitAt(doc.units, finding.start);
    if (!unit) {
      outside++;
      continue;
    }
    const key = `${unit.id}\u0000${finding.rule}`;
    if (!pairs.has(key)) pairs.set(key, { unit, rule: finding.rule, findings: [] });
    pairs.get(key).findings.push(finding);
  }
  const scored = [...pairs.values()].map((pair) => ({
    ...pair,
    right: CORPUS_RULES.includes(pair.rule) && pairIsRight(pair.unit, pair.rule, pair.findings),
  }));
  return { doc, pairs: scored, outside };
}

const pct = (num, den) => (den === 0 ? null : Math.round((num / den) * 1000) / 10);

/** Totals over scored documents: per rule, all rules, the small rules pooled, prose words, non-prose hits. */
export function summarise(scoredDocs) {
  const perRule = Object.fromEntries(CORPUS_RULES.map((rule) => [rule, { findings: 0, right: 0, labelled: 0, found: 0 }]));
  let proseWords = 0;
  let nonProseUnits = 0;
  let nonProseHit = 0;
  let outside = 0;
  let unknownRule = 0;
  for (const { doc, pairs, outside: out } of scoredDocs) {
    outside += out;
    const hitUnits = new Set(pairs.map((p) => p.unit.id));
    for (const unit of doc.units) {
      if (unit.label.kind === 'prose') proseWords += words(unit.text);
      else {
        nonProseUnits++;
        if (hitUnits.has(unit.id)) nonProseHit++;
      }
      for (const rule of CORPUS_RULES) if (labelled(unit, rule)) perRule[rule].labelled++;
    }
    for (const pair of pairs) {
      const stats = perRule[pair.rule];
      if (!stats) {
        unknownRule++;
        continue;
      }
      stats.findings++;
      if (pair.right) stats.right++, stats.found++;
    }
  }
  const rows = Object.fromEntries(
    Object.entries(perRule).map(([rule, s]) => [rule, { ...s, precision: pct(s.right, s.findings), recall: pct(s.found, s.labelled) }]),
  );
  const pool = (rules) => {
    const s = rules.reduce(
      (acc, rule) => ({
        findings: acc.findings + perRule[rule].findings,
        right: acc.right + perRule[rule].right,
        labelled: acc.labelled + perRule[rule].labelled,
      }),
      { findings: 0, right: 0, labelled: 0 },
    );
    return { ...s, precision: pct(s.right, s.findings), recall: pct(s.right, s.labelled) };
  };
  const all = pool(CORPUS_RULES);
  all.findings += unknownRule + outside;
  all.precision = pct(all.right, all.findings);
  return {
    documents: scoredDocs.length,
    rules: rows,
    small: pool(SMALL_RULES),
    all,
    proseWords,
    perThousandWords: proseWords === 0 ? null : Math.round((all.findings / proseWords) * 10000) / 10,
    nonProse: { units: nonProseUnits, hit: nonProseHit, share: pct(nonProseHit, nonProseUnits) },
  };
}

/** The errors of the dev documents, for reading: false pairs and missed labelled units. */
export function errorsOf(scoredDocs, rules = CORPUS_RULES) {
  const falsePositives = [];
  const misses = [];
  for (const { doc, pairs } of scoredDocs) {
    const found = new Set(pairs.filter((p) => p.right).map((p) => `${p.unit.id}\u0000${p.rule}`));
    for (const pair of pairs) if (!pair.right && rules.includes(pair.rule)) falsePositives.push(pair);
    for (const unit of doc.units) {
      for (const rule of rules) if (labelled(unit, rule) && !found.has(`${unit.id}\u0000${rule}`)) misses.push({ unit, rule });
    }
  }
  return { falsePositives, misses };
}

/** Runs the built CLI once over every corpus document: → Map(doc name → findings). */
export function lintCorpus(cliPath, docs, extraArgs = []) {
  const result = spawnSync(process.execPath, [cliPath, '--format', 'json', ...extraArgs, ...docs.map((doc) => doc.path)], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`evident exited with ${result.status}: ${result.stderr.slice(0, 500)}`);
  const files = JSON.parse(result.stdout);
  return new Map(files.map((file, i) => [docs[i].name, file.findings]));
}

/** Scores the engine on the corpus: → { all, dev, check, byDoc, scored } summaries. */
export function evaluateCorpus(cliPath, corpus, extraArgs) {
  const findings = lintCorpus(cliPath, corpus.docs, extraArgs);
  const scored = corpus.docs.map((doc) => scoreDocument(doc, findings.get(doc.name) ?? []));
  return {
    all: summarise(scored),
    dev: summarise(scored.filter((s) => splitOf(s.doc.name) === 'dev')),
    check: summarise(scored.filter((s) => splitOf(s.doc.name) === 'check')),
    scored,
  };
}

const CORPUS_PARTS = {
  all: 'all documents',
  dev: 'dev documents (errors read while tuning)',
  check: 'check documents (never read)',
};

const cell = (value) => (value === null ? '–' : `${value.toFixed(1)}`);

/** The corpus table, plain text: one block per part (all, dev, check). */
export function renderCorpus(result, titles = CORPUS_PARTS) {
  const out = [];
  for (const [part, title] of Object.entries(titles)) {
    const s = result[part];
    out.push(`  ${title}: ${s.documents} docs, ${s.proseWords} prose words`);
    out.push(
      `    ${'rule'.padEnd(22)}${'findings'.padStart(9)}${'right'.padStart(7)}${'P %'.padStart(7)}${'labelled'.padStart(10)}${'R %'.padStart(7)}`,
    );
    const row = (name, r) =>
      out.push(
        `    ${name.padEnd(22)}${String(r.findings).padStart(9)}${String(r.right).padStart(7)}${cell(r.precision).padStart(7)}${String(r.labelled).padStart(10)}${cell(r.recall).padStart(7)}`,
      );
    for (const [rule, r] of Object.entries(s.rules)) row(rule, r);
    row('small rules pooled', s.small);
    row('all', s.all);
    out.push(
      `    findings per 1,000 prose words: ${s.perThousandWords}; non-prose units with a finding: ${s.nonProse.hit} of ${s.nonProse.units} (${cell(s.nonProse.share)} %)`,
    );
  }
  return out.join('\n');
}
