// The rule registry: an explicit list, bundler-safe, in a fixed order.
import { booster } from './booster';
import { hedge } from './hedge';
import { hedgeStack } from './hedge-stack';
import { passiveAttribution } from './passive-attribution';
import type { Rule, RulePolicy } from './rule';
import type { RuleId } from '../types';
import { speculationRule } from './speculation';
import { unknownCitation } from './unknown-citation';
import { unsupportedClaim } from './unsupported-claim';
import { weasel } from './weasel';

export const RULES: readonly Rule[] = [
  hedge,
  hedgeStack,
  booster,
  weasel,
  passiveAttribution,
  speculationRule,
  unsupportedClaim,
  unknownCitation,
];

export type { Rule, RuleMeta, RulePolicy, Hit, FixKind } from './rule';

const POLICIES = new Map<string, RulePolicy>(RULES.map((rule) => [rule.meta.id, rule.meta.policy]));
/** What a rule's findings mean (RuleMeta.policy): callers ask this, never which rule a finding is. */
export function policyOf(rule: RuleId): RulePolicy {
  return POLICIES.get(rule)!;
}
