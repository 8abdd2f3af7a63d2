// The extension manifest agrees with the engine and the server: rule defaults and descriptions,
// every setting the server reads, commands, activation, snippets.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { LANGUAGE_IDS, RULE_IDS, RULES, SEVERITIES } from '../../server/src/engine/index';
import { DEFAULT_EXCLUDE, normalizeServerSettings } from '../../server/src/lsp/config';
import { ruleSettingDescription, ruleSettingMarkdown } from '../../scripts/gen-rule-docs';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const properties: Record<string, { default: unknown; markdownDescription?: string; properties?: Record<string, any> }> =
  manifest.contributes.configuration.properties;
import { ESTIMATIVE_OPTIONS } from '../../server/src/lsp/estimative';

describe('extension manifest', () => {
  it('documents every setting the server reads, with the server defaults', () => {
    const defaults = normalizeServerSettings({}).settings;
    assert.deepEqual(Object.keys(properties).sort(), [
      'evident.acceptedTerms',
      'evident.bibliographies',
      'evident.claimStrictness',
      'evident.debounceMs',
      'evident.documentKind',
      'evident.enable',
      'evident.estimativeLanguage',
      'evident.exclude',
      'evident.languages',
      'evident.maxDocumentSize',
      'evident.rules',
      'evident.sensitivity',
    ]);
    for (const [key, schema] of Object.entries(properties)) assert.ok(schema.markdownDescription, `${key} has a markdownDescription`);
    assert.equal(properties['evident.enable'].default, defaults.enable);
    assert.deepEqual(properties['evident.languages'].default, [...LANGUAGE_IDS]);
    assert.equal(properties['evident.debounceMs'].default, defaults.debounceMs);
    assert.equal(properties['evident.maxDocumentSize'].default, defaults.maxDocumentSize);
    assert.equal(properties['evident.claimStrictness'].default, defaults.engine.claimStrictness);
    assert.equal(properties['evident.sensitivity'].default, defaults.engine.sensitivity);
    assert.equal(properties['evident.documentKind'].default, defaults.engine.documentKind);
    assert.deepEqual(properties['evident.acceptedTerms'].default, []);
    assert.deepEqual(properties['evident.exclude'].default, DEFAULT_EXCLUDE);
    assert.deepEqual(properties['evident.bibliographies'].default, defaults.bibliographies);
    assert.equal(properties['evident.estimativeLanguage'].default, 'off');
    assert.equal(defaults.estimative, undefined);
    // One value per scale in the data, and "off".
    assert.deepEqual((properties['evident.estimativeLanguage'] as { enum?: string[] }).enum, [...ESTIMATIVE_OPTIONS]);
    assert.equal(
      (properties['evident.estimativeLanguage'] as { enumDescriptions?: string[] }).enumDescriptions?.length,
      ESTIMATIVE_OPTIONS.length,
    );
  });

  it('offers every rule with the engine default severity and description', () => {
    const rules = properties['evident.rules'];
    assert.deepEqual(Object.keys(rules.properties!), [...RULE_IDS]);
    for (const { meta } of RULES) {
      const schema = rules.properties![meta.id];
      assert.equal(schema.default, meta.defaultSeverity, meta.id);
      assert.equal((rules.default as Record<string, string>)[meta.id], meta.defaultSeverity, meta.id);
      assert.deepEqual(schema.enum, SEVERITIES);
      assert.equal(schema.enumDescriptions.length, SEVERITIES.length);
      assert.equal(
        schema.description,
        ruleSettingDescription(meta),
        `${meta.id}: regenerate with node --import tsx scripts/gen-rule-docs.ts`,
      );
      assert.equal(schema.markdownDescription, ruleSettingMarkdown(meta), meta.id);
    }
  });

  it("says each rule's name once: its description does not open with the words of its title", () => {
    // "Agentless attribution: Agentless attribution — …", "Hedge: Epistemic hedges — …" read the label twice.
    const stem = (word: string) =>
      word
        .toLowerCase()
        .replace(/[^a-z]/g, '')
        .slice(0, 5);
    for (const { meta } of RULES) {
      const titleStems = new Set(meta.title.split(/\s+/).map(stem));
      const opening = meta.description.split(/\s+/).slice(0, 3).map(stem);
      assert.ok(!opening.some((word) => titleStems.has(word)), `${meta.id}: "${meta.title}: ${meta.description.slice(0, 50)}…"`);
    }
  });

  it("speaks plainly: no grammar terms or internal ids in the rules' descriptions and messages", () => {
    const JARGON = /\b(epistemic|deontic|evidential|agentless|predicative|attributive|vague-source|weasel|cue)\b/i;
    for (const { meta } of RULES) {
      assert.doesNotMatch(meta.description, JARGON, meta.id);
      for (const message of Object.values(meta.messages)) assert.doesNotMatch(message.replace(/\{\{\w+\}\}/g, ''), JARGON, meta.id);
    }
  });

  it('lists the settings in a sensible order, Enable first', () => {
    assert.deepEqual(
      Object.entries(properties)
        .sort(([, a]: any, [, b]: any) => a.order - b.order)
        .map(([key]) => key),
      [
        'evident.enable',
        'evident.languages',
        'evident.sensitivity',
        'evident.documentKind',
        'evident.rules',
        'evident.claimStrictness',
        'evident.estimativeLanguage',
        'evident.acceptedTerms',
        'evident.bibliographies',
        'evident.exclude',
        'evident.debounceMs',
        'evident.maxDocumentSize',
      ],
    );
  });

  it('walks a new user through the example draft, a finding, a fix and the summary, with every page it shows bundled', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.deepEqual(
      walkthrough.steps.map((step: { id: string }) => step.id),
      ['openExample', 'seeFinding', 'fixFinding', 'summary'],
    );
    const shipped = readFileSync(resolve(root, '.vscodeignore'), 'utf8');
    for (const step of walkthrough.steps) {
      assert.ok(existsSync(resolve(root, step.media.markdown)), step.media.markdown);
      assert.ok(shipped.includes(`!${step.media.markdown.replace(/[^/]+$/, '*.md')}`), `${step.media.markdown} ships in the vsix`);
    }
    assert.ok(shipped.includes('!examples/draft-brief.md'), 'the example draft ships in the vsix');
  });

  it('activates on each language and command, with commands under the Evident category', () => {
    const commands: { command: string; category: string }[] = manifest.contributes.commands;
    assert.deepEqual(
      commands.map((c) => c.command),
      [
        'evident.analyzeWorkspace',
        'evident.toggleDocument',
        'evident.openRuleDocs',
        'evident.acceptTerm',
        'evident.showSummary',
        'evident.openExample',
        'evident.openEvidenceReport',
        'evident.evidence.needsWorkOnly',
        'evident.evidence.showAll',
      ],
    );
    // The Claims & Evidence view sits in the Explorer; its filter and report buttons are its title actions.
    assert.deepEqual(
      manifest.contributes.views.explorer.map((v: { id: string; name: string }) => [v.id, v.name]),
      [['evident.evidence', 'Claims & Evidence']],
    );
    const titleActions = manifest.contributes.menus['view/title']
      .filter((m: { when: string }) => m.when.includes('view == evident.evidence'))
      .map((m: { command: string }) => m.command);
    assert.deepEqual(titleActions, ['evident.evidence.needsWorkOnly', 'evident.evidence.showAll', 'evident.openEvidenceReport']);
    assert.ok(commands.every((c) => c.category === 'Evident'));
    assert.deepEqual(manifest.activationEvents, [
      ...LANGUAGE_IDS.map((id) => `onLanguage:${id}`),
      ...commands.map((c) => `onCommand:${c.command}`),
    ]);
    // Untrusted workspaces are supported, limited only in that a workspace cannot point evident.bibliographies outside it.
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['evident.bibliographies']);
    assert.deepEqual(manifest.extensionKind, ['workspace']);
    assert.ok(existsSync(resolve(root, manifest.icon)));
  });

  it('ships snippet files that parse and carry the citation forms', () => {
    // Global snippet files, each snippet scoped by language id: a language no installed extension
    // provides (quarto, rmarkdown) costs nothing, where a per-language contribution logged an error.
    const snippets: { language?: string; path: string }[] = manifest.contributes.snippets;
    assert.deepEqual(snippets, [{ path: './snippets/policy.code-snippets' }, { path: './snippets/latex.code-snippets' }]);
    const scopes = (path: string) =>
      new Set(
        Object.values(JSON.parse(readFileSync(resolve(root, path), 'utf8')) as Record<string, { scope: string }>).map((s) => s.scope),
      );
    assert.deepEqual([...scopes('snippets/policy.code-snippets')], ['markdown,quarto,rmarkdown,plaintext']);
    assert.deepEqual([...scopes('snippets/latex.code-snippets')], ['latex']);
    const bodies = (path: string) =>
      Object.values(JSON.parse(readFileSync(resolve(root, path), 'utf8')) as Record<string, { body: string[] }>)
        .map((s) => s.body.join('\n'))
        .join('\n');
    const policy = bodies('snippets/policy.code-snippets');
    for (const form of ['## Recommendations', '[@${', '[^${1:1}]: ', 'According to ${1:source} (${2:year})'])
      assert.ok(policy.includes(form), form);
    const latex = bodies('snippets/latex.code-snippets');
    for (const form of ['\\section{Recommendations}', '\\cite{${1:key}}', '\\footnote{', 'According to ${1:source}'])
      assert.ok(latex.includes(form), form);
  });
});
