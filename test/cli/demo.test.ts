// `npm run demo` (scripts/demo.mjs) speaks to a new user: each finding in its sentence with the
// flagged words marked, the sentences left alone on purpose with the reason, and what the strict
// claim setting adds to the example draft.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './helpers';

const ROOT = resolve(__dirname, '../..');

function demo(env: NodeJS.ProcessEnv = {}) {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  runCli(['--version']); // fails with a clear message when dist/cli.js is not built
  const run = spawnSync(process.execPath, ['scripts/demo.mjs'], { cwd: ROOT, env: { ...inherited, ...env }, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run demo', () => {
  it('shows each flagged word in its sentence, marked, with the message and a fix', () => {
    const { code, stdout, stderr } = demo();
    assert.equal(code, 0, stderr);
    assert.ok(stdout.startsWith('Evident on examples/draft-brief.md: 14 findings.\n'), stdout.slice(0, 200));
    const lines = stdout.split('\n');
    const at = lines.indexOf('  line 12   hedge (info)');
    assert.ok(at >= 0, stdout);
    assert.deepEqual(lines.slice(at, at + 4), [
      '  line 12   hedge (info)',
      '           The corridor »may« reopen fully by the autumn, and insurers might possibly …',
      '           "may" hedges this claim: say how certain it is and why, or state it plainly.',
      '           fix: State the likelihood: "is likely (about 70 %) to reopen"',
    ]);
    // a vague source and the claim it frames are two findings on words that do not overlap
    assert.ok(stdout.includes('           »Some experts say« the corridor is the only viable route for bulk grain.\n'), stdout);
    assert.ok(stdout.includes('           »Freight rates doubled in 2024«.\n'), stdout);
    // and the claim the vague source leaves unsupported, on its own words
    assert.ok(stdout.includes('           Some experts say »the corridor is the only viable route for bulk grain«.\n'), stdout);
    // a vague source right after a named one is still vague
    assert.ok(stdout.includes('»Local observers reported« that'), stdout);
    assert.ok(!stdout.includes('\x1b['), 'no colour when piped');
  });

  it('lists the sentences left alone on purpose, each with its reason, none of them flagged', () => {
    const { stdout } = demo();
    const section = stdout.slice(stdout.indexOf('Left alone on purpose:'), stdout.indexOf('Stricter:'));
    for (const [sentence, why] of [
      ['Member States may submit comments by 30 June.', '"may" gives permission here; it is no hedge'],
      ['The Council should fund a joint inspection centre.', 'a recommendation: it says what to do, not what is so'],
      ['Exports fell by 18% in the first quarter of 2025 [@fao2025].', 'a figure with its citation'],
      ['Prices could rise again if the corridor closes.', 'switched off by the comment at the end of its line'],
    ]) {
      assert.match(
        section,
        new RegExp(`line \\d+ +${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n +${why.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`),
      );
    }
    assert.ok(!section.includes('but flagged'), section);
  });

  it('shows what claimStrictness "strict" adds on the example draft: a plain dated fact', () => {
    const { stdout } = demo();
    const section = stdout.slice(stdout.indexOf('Stricter:'));
    assert.ok(section.startsWith('Stricter: with "claimStrictness": "strict", plain dated facts need a source too (1 more):'), section);
    assert.ok(
      section.includes(
        '  line 21   unsupported-claim (warning)\n           »The first convoy under the new rules sailed on 12 August 2023«.\n           This claim (a dated fact) has no evidence',
      ),
      section,
    );
  });

  it('marks the flagged words with colour on a terminal instead of » «', () => {
    const { stdout } = demo({ FORCE_COLOR: '1' });
    assert.ok(stdout.includes('The corridor \x1b[1;4;34mmay\x1b[0m reopen'), JSON.stringify(stdout.slice(0, 400)));
    assert.ok(!stdout.includes('»may«'));
  });
});
