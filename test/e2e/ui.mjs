// The UI as a person sees it, in a real VS Code workbench driven by Playwright (run by
// scripts/e2e/run.mjs, which starts the server and opens the page). Steps depend on each
// other, so the first failure stops the run; a screenshot is saved either way.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const WORKBENCH_LIMIT_MS = 60_000;
const DIAGNOSTICS_LIMIT_MS = 60_000;
const WIDGET_LIMIT_MS = 15_000;
const BOOSTED = 'Obviously, the U.S. would not be welcomed.';
const HEDGED = 'It may rain tomorrow.';

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
  const box = await page.evaluate(
    ({ lineText, word }) => {
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
    },
    { lineText, word },
  );
  assert.ok(box, `"${word}" is rendered in the line "${lineText}"`);
  return box;
}

/** Opens the quick-fix menu (Ctrl+.) on `word` of `lineText` and picks the action titled `title`. */
export async function pickQuickFix(page, lineText, word, title) {
  const box = await wordBox(page, lineText, word);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  // Move off the word and close its hover: an open hover can swallow Ctrl+.
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page
    .locator('.monaco-hover:visible')
    .waitFor({ state: 'detached', timeout: WIDGET_LIMIT_MS })
    .catch(() => {});
  const item = page.locator('.action-widget .monaco-list-row').filter({ hasText: title }).first();
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
}

/** Markdown as the hover renders it: no emphasis or code marks, links as their text. */
function renderedPlainText(markdown) {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The steps a writer takes with the example draft: open it, see a squiggle and the Problems entry,
 * hover, apply the quick fix. Shared by the desktop-host test (runUiTest) and the web-worker one
 * (web-ui.mjs); `hoverShot` names the hover's screenshot.
 * @param page a Playwright page showing the workbench with the fixtures folder open
 * @param options.engine the bundled analysis engine, for the expected explanation and fix
 * @param options.draftPath the draft on disk, as the workbench opened it
 * @param options.examplePath the example draft the extension bundles (examples/draft-brief.md)
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
    await waitForText(
      `the hover to show "${explanation}"`,
      async () => (await hover.innerText()).replace(/\s+/g, ' '),
      (shown) => shown.includes(explanation),
    );
    // The README's picture of a hover comes from here (scripts/e2e/pictures.mjs), so it stays true.
    await page.screenshot({ path: join(screenshotsDir, hoverShot) });
  });

  step('the quick fix from Ctrl+. rewrites the sentence', async () => {
    const fix = booster.fixes[0];
    const fixed = [...fix.edits]
      .sort((a, b) => b.start - a.start)
      .reduce((text, e) => text.slice(0, e.start) + e.newText + text.slice(e.end), original);
    const fixedLine = fixed.split('\n').find((line) => !original.split('\n').includes(line));
    assert.equal(fixedLine, 'The U.S. would not be welcomed.');
    await pickQuickFix(page, BOOSTED, 'Obviously', fix.title);
    await waitForText(
      `the editor to show "${fixedLine}" instead of "${BOOSTED}"`,
      () => visibleText(page),
      (text) => text.includes(fixedLine) && !text.includes(BOOSTED),
    );
    const problems = page.locator('.markers-panel');
    await waitForText(
      'Problems to drop the booster',
      () => problems.innerText(),
      (text) => !text.includes(booster.message) && text.includes('evident'),
    );
  });

  return steps;
}

/**
 * The desktop editor's own steps, after the draft's: accepting a term asks where, the status bar
 * counts what Problems lists on the example draft, and its menu turns Evident off and on. (The web
 * build has no project file to write, so web-ui.mjs leaves these out.)
 */
export function editorSteps(page, { engine, draftPath, examplePath, screenshotsDir }) {
  const original = readFileSync(draftPath, 'utf8');
  const steps = [];
  const step = (name, body) => steps.push({ name, body });

  const hedge = engine
    .analyze(original, { languageId: 'markdown' })
    .find((f) => f.rule === 'hedge' && f.text === 'may' && original.slice(f.sentence.start, f.sentence.end) === HEDGED);
  const projectFile = join(dirname(draftPath), '.evident.json');
  const readProjectFile = () => {
    try {
      return JSON.parse(readFileSync(projectFile, 'utf8'));
    } catch {
      return undefined;
    }
  };

  step('accepting a term asks where, and "This document" writes the project file and silences it there', async () => {
    assert.ok(hedge, `the engine flags "may" in "${HEDGED}"`);
    await pickQuickFix(page, HEDGED, 'may', "Add 'may' to accepted terms…");
    const picker = page.locator('.quick-input-widget');
    await picker.waitFor({ state: 'visible', timeout: WIDGET_LIMIT_MS });
    await waitForText(
      'the question "Accept \'may\'?"',
      () => picker.innerText(),
      (text) => text.includes("Accept 'may'?"),
    );
    const rows = picker.locator('.monaco-list-row');
    const labels = await waitForText(
      'the four places',
      async () => (await rows.allInnerTexts()).map((t) => t.split('\n')[0].trim()).join(' | '),
      (text) => text.split(' | ').length === 4,
    );
    assert.equal(labels, 'This document | This project | This workspace | All my workspaces');
    await page.screenshot({ path: join(screenshotsDir, 'accept-term.png') });
    await rows.filter({ hasText: 'This document' }).first().click();
    await waitForText(
      '.evident.json to accept "may" for brief.md',
      async () => JSON.stringify(readProjectFile()),
      (text) => text === JSON.stringify({ documents: { 'brief.md': { acceptedTerms: ['may'] } } }),
    );
    const problems = page.locator('.markers-panel');
    await waitForText(
      'Problems to drop the hedge',
      () => problems.innerText(),
      (text) => !text.includes(hedge.message),
    );
  });

  step('on the example draft, the status bar counts exactly what Problems lists', async () => {
    const example = readFileSync(examplePath, 'utf8');
    const findings = engine.analyze(example, { languageId: 'markdown' }).filter((f) => f.severity !== 'hint');
    await page.keyboard.press('F1');
    await page.keyboard.type('Evident: Open Example Draft');
    await page
      .locator('.quick-input-widget .monaco-list-row')
      .filter({ hasText: 'Open Example Draft' })
      .first()
      .waitFor({ timeout: WIDGET_LIMIT_MS });
    await page.keyboard.press('Enter');
    await waitForText(
      'the example draft',
      () => visibleText(page),
      (text) => text.includes('Grain corridors'),
      WORKBENCH_LIMIT_MS,
    );
    const count = (...rules) => findings.filter((f) => rules.includes(f.rule)).length;
    const groups = [
      [count('unsupported-claim'), 'unsupported claim'],
      [count('hedge', 'hedge-stack'), 'hedge'],
      [count('weasel', 'passive-attribution'), 'unnamed source'],
      [count('speculation'), 'speculation'],
      [count('booster'), 'booster'],
    ];
    assert.ok(
      groups.every(([n]) => n > 0),
      `the example has a finding of each kind: ${JSON.stringify(groups)}`,
    );
    const item = page.locator('.statusbar-item').filter({ hasText: 'Evident:' }).first();
    const countsIn = (text) => [...text.matchAll(/(\d+) ([a-z ]+?)s?(?= ·|$)/g)].map((m) => [Number(m[1]), m[2]]);
    // It shows the draft it left first; the example's counts follow once the example is checked.
    const shown = await waitForText(
      `the status bar to count the example: ${JSON.stringify(groups)}`,
      async () => (await item.innerText()).replace(/\s+/g, ' ').trim(),
      (text) => JSON.stringify(countsIn(text)) === JSON.stringify(groups),
      DIAGNOSTICS_LIMIT_MS,
    );
    assert.match(shown, /^Evident: \d+ unsupported claims? · \d+ hedges? · /);
    // Problems lists the same number for the example (its badge), every finding but hints.
    const total = groups.reduce((sum, [n]) => sum + n, 0) + count('unknown-citation');
    const fileRow = page.locator('.markers-panel .monaco-tl-row').filter({ hasText: 'Untitled' }).first();
    await waitForText(
      `Problems to list ${total} findings for the example`,
      async () => (await fileRow.locator('.monaco-count-badge').innerText()).trim(),
      (text) => text === String(total),
    );
    await page.screenshot({ path: join(screenshotsDir, 'status-example.png') });
  });

  step('the status item opens a menu; "Turn Evident off" empties Problems for the draft, and the menu turns it back on', async () => {
    const item = page.locator('.statusbar-item').filter({ hasText: 'Evident:' }).first();
    const picker = page.locator('.quick-input-widget');
    const rows = picker.locator('.monaco-list-row');
    const choose = async (label) => {
      await item.click();
      await picker.waitFor({ state: 'visible', timeout: WIDGET_LIMIT_MS });
      const labels = await waitForText(
        'the menu',
        async () => (await rows.allInnerTexts()).map((t) => t.trim()).join(' | '),
        (text) => text.includes('settings'),
      );
      assert.match(
        labels,
        /Show document summary \| Open evidence report \| Show claims and evidence \| Show problems \| Turn Evident (off|on) for this document \| Evident settings/,
      );
      await rows.filter({ hasText: label }).first().click();
    };
    const before = (await item.innerText()).replace(/\s+/g, ' ').trim();
    await choose('Turn Evident off for this document');
    await waitForText(
      'the status item to say off',
      async () => (await item.innerText()).trim(),
      (text) => text.includes('Evident: off'),
    );
    const fileRow = page.locator('.markers-panel .monaco-tl-row').filter({ hasText: 'Untitled' });
    await waitForText(
      'Problems to drop the example',
      async () => String(await fileRow.count()),
      (text) => text === '0',
    );
    await choose('Turn Evident on for this document');
    await waitForText(
      `the status item to count again ("${before}")`,
      async () => (await item.innerText()).replace(/\s+/g, ' ').trim(),
      (text) => text === before,
      DIAGNOSTICS_LIMIT_MS,
    );
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
  return runSteps(page, [...draftSteps(page, options), ...editorSteps(page, options)], options);
}
