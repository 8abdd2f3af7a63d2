// weasel: building its hits.
import { type SentenceContext } from '../../context';
import { sources } from '../../lexicon';
import type { Hit } from '../rule';

export function quantifierHit(ctx: SentenceContext, from: number, to: number): Hit {
  const cue = ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end);
  const last = ctx.word(to - 1);
  const context =
    to === from + 1
      ? `stands alone before "${ctx.tokens[to]?.text ?? ''}", naming nobody: the claim rests on a group no one can identify`
      : sources.groupNouns.has(last)
        ? `speaks of "${ctx.tokens[to - 1].text}" without saying which ones`
        : 'generalises over an unspecified group';
  return { ...hit(ctx, from, to, 'vague quantifier', `"${cue}" ${context}.`), messageId: 'quantifier', cap: 'hint', fixes: [], alternatives: ['say which ones, or how many', 'cite the count'] };
}

export function hit(ctx: SentenceContext, from: number, to: number, category: string, reason: string): Hit {
  const start = ctx.tokens[from].start;
  const end = ctx.tokens[to - 1].end;
  return {
    start,
    end,
    messageId: 'weasel',
    data: { cue: ctx.text.slice(start, end) },
    category,
    reason: `${reason} ${sources.vagueHeadsGroup.note}`,
    alternatives: sources.vagueHeadsGroup.alternatives ?? [],
    fixes: ['name-source', 'cite'],
  };
}
