// evident.estimativeLanguage: with a probability scale, its words are the required vocabulary (no
// hedge finding), a bare "may" is still flagged, and "State the likelihood" and the hover offer the
// scale's words with their bands; the scales are data (server/src/lsp/data/estimative-scales.json).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TestClient } from './client';
import { allScales, estimativeScale, isScaleTerm } from '../../server/src/lsp/estimative';

const URI = 'file:///work/drafts/estimative.md';
const DRAFT = 'The corridor may reopen by the autumn.\n\nSanctions are likely to fail.\n\nPrices will probably rise.\n';
const found = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code}@${d.range.start.line}`).sort();

async function withClient(settings: unknown, run: (client: TestClient) => Promise<void>): Promise<void> {
  const client = await TestClient.start({ settings });
  try {
    await run(client);
  } finally {
    await client.stop();
  }
}

function snippetOf(action: CodeAction): string {
  const edit = action.edit!.documentChanges![0] as TextDocumentEdit;
  const first = edit.edits[0] as { snippet?: { value: string }; newText?: string };
  return first.snippet?.value ?? first.newText!;
}

describe('estimative language', () => {
  it('the scales are data: each has a name, a source, a note, and terms with a band', () => {
    const raw = JSON.parse(readFileSync('server/src/lsp/data/estimative-scales.json', 'utf8'));
    assert.ok(raw.$note.length > 50);
    assert.deepEqual(
      allScales().map((s) => s.id),
      ['icd203', 'nato', 'uk-yardstick', 'efsa'],
    );
    for (const scale of allScales()) {
      assert.ok(scale.name && scale.source.length > 20 && scale.note.length > 10, scale.id);
      assert.ok(scale.terms.length >= 5, scale.id);
      for (const term of scale.terms) assert.match(term.band, /\d %$/, `${scale.id} ${term.term}`);
      assert.ok(
        scale.terms.some((t) => t.term === 'likely' && t.adjective === 'likely'),
        `${scale.id} has "likely"`,
      );
    }
    assert.ok(isScaleTerm(estimativeScale('icd203')!, 'Highly  probable'));
    assert.ok(!isScaleTerm(estimativeScale('icd203')!, 'may'));
  });

  it('off (the default): "likely" and "probably" are hedges, the fix says "about 70 %"', () =>
    withClient({}, async (client) => {
      await client.open(URI, DRAFT);
      const diagnostics = await client.diagnosticsFor(URI, 1);
      assert.deepEqual(found(diagnostics), ['hedge@0', 'hedge@2', 'hedge@4']);
      const may = diagnostics.find((d) => d.range.start.line === 0)!;
      const titles = (await client.codeActions(URI, may.range, { diagnostics: [may] })).map((a) => a.title);
      assert.ok(titles.includes('State the likelihood: "is likely (about 70 %) to reopen"'), titles.join(' | '));
    }));

  it('ICD 203: its words are not flagged, "may" is, and the fix and hover offer its words with their bands', () =>
    withClient({ estimativeLanguage: 'icd203' }, async (client) => {
      await client.open(URI, DRAFT);
      const diagnostics = await client.diagnosticsFor(URI, 1);
      // "likely" and "probably" are ICD 203's own words for 55–80 %.
      assert.deepEqual(found(diagnostics), ['hedge@0']);
      const may = diagnostics[0];
      const actions = await client.codeActions(URI, may.range, { diagnostics: [may] });
      const state = actions.find((a) => a.title.startsWith('State the likelihood'));
      assert.equal(state?.title, 'State the likelihood: "is likely (55–80 %) to reopen"');
      assert.equal(
        snippetOf(state!),
        'is ${1|likely (55–80 %),very unlikely (5–20 %),unlikely (20–45 %),very likely (80–95 %),almost certain (95–99 %)|} to',
      );
      const hover = await client.hover(URI, { line: 0, character: 14 });
      const text = (hover!.contents as { value: string }).value;
      assert.ok(
        text.includes(
          'Say how likely, in ICD 203 terms: almost no chance (1–5 %) · very unlikely (5–20 %) · unlikely (20–45 %) · roughly even chance (45–55 %) · likely (55–80 %) · very likely (80–95 %) · almost certain (95–99 %)',
        ),
        text,
      );
      // The status bar counts what is flagged: one hedge.
      const summary = await client.request<{ counts: Record<string, number> }>('evident/summary', { uri: URI });
      assert.equal(summary.counts.hedge, 1);
    }));

  it('NATO: "probably" is not its word, so it stays flagged and the fix puts "likely (60–90 %)" in its place', () =>
    withClient({ estimativeLanguage: 'nato' }, async (client) => {
      await client.open(URI, DRAFT);
      const diagnostics = await client.diagnosticsFor(URI, 1);
      assert.deepEqual(found(diagnostics), ['hedge@0', 'hedge@4']);
      const probably = diagnostics.find((d) => d.range.start.line === 4)!;
      const state = (await client.codeActions(URI, probably.range, { diagnostics: [probably] })).find((a) =>
        a.title.startsWith('State the likelihood'),
      )!;
      assert.equal(state.title, 'State the likelihood: "likely (60–90 %)"');
      const edit = (state.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as unknown as {
        range: unknown;
        snippet: { value: string };
      };
      assert.deepEqual(edit.range, probably.range, 'replaces "probably" itself');
      assert.equal(edit.snippet.value, '${1|likely (60–90 %),highly likely (more than 90 %)|}');
    }));

  it('an unknown scale is one warning naming the setting, and off applies', () =>
    withClient({ estimativeLanguage: 'cia' }, async (client) => {
      await client.open(URI, DRAFT);
      assert.deepEqual(found(await client.diagnosticsFor(URI, 1)), ['hedge@0', 'hedge@2', 'hedge@4']);
      await client.waitFor(() => client.warnings.length > 0, 5_000, 'a warning');
      assert.deepEqual(
        client.warnings.map((w) => w.message),
        ['Evident settings: evident.estimativeLanguage: expected one of off|icd203|nato|uk-yardstick|efsa, got "cia"; using "off".'],
      );
    }));
});
