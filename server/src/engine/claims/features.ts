// Claims: what makes a sentence a checkable claim (figures, trends, causes, comparisons, absolutes, events),
// collected once per sentence, and whether the sentence makes one.
import { endsWithApostrophe } from '../grammar';
import { forLastSentence, type SentenceContext } from '../context';
import { claimCues, contextWords, salienceAdjectives, statisticLevel, statisticNouns, type ClaimFeatureKind } from '../lexicon';
import { firstStartingAtOrAfter } from '../spans';
import { endsWithAny, holdsAsciiWordOf, isDigits, isOrdinal, isYear, uncontracted } from '../text-shape';
import type { ClaimStrictness } from '../types';
import { subjunctiveAfterThat } from '../hedges/clauses';
import { ADVICE_ADJECTIVES } from '../hedges/words';
import {
  AGENTLESS_ACT,
  agentlessPassive,
  findPastAction,
  findPosition,
  isWritersBody,
  namesBody,
  subjectOf,
  titledBodySubject,
  writersSideSubject,
  coordinatedWithWritersAct,
} from './events';
import {
  inCondition,
  inRestrictiveRelative,
  isBareRank,
  isForecastOf,
  isGeneralisation,
  isGeneralisedNoun,
  isGoalInList,
  isLimit,
  isRanking,
  isStateOfChange,
  opensClause,
  rankingScopeAfter,
  thanFollows,
  warnsAgainstAMistake,
  meantToBe,
  placeAbove,
  PRIORITIES,
} from './shapes';
import { findStance } from './stance';
import { isNumeral, isThousands } from './tokens';
import {
  ADJECTIVE_ENDINGS,
  AIM_PREPOSITIONS,
  ANAPHORIC,
  ARTICLES_AND_POSSESSIVES,
  ASPECTUAL,
  CLAIM_CUES,
  COMPARATIVES,
  COPULA,
  COMPARISON_CUES,
  COMPARISON_STARTS,
  CONDITION_CUES,
  PURPOSE_CUES,
  GOAL_NOUNS,
  REQUIREMENT_VERBS,
  FIRST_PERSON_SUBJECTS,
  HAS_DIGIT,
  MODALS_BEFORE,
  MONEY,
  MONEY_SIGN,
  MONTH_WORDS,
  NOT_COMPARED,
  NUMBER_CUES,
  PASSIVE_OR_GET,
  PERCENT,
  PERCENT_SIGN,
  QUANTIFIER_CUES,
  RANK_PREPOSITIONS,
  REMOVAL,
  SUPERLATIVES,
  procedureNouns,
  timeUnits,
} from './words';

export interface ClaimFeature {
  /** `stance` is the one negative feature: the speaker's view, plan or courtesy (see findStance). */
  kind: ClaimFeatureKind | 'figure' | 'dated-fact' | 'event' | 'position' | 'stance' | 'unsourced' | 'guessed';
  start: number;
  end: number;
  /** The strictness from which unsupported-claim flags it; undefined: it counts for classify only. */
  level?: ClaimStrictness;
  /** A stance after "said"/"told": someone's words on the record. classify counts the facts under it; the editor still leaves them alone. */
  reported?: boolean;
  /**
   * The act of a body named by its title ("The Government has invested £2 billion"): the writer's own act, first-hand,
   * where the document speaks for that body ("our Government"); the body's noun.
   */
  actOf?: string;
  text: string;
}

/** How many kinds of fact (a count, a trend, a past act, ...) one sentence must state for the speaker's stance not to decide it. */
export const STANCE_OUTWEIGHED_BY = 2;

// unsupported-claim and then analyze.ts ask about the same sentence in turn.
export const featuresOfLastSentence = forLastSentence((ctx) => {
  const found = collectFeatures(ctx);
  if (found.length > 1) sortByStart(found);
  return found;
});

/** Every claim feature of the sentence, in reading order (memoised for the last sentence asked about). */
export function findClaimFeatures(ctx: SentenceContext): ClaimFeature[] {
  return featuresOfLastSentence(ctx);
}

/**
 * In place, by start, keeping the order of equal starts (as a stable sort() does). An insertion
 * sort: a sentence has a few features, and sort() costs more to set up than to sort them.
 */
export function sortByStart(features: ClaimFeature[]): void {
  for (let i = 1; i < features.length; i++) {
    const f = features[i];
    let j = i - 1;
    for (; j >= 0 && features[j].start > f.start; j--) features[j + 1] = features[j];
    features[j + 1] = f;
  }
}

export function collectFeatures(ctx: SentenceContext): ClaimFeature[] {
  const out: ClaimFeature[] = [];
  const text = ctx.text;
  // Which tokens a feature already covers: a token is read once, by the first feature that takes it.
  // Made with the first feature: many sentences have none.
  let tokenCovered: Uint8Array | undefined;
  const add = (kind: ClaimFeature['kind'], start: number, end: number, level: ClaimStrictness | undefined) => {
    out.push({ kind, start, end, level, text: text.slice(start, end) });
    tokenCovered ??= new Uint8Array(ctx.tokens.length);
    for (let k = firstStartingAtOrAfter(ctx.tokens, start); k < ctx.tokens.length && ctx.tokens[k].start < end; k++) tokenCovered[k] = 1;
  };
  let ownProposal: boolean | undefined;
  const addFigures = (re: RegExp) => {
    if ((ownProposal ??= designsOwnProposal(ctx))) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = firstStartingAtOrAfter(ctx.tokens, m.index);
      if (inWritersOwnAct(ctx, at) || inWritersTarget(ctx, at)) continue;
      if (SECURITIES.has(ctx.word(firstStartingAtOrAfter(ctx.tokens, m.index + m[0].length)))) continue; // "the 4% bonds": a name
      add('figure', m.index, m.index + m[0].length, 'lenient');
      const body = titledBodysAct(ctx, at);
      if (body) out[out.length - 1].actOf = body;
    }
  };

  const words = ctx.words;
  const cueMasks = ctx.cueMasks;
  const hasDigit = HAS_DIGIT.test(text);
  if (hasDigit) {
    if (PERCENT_SIGN.test(text)) addFigures(PERCENT);
    if (MONEY_SIGN.test(text)) addFigures(MONEY);
  }

  // Other numbers count when they measure or count something; a statistic noun nearby
  // makes them a statistic. Dates, times, durations and references are not measurements.
  // Most words are no numeral, and are passed without a call to isNumeral: a word is one only as a
  // number word (NUMBER_CUES), starting with a digit, '-'-joined, or a fraction in "a/one ... of".
  // (A word starts with a letter or a digit: a first code up to '9' is a digit.)
  const hasHyphen = text.includes('-');
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const mayBeNumeral =
      (cueMasks[k] & NUMBER_CUES) !== 0 ||
      (hasDigit && w.charCodeAt(0) <= 57) ||
      (hasHyphen && w.includes('-')) ||
      (words[k + 1] === 'of' && (words[k - 1] === 'a' || words[k - 1] === 'one'));
    if (!mayBeNumeral) continue;
    const token = ctx.tokens[k];
    if (tokenCovered?.[k] === 1 || !isNumeral(ctx, k)) continue;
    let last = k;
    while (last + 1 < ctx.tokens.length && isNumeral(ctx, last + 1) && (!ctx.breakBefore(last + 1) || isThousands(ctx, last + 1))) last++; // "five hundred thousand", "1,700"
    const next = k === last ? k + 1 : last + 1;
    const before = ctx.word(k - 1);
    if (
      (isYear(token.lower) || (token.lower.length === 2 && isDigits(token.lower) && endsWithApostrophe(ctx.gapBefore(k)))) &&
      k === last
    ) {
      // "in 1983", "in '83"
      add('dated-fact', token.start, token.end, 'strict');
      const body = titledBodysAct(ctx, k);
      if (body) out[out.length - 1].actOf = body;
      continue;
    }
    const after = ctx.word(next);
    const reference = procedureNouns.has(before) || procedureNouns.has(after) || (before === 'number' && after !== 'in'); // "Section 3", "four parts", "number two is"; "number one in" ranks
    const time =
      MONTH_WORDS.has(before) || MONTH_WORDS.has(after) || timeUnits.has(after) || timeUnits.has(ctx.word(next + 1)) || before === 'at';
    if (reference || time || setsAVote(ctx, next) || namesASecurity(ctx, next)) {
      k = last;
      continue;
    }
    // "one in five tenants", "two in five firms": a rate
    const rate = after === 'in' && isNumeral(ctx, next + 1);
    const statistic =
      rate ||
      statisticNouns.has(ctx.word(next)) ||
      statisticNouns.has(ctx.word(next + 1)) ||
      statisticNouns.has(ctx.word(next + 2)) ||
      statisticNouns.has(before);
    // A bare number closing its clause counts nothing named ("we can handle two"), and
    // "the two leaders" points back at things already named.
    const counts = next < ctx.tokens.length && !ctx.breakBefore(next) && !ANAPHORIC.has(before);
    // "Last year we cut the small business rate from 15 to 12 per cent", "we recruited 3,400 more nurses": the figures of
    // the writer's side's own act, told first-hand
    if (
      (rate || statistic || counts) &&
      (inWritersOwnAct(ctx, k) || inWritersTarget(ctx, k) || (ownProposal ??= designsOwnProposal(ctx)))
    ) {
      k = last;
      continue;
    }
    const body = rate || statistic || counts ? titledBodysAct(ctx, k) : undefined;
    if (rate) {
      add('figure', token.start, ctx.tokens[next + 1].end, statisticLevel);
      if (body) out[out.length - 1].actOf = body;
      k = next + 1;
      continue;
    }
    if (statistic || counts) {
      add('figure', token.start, ctx.tokens[last].end, statistic ? statisticLevel : 'strict');
      if (body) out[out.length - 1].actOf = body;
    }
    k = last;
  }

  // The cue phrases, left to right and not overlapping, as claimCues.findAll finds them, without
  // its array and objects, and without a lookup for words whose cue bits say they start none.
  for (let i = 0; i < words.length; ) {
    const m = (cueMasks[i] & CLAIM_CUES) !== 0 ? claimCues.matchAt(ctx.tokens, i) : undefined;
    if (!m) {
      i++;
      continue;
    }
    const from = i;
    const to = (i = m.end);
    const { kind, group } = m.value;
    const prev = ctx.word(from - 1);
    const first = ctx.word(from);
    if (kind === 'evaluation' && (writersEmphasis(ctx, from, to) || warnsAgainstAMistake(ctx, to))) continue;
    if (kind === 'trend' || kind === 'causal' || kind === 'prevalence' || kind === 'evaluation') {
      const underway = prev === 'to' && ASPECTUAL.has(ctx.word(from - 2)) && !MODALS_BEFORE.has(ctx.word(from - 3)); // not "should continue to"
      if (MODALS_BEFORE.has(prev) && !underway) continue; // "to increase", "should reduce": a goal, not a claim; "has begun to rise" is one
      if (ctx.isLyAdverb(from - 1) && ctx.word(from - 2) === 'to' && !ASPECTUAL.has(ctx.word(from - 3))) continue; // "I asked you to voluntarily cut": the same goal, its infinitive split
      // "can be increased", "should be cut": a possibility or an aim, not a measured change; "the proposal that the minimum be
      // raised to 65 cents": a bare "be" after its subject is a proposal's subjunctive
      if (prev === 'be' && (MODALS_BEFORE.has(ctx.word(from - 2)) || subjunctive(ctx, from - 1))) continue;
      if (kind === 'prevalence' && (prev === 'less' || prev === 'more' || prev === 'most')) continue; // "less frequently needed tasks": a modifier, not a claim of how common
      if (kind === 'prevalence' && EASE_ADJECTIVES.has(ctx.word(ctx.word(to) === 'be' ? to + 1 : to))) continue; // "is often difficult to predict", "it is often possible to": how hard a task is, the writer's judgement or advice, not how common something is
      if (kind === 'prevalence' && judgesUsefulness(ctx, from)) continue; // "The log is usually the most useful of the four", "Reviews are most useful when they happen early and often": advice on what serves the reader
      if (kind === 'causal' && noLinkStated(ctx, from, to)) continue;
      if (ctx.isDeterminer(from - 1) && first.endsWith('ed')) continue; // "the reduced rate": an adjective
      // "the rising cost of entitlements", "America's growing economy", "faced with rising costs": a change taken as given in
      // passing, not the sentence's news ("a steadily increasing portion" and "costs are rising" assert it)
      if (kind === 'trend' && (first.endsWith('ing') || first.endsWith('ed')) && to === from + 1 && givenInPassing(ctx, from)) continue;
      // "I have recommended a substantial increase in appropriations", "We have reversed this decline": a change named as the
      // object of the writer's side's own act
      if (kind === 'trend' && to === from + 1 && namedAsNoun(ctx, from) && inWritersOwnAct(ctx, from)) continue;
      if (kind === 'trend' && noChangeStated(ctx, from, to)) continue;
      if ((prev === 'and' || prev === 'or') && ctx.word(from - 3) === 'to') continue; // "to invest and grow the economy", "to detect and prevent intrusions": a goal
      if (first.endsWith('s') && pluralNounCue(ctx, from, to, kind)) continue;
      if (isGoalInList(ctx, from)) continue; // "to create greater transparency, increase engagement and drive innovation": goals listed after one "to"
      // "a licence that prevents re-use", "mutations that increase the risk": the noun's description, not the sentence's assertion
      if ((kind === 'causal' || kind === 'trend') && inRestrictiveRelative(ctx, from)) continue;
      // "we cut the fee", "My country is acting on its commitments": the writer's side's own acts and practice, first-hand.
      // ("we worked successfully with the Congress": the manner of the writer's side's own act)
      if (
        (kind === 'trend' || kind === 'causal' || kind === 'prevalence' || kind === 'evaluation') &&
        (writersSideSubject(ctx, from) ||
          (kind === 'trend' && coordinatedWithWritersAct(ctx, from)) ||
          (kind === 'evaluation' && from > 0 && ctx.lexTag(from - 1) === 'PastTense' && writersSideSubject(ctx, from - 1)))
      )
        continue;
      // "The Government has doubled funding": the same, where the document speaks for the body it names (ClaimFeature.actOf)
      if (kind === 'trend' || kind === 'causal') {
        const body = titledBodySubject(ctx, from) ?? (kind === 'trend' ? changeByNoOne(ctx, from, to) : undefined);
        if (body) {
          add(kind, ctx.tokens[from].start, ctx.tokens[to - 1].end, group.level as ClaimStrictness);
          out[out.length - 1].actOf = body;
          continue;
        }
      }
      // "Yesterday, we published the report, leading to the decision": a participle after the writer's own act is its consequence, told first-hand
      if (kind === 'causal' && first.endsWith('ing') && ctx.breakBefore(from) && writerActsBefore(ctx, from)) continue; // "we cut the fee", "I raised the threshold", "we usually pay within 20 days": the writer's own act or practice, first-hand
      if (kind === 'trend' && REMOVAL.has(ctx.word(to)) && PASSIVE_OR_GET.has(prev)) continue; // "were cut off from", "being dropped from": removed, not a measured change
      if (
        kind === 'trend' &&
        first.length >= 5 &&
        first.endsWith('ing') &&
        AIM_PREPOSITIONS.has(prev) &&
        (ctx.isDeterminer(to) || ctx.lexTag(to) === 'Pronoun')
      )
        continue; // "a plan for growing the economy", "by cutting their budget": an activity named, not a change
    }
    if (kind === 'absolute' && !isGeneralisation(ctx, from, to)) continue;
    if (kind === 'comparison' && ctx.word(from) === 'the' && !isRanking(ctx, from + 1)) continue;
    if (kind === 'comparison' && isLimit(ctx, from)) continue;
    if (kind === 'comparison' && NOT_COMPARED.has(ctx.word(to))) continue; // "more than willing", "it takes more than that"
    if (kind === 'comparison' && (agoAfter(ctx, to) || againstOwnWishes(ctx, to))) continue;
    if (kind === 'comparison' && first === 'more' && WANTING.has(prev)) continue; // "workers want more than unemployment checks": a wish, not a measure
    if (kind === 'comparison' && first === 'more' && rhetoricalComparison(ctx, from)) continue;
    if (kind === 'comparison' && weighsImportance(ctx, from)) continue; // "That delay matters less than what comes after"
    // "we have more than doubled funding", "we've posted more than 50,000 screeners": the size of the writer's side's own act
    // (a comparison with others or with history stays one: "fewer regulations than my predecessor", "the largest in history")
    // ("in less than a year": a duration)
    // "We produced 21,000 anti-tank guns, six times greater than our 1941 production": the writer's side's act measured
    // against its own record ("more than any other country" compares with others, and stays)
    if (kind === 'comparison' && againstOwnRecord(ctx, to, from)) continue;
    if (
      kind === 'comparison' &&
      ((MULTIPLIED.has(ctx.word(to)) && writersSideSubject(ctx, to)) ||
        ((isNumeral(ctx, to) || (ctx.word(to) === 'a' && DURATIONS.has(ctx.word(to + 1)))) && inWritersOwnAct(ctx, from)))
    )
      continue;
    if (kind === 'prediction') {
      const subj = subjectOf(ctx, from);
      if (subj === 'i' || subj === 'we' || subj === 'you' || procedureNouns.has(subj) || ctx.endsWithQuestion()) continue; // a plan, a promise or a schedule
      if (writersSideSubject(ctx, from)) continue; // "my administration will release a scorecard", "our budget will": the writer's side's plan
    }
    add(kind, ctx.tokens[from].start, ctx.tokens[to - 1].end, group.level as ClaimStrictness);
  }

  // Superlatives after "the" ("the largest donor"), comparatives before "than" ("costlier than"),
  // and "up"/"down" as a state ("exports are up").
  for (let i = 0; i < words.length; i++) {
    if ((cueMasks[i] & COMPARISON_CUES) === 0 && (cueMasks[i + 1] & COMPARISON_CUES) === 0) continue; // no case below can start here (see COMPARISON_CUES)
    if (tokenCovered?.[i] === 1) continue;
    const w = words[i];
    const superlative = SUPERLATIVES.has(w);
    const comparative = COMPARATIVES.has(w);
    // Each case below starts from one of these (past the last word, words[i + 1] is undefined: no preposition).
    if (!superlative && !comparative && !COMPARISON_STARTS.has(w) && !RANK_PREPOSITIONS.has(words[i + 1])) continue;
    const ranked = superlative || w === 'first'; // "the first ... in history"
    // "the largest", "the second largest", "the 2nd lowest"
    const from = !ranked ? -1 : ctx.word(i - 1) === 'the' ? i - 1 : ctx.word(i - 2) === 'the' && isOrdinal(ctx.word(i - 1)) ? i - 2 : -1;
    if (from >= 0 && isRanking(ctx, i)) add('comparison', ctx.tokens[from].start, ctx.tokens[i].end, 'standard');
    else if (
      (comparative || w === 'more' || w === 'less' || w === 'fewer') &&
      thanFollows(ctx, i) &&
      !(isLimit(ctx, i) || meantToBe(ctx, i)) &&
      !(w === 'more' && WANTING.has(ctx.word(i - 1))) && // "workers want more than unemployment checks": a wish, not a measure
      !((isNumeral(ctx, i + 2) || (ctx.word(i + 2) === 'a' && DURATIONS.has(ctx.word(i + 3)))) && inWritersOwnAct(ctx, i)) && // "we posted more than 50,000 screeners", "in less than a year"
      !(MULTIPLIED.has(ctx.word(i + 2)) && writersSideSubject(ctx, i + 2)) && // "we have more than doubled funding": the size of the writer's own change
      !againstOwnRecord(ctx, i + 2, i) && // "we built more homes than our own target": against its own record
      !againstOwnWishes(ctx, i + 1) &&
      !agoAfter(ctx, i + 1) &&
      !rhetoricalComparison(ctx, i)
    )
      add('comparison', ctx.tokens[i].start, ctx.tokens[i].end, 'standard');
    else if (isBareRank(ctx, i)) add('comparison', ctx.tokens[i].start, ctx.tokens[i + 1].end, 'standard');
    else if ((w === 'up' || w === 'down') && isStateOfChange(ctx, i)) add('trend', ctx.tokens[i].start, ctx.tokens[i].end, 'standard');
  }

  // "Many councils have closed…", "Most universities have…", "No regulator is able to…": a
  // quantifier opening a clause generalises about its noun.
  if (ctx.holds(QUANTIFIER_CUES)) {
    for (let i = 0; i + 2 < words.length; i++) {
      if ((cueMasks[i] & QUANTIFIER_CUES) === 0 || tokenCovered?.[i] === 1) continue;
      if (!opensClause(ctx, i) || !isGeneralisedNoun(ctx, i + 1)) continue;
      const w = words[i];
      // Right too rarely on real drafts to show by default (as often a fair summary as a claim): strict only
      add(w === 'no' ? 'absolute' : 'prevalence', ctx.tokens[i].start, ctx.tokens[i + 1].end, 'strict');
    }
  }

  const event = findPastAction(ctx);
  if (event >= 0 && tokenCovered?.[event] !== 1) add('event', ctx.tokens[event].start, ctx.tokens[event].end, undefined);
  const position = findPosition(ctx);
  if (position >= 0) add('position', ctx.tokens[position].start, ctx.tokens[position + 1].end, undefined);
  const stance = findStance(ctx);
  if (stance) {
    add('stance', stance.start, stance.end, undefined);
    if (stance.reported) out[out.length - 1].reported = true;
  }
  return withoutFramed(ctx, out);
}

/**
 * The features outside a frame that makes them no claim of the sentence's own: a condition ("if 50,000 jobs go"), a
 * forecast's clause ("will employ 300 people"), or the quality a purpose clause aims at ("to ensure that the system is of
 * the highest quality").
 */
function withoutFramed(ctx: SentenceContext, out: ClaimFeature[]): ClaimFeature[] {
  const conditional = ctx.holds(CONDITION_CUES);
  // "The design process is open to ensure that the system is of the highest quality": the quality aimed at, not a ranking
  const purpose = ctx.holds(PURPOSE_CUES) ? purposeClause(ctx) : undefined;
  let forecast = false; // most sentences have none: no filtered copy to learn that
  for (let i = 0; i < out.length; i++) if (out[i].kind === 'prediction') forecast = true;
  if (!conditional && !forecast && !purpose) return out;
  const forecasts = out.filter((f) => f.kind === 'prediction');
  return out.filter(
    (f) =>
      !(conditional && inCondition(ctx, f.start)) &&
      !forecasts.some((p) => isForecastOf(ctx, p, f)) &&
      !(purpose && f.kind === 'comparison' && f.start >= purpose.start && f.start < purpose.end),
  );
}

/**
 * "The aim of the sequential test is to steer development to the areas with the lowest risk", "Our goal is to reach the
 * highest standard": a goal stated; the token of its "to", or -1.
 */
function goalStated(ctx: SentenceContext): number {
  for (let k = 0; k < Math.min(ctx.tokens.length, 12); k++) {
    if (!GOAL_NOUNS.has(ctx.word(k))) continue;
    for (let j = k + 1; j < Math.min(ctx.tokens.length - 1, k + 10) && !ctx.breakBefore(j); j++)
      if (/^(is|was|remains|are|were)$/.test(ctx.word(j)) && ctx.word(j + 1) === 'to') return j + 1;
    return -1;
  }
  return -1;
}

/**
 * The purpose clause ("to ensure that", "to make sure", "so as to") as offsets: from its opener to the sentence's end, or,
 * where it opens the sentence ("To ensure that …, the bank cut rates"), to the break before the main clause.
 */
function purposeClause(ctx: SentenceContext): { start: number; end: number } | undefined {
  const goal = goalStated(ctx);
  if (goal >= 0) return { start: ctx.tokens[goal].start, end: ctx.text.length };
  for (let k = 1; k < ctx.tokens.length - 1; k++) {
    const w = ctx.word(k);
    const to =
      w === 'ensure' && ctx.word(k - 1) === 'to'
        ? k - 1
        : w === 'sure' && ctx.word(k - 1) === 'make' && ctx.word(k - 2) === 'to'
          ? k - 2
          : w === 'as' && ctx.word(k - 1) === 'so' && ctx.word(k + 1) === 'to'
            ? k - 1
            : -1;
    if (to < 0) continue;
    let end = ctx.text.length;
    if (to === 0)
      for (let j = k + 1; j < ctx.tokens.length; j++)
        if (ctx.breakBefore(j)) {
          end = ctx.tokens[j].start;
          break;
        }
    return { start: ctx.tokens[k].end, end };
  }
  return undefined;
}

/** After "often", "usually": a task judged easy or hard ("often difficult to predict"), not a frequency of events. */
/** The clause judges how useful something is: the writer's advice, whatever frequency word it holds. */
function judgesUsefulness(ctx: SentenceContext, at: number): boolean {
  const start = ctx.clauseStart(at);
  for (let k = start; k < ctx.tokens.length; k++) {
    if (k > start && k > at && ctx.breakBefore(k) && ctx.word(k) !== 'when') break;
    if (USEFULNESS.has(ctx.word(k))) return true;
  }
  return false;
}

const USEFULNESS = new Set(['useful', 'helpful', 'valuable']);
/** A causal cue that states no link of cause and effect here: an adjective, a noun, a duty, "made" as done. */
function noLinkStated(ctx: SentenceContext, from: number, to: number): boolean {
  const prev = ctx.word(from - 1);
  const first = ctx.word(from);
  if (first.endsWith('ing') && ctx.isDeterminer(from - 1)) return true; // "the driving test centre": an adjective
  if ((prev === 'a' || prev === 'an') && to === from + 1 && ctx.word(to) !== 'of') return true; // "attributed to a cause (harvest, fire …)": a noun, no link stated ("a driver of inflation" states one)
  if (first === 'due' && ['be', 'to'].includes(ctx.word(to))) return true; // "due to be held"
  // "has given rise to the question whether …", "gave rise to numerous plans", "no material complaints": what a matter raised
  // for discussion, no effect measured in the world
  if (/^(give|gives|gave|given|giving)$/.test(first) && ctx.word(from + 1) === 'rise' && raisesForDiscussion(ctx, to)) return true;
  // "enter your password when prompted", "if triggered, the alarm sounds": a clause reduced to its participle names no
  // cause ("when prompted by the shortage" names one)
  if (to === from + 1 && first.endsWith('ed') && REDUCED_CLAUSE_OPENERS.has(prev) && ctx.word(to) !== 'by') return true;
  // "he requested to be informed of the cause", "to inquire into the cause": the reason asked after, no link stated
  if (first === 'cause' && to === from + 1 && prev === 'the' && /^(of|into|about)$/.test(ctx.word(from - 2)) && ctx.clauseEndsBefore(to))
    return true;
  if (first === 'cause' && causeAsIdeal(ctx, from)) return true; // "lead the cause of freedom": a cause served, not a cause and its effect
  // "before diagnosing the cause", "to find the cause of the fault": the cause sought, no link stated
  if (first === 'cause' && to === from + 1 && prev === 'the' && SEEKING_A_CAUSE.test(ctx.word(from - 2))) return true;
  // "I have had no cause to change that opinion", "much cause for gratulation": grounds for a view, not a cause and its effect
  if (first === 'cause' && to === from + 1 && (/^(for|to)$/.test(ctx.word(to)) || GROUNDS.has(prev))) return true;
  // "Much is due to courtesy between nations", "allowance is due to the officers": owed, not caused
  if (first === 'due' && BE_FORMS_PAST_PRESENT.has(prev) && OWED.has(ctx.word(from - 2))) return true;
  // "the respect due to their rank", "manifestations which are justly due to an honest neutrality": owed, by its noun or
  // by an adverb of what is right
  // ("The rise is more due to wages than to prices" still explains)
  if (
    first === 'due' &&
    ((OWED.has(prev) && !/^(much|more|something|nothing)$/.test(prev)) ||
      /^(justly|rightfully|rightly|properly|lawfully|legally)$/.test(prev))
  )
    return true;
  // "It seems due to the safety of the people that measures be taken": what is owed to them, a course urged
  if (first === 'due' && ctx.word(from - 2) === 'it' && /^(is|was|seems|seemed)$/.test(prev)) return true;
  // "I reluctantly vetoed the bill because of a constitutional objection": the writer's reason for her own act, first-hand
  if (REASON_OPENERS.has(first) && writersClause(ctx, from)) return true;
  // "This emphasis is justified because of its importance", "Livestock matter to this problem because of the volumes": the
  // grounds of the writer's judgement, her argument, not a cause in the world
  if ((REASON_OPENERS.has(first) || first === 'due') && judgedBefore(ctx, from)) return true;
  // "the commitments it has made in this Chamber", "the progress we have made since 2019": made as done, with no result named.
  if (ctx.word(to - 1) === 'made' && (ctx.breakBefore(to) || to >= ctx.tokens.length || ctx.lexTag(to) === 'Preposition')) return true;
  // "have made great contributions", "has made serious proposals", "have made available funds": "made" as done, with an
  // object and no result it brings about ("has made housing unaffordable", "made it possible to" name one)
  if (ctx.word(to - 1) === 'made' && !namesAResult(ctx, to)) return true;
  if (first === 'responsible' && ctx.word(to).endsWith('ing')) return true; // "is responsible for setting out the question": a duty, not a cause
  if (first === 'responsible' && dutyHolder(ctx, from)) return true; // "The analyst is responsible for the quality of the work": a duty
  // "the people's drive for a better life", "energy and drive have fueled", "the hard drive": the noun, no link stated
  if (first === 'drive' && to === from + 1 && driveAsNoun(ctx, from)) return true;
  // "The report of the Secretary of the Interior explains the condition of the public lands", "the announcement explains
  // which area …": what a document sets out, not a cause ("the tariff explains the fall in imports" names one)
  if (/^explain(s|ed)?$/.test(first) && documentExplains(ctx, from)) return true;
  return false;
}

/**
 * A cue ending in "s" that is a plural noun here: after an article, a possessive, an adjective or a comparative ("better
 * results in", "the results in"), after a noun for a trend ("in referring to budget cuts"), or after its preposition ("the
 * supply of fuels to the domestic market", "stems from causes peculiar to itself").
 */
function pluralNounCue(ctx: SentenceContext, from: number, to: number, kind: string): boolean {
  const prev = ctx.word(from - 1);
  if (to === from + 1 && ctx.lexTag(from - 1) === 'Preposition' && /^(of|for|with|from|on|in|about|between|among)$/.test(prev)) return true;
  return (
    ARTICLES_AND_POSSESSIVES.has(prev) ||
    ctx.lexTag(from - 1) === 'Adjective' ||
    ctx.lexTag(from - 1) === 'Comparative' ||
    (kind === 'trend' && ctx.lexTag(from - 1) === 'Singular' && to === from + 1 && !ctx.isName(from - 1))
  );
}

const SEEKING_A_CAUSE =
  /^(find|finds|finding|found|identify|identifies|identifying|identified|diagnose|diagnoses|diagnosing|diagnosed|determine|determining|establish|establishing|investigate|investigating|seek|seeking|trace|tracing|pinpoint|pinpointing)$/;

/** The verb of what counts: "matters less than", "Livestock matter to this problem because of …". */
const MATTERS = /^(matter|matters|mattered)$/;

/**
 * "That delay matters less than what comes after", "Its withdrawal matters less for the troops than for who replaces them",
 * "the deal is less about gas than about leverage": the writer weighing what counts, her argument, not a measure. ("matters
 * more to investors than …" says what others value, and stays a claim.)
 */
function weighsImportance(ctx: SentenceContext, i: number): boolean {
  const w = ctx.word(i);
  if (w !== 'more' && w !== 'less') return false;
  let k = i - 1;
  while (/^(far|much|even|a|lot|little|rather|considerably)$/.test(ctx.word(k))) k--;
  if (MATTERS.test(ctx.word(k))) return ctx.word(i + 1) !== 'to';
  return ctx.word(i + 1) === 'about' && COPULA.has(ctx.word(k));
}

/** "drive" at `at` as a noun: after a determiner, a possessive or an adjective, or before its verb or "for"/"against". */
function driveAsNoun(ctx: SentenceContext, at: number): boolean {
  const prev = ctx.word(at - 1);
  if (ctx.isDeterminer(at - 1) || /'s$|’s$|s'$/.test(prev) || prev === 'hard' || ctx.lexTag(at - 1) === 'Adjective') return true;
  return /^(for|against|toward|towards|has|have|is|was|and)$/.test(ctx.word(at + 1));
}

/** Document nouns whose "explains" sets out content: "the report explains", "the log message that explains". */
const EXPLAINING_DOCUMENTS = new Set([
  'report',
  'reports',
  'message',
  'announcement',
  'document',
  'section',
  'chapter',
  'note',
  'guide',
  'paper',
  'page',
  'annex',
  'appendix',
  'table',
  'figure',
  'memo',
  'manual',
  'article',
  'letter',
  'statement',
  'documentation',
  'text',
  'justification',
  'rationale',
  'summary',
  'narrative',
  'description',
  'answer',
  'response',
  'comment',
  'comments',
  'entry',
  'caption',
]);

/** A document noun heads the clause before "explains" at `at`, its "of" phrases and a "that" between. */
function documentExplains(ctx: SentenceContext, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 10) && !ctx.breakBefore(k + 1); k--) if (EXPLAINING_DOCUMENTS.has(ctx.word(k))) return true;
  return false;
}

/** Quantities of grounds: "no cause", "much cause", "good cause", "abundant cause". */
const GROUNDS = new Set(['no', 'much', 'little', 'good', 'every', 'abundant', 'sufficient', 'ample', 'just', 'any', 'some', 'great']);
const BE_FORMS_PAST_PRESENT = new Set(['is', 'are', 'was', 'were']);
/** What is owed rather than caused: "much is due to", "credit is due to", "thanks are due to". */
const OWED = new Set([
  'much',
  'more',
  'something',
  'nothing',
  'credit',
  'thanks',
  'gratitude',
  'respect',
  'justice',
  'allowance',
  'honor',
  'honour',
  'deference',
  'allegiance',
  'obedience',
  'loyalty',
  'courtesy',
  'protection',
  'attention',
  'consideration',
]);
/** Openers of a reason given for an act: "because of", "owing to", "on account of". */
const REASON_OPENERS = new Set(['because', 'owing', 'on']);

/** Between the clause's start and `at`, a form of "be" before an adjective that judges ("is justified only"), or "matter(s)". */
function judgedBefore(ctx: SentenceContext, at: number): boolean {
  for (let k = ctx.clauseStart(at); k < at; k++) {
    const w = ctx.word(k);
    if (MATTERS.test(w) && k > 0 && !ctx.isDeterminer(k - 1)) return true;
    if (!COPULA.has(w)) continue;
    let j = k + 1;
    while (j < at && (DEGREE_ADVERBS.has(ctx.word(j)) || ctx.word(j) === 'not')) j++;
    if (ADVICE_ADJECTIVES.has(ctx.word(j)) || ESSENTIAL_JUDGEMENTS.has(ctx.word(j))) return true;
  }
  return false;
}
const DEGREE_ADVERBS = new Set([
  'only',
  'all',
  'the',
  'more',
  'most',
  'less',
  'particularly',
  'especially',
  'fully',
  'entirely',
  'also',
  'therefore',
]);
const ESSENTIAL_JUDGEMENTS = new Set(['important', 'essential', 'necessary', 'vital', 'crucial', 'relevant']);

/** The clause that holds `at` has the writer or her side for its subject, before `at`: "I vetoed the bill because of …". */
function writersClause(ctx: SentenceContext, at: number): boolean {
  const start = ctx.clauseStart(at);
  for (let k = start; k < Math.min(at, start + 4); k++) if (/^(i|we)$/.test(ctx.word(k))) return true;
  return false;
}

/** After "become": a judgement of a matter's weight or need, with only an intensifier before it ("extremely interesting"). */
function judgedBecome(ctx: SentenceContext, k: number): boolean {
  while (/^(extremely|very|so|highly|quite|deeply|most|peculiarly|particularly|especially)$/.test(ctx.word(k))) k++;
  return BECOME_JUDGEMENTS.has(ctx.word(k));
}
// ("has become necessary in the business world", "has become essential for its supply of oil" say how the world has
// changed, and stay claims)
const BECOME_JUDGEMENTS = new Set([
  'interesting',
  'urgent',
  'evident',
  'apparent',
  'clear',
  'desirable',
  'expedient',
  'proper',
  'imperative',
  'obvious',
  'manifest',
]);

/** Before "fall" as the season: "last fall", "this fall", "in early fall". */
const SEASON_BEFORE = new Set(['last', 'this', 'next', 'early', 'late', 'every']);

/** "(little) more than 100 weeks ago": a point in time, not a comparison. */
function agoAfter(ctx: SentenceContext, to: number): boolean {
  const k = ctx.word(to) === 'than' ? to + 1 : to;
  if (!(isNumeral(ctx, k) || /^(one|a|an)$/.test(ctx.word(k)))) return false;
  if (!timeUnits.has(ctx.word(k + 1)) && !/^(years?|decades?|centur(y|ies))$/.test(ctx.word(k + 1))) return false;
  // ("Less than one year has passed since I first stood at this podium": the time since, not a comparison)
  return ctx.word(k + 2) === 'ago' || (/^(has|have)$/.test(ctx.word(k + 2)) && ctx.word(k + 3) === 'passed');
}

/**
 * "has taken more time and a higher toll than any of us wanted", "took longer than we had hoped", "never been more hopeful
 * than I am tonight": measured against the writer's side's own wishes or state, no comparison with the world.
 */
function againstOwnWishes(ctx: SentenceContext, to: number): boolean {
  for (let k = to; k < Math.min(ctx.tokens.length - 1, to + 8); k++) {
    if (ctx.word(k) !== 'than') continue;
    let j = k + 1;
    if (ctx.word(j) === 'any' && ctx.word(j + 1) === 'of' && ctx.word(j + 2) === 'us') j += 3;
    else if (/^(we|i|anyone)$/.test(ctx.word(j))) j++;
    else return false;
    // "I have never been more hopeful about America's future than I am tonight": the writer's own state, then and now
    if (ctx.word(j) === 'am' && ctx.word(j - 1) === 'i') return true;
    if (/^(had|would|could|might)$/.test(ctx.word(j))) j++;
    return /^(wanted|hoped|expected|wished|intended|anticipated|planned|liked)$/.test(ctx.word(j));
  }
  return false;
}

/** A trend cue that states no change here: a phrase, a season, a duty, a judgement, a debt entered into, a class belonged to. */
function noChangeStated(ctx: SentenceContext, from: number, to: number): boolean {
  const first = ctx.word(from);
  const next = ctx.word(to);
  if ((first.startsWith('grew') || first.startsWith('grow')) && next === 'up') return true; // "the town they grew up in"
  // "it can be done without any increase in spending": a change ruled out of a course, none stated ("Prices rose without
  // any increase in wages" still states its rise)
  if (ctx.word(from - 1) === 'without' || (/^(any|an|a)$/.test(ctx.word(from - 1)) && ctx.word(from - 2) === 'without')) return true;
  // "Increasing energy supplies is not enough": a gerund naming a course, the subject of a singular verb after a plural
  if (first.endsWith('ing') && to === from + 1 && gerundNamesACourse(ctx, from)) return true;
  // "suits growing out of the collection of customs", "Difficulties have grown out of its interpretation": arising from
  // ("grown out of all proportion" still grew)
  if ((first.startsWith('grew') || first.startsWith('grow')) && next === 'out' && ctx.word(to + 1) === 'of')
    return !/^(all|proportion)$/.test(ctx.word(to + 2));
  // "has become extremely interesting", "it has become necessary to": the writer's judgement of a matter, no measured change
  if (/^become|became/.test(ctx.word(to - 1)) && judgedBecome(ctx, to)) return true;
  // "marriages contracted abroad", "debts contracted in 1846": entered into, not shrunk
  if (first === 'contracted' && incurredBefore(ctx, from)) return true;
  if (first === 'fall' && SEASON_BEFORE.has(ctx.word(from - 1))) return true; // "Last fall I asked …": the season
  // "It has fallen to us, in our time, to undo damage": a duty that falls to someone, no decrease
  if (/^(fallen|falls|fell)$/.test(first) && next === 'to' && ctx.words.slice(Math.max(0, from - 3), from).includes('it')) return true;
  // "has given rise to no complaints": to arise, not a rise
  // ("upon a given rise in the rate": a rise, specified)
  if (first === 'rise' && /^(give|gives|gave|given|giving)$/.test(ctx.word(from - 1)) && !ctx.isDeterminer(from - 2)) return true;
  // "the interest as it fell due", "bonds falling due in 1845": payable, not a decrease
  if ((first.startsWith('fall') || first === 'fell') && next === 'due') return true;
  // "falls into three categories", "fell under the act": belonging, not a decrease
  return (first.startsWith('fall') || first === 'fell') && /^(into|under|within|outside)$/.test(next);
}

/**
 * At `at`, a rate and a security: "the 3 per cent bonds", "the 4 percent loan of 1842" name a security by its coupon, no
 * measured figure.
 */
function namesASecurity(ctx: SentenceContext, at: number): boolean {
  const after = ctx.word(at) === 'per' && ctx.word(at + 1) === 'cent' ? at + 2 : ctx.word(at) === 'percent' ? at + 1 : -1;
  return after > 0 && SECURITIES.has(ctx.word(after));
}
const SECURITIES = new Set([
  'bonds',
  'bond',
  'stock',
  'stocks',
  'loan',
  'loans',
  'notes',
  'securities',
  'debentures',
  'consols',
  'certificates',
]);

/** At a clause's start, "<verb>ing <plural noun> is/was/has": the gerund and its object are the subject, a course named. */
function gerundNamesACourse(ctx: SentenceContext, at: number): boolean {
  if (at > 0 && !ctx.breakBefore(at)) return false;
  for (let j = at + 2; j < Math.min(ctx.tokens.length, at + 6) && !ctx.breakBefore(j); j++) {
    const w = ctx.word(j);
    if (/^(are|were|have|do)$/.test(w)) return false;
    if (/^(is|was|has|does|remains|means|requires)$/.test(w)) return ctx.word(j - 1).endsWith('s') && !ctx.word(j - 1).endsWith('ss');
  }
  return false;
}

/** From `at`, past determiners and modifiers, a noun of what is raised for discussion: "the question", "numerous plans". */
function raisesForDiscussion(ctx: SentenceContext, at: number): boolean {
  for (let k = at; k < Math.min(ctx.tokens.length, at + 5) && !ctx.breakBefore(k); k++) if (RAISED.has(ctx.word(k))) return true;
  return false;
}
const RAISED = new Set([
  'question',
  'questions',
  'plans',
  'proposals',
  'complaints',
  'claims',
  'discussion',
  'discussions',
  'debate',
  'debates',
  'controversy',
  'controversies',
  'correspondence',
  'negotiations',
  'inquiry',
  'inquiries',
  'diversity',
  'differences',
  'doubts',
  'apprehension',
  'apprehensions',
  'anxiety',
  'optimism',
  'hopes',
  'expectations',
]);

/** What is contracted as incurred or entered into, not as shrunk: "the debt contracted", "marriages contracted abroad". */
const INCURRED = new Set([
  'debt',
  'debts',
  'loan',
  'loans',
  'marriage',
  'marriages',
  'obligation',
  'obligations',
  'engagements',
  'liabilities',
]);

/** A noun of what is incurred just before `at`, or before an "of" phrase there: "the marriages of American citizens contracted". */
function incurredBefore(ctx: SentenceContext, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    if (INCURRED.has(ctx.word(k))) return k === at - 1 || ctx.word(k + 1) === 'of';
    if (ctx.breakBefore(k + 1)) return false;
  }
  return false;
}

/** Subordinators that can open a clause reduced to its participle: "when prompted", "unless triggered". */
const REDUCED_CLAUSE_OPENERS = new Set(['when', 'whenever', 'if', 'unless', 'once', 'until']);

/**
 * The word at k stands after the verb of a clause whose subject is the writer's side doing something ("we cut the rate
 * from 15 to 12 per cent", "we have raised the pension by 9 per cent", "I'm directing my administration to …", "My budget
 * will ask for $500 million"), not holding or being ("we have 5% unemployment", "we are the largest donor").
 */
function inWritersOwnAct(ctx: SentenceContext, k: number): boolean {
  // (the last "we", "I", "my" or "our" before the word: "…, by a total of 9 per cent" belongs to "We have raised the pension")
  let s = k - 1;
  for (; s >= 0; s--) {
    const word = ctx.word(s);
    // "My budget will ask", "our plan would cut": a plan of the writer's side, with the figures it sets
    // ("our balanced budget will help": an adjective between)
    const plan = OWN_PLANS.has(ctx.word(s + 1))
      ? s + 1
      : OWN_PLANS.has(ctx.word(s + 2)) && ctx.lexTag(s + 1) !== 'Preposition'
        ? s + 2
        : -1;
    if ((word === 'my' || word === 'our') && plan > 0 && /^(will|would)$/.test(ctx.word(plan + 1))) return true;
    if (WRITER_PRONOUNS.has(uncontracted(word) ?? word)) break;
    // "my Administration projected a $43 billion programme": the body the writer speaks for, acting
    if ((word === 'my' || word === 'our') && isWritersBody(ctx.word(s + 1)) && s + 2 < k) {
      s++;
      break;
    }
    // ("we highlight Scivision, which applies models at various scales": the figure is in a clause of its own)
    if (word === 'which' || word === 'who' || word === 'because' || word === 'while') return false;
    if (word === 'that' && !OBJECTS_OF_AN_ACT.has(ctx.word(s - 1))) return false;
  }
  if (s < 0) return false;
  const w = ctx.word(s);
  const base = uncontracted(w) ?? w;
  let v = s + 1;
  if (isWritersBody(w)) {
    while (v < k && AUXILIARIES_OF_AN_ACT.has(ctx.word(v))) v++;
    // ("my Government reduced emissions", "has reduced": a past the lexicon lists as an adjective, after the body or "has")
    const pastAsAdjective =
      ctx.lexTag(v) === 'Adjective' && ctx.word(v).endsWith('ed') && (v === s + 1 || /^(has|have|had)$/.test(ctx.word(v - 1)));
    return (
      v < k &&
      !NOT_AN_ACT.has(ctx.word(v)) &&
      (pastAsAdjective || /^(PastTense|PresentTense|Verb)$/.test(ctx.lexTag(v) ?? '')) &&
      writersSideSubject(ctx, v)
    );
  }
  // "we've posted", "I'm directing": the auxiliary inside the contraction; "we're the largest" holds, "we're cutting" acts
  if (base !== w && (w.endsWith("'re") || w.endsWith("'m") || w.endsWith('’re') || w.endsWith('’m')) && !ctx.word(v).endsWith('ing'))
    return false;
  while (v < k && AUXILIARIES_OF_AN_ACT.has(ctx.word(v))) v++;
  // ("we are appealing for $14 million" acts as "we're appealing" does)
  if ((ctx.word(v) === 'are' || ctx.word(v) === 'am') && ctx.word(v + 1).endsWith('ing') && v + 1 < k) v++;
  else if (v >= k || NOT_AN_ACT.has(ctx.word(v)) || (ctx.lexTag(v) === 'Adjective' && !ctx.word(v).endsWith('ed'))) return false;
  if (undergoesAChange(ctx, v)) return false;
  // ("I believe there are 1.4 million …", "we said that 40% …": the figure is in a clause of its own)
  // ("— with $700 billion last year" goes on with the act)
  // ("a bill that generates at least $1.5 trillion": a relative after the act's object describes what the act asks for)
  for (let j = v + 1; j < k; j++)
    if (
      (ctx.word(j) === 'that' && !(j > v + 1 && OBJECTS_OF_AN_ACT.has(ctx.word(j - 1)))) ||
      ctx.word(j) === 'there' ||
      (ctx.breakBefore(j) && (ctx.isSubjectPronoun(j) || (OWN_CLAUSE_OPENERS.has(ctx.word(j)) && !continuesTheAct(ctx, j))))
    )
      return false;
  return writersSideSubject(ctx, v);
}
const WRITER_PRONOUNS = new Set(['we', 'i']);

/**
 * The figure at k is the size of a target the writer's side sets itself: "our target of 0.7% of GNI by 2030", "my goal
 * of 50,000 new homes", "our commitment to cut emissions by 55%": a plan of its own, not a fact about the world.
 */
function inWritersTarget(ctx: SentenceContext, k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 6); j--) {
    if (ctx.breakBefore(j + 1) && j + 1 < k) return false;
    if (!WRITERS_TARGETS.has(ctx.word(j))) continue;
    // (the size in the target's own "of" or "to" phrase: "Our target was missed by 20%" measures a miss)
    if (ctx.word(j + 1) !== 'of' && ctx.word(j + 1) !== 'to') return false;
    for (let v = j + 2; v < k; v++) if (ctx.lexTag(v) === 'PastTense' || ctx.lexTag(v) === 'Copula') return false;
    const owner = ctx.word(j - 1);
    return owner === 'our' || owner === 'my' || (ctx.lexTag(j - 1) === 'Adjective' && /^(our|my)$/.test(ctx.word(j - 2)));
  }
  return false;
}
const WRITERS_TARGETS = new Set([
  'target',
  'targets',
  'goal',
  'goals',
  'commitment',
  'commitments',
  'pledge',
  'pledges',
  'aim',
  'ambition',
  'objective',
]);

/** "we grew by 3%", "we fell to fourth place": the subject undergoes a change, measured; no act of its own. */
function undergoesAChange(ctx: SentenceContext, v: number): boolean {
  return CHANGES_UNDERGONE.has(ctx.word(v)) && /^(by|to|from)$/.test(ctx.word(v + 1));
}
const CHANGES_UNDERGONE = new Set([
  'growing',
  'rising',
  'falling',
  'declining',
  'increasing',
  'shrinking',
  'grew',
  'grown',
  'grow',
  'rose',
  'risen',
  'fell',
  'fallen',
  'declined',
  'shrank',
  'shrunk',
  'expanded',
  'contracted',
  'increased',
  'decreased',
  'dropped',
  'climbed',
  'slipped',
  'jumped',
]);
/** What a writer's act can make or ask for, described by a relative after it: "a bill that …", "a plan that …". */
const OBJECTS_OF_AN_ACT = new Set([
  'bill',
  'bills',
  'law',
  'laws',
  'plan',
  'plans',
  'budget',
  'programme',
  'program',
  'proposal',
  'proposals',
  'package',
  'fund',
  'measure',
  'measures',
  'reform',
  'reforms',
  'legislation',
  'initiative',
  'scheme',
]);

/**
 * The word at k stands after the verb of an act whose subject names a body by its title ("The Government has invested
 * £2 billion", "This Administration established 300 trails"): the body's noun (see ClaimFeature.actOf), or undefined.
 */
function titledBodysAct(ctx: SentenceContext, k: number): string | undefined {
  for (let s = k - 1; s >= 0; s--) {
    const word = ctx.word(s);
    if (word === 'which' || word === 'who' || word === 'that' || word === 'because' || word === 'while') return undefined;
    // "was cut by 14 billion dollars": the figure of an act done by no one named (AGENTLESS_ACT)
    if (PARTICIPLE_OF_CHANGE.test(word)) {
      const cue = claimCues.matchAt(ctx.tokens, s);
      if (cue?.value.kind === 'trend' && cue.end === s + 1 && agentlessPassive(ctx, s)) return AGENTLESS_ACT;
    }
    if (!namesBody(ctx, s)) continue;
    let v = s + 1;
    while (v < k && AUXILIARIES_OF_AN_ACT.has(ctx.word(v))) v++;
    if (v >= k || NOT_AN_ACT.has(ctx.word(v)) || (ctx.lexTag(v) === 'Adjective' && !ctx.word(v).endsWith('ed'))) return undefined;
    return titledBodySubject(ctx, v);
  }
  return undefined;
}
/**
 * "A Foundation Document requires a 3:1 majority", "provided they agree with a two-thirds majority": the majority or quorum a
 * rule requires, set by the text ("passed with a two-thirds majority" reports a vote, and stays a figure).
 */
function setsAVote(ctx: SentenceContext, next: number): boolean {
  let k = next;
  while (k < next + 3 && (ctx.word(k) === ':' || isNumeral(ctx, k))) k++; // "3:1"
  if (!VOTE_SHARES.has(ctx.word(k))) return false;
  for (let j = 0; j < ctx.tokens.length; j++) if (REQUIREMENT_VERBS.has(ctx.word(j)) || RULE_WORDS.has(ctx.word(j))) return true;
  return false;
}
const VOTE_SHARES = new Set(['majority', 'quorum', 'supermajority']);
const RULE_WORDS = new Set(['provided', 'must', 'shall']);

/** A comparison whose standard, at `standard`, is the writer's side's own ("than our 1941 production"), in its own act. */
/**
 * "I propose a $2.1 billion manpower program", "under this proposal, he will pay an extra $60", "Our plan costs £640
 * million a year": the figures of the writer's own proposal are its design and her own costing (annotation guide: the
 * writer's plans and own results), not facts about the world to be sourced.
 */
function designsOwnProposal(ctx: SentenceContext): boolean {
  // (most sentences name no proposal: the words are read before the pattern, which a cold run would compile)
  const words = ctx.words;
  let named = false;
  for (let k = 0; k < words.length && !named; k++) named = PROPOSAL_WORDS.has(words[k]);
  return named && OWN_PROPOSAL.test(ctx.text);
}
const PROPOSAL_WORDS = new Set(['propose', 'proposing', 'proposed', 'proposal', 'plan', 'program', 'programme', 'bill']);
const OWN_PROPOSAL =
  /\b(?:(?:I|we) (?:(?:now|also|therefore) )?(?:propose|am proposing|are proposing|have proposed)\b|(?:[Uu]nder|[Ii]n) (?:this|my|our) (?:proposal|plan|program|programme|bill)\b|(?:[Tt]his|[Mm]y|[Oo]ur) (?:proposal|plan|program|programme) (?:would|will|costs?|provides?|includes?)\b)/;

/**
 * "one of the most important factors", "one of the most pressing problems": the writer's emphasis (salienceAdjectives);
 * "one of the most important in the world" ranks.
 */
function writersEmphasis(ctx: SentenceContext, from: number, to: number): boolean {
  return (
    ctx.word(from) === 'one' &&
    ctx.word(to - 1) === 'most' &&
    salienceAdjectives.has(ctx.word(to)) &&
    !rankingScopeAfter(ctx, to) &&
    !ctx.text.includes(' in the world', ctx.tokens[to].end)
  );
}

/**
 * Comparisons that measure nothing: "more than anything, it is about practice" (emphasis, before a break), "Nothing is more important
 * than …" (the writer's priority), "This is more than a personal crisis", "stands for more than our power" (not merely;
 * "more than a year", "more than a million" count).
 */
function rhetoricalComparison(ctx: SentenceContext, i: number): boolean {
  if (weighsImportance(ctx, i)) return true;
  // "It's much easier to back out patches one by one than it is to dissect a large one": two courses of action weighed
  // by their effort, the reason for advice
  if (EFFORT.has(ctx.word(i)) && ctx.word(i + 1) === 'to' && thanToAct(ctx, i + 2)) return true;
  // "submit patches sooner rather than later": a preference, an idiom, nothing measured
  if (ctx.word(i + 1) === 'rather' && ctx.word(i + 2) === 'than') return true;
  // "It's better to have numerous simple routines than a few monolithic ones": one course commended over another, advice
  if (
    ADVISED.has(ctx.word(i)) &&
    ctx.word(i + 1) === 'to' &&
    (ctx.lexTag(i + 2) === 'Infinitive' || ctx.isDeterminer(i + 3)) &&
    itIsBefore(ctx, i)
  )
    return true;
  // "Among these none holds a more important place than the public revenue", "no subject has a higher claim on our care
  // than …": nothing set above a priority, the writer's order of business
  if (placeAbove(ctx, i) && ctx.words.slice(ctx.clauseStart(i), i).some((word) => NONE.has(word))) return true;
  // "Among all the great changes, none is more important than the change in …", "many blessings, but none greater than its
  // dedication": nothing set above what the writer names, her own ranking of importance
  if (ctx.word(i - 2) === 'none' && COPULA_OR_REMAINS.has(ctx.word(i - 1)) && /^(important|significant|greater|more)$/.test(ctx.word(i)))
    return true;
  if (ctx.word(i - 1) === 'none' && /^(greater|more)$/.test(ctx.word(i))) return true;
  if (ctx.word(i) !== 'more' || ctx.word(i + 1) !== 'than')
    return (
      (ctx.word(i - 2) === 'nothing' && COPULA_OR_REMAINS.has(ctx.word(i - 1))) || (PRIORITIES.has(ctx.word(i + 1)) && noneAbove(ctx, i))
    );
  const next = ctx.word(i + 2);
  // ("say more than anything in this week's statement" compares)
  if (next === 'anything') return ctx.clauseEndsBefore(i + 3);
  if (ctx.word(i - 1) === 'nothing' || (ctx.word(i - 2) === 'nothing' && COPULA_OR_REMAINS.has(ctx.word(i - 1)))) return true;
  // "there is more than one way to get involved": options open, nothing measured
  if (next === 'one' && /^(way|option|route|approach|path|means)$/.test(ctx.word(i + 3))) return true;
  if (!/^(a|an|just|merely|simply|our|its|their|his|her|your)$/.test(next)) return false;
  const after = ctx.word(i + 3);
  if (
    isNumeral(ctx, i + 3) ||
    DURATIONS.has(after) ||
    /^(few|dozen|hundred|thousand|million|billion|third|quarter|half|decade|century|lifetime)$/.test(after)
  )
    return false;
  return COPULA_OR_REMAINS.has(ctx.word(i - 1)) || ctx.word(i - 1) === 'for';
}
const EFFORT = new Set(['easier', 'harder', 'simpler']);
const ADVISED = new Set(['better', 'wiser', 'safer', 'preferable']);

/** Before i, "it is", "it's", "it is usually": the frame of advice on a course. */
function itIsBefore(ctx: SentenceContext, i: number): boolean {
  let k = i - 1;
  while (k > 0 && /^(often|usually|generally|always|much|far|almost|nearly|probably)$/.test(ctx.word(k))) k--;
  return (ctx.word(k) === 'is' && ctx.word(k - 1) === 'it') || ctx.word(k) === "it's" || ctx.word(k) === 'it’s';
}
const NONE = new Set(['none', 'no', 'nothing', 'nor']);

/** Before i, "there is no …" or "nor is there any …": nothing set above what follows, the writer's priority. */
function noneAbove(ctx: SentenceContext, i: number): boolean {
  const before = ctx.words.slice(0, i);
  const there = before.indexOf('there');
  if (there < 0) return false;
  if (/^(is|are)$/.test(before[there + 1] ?? '') && before[there + 2] === 'no') return true;
  return /^(is|are)$/.test(before[there - 1] ?? '') && before[there + 1] === 'any' && /^(nor|not|never|no)$/.test(before[0] ?? '');
}

/** From k: "than (it is) to <verb>" within the clause. */
function thanToAct(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < ctx.tokens.length - 1 && !ctx.breakBefore(j); j++)
    if (ctx.word(j) === 'than') {
      const m = ctx.word(j + 1) === 'it' && COPULA_OR_REMAINS.has(ctx.word(j + 2)) ? j + 3 : j + 1;
      return ctx.word(m) === 'to';
    }
  return false;
}
/** A copula (COPULA), contracted or as "remains": "nothing is more important", "remains more than a crisis". */
const COPULA_OR_REMAINS = new Set([...COPULA, "'s", 'remains']);

function againstOwnRecord(ctx: SentenceContext, standard: number, at: number): boolean {
  return (ctx.word(standard) === 'our' || ctx.word(standard) === 'my') && inWritersOwnAct(ctx, at);
}

/** Results "made" brings about before or after its object: "made possible", "made it easier", "made housing unaffordable". */
const RESULTS_MADE = contextWords.madeResults;

/** After "made" at `at`: a result named (an adjective or a comparative after its object, or one of RESULTS_MADE at once:
 * "made slower progress" compares), not an object alone; the object may hold one phrase ("a settlement in the north harder
 * to reach"), and a word of time is no result ("contributions in the past two years"). */
function namesAResult(ctx: SentenceContext, at: number): boolean {
  if (RESULTS_MADE.has(ctx.word(at)) || ctx.lexTag(at) === 'Comparative') return true;
  let prepositions = 0;
  for (let k = at + 1; k < Math.min(ctx.tokens.length, at + 8) && !ctx.breakBefore(k); k++) {
    const tag = ctx.lexTag(k);
    if (tag === 'Preposition' && ++prepositions > 1) return false;
    if (TIME_WORDS.has(ctx.word(k))) continue;
    if (
      RESULTS_MADE.has(ctx.word(k)) ||
      tag === 'Adjective' ||
      tag === 'Comparative' ||
      (tag === undefined && endsWithAny(ctx.word(k), ADJECTIVE_ENDINGS)) // a word the lexicon does not know: "unaffordable"
    )
      return true;
  }
  return false;
}
const TIME_WORDS = new Set(['past', 'last', 'next', 'previous', 'recent', 'current', 'present', 'coming', 'following', 'same']);

/** "Total spending was cut by 14 billion dollars": a change done by no one named (AGENTLESS_ACT); not "were cut off from". */
function changeByNoOne(ctx: SentenceContext, from: number, to: number): string | undefined {
  const done = PARTICIPLE_OF_CHANGE.test(ctx.word(from)) && !REMOVAL.has(ctx.word(to)) && agentlessPassive(ctx, from);
  return done ? AGENTLESS_ACT : undefined;
}

/** A past participle of a change ("increased", "cut", "halved"), not an adverb of one ("increasingly"). */
const PARTICIPLE_OF_CHANGE = /^(?:\w+ed|cut|grown|risen|fallen|shrunk)$/;

/**
 * A participle before its noun after "the", a possessive or a preposition: "the rising cost of", "America's growing economy",
 * "with rising costs"; a past participle after any determiner, with its adverb or a coordinated adjective ("a greatly
 * expanded system", "an unwarranted and increased threat", "depend on expanded trade").
 */
function givenInPassing(ctx: SentenceContext, at: number): boolean {
  if (ctx.clauseEndsBefore(at + 1)) return false;
  // ("funds our growing needs.": a word the lexicon reads as a verb ends the noun phrase, and the sentence)
  const endsTheSentence = at + 2 >= ctx.tokens.length && DEFINITE_BEFORE.has(ctx.word(at - 1));
  if (NOT_A_NOUN.has(ctx.lexTag(at + 1) ?? '') && !endsTheSentence) return false;
  if (ctx.breakBefore(at)) return false;
  let b = at - 1;
  const past = ctx.word(at).endsWith('ed');
  const tagBefore = ctx.lexTag(b);
  if (past && b > 0 && (tagBefore === 'Adverb' || tagBefore === undefined) && ctx.word(b).endsWith('ly') && !ctx.breakBefore(b)) b--; // "a greatly expanded"
  if (past && b > 1 && (ctx.word(b) === 'and' || ctx.word(b) === 'or') && ctx.lexTag(b - 1) === 'Adjective') b -= 2; // "an unwarranted and increased"
  const before = ctx.word(b);
  if (past && (ctx.isDeterminer(b) || before === 'of')) return true;
  return DEFINITE_BEFORE.has(before) || /['’]s$/.test(before) || (ctx.lexTag(b) === 'Preposition' && before !== 'of');
}

/** A change word standing as a noun after a determiner or its adjective: "this decline", "a substantial increase". */
function namedAsNoun(ctx: SentenceContext, at: number): boolean {
  const before = ctx.lexTag(at - 1);
  return ctx.isDeterminer(at - 1) || (before === 'Adjective' && ctx.isDeterminer(at - 2));
}

/**
 * "the cause of freedom", "the cause of human dignity", "this cause", "a common cause of all the people", "a cause beyond
 * party": a cause served or held, not a link from a cause to its effect ("the most common cause of a weak evaluation").
 */
function causeAsIdeal(ctx: SentenceContext, at: number): boolean {
  const before = ctx.word(at - 1);
  if (HOLDERS_OF_A_CAUSE.has(before)) return true;
  if (before === 'a' && ctx.word(at + 1) === 'beyond') return true;
  if (ctx.word(at + 1) !== 'of') return false;
  let k = at + 2;
  while (k < at + 5 && (ctx.isDeterminer(k) || ctx.lexTag(k) === 'Adjective' || ctx.word(k) === 'human')) k++;
  return IDEALS.has(ctx.word(k)) || IDEALS.has(ctx.word(k - 1));
}
const HOLDERS_OF_A_CAUSE = new Set([
  'this',
  'our',
  'his',
  'her',
  'their',
  'my',
  'your',
  'common',
  'noble',
  'great',
  'just',
  'worthy',
  'good',
]);
const IDEALS = new Set([
  'peace',
  'freedom',
  'liberty',
  'democracy',
  'justice',
  'progress',
  'dignity',
  'humanity',
  'independence',
  'unity',
  'reform',
  'equality',
  'civilization',
  'civilisation',
  'conservation',
  'world',
  'rights',
]);

/** A bare "be" after its subject: "(the proposal) that the minimum be raised", the subjunctive of a proposal. */
function subjunctive(ctx: SentenceContext, be: number): boolean {
  for (let k = be - 1; k >= Math.max(0, be - 5); k--) if (ctx.word(k) === 'that') return subjunctiveAfterThat(ctx, k + 1);
  return false;
}
const WANTING = new Set([
  'want',
  'wants',
  'wanted',
  'need',
  'needs',
  'deserve',
  'deserves',
  'ask',
  'asks',
  'demand',
  'demands',
  'expect',
  'expects',
]);
const NOT_A_NOUN = new Set([
  'Preposition',
  'Determiner',
  'Conjunction',
  'Adverb',
  'Modal',
  'Copula',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Verb',
  'Gerund',
  'Pronoun',
  'Auxiliary',
]);
const DEFINITE_BEFORE = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'this', 'these', 'that', 'those']);

/** "…, and increased by 50 percent the number of bombers": "and" or "but" before a verb goes on with the same subject's act. */
function continuesTheAct(ctx: SentenceContext, j: number): boolean {
  if (!/^(and|but|then)$/.test(ctx.word(j))) return false;
  const tag = ctx.lexTag(j + 1);
  return tag === 'PastTense' || tag === 'PresentTense' || (ctx.word(j + 1).endsWith('ed') && !ctx.isDeterminer(j + 1));
}

/** Words that open a clause of its own after a break, ending the act before it: "…, which …", "…, but prices …". */
const OWN_CLAUSE_OPENERS = new Set(['which', 'who', 'while', 'whereas', 'because', 'although', 'though', 'but', 'and', 'so', 'yet']);
/** The writer's side's plans, whose figures are the targets they set. */
const OWN_PLANS = new Set(['budget', 'plan', 'plans', 'proposal', 'proposals', 'bill', 'programme', 'program', 'reforms', 'strategy']);
/** Between "we" and the verb of its act: "we have now raised", "we also cut". */
const AUXILIARIES_OF_AN_ACT = new Set([
  'have',
  "'ve",
  'has',
  'had',
  'also',
  'then',
  'now',
  'already',
  'just',
  'recently',
  'since',
  'again',
  'together',
]);
/** Verbs (and words) after "we" that hold, are, want or predict rather than act. */
const NOT_AN_ACT = new Set([
  'are',
  'were',
  'was',
  'is',
  'be',
  'been',
  'have',
  'has',
  'had',
  "'re",
  'need',
  'needs',
  'want',
  'expect',
  'will',
  "'ll",
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'all',
  'both',
  'still',
  'lost',
  'spend',
  'know',
  'see',
  'saw',
  'face',
  'faced',
  'import',
  'export',
  'produce',
  'rank',
  'ranked',
  'remain',
  'remained',
  'believe',
  'seen',
  'witnessed',
  'experienced',
  'suffered',
  'noticed',
  'think',
  'thought',
  'know',
  'knew',
  'feel',
  'felt',
  'hope',
  'fear',
  'suspect',
  'understand',
  'say',
  'said',
  'note',
  'argue',
  'agree',
  'doubt',
  'learned',
  'learnt',
  'heard',
  'read',
]);

/** "in less than a year", "more than a decade": a duration after "than", no comparison of the act. */
const DURATIONS = new Set(['day', 'week', 'month', 'quarter', 'year', 'decade', 'generation']);

/** Verbs of a change by a multiple: "more than doubled", "less than halved". */
const MULTIPLIED = new Set(['doubled', 'tripled', 'trebled', 'quadrupled', 'halved']);

export const EASE_ADJECTIVES = new Set([
  'difficult',
  'hard',
  'harder',
  'easy',
  'easier',
  'possible',
  'impossible',
  'necessary',
  'unnecessary',
  'useful',
  'helpful',
  'better',
  'best',
  'worth',
  'advisable',
  'wise',
  'tricky',
  'challenging',
  'simpler',
  'simple',
  'quicker',
  'cheaper',
  'feasible',
  'preferable',
  'sensible',
  'unclear',
]);

/**
 * The `claim` of the classify contract: a checkable statement, whatever evidence it has.
 * A measured figure makes one; a trend, cause, comparison, absolute, count or past action
 * makes one unless the sentence is the speaker's stance, which only several kinds of fact
 * together outweigh. Forecasts and bare dates need company. Questions are not claims;
 * "studies show that ..." introduces one.
 */
export function isClaim(features: readonly ClaimFeature[], sourceCues: readonly string[], question: boolean): boolean {
  if (question) return false;
  // Under the speaker's stance a measured figure still counts, and so does a sentence that
  // states several kinds of fact at once ("I think the ministry cut the grant by half after the review was published"):
  // the stance frames a report, it does not replace it. (Indexed loops: this runs on every sentence, mostly cold.)
  let stance = false;
  let factual = false;
  let measured = false;
  const kinds: string[] = [];
  for (let i = 0; i < features.length; i++) {
    const { kind, level, reported } = features[i];
    if (kind === 'stance' && !reported) stance = true;
    if (kind === 'stance' || kind === 'prediction' || kind === 'dated-fact') continue;
    if ((kind === 'prevalence' || kind === 'absolute') && level === 'strict') continue; // "Many councils…", "No regulator…": flagged under strict, no claim alone (like a bare date)
    factual = true;
    if (kind === 'figure' && level !== 'strict') measured = true;
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (factual && (!stance || measured || kinds.length >= STANCE_OUTWEIGHED_BY)) return true;
  for (let i = 0; i < sourceCues.length; i++) if (holdsAsciiWordOf(sourceCues[i], SHOWING_VERBS)) return true;
  return false;
}

/** "studies show that ...", "experts found": a vague source that introduces a claim. */
export const SHOWING_VERBS = new Set(['show', 'shows', 'showed', 'shown', 'found', 'find', 'finds']);

/** Roles that hold duties, where the lexicon files them as things: "the assurer", "the team", "the board". */
const ROLE_NOUNS = new Set(['assurer', 'owner', 'team', 'board', 'committee', 'department', 'council', 'unit', 'office', 'secretariat']);

/** The subject of "… is responsible for" at `at` is a person or a role, who holds a duty (not a cause of something). */
function dutyHolder(ctx: SentenceContext, at: number): boolean {
  let k = at - 1;
  while (
    k > 0 &&
    /^(is|are|was|were|be|been|will|shall|should|remains|remain|also|solely|ultimately|directly|primarily)$/.test(ctx.word(k))
  )
    k--;
  const w = ctx.word(k);
  return ctx.lexTag(k) === 'Actor' || ROLE_NOUNS.has(w) || (w.endsWith('s') && ROLE_NOUNS.has(w.slice(0, -1)));
}

/** A clause before token `at` opens with the writer as its subject: "Yesterday, we published …, leading to". */
function writerActsBefore(ctx: SentenceContext, at: number): boolean {
  for (let k = 0; k < at; k++) if ((k === 0 || ctx.breakBefore(k)) && FIRST_PERSON_SUBJECTS.has(ctx.word(k))) return true;
  return false;
}
