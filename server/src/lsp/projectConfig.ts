// The project configuration file, `.evident.json`, found upward from a document's folder: read by
// the CLI and the language server alike, so what a writer accepts or ignores reaches CI and
// co-authors. Pure: callers read the file; parsing, merging and the suppressions live here.
import { countFindings } from '../engine/finding-counts';
import { normalizeSettings } from '../engine/settings';
import { RULE_IDS, type DocumentAnalysis, type Finding, type Settings } from '../engine/types';
import { globToRegExp } from './glob';
import { applyProjectChange, foldSentence } from './projectEdits';
import scaleData from './data/estimative-scales.json';

/** "off" and the scales' ids (estimative.ts reads the scales; this module only validates the key). */
const ESTIMATIVE_IDS = ['off', ...Object.keys(scaleData).filter((id) => id !== '$note')];

export { foldSentence };

export const PROJECT_CONFIG_NAME = '.evident.json';

/** One suppression: a rule silenced on one sentence, keyed by its text so it survives edits elsewhere. */
export interface IgnoreEntry {
  rule: string;
  sentence: string;
}

export interface ProjectConfig {
  /** Only the engine settings the file sets validly (the rest come from elsewhere). */
  engine: Partial<Settings>;
  /** Globs relative to the file's folder. */
  exclude?: string[];
  /** Paths relative to the file's folder. */
  bibliographies?: string[];
  ignore: IgnoreEntry[];
  /**
   * Per document, keyed by its path relative to the file's folder ("drafts/brief.md", "/" between
   * folders): rules, accepted terms and suppressions for that document alone ("ignore in this document").
   */
  documents: Record<string, DocumentSection>;
  /** The probability scale hedges are stated in ("off" or a scale id; see estimative.ts). */
  estimativeLanguage?: string;
}

/** What `documents["<path>"]` may hold: what applies to that one document, on top of the file's own keys. */
export interface DocumentSection {
  engine: Partial<Settings>;
  ignore: IgnoreEntry[];
}

const KEYS = [
  'rules',
  'acceptedTerms',
  'claimStrictness',
  'sensitivity',
  'documentKind',
  'estimativeLanguage',
  'exclude',
  'bibliographies',
  'ignore',
  'documents',
];
const ENGINE_KEYS = ['rules', 'acceptedTerms', 'claimStrictness', 'sensitivity', 'documentKind'];
const DOCUMENT_KEYS = [...ENGINE_KEYS, 'ignore'];

/**
 * Parses and validates a `.evident.json`. `label` names the file in problems. Never throws: a file
 * that is not a JSON object gives one problem and an empty configuration (defaults apply).
 */
export function parseProjectConfig(text: string, label: string): { config: ProjectConfig; problems: string[]; broken?: true } {
  const config: ProjectConfig = { engine: {}, ignore: [], documents: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { config, problems: [`${label}: not valid JSON (${(error as Error).message}); the file is ignored.`], broken: true };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config, problems: [`${label}: expected a JSON object with ${KEYS.join(', ')}; the file is ignored.`], broken: true };
  }
  const obj = raw as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(obj))
    if (!KEYS.includes(key)) problems.push(`${label}: unknown key ${JSON.stringify(key)} (known: ${KEYS.join(', ')}); ignored.`);

  const section = parseSection(obj, label);
  config.engine = section.engine;
  config.ignore = section.ignore;
  problems.push(...section.problems);

  if (obj.estimativeLanguage !== undefined) {
    if (typeof obj.estimativeLanguage === 'string' && (ESTIMATIVE_IDS as readonly string[]).includes(obj.estimativeLanguage))
      config.estimativeLanguage = obj.estimativeLanguage;
    else
      problems.push(
        `${label}: estimativeLanguage: expected one of ${ESTIMATIVE_IDS.join('|')}, got ${JSON.stringify(obj.estimativeLanguage)}; ignored.`,
      );
  }

  for (const key of ['exclude', 'bibliographies'] as const) {
    const value = obj[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim())) {
      const items = value.map((item: string) => item.trim());
      if (key === 'exclude') {
        const bad = items.find((glob) => !compiles(glob));
        if (bad !== undefined) {
          problems.push(`${label}: exclude: ${JSON.stringify(bad)} is not a glob (unbalanced "{"); ignored.`);
          continue;
        }
      }
      config[key] = items;
    } else {
      const example = key === 'exclude' ? '"drafts/old/**"' : '"refs.bib"';
      problems.push(
        `${label}: ${key}: expected a list of ${key === 'exclude' ? 'globs' : 'paths'} relative to the file's folder, such as ${example}; ignored.`,
      );
    }
  }

  if (obj.documents !== undefined) {
    if (typeof obj.documents !== 'object' || obj.documents === null || Array.isArray(obj.documents)) {
      problems.push(
        `${label}: documents: expected an object keyed by document paths relative to the file's folder, such as { "drafts/brief.md": { "rules": { "hedge": "off" } } }; ignored.`,
      );
    } else {
      for (const [path, value] of Object.entries(obj.documents as Record<string, unknown>)) {
        const where = `${label}: documents[${JSON.stringify(path)}]`;
        const key = documentKey(path);
        if (!key) {
          problems.push(`${where}: expected a path relative to the file's folder, such as "drafts/brief.md"; ignored.`);
          continue;
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          problems.push(`${where}: expected an object with ${DOCUMENT_KEYS.join(', ')}; ignored.`);
          continue;
        }
        const entry = value as Record<string, unknown>;
        for (const k of Object.keys(entry))
          if (!DOCUMENT_KEYS.includes(k))
            problems.push(`${where}: unknown key ${JSON.stringify(k)} (known: ${DOCUMENT_KEYS.join(', ')}); ignored.`);
        const parsed = parseSection(entry, where);
        problems.push(...parsed.problems);
        config.documents[key] = { engine: parsed.engine, ignore: parsed.ignore };
      }
    }
  }
  return { config, problems };
}

/** The engine keys and `ignore` of the file or of one of its `documents` sections. */
function parseSection(
  obj: Record<string, unknown>,
  label: string,
): { engine: Partial<Settings>; ignore: IgnoreEntry[]; problems: string[] } {
  const problems: string[] = [];
  const engine: Partial<Settings> = {};
  const ignore: IgnoreEntry[] = [];
  const engineRaw: Record<string, unknown> = {};
  for (const key of ENGINE_KEYS) if (obj[key] !== undefined) engineRaw[key] = obj[key];
  const PREFIX = '\u0000';
  const normalized = normalizeSettings(engineRaw, PREFIX);
  for (const problem of normalized.problems) problems.push(`${label}: ${problem.replace(`${PREFIX}.`, '')}`);
  const s = normalized.settings;
  if (obj.rules !== undefined && Object.keys(s.rules).length > 0) engine.rules = s.rules;
  if (Array.isArray(obj.acceptedTerms)) engine.acceptedTerms = s.acceptedTerms;
  if (obj.claimStrictness !== undefined && obj.claimStrictness === s.claimStrictness) engine.claimStrictness = s.claimStrictness;
  if (obj.sensitivity !== undefined && obj.sensitivity === s.sensitivity) engine.sensitivity = s.sensitivity;
  if (obj.documentKind !== undefined && obj.documentKind === s.documentKind) engine.documentKind = s.documentKind;

  if (obj.ignore !== undefined) {
    if (!Array.isArray(obj.ignore)) {
      problems.push(`${label}: ignore: expected a list of { "rule": "<id>", "sentence": "<text>" }; ignored.`);
    } else {
      for (const [index, entry] of obj.ignore.entries()) {
        const e = entry as Record<string, unknown> | null;
        if (
          typeof e === 'object' &&
          e !== null &&
          !Array.isArray(e) &&
          typeof e.rule === 'string' &&
          e.rule.trim() &&
          typeof e.sentence === 'string' &&
          e.sentence.trim()
        ) {
          if ((RULE_IDS as readonly string[]).includes(e.rule.trim()))
            ignore.push({ rule: e.rule.trim(), sentence: foldSentence(e.sentence) });
          else
            problems.push(
              `${label}: ignore[${index}].rule: unknown rule id ${JSON.stringify(e.rule)} (known: ${RULE_IDS.join(', ')}); ignored.`,
            );
        } else {
          problems.push(`${label}: ignore[${index}]: expected { "rule": "<id>", "sentence": "<text>" }; ignored.`);
        }
      }
    }
  }
  return { engine, ignore, problems };
}

/** A `documents` key as stored: "/" between folders, no "./" in front; undefined for an absolute path or one that leaves the folder. */
export function documentKey(path: string): string | undefined {
  const key = path
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '');
  if (!key || key.startsWith('/') || /^[A-Za-z]:/.test(key) || key.split('/').some((part) => part === '..' || part === ''))
    return undefined;
  return key;
}

/** The document's path relative to the project file's folder (a URI ending in "/"), as `documents` keys it. */
export function documentPathIn(folder: string, documentUri: string): string | undefined {
  if (!documentUri.startsWith(folder)) return undefined;
  try {
    return documentKey(decodeURIComponent(documentUri.slice(folder.length)));
  } catch {
    return undefined;
  }
}

/** The file's engine settings and suppressions with those of the document's own section, if it has one. */
export function forDocumentPath(config: ProjectConfig, path: string | undefined): { engine: Partial<Settings>; ignore: IgnoreEntry[] } {
  const section = path === undefined ? undefined : config.documents[path];
  if (!section) return { engine: config.engine, ignore: config.ignore };
  const e = section.engine;
  return {
    engine: {
      ...config.engine,
      ...(e.rules || config.engine.rules ? { rules: { ...config.engine.rules, ...e.rules } } : {}),
      ...(e.acceptedTerms || config.engine.acceptedTerms
        ? { acceptedTerms: [...new Set([...(config.engine.acceptedTerms ?? []), ...(e.acceptedTerms ?? [])])] }
        : {}),
      ...(e.claimStrictness ? { claimStrictness: e.claimStrictness } : {}),
      ...(e.sensitivity ? { sensitivity: e.sensitivity } : {}),
      ...(e.documentKind ? { documentKind: e.documentKind } : {}),
    },
    ignore: [...config.ignore, ...section.ignore],
  };
}

/** The file wins for its folder: its rules override per rule, its accepted terms add to the others, its strictness, sensitivity and document kind replace. */
export function mergeEngineSettings(base: Settings, file: Partial<Settings>): Settings {
  return {
    ...base,
    rules: { ...base.rules, ...file.rules },
    acceptedTerms: [...new Set([...base.acceptedTerms, ...(file.acceptedTerms ?? [])])],
    claimStrictness: file.claimStrictness ?? base.claimStrictness,
    sensitivity: file.sensitivity ?? base.sensitivity,
    documentKind: file.documentKind ?? base.documentKind,
  };
}

/** Drops the findings an `ignore` entry names: same rule, same sentence text (whitespace folded). */
export function withoutIgnored(findings: Finding[], source: string, ignore: readonly IgnoreEntry[]): Finding[] {
  if (ignore.length === 0) return findings;
  const keys = new Set(ignore.map((entry) => `${entry.rule}\u0000${entry.sentence}`));
  return findings.filter(
    (finding) => !keys.has(`${finding.rule}\u0000${foldSentence(source.slice(finding.sentence.start, finding.sentence.end))}`),
  );
}

/** The analysis with ignored findings left out; the summary's counts and hedge density count only what is left. */
export function analysisWithoutIgnored(analysis: DocumentAnalysis, source: string, ignore: readonly IgnoreEntry[]): DocumentAnalysis {
  if (ignore.length === 0) return analysis;
  const kept = new Set(withoutIgnored(analysis.findings, source, ignore));
  return analysisKeeping(analysis, (finding) => kept.has(finding));
}

/** The analysis with only the findings `keep` accepts; the summary's counts and hedge density count only those. */
export function analysisKeeping(analysis: DocumentAnalysis, keep: (finding: Finding) => boolean): DocumentAnalysis {
  const findings = analysis.findings.filter(keep);
  if (findings.length === analysis.findings.length) return analysis;
  const { counts, hedgeDensity, groups } = countFindings(findings, analysis.summary.words);
  return { ...analysis, findings, summary: { ...analysis.summary, counts, hedgeDensity, groups } };
}

/** The file's text with `entry` added to `ignore` (other keys kept; a file that is not an object is replaced). */
export function addIgnoreEntry(text: string | undefined, entry: IgnoreEntry): string {
  return applyProjectChange(text, { kind: 'ignore', rule: entry.rule, sentence: entry.sentence });
}

/** The folder URIs from `documentUri`'s folder up to the root, or up to (and including) `stopAt` when the document is inside it. */
export function foldersUpward(documentUri: string, stopAt?: string): string[] {
  let url: URL;
  try {
    url = new URL('.', documentUri);
  } catch {
    return [];
  }
  const stop = stopAt === undefined ? undefined : stopAt.endsWith('/') ? stopAt : `${stopAt}/`;
  const folders: string[] = [];
  for (;;) {
    const href = url.href;
    folders.push(href);
    if (stop !== undefined && href === stop) break;
    const parent = new URL('..', url);
    if (parent.href === href) break;
    url = parent;
  }
  return folders;
}

function compiles(glob: string): boolean {
  try {
    globToRegExp(glob);
    return true;
  } catch {
    return false;
  }
}
