// Copies the real-VS-Code test run's screenshots into images/ for the README, so its pictures show
// the extension as it is: run `node scripts/run-tests.mjs e2e` first, then this.
import { copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const shots = {
  'hover.png': 'screenshot-hover.png',
  'status-example.png': 'screenshot-problems.png',
  'accept-term.png': 'screenshot-accept-term.png',
  'web-ui-success.png': 'screenshot-web.png',
  // The Claims & Evidence view (test/e2e/evidence-ui.mjs) and `evident report`'s page in Chromium (test/e2e/report-page.mjs).
  'evidence-view.png': 'screenshot-evidence-view.png',
  'report-light.png': 'screenshot-report.png',
  'report-dark-text.png': 'screenshot-report-dark.png',
};
for (const [from, to] of Object.entries(shots)) {
  const source = join(repo, 'test-results/e2e', from);
  if (!existsSync(source)) throw new Error(`${source} is missing: run the real-VS-Code tests first (node scripts/run-tests.mjs e2e)`);
  copyFileSync(source, join(repo, 'images', to));
  console.log(`images/${to} ← test-results/e2e/${from}`);
}
