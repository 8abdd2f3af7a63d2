// What the CLI reads: stdin, directories, globs, and every kind of bad input.
// Each bad input is reported on stderr naming the file; the others are still checked.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, ftruncateSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI, lines, runCli, scratchDir } from './helpers';

const BOOSTER = 'Obviously, the plan failed.\n';
const HEDGE = 'It may rain tomorrow.\n';
const CLEAN = 'Member States may submit comments by 30 June.\n';
// Evidence only when read as LaTeX: \cite is a citation there, plain text there.
const LATEX_CITED = 'Unemployment rose to 7.4\\% in 2023~\\cite{ons2024}.\n';
const SUMMARY = /^\d+ findings? \(/;

/** `path:line:col  severity  rule` of each finding line (the message is checked in output.test.ts). */
function locations(stdout: string): string[] {
  return lines(stdout)
    .filter((line) => !SUMMARY.test(line))
    .map((line) => line.split('  ').slice(0, 3).join('  '));
}

describe('inputs', () => {
  let dir: string;
  let cleanup: () => void;

  before(() => {
    ({ dir, cleanup } = scratchDir({
      'booster.md': BOOSTER,
      'hedge.txt': HEDGE,
      'clean.txt': CLEAN,
      'empty.md': '',
      'crlf.txt': 'Intro line.\r\n\r\nIt may rain tomorrow.\r\n',
      'emoji.txt': '😀 It may rain tomorrow.\n',
      'bom-utf8.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BOOSTER)]),
      'bom-utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\r\n' + BOOSTER, 'utf16le')]),
      'bom-utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(BOOSTER, 'utf16le').swap16()]),
      'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'latin1.txt': Buffer.from('Caf\xe9 policy is fine.\n', 'latin1'),
      'long-line.txt': 'The committee met on Tuesday and agreed the agenda. '.repeat(20_000) + 'Obviously, the plan failed.',
      'cited.tex': LATEX_CITED,
      'cited.txt': LATEX_CITED,
      'notes/a.md': BOOSTER,
      'notes/data.json': '{"not": "prose"}\n',
      'notes/sub/b.txt': HEDGE,
      'notes/sub/c.qmd': CLEAN,
      'notes/sub/d.md': BOOSTER,
      'notes/node_modules/pkg/readme.md': BOOSTER,
      'notes/.drafts/hidden.md': BOOSTER,
    }));
    // A sparse file: 21 MB on paper, nothing on disk.
    const fd = openSync(join(dir, 'huge.md'), 'w');
    ftruncateSync(fd, 21 * 1024 * 1024);
    closeSync(fd);
  });
  after(() => cleanup());

  it('reads stdin for -', () => {
    const run = runCli(['-'], { input: 'Studies show that sanctions rarely work.\n' });
    assert.deepEqual(locations(run.stdout), ['<stdin>:1:1  warning  weasel', '<stdin>:1:19  warning  unsupported-claim']);
    assert.equal(run.code, 1);
  });

  it('searches a directory for supported files, skipping node_modules and dot-directories', () => {
    const run = runCli(['notes'], { cwd: dir });
    assert.deepEqual(locations(run.stdout), [
      'notes/a.md:1:1  info  booster',
      'notes/sub/b.txt:1:4  info  hedge',
      'notes/sub/d.md:1:1  info  booster',
    ]);
    assert.match(run.stdout, / in 4 files\n$/);
    assert.equal(run.stderr, '');
  });

  it('expands **, ?, * and {a,b} globs', () => {
    assert.deepEqual(locations(runCli(['notes/**/*.md'], { cwd: dir }).stdout), [
      'notes/a.md:1:1  info  booster',
      'notes/sub/d.md:1:1  info  booster',
    ]);
    assert.deepEqual(locations(runCli(['notes/sub/?.{txt,qmd}'], { cwd: dir }).stdout), ['notes/sub/b.txt:1:4  info  hedge']);
    assert.match(runCli(['notes/sub/?.{txt,qmd}'], { cwd: dir }).stdout, / in 2 files\n$/);
    assert.deepEqual(locations(runCli(['*.txt'], { cwd: join(dir, 'notes/sub') }).stdout), ['b.txt:1:4  info  hedge']);
    // A pattern that names a dot-directory walks into it.
    assert.deepEqual(locations(runCli(['notes/.drafts/*.md'], { cwd: dir }).stdout), ['notes/.drafts/hidden.md:1:1  info  booster']);
  });

  it('reports a glob that matches nothing, and still checks the rest', () => {
    const run = runCli(['nothing/**/*.md', 'booster.md'], { cwd: dir });
    assert.equal(run.stderr, 'evident: nothing/**/*.md: no files match this pattern\n');
    assert.deepEqual(locations(run.stdout), ['booster.md:1:1  info  booster']);
    assert.equal(run.code, 2);
  });

  it('checks a file only once however often it is named', () => {
    const run = runCli(['booster.md', './booster.md', 'boo*.md', join(dir, 'booster.md')], { cwd: dir });
    assert.deepEqual(locations(run.stdout), ['booster.md:1:1  info  booster']);
    assert.match(run.stdout, / in 1 file\n$/);
  });

  it('picks the language from the extension, unless --language says otherwise', () => {
    assert.deepEqual(locations(runCli(['cited.tex', 'cited.txt'], { cwd: dir }).stdout), ['cited.txt:1:1  warning  unsupported-claim']);
    assert.deepEqual(locations(runCli(['--language', 'latex', 'cited.txt'], { cwd: dir }).stdout), []);
    assert.deepEqual(locations(runCli(['-'], { input: LATEX_CITED }).stdout), ['<stdin>:1:1  warning  unsupported-claim']);
    assert.deepEqual(locations(runCli(['-l', 'latex', '-'], { input: LATEX_CITED }).stdout), []);
  });

  it('accepts an empty file', () => {
    const run = runCli(['empty.md'], { cwd: dir });
    assert.equal(run.stdout, '0 findings (0 errors, 0 warnings, 0 info, 0 hints) in 1 file\n');
    assert.equal(run.code, 0);
  });

  it('skips a binary file with a message naming it', () => {
    const run = runCli(['binary.md', 'booster.md'], { cwd: dir });
    assert.equal(run.stderr, 'evident: binary.md: binary file, skipped\n');
    assert.deepEqual(locations(run.stdout), ['booster.md:1:1  info  booster']);
    assert.equal(run.code, 2);
  });

  it('rejects invalid UTF-8 with the byte offset', () => {
    const run = runCli(['latin1.txt'], { cwd: dir });
    assert.equal(run.stderr, 'evident: latin1.txt: not valid UTF-8 (at byte offset 3)\n');
    assert.equal(run.code, 2);
  });

  it('decodes UTF-16 (LE and BE) with a BOM, and strips a UTF-8 BOM without shifting columns', () => {
    const run = runCli(['bom-utf16le.txt', 'bom-utf16be.txt', 'bom-utf8.md'], { cwd: dir });
    assert.deepEqual(locations(run.stdout), [
      'bom-utf16le.txt:2:1  info  booster',
      'bom-utf16be.txt:1:1  info  booster',
      'bom-utf8.md:1:1  info  booster',
    ]);
    assert.equal(run.stderr, '');
  });

  it('refuses files over 20 MB', () => {
    const run = runCli(['huge.md'], { cwd: dir });
    assert.equal(run.stderr, 'evident: huge.md: too large (21.0 MB; the limit is 20 MB)\n');
    assert.equal(run.code, 2);
  });

  it('counts lines across CRLF and columns in UTF-16 code units (emoji = 2)', () => {
    const run = runCli(['crlf.txt', 'emoji.txt'], { cwd: dir });
    assert.deepEqual(locations(run.stdout), ['crlf.txt:3:4  info  hedge', 'emoji.txt:1:7  info  hedge']);
  });

  it('handles a 1 MB single line', () => {
    const text = readFileSync(join(dir, 'long-line.txt'), 'utf8');
    assert.ok(text.length > 1_000_000);
    const run = runCli(['long-line.txt'], { cwd: dir });
    assert.deepEqual(locations(run.stdout), [`long-line.txt:1:${text.indexOf('Obviously') + 1}  info  booster`]);
  });

  it('reports a missing file and still checks the others (exit 2)', () => {
    const run = runCli(['booster.md', 'missing.md', 'hedge.txt'], { cwd: dir });
    assert.deepEqual(locations(run.stdout), ['booster.md:1:1  info  booster', 'hedge.txt:1:4  info  hedge']);
    assert.match(run.stdout, / in 2 files\n$/);
    assert.equal(run.stderr, 'evident: missing.md: no such file\n');
    assert.equal(run.code, 2);
  });

  it('reports an unreadable file as permission denied', (t) => {
    const path = join(dir, 'locked.md');
    writeFileSync(path, BOOSTER, { mode: 0o000 });
    t.after(() => chmodSync(path, 0o644));
    // Root reads anything; as root, run the CLI as an unprivileged user instead, when that user can run it.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if ('uid' in asUser) {
      chmodSync(dir, 0o755);
      const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)})`], { ...asUser, cwd: dir });
      if (probe.status !== 0) return t.skip('running as root and the unprivileged user cannot read dist/cli.js');
    }
    const run = runCli(['locked.md', 'booster.md'], { cwd: dir, ...asUser });
    assert.equal(run.stderr, 'evident: locked.md: permission denied\n');
    assert.deepEqual(locations(run.stdout), ['booster.md:1:1  info  booster']);
    assert.equal(run.code, 2);
  });

  it('never changes its inputs (bytes and modification times)', () => {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (path) => statSync(join(dir, path)).isFile() && path !== 'huge.md' && path !== 'locked.md',
    );
    const snapshot = () =>
      files.map(
        (path) =>
          `${path} ${statSync(join(dir, path)).mtimeMs} ${createHash('sha256')
            .update(readFileSync(join(dir, path)))
            .digest('hex')}`,
      );
    const beforeRun = snapshot();
    runCli(['.', '--format', 'sarif'], { cwd: dir });
    runCli(['classify', 'hedge.txt'], { cwd: dir });
    assert.deepEqual(snapshot(), beforeRun);
  });

  it('shows no progress when stderr is not a terminal', () => {
    const run = runCli(['.'], { cwd: dir });
    assert.match(run.stdout, / in 1\d files\n$/); // enough files for a terminal to show progress
    assert.doesNotMatch(run.stderr, /analysing/);
  });
});
