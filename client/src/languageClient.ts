// The desktop client: starts the bundled server (dist/server.js) as a Node process over IPC.
// Restarts, failure messages and options are shared with the web client (clientOptions.ts).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NAME } from '../../server/src/lsp/protocol';
import { clientOptions, failureReporter, forcedStartFailure, forwardWorkspaceTrust } from './clientOptions';

class EvidentLanguageClient extends LanguageClient {
  constructor(
    serverOptions: ServerOptions,
    clientOptions: LanguageClientOptions,
    private readonly reportFailure: (detail: string) => void,
  ) {
    super(SERVER_NAME, 'Evident', serverOptions, clientOptions);
  }

  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    super.error(message, data, false);
    forcedStartFailure(message, showNotification, this.reportFailure);
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
  const reportFailure = failureReporter(outputChannel);
  const client: LanguageClient = new EvidentLanguageClient(
    serverOptions,
    clientOptions(() => client, languages, outputChannel, disabledDocuments, reportFailure),
    reportFailure,
  );
  forwardWorkspaceTrust(client);
  return client;
}
