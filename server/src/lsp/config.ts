// The server's view of the `evident.*` settings: the engine's part (rules, accepted terms,
// strictness) normalized by the engine, plus the editor-only keys validated here.
import { normalizeSettings } from '../engine/settings';
import { LANGUAGE_IDS, type Settings } from '../engine/types';
import { globToRegExp } from './glob';
import { CONFIGURATION_SECTION } from './protocol';
import { resolvePath } from './bibliographies';
import { documentPathIn, forDocumentPath, mergeEngineSettings, type IgnoreEntry } from './projectConfig';
import type { ProjectConfigReader } from './projectFiles';
import { ESTIMATIVE_OPTIONS, estimativeScale, type EstimativeScale } from './estimative';

export interface ServerSettings {
  enable: boolean;
  languages: string[];
  debounceMs: number;
  maxDocumentSize: number;
  /** Documents whose path matches one of these (case-insensitive) are not checked. */
  exclude: RegExp[];
  /** Default bibliography files (evident.bibliographies): absolute, or relative to the workspace folder. */
  bibliographies: string[];
  engine: Settings;
  /** Suppressions from the project file (.evident.json): a rule silenced on one sentence's text. */
  ignore: IgnoreEntry[];
  /** The project file's exclude globs, relative to its folder (a URI ending in "/"). */
  projectExclude?: { folder: string; globs: RegExp[] };
  /** The project file governing the document, if any. */
  projectFile?: string;
  /** evident.estimativeLanguage: the probability scale whose words hedges are stated in, or undefined ("off"). */
  estimative?: EstimativeScale;
}

/** Licences, change logs and the like are text files but not writing to check. */
export const DEFAULT_EXCLUDE = ['**/{LICENSE,LICENCE,COPYING,COPYRIGHT,NOTICE,CHANGELOG,CHANGES,HISTORY,AUTHORS,CONTRIBUTORS}{,.txt,.md}'];
const compileExclude = (globs: readonly string[]) => globs.map((glob) => new RegExp(globToRegExp(glob).source, 'i'));

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
    exclude: compileExclude(DEFAULT_EXCLUDE),
    bibliographies: [],
    engine: engine.settings,
    ignore: [],
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
  if (obj.exclude !== undefined) {
    if (Array.isArray(obj.exclude) && obj.exclude.every((glob) => typeof glob === 'string' && glob.trim())) {
      settings.exclude = compileExclude(obj.exclude.map((glob: string) => glob.trim()));
    } else {
      problems.push(
        `${name('exclude')}: expected a list of globs such as "**/drafts/old/**"; using the default (licences and change logs).`,
      );
    }
  }
  if (obj.bibliographies !== undefined) {
    if (Array.isArray(obj.bibliographies) && obj.bibliographies.every((path) => typeof path === 'string' && path.trim())) {
      settings.bibliographies = obj.bibliographies.map((path: string) => path.trim());
    } else {
      problems.push(`${name('bibliographies')}: expected a list of paths such as "~/Zotero/library.bib" or "refs.bib"; using none.`);
    }
  }
  if (obj.estimativeLanguage !== undefined) {
    if (typeof obj.estimativeLanguage === 'string' && (ESTIMATIVE_OPTIONS as readonly string[]).includes(obj.estimativeLanguage))
      settings.estimative = estimativeScale(obj.estimativeLanguage);
    else
      problems.push(
        `${name('estimativeLanguage')}: expected one of ${ESTIMATIVE_OPTIONS.join('|')}, got ${JSON.stringify(obj.estimativeLanguage)}; using "off".`,
      );
  }
  settings.debounceMs = wholeNumber(obj.debounceMs, name('debounceMs'), 0, MAX_DEBOUNCE_MS, DEFAULT_DEBOUNCE_MS, problems);
  settings.maxDocumentSize = wholeNumber(
    obj.maxDocumentSize,
    name('maxDocumentSize'),
    1,
    Number.MAX_SAFE_INTEGER,
    DEFAULT_MAX_DOCUMENT_SIZE,
    problems,
  );
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
    private readonly project?: ProjectConfigReader,
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
    // The project file wins for its folder.
    let found;
    try {
      found = await this.project?.forDocument(uri);
    } catch (error) {
      problems.push(`the project file for ${uri} could not be read (${(error as Error).message}).`);
    }
    if (found) {
      problems.push(...found.problems);
      const { config, folder } = found;
      // The file's keys, then those of the document's own section (`documents["<path>"]`), if any.
      const own = forDocumentPath(config, documentPathIn(folder, uri));
      settings.engine = mergeEngineSettings(settings.engine, own.engine);
      settings.ignore = own.ignore;
      settings.projectFile = found.uri;
      if (config.estimativeLanguage !== undefined) settings.estimative = estimativeScale(config.estimativeLanguage);
      if (config.exclude) settings.projectExclude = { folder, globs: compileExclude(config.exclude) };
      if (config.bibliographies) {
        const resolved = config.bibliographies
          .map((path) => resolvePath(path, folder))
          .filter((href): href is string => href !== undefined);
        settings.bibliographies = [...settings.bibliographies, ...resolved];
      }
    }
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.reportProblem(problem);
    }
    return settings;
  }
}

/** Whether a document's path matches an exclude glob (matched against the URI's path without its leading slash). */
export function isExcluded(uri: string, settings: ServerSettings): boolean {
  const project = settings.projectExclude;
  if (project && uri.startsWith(project.folder)) {
    let relative: string | undefined;
    try {
      relative = decodeURIComponent(uri.slice(project.folder.length));
    } catch {
      relative = undefined;
    }
    if (relative !== undefined && project.globs.some((glob) => glob.test(relative))) return true;
  }
  if (settings.exclude.length === 0) return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(uri).pathname).replace(/^\/+/, '');
  } catch {
    return false;
  }
  return settings.exclude.some((glob) => glob.test(path));
}
