// A long draft through the real server: its cold analysis runs in steps, so another
// document's hover is answered meanwhile; it shows window/workDoneProgress; and a
// keystroke in it publishes the engine's findings for the new version.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/engine/index';
import { TestClient } from './client';

const SMALL_URI = 'file:///work/drafts/note.md';
const SMALL = 'It may rain tomorrow.\n';
const LARGE_URI = 'file:///work/drafts/long-report.md';

/** About `words` words of distinct paragraphs (nothing cached), with hedges, claims and citations among them. */
function longDraft(words: number): string {
  const subjects = [
    'The ministry',
    'Regional output',
    'The central bank',
    'Household debt',
    'Export volume',
    'The committee',
    'Public spending',
    'Energy demand',
  ];
  const verbs = ['rose', 'may fall', 'could stabilise', 'declined', 'will probably recover', 'increased', 'remained flat', 'might double'];
  const tails = [
    'in the northern provinces',
    'over the last decade',
    'according to the ONS',
    'since the reform [@ons2024]',
    'after the election',
    'under the new rules',
  ];
  const paragraphs: string[] = [];
  let count = 0;
  for (let p = 0; count < words; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) {
      const n = p * 5 + s;
      sentences.push(
        `${subjects[n % subjects.length]} ${verbs[(n * 7) % verbs.length]} by ${(n % 97) + 1}.${n % 10}% ${tails[(n * 3) % tails.length]} in case ${n}.`,
      );
    }
    const paragraph = p % 25 === 0 ? `## Section ${p / 25 + 1}\n\n${sentences.join(' ')}` : sentences.join(' ');
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return `# Long report\n\n${paragraphs.join('\n\n')}\n`;
}

const rangeOf = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

describe('a long draft in the server', () => {
  // Large enough that its cold analysis outlasts a hover round trip by seconds, even on a fast, quiet
  // machine: 200,000 words now take about 0.6 s, barely past the progress threshold, so 600,000 (with
  // the size limit raised to hold them).
  const LARGE = longDraft(600_000);
  let client: TestClient;
  const progress: Array<{ token: unknown; kind: string; title?: string; percentage?: number }> = [];

  before(async () => {
    client = await TestClient.start({ settings: { maxDocumentSize: 10_000_000 } });
    client.connection.onNotification(
      '$/progress',
      (params: { token: unknown; value: { kind: string; title?: string; percentage?: number } }) => {
        progress.push({ token: params.token, ...params.value });
      },
    );
    await client.open(SMALL_URI, SMALL);
    await client.diagnosticsFor(SMALL_URI, 1);
  });

  after(() => client.stop());

  it('answers a hover on another document while the long one is analysed, and shows progress', async () => {
    await client.open(LARGE_URI, LARGE);
    // Progress begins once the analysis has run for half a second: it is under way.
    await client.waitFor(() => progress.some((p) => p.kind === 'begin'), 120_000, 'progress to begin');
    const hover = await client.hover(SMALL_URI, { line: 0, character: 4 });
    const largePublishedBeforeHover = client.published.some((p) => p.uri === LARGE_URI);
    assert.ok(hover, 'the small document is hovered');
    assert.equal(largePublishedBeforeHover, false, 'the hover was answered before the long analysis finished');

    const diagnostics = await client.diagnosticsFor(LARGE_URI, 1, { timeoutMs: 120_000 });
    const begin = progress.find((p) => p.kind === 'begin')!;
    assert.equal(begin.title, 'Evident');
    await client.waitFor(() => progress.some((p) => p.kind === 'end' && p.token === begin.token), 10_000, 'progress to end');
    const reports = progress.filter((p) => p.kind === 'report' && p.token === begin.token).map((p) => p.percentage!);
    assert.ok(
      reports.length > 0 && reports.every((value, i) => value >= 0 && value <= 100 && (i === 0 || value >= reports[i - 1])),
      `percentages ${reports}`,
    );
    assert.equal(diagnostics.length, analyze(LARGE, { languageId: 'markdown' }).length);
  });

  it('publishes exactly the engine findings after a keystroke in the long draft', async () => {
    const line = LARGE.split('\n').findIndex((l) => l.startsWith('Energy demand'));
    const version = await client.edit(
      LARGE_URI,
      { start: { line, character: 0 }, end: { line, character: 0 } },
      'Obviously, the U.S. would not be welcomed.\n\n',
    );
    const diagnostics = await client.diagnosticsFor(LARGE_URI, version, { timeoutMs: 60_000 });
    const edited = client.document(LARGE_URI).text;
    const expected = analyze(edited, { languageId: 'markdown' });
    assert.equal(diagnostics.length, expected.length);
    const booster = diagnostics.find((d) => d.code === 'booster' && d.range.start.line === line);
    assert.ok(booster, 'the new booster is flagged');
    assert.equal(rangeOf(booster), `${line}:0-${line}:9`);
  });
});
