// weasel: building its hits.
import { type SentenceContext } from '../../context';
import { sources } from '../../lexicon';
import type { Hit } from '../rule';
import { SAYING_TAIL } from '../../grammar';

export function quantifierHit(ctx: SentenceContext, from: number, to: number): Hit {
  const cue = ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end);
  const last = ctx.word(to - 1);
  const context =
    to === from + 1
      ? `stands alone before "${ctx.tokens[to]?.text ?? ''}", naming nobody: the claim rests on a group no one can identify`
      : sources.groupNouns.has(last)
        ? `speaks of "${ctx.tokens[to - 1].text}" without saying which ones`
        : 'generalises over an unspecified group';
  return {
    ...hit(ctx, from, to, 'vague quantifier', `"${cue}" ${context}.`),
    messageId: 'quantifier',
    cap: 'hint',
    fixes: [],
    alternatives: ['say which ones, or how many', 'cite the count'],
  };
}

/** The vague source's own words in the cue: without "according to" before them or a verb of saying after them. */
function sourceWords(ctx: SentenceContext, from: number, to: number): { start: number; end: number } {
  if (ctx.word(from) === 'according' && ctx.word(from + 1) === 'to' && from + 2 < to)
    return { start: ctx.tokens[from + 2].start, end: ctx.tokens[to - 1].end };
  let last = to - 1;
  if (last > from && SAYING_TAIL.has(ctx.word(last)))
    last -= /^(shown|found)$/.test(ctx.word(last)) && /^(have|has)$/.test(ctx.word(last - 1)) && last - 1 > from ? 2 : 1;
  return { start: ctx.tokens[from].start, end: ctx.tokens[last].end };
}

export function hit(ctx: SentenceContext, from: number, to: number, category: string, reason: string): Hit {
  const start = ctx.tokens[from].start;
  const end = ctx.tokens[to - 1].end;
  return {
    start,
    end,
    source: sourceWords(ctx, from, to),
    messageId: 'weasel',
    data: { cue: ctx.text.slice(start, end) },
    category,
    reason: `${reason} ${sources.vagueHeadsGroup.note}`,
    alternatives: sources.vagueHeadsGroup.alternatives ?? [],
    fixes: ['name-source', 'cite'],
  };
}
