// .evident.json: found upward from each input's folder, its settings and suppressions applied;
// --config wins; a broken file is one warning and the defaults.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lines, runCli, scratchDir } from './helpers';

const DRAFT = 'Obviously, the plan failed.\n\nIt may rain tomorrow.\n\nIt may snow as well.\n';

describe('.evident.json', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = scratchDir({
      'plain/draft.md': DRAFT,
      'project/.evident.json': JSON.stringify({
        rules: { hedge: 'error' },
        acceptedTerms: ['obviously'],
        exclude: ['old/**'],
        ignore: [{ rule: 'hedge', sentence: 'It   may rain\n tomorrow.' }],
      }),
      'project/deep/er/draft.md': DRAFT,
      'project/old/draft.md': DRAFT,
      'booster-off.json': JSON.stringify({ rules: { booster: 'off' } }),
      'broken/.evident.json': '{ "rules": { "booster": "off", } ',
      'broken/draft.md': DRAFT,
      'invalid/.evident.json': JSON.stringify({ rules: { booster: 'loud' }, claimStrictness: 'very', ignore: [{ rule: 'hedge' }, { rule: 'hedges', sentence: 'It may rain tomorrow.' }], colour: 1 }),
      'invalid/draft.md': DRAFT,
    }));
  });
  after(() => cleanup());

  const locations = (stdout: string) => lines(stdout).slice(0, -1).map((line) => line.split('  ').slice(0, 3).join('  '));

  it('without a file, the defaults apply', () => {
    const run = runCli(['plain/draft.md'], { cwd: dir });
    assert.deepEqual(locations(run.stdout), ['plain/draft.md:1:1  info  booster', 'plain/draft.md:3:4  info  hedge', 'plain/draft.md:5:4  info  hedge']);
  });

  it('is found upward from the input and applies rules, acceptedTerms, ignore and exclude', () => {
    const run = runCli(['project'], { cwd: dir });
    // booster: accepted term; line 3: ignored by its sentence text (whitespace folded); old/: excluded.
    assert.deepEqual(locations(run.stdout), ['project/deep/er/draft.md:5:4  error  hedge']);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
  });

  it('applies also when the input is named from inside the project', () => {
    const run = runCli(['draft.md'], { cwd: `${dir}/project/deep/er` });
    assert.deepEqual(locations(run.stdout), ['draft.md:5:4  error  hedge']);
  });

  it('--config wins: no .evident.json is read', () => {
    const run = runCli(['--config', '../../../booster-off.json', 'draft.md'], { cwd: `${dir}/project/deep/er` });
    assert.deepEqual(locations(run.stdout), ['draft.md:3:4  info  hedge', 'draft.md:5:4  info  hedge']);
    assert.equal(run.stderr, '');
  });

  it('a broken file gives one warning naming it, and the defaults', () => {
    const run = runCli(['broken/draft.md'], { cwd: dir });
    assert.match(run.stderr, /^evident: warning: broken\/\.evident\.json: not valid JSON \(.+\); the file is ignored\.\n$/);
    assert.deepEqual(locations(run.stdout), ['broken/draft.md:1:1  info  booster', 'broken/draft.md:3:4  info  hedge', 'broken/draft.md:5:4  info  hedge']);
    assert.equal(run.code, 0);
  });

  it('one warning per problem, naming the file and key', () => {
    const run = runCli(['invalid/draft.md'], { cwd: dir });
    assert.deepEqual(run.stderr.split('\n').filter(Boolean), [
      'evident: warning: invalid/.evident.json: unknown key "colour" (known: rules, acceptedTerms, claimStrictness, sensitivity, exclude, bibliographies, ignore); ignored.',
      'evident: warning: invalid/.evident.json: rules.booster: expected one of off|hint|information|warning|error, got "loud"; using the default.',
      'evident: warning: invalid/.evident.json: claimStrictness: expected one of lenient|standard|strict, got "very"; using "standard".',
      'evident: warning: invalid/.evident.json: ignore[0]: expected { "rule": "<id>", "sentence": "<text>" }; ignored.',
      'evident: warning: invalid/.evident.json: ignore[1].rule: unknown rule id "hedges" (known: hedge, hedge-stack, booster, weasel, passive-attribution, speculation, unsupported-claim, unknown-citation); ignored.',
    ]);
    assert.equal(lines(run.stdout).length, 4);
  });

  it('--help says --config wins', () => {
    assert.match(runCli(['--help']).stdout, /no \.evident\.json is read \(--config wins\)/);
  });
});
