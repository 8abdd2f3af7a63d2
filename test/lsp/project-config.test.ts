// .evident.json in the editor: found upward from the document (never above the workspace folder),
// it wins over the editor's settings, its ignore entries silence exactly one finding by sentence
// text, it is re-read when it changes, and "Ignore this finding (project file)" writes to it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CreateFile, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, TestClient } from './client';

const DRAFT = 'It may rain tomorrow.\n\nIt may snow as\nwell.\n\nObviously, the plan failed.\n';
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code}@${d.range.start.line}`).sort();

describe('project file (.evident.json)', () => {
  let dir: string;
  let workspace: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'evident-lsp-project-'));
    mkdirSync(join(dir, 'ws', 'project', 'deep'), { recursive: true });
    mkdirSync(join(dir, 'ws', 'plain'), { recursive: true });
    workspace = pathToFileURL(join(dir, 'ws')).href;
    // Above the workspace folder: never read.
    writeFileSync(join(dir, '.evident.json'), JSON.stringify({ rules: { booster: 'off' } }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const uriOf = (path: string) => pathToFileURL(join(dir, 'ws', path)).href;

  async function withClient(run: (client: TestClient) => Promise<void>, settings: unknown = {}): Promise<void> {
    const client = await TestClient.start({ settings, workspaceFolder: workspace });
    try {
      await run(client);
    } finally {
      await client.stop();
    }
  }

  it('wins over the editor settings for its folder, and is not looked for above the workspace folder', async () => {
    writeFileSync(join(dir, 'ws', 'project', '.evident.json'), JSON.stringify({ rules: { hedge: 'off' }, claimStrictness: 'lenient' }));
    await withClient(
      async (client) => {
        const inside = uriOf('project/deep/a.md');
        const outside = uriOf('plain/a.md');
        await client.open(inside, DRAFT);
        await client.open(outside, DRAFT);
        // The editor says hedge: error; the project file says off. Booster stays on (the file above the workspace is not read).
        assert.deepEqual(codes(await client.diagnosticsFor(inside, 1)), ['booster@5']);
        assert.deepEqual(codes(await client.diagnosticsFor(outside, 1)), ['booster@5', 'hedge@0', 'hedge@2']);
      },
      { rules: { hedge: 'error' } },
    );
  });

  it('an ignore entry silences exactly that finding, also after an edit elsewhere, and a change to the file is picked up', async () => {
    const file = join(dir, 'ws', 'project', '.evident.json');
    writeFileSync(file, JSON.stringify({ ignore: [{ rule: 'hedge', sentence: 'It may snow as well.' }] }));
    await withClient(async (client) => {
      const uri = uriOf('project/deep/b.md');
      await client.open(uri, DRAFT);
      assert.deepEqual(codes(await client.diagnosticsFor(uri, 1)), ['booster@5', 'hedge@0']);
      // The summary (status bar) counts what is flagged, not what was ignored.
      const summary = await client.request<{ counts: Record<string, number> }>('evident/summary', { uri });
      assert.equal(summary.counts.hedge, 1);
      // An edit elsewhere moves the sentence; its text is unchanged, so it stays ignored.
      const mark = client.published.length;
      const version = await client.edit(
        uri,
        { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        'A new opening line.\n\n',
      );
      assert.deepEqual(codes(await client.diagnosticsFor(uri, version, { afterIndex: mark })), ['booster@7', 'hedge@2']);
      // The file changes on disk: the client's watcher tells the server.
      writeFileSync(file, JSON.stringify({ ignore: [{ rule: 'booster', sentence: 'Obviously,  the plan failed.' }] }));
      const mark2 = client.published.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(file).href, type: 2 }],
      });
      assert.deepEqual(codes(await client.diagnosticsFor(uri, version, { afterIndex: mark2 })), ['hedge@2', 'hedge@4']);
    });
  });

  it('a broken file gives one warning naming it, and the rest works with the editor settings', async () => {
    writeFileSync(join(dir, 'ws', 'project', '.evident.json'), '{ "rules": ');
    await withClient(async (client) => {
      const uri = uriOf('project/deep/c.md');
      await client.open(uri, DRAFT);
      assert.deepEqual(codes(await client.diagnosticsFor(uri, 1)), ['booster@5', 'hedge@0', 'hedge@2']);
      await client.waitFor(() => client.warnings.length > 0, 5_000, 'a warning');
      assert.equal(client.warnings.length, 1);
      assert.match(client.warnings[0].message, /project\/\.evident\.json: not valid JSON .*; the file is ignored\./);
      // The quick fix does not overwrite a file it cannot read as JSON.
      const hedge = (await client.diagnosticsFor(uri, 1)).find((d) => d.code === 'hedge')!;
      const titles = (await client.codeActions(uri, hedge.range, { diagnostics: [hedge] })).map((a) => a.title);
      assert.ok(!titles.includes('Ignore this finding (project file)'), titles.join(', '));
    });
  });

  it('"Ignore this finding (project file)" adds {rule, sentence} to the nearest file, or creates one in the workspace folder', async () => {
    const file = join(dir, 'ws', 'project', '.evident.json');
    writeFileSync(file, JSON.stringify({ rules: { booster: 'hint' } }, null, 2));
    await withClient(async (client) => {
      const uri = uriOf('project/deep/d.md');
      await client.open(uri, DRAFT);
      const diagnostics = await client.diagnosticsFor(uri, 1);
      const hedge = diagnostics.find((d) => d.code === 'hedge' && d.range.start.line === 2)!;
      const actions = await client.codeActions(uri, hedge.range, { diagnostics: [hedge] });
      const ignore = actions.find((a) => a.title === 'Ignore this finding (project file)');
      assert.ok(ignore, actions.map((a) => a.title).join(', '));
      const change = ignore.edit!.documentChanges![0] as TextDocumentEdit;
      assert.equal(change.textDocument.uri, pathToFileURL(file).href);
      const written = JSON.parse(applyTextEdits(JSON.stringify({ rules: { booster: 'hint' } }, null, 2), change.edits as never));
      // The sentence's text as the server read it, whitespace folded; the other keys kept.
      assert.deepEqual(written, { rules: { booster: 'hint' }, ignore: [{ rule: 'hedge', sentence: 'It may snow as well.' }] });

      // No project file on the way up to the workspace folder: one is created there.
      const plain = uriOf('plain/d.md');
      await client.open(plain, DRAFT);
      const booster = (await client.diagnosticsFor(plain, 1)).find((d) => d.code === 'booster')!;
      const created = (await client.codeActions(plain, booster.range, { diagnostics: [booster] })).find(
        (a) => a.title === 'Ignore this finding (project file)',
      )!;
      const [create, insert] = created.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
      assert.equal(create.kind, 'create');
      assert.equal(create.uri, `${workspace}/.evident.json`);
      assert.deepEqual(JSON.parse(applyTextEdits('', insert.edits as never)), {
        ignore: [{ rule: 'booster', sentence: 'Obviously, the plan failed.' }],
      });
    });
  });

  it('"Ignore this finding in this document only" and "Ignore all … in this document" write the document\'s own section, which silences that document alone', async () => {
    const file = join(dir, 'ws', 'project', '.evident.json');
    const before = JSON.stringify({ rules: { booster: 'information' } }, null, 2);
    writeFileSync(file, before);
    await withClient(async (client) => {
      const uri = uriOf('project/deep/e.md');
      const sibling = uriOf('project/deep/f.md');
      await client.open(uri, DRAFT);
      await client.open(sibling, DRAFT);
      const diagnostics = await client.diagnosticsFor(uri, 1);
      await client.diagnosticsFor(sibling, 1);
      const hedge = diagnostics.find((d) => d.code === 'hedge' && d.range.start.line === 2)!;
      const actions = await client.codeActions(uri, hedge.range, { diagnostics: [hedge] });
      const textOf = (title: string) => {
        const action = actions.find((a) => a.title === title);
        assert.ok(action, `"${title}" among ${actions.map((a) => a.title).join(', ')}`);
        const change = action.edit!.documentChanges![0] as TextDocumentEdit;
        assert.equal(change.textDocument.uri, pathToFileURL(file).href);
        return applyTextEdits(before, change.edits as never);
      };
      // Keyed by the path from the file's folder; the sentence as the server read it, whitespace folded.
      const one = textOf('Ignore this finding in this document only');
      assert.deepEqual(JSON.parse(one), {
        rules: { booster: 'information' },
        documents: { 'deep/e.md': { ignore: [{ rule: 'hedge', sentence: 'It may snow as well.' }] } },
      });
      const all = textOf('Ignore all hedges in this document');
      assert.deepEqual(JSON.parse(all), { rules: { booster: 'information' }, documents: { 'deep/e.md': { rules: { hedge: 'off' } } } });

      // Written to disk (as the editor saves it): only e.md loses that hedge; f.md, same text, keeps it.
      writeFileSync(file, one);
      let mark = client.published.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(file).href, type: 2 }],
      });
      assert.deepEqual(codes(await client.diagnosticsFor(uri, 1, { afterIndex: mark })), ['booster@5', 'hedge@0']);
      assert.deepEqual(codes(await client.diagnosticsFor(sibling, 1, { afterIndex: mark })), ['booster@5', 'hedge@0', 'hedge@2']);
      writeFileSync(file, all);
      mark = client.published.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(file).href, type: 2 }],
      });
      assert.deepEqual(codes(await client.diagnosticsFor(uri, 1, { afterIndex: mark })), ['booster@5']);
      assert.deepEqual(codes(await client.diagnosticsFor(sibling, 1, { afterIndex: mark })), ['booster@5', 'hedge@0', 'hedge@2']);
    });
  });

  it('a source action says what kind of document this is, in its own section: guidance drops its modals of what can happen; then it offers the way back', async () => {
    const file = join(dir, 'ws', 'project', '.evident.json');
    const before = JSON.stringify({ rules: { booster: 'information' } }, null, 2);
    writeFileSync(file, before);
    await withClient(async (client) => {
      const uri = uriOf('project/deep/k.md');
      await client.open(uri, DRAFT);
      assert.deepEqual(codes(await client.diagnosticsFor(uri, 1)), ['booster@5', 'hedge@0', 'hedge@2']);
      const start = { line: 0, character: 0 };
      const sourceActions = () => client.codeActions(uri, { start, end: start }, { diagnostics: [], only: ['source'] });
      const offered = (await sourceActions()).filter((a) => a.kind === 'source.evident.documentKind');
      assert.deepEqual(
        offered.map((a) => a.title),
        ['Read this document as guidance: modals of what can happen are no hedges (project file)'],
      );
      const change = offered[0].edit!.documentChanges![0] as TextDocumentEdit;
      assert.equal(change.textDocument.uri, pathToFileURL(file).href);
      const written = applyTextEdits(before, change.edits as never);
      assert.deepEqual(JSON.parse(written), {
        rules: { booster: 'information' },
        documents: { 'deep/k.md': { documentKind: 'guidance' } },
      });
      // A lightbulb request (no "only") and a quick-fix request offer no such action.
      const hedge = (await client.diagnosticsFor(uri, 1)).find((d) => d.code === 'hedge')!;
      const quickFixes = await client.codeActions(uri, hedge.range, { diagnostics: [hedge] });
      assert.ok(quickFixes.every((a) => a.kind !== 'source.evident.documentKind'));

      writeFileSync(file, written);
      const mark = client.published.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(file).href, type: 2 }],
      });
      assert.deepEqual(codes(await client.diagnosticsFor(uri, 1, { afterIndex: mark })), ['booster@5']);
      assert.deepEqual(
        (await sourceActions()).filter((a) => a.kind === 'source.evident.documentKind').map((a) => a.title),
        [
          'Read this document as an argument: its modals are hedges (project file)',
          'Let the document decide whether it is guidance (project file)',
        ],
      );
    });
  });

  it('for the VS Code client (projectFileCommand), project-file fixes run evident.editProjectFile and accept-term knows the document', async () => {
    const file = join(dir, 'ws', 'project', '.evident.json');
    writeFileSync(file, '{}');
    const client = await TestClient.start({ workspaceFolder: workspace, initializationOptions: { projectFileCommand: true } });
    try {
      const uri = uriOf('project/deep/g.md');
      await client.open(uri, DRAFT);
      const hedge = (await client.diagnosticsFor(uri, 1)).find((d) => d.code === 'hedge' && d.range.start.line === 0)!;
      const actions = await client.codeActions(uri, hedge.range, { diagnostics: [hedge] });
      const commandOf = (title: string) => actions.find((a) => a.title === title)?.command;
      const fileUri = pathToFileURL(file).href;
      assert.deepEqual(commandOf('Ignore this finding in this document only'), {
        title: 'Ignore this finding in this document only',
        command: 'evident.editProjectFile',
        arguments: [{ file: fileUri, change: { kind: 'ignore', rule: 'hedge', sentence: 'It may rain tomorrow.', document: 'deep/g.md' } }],
      });
      assert.deepEqual(commandOf('Ignore this finding (project file)')?.arguments, [
        { file: fileUri, change: { kind: 'ignore', rule: 'hedge', sentence: 'It may rain tomorrow.' } },
      ]);
      assert.deepEqual(commandOf('Ignore all hedges in this document')?.arguments, [
        { file: fileUri, change: { kind: 'ruleOff', rule: 'hedge', document: 'deep/g.md' } },
      ]);
      assert.ok(
        actions.every((a) => !a.title.startsWith('Ignore') || a.edit === undefined),
        'no workspace edit VS Code would leave unsaved',
      );
      assert.deepEqual(commandOf("Add 'may' to accepted terms…")?.arguments, ['may', { file: fileUri, document: 'deep/g.md' }]);
    } finally {
      await client.stop();
    }
  });
});
