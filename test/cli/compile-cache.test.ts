// dist/cli.js runs dist/cli-main.js through V8's code cache (server/src/node/compile-cache.ts).
// The cache may only ever make a start faster: the output is the same with it, without it, with a
// broken one, and where it cannot be written; a folder another user could write to is not used.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from './helpers';

const DRAFT = resolve(__dirname, '../../examples/draft-brief.md');
/** The cache file's header: the bundle's length and the characters the writing run analysed. */
const HEADER = 8;
const BUNDLE = resolve(__dirname, '../../dist/cli-main.js');
const scratch = mkdtempSync(join(tmpdir(), 'evident-compile-cache-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const run = (cacheDir: string, env: NodeJS.ProcessEnv = {}) =>
  runCli(['--format', 'json', DRAFT], { env: { EVIDENT_COMPILE_CACHE_DIR: cacheDir, ...env } });
const files = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.v8'));
let folderCount = 0;
const freshFolder = () => {
  const dir = join(scratch, `cache-${folderCount++}`);
  mkdirSync(dir, { mode: 0o700 });
  return dir;
};

describe('the CLI with a compile cache', () => {
  const plain = runCli(['--format', 'json', DRAFT], { env: { EVIDENT_NO_COMPILE_CACHE: '1' } });

  it('writes the cache on the first run and uses it, unchanged, on the next; findings are the same', () => {
    assert.equal(plain.code, 1);
    assert.ok(JSON.parse(plain.stdout)[0].findings.length > 0);
    const dir = freshFolder();
    const first = run(dir);
    assert.deepEqual(first, plain);
    const [file] = files(dir);
    assert.equal(file, `cli-main-${process.version}-${process.arch}.v8`);
    // [length][characters the run analysed][a copy of the bundle][V8's code cache]
    const bundle = readFileSync(BUNDLE);
    const cache = readFileSync(join(dir, file));
    assert.equal(cache.readUInt32LE(0), bundle.length);
    assert.equal(cache.readUInt32LE(4), readFileSync(DRAFT, 'utf8').length);
    assert.ok(cache.subarray(HEADER, HEADER + bundle.length).equals(bundle));
    assert.ok(cache.length - HEADER - bundle.length > 100_000, 'the cache holds the compiled bundle');
    const written = statSync(join(dir, file));
    const second = run(dir);
    assert.deepEqual(second, plain);
    // Accepted by V8: a rejected cache is written again, through a new file renamed over the old one.
    const now = statSync(join(dir, file));
    assert.deepEqual([now.ino, now.mtimeMs], [written.ino, written.mtimeMs]);
    assert.deepEqual(files(dir), [file]);
  });

  it('is written again by the first run that analyses text, when the run that wrote it analysed none', () => {
    const dir = freshFolder();
    const empty = join(scratch, 'empty.md');
    writeFileSync(empty, '');
    assert.equal(runCli([empty], { env: { EVIDENT_COMPILE_CACHE_DIR: dir } }).code, 0);
    assert.equal(runCli(['--version'], { env: { EVIDENT_COMPILE_CACHE_DIR: dir } }).code, 0);
    const [file] = files(dir);
    const startOnly = readFileSync(join(dir, file));
    assert.equal(startOnly.readUInt32LE(4), 0);
    const written = statSync(join(dir, file));
    assert.deepEqual(run(dir), plain);
    const grown = readFileSync(join(dir, file));
    assert.notEqual(statSync(join(dir, file)).ino, written.ino, 'written anew');
    assert.equal(grown.readUInt32LE(4), readFileSync(DRAFT, 'utf8').length);
    assert.ok(grown.length > startOnly.length + 50_000, 'with the analysis compiled');
    // Written once: the next runs, of any size, use it as it is.
    const now = statSync(join(dir, file));
    assert.equal(runCli([empty], { env: { EVIDENT_COMPILE_CACHE_DIR: dir } }).code, 0);
    assert.deepEqual(run(dir), plain);
    assert.deepEqual([statSync(join(dir, file)).ino, statSync(join(dir, file)).mtimeMs], [now.ino, now.mtimeMs]);
  });

  it('replaces a broken cache, and the cache of another build of the bundle', () => {
    const dir = freshFolder();
    run(dir);
    const [file] = files(dir);
    const good = readFileSync(join(dir, file));
    const bundleLength = good.readUInt32LE(0);
    const broken = [
      Buffer.from('not a V8 code cache'),
      Buffer.concat([good.subarray(0, HEADER + bundleLength), Buffer.from('not a V8 code cache')]),
      // Another build of the same length: one byte of the copy differs, so its code is not this bundle's.
      Buffer.concat([good.subarray(0, HEADER + 100), Buffer.from([good[HEADER + 100] ^ 1]), good.subarray(HEADER + 101)]),
      // The format before the header held the analysed characters: [length][bundle][cache].
      Buffer.concat([good.subarray(0, 4), good.subarray(HEADER)]),
    ];
    for (const content of broken) {
      writeFileSync(join(dir, file), content);
      const before = statSync(join(dir, file)).ino;
      assert.deepEqual(run(dir), plain);
      assert.deepEqual(files(dir), [file]);
      assert.notEqual(statSync(join(dir, file)).ino, before, 'written anew');
      assert.ok(
        readFileSync(join(dir, file))
          .subarray(0, HEADER + bundleLength)
          .equals(good.subarray(0, HEADER + bundleLength)),
      );
    }
  });

  it('runs the same where no cache can be written', () => {
    const notAFolder = join(scratch, 'a-file');
    writeFileSync(notAFolder, '');
    assert.deepEqual(run(join(notAFolder, 'cache')), plain);
    assert.deepEqual(run(join(scratch, 'no-such-parent', 'cache')), plain);
  });

  // Node's recursive mkdir never returns where a parent cannot be made (found with TMPDIR under /proc).
  it('does not hang on a temporary folder that cannot hold folders', { skip: process.platform !== 'linux' && '/proc is Linux' }, () => {
    const started = Date.now();
    assert.deepEqual(
      runCli(['--format', 'json', DRAFT], { env: { EVIDENT_COMPILE_CACHE_DIR: '', TMPDIR: '/proc/no-such-folder' } }),
      plain,
    );
    assert.deepEqual(run('/proc/no-such-folder/cache'), plain);
    assert.ok(Date.now() - started < 60_000);
  });

  it('does not use a folder that others can write to, nor any folder when turned off', () => {
    const open = freshFolder();
    chmodSync(open, 0o777);
    assert.deepEqual(run(open), plain);
    assert.deepEqual(files(open), []);
    const off = freshFolder();
    assert.deepEqual(run(off, { NODE_DISABLE_COMPILE_CACHE: '1' }), plain);
    assert.deepEqual(run(off, { EVIDENT_NO_COMPILE_CACHE: '1' }), plain);
    assert.deepEqual(files(off), []);
  });
});
