// Where a diagnostic's rule link points: the rule's page bundled beside the server (docs/rules in
// the extension, opened in the editor, offline), or the project's site when the server runs
// without the pages beside it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocUrl } from './protocol';

// The bundle is dist/server.js; the pages ship as docs/rules/<id>.md beside dist/.
const BUNDLED = join(__dirname, '..', 'docs', 'rules');
const bundled = existsSync(BUNDLED);

export function ruleDocHref(rule: string): string {
  return bundled ? pathToFileURL(join(BUNDLED, `${rule}.md`)).href : ruleDocUrl(rule);
}
