// The argument of a document by section: its headings, and under each the sentences that make
// claims (with what they rest on) and the sentences flagged for hedging or other findings, with
// counts. Built from the analysis's per-sentence reports and the findings the caller shows (the
// published diagnostics, less ignored or held ones), so the view, the report and the status bar
// count the same things. Pure: no editor imports, no Node APIs.
import type { Finding, RuleId, SentenceClass, SentenceReport, Severity, StatusGroupCount } from './types';
import { hedgeDensity, statusGroups } from './finding-counts';
import { findHeadings } from './evidence-map-headings';
import { policyOf } from './rules';
import { countTokens } from './tokens';
import type { EvidenceStatus } from './evidence-status';

export { EVIDENCE_STATUSES, STATUS_INFO, type EvidenceStatus } from './evidence-status';

/** A finding as the map carries it: enough to show and locate it, without fixes or explanations. */
export interface MapFinding {
  rule: RuleId;
  start: number;
  end: number;
  severity: Exclude<Severity, 'off'>;
  message: string;
  text: string;
  /** The finding is the sentence's claim itself (unsupported-claim), not a cue word inside it. */
  claim: boolean;
}

export interface EvidenceEntry {
  start: number;
  end: number;
  /** The sentence as written in the source (markup and citations included), whitespace folded. */
  text: string;
  status: EvidenceStatus;
  /** The engine's claim flag: states something checkable. */
  claim: boolean;
  /** hedge and hedge-stack findings in the sentence. */
  hedges: number;
  /** Has a finding (what the squiggles show): the filter "only what needs work" keeps these. */
  needsWork: boolean;
  findings: MapFinding[];
}

export interface EvidenceCounts {
  /** Listed sentences per status. */
  statuses: Record<EvidenceStatus, number>;
  /** supported + attributed. */
  supported: number;
  /** vague-source + speculative + unsupported. */
  unsupported: number;
  /** Listed sentences with a finding. */
  needsWork: number;
  /** Findings per rule. */
  rules: Partial<Record<RuleId, number>>;
  /** The findings grouped as the status bar shows them (from the rules' policies). */
  groups: StatusGroupCount[];
  findings: number;
  /** hedge + hedge-stack findings. */
  hedges: number;
  /** Words of the section's sentences (its heading included), counted as the document summary counts them. */
  words: number;
  /** Hedges per 1,000 words, one decimal. */
  hedgeDensity: number;
}

export interface EvidenceSection {
  /** The heading's text; the part before the first heading is "(opening)". */
  title: string;
  /** 1 for a top heading (#, \section or \chapter), 0 for the opening. */
  level: number;
  /** From the heading's start to the next heading's start. */
  start: number;
  end: number;
  /** The heading line itself (empty span for the opening). */
  headingStart: number;
  headingEnd: number;
  entries: EvidenceEntry[];
  counts: EvidenceCounts;
}

export interface EvidenceMap {
  sections: EvidenceSection[];
  totals: EvidenceCounts;
}

export interface Heading {
  start: number;
  end: number;
  level: number;
  title: string;
}

export const OPENING_TITLE = '(opening)';

/**
 * The map of a document. `findings` are the findings shown (normally a subset of the analysis's:
 * what is published); each goes to the sentence its `sentence` span names. Every finding is in
 * exactly one entry; sentences that make no claim and carry no finding are left out.
 */
export function buildEvidenceMap(
  source: string,
  languageId: string,
  sentences: readonly SentenceReport[],
  findings: readonly Finding[],
): EvidenceMap {
  const headings = findHeadings(source, languageId);
  const sections: EvidenceSection[] = [];
  const firstStart = headings.length > 0 ? headings[0].start : source.length;
  sections.push(newSection(OPENING_TITLE, 0, 0, firstStart, 0, 0));
  headings.forEach((h, i) =>
    sections.push(newSection(h.title, h.level, h.start, i + 1 < headings.length ? headings[i + 1].start : source.length, h.start, h.end)),
  );

  const bySentence = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sentence.start}:${f.sentence.end}`;
    const list = bySentence.get(key);
    if (list) list.push(f);
    else bySentence.set(key, [f]);
  }

  const sectionAt = sectionFinder(sections);
  const words = new Array<number>(sections.length).fill(0);
  const entriesBySection: EvidenceEntry[][] = sections.map(() => []);

  for (const s of sentences) {
    const index = sectionAt(s.start);
    words[index] += countWords(s.text);
    const key = `${s.start}:${s.end}`;
    const own = bySentence.get(key) ?? [];
    bySentence.delete(key);
    const entry = entryFor(source, s.start, s.end, s.class, s.claim, own);
    if (entry) entriesBySection[index].push(entry);
  }
  // Findings whose sentence is not among the reports (none in practice): each still gets an entry.
  for (const own of bySentence.values()) {
    const { start, end, class: cls } = own[0].sentence;
    entriesBySection[sectionAt(start)].push(entryFor(source, start, end, cls, false, own)!);
  }

  sections.forEach((section, i) => {
    section.entries = entriesBySection[i].sort((a, b) => a.start - b.start);
    section.counts = countsOf(section.entries, words[i]);
  });
  // The opening holds front matter or a title page at most: dropped when it lists nothing and has no words.
  const kept = sections.filter((s) => s.level > 0 || s.entries.length > 0 || s.counts.words > 0);
  const allEntries = kept.flatMap((s) => s.entries);
  const totals = countsOf(
    allEntries,
    kept.reduce((sum, s) => sum + s.counts.words, 0),
  );
  return { sections: kept, totals };
}

/** Whether a sentence of this class, claim flag and findings is listed, and with what status. */
function entryFor(
  source: string,
  start: number,
  end: number,
  cls: SentenceClass,
  claim: boolean,
  findings: readonly Finding[],
): EvidenceEntry | undefined {
  let status: EvidenceStatus | undefined;
  switch (cls) {
    // A sentence with evidence or a named source is listed when it makes a claim or has a finding (a hedge, an unknown key).
    case 'evidence':
      status = claim || findings.length > 0 ? 'supported' : undefined;
      break;
    case 'attributed':
      status = claim || findings.length > 0 ? 'attributed' : undefined;
      break;
    case 'vague-source':
    case 'speculative':
    case 'unsupported':
      status = cls;
      break;
    default:
      status = undefined;
  }
  if (status === undefined && findings.length === 0) return undefined;
  // A sentence that makes no claim needing evidence but has a finding (a booster): listed as flagged.
  if (status === undefined) status = 'flagged';
  const sorted = findings.length > 1 ? [...findings].sort((a, b) => a.start - b.start || a.end - b.end) : findings;
  return {
    start,
    end,
    text: source.slice(start, end).replace(/\s+/g, ' ').trim(),
    status,
    claim,
    hedges: sorted.filter((f) => policyOf(f.rule).countsAsHedge).length,
    needsWork: sorted.length > 0,
    findings: sorted.map((f) => ({
      rule: f.rule,
      start: f.start,
      end: f.end,
      severity: f.severity,
      message: f.message,
      text: f.text,
      claim: policyOf(f.rule).sentenceClass === 'unsupported',
    })),
  };
}

export function emptyCounts(): EvidenceCounts {
  return {
    statuses: { supported: 0, attributed: 0, 'vague-source': 0, speculative: 0, unsupported: 0, flagged: 0 },
    supported: 0,
    unsupported: 0,
    needsWork: 0,
    rules: {},
    groups: statusGroups({}),
    findings: 0,
    hedges: 0,
    words: 0,
    hedgeDensity: 0,
  };
}

function countsOf(entries: readonly EvidenceEntry[], words: number): EvidenceCounts {
  const counts = emptyCounts();
  for (const e of entries) {
    counts.statuses[e.status]++;
    if (e.needsWork) counts.needsWork++;
    counts.hedges += e.hedges;
    for (const f of e.findings) {
      counts.rules[f.rule] = (counts.rules[f.rule] ?? 0) + 1;
      counts.findings++;
    }
  }
  counts.supported = counts.statuses.supported + counts.statuses.attributed;
  counts.unsupported = counts.statuses['vague-source'] + counts.statuses.speculative + counts.statuses.unsupported;
  counts.groups = statusGroups(counts.rules);
  counts.words = words;
  counts.hedgeDensity = hedgeDensity(counts.hedges, words);
  return counts;
}

/** The engine's word (tokens.ts): letters and digits with single inner apostrophes, dots and hyphens. */

/** Sentence texts already counted: a document's sentences are the same strings from one keystroke to the next. */
const wordCounts = new Map<string, number>();
const WORD_CACHE_LIMIT = 50_000;

/** Words as the engine counts them for the summary's hedge density. */
export function countWords(text: string): number {
  const known = wordCounts.get(text);
  if (known !== undefined) return known;
  const n = countTokens(text);
  if (wordCounts.size >= WORD_CACHE_LIMIT) wordCounts.clear();
  wordCounts.set(text, n);
  return n;
}

function newSection(title: string, level: number, start: number, end: number, headingStart: number, headingEnd: number): EvidenceSection {
  return { title, level, start, end, headingStart, headingEnd, entries: [], counts: emptyCounts() };
}

/** Offsets are visited mostly in order: a moving cursor with a binary search when they jump back. */
function sectionFinder(sections: readonly EvidenceSection[]): (offset: number) => number {
  return (offset) => {
    let low = 0;
    let high = sections.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (sections[mid].start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
}

export { findHeadings };
export { hedgeDensity };
