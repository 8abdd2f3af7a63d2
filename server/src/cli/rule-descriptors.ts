// The rules SARIF lists. PROVISIONAL until the engine exports its rule metadata.
import { RULE_IDS } from '../engine/types';
import type { RuleDescriptor } from './format-sarif';

export const RULE_DESCRIPTORS: readonly RuleDescriptor[] = RULE_IDS.map((id) => ({ id, description: id, defaultSeverity: 'warning' }));
