// Starts the bundled server over IPC and keeps it running: bounded restarts, and ONE clear
// error message (instead of the library's several) when it cannot start or gives up.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CONFIGURATION_SECTION, OPEN_RULE_DOCS_COMMAND, SERVER_NAME, WORKSPACE_TRUSTED_NOTIFICATION } from '../../server/src/lsp/protocol';

/** Restarts allowed within the library's 3-minute window before giving up. */
const MAX_RESTARTS = 5;

class EvidentLanguageClient extends LanguageClient {
  constructor(
    serverOptions: ServerOptions,
    clientOptions: LanguageClientOptions,
    private readonly reportFailure: (detail: string) => void,
  ) {
    super(SERVER_NAME, 'Evident', serverOptions, clientOptions);
  }

  // The library forces its own pop-ups on start failures; we log those and show our single message instead.
  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    super.error(message, data, false);
    if (showNotification === 'force') this.reportFailure(`Evident's language server could not start (${message}).`);
  }
}

export function createLanguageClient(
  context: vscode.ExtensionContext,
  languages: string[],
  outputChannel: vscode.LogOutputChannel,
  disabledDocuments: () => string[],
): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };

  let failureShown = false;
  const reportFailure = (message: string) => {
    outputChannel.error(message);
    if (failureShown) return;
    failureShown = true;
    void vscode.window
      .showErrorMessage(`${message} See the "Evident" output for details.`, 'Show Output')
      .then((choice) => choice && outputChannel.show());
  };

  let defaults: ErrorHandler | undefined;
  const errorHandler: ErrorHandler = {
    error: async (error, message, count) => {
      const result = await (defaults ??= client.createDefaultErrorHandler(MAX_RESTARTS)).error(error, message, count);
      if (result.action !== ErrorAction.Shutdown) return result;
      reportFailure(`Evident's language server kept failing (${error.message}) and was shut down.`);
      return { ...result, handled: true };
    },
    closed: async () => {
      const result = await (defaults ??= client.createDefaultErrorHandler(MAX_RESTARTS)).closed();
      if (result.action !== CloseAction.DoNotRestart) return result;
      reportFailure(`Evident's language server crashed ${MAX_RESTARTS + 1} times in 3 minutes and will not be restarted.`);
      return { ...result, handled: true };
    },
  };

  const clientOptions: LanguageClientOptions = {
    // No scheme: local files, untitled buffers and virtual workspaces alike.
    documentSelector: languages.map((language) => ({ language })),
    // Read at every (re)start, so a restarted server still leaves those documents alone.
    // Workspace Trust: in an untrusted workspace the server reads no bibliography the documents name outside it.
    initializationOptions: () => ({ disabledDocuments: disabledDocuments(), workspaceTrusted: vscode.workspace.isTrusted }),
    // Hovers link to the bundled rule page through this one command, and to nothing else.
    markdown: { isTrusted: { enabledCommands: [OPEN_RULE_DOCS_COMMAND] }, supportHtml: false },
    // Bibliographies changed on disk are read again (the server ignores files it never read).
    synchronize: { configurationSection: CONFIGURATION_SECTION, fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.bib,*.json,_quarto.yml}') },
    outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler,
    initializationFailedHandler: (error) => {
      reportFailure(`Evident's language server failed to initialise (${error instanceof Error ? error.message : String(error)}).`);
      return false;
    },
  };

  const client = new EvidentLanguageClient(serverOptions, clientOptions, reportFailure);
  vscode.workspace.onDidGrantWorkspaceTrust(() => {
    if (client.isRunning()) void client.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION);
  });
  return client;
}
