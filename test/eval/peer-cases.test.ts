// Other projects' published test cases (scripts/eval/peer-cases.mjs): read from their packages in
// node_modules, each with the annotation guide's call written for it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const BUILT_CLI = join(ROOT, 'dist/cli.js');
let result: any;

before(async () => {
  const { runPeerCases } = await import(pathToFileURL(join(ROOT, 'scripts/eval/peer-cases.mjs')).href);
  if (existsSync(BUILT_CLI)) result = runPeerCases(BUILT_CLI);
});

describe("other projects' published cases", () => {
  it("are read from all three packages, and every one has the guide's call written", (t) => {
    if (!result) return t.skip('dist/cli.js is not built (node esbuild.mjs)');
    assert.deepEqual(result.missing, []);
    assert.deepEqual([...new Set(result.cases.map((c: any) => c.project))].sort(), ['retext-intensify', 'weasel-words', 'write-good']);
    assert.deepEqual(
      result.cases.filter((c: any) => !c.call).map((c: any) => c.text),
      [],
    );
  });

  it('flag the vague source, the unattributed view and the hedge the guide wants, and leave style matters alone', (t) => {
    if (!result) return t.skip('dist/cli.js is not built (node esbuild.mjs)');
    const found = (text: string) => result.cases.find((c: any) => c.text === text)?.found;
    assert.deepEqual(found('It has been said that few developers write well.'), [['passive-attribution', 'It has been said']]);
    assert.deepEqual(found('Some people say there are quite some problems, apparently.'), [
      ['weasel', 'Some people say'],
      ['hedge', 'apparently'],
    ]);
    assert.deepEqual(found('The script was killed'), []);
    assert.deepEqual(found('This sentence is extremely good.'), []);
  });
});
