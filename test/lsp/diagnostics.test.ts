// The server over stdio and IPC: pushed diagnostics, hovers and code actions on a markdown draft.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { analyzeDocument } from '../../server/src/engine/index';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { escapeMarkdown, findingReason, ruleDocCommandLink, ruleDocUrl, type DiagnosticData } from '../../server/src/lsp/protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { isAcceptableTerm } from '../../server/src/lsp/codeActions';
import { applyWorkspaceEdit, BASIC_CAPABILITIES, desktopOnly, SERVER_TARGET, TestClient } from './client';

const DRAFT = [
  '# Labour market brief', // 0
  '',
  'It may rain tomorrow.', // 2
  '',
  'Unemployment rose to 7.4% in 2023.', // 4
  '',
  'Unemployment rose to 7.4% in 2023 [@ons2024].', // 6
  '',
  'Obviously, the U.S. would not be welcomed.', // 8
  '',
  'Member States may submit comments by 30 June.', // 10
  '',
  'Studies show that sanctions rarely work.', // 12
  '',
].join('\n');
const URI = 'file:///work/drafts/brief.md';
/** The rule pages ship beside the server bundle: dist/../docs/rules. */
// The rule's page: bundled beside the desktop server; the web server (a worker, no files of its own) links to the project's site.
const bundledDoc = (rule: string) =>
  SERVER_TARGET === 'web' ? ruleDocUrl(rule) : pathToFileURL(resolve(import.meta.dirname, '../../docs/rules', `${rule}.md`)).href;

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
const rulesOnLine = (diagnostics: Diagnostic[], line: number) =>
  diagnostics
    .filter((d) => d.range.start.line === line)
    .map((d) => d.code)
    .sort();
const only = (diagnostics: Diagnostic[], rule: string, line: number) => {
  const found = diagnostics.filter((d) => d.code === rule && d.range.start.line === line);
  assert.equal(found.length, 1, `one ${rule} on line ${line}, got ${JSON.stringify(found)}`);
  return found[0];
};
const engineFinding = (rule: string, text: string) => {
  const finding = analyzeDocument(DRAFT, { languageId: 'markdown' }).findings.find((f) => f.rule === rule && f.text === text);
  assert.ok(finding, `engine finds ${rule} "${text}"`);
  return finding;
};

describe('diagnostics over stdio', () => {
  let client: TestClient;
  let diagnostics: Diagnostic[];

  before(async () => {
    client = await TestClient.start();
    await client.open(URI, DRAFT);
    diagnostics = await client.diagnosticsFor(URI, 1);
  });
  after(() => client.stop());

  it('flags each line as the engine does, and nothing on cited or procedural sentences', () => {
    assert.deepEqual(rulesOnLine(diagnostics, 2), ['hedge']);
    assert.deepEqual(rulesOnLine(diagnostics, 4), ['unsupported-claim']);
    assert.deepEqual(rulesOnLine(diagnostics, 6), []);
    assert.deepEqual(rulesOnLine(diagnostics, 8), ['booster']);
    assert.deepEqual(rulesOnLine(diagnostics, 10), []);
    assert.deepEqual(rulesOnLine(diagnostics, 12), ['unsupported-claim', 'weasel']);
  });

  it('reports exact ranges, codes, severities, sources, links and messages', () => {
    const hedge = only(diagnostics, 'hedge', 2);
    assert.deepEqual(hedge.range, range(2, 3, 6));
    assert.equal(hedge.severity, DiagnosticSeverity.Information);
    assert.equal(hedge.source, 'evident');
    assert.deepEqual(hedge.codeDescription, { href: bundledDoc('hedge') });
    assert.equal(hedge.message, '"may" hedges this claim: say how certain it is and why, or state it plainly.');

    const booster = only(diagnostics, 'booster', 8);
    assert.deepEqual(booster.range, range(8, 0, 9));
    assert.equal(booster.severity, DiagnosticSeverity.Information);
    assert.equal(booster.message, engineFinding('booster', 'Obviously').message);

    const weasel = only(diagnostics, 'weasel', 12);
    assert.deepEqual(weasel.range, range(12, 0, 12));
    assert.equal(weasel.severity, DiagnosticSeverity.Warning);
    assert.equal(weasel.codeDescription?.href, bundledDoc('weasel'));

    const claim = only(diagnostics, 'unsupported-claim', 4);
    assert.equal(claim.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(claim.range, range(4, 0, 33));
    // The claim is quoted (its first eight words), so Problems says which sentence it is about (issue 13).
    assert.equal(
      claim.message,
      '"Unemployment rose to 7.4% in 2023" — This claim (a trend, a figure, a dated fact) has no evidence: cite a source or name it.',
    );
  });

  it('carries only the rule and the document version in diagnostic data: fixes and explanations stay on the server', () => {
    assert.deepEqual(only(diagnostics, 'hedge', 2).data, { rule: 'hedge', version: 1 } satisfies DiagnosticData);
    for (const diagnostic of diagnostics) assert.deepEqual(Object.keys(diagnostic.data as object).sort(), ['rule', 'version']);
  });

  it('hovers a finding with the rule title and the reason, the alternatives and the bundled rule page, without repeating the message', async () => {
    const hover = await client.hover(URI, { line: 2, character: 4 });
    assert.ok(hover && typeof hover.contents === 'object' && 'kind' in hover.contents);
    assert.equal(hover.contents.kind, 'markdown');
    const finding = engineFinding('hedge', 'may');
    const reason = escapeMarkdown(findingReason(finding.explanation));
    const alternatives = finding.alternatives.map((a) => `“${escapeMarkdown(a)}”`).join(' · ');
    assert.equal(
      hover.contents.value,
      `**Hedge**: ${reason}\n\n${alternatives ? `Instead: ${alternatives} · ` : ''}[About this rule](${ruleDocCommandLink('hedge')})`,
    );
    assert.ok(!hover.contents.value.includes(finding.message), 'the message shows with the diagnostic, not again here');
    assert.ok(!hover.contents.value.includes('This sentence'), 'the verdict is said once');
    assert.deepEqual(hover.range, range(2, 3, 6));
  });

  it("shows placeholders and the writer's markup as written, not rendered", () => {
    assert.equal(escapeMarkdown('According to <source>, *most* [1]'), 'According to \\<source\\>, \\*most\\* \\[1\\]');
  });

  it('gives no hover on a sentence without a finding, supported claim or not, nor on blank lines', async () => {
    assert.equal(await client.hover(URI, { line: 6, character: 5 }), null);
    assert.equal(await client.hover(URI, { line: 10, character: 5 }), null);
    assert.equal(await client.hover(URI, { line: 1, character: 0 }), null);
  });

  it('offers the engine fixes, disable-line, ignore (document, project, rule in this document) and accept-term actions for a hedge', async () => {
    const hedge = only(diagnostics, 'hedge', 2);
    const actions = await client.codeActions(URI, hedge.range, { diagnostics: [hedge], only: ['quickfix'] });
    const titles = actions.map((action) => action.title);
    const finding = engineFinding('hedge', 'may');
    assert.deepEqual(titles, [
      ...finding.fixes.map((fix) => fix.title),
      'Disable hedge for this line',
      'Ignore this finding in this document only',
      'Ignore this finding (project file)',
      'Ignore all hedges in this document',
      "Add 'may' to accepted terms…",
    ]);
    // a bare hedge has real fixes, none that states the claim more strongly than its evidence (issue 13)
    assert.deepEqual(
      finding.fixes.map((fix) => fix.title),
      ['State the likelihood: "is likely (about 70 %) to rain"', 'Cite what it rests on: [@key]'],
    );
    const likelihood = actions.find((action) => action.title.startsWith('State the likelihood'))!;
    assert.ok(!likelihood.isPreferred, 'not preferred: it changes what the claim says');
    const preferred = actions.filter((action) => action.isPreferred).map((action) => action.title);
    const firstSafe = finding.fixes.find((fix) => fix.safe);
    assert.deepEqual(preferred, firstSafe ? [firstSafe.title] : []);

    // A client without evident.editProjectFile (any LSP editor) gets the term alone: the command asks where.
    const accept = actions.find((action) => action.title === "Add 'may' to accepted terms…")!;
    assert.deepEqual(accept.command, { title: "Add 'may' to accepted terms…", command: 'evident.acceptTerm', arguments: ['may'] });
    assert.equal(accept.kind, 'quickfix');
  });

  it('disables a rule for one line with a comment at its end, and the finding goes away', async () => {
    const hedge = only(diagnostics, 'hedge', 2);
    const actions = await client.codeActions(URI, hedge.range, { diagnostics: [hedge] });
    const disable = actions.find((action) => action.title === 'Disable hedge for this line')!;
    const edited = applyWorkspaceEdit(DRAFT, disable.edit!, URI);
    assert.equal(edited.split('\n')[2], 'It may rain tomorrow. <!-- evident-disable-line hedge -->');
    assert.equal(edited.split('\n').length, DRAFT.split('\n').length, 'no line added');
    // VS Code-like clients get a versioned edit, so a stale action cannot land in changed text.
    assert.deepEqual(disable.edit!.documentChanges![0], {
      textDocument: { uri: URI, version: 1 },
      edits: [{ range: range(2, 21, 21), newText: ' <!-- evident-disable-line hedge -->' }],
    });

    const version = await client.applyEdit(URI, disable.edit!);
    const after = await client.diagnosticsFor(URI, version);
    assert.deepEqual(rulesOnLine(after, 2), []);
    assert.deepEqual(rulesOnLine(after, 4), ['unsupported-claim']);
    await client.replaceAll(URI, DRAFT);
  });

  it('keeps a hard-wrapped paragraph whole when a rule is disabled on one of its lines', async () => {
    const uri = 'file:///work/drafts/wrapped.md';
    const text = 'Rents rose sharply.\nIt may rain tomorrow,\nand the market may cool.\n';
    await client.open(uri, text);
    const hedge = (await client.diagnosticsFor(uri, 1)).find((d) => d.code === 'hedge' && d.range.start.line === 1)!;
    const actions = await client.codeActions(uri, hedge.range, { diagnostics: [hedge] });
    const edited = applyWorkspaceEdit(text, actions.find((action) => action.title === 'Disable hedge for this line')!.edit!, uri);
    assert.equal(edited, 'Rents rose sharply.\nIt may rain tomorrow, <!-- evident-disable-line hedge -->\nand the market may cool.\n');
    const paragraphs = (markdown: string) => fromMarkdown(markdown).children.filter((node) => node.type === 'paragraph').length;
    assert.equal(paragraphs(edited), paragraphs(text), 'the rendered paragraph count is unchanged');
    const after = analyzeDocument(edited, { languageId: 'markdown' }).findings.filter((f) => f.rule === 'hedge');
    assert.deepEqual(
      after.map((f) => edited.slice(0, f.start).split('\n').length - 1),
      [2],
      'only the line with the comment is silenced',
    );
  });

  it('offers to accept only words and short phrases of vocabulary rules, never sources, motives or claims', () => {
    for (const [rule, term] of [
      ['hedge', 'may'],
      ['hedge', 'to some extent'],
      ['booster', 'of course'],
      ['passive-attribution', 'is widely considered'],
    ] as const) {
      assert.ok(isAcceptableTerm(rule, term), `${rule}: ${term}`);
    }
    for (const [rule, term] of [
      ['weasel', 'Some experts say'],
      ['speculation', 'The Kremlin wants to keep'],
      ['unsupported-claim', 'rose'],
      ['hedge', 'it may well be that'],
      ['hedge', 'may.'],
    ] as const) {
      assert.ok(!isAcceptableTerm(rule, term), `${rule}: ${term}`);
    }
  });

  it('offers no in-text disable in plain text, where any comment would show', async () => {
    const uri = 'file:///work/drafts/memo.txt';
    await client.open(uri, 'It may rain tomorrow.\n', 'plaintext');
    const hedge = (await client.diagnosticsFor(uri, 1)).find((d) => d.code === 'hedge')!;
    const actions = await client.codeActions(uri, hedge.range, { diagnostics: [hedge] });
    assert.ok(actions.length > 0);
    assert.ok(!actions.some((action) => action.title.startsWith('Disable')), actions.map((a) => a.title).join(', '));
  });

  it('answers evident/summary with the engine summary of the current version', async () => {
    const version = client.document(URI).version;
    await client.diagnosticsFor(URI, version);
    const summary = await client.request<Record<string, unknown>>('evident/summary', { uri: URI });
    assert.deepEqual(summary, { ...analyzeDocument(DRAFT, { languageId: 'markdown' }).summary, version, truncated: false });
    assert.equal(await client.request('evident/summary', { uri: 'file:///work/drafts/not-open.md' }), null);
  });
});

describe('code actions across client capabilities', () => {
  const FIX_ALL_DRAFT = 'Obviously, the U.S. would not be welcomed.\n\nClearly, the talks will continue.\n';
  const FIX_ALL_URI = 'file:///work/drafts/boosters.md';
  const WEASEL_URI = 'file:///work/drafts/weasel.md';
  const WEASEL_DRAFT = 'Studies show that sanctions rarely work.\n';

  it('fixes all safe findings of a rule at once, as a quick fix and as source.fixAll', async () => {
    const client = await TestClient.start();
    try {
      await client.open(FIX_ALL_URI, FIX_ALL_DRAFT);
      const diagnostics = await client.diagnosticsFor(FIX_ALL_URI, 1);
      const boosters = diagnostics.filter((d) => d.code === 'booster');
      assert.equal(boosters.length, 2);
      const actions = await client.codeActions(FIX_ALL_URI, boosters[0].range, { diagnostics: [boosters[0]] });
      const fixAll = actions.find((action) => action.title === 'Fix all boosters in this document');
      assert.ok(fixAll, JSON.stringify(actions.map((a) => a.title)));
      const fixed = applyWorkspaceEdit(FIX_ALL_DRAFT, fixAll.edit!, FIX_ALL_URI);
      assert.equal(fixed, 'The U.S. would not be welcomed.\n\nThe talks will continue.\n');

      const source = await client.codeActions(FIX_ALL_URI, range(0, 0, 0), { diagnostics: [], only: ['source.fixAll'] });
      assert.deepEqual(
        source.map((action) => [action.title, action.kind]),
        [['Fix all safe Evident findings', 'source.fixAll.evident']],
      );
      assert.equal(applyWorkspaceEdit(FIX_ALL_DRAFT, source[0].edit!, FIX_ALL_URI), fixed);
    } finally {
      await client.stop();
    }
  });

  async function weaselFixActions(client: TestClient): Promise<CodeAction[]> {
    await client.open(WEASEL_URI, WEASEL_DRAFT);
    const weasel = (await client.diagnosticsFor(WEASEL_URI, 1)).find((d) => d.code === 'weasel')!;
    return client.codeActions(WEASEL_URI, weasel.range, { diagnostics: [weasel] });
  }

  it('sends snippet edits to clients that support them, plain edits to others', async () => {
    const rich = await TestClient.start();
    const basic = await TestClient.start({ capabilities: BASIC_CAPABILITIES });
    try {
      const withSnippets = await weaselFixActions(rich);
      const weaselFinding = analyzeDocument(WEASEL_DRAFT, { languageId: 'markdown' }).findings.find((f) => f.rule === 'weasel')!;
      const snippetFix = weaselFinding.fixes.find((fix) => fix.snippetEdits);
      assert.ok(snippetFix, 'the weasel finding has a fix with a snippet (a placeholder for the source)');
      const richAction = withSnippets.find((action) => action.title === snippetFix.title)!;
      const richEdits = (richAction.edit!.documentChanges![0] as { edits: unknown[] }).edits;
      // The engine's edits are offsets into the version the diagnostic was made for.
      const document = TextDocument.create(WEASEL_URI, 'markdown', 1, WEASEL_DRAFT);
      const toRange = (edit: { start: number; end: number }) => ({
        start: document.positionAt(edit.start),
        end: document.positionAt(edit.end),
      });
      assert.deepEqual(
        richEdits,
        snippetFix.snippetEdits!.map((edit) => ({ range: toRange(edit), snippet: { kind: 'snippet', value: edit.newText } })),
      );

      const plain = await weaselFixActions(basic);
      const basicAction = plain.find((action) => action.title === snippetFix.title)!;
      assert.equal(basicAction.edit!.documentChanges, undefined);
      assert.deepEqual(basicAction.edit!.changes, {
        [WEASEL_URI]: snippetFix.edits.map((edit) => ({ range: toRange(edit), newText: edit.newText })),
      });
      assert.doesNotMatch(applyWorkspaceEdit(WEASEL_DRAFT, basicAction.edit!, WEASEL_URI), /\$\{?\d/);
    } finally {
      await Promise.all([rich.stop(), basic.stop()]);
    }
  });

  it('offers no fixes from diagnostics of an older version', async () => {
    const client = await TestClient.start();
    try {
      await client.open(WEASEL_URI, WEASEL_DRAFT);
      const weasel = (await client.diagnosticsFor(WEASEL_URI, 1)).find((d) => d.code === 'weasel')!;
      await client.edit(WEASEL_URI, range(1, 0, 0), '\n');
      assert.deepEqual(await client.codeActions(WEASEL_URI, weasel.range, { diagnostics: [weasel] }), []);
    } finally {
      await client.stop();
    }
  });

  it('uses the LaTeX comment form to disable a rule', async () => {
    const client = await TestClient.start();
    const uri = 'file:///work/drafts/brief.tex';
    try {
      await client.open(uri, '\\section{Outlook}\n  It may rain tomorrow.\n', 'latex');
      const hedge = (await client.diagnosticsFor(uri, 1)).find((d) => d.code === 'hedge');
      assert.ok(hedge);
      assert.deepEqual(hedge.range, range(1, 5, 8));
      const actions = await client.codeActions(uri, hedge.range, { diagnostics: [hedge] });
      const disable = actions.find((action) => action.title === 'Disable hedge for this line')!;
      assert.equal(
        applyWorkspaceEdit(client.document(uri).text, disable.edit!, uri),
        '\\section{Outlook}\n  It may rain tomorrow. % evident-disable-line hedge\n',
      );
    } finally {
      await client.stop();
    }
  });
});

describe('transport', () => {
  it('works over node IPC as the VS Code client starts it', {
    skip: desktopOnly('the web server speaks over postMessage (the worker transport every other test uses), not node IPC'),
  }, async () => {
    const client = await TestClient.start({ transport: 'ipc' });
    try {
      await client.open(URI, 'It may rain tomorrow.\n');
      const diagnostics = await client.diagnosticsFor(URI, 1);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range]),
        [['hedge', range(0, 3, 6)]],
      );
    } finally {
      await client.stop();
    }
  });
});
