// hedge-stack: two or more hedges on one claim ("might possibly", "could perhaps suggest").
// One hedge marks uncertainty; a second only blurs it.
import { hedges } from '../lexicon';
import { findHedges, type HedgeCue } from './hedge';
import type { Hit, Rule } from './rule';

/** Hedges at most this many words apart, in one clause, modify the same claim. */
const MAX_GAP = 3;

export const hedgeStack: Rule = {
  meta: {
    id: 'hedge-stack',
    title: 'Stacked hedges',
    description: 'Two or more hedges on one claim ("might possibly", "could perhaps suggest"): keep one, or say how uncertain the claim is.',
    defaultSeverity: 'warning',
    silencedByEvidence: false,
    silencedByAttribution: false,
    messages: { stack: '"{{cue}}" stacks {{count}} hedges on one claim: keep at most one.' },
    examples: {
      flag: [
        { text: 'The talks might possibly resume in spring.', flagged: 'might possibly' },
        { text: 'This could perhaps suggest a change of course.', flagged: 'could perhaps suggest' },
      ],
      allow: ['The talks might resume in spring.', 'Perhaps the talks will resume; the data are clear on the cost.'],
    },
  },
  cueWords: hedges.firstWords(),
  check(ctx) {
    // A weak cue shown only as a hint ("potential", expectation "should") does not make a stack.
    // A loop, not filter(): a callback is a call per cue before the JIT.
    const cues: HedgeCue[] = [];
    const found = findHedges(ctx);
    for (let c = 0; c < found.length; c++) if (!found[c].cap) cues.push(found[c]);
    const hits: Hit[] = [];
    for (let i = 0; i < cues.length; ) {
      let j = i;
      while (j + 1 < cues.length && cues[j + 1].from - cues[j].to <= MAX_GAP && !breakBetween(ctx, cues[j].to, cues[j + 1].from)) j++;
      if (j > i) {
        const group = cues.slice(i, j + 1);
        const start = ctx.tokens[group[0].from].start;
        const end = ctx.tokens[group[group.length - 1].to - 1].end;
        hits.push({
          start,
          end,
          messageId: 'stack',
          data: { cue: ctx.text.slice(start, end), count: String(group.length) },
          category: 'stacked hedges',
          reason: `Hedges found: ${group.map((c) => `"${ctx.text.slice(ctx.tokens[c.from].start, ctx.tokens[c.to - 1].end)}"`).join(', ')}, within ${MAX_GAP} words of each other in one clause.`,
          alternatives: ['keep the first hedge only', 'give the probability and its source'],
          fixes: ['keep-first'],
          parts: group.slice(1).map((c) => ({ start: ctx.tokens[c.from].start, end: ctx.tokens[c.to - 1].end })),
        });
      }
      i = j + 1;
    }
    return hits;
  },
};

function breakBetween(ctx: Parameters<Rule['check']>[0], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ctx.breakBefore(k) && k > from) return true;
  return false;
}
