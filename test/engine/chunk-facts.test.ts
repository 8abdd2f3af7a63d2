// The structure pass keeps each unchanged chunk's facts from the call before: after any edit, what it reads
// (every chunk's context: after a quote, sourced, checklist or proposal lead-in, a translation) must be what a
// fresh read of the same text gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunkDocument } from '../../server/src/engine/prose';
import { Random } from '../robustness/fuzz';

/** A read with nothing kept: the call before it was on an unrelated text. */
function fresh(text: string, languageId: string): string[] {
  chunkDocument('An unrelated note.', languageId);
  return chunkDocument(text, languageId).contexts;
}

const PIECES = [
  'The minister told the committee:',
  'According to the notice [@notice2024], the measures are:',
  'Before fieldwork starts, make sure that:',
  'I therefore propose to the Congress:',
  '## Checklist',
  '- the budget is agreed',
  '1. a named owner',
  '> La mesure est entrée en vigueur le 1er janvier et elle a été bien reçue par les entreprises.',
  'The measure took effect in January.',
  'It may rain tomorrow.',
  '\n\n',
  ':',
  '- ',
  '> ',
];

describe('chunk facts kept between calls', () => {
  for (const languageId of ['markdown', 'plaintext', 'latex']) {
    it(`gives every chunk of ${languageId} the context a fresh read gives, across random edits`, () => {
      const random = new Random(languageId.length * 7919);
      let text = Array.from({ length: 10 }, () => random.pick(PIECES.slice(0, 10))).join('\n\n');
      let lastContexts = chunkDocument(text, languageId).contexts;
      let changed = 0;
      for (let edit = 0; edit < 150; edit++) {
        const at = random.int(text.length);
        const piece = random.pick(PIECES);
        const kind = random.int(3);
        // (an insertion, a deletion, or a piece typed over as many characters: a chunk the same length as before)
        text =
          kind === 0
            ? text.slice(0, at) + piece + text.slice(at)
            : kind === 1
              ? text.slice(0, at) + text.slice(at + 1 + random.int(20))
              : text.slice(0, at) + piece + text.slice(at + piece.length);
        const kept = chunkDocument(text, languageId).contexts;
        if (kept.join('\n') !== lastContexts.join('\n')) changed++;
        lastContexts = kept;
        assert.deepEqual(kept, fresh(text, languageId), `edit ${edit}: ${JSON.stringify(text)}`);
        // (and a second call on the same text, everything kept, reads the same)
        assert.deepEqual(chunkDocument(text, languageId).contexts, kept);
      }
      assert.ok(changed >= 5, `the edits changed the contexts ${changed} times`);
    });
  }

  it('reads a chunk again whose text did not change where it ends elsewhere now', () => {
    // (a lone carriage return keeps plain text one chunk; once it goes, the first chunk ends at its lead-in)
    const oneChunk = 'The minister told the committee:\n\nCosts rose by a third.\r';
    assert.deepEqual(chunkDocument(oneChunk, 'plaintext').contexts, ['plaintext']);
    assert.deepEqual(chunkDocument(oneChunk.replace('\r', ''), 'plaintext').contexts, ['plaintext', 'plaintext|quote']);
  });

  it('reads a chunk again when only its neighbour changed and it now follows a lead-in', () => {
    const before = 'The minister said that costs rose.\n\nCosts rose by a third.\n';
    const after = before.replace('said that costs rose.', 'told the committee:');
    assert.deepEqual(chunkDocument(before, 'markdown').contexts, ['markdown:-1', 'markdown:-1']);
    assert.deepEqual(chunkDocument(after, 'markdown').contexts, ['markdown:-1', 'markdown:-1|quote']);
  });
});
