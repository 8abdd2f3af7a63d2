// Public entry of the analysis engine. Pure: no editor imports, no Node APIs.
import { analyzeDocument, describeClass } from './analyze';
import type { AnalyzeOptions, Finding, SentenceReport } from './types';

export * from './types';
export { analyzeDocument, describeClass };
export { normalizeSettings, DEFAULT_SETTINGS, SEVERITIES } from './settings';
export { RULES } from './rules';
export type { Rule, RuleMeta } from './rules';

export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  return analyzeDocument(text, options).findings;
}

export type Classification = Pick<SentenceReport, 'uncertain' | 'claim' | 'evidence' | 'class'> & {
  findings: { rule: Finding['rule']; start: number; end: number; text: string }[];
};

/** One sentence or paragraph, as the `evident classify` contract reports it (offsets relative to the text). */
export function classify(text: string): Classification {
  const analysis = analyzeDocument(text, { languageId: 'plaintext', readStructure: false });
  const uncertain = analysis.sentences.some((s) => s.uncertain);
  const claim = analysis.sentences.some((s) => s.claim);
  const evidence = analysis.sentences.some((s) => s.evidence);
  const classes = analysis.sentences.map((s) => s.class);
  const PRIORITY = ['unsupported', 'speculative', 'vague-source', 'attributed', 'evidence', 'normative', 'neutral'] as const;
  const cls = PRIORITY.find((c) => classes.includes(c)) ?? 'neutral';
  return {
    uncertain,
    claim,
    evidence,
    class: cls,
    findings: analysis.findings.map((f) => ({ rule: f.rule, start: f.start, end: f.end, text: f.text })),
  };
}

export { buildEvidenceMap, findHeadings, EVIDENCE_STATUSES, STATUS_INFO } from './evidence-map';
export type { EvidenceMap, EvidenceSection, EvidenceEntry, EvidenceStatus, EvidenceCounts, MapFinding } from './evidence-map';
