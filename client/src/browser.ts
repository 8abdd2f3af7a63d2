// Evident for VS Code for the Web (vscode.dev, github.dev, Codespaces in the browser): the same
// extension as the desktop one, with the language server in a web worker (dist/web/server.js).
// The worker cannot read files, so this client reads them for it with vscode.workspace.fs
// (bibliographies, .evident.json): it answers evident/fileStat and evident/readFile.
import * as vscode from 'vscode';
import { LanguageClient, ResponseError, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/browser';
import {
  bytesToBase64,
  FILE_STAT_REQUEST,
  READ_FILE_REQUEST,
  SERVER_NAME,
  type FileStatParams,
  type FileStatResult,
  type ReadFileParams,
  type ReadFileResult,
} from '../../server/src/lsp/protocol';
import { activateEvident, deactivateEvident } from './activate';
import { clientOptions, failureReporter, forcedStartFailure, forwardWorkspaceTrust } from './clientOptions';

// The browser's Worker, Blob and URL.createObjectURL (typed here: the project compiles against
// Node's types, not the DOM's).
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

/**
 * The server's worker. Installed from a marketplace (vscode.dev) the extension has an https: URI a
 * worker starts from. Installed on a VS Code server and run in the browser (Codespaces, code-server)
 * it has a vscode-remote: URI, from which VS Code's web-worker extension host refuses to start
 * workers ("Creating workers from remote extensions is currently not supported"): the script is
 * read through the file system and started from a blob: URL.
 */
async function startServerWorker(context: vscode.ExtensionContext): Promise<ServerOptions> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const bytes = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })));
}

/** Answers the server's file requests with vscode.workspace.fs (whatever file systems the window has). */
function readFilesFor(client: LanguageClient): void {
  client.onRequest(FILE_STAT_REQUEST, async ({ uri }: FileStatParams): Promise<FileStatResult> => {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri, true));
      const kind = stat.type & vscode.FileType.File ? 'file' : stat.type & vscode.FileType.Directory ? 'directory' : 'other';
      return { kind, size: stat.size, mtime: stat.mtime };
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return null;
      throw new ResponseError(1, (error as Error).message ?? String(error));
    }
  });
  client.onRequest(READ_FILE_REQUEST, async ({ uri, maxBytes }: ReadFileParams): Promise<ReadFileResult> => {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(uri, true));
      return { base64: bytesToBase64(bytes.length > maxBytes ? bytes.subarray(0, maxBytes) : bytes) };
    } catch (error) {
      throw new ResponseError(1, (error as Error).message ?? String(error));
    }
  });
}

async function createWebLanguageClient(
  context: vscode.ExtensionContext,
  languages: string[],
  outputChannel: vscode.LogOutputChannel,
  disabledDocuments: () => string[],
): Promise<LanguageClient> {
  const worker = await startServerWorker(context);
  const reportFailure = failureReporter(outputChannel);
  const options = clientOptions(() => client, languages, outputChannel, disabledDocuments, reportFailure);
  const initializationOptions = options.initializationOptions as () => Record<string, unknown>;
  // The server asks this client for the files it needs.
  options.initializationOptions = () => ({ ...initializationOptions(), readsFiles: true });
  const client: LanguageClient = new EvidentWebLanguageClient(worker, options, reportFailure);
  readFilesFor(client);
  forwardWorkspaceTrust(client);
  return client;
}

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateEvident(context, createWebLanguageClient);
}

export function deactivate(): Thenable<void> | undefined {
  return deactivateEvident();
}
