// `evident/evidenceMap` over stdio: the Claims & Evidence view, the status bar and the report in
// the editor all read it, so it must count exactly the diagnostics published for its version —
// also while the unsupported claims of a paragraph being typed are held back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { EvidenceMapResult } from '../../server/src/lsp/protocol';
import { TestClient } from './client';

const DRAFT = [
  '# Labour market brief', // 0
  '',
  '## Trends', // 2
  '',
  'Unemployment rose to 7.4% in 2023 [@ons2024]. Wages might possibly recover next year.', // 4
  '',
  'Youth unemployment doubled in 2024.', // 6
  '',
  '## Views', // 8
  '',
  'Studies show that sanctions rarely work. Obviously, the U.S. would not be welcomed.', // 10
  '',
].join('\n');
const URI = 'file:///work/drafts/evidence.md';
const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

function countByRule(diagnostics: Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of diagnostics) counts[String(d.code)] = (counts[String(d.code)] ?? 0) + 1;
  return counts;
}

describe('evident/evidenceMap', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(() => client.stop());

  it('lists the claims by section with their status, counting exactly the published diagnostics', async () => {
    await client.open(URI, DRAFT);
    const diagnostics = await client.diagnosticsFor(URI, 1);
    const result = (await client.request<EvidenceMapResult>('evident/evidenceMap', { uri: URI }))!;
    assert.equal(result.version, 1);
    assert.equal(result.truncated, false);
    // How the document was read travels with the map: the report says it.
    assert.deepEqual(result.reading, { kind: 'argument', kindFrom: 'document', ownAnalysis: false, narrates: false });
    const { map } = result;
    assert.deepEqual(
      map.sections.map((s) => [s.title, s.entries.map((e) => `${e.status}: ${e.text.slice(0, 20)}`)]),
      [
        ['Labour market brief', []],
        ['Trends', ['supported: Unemployment rose to', 'speculative: Wages might possibly', 'unsupported: Youth unemployment d']],
        ['Views', ['vague-source: Studies show that sa', 'flagged: Obviously, the U.S. ']],
      ],
    );
    assert.deepEqual(map.totals.rules, countByRule(diagnostics));
    assert.equal(map.totals.findings, diagnostics.length);
    // Each finding's offsets are its diagnostic's range.
    const located = map.sections.flatMap((s) => s.entries.flatMap((e) => e.findings.map((f) => `${f.rule}@${f.start}`)));
    const lines = DRAFT.split('\n');
    const offsetOf = (d: Diagnostic) => lines.slice(0, d.range.start.line).reduce((n, l) => n + l.length + 1, 0) + d.range.start.character;
    assert.deepEqual(located.sort(), diagnostics.map((d) => `${d.code}@${offsetOf(d)}`).sort());
    // Without the view, only the totals travel: the same totals.
    const totalsOnly = (await client.request<EvidenceMapResult>('evident/evidenceMap', { uri: URI, sections: false }))!;
    assert.deepEqual(totalsOnly.map, { sections: [], totals: map.totals });
    // The summary counts the same.
    const summary = await client.request<{ counts: Record<string, number> }>('evident/summary', { uri: URI });
    assert.deepEqual(summary.counts, map.totals.rules);
  });

  it('follows the published diagnostics: a claim held while its paragraph is typed is not counted, and a citation makes it supported', async () => {
    await client.cursor(URI, 6);
    let mark = client.published.length;
    const version = await client.edit(URI, range(6, 0, 0), 'Sadly, y');
    await client.edit(URI, range(6, 8, 9), '');
    const held = await client.diagnosticsFor(URI, version + 1, { afterIndex: mark });
    assert.ok(!held.some((d) => d.code === 'unsupported-claim' && d.range.start.line === 6), 'the claim being typed waits');
    assert.ok(
      held.some((d) => d.code === 'unsupported-claim' && d.range.start.line === 10),
      'a claim of another paragraph shows',
    );
    let result = (await client.request<EvidenceMapResult>('evident/evidenceMap', { uri: URI }))!;
    assert.equal(result.version, version + 1);
    const trends = () => result!.map.sections[1].entries;
    assert.equal(trends()[2].text, 'Sadly, youth unemployment doubled in 2024.');
    assert.equal(trends()[2].status, 'unsupported');
    assert.equal(trends()[2].needsWork, false);
    assert.deepEqual(result.map.totals.rules, countByRule(held));
    const summary = await client.request<{ counts: Record<string, number> }>('evident/summary', { uri: URI });
    assert.deepEqual(summary.counts, result.map.totals.rules, 'the status bar agrees');

    // The writer adds a citation: the claim is supported.
    mark = client.published.length;
    const cited = await client.edit(URI, range(6, 41, 41), ' [@ons2025]');
    await client.diagnosticsFor(URI, cited, { afterIndex: mark });
    result = (await client.request<EvidenceMapResult>('evident/evidenceMap', { uri: URI }))!;
    assert.equal(trends()[2].text, 'Sadly, youth unemployment doubled in 2024 [@ons2025].');
    assert.equal(trends()[2].status, 'supported');
    assert.equal(result.map.sections[1].counts.supported, 2);
    assert.equal(result.map.sections[1].counts.unsupported, 1);
  });

  it('answers null for a document that is not open', async () => {
    assert.equal(await client.request('evident/evidenceMap', { uri: 'file:///work/drafts/not-open.md' }), null);
  });
});
