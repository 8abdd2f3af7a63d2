// Wires the LSP connection to the analyzer, hovers and code actions. No analysis logic here.
import {
  CodeActionKind,
  DiagnosticSeverity,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VERSION } from '../cli/package-info';
import { Analyzer } from './analyzer';
import { BibliographyLoader } from './bibliographies';
import { clientFiles } from './clientFiles';
import type { ServerPlatform } from './platform';
import { codeActionsFor, DOCUMENT_KIND_ACTION, type EditCapabilities, type IgnoreTarget } from './codeActions';
import { SettingsStore } from './config';
import { documentPathIn, PROJECT_CONFIG_NAME } from './projectConfig';
import { ProjectConfigReader } from './projectFiles';
import { hoverAt } from './hover';
import { buildEvidenceMap, type EvidenceMap } from '../engine/evidence-map';
import type { DocumentSummary } from '../engine/types';
import { citationCompletions, citationDefinition, citationHover } from './citations';
import {
  ANALYZE_FILES_REQUEST,
  CONFIGURATION_SECTION,
  CURSOR_NOTIFICATION,
  DIAGNOSTIC_SOURCE,
  FIX_ALL_KIND,
  EVIDENCE_MAP_REQUEST,
  SUMMARY_REQUEST,
  TOGGLE_DOCUMENT_REQUEST,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type AnalyzeFilesParams,
  type AnalyzeFilesResult,
  type CursorParams,
  type EvidenceMapParams,
  type EvidenceMapResult,
  type SummaryParams,
  type SummaryResult,
  type ToggleDocumentParams,
  type ToggleDocumentResult,
} from './protocol';

export function startServer(connection: Connection, platform: ServerPlatform): void {
  const documents = new TextDocuments(TextDocument);
  let settings: SettingsStore;
  let analyzer: Analyzer;
  let editCapabilities: EditCapabilities = { documentChanges: false, snippetEdits: false };
  let bibliographies: BibliographyLoader | undefined;
  let trusted = true;
  let workspaceFolders: string[] = [];
  let projectConfigs: ProjectConfigReader | undefined;
  /** The client edits and saves the project file itself (`evident.editProjectFile`): the VS Code extension. */
  let projectFileCommand = false;

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    const canPull = capabilities.workspace?.configuration === true;
    editCapabilities = {
      documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
      snippetEdits: capabilities.workspace?.workspaceEdit?.snippetEditSupport === true,
    };
    // Files (bibliographies, the project file .evident.json) are read through the platform's file
    // system; a server without one (the web build) asks the editor when it says it answers
    // (readsFiles), and reads none otherwise.
    const options = params.initializationOptions as
      | { disabledDocuments?: unknown; workspaceTrusted?: unknown; readsFiles?: unknown; projectFileCommand?: unknown }
      | undefined;
    const files = platform.files ?? (options?.readsFiles === true ? clientFiles(connection) : undefined);
    projectConfigs = files && new ProjectConfigReader(files, () => workspaceFolders);
    settings = new SettingsStore(
      canPull ? (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: CONFIGURATION_SECTION }) : undefined,
      (problem) => {
        connection.console.warn(`settings: ${problem}`);
        void connection.window.showWarningMessage(`Evident settings: ${problem}`);
      },
      projectConfigs,
    );
    // Workspace Trust: the VS Code client says whether the workspace is trusted; other clients have no such notion.
    trusted = options?.workspaceTrusted !== false;
    projectFileCommand = options?.projectFileCommand === true;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
    // Without files no bibliography is read and citations go unchecked.
    bibliographies =
      files &&
      new BibliographyLoader(
        files,
        (message) => {
          connection.console.warn(message);
          void connection.window.showWarningMessage(message);
        },
        // Syntax problems and duplicate keys, shown in the bibliography file itself.
        (uri, problems) =>
          void connection.sendDiagnostics({
            uri,
            diagnostics: problems.map((p) => ({
              range: { start: { line: p.line, character: 0 }, end: { line: p.line, character: 1000 } },
              severity: p.kind === 'syntax' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
              source: DIAGNOSTIC_SOURCE,
              code: p.kind,
              message: p.message,
            })),
          }),
      );
    analyzer = new Analyzer(
      connection,
      documents,
      settings,
      platform,
      bibliographies && { loader: bibliographies, trusted: () => trusted, workspaceFolders: () => workspaceFolders },
    );
    // Documents the writer turned Evident off for, remembered by the client across restarts.
    const disabled = (params.initializationOptions as { disabledDocuments?: unknown } | undefined)?.disabledDocuments;
    if (Array.isArray(disabled)) analyzer.startDisabled(disabled.filter((uri): uri is string => typeof uri === 'string'));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['@', '{', ','] },
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, DOCUMENT_KIND_ACTION] },
      },
      serverInfo: { name: 'evident' },
    };
  });

  connection.onDidChangeConfiguration((params) => {
    const pushed = (params.settings as Record<string, unknown> | null | undefined)?.[CONFIGURATION_SECTION];
    settings.invalidate(pushed);
    analyzer.reanalyzeAll();
  });

  // A bibliography changed on disk (the client watches *.bib and *.json): documents citing from it are checked again.
  connection.onDidChangeWatchedFiles((params) => {
    let changed = false;
    for (const change of params.changes) if (bibliographies?.changed(change.uri)) changed = true;
    // A project file was created, changed or deleted: settings are looked up again for every document.
    if (projectConfigs && params.changes.some((change) => change.uri.endsWith(`/${PROJECT_CONFIG_NAME}`))) {
      projectConfigs.invalidate();
      settings.invalidate();
      changed = true;
    }
    if (changed) analyzer.reanalyzeAll();
  });

  // The writer trusted the workspace: paths the documents name outside it may now be read.
  connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => {
    trusted = true;
    analyzer.reanalyzeAll();
  });

  // Fires for didOpen too: the analyzer analyses new documents at once and debounces edits.
  documents.onDidChangeContent(({ document }) => void analyzer.onContentChange(document.uri));
  documents.onDidClose(({ document }) => analyzer.onClose(document.uri));

  connection.onHover(async (params, token) => {
    const uri = params.textDocument.uri;
    if (!documents.get(uri) || !analyzer.current(uri)) return null;
    // The document's settings (cached per document): the probability scale a hedge's hover offers.
    const { estimative } = await settings.forDocument(uri);
    const document = documents.get(uri);
    const entry = analyzer.current(uri);
    if (!document || !entry || token.isCancellationRequested) return null;
    const offset = document.offsetAt(params.position);
    return citationHover(document, offset, entry.bibliography) ?? hoverAt(document, entry.analysis, offset, estimative);
  });

  // Citation keys: the bibliography of the latest analysis serves while the writer types.
  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return citationCompletions(document, document.offsetAt(params.position), analyzer.latest(document.uri)?.bibliography);
  });

  connection.onDefinition((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return citationDefinition(document, document.offsetAt(params.position), analyzer.latest(document.uri)?.bibliography);
  });

  connection.onCodeAction(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || token.isCancellationRequested) return [];
    const entry = analyzer.current(document.uri);
    // "Ignore this finding (project file)" edits the nearest .evident.json, or creates one in the workspace folder.
    let ignoreTarget: IgnoreTarget | undefined;
    const asksForSource =
      params.context.only?.some((kind) => kind === DOCUMENT_KIND_ACTION || DOCUMENT_KIND_ACTION.startsWith(`${kind}.`)) ?? false;
    if (projectConfigs && (asksForSource || params.context.diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE))) {
      const found = await projectConfigs.forDocument(document.uri).catch(() => undefined);
      const uri = found?.uri ?? projectConfigs.newFileFor(document.uri);
      // A file that is not valid JSON is not overwritten: its warning says what to mend first.
      if (uri && projectConfigs.readable(document.uri) && !found?.broken) {
        const folder = uri.slice(0, uri.lastIndexOf('/') + 1);
        ignoreTarget = { uri, text: found?.text, documentPath: documentPathIn(folder, document.uri), viaCommand: projectFileCommand };
      }
    }
    const { estimative } = await settings.forDocument(document.uri);
    if (token.isCancellationRequested || analyzer.current(document.uri) !== entry) return [];
    return codeActionsFor(
      document,
      params,
      entry?.analysis,
      editCapabilities,
      () => token.isCancellationRequested,
      entry?.bibliography,
      ignoreTarget,
      estimative,
    );
  });

  connection.onRequest(SUMMARY_REQUEST, (params: SummaryParams): SummaryResult => {
    const entry = analyzer.latest(params.uri);
    if (!entry || !documents.get(params.uri)) return null;
    // Counts of what is published, as the status bar and the Claims & Evidence view count them.
    const counts: DocumentSummary['counts'] = {};
    for (const f of entry.published ?? entry.analysis.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    return { ...entry.analysis.summary, counts, version: entry.version, truncated: entry.truncated };
  });

  // One map per published set of findings: the view and the status bar ask for the same version.
  const maps = new WeakMap<object, EvidenceMap>();
  connection.onRequest(EVIDENCE_MAP_REQUEST, (params: EvidenceMapParams): EvidenceMapResult => {
    const entry = analyzer.latest(params.uri);
    const document = documents.get(params.uri);
    // The latest analysis, even while a newer version is checked (the client compares versions).
    if (!entry || !document) return null;
    const published = entry.published ?? entry.analysis.findings;
    let map = maps.get(published);
    if (!map) {
      // The text of the analysed version: offsets and sentences refer to it.
      map = buildEvidenceMap(entry.text, document.languageId, entry.analysis.sentences, published);
      maps.set(published, map);
    }
    return {
      uri: params.uri,
      version: entry.version,
      truncated: entry.truncated,
      reading: entry.analysis.summary.reading,
      map: params.sections === false ? { sections: [], totals: map.totals } : map,
    };
  });

  connection.onRequest(
    ANALYZE_FILES_REQUEST,
    (params: AnalyzeFilesParams, token): Promise<AnalyzeFilesResult> => analyzer.analyzeFiles(params, () => token.isCancellationRequested),
  );

  connection.onRequest(
    TOGGLE_DOCUMENT_REQUEST,
    (params: ToggleDocumentParams): ToggleDocumentResult => ({
      enabled: analyzer.toggle(params.uri),
    }),
  );

  // Keep the process alive on stray errors; the analyzer already catches per document.
  platform.onUncaughtError((error) => connection.console.error(`Evident: unexpected error: ${error.stack ?? error.message}`));

  connection.onNotification(CURSOR_NOTIFICATION, (params: CursorParams) => {
    if (typeof params?.uri === 'string' && Number.isInteger(params.line) && params.line >= 0) analyzer.onCursor(params.uri, params.line);
  });

  connection.onInitialized(() => {
    connection.console.info(`Evident ${VERSION} language server started (${platform.describeRuntime()}); text stays on this machine.`);
  });

  documents.listen(connection);
  connection.listen();
}
