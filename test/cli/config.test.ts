// --config: the editor's settings from a JSON file, normalized by the engine.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lines, runCli, scratchDir } from './helpers';

const DRAFT = 'Obviously, the plan failed.\n\nIt may rain tomorrow.\n';

describe('--config', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = scratchDir({
      'draft.md': DRAFT,
      'booster-off.json': JSON.stringify({ rules: { booster: 'off' } }),
      'hedge-error.json': JSON.stringify({ 'evident.rules': { hedge: 'error' } }),
      'accepted.json': JSON.stringify({ acceptedTerms: ['obviously'] }),
      'problems.json': JSON.stringify({ rules: { booster: 'loud', hedges: 'off' }, claimStrictness: 'very', colour: true }),
      'broken.json': '{ "rules": { "booster": "off", } ',
      'list.json': '["rules"]',
      'guidance.json': JSON.stringify({ documentKind: 'guidance' }),
      'kind-typo.json': JSON.stringify({ 'evident.documentKind': 'handbook' }),
    }));
  });
  after(() => cleanup());

  const locations = (stdout: string) =>
    lines(stdout)
      .slice(0, -1)
      .map((line) => line.split('  ').slice(0, 3).join('  '));

  it('turns a rule off', () => {
    const run = runCli(['--config', 'booster-off.json', 'draft.md'], { cwd: dir });
    assert.deepEqual(locations(run.stdout), ['draft.md:3:4  info  hedge']);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
  });

  it('changes a severity, also from settings.json-style "evident.rules" keys', () => {
    const run = runCli(['-c', 'hedge-error.json', 'draft.md'], { cwd: dir });
    assert.deepEqual(locations(run.stdout), ['draft.md:1:1  info  booster', 'draft.md:3:4  error  hedge']);
    assert.equal(run.code, 1);
  });

  it('never flags accepted terms', () => {
    const run = runCli(['--config=accepted.json', 'draft.md'], { cwd: dir });
    assert.deepEqual(locations(run.stdout), ['draft.md:3:4  info  hedge']);
  });

  it('warns once per problem, keeps the defaults for them and runs', () => {
    const run = runCli(['--config', 'problems.json', 'draft.md'], { cwd: dir });
    assert.deepEqual(run.stderr.split('\n').filter(Boolean), [
      'evident: warning: problems.json: unknown setting "colour" (known: rules, acceptedTerms, claimStrictness, sensitivity, documentKind); ignored.',
      'evident: warning: problems.json: evident.rules.booster: expected one of off|hint|information|warning|error, got "loud"; using the default.',
      'evident: warning: problems.json: evident.rules.hedges: unknown rule id (known: hedge, hedge-stack, booster, weasel, passive-attribution, speculation, unsupported-claim, unknown-citation); ignored.',
      'evident: warning: problems.json: evident.claimStrictness: expected one of lenient|standard|strict, got "very"; using "standard".',
    ]);
    assert.deepEqual(locations(run.stdout), ['draft.md:1:1  info  booster', 'draft.md:3:4  info  hedge']);
    assert.equal(run.code, 0);
  });

  it('reads documentKind: in guidance a modal that states what can happen is no hedge; an unknown kind warns and keeps auto', () => {
    const guidance = runCli(['--config', 'guidance.json', 'draft.md'], { cwd: dir });
    assert.deepEqual(locations(guidance.stdout), ['draft.md:1:1  info  booster']);
    assert.equal(guidance.stderr, '');
    const typo = runCli(['--config', 'kind-typo.json', 'draft.md'], { cwd: dir });
    assert.deepEqual(typo.stderr.split('\n').filter(Boolean), [
      'evident: warning: kind-typo.json: evident.documentKind: expected one of auto|guidance|argument, got "handbook"; using "auto".',
    ]);
    assert.deepEqual(locations(typo.stdout), ['draft.md:1:1  info  booster', 'draft.md:3:4  info  hedge']);
  });

  it('exits 2 naming the file when the config is not JSON, not an object, or missing', () => {
    const broken = runCli(['--config', 'broken.json', 'draft.md'], { cwd: dir });
    assert.match(broken.stderr, /^evident: config broken\.json: not valid JSON \(.+\)\n$/);
    assert.equal(broken.stdout, '');
    assert.equal(broken.code, 2);
    const list = runCli(['--config', 'list.json', 'draft.md'], { cwd: dir });
    assert.equal(
      list.stderr,
      'evident: config list.json: expected a JSON object with rules, acceptedTerms, claimStrictness, sensitivity and/or documentKind\n',
    );
    assert.equal(list.code, 2);
    const missing = runCli(['--config', 'nope.json', 'draft.md'], { cwd: dir });
    assert.equal(missing.stderr, 'evident: config nope.json: no such file\n');
    assert.equal(missing.code, 2);
  });
});
