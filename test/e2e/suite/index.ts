// Runs INSIDE a real VS Code extension host (extensionTestsPath), against the installed extension.
// Bundled by scripts/e2e/run.mjs (or test/e2e/electron.mjs) into .e2e/suite.js with `vscode` external.
// Expected findings come from two places: the engine's guarantees written out below (rule, exact
// span, text), and the engine itself run on the same text, so messages, ranges and fixes shown by
// the editor are exactly what the engine computes.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyzeDocument, type Finding } from '../../../server/src/engine';
import { normalizeSettings } from '../../../server/src/engine/settings';
import { escapeMarkdown, findingReason } from '../../../server/src/lsp/protocol';

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

async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, limitMs = UPDATE_LIMIT_MS): Promise<T> {
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
  return `${finding.rule} ${describeRange(range)} ${SEVERITY[finding.severity]} ${finding.message}`;
}

function diagnosticKey(diagnostic: vscode.Diagnostic): string {
  return `${codeOf(diagnostic)} ${describeRange(diagnostic.range)} ${diagnostic.severity} ${diagnostic.message}`;
}

function findingAt(document: vscode.TextDocument, rule: string, range: vscode.Range): Finding {
  const finding = engineFindings(document).find((f) => f.rule === rule && f.start === document.offsetAt(range.start) && f.end === document.offsetAt(range.end));
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
  const expected = engineFindings(document).map((finding) => findingKey(document, finding)).sort();
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
  assert.deepEqual(hedges.map((d) => describeRange(d.range)), [describeRange(range)]);
  assert.equal(document.getText(hedges[0].range), 'may');
  assert.equal(hedges[0].message, findingAt(document, 'hedge', range).message);
  assert.ok(hedges[0].message.length > 0);
});

test('booster on "Obviously"', async () => {
  const { document } = await openDraft();
  const range = rangeOf(document, BOOSTED, 'Obviously');
  const boosters = evidentDiagnostics(document.uri).filter((d) => codeOf(d) === 'booster');
  assert.deepEqual(boosters.map((d) => describeRange(d.range)), [describeRange(range)]);
  assert.equal(boosters[0].message, findingAt(document, 'booster', range).message);
});

test('"Studies show that sanctions rarely work." is a weasel and an unsupported claim', async () => {
  const { document } = await openDraft();
  const line = lineOf(document, WEASEL);
  const codes = evidentDiagnostics(document.uri).filter((d) => d.range.start.line === line).map(codeOf).sort();
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
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, range.start.translate(0, 2));
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
    vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.label.includes('hedge.md') && t.label.toLowerCase().includes('preview')),
  );
  assert.ok(tab, 'the preview tab is open');
  await vscode.window.tabGroups.close(tab);
});

test('the walkthrough\'s example draft opens as an untitled copy and gets findings', async () => {
  await vscode.commands.executeCommand('evident.openExample');
  const editor = await waitFor('the example draft', () => vscode.window.activeTextEditor?.document.isUntitled && vscode.window.activeTextEditor);
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
  const unsupported = () => evidentDiagnostics(document.uri).some((d) => codeOf(d) === 'unsupported-claim' && d.range.start.line === claimLine);
  await waitFor('the unsupported claim', unsupported, DIAGNOSTICS_LIMIT_MS);

  const end = new vscode.Position(claimLine, claim.length);
  await editor.edit((edit) => edit.insert(end, ' [@'));
  const at = end.translate(0, 3);
  const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, at, '@');
  const first = completions.items[0];
  const label = typeof first.label === 'string' ? first.label : first.label.label;
  assert.equal(label, 'unctad2024freight', `the entry closest to the sentence comes first: ${completions.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', ')}`);
  const insert = typeof first.insertText === 'string' ? first.insertText : (first.insertText?.value ?? label);
  await editor.edit((edit) => edit.insert(at, `${insert}]`));
  await waitFor('the unsupported claim to go once the key is cited', () => !unsupported(), DIAGNOSTICS_LIMIT_MS);

  const keyRange = new vscode.Range(at, at.translate(0, insert.length));
  await editor.edit((edit) => edit.replace(keyRange, 'nosuchkey2024'));
  const unknown = await waitFor('an error on the unknown key', () => evidentDiagnostics(document.uri).find((d) => codeOf(d) === 'unknown-citation'), DIAGNOSTICS_LIMIT_MS);
  assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
  assert.equal(document.getText(unknown.range), 'nosuchkey2024');
  await waitFor('the claim unsupported again: an unknown key is no evidence', unsupported, DIAGNOSTICS_LIMIT_MS);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('the evidence report opens in a webview beside the draft, and reopening it reuses the panel', async () => {
  const editor = await openDraft();
  await waitFor('diagnostics', () => evidentDiagnostics(editor.document.uri).length > 0, DIAGNOSTICS_LIMIT_MS);
  const reports = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('evident.evidenceReport'));
  await vscode.commands.executeCommand('evident.openEvidenceReport');
  const tab = await waitFor('the report panel', () => reports().find((t) => t.label === 'Evidence: brief.md'));
  assert.notEqual(tab.group.viewColumn, vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === editor.document.uri.toString()))?.viewColumn, 'beside the draft');
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
    vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.label === 'Evident: brief.md' && t.input instanceof vscode.TabInputWebview),
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
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, range);
  const titles = actions.map((action) => action.title);
  assert.ok(titles.includes(fix.title), `"${fix.title}" among ${JSON.stringify(titles)}`);
  assert.ok(titles.includes('Disable booster for this line'), `disable action among ${JSON.stringify(titles)}`);

  const action = actions.find((a): a is vscode.CodeAction => a.title === fix.title && 'edit' in a && a.edit !== undefined);
  assert.ok(action?.edit, 'the quick fix carries an edit');
  const original = document.getText();
  const expectedText = [...fix.edits].sort((a, b) => b.start - a.start).reduce((text, edit) => text.slice(0, edit.start) + edit.newText + text.slice(edit.end), original);
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
    assert.ok(evidentDiagnostics(document.uri).some((d) => codeOf(d) === 'weasel' && d.range.start.line === line), 'other rules still report');
  } finally {
    await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  }
  // Back on: proves the setting, not something else, removed it.
  await waitForDiagnostic(document.uri, 'hedge', range, true);
});
