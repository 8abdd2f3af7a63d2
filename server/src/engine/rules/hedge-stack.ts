// hedge-stack: two or more hedges on one claim ("might possibly", "could perhaps suggest").
// One hedge marks uncertainty; a second only blurs it.
import { hedges } from '../lexicon';
import { findHedges, type HedgeCue } from '../hedges';
import type { Hit, Rule } from './rule';

/** Hedges at most this many words apart, in one clause, modify the same claim. */
const MAX_GAP = 3;
/** A hedge in the "that" clause a hedge introduces ("it seems plausible that … could") is at most this many words on. */
const MAX_CLAUSE_GAP = 20;

export const hedgeStack: Rule = {
  meta: {
    id: 'hedge-stack',
    title: 'Stacked hedges',
    description:
      'Two or more hedges on one claim ("might possibly", "could perhaps suggest", or a hedge and a second one in the clause it introduces: "it seems plausible that … could explain"): keep one, or say how uncertain the claim is. Hedges on separate claims ("prices may rise and wages might fall") and a hedge beside a stated probability ("very likely (80–90%)") are not stacks.',
    defaultSeverity: 'warning',
    silencedByEvidence: false,
    silencedByAttribution: false,
    policy: {
      sentenceClass: 'speculative',
      marksUncertain: true,
      countsAsHedge: true,
      plural: 'stacked hedges',
      statusGroup: { one: 'hedge', many: 'hedges', order: 2 },
    },
    messages: { stack: '"{{cue}}" stacks {{count}} hedges on one claim: keep at most one.' },
    examples: {
      flag: [
        { text: 'The talks might possibly resume in spring.', flagged: 'might possibly' },
        { text: 'This could perhaps suggest a change of course.', flagged: 'could perhaps suggest' },
        // A hedge that introduces a clause holding another hedge: the same claim weakened twice.
        {
          text: 'It seems plausible that the new levy could explain the fall in demand.',
          flagged: 'seems plausible that the new levy could',
        },
        {
          text: 'Take-up fell in every region, suggesting that the effect of the campaign is likely to be small.',
          flagged: 'suggesting that the effect of the campaign is likely',
        },
      ],
      allow: [
        'The talks might resume in spring.',
        'Perhaps the talks will resume; the data are clear on the cost.',
        // Two hedges on separate claims, joined by "and": each hedges its own claim.
        'Prices may rise and wages might fall.',
        // "though" starts a second claim, hedged on its own
        'An extension now looks likely, though probably in a narrower form.',
        // a verb of appearance with its likelihood adjective is one hedge
        'It seems likely that the levy played a part.',
        // a concession after the claim is hedged apart
        'The results suggest that support is uneven, although the sample is small and may not be representative.',
        // One hedge and a calibrated estimate with its scale.
        'A default by 2027 is perhaps very likely (80-90%).',
      ],
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
      while (
        j + 1 < cues.length &&
        cues[j + 1].from - cues[j].to <= MAX_GAP &&
        !breakBetween(ctx, cues[j].to, cues[j + 1].from) &&
        !coordinatorBetween(ctx, cues[j].to, cues[j + 1].from)
      )
        j++;
      // "It seems plausible that … could explain", "suggesting that … is likely to be limited": a hedge whose "that"
      // clause holds another hedge weakens the same claim twice, however far apart the two are within the clause.
      if (
        j === i &&
        j + 1 < cues.length &&
        opensComplement(ctx, cues[i]) &&
        cues[j + 1].from - cues[i].to <= MAX_CLAUSE_GAP &&
        !strongBreakBetween(ctx, cues[i].to, cues[j + 1].from) &&
        !concessionBetween(ctx, cues[i].to, cues[j + 1].from)
      )
        j++;
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
          reason: `Hedges found: ${group.map((c) => `"${ctx.text.slice(ctx.tokens[c.from].start, ctx.tokens[c.to - 1].end)}"`).join(', ')}, ${group[1].from - group[0].to <= MAX_GAP ? `within ${MAX_GAP} words of each other in one clause` : 'the second in the clause the first introduces'}.`,
          alternatives: ['keep the first hedge only', 'give the probability and its source'],
          fixes: ['keep-first'],
          parts: group.slice(1).map((c) => ({ start: ctx.tokens[c.from].start, end: ctx.tokens[c.to - 1].end })),
          ...(group[0].reportsWork ? { reportsWork: true } : {}),
        });
      }
      i = j + 1;
    }
    return hits;
  },
};

/** "seems plausible that", "suggesting that", "it is possible that": the hedge introduces a clause that carries the claim. */
function opensComplement(ctx: Parameters<Rule['check']>[0], cue: HedgeCue): boolean {
  if (ctx.word(cue.to - 1) === 'that') return true;
  if (ctx.word(cue.to) === 'that') return true;
  // "seems plausible that", "appears likely that", "seems reasonable to conclude that".
  return /^(seem|seems|seemed|appear|appears|appeared)$/.test(ctx.word(cue.from)) && ctx.word(cue.to + 1) === 'that';
}

/** Two predicates joined by "and", "but", "or", "while": separate claims, each with its own hedge. */
function coordinatorBetween(ctx: Parameters<Rule['check']>[0], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^(and|but|or|while|whereas|yet|nor|though|although)$/.test(ctx.word(k))) return true;
  return false;
}

/** "suggest that X, although the sample … may not be representative": the concession is a second claim, hedged apart. */
function concessionBetween(ctx: Parameters<Rule['check']>[0], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^(although|though|but|whereas|while)$/.test(ctx.word(k)) && ctx.breakBefore(k)) return true;
  return false;
}

/** A sentence-level break (semicolon, colon, dash, bracket) ends the clause a hedge introduces; a comma does not. */
function strongBreakBetween(ctx: Parameters<Rule['check']>[0], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (/[;:()\[\]—–]/.test(ctx.gapBefore(k))) return true;
  return false;
}

function breakBetween(ctx: Parameters<Rule['check']>[0], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ctx.breakBefore(k) && k > from) return true;
  return false;
}
