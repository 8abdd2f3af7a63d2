// What makes a sentence a checkable claim: figures and statistics, trends, causal links,
// comparisons and rankings, absolute generalisations, forecasts, dated facts and past actions.
//
// Two consumers, one set of features:
// - the unsupported-claim rule flags a feature at its `level` (lenient < standard < strict);
//   features without a level (past actions, someone else's stated aim, the speaker's stance) are never flagged;
// - `claim` in classify (isClaim) asks the broader question a fact-checker asks: does this
//   sentence state something checkable? A past action ("the committee rejected the bill") or
//   a count ("4,300 staff") makes it one, even where a draft should not be warned about it.
//   Questions, courtesies and the speaker's own views, wishes and promises ("I think",
//   "we will") are not claims unless they carry a measured figure.
// They stay coherent: every feature the rule flags up to "standard" also makes a classify
// claim, so a standard finding always sits on a claim. Only "strict" goes further: a bare
// forecast ("the talks will resume") or a bare date is flagged there but is not a claim alone.
//
// Context decides more than the cue word: a feature inside an "if"/"unless" clause is supposed,
// not stated; a pronoun's past act ("they went", "he said") is a record only when the sentence
// names, dates or counts something, or the act is one of office ("they vetoed"); an absolute in
// a clause about the speaker ("we meet them all the time") or "nobody knows" generalises nothing;
// and the speaker's stance ("I think ...") gives way when the sentence states several kinds of
// fact at once (classify only: the editor still leaves the speaker's view alone).
//
// The parts live in claims/: features.ts (collecting them, isClaim), shapes.ts (comparisons,
// rankings, generalisations, goals, conditions), events.ts (past actions, positions), stance.ts
// (the writer's own stance, recommendations, hypotheses), tokens.ts and words.ts.
export { findClaimFeatures, isClaim, type ClaimFeature } from './claims/features';
export {
  hypothesisStart,
  isNormative,
  operativeClause,
  opensWithCourtesy,
  quotesASaying,
  writerStance,
  type WriterStance,
} from './claims/stance';
export { AGENTLESS_ACT, agentlessPassive } from './claims/events';
export { bodiesOfByline, bodyKey, bodySubject, spokenAsWe } from './claims/named-body';
export { REQUIREMENT_VERBS } from './claims/words';
