// Keeps the diagnostics of open documents current: debounced analysis, results for outdated
// versions discarded, per-document failures logged, oversized documents cut (and said so).
// Long analyses run in steps, so hovers, code actions and other documents are answered
// in between, and show progress in the editor.
import type { Connection, Diagnostic, TextDocuments, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { countAnalysedCharacters } from '../analysed-characters';
import { analyzeDocumentInSteps } from '../engine/analyze';
import { policyOf } from '../engine/rules';
import type { DocumentAnalysis } from '../engine/types';
import type { Bibliography } from '../engine/bib';
import type { BibliographyLoader } from './bibliographies';
import { isExcluded, type ServerSettings, type SettingsStore } from './config';
import { toDiagnostic } from './convert';
import { analysisWithoutIgnored } from './projectConfig';
import { analysisWithScale } from './estimative';
import type { ServerPlatform } from './platform';
import type { AnalyzeFilesParams, AnalyzeFilesResult } from './protocol';

export interface AnalysisEntry {
  version: number;
  /** The text analysed (the whole document at `version`). */
  text: string;
  analysis: DocumentAnalysis;
  /** The document was longer than evident.maxDocumentSize and only its first part was analysed. */
  truncated: boolean;
  /** The document's bibliographies, when it has any: for completion, hover and definition. */
  bibliography?: Bibliography;
  /** The findings last published as diagnostics for this version (the unsupported claims of a paragraph being typed wait). */
  published?: DocumentAnalysis['findings'];
}

/** Where the analyzer learns about bibliographies: the loader, whether the workspace is trusted, its folders. */
export interface BibliographyContext {
  loader: BibliographyLoader;
  trusted(): boolean;
  workspaceFolders(): string[];
}

/** Characters of uncached text the engine analyses before letting other work run. */
const STEP_CHARACTERS = 20_000;
/** An analysis running longer than this shows progress. */
const PROGRESS_AFTER_MS = 500;

/**
 * While the writer types a paragraph, its unsupported claims wait: the citation that closes it is
 * often the last thing typed. They show once the cursor leaves the paragraph or typing pauses this long.
 */
export const TYPING_HOLD_MS = 4_000;

type EngineOutcome = { analysis: DocumentAnalysis; truncated: boolean; bibliography?: Bibliography } | 'failed' | 'superseded';

export class Analyzer {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly results = new Map<string, AnalysisEntry>();
  private readonly disabled = new Set<string>();
  /** Open documents already seen, so only edits (not opening) are debounced. */
  private readonly open = new Set<string>();
  private readonly truncationNoticeShown = new Set<string>();
  /** Per document: when it was last edited and at which line, and the cursor's line as the client last said. */
  private readonly typing = new Map<string, { lastEdit: number; editLine?: number; cursorLine?: number }>();
  private readonly holdTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly platform: Pick<ServerPlatform, 'yieldToEventLoop' | 'ruleDocHref'>,
    private readonly bibliographies?: BibliographyContext,
  ) {}

  /** The latest analysis of an open document, if it matches the document's current text. */
  current(uri: string): AnalysisEntry | undefined {
    const entry = this.results.get(uri);
    const document = this.documents.get(uri);
    return entry && document && entry.version === document.version ? entry : undefined;
  }

  latest(uri: string): AnalysisEntry | undefined {
    return this.results.get(uri);
  }

  async onContentChange(uri: string): Promise<void> {
    if (!this.open.has(uri)) {
      this.open.add(uri);
      this.schedule(uri, 0);
      return;
    }
    const typing = this.typing.get(uri);
    // The client reports the cursor before the edit arrives: that is where the writer types.
    this.typing.set(uri, { ...typing, lastEdit: Date.now(), editLine: typing?.cursorLine });
    const { debounceMs } = await this.settings.forDocument(uri);
    this.schedule(uri, debounceMs);
  }

  /** The client says where the cursor is (`evident/cursor`): leaving a held paragraph shows its claims. */
  onCursor(uri: string, line: number): void {
    this.typing.set(uri, { lastEdit: 0, ...this.typing.get(uri), cursorLine: line });
    if (this.holdTimers.has(uri)) this.republish(uri);
  }

  onClose(uri: string): void {
    this.open.delete(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.results.delete(uri);
    this.truncationNoticeShown.delete(uri);
    this.typing.delete(uri);
    clearTimeout(this.holdTimers.get(uri));
    this.holdTimers.delete(uri);
    this.settings.forget(uri);
    this.publish(uri, [], undefined);
  }

  reanalyzeAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  /** Documents off from the start (the client remembers them across restarts); nothing is published yet. */
  startDisabled(uris: readonly string[]): void {
    for (const uri of uris) this.disabled.add(uri);
  }

  /** Flips Evident on or off for one document; returns whether it is now enabled. */
  toggle(uri: string): boolean {
    if (this.disabled.delete(uri)) {
      this.schedule(uri, 0);
      return true;
    }
    this.disabled.add(uri);
    clearTimeout(this.timers.get(uri));
    this.results.delete(uri);
    this.publish(uri, [], this.documents.get(uri)?.version);
    return false;
  }

  isEnabledFor(uri: string, languageId: string, settings: ServerSettings): boolean {
    return settings.enable && settings.languages.includes(languageId) && !this.disabled.has(uri) && !isExcluded(uri, settings);
  }

  /** Analyses files that are not open; open ones are already kept current. */
  async analyzeFiles(params: AnalyzeFilesParams, isCancelled: () => boolean): Promise<AnalyzeFilesResult> {
    const result: AnalyzeFilesResult = { analyzed: 0, findings: 0, skipped: 0 };
    for (const file of params.files) {
      if (isCancelled()) break;
      const open = this.documents.get(file.uri);
      if (open) {
        const entry = this.results.get(file.uri);
        if (entry) {
          result.analyzed++;
          result.findings += listedInProblems(entry.analysis.findings);
        } else result.skipped++;
        continue;
      }
      const settings = await this.settings.forDocument(file.uri);
      this.settings.forget(file.uri);
      if (!this.isEnabledFor(file.uri, file.languageId, settings)) {
        result.skipped++;
        continue;
      }
      const document = TextDocument.create(file.uri, file.languageId, 0, file.text);
      const outcome = await this.runEngine(document, settings, isCancelled);
      if (typeof outcome === 'string') continue;
      if (outcome.truncated) this.noticeTruncation(document, settings.maxDocumentSize);
      result.analyzed++;
      result.findings += listedInProblems(outcome.analysis.findings);
      this.publish(file.uri, this.diagnostics(document, outcome.analysis.findings), undefined);
    }
    return result;
  }

  private schedule(uri: string, delayMs: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.analyzeOpen(uri);
      }, delayMs),
    );
  }

  private async analyzeOpen(uri: string): Promise<void> {
    // Documents are updated in place, so remember the version this run was started for.
    const version = this.documents.get(uri)?.version;
    if (version === undefined) return;
    const settings = await this.settings.forDocument(uri);
    const document = this.documents.get(uri);
    // A newer version arrived while settings were fetched: its own run will publish.
    if (!document || document.version !== version) return;
    if (!this.isEnabledFor(uri, document.languageId, settings)) {
      this.results.delete(uri);
      this.publish(uri, [], document.version);
      return;
    }
    const outcome = await this.runEngine(document, settings, () => this.documents.get(uri)?.version !== version);
    // A newer version arrived during a long analysis: its own run publishes (and reuses the chunks done).
    if (outcome === 'superseded') return;
    if (outcome === 'failed') {
      this.results.delete(uri);
      this.publish(uri, [], document.version);
      return;
    }
    if (outcome.truncated) this.noticeTruncation(document, settings.maxDocumentSize);
    this.results.set(uri, { version: document.version, text: document.getText(), ...outcome });
    this.republish(uri);
  }

  /** Publishes the current analysis, holding back the unsupported claims of the paragraph being typed. */
  private republish(uri: string): void {
    const document = this.documents.get(uri);
    const entry = this.current(uri);
    if (!document || !entry) return;
    clearTimeout(this.holdTimers.get(uri));
    this.holdTimers.delete(uri);
    const typing = this.typing.get(uri);
    const sinceEdit = typing ? Date.now() - typing.lastEdit : Infinity;
    const typed = typing?.editLine !== undefined && sinceEdit < TYPING_HOLD_MS ? paragraphLines(document, typing.editLine) : undefined;
    const cursor = typing?.cursorLine;
    const held = typed && cursor !== undefined && cursor >= typed.first && cursor <= typed.last ? typed : undefined;
    const shown = entry.analysis.findings.filter((finding) => {
      if (!held || !policyOf(finding.rule).heldWhileTyping) return true;
      const line = document.positionAt(finding.start).line;
      return line < held.first || line > held.last;
    });
    if (shown.length < entry.analysis.findings.length) {
      this.holdTimers.set(
        uri,
        setTimeout(() => this.republish(uri), TYPING_HOLD_MS - sinceEdit + 10),
      );
    }
    entry.published = shown;
    this.publish(uri, this.diagnostics(document, shown), document.version);
  }

  private diagnostics(document: TextDocument, findings: DocumentAnalysis['findings']): Diagnostic[] {
    return findings.map((finding) => toDiagnostic(document, finding, this.platform.ruleDocHref));
  }

  /** Runs the engine in steps, yielding to other work in between; `superseded` ends it early. */
  private async runEngine(document: TextDocument, settings: ServerSettings, superseded: () => boolean): Promise<EngineOutcome> {
    const text = document.getText();
    const truncated = text.length > settings.maxDocumentSize;
    const started = performance.now();
    let progress: WorkDoneProgressServerReporter | undefined;
    try {
      const bibliography = await this.bibliographyFor(document, text, settings);
      if (superseded()) return 'superseded';
      const steps = analyzeDocumentInSteps(
        truncated ? cutAtLineBreak(text, settings.maxDocumentSize) : text,
        { languageId: document.languageId, settings: settings.engine, bibliography },
        STEP_CHARACTERS,
      );
      for (;;) {
        const step = steps.next();
        if (step.done) {
          countAnalysedCharacters(text.length);
          // For the output channel at Debug level: what was checked and how long it took.
          this.connection.console.debug(
            `checked ${fileName(document.uri)} v${document.version}: ${step.value.findings.length} findings in ${Math.round(performance.now() - started)} ms`,
          );
          // Suppressions from the project file: the engine's findings less those it names by rule and sentence text.
          // With a probability scale (evident.estimativeLanguage), its own words are no hedges.
          return {
            analysis: analysisWithScale(analysisWithoutIgnored(step.value, text, settings.ignore), settings.estimative),
            truncated,
            bibliography,
          };
        }
        await this.platform.yieldToEventLoop();
        if (superseded()) return 'superseded';
        if (!progress && performance.now() - started > PROGRESS_AFTER_MS) progress = await this.beginProgress(document.uri);
        progress?.report(Math.floor((100 * step.value.analysed) / step.value.total));
      }
    } catch (error) {
      this.connection.console.error(
        `Evident: analysis of ${document.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return 'failed';
    } finally {
      progress?.done();
    }
  }

  /** The document's bibliographies; a failure to read them is reported by the loader and never stops the analysis. */
  private async bibliographyFor(document: TextDocument, text: string, settings: ServerSettings): Promise<Bibliography | undefined> {
    if (!this.bibliographies) return undefined;
    const folders = this.bibliographies.workspaceFolders();
    const folder = folders.find((f) => document.uri.startsWith(f.endsWith('/') ? f : `${f}/`));
    try {
      return await this.bibliographies.loader.load({
        documentUri: document.uri,
        source: text,
        languageId: document.languageId,
        configured: settings.bibliographies,
        configuredBase: folder ? (folder.endsWith('/') ? folder : `${folder}/`) : undefined,
        trusted: this.bibliographies.trusted(),
        workspaceFolders: folders,
      });
    } catch (error) {
      this.connection.console.error(`Evident: reading the bibliographies of ${document.uri} failed: ${(error as Error).message}`);
      return undefined;
    }
  }

  private async beginProgress(uri: string): Promise<WorkDoneProgressServerReporter> {
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('Evident', 0, `Checking ${fileName(uri)}`, false);
    return progress;
  }

  private noticeTruncation(document: TextDocument, limit: number): void {
    if (this.truncationNoticeShown.has(document.uri)) return;
    this.truncationNoticeShown.add(document.uri);
    void this.connection.window.showInformationMessage(
      `Evident: ${fileName(document.uri)} has ${document.getText().length.toLocaleString('en-US')} characters, more than evident.maxDocumentSize ` +
        `(${limit.toLocaleString('en-US')}). Only the first ${limit.toLocaleString('en-US')} characters are checked.`,
    );
  }

  private publish(uri: string, diagnostics: Diagnostic[], version: number | undefined): void {
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}

/** Findings the Problems view lists: hints show only in the text. */
function listedInProblems(findings: DocumentAnalysis['findings']): number {
  return findings.filter((finding) => finding.severity !== 'hint').length;
}

/** The lines of the paragraph (run of non-blank lines) holding `line`. */
function paragraphLines(document: TextDocument, line: number): { first: number; last: number } {
  const blank = (n: number) => document.getText({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } }).trim() === '';
  let first = line;
  let last = line;
  while (first > 0 && !blank(first - 1)) first--;
  while (last + 1 < document.lineCount && !blank(last + 1)) last++;
  return { first, last };
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** Cuts at the last line break before `limit`, so the analysed part does not end mid-sentence. */
function cutAtLineBreak(text: string, limit: number): string {
  const lineBreak = text.lastIndexOf('\n', limit);
  return text.slice(0, lineBreak > limit / 2 ? lineBreak : limit);
}
