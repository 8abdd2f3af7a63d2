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

  const choose = <K extends 'claimStrictness' | 'sensitivity' | 'documentKind'>(key: K, choices: readonly Settings[K][]) => {
    const value = obj[key];
    if (value === undefined) return;
    if (typeof value === 'string' && (choices as readonly string[]).includes(value)) settings[key] = value as Settings[K];
    else problems.push(`${prefix}.${key}: expected one of ${choices.join('|')}, got ${describe(value)}; using "${DEFAULT_SETTINGS[key]}".`);
  };
  choose('claimStrictness', STRICTNESS);
  choose('sensitivity', SENSITIVITIES);
  choose('documentKind', DOCUMENT_KINDS);
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
