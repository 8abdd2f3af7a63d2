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
      'invalid/.evident.json': JSON.stringify({
        rules: { booster: 'loud' },
        claimStrictness: 'very',
        ignore: [{ rule: 'hedge' }, { rule: 'hedges', sentence: 'It may rain tomorrow.' }],
        colour: 1,
      }),
      'invalid/draft.md': DRAFT,
      // "Ignore in this document": sections keyed by the document's path from the file's folder.
      'perdoc/.evident.json': JSON.stringify({
        documents: {
          'a/one.md': { rules: { booster: 'off' }, ignore: [{ rule: 'hedge', sentence: 'It may snow as well.' }] },
          './a/two.md': { acceptedTerms: ['may'] },
          '../outside.md': { rules: { hedge: 'off' } },
          'a/three.md': { colour: 1, rules: { hedge: 'loud' } },
        },
      }),
      'perdoc/a/one.md': DRAFT,
      'perdoc/a/two.md': DRAFT,
      'perdoc/a/three.md': DRAFT,
      'perdoc/a/other.md': DRAFT,
      'icd/.evident.json': JSON.stringify({ estimativeLanguage: 'icd203' }),
      'icd/draft.md': 'Sanctions are likely to fail.\n\nIt may rain tomorrow.\n',
      'badscale/.evident.json': JSON.stringify({ estimativeLanguage: 'cia' }),
      'badscale/draft.md': 'Sanctions are likely to fail.\n',
      // A folder of guidance, with one argument among it.
      'kinds/.evident.json': JSON.stringify({ documentKind: 'guidance', documents: { 'brief.md': { documentKind: 'argument' } } }),
      'kinds/manual.md': 'Models may contain errors.\n',
      'kinds/brief.md': 'Models may contain errors.\n',
    }));
  });
  after(() => cleanup());

  const locations = (stdout: string) =>
    lines(stdout)
      .slice(0, -1)
      .map((line) => line.split('  ').slice(0, 3).join('  '));

  it('without a file, the defaults apply', () => {
    const run = runCli(['plain/draft.md'], { cwd: dir });
    assert.deepEqual(locations(run.stdout), [
      'plain/draft.md:1:1  info  booster',
      'plain/draft.md:3:4  info  hedge',
      'plain/draft.md:5:4  info  hedge',
    ]);
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
    assert.deepEqual(locations(run.stdout), [
      'broken/draft.md:1:1  info  booster',
      'broken/draft.md:3:4  info  hedge',
      'broken/draft.md:5:4  info  hedge',
    ]);
    assert.equal(run.code, 0);
  });

  it('one warning per problem, naming the file and key', () => {
    const run = runCli(['invalid/draft.md'], { cwd: dir });
    assert.deepEqual(run.stderr.split('\n').filter(Boolean), [
      'evident: warning: invalid/.evident.json: unknown key "colour" (known: rules, acceptedTerms, claimStrictness, sensitivity, documentKind, estimativeLanguage, exclude, bibliographies, ignore, documents); ignored.',
      'evident: warning: invalid/.evident.json: rules.booster: expected one of off|hint|information|warning|error, got "loud"; using the default.',
      'evident: warning: invalid/.evident.json: claimStrictness: expected one of lenient|standard|strict, got "very"; using "standard".',
      'evident: warning: invalid/.evident.json: ignore[0]: expected { "rule": "<id>", "sentence": "<text>" }; ignored.',
      'evident: warning: invalid/.evident.json: ignore[1].rule: unknown rule id "hedges" (known: hedge, hedge-stack, booster, weasel, passive-attribution, speculation, unsupported-claim, unknown-citation); ignored.',
    ]);
    assert.equal(lines(run.stdout).length, 4);
  });

  it('a document\'s own section (documents["<path>"]) applies to that document alone, on top of the file', () => {
    const run = runCli(['perdoc/a'], { cwd: dir });
    const found = locations(run.stdout).sort();
    assert.deepEqual(found, [
      // one.md: booster off and one sentence ignored, for it alone
      'perdoc/a/one.md:3:4  info  hedge',
      'perdoc/a/other.md:1:1  info  booster',
      'perdoc/a/other.md:3:4  info  hedge',
      'perdoc/a/other.md:5:4  info  hedge',
      'perdoc/a/three.md:1:1  info  booster',
      'perdoc/a/three.md:3:4  info  hedge',
      'perdoc/a/three.md:5:4  info  hedge',
      // two.md ("./a/two.md" is the same path): "may" accepted there alone
      'perdoc/a/two.md:1:1  info  booster',
    ]);
    assert.deepEqual(run.stderr.split('\n').filter(Boolean), [
      'evident: warning: perdoc/.evident.json: documents["../outside.md"]: expected a path relative to the file\'s folder, such as "drafts/brief.md"; ignored.',
      'evident: warning: perdoc/.evident.json: documents["a/three.md"]: unknown key "colour" (known: rules, acceptedTerms, claimStrictness, sensitivity, documentKind, ignore); ignored.',
      'evident: warning: perdoc/.evident.json: documents["a/three.md"]: rules.hedge: expected one of off|hint|information|warning|error, got "loud"; using the default.',
    ]);
  });

  it('documentKind for a folder, and for one document in its section', () => {
    const run = runCli(['kinds'], { cwd: dir });
    assert.deepEqual(locations(run.stdout), ['kinds/brief.md:1:8  info  hedge']);
    assert.equal(run.stderr, '');
  });

  it('estimativeLanguage: the scale\'s own words are no hedges, a bare "may" still is; an unknown scale is a warning', () => {
    assert.deepEqual(locations(runCli(['icd/draft.md'], { cwd: dir }).stdout), ['icd/draft.md:3:4  info  hedge']);
    // The fix in the JSON output speaks the scale's words too.
    const json = JSON.parse(runCli(['--format', 'json', 'icd/draft.md'], { cwd: dir }).stdout);
    const fixes = json[0].findings
      .flatMap((f: { fixes: { title: string; edits: { newText: string }[] }[] }) => f.fixes)
      .filter((fix: { title: string }) => fix.title.startsWith('State the likelihood'));
    assert.deepEqual(
      fixes.map((fix: { title: string; edits: { newText: string }[] }) => [fix.title, fix.edits[0].newText]),
      [['State the likelihood: "is likely (55–80 %) to rain"', 'is likely (55–80 %) to']],
    );
    const bad = runCli(['badscale/draft.md'], { cwd: dir });
    assert.equal(
      bad.stderr,
      'evident: warning: badscale/.evident.json: estimativeLanguage: expected one of off|icd203|nato|uk-yardstick|efsa, got "cia"; ignored.\n',
    );
    assert.deepEqual(locations(bad.stdout), ['badscale/draft.md:1:15  info  hedge']);
  });

  it('--help says --config wins', () => {
    assert.match(runCli(['--help']).stdout, /no \.evident\.json is read \(--config wins\)/);
  });
});
