// Settings reach the analysis without a restart: pulled per document, pushed on change,
// validated with one warning per distinct problem.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { BASIC_CAPABILITIES, TestClient } from './client';

const URI = 'file:///work/drafts/settings.md';
const DRAFT = 'It may rain tomorrow.\n\nObviously, the U.S. would not be welcomed.\n';
const rules = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code).sort();

async function withClient(run: (client: TestClient) => Promise<void>, options: Parameters<typeof TestClient.start>[0] = {}): Promise<void> {
  const client = await TestClient.start(options);
  try {
    await run(client);
  } finally {
    await client.stop();
  }
}

/** Changes settings and returns the diagnostics of the re-analysis they trigger. */
async function afterSettings(client: TestClient, settings: unknown): Promise<Diagnostic[]> {
  const mark = client.published.length;
  await client.changeSettings(settings);
  return client.diagnosticsFor(URI, client.document(URI).version, { afterIndex: mark });
}

describe('settings', () => {
  it('pulls the evident section for each document and applies rule severities', () =>
    withClient(
      async (client) => {
        await client.open(URI, DRAFT);
        const diagnostics = await client.diagnosticsFor(URI, 1);
        assert.deepEqual(rules(diagnostics), ['booster']);
        assert.equal(diagnostics[0].severity, DiagnosticSeverity.Error);
        assert.ok(client.configurationRequests >= 1);
      },
      { settings: { rules: { hedge: 'off', booster: 'error' } } },
    ));

  it('re-analyses open documents when settings change: a rule turned off vanishes, back on returns', () =>
    withClient(async (client) => {
      await client.open(URI, DRAFT);
      assert.deepEqual(rules(await client.diagnosticsFor(URI, 1)), ['booster', 'hedge']);
      assert.deepEqual(rules(await afterSettings(client, { rules: { hedge: 'off' } })), ['booster']);
      const hinted = await afterSettings(client, { rules: { hedge: 'hint' } });
      assert.deepEqual(hinted.map((d) => [d.code, d.severity]).sort(), [
        ['booster', DiagnosticSeverity.Information],
        ['hedge', DiagnosticSeverity.Hint],
      ]);
    }));

  it('honours accepted terms, evident.enable and evident.languages', () =>
    withClient(async (client) => {
      await client.open(URI, DRAFT);
      await client.diagnosticsFor(URI, 1);
      assert.deepEqual(rules(await afterSettings(client, { acceptedTerms: ['may'] })), ['booster']);
      assert.deepEqual(await afterSettings(client, { enable: false }), []);
      assert.deepEqual(await afterSettings(client, { languages: ['latex'] }), []);
      assert.deepEqual(rules(await afterSettings(client, {})), ['booster', 'hedge']);
    }));

  it('honours evident.documentKind: guidance drops the modal of what can happen, argument and auto keep it', () =>
    withClient(async (client) => {
      await client.open(URI, DRAFT);
      assert.deepEqual(rules(await client.diagnosticsFor(URI, 1)), ['booster', 'hedge']);
      assert.deepEqual(rules(await afterSettings(client, { documentKind: 'guidance' })), ['booster']);
      assert.deepEqual(rules(await afterSettings(client, { documentKind: 'argument' })), ['booster', 'hedge']);
      assert.deepEqual(rules(await afterSettings(client, { documentKind: 'auto' })), ['booster', 'hedge']);
    }));

  it('leaves licences and change logs alone by default, and files matching evident.exclude', () =>
    withClient(async (client) => {
      const license = 'file:///work/project/LICENSE';
      await client.open(license, 'THE SOFTWARE IS PROVIDED AS IS. It may rain tomorrow.\n', 'plaintext');
      assert.deepEqual(await client.diagnosticsFor(license, 1), []);
      const changelog = 'file:///work/project/docs/Changelog.md';
      await client.open(changelog, DRAFT);
      assert.deepEqual(await client.diagnosticsFor(changelog, 1), []);
      await client.open(URI, DRAFT);
      assert.deepEqual(rules(await client.diagnosticsFor(URI, 1)), ['booster', 'hedge']);
      assert.deepEqual(await afterSettings(client, { exclude: ['**/drafts/**'] }), []);
      assert.deepEqual(rules(await afterSettings(client, { exclude: [] })), ['booster', 'hedge']);
    }));

  it('warns once per distinct problem, naming the setting, keeps defaults and stays alive', () =>
    withClient(async (client) => {
      await client.open(URI, DRAFT);
      await client.diagnosticsFor(URI, 1);
      const bad = { rules: { hedge: 'loud', nonsense: 'warning' }, debounceMs: -5 };
      const diagnostics = await afterSettings(client, bad);
      assert.deepEqual(rules(diagnostics), ['booster', 'hedge']);
      assert.equal(diagnostics.find((d) => d.code === 'hedge')!.severity, DiagnosticSeverity.Information);
      const messages = client.warnings.map((w) => w.message).sort();
      assert.equal(messages.length, 3, messages.join('\n'));
      assert.match(messages[0], /^Evident settings: evident\.debounceMs: expected a whole number from 0 to 10000, got -5; using 150\.$/);
      assert.match(
        messages[1],
        /^Evident settings: evident\.rules\.hedge: expected one of off\|hint\|information\|warning\|error, got "loud"/,
      );
      assert.match(messages[2], /^Evident settings: evident\.rules\.nonsense: unknown rule id/);

      // The same problems again (a second document, another change) are not repeated.
      await client.open('file:///work/drafts/other.md', DRAFT);
      await client.diagnosticsFor('file:///work/drafts/other.md', 1);
      await afterSettings(client, { ...bad, claimStrictness: 'extreme' });
      assert.equal(client.warnings.length, 4);
      assert.match(client.warnings[3].message, /evident\.claimStrictness: expected one of lenient\|standard\|strict, got "extreme"/);
      assert.ok(client.alive);
    }));

  it('uses pushed settings for clients that cannot answer workspace/configuration', () =>
    withClient(
      async (client) => {
        await client.open(URI, DRAFT);
        assert.deepEqual(rules(await client.diagnosticsFor(URI, 1)), ['booster', 'hedge']);
        assert.deepEqual(rules(await afterSettings(client, { rules: { booster: 'off' } })), ['hedge']);
        assert.equal(client.configurationRequests, 0);
      },
      { capabilities: BASIC_CAPABILITIES },
    ));
});
