// The Claims & Evidence view and the evidence report, as a person uses them in the real VS Code
// workbench (run by scripts/e2e/run.mjs after ui.mjs, on the same page): the example draft's
// claims listed with the statuses the engine gives them, a click selecting the sentence, a typed
// citation moving a claim from unsupported to supported, the status bar saying what the view says,
// and the report in a webview whose findings select their text. Screenshots go to test-results/e2e.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runSteps } from './ui.mjs';

const LIMIT_MS = 20_000;
const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../examples/draft-brief.md'), 'utf8');
const CLAIM = 'Freight rates doubled in 2024.';
const CITATION = ' [@fao2025]';

async function waitFor(what, probe, limitMs = LIMIT_MS) {
  const deadline = Date.now() + limitMs;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${limitMs} ms waiting for ${what}; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: LIMIT_MS });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: title }).first();
  await row.waitFor({ timeout: LIMIT_MS });
  await page.keyboard.press('Enter');
}

/** The "Ln 20, Col 71 (30 selected)" status bar item. */
async function selectionStatus(page) {
  return (await page.locator('[id="status.editor.selection"]').innerText()).replace(/\s+/g, ' ').trim();
}

/** The status bar text for a selection of `length` from `offset`: VS Code shows where it ends (the cursor). */
function selectionText(text, offset, length) {
  const before = text.slice(0, offset + length).split('\n');
  return `Ln ${before.length}, Col ${before.at(-1).length + 1} (${length} selected)`;
}

/**
 * @param page the workbench page, after ui.mjs
 * @param options.engine the bundled engine (analyzeDocument, buildEvidenceMap, STATUS_INFO)
 */
export async function runEvidenceUiTest(page, { engine, screenshotsDir, log }) {
  const analysis = engine.analyzeDocument(EXAMPLE, { languageId: 'markdown' });
  const map = engine.buildEvidenceMap(EXAMPLE, 'markdown', analysis.sentences, analysis.findings);
  const label = (entry) => `${engine.STATUS_INFO[entry.status].label}: ${entry.text}`;
  const expected = map.sections.flatMap((s) => s.entries.map(label));
  const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: /Claims & Evidence/i }) });
  const rows = pane.locator('.monaco-list-row[aria-level="2"]');
  const rowLabels = async () => rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  const statusBar = async () =>
    (
      await page
        .locator('.statusbar-item')
        .filter({ hasText: /Evident:/ })
        .first()
        .innerText()
    )
      .replace(/\s+/g, ' ')
      .trim();
  const viewMessage = async () =>
    (await pane.locator('.tree-explorer-viewlet-tree-view > .message').innerText()).replace(/\s+/g, ' ').trim();
  const steps = [];
  const step = (name, body) => steps.push({ name, body });

  step("the engine grades the example draft's claims as the view must show them", async () => {
    // Written out, so the view is checked against facts about the draft, not only against the engine.
    assert.ok(expected.includes(`unsupported: ${CLAIM}`), JSON.stringify(expected));
    assert.ok(expected.includes('supported: Exports fell by 18% in the first quarter of 2025 [@fao2025].'));
    assert.ok(expected.includes('vague source: Some experts say the corridor is the only viable route for bulk grain.'));
    assert.ok(expected.includes('attributed: According to the Ministry of Agriculture, 41 vessels left Odesa in April.'));
    assert.ok(expected.some((e) => e.startsWith('speculative: The Kremlin wants to keep')));
  });

  step('open the example draft and the Claims & Evidence view', async () => {
    await page.keyboard.press('Escape');
    await runCommand(page, 'Evident: Open Example Draft');
    await page.locator('.monaco-editor .view-lines').filter({ hasText: 'Grain corridors' }).first().waitFor({ timeout: LIMIT_MS });
    // Room for the draft, the view and the report: the panel (Problems) and the secondary side bar close.
    if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
    if (await page.locator('.part.auxiliarybar').isVisible()) await page.keyboard.press('Control+Alt+B');
    // The Explorer, with room for the view: the other sections fold away, ours opens.
    await page.keyboard.press('Control+Shift+E');
    const headers = page.locator('.explorer-viewlet .pane-header');
    await headers.first().waitFor({ timeout: LIMIT_MS });
    for (const header of await headers.all()) {
      const ours = /Claims & Evidence/i.test(await header.innerText());
      if ((await header.getAttribute('aria-expanded')) === String(!ours)) await header.click();
    }
    await pane
      .locator('.monaco-list-row')
      .first()
      .waitFor({ timeout: LIMIT_MS * 3 });
    // A wider side bar, so the sentences read in the screenshot (best effort: the drag is not the test).
    const bar = await page.locator('.part.sidebar').boundingBox();
    if (bar && bar.width < 500) {
      await page.mouse.move(bar.x + bar.width + 1, bar.y + bar.height / 2);
      await page.mouse.down();
      await page.mouse.move(bar.x + 560, bar.y + bar.height / 2, { steps: 5 });
      await page.mouse.up();
    }
  });

  step("the view lists the example draft's claims with their statuses, in order", async () => {
    await waitFor('every claim in the view', async () => JSON.stringify(await rowLabels()) === JSON.stringify(expected) || false);
    const sections = await pane
      .locator('.monaco-list-row[aria-level="1"]')
      .evaluateAll((els) =>
        els.map((el) => [el.querySelector('.label-name')?.textContent, el.querySelector('.label-description')?.textContent]),
      );
    assert.deepEqual(
      sections.map(([title]) => title),
      ['Grain corridors after the ceasefire', 'Summary', 'Background', 'Analysis', 'Recommendations'],
    );
    // Each section counts its claims: supported (cited or attributed) of those graded.
    const counted = map.sections.map((s) =>
      s.counts.supported + s.counts.unsupported === 0
        ? 'no claims'
        : `${s.counts.supported} of ${s.counts.supported + s.counts.unsupported} claims supported`,
    );
    sections.forEach(([title, description], i) =>
      assert.ok(description?.startsWith(counted[i]), `${title}: "${description}" begins "${counted[i]}"`),
    );
    assert.equal(sections[2][1], '1 of 6 claims supported');
  });

  step('the status bar says what the view says', async () => {
    const shown = await waitFor('the status bar item', async () => (await statusBar()).replace(/^Evident: /, ''));
    assert.match(shown, /5 unsupported claims · 4 hedges/);
    await waitFor(`the view message to begin with "${shown}"`, async () => (await viewMessage()).startsWith(`${shown} — `));
  });

  step('only what needs work: the filter leaves the flagged sentences', async () => {
    await pane.locator('.pane-header').hover();
    await pane.locator('.pane-header .action-label[aria-label="Show Only What Needs Work"]').click();
    const needsWork = map.sections.flatMap((s) => s.entries.filter((e) => e.needsWork).map(label));
    assert.ok(needsWork.length < expected.length);
    await waitFor('the filtered list', async () => JSON.stringify(await rowLabels()) === JSON.stringify(needsWork) || false);
    await pane.locator('.pane-header').hover();
    await pane.locator('.pane-header .action-label[aria-label="Show All Claims"]').click();
    await waitFor('the full list again', async () => JSON.stringify(await rowLabels()) === JSON.stringify(expected) || false);
  });

  step('clicking a claim selects its sentence in the editor', async () => {
    await pane.locator(`.monaco-list-row[aria-label="unsupported: ${CLAIM}"]`).click();
    const want = selectionText(EXAMPLE, EXAMPLE.indexOf(CLAIM), CLAIM.length);
    await waitFor(`the status bar to show "${want}"`, async () => (await selectionStatus(page)) === want);
    await page.screenshot({ path: join(screenshotsDir, 'evidence-view.png') });
  });

  step('typing a citation moves the claim from unsupported to supported', async () => {
    // The sentence is selected: go to its end, before the full stop, and cite.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(CITATION, { delay: 20 });
    const cited = `supported: ${CLAIM.slice(0, -1)}${CITATION}.`;
    await waitFor(`"${cited}" in the view`, async () => (await rowLabels()).includes(cited));
    assert.ok(!(await rowLabels()).includes(`unsupported: ${CLAIM}`));
    const shown = (await statusBar()).replace(/^Evident: /, '');
    await waitFor('the view and the status bar to agree after the edit', async () =>
      (await viewMessage()).startsWith(`${(await statusBar()).replace(/^Evident: /, '')} — `),
    );
    log(`evidence UI: after the citation the status bar reads "${shown}"`);
  });

  step('the evidence report opens beside the draft; a finding in it selects its text', async () => {
    await runCommand(page, 'Evident: Open Evidence Report');
    const frame = await waitFor('the report in a webview', async () => {
      for (const f of page.frames()) {
        if (
          (await f
            .locator('ol.findings a')
            .count()
            .catch(() => 0)) > 0
        )
          return f;
      }
      return false;
    });
    const link = frame.locator('ol.findings li').filter({ hasText: '"Some experts say" leans on an unnamed source' }).locator('a');
    await link.click();
    const claim = 'Some experts say';
    const text = EXAMPLE.replace(CLAIM, `${CLAIM.slice(0, -1)}${CITATION}.`);
    const want = selectionText(text, text.indexOf(claim), claim.length);
    await waitFor(`the status bar to show "${want}"`, async () => (await selectionStatus(page)) === want);
    // The report's own counts: the cited claim is supported there too.
    assert.match(await frame.locator('main').innerText(), /3 ✓ supported/);
    await page.screenshot({ path: join(screenshotsDir, 'evidence-report-vscode.png') });
  });

  step('the visible report follows an edit once typing pauses', async () => {
    // Line 21 of the draft opens "Insurers have never priced war risk…".
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ timeout: LIMIT_MS });
    await page.keyboard.type('21');
    await page.keyboard.press('Enter');
    await page.keyboard.type('In short, ');
    const seen = [];
    await waitFor('the report to show the edit', async () => {
      seen.length = 0;
      for (const f of page.frames()) {
        const text = await f
          .evaluate(() => document.querySelector('.text')?.textContent ?? null)
          .catch((error) => `(${error.message.split('\n')[0]})`);
        if (text === null) continue;
        seen.push(
          `${f.url().slice(0, 60)}: ${text.slice(text.indexOf('Obviously'), text.indexOf('Obviously') + 160).replace(/\s+/g, ' ')}`,
        );
        if (text.includes('In short, Insurers have never priced')) return true;
      }
      return false;
    }).catch((error) => {
      throw new Error(`${error.message}\nframes with a report: ${seen.join('\n') || 'none'}`);
    });
  });

  return runSteps(page, steps, { screenshotsDir, log, prefix: 'evidence-' });
}
