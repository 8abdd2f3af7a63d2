// The server's view of the `evident.*` settings: the engine's part (rules, accepted terms,
// strictness) normalized by the engine, plus the editor-only keys validated here.
import { normalizeSettings } from '../engine/settings';
import { LANGUAGE_IDS, type Settings } from '../engine/types';
import { CONFIGURATION_SECTION } from './protocol';

export interface ServerSettings {
  enable: boolean;
  languages: string[];
  debounceMs: number;
  maxDocumentSize: number;
  engine: Settings;
}

export const DEFAULT_DEBOUNCE_MS = 150;
export const DEFAULT_MAX_DOCUMENT_SIZE = 2_000_000;
const MAX_DEBOUNCE_MS = 10_000;

export function normalizeServerSettings(raw: unknown): { settings: ServerSettings; problems: string[] } {
  const engine = normalizeSettings(raw, CONFIGURATION_SECTION);
  const problems = [...engine.problems];
  const settings: ServerSettings = {
    enable: true,
    languages: [...LANGUAGE_IDS],
    debounceMs: DEFAULT_DEBOUNCE_MS,
    maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE,
    engine: engine.settings,
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { settings, problems };
  const obj = raw as Record<string, unknown>;
  const name = (key: string) => `${CONFIGURATION_SECTION}.${key}`;

  if (obj.enable !== undefined) {
    if (typeof obj.enable === 'boolean') settings.enable = obj.enable;
    else problems.push(`${name('enable')}: expected true or false, got ${JSON.stringify(obj.enable)}; using true.`);
  }
  if (obj.languages !== undefined) {
    if (Array.isArray(obj.languages) && obj.languages.every((id) => typeof id === 'string' && id.trim())) {
      settings.languages = obj.languages.map((id: string) => id.trim());
    } else {
      problems.push(`${name('languages')}: expected a list of language ids such as "markdown"; using ${LANGUAGE_IDS.join(', ')}.`);
    }
  }
  settings.debounceMs = wholeNumber(obj.debounceMs, name('debounceMs'), 0, MAX_DEBOUNCE_MS, DEFAULT_DEBOUNCE_MS, problems);
  settings.maxDocumentSize = wholeNumber(obj.maxDocumentSize, name('maxDocumentSize'), 1, Number.MAX_SAFE_INTEGER, DEFAULT_MAX_DOCUMENT_SIZE, problems);
  return { settings, problems };
}

function wholeNumber(value: unknown, setting: string, min: number, max: number, fallback: number, problems: string[]): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  problems.push(`${setting}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(value)}; using ${fallback}.`);
  return fallback;
}

/**
 * Settings per document, pulled from the client (workspace/configuration) when it can answer,
 * otherwise taken from the last didChangeConfiguration. Each distinct problem is reported once.
 */
export class SettingsStore {
  private readonly perDocument = new Map<string, Promise<ServerSettings>>();
  private pushed: unknown = undefined;
  private readonly reported = new Set<string>();

  constructor(
    private readonly pull: ((uri: string) => Promise<unknown>) | undefined,
    private readonly reportProblem: (problem: string) => void,
  ) {}

  forDocument(uri: string): Promise<ServerSettings> {
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  /** Called on didChangeConfiguration; `pushedSection` is the `evident` object the client sent, if any. */
  invalidate(pushedSection?: unknown): void {
    if (pushedSection !== undefined) this.pushed = pushedSection;
    this.perDocument.clear();
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }

  private async load(uri: string): Promise<ServerSettings> {
    let raw = this.pushed;
    if (this.pull) {
      try {
        raw = await this.pull(uri);
      } catch {
        // A client that fails to answer still gets analysed, with the last known settings.
      }
    }
    const { settings, problems } = normalizeServerSettings(raw);
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.reportProblem(problem);
    }
    return settings;
  }
}
