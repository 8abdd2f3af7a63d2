// findCuedPhrases (rules/cued-phrases.ts) must find exactly what PhraseMatcher.findAll finds,
// passing words by their cue masks instead of a lookup per word.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cueBit, SentenceContext } from '../../server/src/engine/context';
import { boosters, hedges, speculation } from '../../server/src/engine/lexicon';
import { findCuedPhrases } from '../../server/src/engine/cued-phrases';
import type { PhraseMatcher } from '../../server/src/engine/tokens';
import { ownSentences } from './own-sentences';

const MATCHERS: Record<string, PhraseMatcher<unknown>> = {
  hedges,
  boosters,
  purpose: speculation.purpose,
  intention: speculation.intention,
  reportedFrames: speculation.reportedFrames,
};
// One list for all of them (the bit may cover more than a matcher's first words; the cue lists are few, and shared).
// Registered before any context is built: a context reads the cue lists when it is made.
const ANY_FIRST_WORD = cueBit(Object.values(MATCHERS).flatMap((matcher) => matcher.firstWords()));

test('findCuedPhrases finds what findAll finds, on the labelled fixtures, the bench corpus and hand-made edge cases', () => {
  const sentences = [
    ...ownSentences(),
    // Phrases at the very end, overlapping candidates, and a phrase cut off by the sentence end.
    'It may well be that it might possibly rain.',
    'Of course it is clear that',
    'In order to',
    'It is not known whether the talks, which may perhaps resume, could possibly succeed.',
    '',
  ];
  let found = 0;
  for (const text of sentences) {
    const ctx = new SentenceContext(text);
    for (const [name, matcher] of Object.entries(MATCHERS)) {
      const expected = matcher.findAll(ctx.tokens);
      assert.deepEqual(findCuedPhrases(matcher, ctx, ANY_FIRST_WORD), expected, `${name}: ${text}`);
      found += expected.length;
    }
  }
  assert.ok(found > 150, `only ${found} phrases found: the comparison proves little`);
});
