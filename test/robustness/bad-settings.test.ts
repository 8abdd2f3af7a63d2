// Settings of the wrong type or with unknown rule ids, sent to the real server: exactly one warning
// per problem naming the setting, defaults kept for what was wrong, valid parts still applied.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from '../lsp/client';
import { RULE_IDS } from '../../server/src/engine/types';

const DRAFT = 'It may rain tomorrow.\n\nObviously, the U.S. would not be welcomed.\n\nStudies show that sanctions rarely work.\n';
const URIS = ['file:///work/drafts/bad-settings-a.md', 'file:///work/drafts/bad-settings-b.md'];
const RULES = RULE_IDS.join(', ');
const { Information, Warning, Error } = DiagnosticSeverity;
/** Each rule at its default severity, as published for DRAFT. */
const DEFAULTS: [string, DiagnosticSeverity][] = [
  ['booster', Information],
  ['hedge', Information],
  ['unsupported-claim', Warning],
  ['weasel', Warning],
];

const CASES: { settings: unknown; warnings: string[]; diagnostics?: [string, DiagnosticSeverity][] }[] = [
  {
    settings: { rules: 'loud' },
    warnings: ['evident.rules: expected an object mapping rule ids to severities, got "loud"; using defaults.'],
  },
  {
    settings: { rules: { hedge: 7, nosuch: 'warning' } },
    warnings: [
      'evident.rules.hedge: expected one of off|hint|information|warning|error, got number 7; using the default.',
      `evident.rules.nosuch: unknown rule id (known: ${RULES}); ignored.`,
    ],
  },
  { settings: { acceptedTerms: 5 }, warnings: ['evident.acceptedTerms: expected a list of phrases, got number 5; ignored.'] },
  {
    settings: { claimStrictness: [] },
    warnings: ['evident.claimStrictness: expected one of lenient|standard|strict, got a list; using "standard".'],
  },
  {
    settings: { languages: {} },
    warnings: [
      'evident.languages: expected a list of language ids such as "markdown"; using markdown, plaintext, latex, quarto, rmarkdown.',
    ],
  },
  { settings: { debounceMs: 'fast' }, warnings: ['evident.debounceMs: expected a whole number from 0 to 10000, got "fast"; using 150.'] },
  { settings: { enable: 'yes' }, warnings: ['evident.enable: expected true or false, got "yes"; using true.'] },
  { settings: 'on', warnings: ['evident: expected an object of settings, got "on"; using defaults.'] },
  { settings: { rules: { constructor: 'off' } }, warnings: [`evident.rules.constructor: unknown rule id (known: ${RULES}); ignored.`] },
  {
    // The valid part of a half-wrong setting is applied.
    settings: { rules: { booster: 'error', hedge: 'loud' }, acceptedTerms: ['studies show', 3] },
    warnings: [
      'evident.acceptedTerms: entry number 3 is not a phrase; ignored.',
      'evident.rules.hedge: expected one of off|hint|information|warning|error, got "loud"; using the default.',
    ],
    diagnostics: [
      ['booster', Error],
      ['hedge', Information],
      ['unsupported-claim', Warning],
    ],
  },
];

const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d): [string, DiagnosticSeverity] => [String(d.code), d.severity!]).sort();

describe('invalid settings', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ settings: {} });
    for (const uri of URIS) await client.open(uri, DRAFT);
    for (const uri of URIS) assert.deepEqual(summary(await client.diagnosticsFor(uri, 1)), DEFAULTS);
  });
  after(() => client.stop());

  for (const { settings, warnings, diagnostics } of CASES) {
    it(`${JSON.stringify(settings)}: one warning per problem, defaults kept`, async () => {
      const warned = client.warnings.length;
      const mark = client.published.length;
      await client.changeSettings(settings);
      // Both open documents are re-analysed with the same settings, yet each problem is told once.
      for (const uri of URIS) assert.deepEqual(summary(await client.diagnosticsFor(uri, 1, { afterIndex: mark })), diagnostics ?? DEFAULTS);
      assert.deepEqual(
        client.warnings
          .slice(warned)
          .map((w) => w.message)
          .sort(),
        warnings.map((w) => `Evident settings: ${w}`).sort(),
      );
      assert.ok(client.alive);
    });
  }

  it('repeats no warning when the same problems come back, and valid settings apply again', async () => {
    const warned = client.warnings.length;
    let mark = client.published.length;
    await client.changeSettings({ rules: 'loud', debounceMs: 'fast' });
    for (const uri of URIS) assert.deepEqual(summary(await client.diagnosticsFor(uri, 1, { afterIndex: mark })), DEFAULTS);
    assert.equal(client.warnings.length, warned);
    mark = client.published.length;
    await client.changeSettings({ rules: { weasel: 'off' } });
    for (const uri of URIS)
      assert.deepEqual(
        summary(await client.diagnosticsFor(uri, 1, { afterIndex: mark })),
        DEFAULTS.filter(([rule]) => rule !== 'weasel'),
      );
    assert.equal(client.errors.length, 0);
  });
});
