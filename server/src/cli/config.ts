// --config: a JSON file with the editor's settings (rules, acceptedTerms,
// claimStrictness, sensitivity, documentKind), normalized by the engine exactly as the editor's are.
import { normalizeSettings } from '../engine/settings';
import type { Settings } from '../engine/types';
import { InputError, readTextFile } from './read';

const SETTING_KEYS = ['rules', 'acceptedTerms', 'claimStrictness', 'sensitivity', 'documentKind'];
// Keys copied from a VS Code settings.json ("evident.rules") mean the same thing.
const EDITOR_PREFIX = 'evident.';

export interface LoadedConfig {
  settings: Settings;
  /** Problems that were worked around with defaults; each to be shown once. */
  warnings: string[];
}

/** Throws InputError when the file cannot be read or is not a JSON object. */
export function loadConfig(path: string): LoadedConfig {
  const text = readTextFile(path);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError('expected a JSON object with rules, acceptedTerms, claimStrictness, sensitivity and/or documentKind');
  }
  const warnings: string[] = [];
  const settingsObject: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = key.startsWith(EDITOR_PREFIX) ? key.slice(EDITOR_PREFIX.length) : key;
    if (SETTING_KEYS.includes(name)) settingsObject[name] = value;
    else warnings.push(`unknown setting ${JSON.stringify(key)} (known: ${SETTING_KEYS.join(', ')}); ignored.`);
  }
  const { settings, problems } = normalizeSettings(settingsObject);
  return { settings, warnings: [...new Set([...warnings, ...problems])] };
}
