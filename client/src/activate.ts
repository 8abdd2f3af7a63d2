// What the desktop and web extensions share: starting the language server (each entry says how),
// the status bar, the commands and the settings handling.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { LANGUAGE_IDS } from '../../server/src/engine/types';
import { CONFIGURATION_SECTION, CURSOR_NOTIFICATION, type CursorParams } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { SummaryStatus } from './statusBar';
import { EvidenceModel } from './evidenceModel';
import { EvidenceView } from './evidenceView';

/** Makes a client for the server (desktop: a Node process over IPC; web: a web worker, maybe after reading its script). */
export type ClientFactory = (
  context: vscode.ExtensionContext,
  languages: string[],
  outputChannel: vscode.LogOutputChannel,
  disabledDocuments: () => string[],
) => BaseLanguageClient | Promise<BaseLanguageClient>;

let client: BaseLanguageClient | undefined;

export async function activateEvident(context: vscode.ExtensionContext, createLanguageClient: ClientFactory): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('Evident', { log: true });
  // Turned off per document by the writer, remembered for this workspace across restarts.
  const disabledDocuments = new PersistedSet(context.workspaceState, 'evident.disabledDocuments');
  // The server filters by `evident.languages` itself; the client only has to sync every candidate.
  let syncedLanguages = union(LANGUAGE_IDS, configuredLanguages());

  const start = async () => {
    let created: BaseLanguageClient;
    try {
      const made = createLanguageClient(context, syncedLanguages, outputChannel, () => [...disabledDocuments]);
      // The desktop client is made at once, and its server starts before activate() returns.
      created = made instanceof Promise ? await made : made;
    } catch (error) {
      // The client reports its own start failures; failing before it exists is said here, once.
      const message = `Evident's language server could not start (${error instanceof Error ? error.message : String(error)}).`;
      outputChannel.error(message);
      void vscode.window.showErrorMessage(`${message} See the "Evident" output for details.`);
      return;
    }
    try {
      client = created;
      created.onDidChangeState(({ newState }) => {
        if (newState === State.Running) status.refreshSoon();
      });
      await created.start();
    } catch (error) {
      outputChannel.error(`Evident language server failed to start: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  // One map of the active document's claims and evidence feeds the status bar, the view and the report.
  const evidence = new EvidenceModel(
    () => client,
    (document) => configuredLanguages().includes(document.languageId),
    (uri) => disabledDocuments.has(uri.toString()),
  );
  const status = new SummaryStatus(
    () => client,
    (document) => configuredLanguages().includes(document.languageId),
    (uri) => disabledDocuments.has(uri.toString()),
    evidence,
  );
  const evidenceView = new EvidenceView(context, evidence);
  registerCommands(context, {
    client: () => client,
    languages: configuredLanguages,
    disabledDocuments,
    onToggled: () => status.refreshSoon(),
    ruleDescriptions: ruleDescriptions(context),
    evidence,
  });

  // The cursor's line, so the server can hold the unsupported claims of the paragraph being typed.
  let lastCursor = '';
  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection(({ textEditor, selections }) => {
      const document = textEditor.document;
      if (!client?.isRunning() || !configuredLanguages().includes(document.languageId)) return;
      const cursor = { uri: document.uri.toString(), line: selections[0].active.line } satisfies CursorParams;
      const key = `${cursor.uri}#${cursor.line}`;
      if (key === lastCursor) return;
      lastCursor = key;
      void client.sendNotification(CURSOR_NOTIFICATION, cursor);
    }),
  );
  context.subscriptions.push(
    outputChannel,
    evidence,
    evidenceView,
    status,
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration(CONFIGURATION_SECTION)) return;
      status.refreshSoon();
      const wanted = union(syncedLanguages, configuredLanguages());
      // A language the client does not sync yet needs a client with a wider document selector.
      if (wanted.length !== syncedLanguages.length) {
        syncedLanguages = wanted;
        await client?.stop();
        await start();
      }
    }),
  );
  // Activation does not wait for the server: it starts in the background (the status bar and
  // commands follow its state), so opening a draft never waits on Evident.
  void start();
}

export function deactivateEvident(): Thenable<void> | undefined {
  return client?.stop();
}

function configuredLanguages(): string[] {
  const languages = vscode.workspace.getConfiguration(CONFIGURATION_SECTION).get<unknown>('languages');
  return Array.isArray(languages) ? languages.filter((id): id is string => typeof id === 'string') : [...LANGUAGE_IDS];
}

function union(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** Rule descriptions from this extension's own settings schema, so they live in one place. */
function ruleDescriptions(context: vscode.ExtensionContext): Record<string, string> {
  const rules = context.extension.packageJSON?.contributes?.configuration?.properties?.['evident.rules']?.properties ?? {};
  return Object.fromEntries(
    Object.entries(rules as Record<string, { description?: string }>).map(([id, schema]) => [id, schema.description ?? '']),
  );
}

/** A set of strings kept in the workspace's memento: it outlives the window and the server. */
class PersistedSet extends Set<string> {
  private readonly memento: vscode.Memento;
  private readonly key: string;

  constructor(memento: vscode.Memento, key: string) {
    super();
    this.memento = memento;
    this.key = key;
    for (const value of memento.get<string[]>(key, [])) super.add(value);
  }

  override add(value: string): this {
    super.add(value);
    void this.memento.update(this.key, [...this]);
    return this;
  }

  override delete(value: string): boolean {
    const deleted = super.delete(value);
    if (deleted) void this.memento.update(this.key, [...this]);
    return deleted;
  }
}
