// What the language server needs from where it runs, so that everything under lsp/ is free of
// Node APIs: the desktop entry (server.ts) passes the Node implementation (node/platform.ts),
// the web entry (browser-server.ts) a web-worker one.
import type { BibliographyFiles } from './bibliographies';

export interface ServerPlatform {
  /** Resolves after pending messages had a turn (long analyses run in steps between them). */
  yieldToEventLoop(): Promise<void>;
  /** Calls `handler` for errors nothing else caught, instead of letting the server die. */
  onUncaughtError(handler: (error: Error) => void): void;
  /** For the start-up log line, e.g. "Node v20.11.0, pid 1234" or "web worker". */
  describeRuntime(): string;
  /** Where a diagnostic's rule link points. */
  ruleDocHref(rule: string): string;
  /** Bibliography and project files; undefined where the server cannot read files itself (the web
   * build: there the editor reads them, if it answers evident/fileStat and evident/readFile). */
  files?: BibliographyFiles;
}
