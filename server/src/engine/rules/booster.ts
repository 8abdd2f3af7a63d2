// booster: certainty markers on a sentence that carries no evidence.
// "Obviously" asks the reader to take the point on trust; evidence would make it unnecessary.
import { cueBit } from '../context';
import { boosters } from '../lexicon';
import { findCuedPhrases } from './cued-phrases';
import type { Hit, Rule } from './rule';

/** A booster starts from one of these words (see findCuedPhrases). */
const BOOSTER_CUES = cueBit(boosters.firstWords());
/** After these, "clearly" describes how something is done, not how certain it is. */
const MANNER_VERBS = new Set([
  'explain', 'explained', 'explains', 'state', 'stated', 'states', 'set', 'sets', 'defined', 'define', 'defines', 'written', 'write', 'writes',
  'communicate', 'communicated', 'speak', 'spoke', 'spoken', 'see', 'saw', 'seen', 'label', 'labelled', 'labeled', 'mark', 'marked', 'marking',
  'visible', 'think', 'thinking', 'present', 'presented', 'describe', 'described', 'articulate', 'articulated', 'expressed', 'express', 'identify',
  'identified', 'identifies', 'outline', 'outlined', 'show', 'showed', 'shown', 'shows', 'display', 'displayed', 'read', 'heard', 'hear', 'laid',
  'specified', 'specify', 'demarcated', 'separate', 'separated', 'distinguish', 'distinguished',
]);

export const booster: Rule = {
  meta: {
    id: 'booster',
    title: 'Booster',
    description: 'Certainty markers — obviously, clearly, undoubtedly, of course, it is clear that — in a sentence that gives no evidence.',
    defaultSeverity: 'information',
    silencedByEvidence: true,
    silencedByAttribution: true,
    messages: { booster: '"{{cue}}" asserts certainty without evidence: show why, or drop it.' },
    examples: {
      flag: [
        { text: 'Obviously, the U.S. would not be welcomed.', flagged: 'Obviously' },
        { text: 'Of course, the two countries differ in size.', flagged: 'Of course' },
        { text: 'The policy clearly failed.', flagged: 'clearly' },
      ],
      allow: [
        'The report explains clearly how funds are allocated.',
        'The data clearly show a decline [@ons2024].',
        'Obviously, prices rose (Eurostat, 2024).',
      ],
    },
  },
  cueWords: boosters.firstWords(),
  check(ctx) {
    const hits: Hit[] = [];
    for (const m of findCuedPhrases(boosters, ctx, BOOSTER_CUES)) {
      const cue = m.value;
      if (cue.sense === 'manner') {
        const prev = ctx.word(m.from - 1);
        const next = ctx.word(m.to);
        if (MANNER_VERBS.has(prev) || (m.to >= ctx.tokens.length) || ctx.breakBefore(m.to) && m.from > 0) continue;
        if (next === 'and' || next === 'or') continue;
      }
      // Built whole, not with ...span(): a spread costs a runtime call per hit before the JIT.
      const start = ctx.tokens[m.from].start;
      const end = ctx.tokens[m.to - 1].end;
      hits.push({
        start,
        end,
        messageId: 'booster',
        data: { cue: ctx.text.slice(start, end) },
        category: cue.category,
        reason: `"${ctx.tokens[m.from].text}" marks certainty, and the sentence gives no evidence for it. ${cue.note}`,
        alternatives: cue.alternatives,
        fixes: cue.fix === 'remove' ? ['remove'] : [],
      });
    }
    return hits;
  },
};
