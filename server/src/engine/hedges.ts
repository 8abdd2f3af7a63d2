// The epistemic hedges of a sentence: cues from data/hedges.json, each kept or left alone by the
// check of its sense (hedges/senses.ts, one per sense). Shared analysis, as claims.ts is: the hedge
// rule reports them, hedge-stack finds two on one claim, and unsupported-claim leaves a hedged
// sentence to them; no rule calls another.
import { cueBit, forLastSentence, type SentenceContext } from './context';
import { insideQuotation, reportsOthersInference } from './hedges/clauses';
import { senseReason } from './hedges/senses';
import { type HedgeCue, type Sense } from './hedges/verdict';
import { hedges } from './lexicon';
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
  return found;
});

/** Every epistemic hedge in the sentence, after the sense checks (memoised for the last sentence asked about). */
export function findHedges(ctx: SentenceContext): HedgeCue[] {
  return hedgesOfLastSentence(ctx);
}
