// The language client's options, shared by the desktop client (languageClient.ts) and the web one
// (browser.ts): bounded restarts, and ONE clear error message (instead of the library's several)
// when the server cannot start or gives up.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  RevealOutputChannelOn,
  type BaseLanguageClient,
  type ErrorHandler,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import { CONFIGURATION_SECTION, OPEN_RULE_DOCS_COMMAND, WORKSPACE_TRUSTED_NOTIFICATION } from '../../server/src/lsp/protocol';

/** Restarts allowed within the library's 3-minute window before giving up. */
export const MAX_RESTARTS = 5;

/** Logs a failure and shows it once per client, with a button to the output. */
export function failureReporter(outputChannel: vscode.LogOutputChannel): (message: string) => void {
  let failureShown = false;
  return (message: string) => {
    outputChannel.error(message);
    if (failureShown) return;
    failureShown = true;
    void vscode.window
      .showErrorMessage(`${message} See the "Evident" output for details.`, 'Show Output')
      .then((choice) => choice && outputChannel.show());
  };
}

/** The library forces its own pop-ups on start failures; the clients log those and report them through this instead. */
export function forcedStartFailure(
  message: string,
  showNotification: boolean | 'force' | undefined,
  reportFailure: (detail: string) => void,
): void {
  if (showNotification === 'force') reportFailure(`Evident's language server could not start (${message}).`);
}

export function clientOptions(
  client: () => BaseLanguageClient,
  languages: string[],
  outputChannel: vscode.LogOutputChannel,
  disabledDocuments: () => string[],
  reportFailure: (message: string) => void,
): LanguageClientOptions {
  let defaults: ErrorHandler | undefined;
  const errorHandler: ErrorHandler = {
    error: async (error, message, count) => {
      const result = await (defaults ??= client().createDefaultErrorHandler(MAX_RESTARTS)).error(error, message, count);
      if (result.action !== ErrorAction.Shutdown) return result;
      reportFailure(`Evident's language server kept failing (${error.message}) and was shut down.`);
      return { ...result, handled: true };
    },
    closed: async () => {
      const result = await (defaults ??= client().createDefaultErrorHandler(MAX_RESTARTS)).closed();
      if (result.action !== CloseAction.DoNotRestart) return result;
      reportFailure(`Evident's language server crashed ${MAX_RESTARTS + 1} times in 3 minutes and will not be restarted.`);
      return { ...result, handled: true };
    },
  };

  return {
    // No scheme: local files, untitled buffers and virtual workspaces alike.
    documentSelector: languages.map((language) => ({ language })),
    // Read at every (re)start, so a restarted server still leaves those documents alone.
    // Workspace Trust: in an untrusted workspace the server reads no bibliography the documents name outside it.
    // projectFileCommand: quick fixes that write .evident.json run evident.editProjectFile, which saves the file.
    initializationOptions: () => ({
      disabledDocuments: disabledDocuments(),
      workspaceTrusted: vscode.workspace.isTrusted,
      projectFileCommand: true,
    }),
    // Hovers link to the bundled rule page through this one command, and to nothing else.
    markdown: { isTrusted: { enabledCommands: [OPEN_RULE_DOCS_COMMAND] }, supportHtml: false },
    // Bibliographies changed on disk are read again (the server ignores files it never read).
    synchronize: {
      configurationSection: CONFIGURATION_SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.bib,*.json,.evident.json,_quarto.yml}'),
    },
    outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler,
    initializationFailedHandler: (error) => {
      reportFailure(`Evident's language server failed to initialise (${error instanceof Error ? error.message : String(error)}).`);
      return false;
    },
  };
}

/** Tells a running server when the writer trusts the workspace. */
export function forwardWorkspaceTrust(client: BaseLanguageClient): void {
  vscode.workspace.onDidGrantWorkspaceTrust(() => {
    if (client.isRunning()) void client.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION);
  });
}
