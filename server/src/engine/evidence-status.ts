// The statuses the evidence map gives a listed sentence, with their labels and markers: a module of its
// own (no engine imports), so the editor client reads them without bundling the rules.

/** What a listed sentence rests on, as the view and the report label it. */
export type EvidenceStatus = 'supported' | 'attributed' | 'vague-source' | 'speculative' | 'unsupported' | 'flagged';

export const EVIDENCE_STATUSES: readonly EvidenceStatus[] = [
  'supported',
  'attributed',
  'vague-source',
  'speculative',
  'unsupported',
  'flagged',
];

/** Label, short marker (never colour alone) and meaning per status. */
export const STATUS_INFO: Record<EvidenceStatus, { label: string; marker: string; meaning: string }> = {
  supported: {
    label: 'supported',
    marker: '✓',
    meaning: 'carries evidence: a citation, footnote, link or reference, here or closing its paragraph',
  },
  attributed: { label: 'attributed', marker: '◆', meaning: 'names its source' },
  'vague-source': { label: 'vague source', marker: '?', meaning: 'leans on a source the reader cannot identify' },
  speculative: { label: 'speculative', marker: '~', meaning: 'hedges or speculates, with no evidence' },
  unsupported: { label: 'unsupported', marker: '✗', meaning: 'states a claim with no evidence' },
  flagged: { label: 'flagged', marker: '!', meaning: 'makes no claim that needs evidence, but has a finding (e.g. a booster)' },
};
