// The cheap lexical pass (analyze.ts) skips the cue-word rules on sentences without a
// cue word, and each of them on sentences without one of its own cue words (Rule.cueWords).
// It must never drop a finding: over the rules' own examples, the labelled fixtures, the
// bench corpus and (when ../shared is there) the shared data sets, every sentence it would
// skip gets no hit from those rules.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hasLexicalCue } from '../../server/src/engine/analyze';
import { SentenceContext } from '../../server/src/engine/context';
import { RULES } from '../../server/src/engine/index';
import { ownSentences, sentencesOf } from './own-sentences';

const ROOT = join(import.meta.dirname, '..', '..');
const SHARED_DATA = join(ROOT, '..', 'shared', 'data');
const CUED_RULES = RULES.filter((rule) => rule.meta.id !== 'unsupported-claim');
const OWN_CUES = new Map(CUED_RULES.map((rule) => [rule, new Set(rule.cueWords)]));
/** Enough of each shared data set to cover its variety while keeping the test quick. */
const SHARED_SAMPLE = 4000;

/** Sentences the prefilter skips although a cue-word rule flags them, with the rules. */
function dropped(sentences: readonly string[]): { skipped: number; missed: string[] } {
  let skipped = 0;
  const missed: string[] = [];
  for (const sentence of sentences) {
    const ctx = new SentenceContext(sentence);
    const cued = hasLexicalCue(ctx);
    if (!cued) skipped++;
    const rules = CUED_RULES.filter(
      (rule) => (!cued || !ctx.tokens.some((t) => OWN_CUES.get(rule)!.has(t.lower))) && rule.check(ctx).length > 0,
    ).map((rule) => rule.meta.id);
    if (rules.length > 0) missed.push(`${rules.join(', ')}: ${sentence}`);
  }
  return { skipped, missed };
}

describe('lexical prefilter', () => {
  it('keeps every flagged example of the rules', () => {
    const examples = RULES.flatMap((rule) => [...rule.meta.examples.flag.map((e) => e.text), ...rule.meta.examples.allow]);
    const flagged = CUED_RULES.flatMap((rule) => rule.meta.examples.flag.map((e) => e.text));
    assert.deepEqual(dropped(examples.flatMap((text) => sentencesOf(text))).missed, []);
    for (const text of flagged)
      assert.ok(
        sentencesOf(text).some((s) => hasLexicalCue(new SentenceContext(s))),
        text,
      );
  });

  it('never drops a finding on the labelled fixtures and the bench corpus, and skips a real share of them', () => {
    const sentences = ownSentences();
    const { skipped, missed } = dropped(sentences);
    assert.deepEqual(missed, []);
    assert.ok(skipped > sentences.length * 0.1, `skipped ${skipped} of ${sentences.length}`);
  });

  it('never drops a finding on the shared weasel and claim data sets', { skip: !existsSync(SHARED_DATA) && 'no ../shared/data' }, () => {
    const weasel = readFileSync(join(SHARED_DATA, 'hedge', 'wiki-weasel-train.csv'), 'utf8')
      .split(/",[01]\n/)
      .map((row) => row.replace(/^(?:text,label\n)?"/, '').trim())
      .slice(0, SHARED_SAMPLE);
    const claims = (JSON.parse(readFileSync(join(SHARED_DATA, 'claims', 'claimbuster-train.json'), 'utf8')) as { text: string }[])
      .slice(0, SHARED_SAMPLE)
      .map((row) => row.text);
    const { skipped, missed } = dropped([...weasel, ...claims].flatMap((text) => sentencesOf(text)));
    assert.deepEqual(missed, []);
    assert.ok(skipped > 0);
  });
});
