// The structure pass keeps each unchanged chunk's facts from the call before: after any edit, what it reads
// (every chunk's context: after a quote, sourced, checklist or proposal lead-in, a translation) must be what a
// fresh read of the same text gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../../server/src/engine';
import { chunkDocument } from '../../server/src/engine/prose';
import { ChunkCache } from '../../server/src/engine/prose/chunks';
import { textChange } from '../../server/src/engine/prose/buffer';
import { findSections } from '../../server/src/engine/prose/structure';
import { Random } from '../robustness/fuzz';

/** A read with nothing kept: the call before it was on an unrelated text. */
function fresh(text: string, languageId: string): string[] {
  chunkDocument('An unrelated note.', languageId);
  return chunkDocument(text, languageId).contexts;
}

/**
 * An insertion of a piece, a deletion of up to `longest` characters, or a piece typed over as many characters (a chunk
 * the same length as before), at a random place.
 */
function randomEdit(random: Random, text: string, pieces: readonly string[], longest: number): string {
  const at = random.int(text.length + 1);
  const piece = random.pick(pieces);
  const kind = random.int(3);
  if (kind === 0) return text.slice(0, at) + piece + text.slice(at);
  if (kind === 1) return text.slice(0, at) + text.slice(at + 1 + random.int(longest));
  return text.slice(0, at) + piece + text.slice(at + piece.length);
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
        text = randomEdit(random, text, PIECES, 20);
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

describe('chunk entries kept between calls', () => {
  it('says which chunks have the text of a chunk of the reading before', () => {
    const before = chunkDocument('First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n', 'markdown');
    const after = chunkDocument('First paragraph.\n\nSecond, edited paragraph.\n\nThird paragraph.\n', 'markdown');
    assert.equal(after.sameText?.before, before.sameText?.reading);
    assert.deepEqual([...after.sameText!.kept], [0, -1, 2]);
  });

  it('renews an entry while it is in the cache, and not once it was evicted or replaced', () => {
    const cache = new ChunkCache<number>(30);
    const first = cache.set('a paragraph of twenty', 'markdown', 1);
    assert.equal(cache.renew(first), true);
    assert.equal(cache.lookup('a paragraph of twenty', 'markdown'), first);
    const replaced = cache.set('a paragraph of twenty', 'markdown', 2);
    assert.equal(cache.renew(first), false);
    assert.equal(cache.renew(replaced), true);
    // (past the bound: the least recently used entry goes)
    cache.set('another paragraph, of 28 ch.', 'markdown', 3);
    assert.equal(cache.renew(replaced), false);
    assert.equal(cache.get('a paragraph of twenty', 'markdown'), undefined);
  });

  it('analyses edited versions as a fresh analysis does when the chunks between calls are taken by place', () => {
    const random = new Random(5);
    const sentences = [
      'Unemployment rose to 7.4% in 2023.',
      'It may rain tomorrow.',
      'Studies show that sanctions rarely work.',
      'The minister told the committee:',
    ];
    let text = Array.from({ length: 8 }, () => random.pick(sentences)).join('\n\n');
    for (let edit = 0; edit < 40; edit++) {
      const previous = text;
      const at = random.int(text.length);
      text = random.chance(0.5)
        ? `${text.slice(0, at)}${random.pick(sentences)} ${text.slice(at)}`
        : text.slice(0, at) + text.slice(at + 3);
      // (the version before, then this one: the second call takes the chunks that did not change from the first)
      analyzeDocument(previous, { languageId: 'markdown' });
      const warm = analyzeDocument(text, { languageId: 'markdown' });
      const fresh = analyzeDocument(text, { languageId: 'markdown', settings: { acceptedTerms: [`fresh-${edit}`] } });
      assert.deepEqual(warm, fresh, `edit ${edit}: ${JSON.stringify(text)}`);
    }
  });
});

describe('section titles kept between calls', () => {
  const TITLES = {
    markdown: ['## References', '# Acknowledgements', '**Funding**', '## The policy', '1. **Notes**', 'Costs rose.', '#', '\n', ' '],
    plaintext: ['References', 'Acknowledgements', 'The policy in brief', 'Costs rose by a third.', '\n', ' '],
    latex: [
      '\\section{References}',
      '\\subsection*{Acknowledgements}',
      '\\section{The policy}',
      '\\subsubsection{Funding}',
      'Costs rose.',
      '\\',
      '{',
      '}',
      '\n',
    ],
  } as const;
  for (const family of ['markdown', 'plaintext', 'latex'] as const) {
    it(`finds the sections of ${family} a fresh read finds, across random edits`, () => {
      const random = new Random(family.length * 31);
      const pieces = TITLES[family];
      let text = Array.from({ length: 12 }, () => random.pick(pieces)).join('\n\n');
      let withSections = 0;
      for (let edit = 0; edit < 200; edit++) {
        const before = text;
        text = randomEdit(random, text, pieces, 12);
        const kept = findSections(text, family, textChange(before, text));
        // (a fresh read: no change told; then this text again, its titles all kept, for the next edit to start from)
        assert.deepEqual(kept, findSections(text, family), `edit ${edit}: ${JSON.stringify(text)}`);
        assert.deepEqual(findSections(text, family, textChange(text, text)), kept);
        if (kept.some((section) => section.kind !== undefined)) withSections++;
      }
      assert.ok(withSections >= 10, `${withSections} versions had a references or front section`);
    });
  }
});
