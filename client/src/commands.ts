// The Evident commands. Text only goes to the bundled language server (no network, no telemetry).
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { RULE_IDS } from '../../server/src/engine/types';
import {
  ANALYZE_FILES_REQUEST,
  CONFIGURATION_SECTION,
  OPEN_RULE_DOCS_COMMAND,
  SUMMARY_REQUEST,
  TOGGLE_DOCUMENT_REQUEST,
  type AnalyzeFilesParams,
  type AnalyzeFilesResult,
  type SummaryResult,
  type ToggleDocumentResult,
} from '../../server/src/lsp/protocol';
import {
  applyProjectChange,
  EDIT_PROJECT_FILE_COMMAND,
  type ProjectChange,
  type ProjectEditArguments,
} from '../../server/src/lsp/projectEdits';
import type { AcceptTermWhere } from '../../server/src/lsp/codeActions';
import { statusText } from './statusBar';
import { renderHtml } from '../../server/src/report/evidence-report';
import { readingNotes } from '../../server/src/report/reading';
import { revealRange, sentenceRange, type EvidenceModel } from './evidenceModel';

/** File extensions searched by "Analyze Workspace", per language id. */
const EXTENSIONS: Record<string, string[]> = {
  markdown: ['md', 'markdown'],
  plaintext: ['txt'],
  latex: ['tex', 'ltx'],
  quarto: ['qmd'],
  rmarkdown: ['Rmd', 'rmd'],
};
const WORKSPACE_EXCLUDE = '**/{node_modules,.git,dist,out,build,_site,.quarto}/**';
const MAX_WORKSPACE_FILES = 5_000;
const FILES_PER_REQUEST = 20;

export interface CommandContext {
  client(): LanguageClient | undefined;
  languages(): string[];
  disabledDocuments: Set<string>;
  onToggled(): void;
  ruleDescriptions: Record<string, string>;
  evidence: EvidenceModel;
}

export function registerCommands(context: vscode.ExtensionContext, commands: CommandContext): void {
  const register = (id: string, run: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  register('evident.analyzeWorkspace', () => analyzeWorkspace(commands));
  register('evident.toggleDocument', () => toggleDocument(commands));
  register(OPEN_RULE_DOCS_COMMAND, (rule?: string) => openRuleDocs(context.extensionUri, commands, rule));
  register('evident.acceptTerm', (term?: string, where?: AcceptTermWhere) => acceptTerm(term, where));
  register(EDIT_PROJECT_FILE_COMMAND, (args?: ProjectEditArguments) => (args ? editProjectFile(args) : undefined));
  register('evident.showSummary', () => showSummary(commands));
  register('evident.openExample', () => openExample(context.extensionUri));
  register('evident.openEvidenceReport', () => openEvidenceReport(commands));
}

function runningClient(commands: CommandContext): LanguageClient | undefined {
  const client = commands.client();
  if (!client?.isRunning()) void vscode.window.showWarningMessage('Evident: the language server is not running.');
  return client?.isRunning() ? client : undefined;
}

async function analyzeWorkspace(commands: CommandContext): Promise<void> {
  const client = runningClient(commands);
  if (!client) return;
  const byExtension = new Map<string, string>();
  for (const language of commands.languages()) for (const extension of EXTENSIONS[language] ?? []) byExtension.set(extension, language);
  if (byExtension.size === 0) return;
  const files = await vscode.workspace.findFiles(`**/*.{${[...byExtension.keys()].join(',')}}`, WORKSPACE_EXCLUDE, MAX_WORKSPACE_FILES);
  const total: AnalyzeFilesResult = { analyzed: 0, findings: 0, skipped: 0 };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Evident: checking workspace', cancellable: true },
    async (progress, token) => {
      const decoder = new TextDecoder();
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += FILES_PER_REQUEST) {
        const batch: AnalyzeFilesParams['files'] = [];
        for (const uri of files.slice(i, i + FILES_PER_REQUEST)) {
          const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
          const extension = uri.path.slice(uri.path.lastIndexOf('.') + 1);
          const languageId = open?.languageId ?? byExtension.get(extension) ?? 'plaintext';
          const text = open ? open.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri));
          batch.push({ uri: uri.toString(), languageId, text });
        }
        const result = await client.sendRequest<AnalyzeFilesResult>(
          ANALYZE_FILES_REQUEST,
          { files: batch } satisfies AnalyzeFilesParams,
          token,
        );
        total.analyzed += result.analyzed;
        total.findings += result.findings;
        total.skipped += result.skipped;
        progress.report({
          message: `${Math.min(i + FILES_PER_REQUEST, files.length)} of ${files.length} files`,
          increment: (100 * batch.length) / files.length,
        });
      }
    },
  );
  void vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(`Evident checked ${total.analyzed} files and found ${total.findings} issues (see Problems).`);
}

async function toggleDocument(commands: CommandContext): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const client = runningClient(commands);
  if (!document || !client) return;
  const uri = document.uri.toString();
  const { enabled } = await client.sendRequest<ToggleDocumentResult>(TOGGLE_DOCUMENT_REQUEST, { uri });
  if (enabled) commands.disabledDocuments.delete(uri);
  else commands.disabledDocuments.add(uri);
  commands.onToggled();
  vscode.window.setStatusBarMessage(
    `Evident ${enabled ? 'enabled' : 'disabled'} for ${vscode.workspace.asRelativePath(document.uri)}`,
    3_000,
  );
}

/** The bundled example brief, as an untitled Markdown copy the writer can edit freely. */
async function openExample(extensionUri: vscode.Uri): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'examples', 'draft-brief.md'));
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
  await vscode.window.showTextDocument(document);
}

/** Opens the rule's page, bundled with the extension (docs/rules), in a Markdown preview: offline. */
async function openRuleDocs(extensionUri: vscode.Uri, commands: CommandContext, rule?: string): Promise<void> {
  const chosen =
    rule ??
    (
      await vscode.window.showQuickPick(
        RULE_IDS.map((id) => ({ label: id, detail: commands.ruleDescriptions[id] })),
        { title: 'Evident rule documentation', placeHolder: 'Choose a rule' },
      )
    )?.label;
  if (!chosen || !(RULE_IDS as readonly string[]).includes(chosen)) return;
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${chosen}.md`));
}

/**
 * Accepts a phrase after asking where: this document or the project (the project file,
 * .evident.json, which the command line and co-authors read too; offered when the quick fix knows
 * it), this workspace (its settings) or every workspace (user settings). Nothing is written
 * without that choice.
 */
async function acceptTerm(term?: string, where?: AcceptTermWhere): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const phrase = (
    term ??
    (await vscode.window.showInputBox({
      prompt: 'Phrase Evident should accept',
      value: editor ? editor.document.getText(editor.selection) : '',
    }))
  )?.trim();
  if (!phrase) return;
  const inWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  type Target = vscode.QuickPickItem & ({ target: vscode.ConfigurationTarget } | { change: ProjectChange });
  const projectFile = where && vscode.workspace.asRelativePath(vscode.Uri.parse(where.file));
  const targets: Target[] = [
    ...(where
      ? [
          {
            label: 'This document',
            detail: `Only in ${where.document} (written to ${projectFile}).`,
            change: { kind: 'acceptTerm', term: phrase, document: where.document } as ProjectChange,
          },
          {
            label: 'This project',
            detail: `In every document under ${projectFile}, for co-authors and the command line too.`,
            change: { kind: 'acceptTerm', term: phrase } as ProjectChange,
          },
        ]
      : []),
    ...(inWorkspace
      ? [
          {
            label: 'This workspace',
            detail: `Evident stops flagging '${phrase}' in every file of this workspace (workspace settings).`,
            target: vscode.ConfigurationTarget.Workspace,
          },
        ]
      : []),
    {
      label: 'All my workspaces',
      detail: `Evident stops flagging '${phrase}' everywhere (user settings).`,
      target: vscode.ConfigurationTarget.Global,
    },
  ];
  const chosen = await vscode.window.showQuickPick(targets, {
    title: `Accept '${phrase}'?`,
    placeHolder: 'Where should Evident accept this term? (Esc cancels)',
  });
  if (!chosen) return;
  if ('change' in chosen) {
    await editProjectFile({ file: where!.file, change: chosen.change });
    return;
  }
  const configuration = vscode.workspace.getConfiguration(CONFIGURATION_SECTION, editor?.document.uri);
  const inspected = configuration.inspect<string[]>('acceptedTerms');
  const current = (chosen.target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.some((accepted) => accepted.toLowerCase() === phrase.toLowerCase())) {
    void vscode.window.showInformationMessage(`Evident already accepts '${phrase}'.`);
    return;
  }
  await configuration.update('acceptedTerms', [...current, phrase], chosen.target);
}

/**
 * Writes a change to the project file and saves it, so the language server (which reads the file
 * from disk) applies it at once. An open copy with unsaved edits is edited in place and left for
 * the writer to save. Not a workspace edit from the server: VS Code leaves a one-file edit unsaved.
 */
async function editProjectFile({ file, change }: ProjectEditArguments): Promise<void> {
  const uri = vscode.Uri.parse(file);
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  try {
    if (open) {
      const wasDirty = open.isDirty;
      const edit = new vscode.WorkspaceEdit();
      edit.replace(
        uri,
        new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)),
        applyProjectChange(open.getText(), change),
      );
      if (!(await vscode.workspace.applyEdit(edit))) throw new Error('the editor refused the edit');
      if (!wasDirty) await open.save();
      else
        void vscode.window.showInformationMessage(`Evident changed ${vscode.workspace.asRelativePath(uri)}; save it to apply the change.`);
      return;
    }
    let text: string | undefined;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      text = undefined; // no project file yet: this creates it
    }
    if (text !== undefined && !parsesAsObject(text)) {
      void vscode.window.showWarningMessage(
        `Evident: ${vscode.workspace.asRelativePath(uri)} is not a JSON object; mend it first, then try again.`,
      );
      return;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(applyProjectChange(text, change)));
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Evident could not write ${vscode.workspace.asRelativePath(uri)}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function parsesAsObject(text: string): boolean {
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

async function showSummary(commands: CommandContext): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const client = runningClient(commands);
  if (!document || !client) return;
  const summary = await client.sendRequest<SummaryResult>(SUMMARY_REQUEST, { uri: document.uri.toString() });
  if (!summary) {
    void vscode.window.showInformationMessage(
      'Evident has not checked this document (its language is not enabled, or Evident is off for it).',
    );
    return;
  }
  // A panel beside the draft, not a modal dialog: the writer can keep it open while revising.
  const panel = vscode.window.createWebviewPanel(
    'evident.summary',
    `Evident: ${vscode.workspace.asRelativePath(document.uri)}`,
    vscode.ViewColumn.Beside,
    {
      enableScripts: false,
    },
  );
  panel.webview.html = summaryHtml(vscode.workspace.asRelativePath(document.uri), summary);
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

/** The document summary as a small page: what is flagged, per rule, and the sentences by what they rest on. */
export function summaryHtml(name: string, summary: NonNullable<SummaryResult>): string {
  const rows = RULE_IDS.map((rule) => `<tr><td><code>${rule}</code></td><td>${summary.counts[rule] ?? 0}</td></tr>`).join('');
  const classes = Object.entries(summary.classes)
    .map(([sentenceClass, count]) => `<tr><td>${escapeHtml(sentenceClass)}</td><td>${count}</td></tr>`)
    .join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)}td{padding:2px 12px 2px 0}</style></head><body>
<h2>${escapeHtml(name)}</h2>
<p><strong>${escapeHtml(statusText(summary))}</strong></p>
<p>${summary.sentences} sentences, ${summary.words} words; ${summary.supportedClaims} of ${summary.claims} checkable claims carry evidence; ${summary.hedgeDensity.toFixed(1)} hedges per 1,000 words.</p>
${readingNotes(summary.reading)
  .map((note) => `<p>${escapeHtml(note).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`)
  .join('\n')}
${summary.truncated ? '<p>Only the first part of this long document was checked (<code>evident.maxDocumentSize</code>).</p>' : ''}
<h3>Findings per rule</h3><table>${rows}</table>
<h3>Sentences by what they rest on</h3><table>${classes || '<tr><td>none</td></tr>'}</table>
</body></html>`;
}

/** The panel of the evidence report, reused for whichever document it was last opened for. */
let reportPanel: vscode.WebviewPanel | undefined;
/** What links the panel to the document it shows; replaced when it is opened for another. */
let reportLinks: vscode.Disposable[] = [];
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
/** How long typing pauses before the visible report is built again. */
const REPORT_REFRESH_MS = 1_000;

/**
 * The evidence report of the active document (the same page as `evident report`) beside it, with a
 * strict CSP: its only script posts which finding or sentence was activated, and the extension
 * selects it in the text. It is built again when the panel comes back into view after an edit.
 */
async function openEvidenceReport(commands: CommandContext): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const client = runningClient(commands);
  if (!editor || !client) return;
  const document = editor.document;
  const name = vscode.workspace.asRelativePath(document.uri);
  if (!reportPanel) {
    reportPanel = vscode.window.createWebviewPanel(
      'evident.evidenceReport',
      'Evidence report',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        localResourceRoots: [],
        enableFindWidget: true,
      },
    );
    reportPanel.onDidDispose(() => {
      reportPanel = undefined;
      for (const link of reportLinks) link.dispose();
      reportLinks = [];
    });
  }
  for (const link of reportLinks) link.dispose();
  const panel = reportPanel;
  let shownVersion = -1;
  let renders = 0;
  const render = async (quiet = false): Promise<boolean> => {
    const mine = ++renders;
    const result = await commands.evidence.mapOfVersion(document);
    if (mine !== renders) return false; // a later edit has its own render
    if (!result) {
      if (!quiet)
        void vscode.window.showInformationMessage(
          'Evident has not checked this document (its language is not enabled, or Evident is off for it).',
        );
      return false;
    }
    if (result.version !== document.version) return false;
    const nonce = newNonce();
    panel.title = `Evidence: ${name.slice(name.lastIndexOf('/') + 1)}`;
    panel.webview.html = renderHtml(
      [{ name, source: document.getText(), map: result.map, truncated: result.truncated, reading: result.reading }],
      {
        webview: { nonce, cspSource: panel.webview.cspSource },
        title: `Evidence report: ${name}`,
      },
    );
    shownVersion = result.version;
    return true;
  };
  reportLinks = [
    panel.webview.onDidReceiveMessage(async (message: { type?: unknown; start?: unknown; end?: unknown }) => {
      if (message?.type !== 'reveal' || typeof message.start !== 'number' || typeof message.end !== 'number') return;
      if (!Number.isInteger(message.start) || !Number.isInteger(message.end) || message.start < 0 || message.end < message.start) return;
      await revealRange(document, sentenceRange(document, message.start, message.end, shownVersion));
    }),
    panel.onDidChangeViewState(({ webviewPanel }) => {
      if (webviewPanel.visible && document.version !== shownVersion && !document.isClosed) void render(true);
    }),
    // Edits show in the visible report after a pause in typing; the page keeps its scroll position.
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== document || !panel.visible) return;
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => void render(true), REPORT_REFRESH_MS);
    }),
    { dispose: () => clearTimeout(refreshTimer) },
  ];
  if (await render()) panel.reveal(vscode.ViewColumn.Beside, true);
}

function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
