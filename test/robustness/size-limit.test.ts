// Documents above evident.maxDocumentSize: a clear notice naming the file and the limit, and
// diagnostics for the part that was checked — never a silent skip.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine';
import { TestClient } from '../lsp/client';

const DEFAULT_LIMIT = 2_000_000;
const CLEAN_LINE = 'The committee met on Tuesday and agreed the agenda.\n';

/** Starts and ends with a hedge; the one at the end lies beyond `limit`. */
function oversized(limit: number): string {
  const head = 'It may rain tomorrow.\n\n';
  const body = CLEAN_LINE.repeat(Math.ceil(limit / CLEAN_LINE.length));
  return `${head}${body}\nObviously, the U.S. would not be welcomed.\n`;
}

const brief = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);

describe('documents above the size limit', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ settings: {} });
  });
  after(() => client.stop());

  it('checks the first 2,000,000 characters of a larger open document and says so once', async () => {
    const uri = 'file:///work/drafts/very%20long%20report.md';
    const text = oversized(DEFAULT_LIMIT);
    assert.ok(text.length > DEFAULT_LIMIT);
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, 1, { timeoutMs: 60_000 });
    // The hedge at the top is found; the booster past the limit is not.
    assert.deepEqual(brief(diagnostics), [['hedge', 0, 3, 0, 6]]);
    assert.deepEqual(
      client.infos.map((m) => m.message),
      [
        `Evident: very long report.md has ${text.length.toLocaleString('en-US')} characters, more than evident.maxDocumentSize (2,000,000). ` +
          'Only the first 2,000,000 characters are checked.',
      ],
    );
    const summary = await client.request<{ truncated: boolean; version: number }>('evident/summary', { uri });
    assert.deepEqual([summary.truncated, summary.version], [true, 1]);
    await client.close(uri);
  });

  it('with a lower limit, publishes exactly what the engine finds in the part that fits', async () => {
    const uri = 'file:///work/drafts/limited.md';
    const limit = 5_000;
    await client.changeSettings({ maxDocumentSize: limit });
    const text = `Studies show that sanctions rarely work.\n\n${CLEAN_LINE.repeat(80)}It may rain tomorrow.\n\n${CLEAN_LINE.repeat(100)}Obviously, the plan failed.\n`;
    const infos = client.infos.length;
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const checked = text.slice(0, text.lastIndexOf('\n', limit));
    const document = TextDocument.create(uri, 'markdown', 1, text);
    const expected = analyze(checked, { languageId: 'markdown' }).map((f) => {
      const start = document.positionAt(f.start);
      const end = document.positionAt(f.end);
      return [f.rule, start.line, start.character, end.line, end.character];
    });
    assert.deepEqual(brief(diagnostics), expected);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['weasel', 'unsupported-claim', 'hedge'],
    );
    assert.equal(client.infos.length, infos + 1);
    assert.equal(
      client.infos.at(-1)!.message,
      `Evident: limited.md has ${text.length.toLocaleString('en-US')} characters, more than evident.maxDocumentSize (5,000). Only the first 5,000 characters are checked.`,
    );
    await client.close(uri);
  });

  it('tells about a workspace file above the limit too, instead of checking part of it silently', async () => {
    const limit = 5_000;
    await client.changeSettings({ maxDocumentSize: limit });
    const uri = 'file:///work/drafts/closed-long.md';
    const text = `It may rain tomorrow.\n\n${CLEAN_LINE.repeat(200)}Obviously, the plan failed.\n`;
    const infos = client.infos.length;
    const mark = client.published.length;
    const result = await client.request('evident/analyzeFiles', { files: [{ uri, languageId: 'markdown', text }] });
    assert.deepEqual(result, { analyzed: 1, findings: 1, skipped: 0 });
    assert.deepEqual(brief(await client.diagnosticsFor(uri, undefined, { afterIndex: mark })), [['hedge', 0, 3, 0, 6]]);
    assert.deepEqual(
      client.infos.slice(infos).map((m) => m.message),
      [
        `Evident: closed-long.md has ${text.length.toLocaleString('en-US')} characters, more than evident.maxDocumentSize (5,000). Only the first 5,000 characters are checked.`,
      ],
    );
  });
});
