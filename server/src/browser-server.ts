// Evident's web language server (VS Code for the Web): runs in a web worker the browser client
// starts, speaking LSP over postMessage. The same server as the desktop one, on a platform without
// Node: rule links go to the project's site, and files (bibliographies, .evident.json) are read by
// the editor through custom requests (lsp/clientFiles.ts), when the client answers them.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import type { ServerPlatform } from './lsp/platform';
import { ruleDocUrl } from './lsp/protocol';
import { startServer } from './lsp/server';

// The worker's global scope (typed here: the project compiles against Node's types, not the DOM's).
interface ErrorEventLike {
  error?: unknown;
  reason?: unknown;
  preventDefault(): void;
}
type WorkerScope = ConstructorParameters<typeof BrowserMessageReader>[0];
const scope = globalThis as unknown as {
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: ErrorEventLike) => void): void;
};

const webPlatform: ServerPlatform = {
  yieldToEventLoop: () => new Promise((resolve) => setTimeout(resolve, 0)),
  onUncaughtError(handler) {
    const report = (value: unknown) => handler(value instanceof Error ? value : new Error(String(value)));
    scope.addEventListener('error', (event) => {
      event.preventDefault();
      report(event.error);
    });
    scope.addEventListener('unhandledrejection', (event) => {
      event.preventDefault();
      report(event.reason);
    });
  },
  describeRuntime: () => 'web worker',
  ruleDocHref: ruleDocUrl,
};

startServer(
  createConnection(ProposedFeatures.all, new BrowserMessageReader(scope as WorkerScope), new BrowserMessageWriter(scope as WorkerScope)),
  webPlatform,
);
