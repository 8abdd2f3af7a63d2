// `evident classify`: JSON Lines, one object per input line, aligned with the input.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lines, runCli, scratchDir } from './helpers';

const EMPTY = { uncertain: false, claim: false, evidence: false, class: 'neutral', findings: [] };
const INPUT = [
  'It may rain tomorrow.',
  '',
  'Member States may submit comments by 30 June.',
  '',
  '',
  'Studies show that sanctions rarely work.',
];

describe('classify', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = scratchDir({ 'sentences.txt': INPUT.join('\r\n') + '\r\n', 'binary.txt': Buffer.from([0x00, 0x01, 0x02]) }));
  });
  after(() => cleanup());

  const check = (stdout: string) => {
    const results = lines(stdout).map((line) => JSON.parse(line));
    assert.equal(results.length, INPUT.length);
    for (const result of results) assert.deepEqual(Object.keys(result), ['uncertain', 'claim', 'evidence', 'class', 'findings']);
    assert.deepEqual(results[0].findings, [{ rule: 'hedge', start: 3, end: 6, text: 'may' }]);
    assert.equal(results[0].uncertain, true);
    assert.deepEqual([results[1], results[3], results[4]], [EMPTY, EMPTY, EMPTY]);
    assert.equal(results[2].uncertain, false);
    assert.deepEqual(results[2].findings, []);
    assert.deepEqual(results[5].findings.map((finding: { rule: string }) => finding.rule).sort(), ['unsupported-claim', 'weasel']);
    assert.equal(results[5].claim, true);
    assert.equal(results[5].evidence, false);
    for (const [index, result] of results.entries()) {
      for (const finding of result.findings) assert.equal(INPUT[index].slice(finding.start, finding.end), finding.text);
    }
  };

  it('reads a file (CRLF) and answers one line per input line', () => {
    const run = runCli(['classify', 'sentences.txt'], { cwd: dir });
    check(run.stdout);
    assert.equal(run.code, 0);
  });

  it('reads stdin, keeping a last line without a newline', () => {
    const run = runCli(['classify', '-'], { input: INPUT.join('\n') });
    check(run.stdout);
    assert.equal(run.code, 0);
  });

  it('answers nothing for empty input, and exits 2 for unreadable input', () => {
    assert.deepEqual(runCli(['classify', '-'], { input: '' }), { code: 0, stdout: '', stderr: '' });
    assert.deepEqual(runCli(['classify', 'binary.txt'], { cwd: dir }), {
      code: 2,
      stdout: '',
      stderr: 'evident: binary.txt: binary file, skipped\n',
    });
    assert.deepEqual(runCli(['classify', 'missing.txt'], { cwd: dir }), {
      code: 2,
      stdout: '',
      stderr: 'evident: missing.txt: no such file\n',
    });
    assert.deepEqual(runCli(['classify', '-'], { input: Buffer.from([0x61, 0x0a, 0xff, 0x0a]) }), {
      code: 2,
      stdout: '',
      stderr: 'evident: <stdin>: not valid UTF-8 (between byte offsets 0 and 4)\n',
    });
  });

  it('keeps up with 20,000 lines', () => {
    const many =
      Array.from({ length: 20_000 }, (_, i) =>
        i % 3 === 0 ? '' : i % 3 === 1 ? 'It may rain tomorrow.' : 'The committee met on Tuesday.',
      ).join('\n') + '\n';
    const started = Date.now();
    const run = runCli(['classify', '-'], { input: many });
    const results = lines(run.stdout).map((line) => JSON.parse(line));
    assert.equal(results.length, 20_000);
    assert.deepEqual(results[0], EMPTY);
    assert.equal(results[1].uncertain, true);
    assert.ok(Date.now() - started < 60_000, `took ${Date.now() - started} ms`);
  });
});
