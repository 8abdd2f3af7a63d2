// The rule registry: an explicit list, bundler-safe, in a fixed order.
import { booster } from './booster';
import { hedge } from './hedge';
import { hedgeStack } from './hedge-stack';
import { passiveAttribution } from './passive-attribution';
import type { Rule } from './rule';
import { speculationRule } from './speculation';
import { unknownCitation } from './unknown-citation';
import { unsupportedClaim } from './unsupported-claim';
import { weasel } from './weasel';

export const RULES: readonly Rule[] = [hedge, hedgeStack, booster, weasel, passiveAttribution, speculationRule, unsupportedClaim, unknownCitation];

export type { Rule, RuleMeta, Hit, FixKind } from './rule';
