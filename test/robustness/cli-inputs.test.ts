// What test/cli/inputs.test.ts leaves out: several kinds of bad input met together while walking a
// directory, and fuzzed document text through the CLI. Each bad file is named, exit code 2, the good
// ones are still checked, and nothing is written.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lines, runCli, scratchDir } from '../cli/helpers';
import { DEFAULT_SEED, Random, randomDocument } from './fuzz';

function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort()
    .map(
      (path) =>
        `${path} ${statSync(join(dir, path)).mtimeMs} ${createHash('sha256')
          .update(readFileSync(join(dir, path)))
          .digest('hex')}`,
    );
}

describe('CLI with mixed bad inputs', () => {
  it('names every bad file found in a directory, checks the rest, exits 2 and writes nothing', () => {
    const { dir, cleanup } = scratchDir({
      'drafts/a-good.md': 'Obviously, the plan failed.\n',
      'drafts/b-binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
      'drafts/c-latin1.txt': Buffer.from('Caf\xe9 policy may fail.\n', 'latin1'),
      'drafts/d-good.txt': 'It may rain tomorrow.\n',
      'drafts/e-empty.tex': '',
    });
    try {
      const before = snapshot(dir);
      const run = runCli(['drafts'], { cwd: dir });
      assert.equal(
        run.stderr,
        'evident: drafts/b-binary.md: binary file, skipped\nevident: drafts/c-latin1.txt: not valid UTF-8 (at byte offset 3)\n',
      );
      // path:line:col and rule of each finding (the severities and messages are checked in test/cli).
      const found = lines(run.stdout)
        .map((line) => line.split('  '))
        .filter((parts) => parts.length > 2)
        .map((parts) => `${parts[0]} ${parts[2]}`);
      assert.deepEqual(found, ['drafts/a-good.md:1:1 booster', 'drafts/d-good.txt:1:4 hedge']);
      assert.match(run.stdout, / in 3 files\n$/);
      assert.equal(run.code, 2);
      assert.deepEqual(snapshot(dir), before);
    } finally {
      cleanup();
    }
  });

  it('reads fuzzed documents of every kind without crashing, and reports them in JSON', () => {
    const random = new Random(DEFAULT_SEED);
    const files: Record<string, string> = {};
    const extensions = { markdown: 'md', plaintext: 'txt', latex: 'tex', quarto: 'qmd', rmarkdown: 'Rmd' } as const;
    for (let i = 0; i < 20; i++) {
      const [languageId, extension] = Object.entries(extensions)[i % 5];
      // Lone surrogates cannot be written as UTF-8; the file gets U+FFFD there, as any editor would save it.
      files[`fuzz-${i}.${extension}`] = randomDocument(random, languageId).replace(/\u0000/g, '');
    }
    const { dir, cleanup } = scratchDir(files);
    try {
      const run = runCli(['.', '--format', 'json'], { cwd: dir });
      assert.equal(run.stderr, '');
      assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}`);
      const report = JSON.parse(run.stdout) as { path: string; findings: { start: number; end: number; text: string }[] }[];
      assert.deepEqual(report.map((file) => file.path).sort(), Object.keys(files).sort());
      // Offsets refer to the text as read back from disk.
      let findings = 0;
      for (const file of report) {
        const text = readFileSync(join(dir, file.path), 'utf8');
        for (const finding of file.findings)
          assert.equal(text.slice(finding.start, finding.end), finding.text, `${file.path} ${finding.start}..${finding.end}`);
        findings += file.findings.length;
      }
      assert.ok(findings > 20, `${findings} findings`);
    } finally {
      cleanup();
    }
  });
});
