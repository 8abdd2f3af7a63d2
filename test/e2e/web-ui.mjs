// The web build in a real VS Code: the browser-only variant of the vsix (scripts/e2e/web-vsix.mjs),
// installed on the VS Code server and run by VS Code in the browser's web-worker extension host,
// as in Codespaces. Run by scripts/e2e/run.mjs. The test checks that the extension really runs
// there (Developer: Show Running Extensions labels its host; the Evident output shows the server's
// start-up line naming the web worker), then takes the writer's steps with the
// example draft (ui.mjs: squiggle, Problems, hover, quick fix), then checks that a bibliography
// is read through vscode.workspace.fs: a key it lacks is an error. Screenshots: web-*.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { draftSteps, runSteps, waitForText } from './ui.mjs';

const WIDGET_LIMIT_MS = 15_000;
const DIAGNOSTICS_LIMIT_MS = 60_000;
const EXTENSION = 'Evident for policy writing';
const CLAIM = 'Freight rates for bulk carriers doubled in 2024.';
const UNKNOWN_KEY = 'nosuchkey2024';

/** Runs a command from the palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WIDGET_LIMIT_MS });
  await input.fill(`>${title}`);
  const item = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: title }).first();
  await item.waitFor({ timeout: WIDGET_LIMIT_MS });
  await page.keyboard.press('Enter');
}

export async function runWebUiTest(page, { engine, draftPath, screenshotsDir, log }) {
  const steps = draftSteps(page, { engine, draftPath, screenshotsDir, hoverShot: 'web-hover.png' });
  const step = (name, body) => steps.push({ name, body });

  step('Developer: Show Running Extensions lists Evident in the web-worker extension host', async () => {
    await runCommand(page, 'Developer: Show Running Extensions');
    const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
    const evident = rows.filter({ hasText: EXTENSION }).first();
    await evident.waitFor({ timeout: WIDGET_LIMIT_MS });
    const text = (await evident.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /web worker/i, `Evident's row names the web-worker host: ${text}`);
    // The extensions installed with VS Code run in the server's Node host: their rows name the server instead.
    const remote = new URL(page.url()).host;
    const others = (await rows.allInnerTexts()).filter((row) => !row.includes(EXTENSION));
    assert.ok(
      others.some((row) => row.includes(remote)),
      `other extensions name the server ${remote}: ${others.join(' | ')}`,
    );
    assert.ok(!text.includes(remote), `Evident's row does not name the server: ${text}`);
    await page.screenshot({ path: join(screenshotsDir, 'web-running-extensions.png') });
    await page.keyboard.press('Control+W');
  });

  step('the Evident output says its language server started in a web worker', async () => {
    await runCommand(page, 'Output: Show Output Channels...');
    const input = page.locator('.quick-input-widget input');
    await input.fill('Evident');
    await page
      .locator('.quick-input-widget .monaco-list-row')
      .filter({ hasText: /^Evident$/ })
      .first()
      .waitFor({ timeout: WIDGET_LIMIT_MS });
    await page.keyboard.press('Enter');
    const output = page.locator('.part.panel .monaco-editor .view-lines').first();
    // The server's start-up line names its runtime: "web worker" on the web platform (server/src/browser-server.ts).
    const text = await waitForText(
      "the server's start-up line",
      async () => (await output.innerText()).replace(/\u00a0/g, ' '),
      (shown) => /language server started \(web worker\)/.test(shown),
    );
    assert.doesNotMatch(text, /\[error\]/, `no error in the Evident output:\n${text}`);
  });

  step('a bibliography the draft names is read through vscode.workspace.fs: a key it lacks is an error', async () => {
    await page.keyboard.press('Control+Shift+M'); // Problems again, in place of the output
    await page.locator('.markers-panel').waitFor({ timeout: WIDGET_LIMIT_MS });
    await page.getByRole('treeitem', { name: 'sourced.md' }).click();
    const line = page
      .locator('.monaco-editor .view-line')
      .filter({ hasText: CLAIM.slice(0, 20) })
      .first();
    await line.waitFor({ timeout: WIDGET_LIMIT_MS });
    // The claim has no citation yet: an unsupported claim, shown once the server has analysed the file.
    await page
      .locator('.markers-panel .monaco-tl-row')
      .filter({ hasText: 'sourced.md' })
      .first()
      .waitFor({ timeout: DIAGNOSTICS_LIMIT_MS });
    await line.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace'); // the full stop
    await page.keyboard.type(` [@${UNKNOWN_KEY}].`);
    // Only a bibliography that was read can say a key is missing from it.
    const problems = page.locator('.markers-panel');
    const shown = await waitForText(
      `Problems to list the unknown key ${UNKNOWN_KEY}`,
      () => problems.innerText(),
      (text) => text.includes(UNKNOWN_KEY),
      DIAGNOSTICS_LIMIT_MS,
    );
    assert.ok(shown.includes(`No bibliography defines the key "${UNKNOWN_KEY}"`), `the unknown-citation message is listed:\n${shown}`);
  });

  return runSteps(page, steps, { screenshotsDir, log, prefix: 'web-' });
}
