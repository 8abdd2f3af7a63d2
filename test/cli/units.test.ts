// The CLI's pure helpers: glob matching, offset → line/column, UTF-8 validation, progress.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globToRegExp } from '../../server/src/cli/glob';
import { LineIndex } from '../../server/src/cli/positions';
import { Progress } from '../../server/src/cli/progress';
import { decodeText, firstInvalidUtf8Offset, InputError } from '../../server/src/cli/read';

describe('globToRegExp', () => {
  const matches = (glob: string, path: string) => globToRegExp(glob).test(path);

  it('* stays within one path segment', () => {
    assert.equal(matches('*.md', 'brief.md'), true);
    assert.equal(matches('*.md', 'docs/brief.md'), false);
    assert.equal(matches('*.md', 'brief.mdx'), false);
  });

  it('** spans zero or more directories', () => {
    assert.equal(matches('**/*.md', 'brief.md'), true);
    assert.equal(matches('**/*.md', 'a/b/c/brief.md'), true);
    assert.equal(matches('docs/**/x.txt', 'docs/x.txt'), true);
    assert.equal(matches('docs/**/x.txt', 'docs/a/b/x.txt'), true);
    assert.equal(matches('docs/**/x.txt', 'other/x.txt'), false);
  });

  it('? is exactly one character, never a slash', () => {
    assert.equal(matches('memo-?.txt', 'memo-1.txt'), true);
    assert.equal(matches('memo-?.txt', 'memo-12.txt'), false);
    assert.equal(matches('a?b', 'a/b'), false);
  });

  it('{a,b} alternates, also across segments and nested', () => {
    assert.equal(matches('*.{md,qmd}', 'x.qmd'), true);
    assert.equal(matches('*.{md,qmd}', 'x.tex'), false);
    assert.equal(matches('{docs,notes/sub}/*.md', 'notes/sub/x.md'), true);
    assert.equal(matches('x.{t{ex,xt},md}', 'x.txt'), true);
  });

  it('treats regex characters literally and rejects an unclosed brace', () => {
    assert.equal(matches('a+b (1).md', 'a+b (1).md'), true);
    assert.equal(matches('a.md', 'abmd'), false);
    assert.throws(() => globToRegExp('*.{md,txt'), /unbalanced "\{"/);
  });
});

describe('LineIndex', () => {
  it('counts \\n, \\r\\n and lone \\r as line ends, like VS Code', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    assert.deepEqual(index.position(0), { line: 1, column: 1 });
    assert.deepEqual(index.position(2), { line: 1, column: 3 });
    assert.deepEqual(index.position(3), { line: 2, column: 1 });
    assert.deepEqual(index.position(7), { line: 3, column: 1 });
    assert.deepEqual(index.position(10), { line: 4, column: 1 });
    assert.deepEqual(index.position(12), { line: 4, column: 3 });
  });

  it('counts columns in UTF-16 code units (an emoji is two)', () => {
    const text = '😀 may';
    assert.deepEqual(new LineIndex(text).position(text.indexOf('may')), { line: 1, column: 4 });
  });
});

describe('decodeText', () => {
  it('reports the byte offset of the first invalid UTF-8 sequence', () => {
    const bytes = Buffer.concat([Buffer.from('héllo '), Buffer.from([0xc3, 0x28])]);
    assert.equal(firstInvalidUtf8Offset(bytes), 7);
    assert.throws(
      () => decodeText(bytes),
      (error: unknown) => error instanceof InputError && error.message === 'not valid UTF-8 (at byte offset 7)',
    );
  });

  it('rejects overlong forms, surrogates and truncated sequences', () => {
    assert.equal(firstInvalidUtf8Offset(Buffer.from([0x41, 0xc0, 0x80])), 1);
    assert.equal(firstInvalidUtf8Offset(Buffer.from([0x41, 0x42, 0xed, 0xa0, 0x80])), 2);
    assert.equal(firstInvalidUtf8Offset(Buffer.from([0x41, 0xf0, 0x9f, 0x98])), 1);
    assert.equal(firstInvalidUtf8Offset(Buffer.from('ok 😀', 'utf8')), 7);
  });

  it('drops a UTF-8 BOM and decodes UTF-16 with a BOM', () => {
    assert.equal(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61])), 'a');
    assert.equal(decodeText(Buffer.from([0xff, 0xfe, 0x61, 0x00])), 'a');
    assert.equal(decodeText(Buffer.from([0xfe, 0xff, 0x00, 0x61])), 'a');
  });

  it('calls NUL bytes or mostly control characters binary, but not tabs and line breaks', () => {
    const binary = { name: 'Error', message: 'binary file, skipped' };
    assert.throws(() => decodeText(Buffer.from([0x61, 0x00, 0x62])), binary);
    assert.throws(() => decodeText(Buffer.from([1, 2, 3, 0x61, 4, 5])), binary);
    assert.equal(decodeText(Buffer.from('a\tb\r\nc\f')), 'a\tb\r\nc\f');
  });
});

describe('Progress', () => {
  const terminal = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, write: (text: string) => written.push(text) } };
  };

  it('shows "analysing i/n files…" on a terminal for many files and erases it', () => {
    const { written, stream } = terminal(true);
    const progress = new Progress(stream, 40);
    progress.update(3, 'a.md', 100);
    progress.clear();
    assert.deepEqual(written, ['\r\x1b[Kanalysing 3/40 files…', '\r\x1b[K']);
  });

  it('names a very large file even when it is the only one', () => {
    const { written, stream } = terminal(true);
    new Progress(stream, 1).update(1, 'big.md', 3 * 1024 * 1024);
    assert.deepEqual(written, ['\r\x1b[Kanalysing… big.md (3.0 MB)']);
  });

  it('stays silent for a few small files, and always when not a terminal', () => {
    const few = terminal(true);
    new Progress(few.stream, 3).update(1, 'a.md', 100);
    const piped = terminal(false);
    new Progress(piped.stream, 40).update(1, 'big.md', 3 * 1024 * 1024);
    assert.deepEqual([...few.written, ...piped.written], []);
  });
});
