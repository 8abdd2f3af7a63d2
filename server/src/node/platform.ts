// The desktop language server's platform: Node's event loop and file system. Rule links point to
// the rule's page bundled beside the server (docs/rules in the extension, opened in the editor,
// offline), or the project's site when the server runs without the pages beside it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServerPlatform } from '../lsp/platform';
import { ruleDocUrl } from '../lsp/protocol';
import { nodeFiles } from './files';

export function nodePlatform(): ServerPlatform {
  // The bundle is dist/server-main.js; the pages ship as docs/rules/<id>.md beside dist/.
  const pages = join(__dirname, '..', 'docs', 'rules');
  const bundled = existsSync(pages);
  // Asked for every diagnostic of every publish (700 at 50,000 words, each keystroke): made once per rule.
  const hrefs = new Map<string, string>();
  const hrefOf = (rule: string) => (bundled ? pathToFileURL(join(pages, `${rule}.md`)).href : ruleDocUrl(rule));
  return {
    yieldToEventLoop: () => new Promise((resolve) => setImmediate(resolve)),
    onUncaughtError: (handler) => void process.on('uncaughtException', handler),
    describeRuntime: () => `Node ${process.version}, pid ${process.pid}`,
    ruleDocHref: (rule) => {
      let href = hrefs.get(rule);
      if (href === undefined) hrefs.set(rule, (href = hrefOf(rule)));
      return href;
    },
    files: nodeFiles,
  };
}
