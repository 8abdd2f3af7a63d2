// Runs INSIDE a real VS Code extension host (extensionTestsPath), against the installed extension.
// Bundled by scripts/e2e/run.mjs (or test/e2e/electron.mjs) into .e2e/suite.js with `vscode` external.
// Expected findings come from two places: the engine's guarantees written out below (rule, exact
// span, text), and the engine itself run on the same text, so messages, ranges and fixes shown by
// the editor are exactly what the engine computes.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyzeDocument, type Finding } from '../../../server/src/engine';
import { normalizeSettings } from '../../../server/src/engine/settings';
import { escapeMarkdown, findingReason, quotingFlagged } from '../../../server/src/lsp/protocol';

const SOURCE = 'evident';
const DIAGNOSTICS_LIMIT_MS = 60_000;
const UPDATE_LIMIT_MS = 20_000;
const SUMMARY_PREFIX = '[evident-e2e]';

const tests: { name: string; body: () => Promise<void> }[] = [];
function test(name: string, body: () => Promise<void>): void {
  tests.push({ name, body });
}

export async function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const { name, body } of tests) {
    try {
      await body();
      passed++;
      console.log(`${SUMMARY_PREFIX} ok - ${name}`);
    } catch (error) {
      failed++;
      console.log(`${SUMMARY_PREFIX} not ok - ${name}\n${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  // Read by scripts/e2e/run.mjs; not in the "N passed, N failed" shape CI reads as a closing line.
  console.log(`${SUMMARY_PREFIX} passed=${passed} failed=${failed}`);
  if (failed > 0) throw new Error(`${failed} of ${tests.length} e2e tests failed`);
}

// ---- helpers ----------------------------------------------------------------------------

async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  limitMs = UPDATE_LIMIT_MS,
): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${limitMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function draftUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixtures folder is open as the workspace');
  return vscode.Uri.joinPath(folder.uri, 'brief.md');
}

async function openDraft(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(draftUri());
  return vscode.window.showTextDocument(document);
}

function evidentDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** The range of `word` inside the first occurrence of `sentence` in the document. */
function rangeOf(document: vscode.TextDocument, sentence: string, word: string): vscode.Range {
  const sentenceStart = document.getText().indexOf(sentence);
  assert.ok(sentenceStart >= 0, `fixture contains "${sentence}"`);
  const start = sentenceStart + sentence.indexOf(word);
  return new vscode.Range(document.positionAt(start), document.positionAt(start + word.length));
}

function lineOf(document: vscode.TextDocument, sentence: string): number {
  return rangeOf(document, sentence, sentence).start.line;
}

/** What the engine finds in the document with the editor's current Evident settings. */
function engineFindings(document: vscode.TextDocument): Finding[] {
  const config = vscode.workspace.getConfiguration('evident');
  const { settings } = normalizeSettings({
    rules: config.get('rules'),
    acceptedTerms: config.get('acceptedTerms'),
    claimStrictness: config.get('claimStrictness'),
    sensitivity: config.get('sensitivity'),
    documentKind: config.get('documentKind'),
  });
  return analyzeDocument(document.getText(), { languageId: document.languageId, settings }).findings;
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function describeRange(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

function findingKey(document: vscode.TextDocument, finding: Finding): string {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  // A message that quotes nothing (an unsupported claim) is led by the flagged words, as on the command line.
  return `${finding.rule} ${describeRange(range)} ${SEVERITY[finding.severity]} ${quotingFlagged(finding.text, finding.message)}`;
}

function diagnosticKey(diagnostic: vscode.Diagnostic): string {
  return `${codeOf(diagnostic)} ${describeRange(diagnostic.range)} ${diagnostic.severity} ${diagnostic.message}`;
}

function findingAt(document: vscode.TextDocument, rule: string, range: vscode.Range): Finding {
  const finding = engineFindings(document).find(
    (f) => f.rule === rule && f.start === document.offsetAt(range.start) && f.end === document.offsetAt(range.end),
  );
  assert.ok(finding, `the engine reports ${rule} at ${describeRange(range)}`);
  return finding;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

async function waitForDiagnostic(uri: vscode.Uri, rule: string, range: vscode.Range, present: boolean): Promise<void> {
  await waitFor(`${rule} at ${describeRange(range)} to ${present ? 'appear' : 'disappear'}`, () => {
    const found = evidentDiagnostics(uri).some((d) => codeOf(d) === rule && d.range.isEqual(range));
    return found === present;
  });
}

// ---- the fixture's sentences ------------------------------------------------------------

const HEDGED = 'It may rain tomorrow.';
const BOOSTED = 'Obviously, the U.S. would not be welcomed.';
const WEASEL = 'Studies show that sanctions rarely work.';
const PERMISSION = 'Member States may submit comments by 30 June.';
const CITED = 'Unemployment rose to 7.4% in 2023 [@ons2024].';

// ---- tests ------------------------------------------------------------------------------

test('Evident diagnostics appear when the draft is opened', async () => {
  const { document } = await openDraft();
  await waitFor('Evident diagnostics on brief.md', () => evidentDiagnostics(document.uri).length > 0, DIAGNOSTICS_LIMIT_MS);
});

test('diagnostics are exactly the engine findings (rule, range, severity, message)', async () => {
  const { document } = await openDraft();
  const expected = engineFindings(document)
    .map((finding) => findingKey(document, finding))
    .sort();
  assert.ok(expected.length >= 4, `the engine finds the fixture's issues: ${expected.join(' | ')}`);
  // Diagnostics may still be settling after the first push: wait for the full set.
  await waitFor('diagnostics to match the engine', () => {
    const actual = evidentDiagnostics(document.uri).map(diagnosticKey).sort();
    return JSON.stringify(actual) === JSON.stringify(expected);
  }).catch(() => {
    assert.deepEqual(evidentDiagnostics(document.uri).map(diagnosticKey).sort(), expected);
  });
});

test('hedge on "may" in "It may rain tomorrow."', async () => {
  const { document } = await openDraft();
  const range = rangeOf(document, HEDGED, 'may');
  const hedges = evidentDiagnostics(document.uri).filter((d) => codeOf(d) === 'hedge');
  assert.deepEqual(
    hedges.map((d) => describeRange(d.range)),
    [describeRange(range)],
  );
  assert.equal(document.getText(hedges[0].range), 'may');
  assert.equal(hedges[0].message, findingAt(document, 'hedge', range).message);
  assert.ok(hedges[0].message.length > 0);
});

test('booster on "Obviously"', async () => {
  const { document } = await openDraft();
  const range = rangeOf(document, BOOSTED, 'Obviously');
  const boosters = evidentDiagnostics(document.uri).filter((d) => codeOf(d) === 'booster');
  assert.deepEqual(
    boosters.map((d) => describeRange(d.range)),
    [describeRange(range)],
  );
  assert.equal(boosters[0].message, findingAt(document, 'booster', range).message);
});

test('"Studies show that sanctions rarely work." is a weasel and an unsupported claim', async () => {
  const { document } = await openDraft();
  const line = lineOf(document, WEASEL);
  const codes = evidentDiagnostics(document.uri)
    .filter((d) => d.range.start.line === line)
    .map(codeOf)
    .sort();
  assert.deepEqual(codes, ['unsupported-claim', 'weasel']);
  const weasel = evidentDiagnostics(document.uri).find((d) => codeOf(d) === 'weasel')!;
  assert.match(document.getText(weasel.range), /^Studies\b/);
});

test('permission "may" and a cited figure are not flagged', async () => {
  const { document } = await openDraft();
  const quietLines = [lineOf(document, PERMISSION), lineOf(document, CITED)];
  const noisy = evidentDiagnostics(document.uri).filter((d) => quietLines.includes(d.range.start.line));
  assert.deepEqual(noisy.map(diagnosticKey), []);
});

test('hover on a finding shows its rule and reason, the message only once', async () => {
  const { document } = await openDraft();
  const range = rangeOf(document, BOOSTED, 'Obviously');
  const finding = findingAt(document, 'booster', range);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    range.start.translate(0, 2),
  );
  const text = hoverText(hovers);
  const reason = escapeMarkdown(findingReason(finding.explanation));
  assert.ok(text.includes(`**Booster**: ${reason}`), `hover names the rule and gives the reason "${reason}" in: ${text}`);
  assert.ok(!text.includes(finding.message), `the message shows with the diagnostic only: ${text}`);
  assert.ok(!text.includes('This sentence'), `the sentence's class is not repeated: ${text}`);
  assert.ok(text.includes('[About this rule](command:evident.openRuleDocs?'), `links the bundled rule page: ${text}`);
});

test('hovering a sentence without a finding shows nothing from Evident', async () => {
  const { document } = await openDraft();
  const position = rangeOf(document, CITED, 'Unemployment').start.translate(0, 3);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const text = hoverText(hovers);
  assert.ok(!/Evident|claim|About this rule/.test(text), `no Evident hover on a cited claim: ${JSON.stringify(text)}`);
});

test('rule documentation opens the bundled page in a Markdown preview, offline', async () => {
  await vscode.commands.executeCommand('evident.openRuleDocs', 'hedge');
  const tab = await waitFor('a preview of hedge.md', () =>
    vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .find((t) => t.label.includes('hedge.md') && t.label.toLowerCase().includes('preview')),
  );
  assert.ok(tab, 'the preview tab is open');
  await vscode.window.tabGroups.close(tab);
});

test("the walkthrough's example draft opens as an untitled copy and gets findings", async () => {
  await vscode.commands.executeCommand('evident.openExample');
  const editor = await waitFor(
    'the example draft',
    () => vscode.window.activeTextEditor?.document.isUntitled && vscode.window.activeTextEditor,
  );
  assert.equal(editor.document.languageId, 'markdown');
  assert.match(editor.document.getText(), /^# Grain corridors/m);
  await waitFor('findings on the example draft', () => evidentDiagnostics(editor.document.uri).length > 0, DIAGNOSTICS_LIMIT_MS);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('the policy snippets are offered in Markdown', async () => {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Policy brief skeleton' });
  await waitFor('the brief skeleton', () => editor.document.getText().includes('## Recommendations'));
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('with a bibliography: type [@, pick the suggested key, the unsupported claim goes; a wrong key is an error', async () => {
  const folder = vscode.workspace.workspaceFolders![0];
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'sourced.md'));
  const editor = await vscode.window.showTextDocument(document);
  const claim = 'Freight rates for bulk carriers doubled in 2024';
  const claimLine = lineOf(document, `${claim}.`);
  const unsupported = () =>
    evidentDiagnostics(document.uri).some((d) => codeOf(d) === 'unsupported-claim' && d.range.start.line === claimLine);
  await waitFor('the unsupported claim', unsupported, DIAGNOSTICS_LIMIT_MS);

  const end = new vscode.Position(claimLine, claim.length);
  await editor.edit((edit) => edit.insert(end, ' [@'));
  const at = end.translate(0, 3);
  const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    at,
    '@',
  );
  const first = completions.items[0];
  const label = typeof first.label === 'string' ? first.label : first.label.label;
  assert.equal(
    label,
    'unctad2024freight',
    `the entry closest to the sentence comes first: ${completions.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', ')}`,
  );
  const insert = typeof first.insertText === 'string' ? first.insertText : (first.insertText?.value ?? label);
  await editor.edit((edit) => edit.insert(at, `${insert}]`));
  await waitFor('the unsupported claim to go once the key is cited', () => !unsupported(), DIAGNOSTICS_LIMIT_MS);

  const keyRange = new vscode.Range(at, at.translate(0, insert.length));
  await editor.edit((edit) => edit.replace(keyRange, 'nosuchkey2024'));
  const unknown = await waitFor(
    'an error on the unknown key',
    () => evidentDiagnostics(document.uri).find((d) => codeOf(d) === 'unknown-citation'),
    DIAGNOSTICS_LIMIT_MS,
  );
  assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
  assert.equal(document.getText(unknown.range), 'nosuchkey2024');
  await waitFor('the claim unsupported again: an unknown key is no evidence', unsupported, DIAGNOSTICS_LIMIT_MS);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('the evidence report opens in a webview beside the draft, and reopening it reuses the panel', async () => {
  const editor = await openDraft();
  await waitFor('diagnostics', () => evidentDiagnostics(editor.document.uri).length > 0, DIAGNOSTICS_LIMIT_MS);
  const reports = () =>
    vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('evident.evidenceReport'));
  await vscode.commands.executeCommand('evident.openEvidenceReport');
  const tab = await waitFor('the report panel', () => reports().find((t) => t.label === 'Evidence: brief.md'));
  assert.notEqual(
    tab.group.viewColumn,
    vscode.window.tabGroups.all.find((g) =>
      g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === editor.document.uri.toString()),
    )?.viewColumn,
    'beside the draft',
  );
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('evident.openEvidenceReport');
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.equal(reports().length, 1, 'one report panel');
  await vscode.window.tabGroups.close(reports());
});

test('the document summary opens in a panel beside the draft, not in a modal dialog', async () => {
  await openDraft();
  await vscode.commands.executeCommand('evident.showSummary');
  const tab = await waitFor('the summary panel', () =>
    vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .find((t) => t.label === 'Evident: brief.md' && t.input instanceof vscode.TabInputWebview),
  );
  await vscode.window.tabGroups.close(tab);
});

test('the quick fix is listed and applying it rewrites the sentence', async () => {
  const { document } = await openDraft();
  const range = rangeOf(document, BOOSTED, 'Obviously');
  const finding = findingAt(document, 'booster', range);
  assert.ok(finding.fixes.length > 0, 'the engine offers a fix for the booster');
  const fix = finding.fixes[0];
  assert.equal(fix.title, 'Remove "Obviously"');
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    range,
  );
  const titles = actions.map((action) => action.title);
  assert.ok(titles.includes(fix.title), `"${fix.title}" among ${JSON.stringify(titles)}`);
  assert.ok(titles.includes('Disable booster for this line'), `disable action among ${JSON.stringify(titles)}`);

  const action = actions.find((a): a is vscode.CodeAction => a.title === fix.title && 'edit' in a && a.edit !== undefined);
  assert.ok(action?.edit, 'the quick fix carries an edit');
  const original = document.getText();
  const expectedText = [...fix.edits]
    .sort((a, b) => b.start - a.start)
    .reduce((text, edit) => text.slice(0, edit.start) + edit.newText + text.slice(edit.end), original);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  assert.equal(document.getText(), expectedText);
  assert.equal(document.lineAt(range.start.line).text, 'The U.S. would not be welcomed.');
  await waitForDiagnostic(document.uri, 'booster', range, false);
});

test('turning the hedge rule off in settings removes the hedge diagnostic', async () => {
  const { document } = await openDraft();
  const range = rangeOf(document, HEDGED, 'may');
  const config = vscode.workspace.getConfiguration('evident');
  await config.update('rules', { hedge: 'off' }, vscode.ConfigurationTarget.Workspace);
  try {
    await waitForDiagnostic(document.uri, 'hedge', range, false);
    const line = lineOf(document, WEASEL);
    assert.ok(
      evidentDiagnostics(document.uri).some((d) => codeOf(d) === 'weasel' && d.range.start.line === line),
      'other rules still report',
    );
  } finally {
    await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  }
  // Back on: proves the setting, not something else, removed it.
  await waitForDiagnostic(document.uri, 'hedge', range, true);
});

// ---- suppressions that never change what the document says or how it renders (issue 13) -----

/** A workspace file the test writes and removes again. */
async function scratchFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function removeFile(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
}

function projectFileUri(): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.evident.json');
}

async function readJson(uri: vscode.Uri): Promise<unknown> {
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  } catch {
    return undefined;
  }
}

/** Runs a code action as VS Code does when it is picked: its edit, then its command. */
async function runAction(action: vscode.CodeAction | vscode.Command): Promise<void> {
  if ('edit' in action && action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
  const command = 'command' in action && typeof action.command === 'object' ? action.command : (action as vscode.Command);
  if (command?.command) await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
}

async function actionAt(uri: vscode.Uri, range: vscode.Range, title: string): Promise<vscode.CodeAction> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `"${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
  return action;
}

/** Markdown rendered by VS Code's own renderer (the preview's): paragraphs, and their text without tags or comments. */
async function rendered(text: string): Promise<{ paragraphs: number; text: string }> {
  const html = await vscode.commands.executeCommand<string>('markdown.api.render', text);
  assert.equal(typeof html, 'string', 'VS Code renders the Markdown');
  return {
    paragraphs: (html.match(/<p[\s>]/g) ?? []).length,
    text: html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

test('"Disable … for this line" adds a comment that leaves the rendered Markdown as it was: same paragraphs, same words', async () => {
  const text = 'It may rain tomorrow in the capital, and the\ntalks are set to continue next week.\n\nA second paragraph follows here.\n';
  const uri = await scratchFile('wrapped.md', text);
  try {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const range = rangeOf(document, 'It may rain', 'may');
    await waitForDiagnostic(uri, 'hedge', range, true);
    const before = await rendered(document.getText());
    assert.equal(before.paragraphs, 2);
    await runAction(await actionAt(uri, range, 'Disable hedge for this line'));
    assert.equal(document.lineAt(0).text, 'It may rain tomorrow in the capital, and the <!-- evident-disable-line hedge -->');
    assert.equal(document.lineAt(1).text, 'talks are set to continue next week.', 'the paragraph is not split by a line of its own');
    await waitForDiagnostic(uri, 'hedge', range, false);
    const after = await rendered(document.getText());
    assert.deepEqual(after, before, 'the preview shows the same paragraphs and words');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  } finally {
    await removeFile(uri);
  }
});

test('"Ignore this finding (project file)" writes and saves .evident.json, and the finding goes', async () => {
  const { document } = await openDraft();
  const range = rangeOf(document, HEDGED, 'may');
  await waitForDiagnostic(document.uri, 'hedge', range, true);
  const file = projectFileUri();
  try {
    await runAction(await actionAt(document.uri, range, 'Ignore this finding (project file)'));
    const written = await waitFor('.evident.json on disk', () => readJson(file));
    assert.deepEqual(written, { ignore: [{ rule: 'hedge', sentence: HEDGED }] });
    await waitForDiagnostic(document.uri, 'hedge', range, false);
    assert.ok(
      !vscode.workspace.textDocuments.some((d) => d.uri.toString() === file.toString() && d.isDirty),
      'no unsaved copy left behind',
    );
  } finally {
    await removeFile(file);
  }
  // The file gone, the finding is back: the file, not something else, silenced it.
  await waitForDiagnostic(document.uri, 'hedge', range, true);
});

test('"Ignore this finding in this document only" and "Ignore all hedges in this document" silence that document alone', async () => {
  const { document } = await openDraft();
  const range = rangeOf(document, HEDGED, 'may');
  const twinUri = await scratchFile('twin.md', `${HEDGED}\n\nObviously, the plan failed.\n`);
  const file = projectFileUri();
  try {
    const twin = await vscode.workspace.openTextDocument(twinUri);
    const twinRange = rangeOf(twin, HEDGED, 'may');
    await waitForDiagnostic(twinUri, 'hedge', twinRange, true);
    await waitForDiagnostic(document.uri, 'hedge', range, true);

    await runAction(await actionAt(document.uri, range, 'Ignore this finding in this document only'));
    await waitForDiagnostic(document.uri, 'hedge', range, false);
    assert.deepEqual(await readJson(file), { documents: { 'brief.md': { ignore: [{ rule: 'hedge', sentence: HEDGED }] } } });
    // The twin, same sentence, was analysed again with the new file and keeps its finding.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.ok(
      evidentDiagnostics(twinUri).some((d) => codeOf(d) === 'hedge'),
      'the other document keeps its hedge',
    );

    await runAction(await actionAt(twinUri, twinRange, 'Ignore all hedges in this document'));
    await waitForDiagnostic(twinUri, 'hedge', twinRange, false);
    assert.deepEqual(await readJson(file), {
      documents: { 'brief.md': { ignore: [{ rule: 'hedge', sentence: HEDGED }] }, 'twin.md': { rules: { hedge: 'off' } } },
    });
    // Still there when the document is closed and opened again: it lives in the file, not in memory.
    await vscode.window.showTextDocument(twin);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const reopened = await vscode.workspace.openTextDocument(twinUri);
    await vscode.window.showTextDocument(reopened);
    // Checked again (its booster is back), and the hedge still ignored.
    await waitFor(
      'the reopened twin to be checked',
      () => evidentDiagnostics(twinUri).some((d) => codeOf(d) === 'booster'),
      DIAGNOSTICS_LIMIT_MS,
    );
    assert.ok(!evidentDiagnostics(twinUri).some((d) => codeOf(d) === 'hedge'), 'the hedge stays ignored after reopening');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  } finally {
    await removeFile(file);
    await removeFile(twinUri);
  }
  await waitForDiagnostic(document.uri, 'hedge', range, true);
});

test('a document turned off stays off when the language server restarts', async () => {
  const { document } = await openDraft();
  const folder = vscode.workspace.workspaceFolders![0];
  const other = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'sourced.md'));
  await waitFor(
    'findings on both documents',
    () => evidentDiagnostics(document.uri).length > 0 && evidentDiagnostics(other.uri).length > 0,
    DIAGNOSTICS_LIMIT_MS,
  );
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('evident.toggleDocument');
  await waitFor('the draft to lose its findings', () => evidentDiagnostics(document.uri).length === 0);
  const config = vscode.workspace.getConfiguration('evident');
  try {
    // A language the client does not sync yet makes it start a new language server.
    await config.update(
      'languages',
      ['markdown', 'plaintext', 'latex', 'quarto', 'rmarkdown', 'restructuredtext'],
      vscode.ConfigurationTarget.Workspace,
    );
    await waitFor(
      'the old server to stop (its diagnostics cleared)',
      () => evidentDiagnostics(other.uri).length === 0,
      DIAGNOSTICS_LIMIT_MS,
    );
    await waitFor('the new server to check the other document', () => evidentDiagnostics(other.uri).length > 0, DIAGNOSTICS_LIMIT_MS);
    assert.deepEqual(evidentDiagnostics(document.uri).map(diagnosticKey), [], 'the draft is still off');
  } finally {
    await config.update('languages', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('evident.toggleDocument');
  }
  await waitFor('the draft to be checked again once turned on', () => evidentDiagnostics(document.uri).length > 0, DIAGNOSTICS_LIMIT_MS);
});
