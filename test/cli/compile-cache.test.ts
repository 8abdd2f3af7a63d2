// dist/cli.js runs dist/cli-main.js through V8's code cache (server/src/node/compile-cache.ts).
// The cache may only ever make a start faster: the output is the same with it, without it, with a
// broken one, and where it cannot be written; a folder another user could write to is not used.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from './helpers';

const DRAFT = resolve(__dirname, '../../examples/draft-brief.md');
const scratch = mkdtempSync(join(tmpdir(), 'evident-compile-cache-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const run = (cacheDir: string, env: NodeJS.ProcessEnv = {}) => runCli(['--format', 'json', DRAFT], { env: { EVIDENT_COMPILE_CACHE_DIR: cacheDir, ...env } });
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
    assert.match(file, new RegExp(`^cli-main-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8$`));
    assert.ok(statSync(join(dir, file)).size > 100_000, 'the cache holds the compiled bundle');
    const written = statSync(join(dir, file));
    const second = run(dir);
    assert.deepEqual(second, plain);
    // Accepted by V8: a rejected cache is written again, through a new file renamed over the old one.
    const now = statSync(join(dir, file));
    assert.deepEqual([now.ino, now.mtimeMs], [written.ino, written.mtimeMs]);
    assert.deepEqual(files(dir), [file]);
  });

  it('replaces a broken cache and drops the caches of earlier builds', () => {
    const dir = freshFolder();
    run(dir);
    const [file] = files(dir);
    writeFileSync(join(dir, file), 'not a V8 code cache');
    const stale = `cli-main-0123456789abcdef-${process.version}-${process.arch}.v8`;
    writeFileSync(join(dir, stale), 'an earlier build');
    assert.deepEqual(run(dir), plain);
    assert.deepEqual(files(dir), [file]);
    assert.ok(statSync(join(dir, file)).size > 100_000, 'rewritten from the run');
  });

  it('runs the same where no cache can be written', () => {
    const notAFolder = join(scratch, 'a-file');
    writeFileSync(notAFolder, '');
    assert.deepEqual(run(join(notAFolder, 'cache')), plain);
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
