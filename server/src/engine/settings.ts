// Settings from any source (editor, --config file) are untrusted: normalize them
// to a valid Settings and report every problem once, naming the setting.
import { RULE_IDS, type ClaimStrictness, type DocumentKind, type RuleId, type Sensitivity, type Settings, type Severity } from './types';

export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'information', 'warning', 'error'];
const STRICTNESS: readonly ClaimStrictness[] = ['lenient', 'standard', 'strict'];
const SENSITIVITIES: readonly Sensitivity[] = ['precise', 'thorough'];
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['auto', 'guidance', 'argument'];

export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  acceptedTerms: [],
  claimStrictness: 'standard',
  sensitivity: 'precise',
  documentKind: 'auto',
};

export interface NormalizedSettings {
  settings: Settings;
  /** Human-readable problems, each naming the offending setting; defaults were kept for them. */
  problems: string[];
}

function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

export function normalizeSettings(raw: unknown, prefix = 'evident'): NormalizedSettings {
  const problems: string[] = [];
  const settings: Settings = {
    rules: {},
    acceptedTerms: [],
    claimStrictness: DEFAULT_SETTINGS.claimStrictness,
    sensitivity: DEFAULT_SETTINGS.sensitivity,
    documentKind: DEFAULT_SETTINGS.documentKind,
  };
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${prefix}: expected an object of settings, got ${describe(raw)}; using defaults.`);
    return { settings, problems };
  }
  const obj = raw as Record<string, unknown>;

  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      problems.push(`${prefix}.rules: expected an object mapping rule ids to severities, got ${describe(obj.rules)}; using defaults.`);
    } else {
      for (const [id, sev] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (!isRuleId(id)) {
          problems.push(`${prefix}.rules.${id}: unknown rule id (known: ${RULE_IDS.join(', ')}); ignored.`);
        } else if (typeof sev !== 'string' || !(SEVERITIES as readonly string[]).includes(sev)) {
          problems.push(`${prefix}.rules.${id}: expected one of ${SEVERITIES.join('|')}, got ${describe(sev)}; using the default.`);
        } else {
          settings.rules[id] = sev as Severity;
        }
      }
    }
  }

  if (obj.acceptedTerms !== undefined) {
    if (!Array.isArray(obj.acceptedTerms)) {
      problems.push(`${prefix}.acceptedTerms: expected a list of phrases, got ${describe(obj.acceptedTerms)}; ignored.`);
    } else {
      for (const term of obj.acceptedTerms) {
        if (typeof term === 'string' && term.trim()) settings.acceptedTerms.push(term.trim());
        else problems.push(`${prefix}.acceptedTerms: entry ${describe(term)} is not a phrase; ignored.`);
      }
    }
  }

  if (obj.claimStrictness !== undefined) {
    if (typeof obj.claimStrictness === 'string' && (STRICTNESS as readonly string[]).includes(obj.claimStrictness)) {
      settings.claimStrictness = obj.claimStrictness as ClaimStrictness;
    } else {
      problems.push(
        `${prefix}.claimStrictness: expected one of ${STRICTNESS.join('|')}, got ${describe(obj.claimStrictness)}; using "${DEFAULT_SETTINGS.claimStrictness}".`,
      );
    }
  }
  if (obj.sensitivity !== undefined) {
    if (typeof obj.sensitivity === 'string' && (SENSITIVITIES as readonly string[]).includes(obj.sensitivity)) {
      settings.sensitivity = obj.sensitivity as Sensitivity;
    } else {
      problems.push(
        `${prefix}.sensitivity: expected one of ${SENSITIVITIES.join('|')}, got ${describe(obj.sensitivity)}; using "${DEFAULT_SETTINGS.sensitivity}".`,
      );
    }
  }
  if (obj.documentKind !== undefined) {
    if (typeof obj.documentKind === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(obj.documentKind)) {
      settings.documentKind = obj.documentKind as DocumentKind;
    } else {
      problems.push(
        `${prefix}.documentKind: expected one of ${DOCUMENT_KINDS.join('|')}, got ${describe(obj.documentKind)}; using "${DEFAULT_SETTINGS.documentKind}".`,
      );
    }
  }
  return { settings, problems };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** The claim strictness levels, least strict first: a feature counts at its level and every stricter one. */
export const STRICTNESS_ORDER = ['lenient', 'standard', 'strict'] as const;
