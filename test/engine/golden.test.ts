// The identity check (issue 16): the engine's full output on the example draft, the editor-test
// fixtures, the bench paragraphs and the labelled fixture sentences is what test/golden/ holds
// (written by scripts/snapshot.mjs --update, reviewed in the diff like code); the generated bench
// documents and the corpus in ../shared are compared by digest.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import * as engineApi from '../../server/src/engine/index';
import * as bibApi from '../../server/src/engine/bib/index';

const ROOT = resolve(__dirname, '../..');
let files: Map<string, string>;

before(async () => {
  const { snapshots } = await import(pathToFileURL(join(ROOT, 'scripts/snapshot.mjs')).href);
  files = snapshots({ ...engineApi, ...bibApi });
});

const HINT = "the engine's output changed: if that is meant, run `node scripts/snapshot.mjs --update` and review the diff of test/golden/";

describe('golden files', () => {
  it('every document and sentence the repository holds gives the output recorded in test/golden/', () => {
    for (const [name, content] of files) {
      if (name === 'corpus-digests.txt') continue;
      const path = join(ROOT, 'test', 'golden', name);
      assert.ok(existsSync(path), `test/golden/${name} is missing: ${HINT}`);
      assert.equal(content, readFileSync(path, 'utf8'), `test/golden/${name}: ${HINT}`);
    }
  });

  it('the corpus documents give the output whose digests test/golden/corpus-digests.txt records', (t) => {
    if (!files.has('corpus-digests.txt')) return t.skip('needs ../shared/corpus (the corpus is not part of the repository)');
    assert.equal(files.get('corpus-digests.txt'), readFileSync(join(ROOT, 'test', 'golden', 'corpus-digests.txt'), 'utf8'), HINT);
  });

  it('a changed finding shows in the golden text, not only in a count', () => {
    const example = files.get('examples__draft-brief.md.txt')!;
    assert.match(example, /^12:14-12:17 hedge:hedge information "may" "may" hedges this claim/m);
    assert.match(example, /^ {4}fix "Keep one hedge: remove \\"possibly\\"" \(safe\): 12:65-12:74 ""$/m);
  });
});
