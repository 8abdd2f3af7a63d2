// The pipeline: what its parts share — the rules by id, severities, the claim strictness order, class texts.
import { RULES, type Hit, type Rule } from '../rules';
import type { RuleId, SentenceClass, Settings, Severity } from '../types';

export const RULE_BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.meta.id, r]));

export { STRICTNESS_ORDER as ORDER } from '../settings';

export const WEIGHT = ['off', 'hint', 'information', 'warning', 'error'] as const;

export function capped(severity: Severity, cap: Hit['cap']): Severity {
  return cap && WEIGHT.indexOf(cap) < WEIGHT.indexOf(severity) ? cap : severity;
}

export function severityOf(rule: RuleId, settings: Settings): Severity {
  return settings.rules[rule] ?? RULE_BY_ID.get(rule)!.meta.defaultSeverity;
}

export const CLASS_TEXT: Record<SentenceClass, string> = {
  evidence: 'carries evidence (a citation, footnote, link or reference, here or closing its paragraph)',
  attributed: 'names its source',
  'vague-source': 'leans on an unnamed source',
  speculative: 'hedges or speculates, with no evidence',
  unsupported: 'states a claim with no evidence',
  normative: 'makes a recommendation',
  neutral: 'makes no claim that needs evidence',
};

export function describeClass(c: SentenceClass): string {
  return CLASS_TEXT[c];
}
