// Baselines for teams: record today's findings, then fail CI only on findings a change introduces.
// Fingerprints follow a finding across edits elsewhere in its file (SARIF partialFingerprints).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli, scratchDir } from './helpers';

const BRIEF = [
  '# Housing brief',
  '',
  'Studies show that rents rose by 12% in 2023.',
  '',
  'Member States may submit comments by 30 June.',
  '',
].join('\n');
const NEW_CLAIM = 'Vacancy rates fell to 2% last year.';

interface JsonFinding {
  rule: string;
  text: string;
  fingerprint: string;
}
const findingsOf = (stdout: string): JsonFinding[] => JSON.parse(stdout)[0].findings;

describe('baseline and fingerprints', () => {
  it('reports only the findings a change introduces, and exits 0 when there are none', () => {
    const { dir, cleanup } = scratchDir({ 'brief.md': BRIEF });
    try {
      const recorded = runCli(['--write-baseline', 'evident-baseline.json', 'brief.md'], { cwd: dir });
      assert.equal(recorded.code, 1, 'the findings of today are still reported while recording');
      const baseline = JSON.parse(readFileSync(join(dir, 'evident-baseline.json'), 'utf8'));
      assert.equal(baseline.version, 1);
      const before = findingsOf(runCli(['--format', 'json', 'brief.md'], { cwd: dir }).stdout);
      assert.ok(before.length >= 2);
      assert.deepEqual(baseline.files['brief.md'], before.map((f) => f.fingerprint).sort());

      const unchanged = runCli(['--baseline', 'evident-baseline.json', '--new-only', 'brief.md'], { cwd: dir });
      assert.equal(unchanged.code, 0, unchanged.stdout + unchanged.stderr);
      assert.match(unchanged.stdout, /^0 findings/m);

      // A new paragraph before the old ones moves them: they stay known; the new claim is reported.
      writeFileSync(join(dir, 'brief.md'), BRIEF.replace('# Housing brief\n', `# Housing brief\n\n${NEW_CLAIM}\n`));
      const changed = runCli(['--baseline', 'evident-baseline.json', '--new-only', '--format', 'json', 'brief.md'], { cwd: dir });
      assert.equal(changed.code, 1);
      assert.deepEqual(
        findingsOf(changed.stdout).map((f) => [f.rule, f.text]),
        [['unsupported-claim', NEW_CLAIM.slice(0, -1)]],
      );
    } finally {
      cleanup();
    }
  });

  it('keeps a fingerprint when the paragraph is re-wrapped, and changes it when the sentence changes', () => {
    const { dir, cleanup } = scratchDir({
      'a.md': 'Studies show that rents rose by 12% in 2023.\n',
      'b.md': 'Studies show that\nrents rose by 12% in 2023.\n',
      'c.md': 'Studies show that rents rose by 15% in 2023.\n',
    });
    try {
      const weasel = (file: string) =>
        findingsOf(runCli(['--format', 'json', file], { cwd: dir }).stdout).find((f) => f.rule === 'weasel')!.fingerprint;
      assert.equal(weasel('a.md'), weasel('b.md'));
      assert.notEqual(weasel('a.md'), weasel('c.md'));
    } finally {
      cleanup();
    }
  });

  it('gives SARIF results partialFingerprints, the same as the JSON fingerprints', () => {
    const { dir, cleanup } = scratchDir({ 'brief.md': BRIEF });
    try {
      const sarif = JSON.parse(runCli(['--format', 'sarif', 'brief.md'], { cwd: dir }).stdout);
      const prints = sarif.runs[0].results.map(
        (r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['evidentFinding/v1'],
      );
      assert.deepEqual(
        prints,
        findingsOf(runCli(['--format', 'json', 'brief.md'], { cwd: dir }).stdout).map((f) => f.fingerprint),
      );
      assert.ok(prints.every((p: string) => /^[0-9a-f]{32}$/.test(p)));
    } finally {
      cleanup();
    }
  });

  it('refuses a missing or foreign baseline, and --new-only without one', () => {
    const { dir, cleanup } = scratchDir({ 'brief.md': BRIEF, 'other.json': '{"rules": {}}' });
    try {
      const missing = runCli(['--baseline', 'none.json', '--new-only', 'brief.md'], { cwd: dir });
      assert.equal(missing.code, 2);
      assert.equal(
        missing.stderr,
        'evident: baseline none.json: cannot read the baseline (no such file); write one with --write-baseline\n',
      );
      const foreign = runCli(['--baseline', 'other.json', '--new-only', 'brief.md'], { cwd: dir });
      assert.equal(foreign.code, 2);
      assert.match(foreign.stderr, /^evident: baseline other\.json: not an evident baseline/);
      const alone = runCli(['--new-only', 'brief.md'], { cwd: dir });
      assert.equal(alone.code, 2);
      assert.match(alone.stderr, /^evident: --new-only needs --baseline <file>/);
    } finally {
      cleanup();
    }
  });
});
