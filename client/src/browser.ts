// Evident for VS Code for the Web (vscode.dev, github.dev, Codespaces in the browser): the same
// extension as the desktop one, with the language server in a web worker (dist/web/server.js).
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/browser';
import { SERVER_NAME } from '../../server/src/lsp/protocol';
import { activateEvident, deactivateEvident } from './activate';
import { clientOptions, failureReporter, forcedStartFailure, forwardWorkspaceTrust } from './clientOptions';

// The browser's Worker (typed here: the project compiles against Node's types, not the DOM's).
declare const Worker: new (url: string) => ServerOptions;

class EvidentWebLanguageClient extends LanguageClient {
  constructor(
    worker: ServerOptions,
    clientOptions: LanguageClientOptions,
    private readonly reportFailure: (detail: string) => void,
  ) {
    super(SERVER_NAME, 'Evident', worker, clientOptions);
  }

  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    super.error(message, data, false);
    forcedStartFailure(message, showNotification, this.reportFailure);
  }
}

function createWebLanguageClient(
  context: vscode.ExtensionContext,
  languages: string[],
  outputChannel: vscode.LogOutputChannel,
  disabledDocuments: () => string[],
): LanguageClient {
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true));
  const reportFailure = failureReporter(outputChannel);
  const client: LanguageClient = new EvidentWebLanguageClient(worker, clientOptions(() => client, languages, outputChannel, disabledDocuments, reportFailure), reportFailure);
  forwardWorkspaceTrust(client);
  return client;
}

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateEvident(context, createWebLanguageClient);
}

export function deactivate(): Thenable<void> | undefined {
  return deactivateEvident();
}
