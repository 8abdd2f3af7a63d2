// Document lifecycle: debounced edits, outdated versions discarded, close, per-document toggle,
// oversized documents, and analysis of files that are not open.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient } from './client';

const URI = 'file:///work/drafts/lifecycle.md';
const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
const codes = (diagnostics: { code?: unknown }[]) => diagnostics.map((d) => d.code);

describe('document lifecycle', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(() => client.stop());

  it('debounces quick edits: only the last version is analysed and published', async () => {
    // Long enough that the three edits below always land within one debounce window, even on a loaded machine.
    await client.changeSettings({ debounceMs: 1000 });
    await client.open(URI, 'The plan works.\n');
    assert.deepEqual(await client.diagnosticsFor(URI, 1), []);
    const mark = client.published.length;
    await client.edit(URI, range(0, 9, 9), 'may ');
    await client.edit(URI, range(0, 13, 18), 'work');
    const last = await client.edit(URI, range(0, 0, 8), 'It');
    assert.equal(client.document(URI).text, 'It may work.\n');
    const diagnostics = await client.diagnosticsFor(URI, last, { afterIndex: mark });
    assert.deepEqual(codes(diagnostics), ['hedge']);
    assert.deepEqual(diagnostics[0].range, range(0, 3, 6));
    assert.deepEqual(
      client.published.slice(mark).map((p) => p.version),
      [last],
    );
    const summary = await client.request<{ version: number }>('evident/summary', { uri: URI });
    assert.equal(summary.version, last);
    await client.changeSettings({});
  });

  it('clears diagnostics when a document closes', async () => {
    const mark = client.published.length;
    await client.close(URI);
    assert.deepEqual(await client.diagnosticsFor(URI, undefined, { afterIndex: mark }), []);
    assert.equal(await client.request('evident/summary', { uri: URI }), null);
  });

  it('toggles Evident for one document: diagnostics dropped, then recomputed', async () => {
    const TOGGLE_URI = 'file:///work/drafts/toggle.md';
    await client.open(TOGGLE_URI, 'It may rain tomorrow.\n');
    assert.deepEqual(codes(await client.diagnosticsFor(TOGGLE_URI, 1)), ['hedge']);
    let mark = client.published.length;
    assert.deepEqual(await client.request('evident/toggleDocument', { uri: TOGGLE_URI }), { enabled: false });
    assert.deepEqual(await client.diagnosticsFor(TOGGLE_URI, 1, { afterIndex: mark }), []);
    assert.equal(await client.request('evident/summary', { uri: TOGGLE_URI }), null);

    // Edits to a disabled document stay quiet.
    mark = client.published.length;
    const version = await client.edit(TOGGLE_URI, range(0, 0, 0), 'Perhaps. ');
    assert.deepEqual(await client.diagnosticsFor(TOGGLE_URI, version, { afterIndex: mark }), []);

    mark = client.published.length;
    assert.deepEqual(await client.request('evident/toggleDocument', { uri: TOGGLE_URI }), { enabled: true });
    const back = await client.diagnosticsFor(TOGGLE_URI, version, { afterIndex: mark });
    assert.ok(codes(back).includes('hedge'), JSON.stringify(back));
    await client.close(TOGGLE_URI);
  });

  it('holds the unsupported claims of the paragraph being typed until the cursor leaves it or typing pauses', async () => {
    const uri = 'file:///work/drafts/typing.md';
    const text = 'Unemployment rose to 7.4% in 2023.\n\nExports fell by 18% in the first quarter of 2025.\n';
    await client.open(uri, text);
    const claimLines = (diagnostics: { code?: unknown; range: { start: { line: number } } }[]) =>
      diagnostics.filter((d) => d.code === 'unsupported-claim').map((d) => d.range.start.line);
    assert.deepEqual(claimLines(await client.diagnosticsFor(uri, 1)), [0, 2], 'opening shows everything');

    // Typing in the first paragraph: its claim waits, the other paragraph's does not.
    await client.cursor(uri, 0);
    let mark = client.published.length;
    const version = await client.edit(uri, range(0, 0, 0), 'In London, u');
    await client.edit(uri, range(0, 12, 13), '');
    const typed = await client.diagnosticsFor(uri, version + 1, { afterIndex: mark });
    assert.deepEqual(claimLines(typed), [2]);

    // The cursor leaves the paragraph: its claim shows at once.
    mark = client.published.length;
    await client.cursor(uri, 2);
    assert.deepEqual(claimLines(await client.diagnosticsFor(uri, version + 1, { afterIndex: mark })), [0, 2]);

    // Typing again, and pausing: the claim shows once typing has paused for the hold time.
    await client.cursor(uri, 0);
    mark = client.published.length;
    const again = await client.edit(uri, range(0, 0, 0), 'So ');
    assert.deepEqual(claimLines(await client.diagnosticsFor(uri, again, { afterIndex: mark })), [2]);
    mark = client.published.length;
    const started = Date.now();
    assert.deepEqual(claimLines(await client.diagnosticsFor(uri, again, { afterIndex: mark })), [0, 2]);
    assert.ok(Date.now() - started > 1_000, 'shown after a pause, not at once');
    await client.close(uri);
  });

  it('a restarted server leaves alone the documents the client says were turned off', async () => {
    const restarted = await TestClient.start({ initializationOptions: { disabledDocuments: ['file:///work/drafts/off.md', 42] } });
    try {
      await restarted.open('file:///work/drafts/off.md', 'It may rain tomorrow.\n');
      await restarted.open('file:///work/drafts/on.md', 'It may rain tomorrow.\n');
      assert.deepEqual(codes(await restarted.diagnosticsFor('file:///work/drafts/on.md', 1)), ['hedge']);
      assert.deepEqual(await restarted.diagnosticsFor('file:///work/drafts/off.md', 1), []);
      assert.deepEqual(await restarted.request('evident/toggleDocument', { uri: 'file:///work/drafts/off.md' }), { enabled: true });
    } finally {
      await restarted.stop();
    }
  });

  it('checks only the first part of an oversized document and says so once', async () => {
    const LARGE_URI = 'file:///work/drafts/large.md';
    const limit = 40;
    await client.changeSettings({ maxDocumentSize: limit });
    const text = 'It may rain tomorrow.\n\nIt may snow on Sunday as well, they say.\n';
    await client.open(LARGE_URI, text);
    const diagnostics = await client.diagnosticsFor(LARGE_URI, 1);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range]),
      [['hedge', range(0, 3, 6)]],
    );
    const version = await client.edit(LARGE_URI, range(0, 0, 0), 'Today. ');
    await client.diagnosticsFor(LARGE_URI, version);
    assert.deepEqual(
      client.infos.map((m) => m.message),
      [
        `Evident: large.md has ${text.length} characters, more than evident.maxDocumentSize (${limit}). Only the first ${limit} characters are checked.`,
      ],
    );
    const summary = await client.request<{ truncated: boolean }>('evident/summary', { uri: LARGE_URI });
    assert.equal(summary.truncated, true);
    await client.close(LARGE_URI);
    await client.changeSettings({});
  });

  it('analyses files that are not open and publishes their diagnostics', async () => {
    const mark = client.published.length;
    const result = await client.request('evident/analyzeFiles', {
      files: [
        { uri: 'file:///work/drafts/a.md', languageId: 'markdown', text: 'It may rain tomorrow.\n' },
        { uri: 'file:///work/drafts/b.md', languageId: 'markdown', text: 'Member States may submit comments by 30 June.\n' },
        { uri: 'file:///work/drafts/c.py', languageId: 'python', text: '# It may rain tomorrow.\n' },
      ],
    });
    assert.deepEqual(result, { analyzed: 2, findings: 1, skipped: 1 });
    const a = await client.diagnosticsFor('file:///work/drafts/a.md', undefined, { afterIndex: mark });
    assert.deepEqual(
      a.map((d) => [d.code, d.range]),
      [['hedge', range(0, 3, 6)]],
    );
    assert.deepEqual(await client.diagnosticsFor('file:///work/drafts/b.md', undefined, { afterIndex: mark }), []);
    assert.equal(
      client.published.slice(mark).some((p) => p.uri.endsWith('c.py')),
      false,
    );
  });

  it('counts for Analyze Workspace only the findings the Problems view lists, not hints', async () => {
    await client.changeSettings({ rules: { hedge: 'hint' } });
    const result = await client.request('evident/analyzeFiles', {
      files: [{ uri: 'file:///work/drafts/hinted.md', languageId: 'markdown', text: 'It may rain tomorrow. Obviously, it will.\n' }],
    });
    assert.deepEqual(result, { analyzed: 1, findings: 1, skipped: 0 }, 'the booster counts, the hedge shown as a hint does not');
    await client.changeSettings({});
  });
});

describe('outdated results', () => {
  it('discards an analysis whose document changed while its settings were fetched', async () => {
    const client = await TestClient.start();
    try {
      client.configurationDelayMs = 300;
      await client.open(URI, 'It may rain tomorrow.\n');
      // Version 2 arrives while the server still waits for the settings of version 1.
      await client.waitFor(() => client.configurationRequests === 1, 5_000, 'the configuration request');
      const version = await client.edit(URI, range(0, 3, 6), 'will');
      assert.deepEqual(await client.diagnosticsFor(URI, version), []);
      assert.deepEqual(
        client.published.filter((p) => p.uri === URI).map((p) => p.version),
        [version],
      );
    } finally {
      await client.stop();
    }
  });
});
