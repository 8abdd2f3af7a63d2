// The epistemic hedges of a sentence: cues from data/hedges.json, each kept or left alone by the
// check of its sense (hedges/senses.ts, one per sense). Shared analysis, as claims.ts is: the hedge
// rule reports them, hedge-stack finds two on one claim, and unsupported-claim leaves a hedged
// sentence to them; no rule calls another.
import { cueBit, forLastSentence, type SentenceContext } from './context';
import { insideQuotation, reportsOthersInference } from './hedges/clauses';
import { senseReason } from './hedges/senses';
import { type HedgeCue, type Sense } from './hedges/verdict';
import { hedges, sources } from './lexicon';
import { findCuedPhrases } from './cued-phrases';

export { SENSES, type HedgeCue, type Sense } from './hedges/verdict';

/** A hedge starts from one of these words: a sentence with none has no hedge to look for. */
const HEDGE_CUES = cueBit(hedges.firstWords());

// hedge, hedge-stack and unsupported-claim ask about one sentence one after the other.
const hedgesOfLastSentence = forLastSentence((ctx) => {
  const found: HedgeCue[] = [];
  if (!ctx.holds(HEDGE_CUES)) return found;
  for (const m of findCuedPhrases(hedges, ctx, HEDGE_CUES)) {
    // Words inside quotation marks are someone else's: "the plan says policies “could potentially reduce” emissions".
    if (insideQuotation(ctx, m.from)) continue;
    // "Theresa May", a signatory "Grant Likely": a capitalised cue after a capitalised word (past the sentence's first word,
    // or in a line of two or three words) is part of a name.
    if (
      (m.from > 1 || (m.from === 1 && ctx.tokens.length <= 3)) &&
      ctx.isCapitalized(m.from) &&
      ctx.isCapitalized(m.from - 1) &&
      !ctx.breakBefore(m.from)
    )
      continue;
    // A cue keyed on a rarer word ("knowledge") counts only after its opening words ("to our"), which the span takes in:
    // the lexical prefilter then keys on the rare word, not on "to", "in" or "as".
    let from = m.from;
    if (m.value.preceded) {
      const opening = m.value.preceded
        .map((words) => words.split(' '))
        .find((words) => words.every((word, k) => ctx.word(m.from - words.length + k) === word));
      if (!opening) continue;
      from -= opening.length;
    }
    const verdict = senseReason(ctx, m.value.sense as Sense, from, m.to);
    if (typeof verdict === 'string') found.push({ from, to: m.to, entry: m.value, reason: verdict });
    else if (verdict) {
      const cue: HedgeCue = { from, to: m.to, entry: m.value, reason: verdict.reason };
      if (verdict.cap) cue.cap = verdict.cap;
      if (verdict.circumstantial) cue.circumstantial = true;
      if (verdict.listedOption) cue.listedOption = true;
      found.push(cue);
    }
  }
  // "Studies of the levy suggest that demand may fall[^3]": what a work infers, and the hedges in the clause it introduces,
  // are that work's when the sentence cites it; the pipeline, which sees the citation, leaves them alone then.
  for (let c = 0; c < found.length; c++) {
    const cue = found[c];
    if (cue.reportsWork || (cue.entry.sense !== 'evidential' && cue.entry.sense !== 'inference') || !reportsOthersInference(ctx, cue.from))
      continue;
    cue.reportsWork = true;
    if (ctx.word(cue.to) !== 'that') continue;
    for (let d = c + 1; d < found.length && found[d].from - cue.to <= 20; d++) {
      let cut = false;
      for (let k = cue.to + 1; k <= found[d].from; k++) if (/[;:()\[\]—–]/.test(ctx.gapBefore(k))) cut = true;
      if (cut) break;
      found[d].reportsWork = true;
    }
  }
  // "Smith (2020) estimates that imports could lower costs", "The Agency projects that the number could rise by a quarter
  // [@era2024]": the hedges of a clause a source's verb of reporting introduces are that source's, as above.
  if (found.length > 0 && ctx.words.includes('that')) markReportedClauses(ctx, found);
  return found;
});

/** Words that open the writer's comment after a comma: "…, which may explain …", "…, but this may …". */
const WRITERS_COMMENT = new Set(['which', 'but', 'although', 'though', 'while', 'whereas', 'and']);

/**
 * The verb at k follows a citation as its subject: "Smith (2020) estimates", or, at the sentence's start in lower case,
 * a citation command the prose left out ("\citet{smith2020} estimate that").
 */
function citedSubject(ctx: SentenceContext, k: number): boolean {
  if (k === 0) return !ctx.isCapitalized(0);
  return ctx.gapBefore(k).includes(')') && /^(?:1[5-9]|20)\d\d[a-z]?$/.test(ctx.word(k - 1));
}

/** Marks the hedges in a that-clause after another's verb of reporting (not the writer's: "we estimate that …") as reportsWork. */
function markReportedClauses(ctx: SentenceContext, found: HedgeCue[]): void {
  for (let k = 0; k + 1 < ctx.tokens.length; k++) {
    const verb = sources.reportingVerbs.matchAt(ctx.tokens, k);
    const end = verb ? verb.end : sources.forecastVerbs.has(ctx.word(k)) ? k + 1 : -1;
    if (end < 0 || ctx.word(end) !== 'that' || !(reportsOthersInference(ctx, k) || citedSubject(ctx, k))) continue;
    // (a verb that is a hedge itself, "suggests", is weighed above)
    if (found.some((cue) => cue.from === k)) continue;
    const reported: HedgeCue[] = [];
    for (const cue of found) {
      if (cue.from <= end || cue.from - end > 25) continue;
      // (", which may explain …": the writer's own comment on what was reported)
      let cut = false;
      for (let j = end + 1; j <= cue.from && !cut; j++)
        cut = /[;:()\[\]\u2014\u2013]/.test(ctx.gapBefore(j)) || (ctx.gapBefore(j).includes(',') && WRITERS_COMMENT.has(ctx.word(j)));
      if (!cut) reported.push(cue);
    }
    // ("… that the fee may perhaps have deterred …": two hedges on the reported claim are the writer's doubling)
    if (reported.length === 1) reported[0].reportsWork = true;
  }
}

/** Every epistemic hedge in the sentence, after the sense checks (memoised for the last sentence asked about). */
export function findHedges(ctx: SentenceContext): HedgeCue[] {
  return hedgesOfLastSentence(ctx);
}
