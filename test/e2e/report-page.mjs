// The evidence report as someone without VS Code opens it: `evident report` (the built CLI) on the
// example draft, opened from disk in the Chromium the e2e uses, in light and dark. It must load
// nothing but itself, show a mark's findings on keyboard focus, and its screenshots are the
// README's pictures of the report (scripts/e2e/pictures.mjs).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = resolve(import.meta.dirname, '../..');

/** @param browser a Playwright browser (not a persistent context) */
export async function runReportPage(browser, { screenshotsDir, log }) {
  const steps = [];
  const step = (name, body) => steps.push({ name, body });
  const file = join(screenshotsDir, 'evidence-report.html');

  step("evident report writes the example draft's report", async () => {
    const run = spawnSync(process.execPath, [join(repo, 'dist/cli.js'), 'report', 'examples/draft-brief.md', '-o', file], {
      cwd: repo,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
  });

  for (const scheme of ['light', 'dark']) {
    step(`the report renders in ${scheme} with nothing loaded from outside; focus shows a finding`, async () => {
      const context = await browser.newContext({ viewport: { width: 1100, height: 1000 }, colorScheme: scheme, offline: true });
      try {
        const page = await context.newPage();
        const requests = [];
        page.on('request', (request) => requests.push(request.url()));
        await page.goto(pathToFileURL(file).href);
        await page.waitForLoadState('load');
        assert.deepEqual(
          requests.filter((url) => url !== pathToFileURL(file).href),
          [],
          'the page requests nothing else',
        );
        // The theme follows the system: the page background differs between light and dark.
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.equal(background, scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
        // Keyboard: Tab reaches the marks; the focused one shows its findings.
        const mark = page.locator('mark.unsupported[tabindex="0"]').first();
        await mark.focus();
        const tip = mark.locator('.tip');
        assert.ok(await tip.isVisible(), 'the tooltip shows on focus');
        assert.match(await tip.innerText(), /unsupported-claim .*has no evidence: cite a source or name it\./);
        await page.locator('.text').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(screenshotsDir, `report-${scheme}-text.png`) });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.locator(':focus').evaluate((el) => el.blur());
        await page.screenshot({ path: join(screenshotsDir, `report-${scheme}.png`) });
      } finally {
        await context.close();
      }
    });
  }

  let passed = 0;
  for (const { name, body } of steps) {
    try {
      await body();
      passed++;
      log(`report ok - ${name}`);
    } catch (error) {
      log(`report not ok - ${name}\n${error?.stack ?? error}`);
      return { passed, failed: 1, failedStep: name };
    }
  }
  return { passed, failed: 0 };
}
