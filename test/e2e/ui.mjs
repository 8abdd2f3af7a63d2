// The UI as a person sees it, in a real VS Code workbench driven by Playwright (run by
// scripts/e2e/run.mjs, which starts the server and opens the page). Steps depend on each
// other, so the first failure stops the run; a screenshot is saved either way.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const WORKBENCH_LIMIT_MS = 60_000;
const DIAGNOSTICS_LIMIT_MS = 60_000;
const WIDGET_LIMIT_MS = 15_000;
const BOOSTED = 'Obviously, the U.S. would not be welcomed.';

/** Visible editor text as one string; Monaco renders spaces as U+00A0. */
export async function visibleText(page) {
  return (await page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

/** Polls `read` until `accept` holds for its text; the failure shows the last text read. */
export async function waitForText(what, read, accept, limitMs = WIDGET_LIMIT_MS) {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const text = await read();
    if (accept(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out after ${limitMs} ms waiting for ${what}; last seen:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Screen rectangle of `word` inside the rendered line containing `lineText`. */
export async function wordBox(page, lineText, word) {
  const box = await page.evaluate(({ lineText, word }) => {
    const normalize = (s) => s.replace(/\u00a0/g, ' ');
    const line = [...document.querySelectorAll('.monaco-editor .view-line')].find((el) => normalize(el.textContent).includes(lineText));
    if (!line) return null;
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = normalize(node.textContent).indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height };
    }
    return null;
  }, { lineText, word });
  assert.ok(box, `"${word}" is rendered in the line "${lineText}"`);
  return box;
}

/** Markdown as the hover renders it: no emphasis or code marks, links as their text. */
function renderedPlainText(markdown) {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The steps a writer takes with the example draft: open it, see a squiggle and the Problems entry,
 * hover, apply the quick fix. Shared by the desktop-host test (runUiTest) and the web-worker one
 * (web-ui.mjs); `hoverShot` names the hover's screenshot.
 * @param page a Playwright page showing the workbench with the fixtures folder open
 * @param options.engine the bundled analysis engine, for the expected explanation and fix
 * @param options.draftPath the draft on disk, as the workbench opened it
 */
export function draftSteps(page, { engine, draftPath, screenshotsDir, hoverShot = 'hover.png' }) {
  const original = readFileSync(draftPath, 'utf8');
  const booster = engine.analyze(original, { languageId: 'markdown' }).find((f) => f.rule === 'booster' && f.text === 'Obviously');
  const steps = [];
  const step = (name, body) => steps.push({ name, body });

  step('the engine flags "Obviously" as a booster with a fix', async () => {
    assert.ok(booster?.fixes[0], 'the engine reports a booster on "Obviously" and offers a fix');
  });

  step('open the draft from the explorer', async () => {
    const item = page.getByRole('treeitem', { name: 'brief.md' });
    await item.waitFor({ timeout: WORKBENCH_LIMIT_MS });
    await item.click();
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: WIDGET_LIMIT_MS });
  });

  step('a squiggle is drawn under a finding', async () => {
    await page.locator('.monaco-editor [class*="squiggly-"]').first().waitFor({ timeout: DIAGNOSTICS_LIMIT_MS });
  });

  step('Problems lists an evident finding', async () => {
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-tl-row').filter({ hasText: booster.message });
    await row.first().waitFor({ timeout: WIDGET_LIMIT_MS });
    assert.match(await row.first().innerText(), /evident/);
  });

  step('hovering the squiggle shows the explanation', async () => {
    const box = await wordBox(page, BOOSTED, 'Obviously');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // The diagnostic part shows first; the language server's hover follows ("Loading...").
    // The hover gives the reason: the explanation's first paragraph.
    const explanation = renderedPlainText(booster.explanation.split('\n\n')[0]);
    const hover = page.locator('.monaco-hover').filter({ hasText: 'booster' }).first();
    await hover.waitFor({ timeout: WIDGET_LIMIT_MS });
    await waitForText(`the hover to show "${explanation}"`, async () => (await hover.innerText()).replace(/\s+/g, ' '), (shown) => shown.includes(explanation));
    // The README's picture of a hover comes from here (scripts/e2e/pictures.mjs), so it stays true.
    await page.screenshot({ path: join(screenshotsDir, hoverShot) });
  });

  step('the quick fix from Ctrl+. rewrites the sentence', async () => {
    const fix = booster.fixes[0];
    const fixed = [...fix.edits].sort((a, b) => b.start - a.start).reduce((text, e) => text.slice(0, e.start) + e.newText + text.slice(e.end), original);
    const fixedLine = fixed.split('\n').find((line) => !original.split('\n').includes(line));
    assert.equal(fixedLine, 'The U.S. would not be welcomed.');
    const box = await wordBox(page, BOOSTED, 'Obviously');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // Move off the word and close its hover: an open hover can swallow Ctrl+.
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.locator('.monaco-hover:visible').waitFor({ state: 'detached', timeout: WIDGET_LIMIT_MS }).catch(() => {});
    const item = page.locator('.action-widget .monaco-list-row').filter({ hasText: fix.title }).first();
    // Code actions are computed after the keypress; ask again if the menu did not open.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+.');
      try {
        await item.waitFor({ timeout: WIDGET_LIMIT_MS / 3 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    await item.click();
    await waitForText(`the editor to show "${fixedLine}" instead of "${BOOSTED}"`, () => visibleText(page), (text) => text.includes(fixedLine) && !text.includes(BOOSTED));
    const problems = page.locator('.markers-panel');
    await waitForText('Problems to drop the booster', () => problems.innerText(), (text) => !text.includes(booster.message) && text.includes('evident'));
  });

  return steps;
}

/** Runs the steps in order; the first failure stops the run. Screenshots: `<prefix>ui-failure.png` or `<prefix>ui-success.png`. */
export async function runSteps(page, steps, { screenshotsDir, log, prefix = '' }) {
  let passed = 0;
  for (const { name, body } of steps) {
    try {
      await body();
      passed++;
      log(`UI ok - ${name}`);
    } catch (error) {
      log(`UI not ok - ${name}\n${error?.stack ?? error}`);
      await page.screenshot({ path: join(screenshotsDir, `${prefix}ui-failure.png`) });
      return { passed, failed: 1, failedStep: name };
    }
  }
  await page.screenshot({ path: join(screenshotsDir, `${prefix}ui-success.png`) });
  return { passed, failed: 0 };
}

export function runUiTest(page, options) {
  return runSteps(page, draftSteps(page, options), options);
}
