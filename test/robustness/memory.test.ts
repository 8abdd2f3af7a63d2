// An editing session must not keep old versions of a document alive. V8 keeps the whole parent of
// a sliced string alive, so a cache that stores slices (chunk text, sentence text, quoted findings)
// would pin every version it saw: 200 edits of a 94 KB document retained 20–43 MB, and more with
// every edit. Caches may keep a bounded amount; what they keep must stop growing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeDocument } from '../../server/src/engine';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const EDITS = 200;
/** A version pinned per edit would add ≥ 94 KB × 200 ≈ 19 MB over the second round of edits. */
const GROWTH_LIMIT_MB = 4;

const paragraph = (i: number) => `The committee met on Tuesday ${i} and agreed the agenda for the autumn session. `.repeat(6).trim();
const REST = Array.from({ length: 200 }, (_, i) => paragraph(i)).join('\n\n');
/** The same long document, its first sentence edited (a new figure each time; `round` keeps the sentences of each test new to the caches). */
const version = (edit: number, round: string) =>
  `Imports of ${round} may have risen by ${edit} per cent in 2023, officials say.\n\n${REST}\n`;

function heapUsedMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1e6;
}

describe('memory over an editing session', () => {
  for (const languageId of ['markdown', 'plaintext', 'latex']) {
    it(`${languageId}: memory stops growing over 2 × ${EDITS} edits of a ${Math.round(version(0, languageId).length / 1000)} KB document`, (t) => {
      analyzeDocument(version(-1, languageId), { languageId });
      const start = heapUsedMb();
      let findings = 0;
      const editRound = (from: number) => {
        for (let edit = from; edit < from + EDITS; edit++)
          findings += analyzeDocument(version(edit, languageId), { languageId }).findings.length;
        return heapUsedMb() - start;
      };
      const afterFirst = editRound(0);
      const afterSecond = editRound(EDITS);
      assert.ok(findings >= 2 * EDITS, `every version is analysed (${findings} findings)`);
      assert.ok(
        afterSecond - afterFirst < GROWTH_LIMIT_MB,
        `retained ${afterFirst.toFixed(1)} MB after ${EDITS} edits, ${afterSecond.toFixed(1)} MB after ${2 * EDITS}`,
      );
      t.diagnostic(
        `${languageId}: ${afterFirst.toFixed(1)} MB retained after ${EDITS} edits, ${afterSecond.toFixed(1)} MB after ${2 * EDITS}`,
      );
    });
  }
});
