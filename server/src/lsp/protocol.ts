// Custom requests and shared constants between the Evident server and its clients
// (the VS Code extension, tests). Plain data only, so the client bundle stays small.
import type { DocumentReading, DocumentSummary, RuleId } from '../engine/types';
import type { EvidenceMap } from '../engine/evidence-map';

export const SERVER_NAME = 'evident';
export const DIAGNOSTIC_SOURCE = 'evident';
export const CONFIGURATION_SECTION = 'evident';
export const ACCEPT_TERM_COMMAND = 'evident.acceptTerm';
export const FIX_ALL_KIND = 'source.fixAll.evident';

export function ruleDocUrl(rule: RuleId | string): string {
  return `https://github.com/evident-lint/evident/blob/main/docs/rules/${rule}.md`;
}

export const OPEN_RULE_DOCS_COMMAND = 'evident.openRuleDocs';

/** A hover link that opens the rule's page bundled with the extension, inside the editor (offline). */
export function ruleDocCommandLink(rule: RuleId | string): string {
  return `command:${OPEN_RULE_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([rule]))}`;
}

/** Writer's text and placeholders such as `<source>` shown as written in a hover, not read as Markdown or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (ch) => `\\${ch}`);
}

const QUOTED_WORDS = 8;

/**
 * The message, quoting what it flags: most messages quote their cue ("\"may\" hedges…"); one that
 * quotes nothing (an unsupported claim) is led by the flagged text's first words, so that the
 * Problems view and the command line say which sentence it is about without opening the file.
 */
export function quotingFlagged(flagged: string, message: string): string {
  if (message.includes('"')) return message;
  const words = flagged.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return message;
  const head = words.slice(0, QUOTED_WORDS).join(' ');
  return `"${head}${words.length > QUOTED_WORDS ? '…' : ''}" — ${message}`;
}

/** The reason a finding gives: the first paragraph of its explanation (the rest states the sentence's class). */
export function findingReason(explanation: string): string {
  const end = explanation.indexOf('\n\n');
  return (end === -1 ? explanation : explanation.slice(0, end)).trim();
}

/** `evident/cursor` (client → server notification): the line of the cursor in a document, sent when it changes. */
/** Client → server: the writer trusted the workspace (bibliographies outside it may now be read). */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'evident/workspaceTrusted';

export const CURSOR_NOTIFICATION = 'evident/cursor';
export interface CursorParams {
  uri: string;
  line: number;
}

/** `evident/summary`: the engine's summary of an open document. */
export const SUMMARY_REQUEST = 'evident/summary';
export interface SummaryParams {
  uri: string;
}
/** `null` when the document is not open, not a supported language, or disabled. */
export type SummaryResult = (DocumentSummary & { version: number; truncated: boolean }) | null;

/**
 * `evident/evidenceMap`: the document's claims and evidence by section (engine/evidence-map.ts),
 * built from the sentence reports and the findings published as diagnostics for `version` — the one
 * source of the Claims & Evidence view, the status bar and the evidence report in the editor.
 */
export const EVIDENCE_MAP_REQUEST = 'evident/evidenceMap';
export interface EvidenceMapParams {
  uri: string;
  /** false: the totals only (`sections` empty), for the status bar while the view is hidden. Default true. */
  sections?: boolean;
}
/** `null` when the document is not open, not a supported language, or disabled. */
export type EvidenceMapResult = { uri: string; version: number; truncated: boolean; reading: DocumentReading; map: EvidenceMap } | null;

/** `evident/analyzeFiles`: analyse files that are not open; their diagnostics are published like open ones. */
export const ANALYZE_FILES_REQUEST = 'evident/analyzeFiles';
export interface AnalyzeFilesParams {
  files: { uri: string; languageId: string; text: string }[];
}
export interface AnalyzeFilesResult {
  analyzed: number;
  /** Findings the Problems view lists (hints are not). */
  findings: number;
  /** Files skipped because their language is not enabled in `evident.languages` or Evident is disabled. */
  skipped: number;
}

/** `evident/toggleDocument`: disable or re-enable Evident for one document. */
export const TOGGLE_DOCUMENT_REQUEST = 'evident/toggleDocument';
export interface ToggleDocumentParams {
  uri: string;
}
export interface ToggleDocumentResult {
  enabled: boolean;
}

/**
 * What a diagnostic's `data` carries, so code actions never re-run the analysis. Kept
 * small, since a long draft publishes a thousand diagnostics on every keystroke: edits
 * are offsets into the document at `version` (code actions turn them into ranges), snippet
 * edits come only to clients that apply them; the flagged text is the diagnostic's range, and
 * explanations and alternatives stay on the server (hovers).
 */
/**
 * What a diagnostic carries besides what the client shows: just enough to find its finding in
 * the server's analysis of that version, where the fixes are. Every keystroke resends every
 * diagnostic of the document, so nothing else rides along.
 */
export interface DiagnosticData {
  rule: RuleId;
  /** The document version the diagnostic's range refers to. */
  version: number;
}

export interface RangeEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

/**
 * Server → client, for a server that cannot read files itself (the web build, in a worker): the
 * editor reads them (VS Code: vscode.workspace.fs). Used only when the client says it answers them,
 * with `initializationOptions.readsFiles: true`. Bibliographies and project files come this way.
 * `evident/fileStat` answers null when nothing is at `uri`.
 */
export const FILE_STAT_REQUEST = 'evident/fileStat';
export interface FileStatParams {
  uri: string;
}
export type FileStatResult = { kind: 'file' | 'directory' | 'other'; size: number; mtime: number } | null;

/** `evident/readFile`: at most `maxBytes` bytes of the file at `uri`, base64-encoded (bytes survive any transport). */
export const READ_FILE_REQUEST = 'evident/readFile';
export interface ReadFileParams {
  uri: string;
  maxBytes: number;
}
export interface ReadFileResult {
  base64: string;
}

/** Bytes as base64 and back, without Node's Buffer (the web build has none). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
