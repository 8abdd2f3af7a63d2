// Claims: the shape of a comparison, ranking, generalisation, goal or condition around a cue: when it states a fact.
import { RELATIVE_PRONOUNS } from '../grammar';
import { type SentenceContext } from '../context';
import { salienceAdjectives } from '../lexicon';
import { firstStartingAtOrAfter } from '../spans';
import { endsWithAny, isOrdinal, startsWithDigit, uncontracted } from '../text-shape';
import { directedToAct, insideQuotation } from '../hedges/clauses';
import { ADVICE_ADJECTIVES } from '../hedges/words';
import { isMindOrTalk, isNounLike } from './events';
import { type ClaimFeature } from './features';
import { isContractedIsOrAre, isContractedWillOrWould, isLyAdverb, isNumeral, isThousands } from './tokens';
import {
  ADJECTIVE_ENDINGS,
  AFTER_A_CHANGE,
  APPROXIMATORS,
  ASKING,
  COMPARISON_SPAN,
  CONDITIONS,
  COPULA,
  COUNTERFACTUAL,
  FIRST_TO_SPAN,
  MODALS_AFTER,
  MODALS_BEFORE,
  NEGATIVE_PRONOUNS,
  NOT_AN_ACTOR,
  NOT_COMPARED,
  PERMISSION,
  RANK_PREPOSITIONS,
  RANK_VERBS,
  evaluativeSuperlatives,
  rankingScopes,
  timeUnits,
} from './words';

/** Conjunctions that open a new clause after a break: what follows is no longer the forecast's. */
export const NEW_CLAUSE = new Set([
  'and',
  'but',
  'or',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'since',
  'so',
  'yet',
  'as',
  'which',
  'who',
  'where',
  'when',
]);

/**
 * "The plant will employ 300 people", "the deal will be the largest ever": what follows a
 * forecast in its clause is forecast too, unless it is a measured figure ("will cost $2bn").
 */
export function isForecastOf(ctx: SentenceContext, forecast: ClaimFeature, f: ClaimFeature): boolean {
  if (f.start <= forecast.start || f.kind === 'stance' || f.kind === 'prediction' || f.kind === 'dated-fact') return false;
  if (f.kind === 'figure' && f.level !== 'strict') return false;
  const from = ctx.tokens.findIndex((t) => t.start === forecast.start);
  // The forecast's objects, purposes and lists run across commas ("will focus efforts, including reviews, on driving
  // progress"); a new clause after a break and a conjunction ("…, and exports have doubled") or a semicolon is not forecast.
  for (let k = from + 1; k < ctx.tokens.length && ctx.tokens[k].start <= f.start; k++) {
    if (!ctx.breakBefore(k) || isThousands(ctx, k)) continue;
    if (NEW_CLAUSE.has(ctx.word(k)) || ctx.gapBefore(k).includes(';') || ctx.gapBefore(k).includes(':')) return false;
  }
  return true;
}

/** Relative pronouns that open a clause describing the noun before them. */

/**
 * "a licence that prevents re-use", "work that promotes sustainability", "mutations that
 * significantly increase the risk": a cue in the present tense right after a relative pronoun (past
 * adverbs) describes the kind of thing its noun is; the sentence asserts something else about it.
 * Not a non-restrictive clause after a comma (", which drove prices up" adds an assertion), not one
 * under an existential ("There are rules that prevent…" asserts exactly that), and not the past
 * ("the reform that cut the fee" records an act).
 */
export function inRestrictiveRelative(ctx: SentenceContext, at: number): boolean {
  if (zeroRelative(ctx, at)) return true;
  let k = at - 1;
  // ("reform that finally prevents": an adverb after the relative pronoun, which the lexicon tags a determiner)
  while (
    k > 0 &&
    (isLyAdverb(ctx, k) || (ctx.word(k).endsWith('ly') && ctx.lexTag(k) === undefined && RELATIVE_PRONOUNS.has(ctx.word(k - 1))))
  )
    k--;
  if (k <= 0 || !RELATIVE_PRONOUNS.has(ctx.word(k)) || ctx.breakBefore(k)) return false;
  // ("changes which": a plural the lexicon reads as a verb, before a relative pronoun that is no "that" of a clause)
  const pluralNoun = ctx.lexTag(k - 1) === 'Plural' || (/[^s]s$/.test(ctx.word(k - 1)) && ctx.word(k) !== 'that');
  if (!isNounLike(ctx, k - 1) && !ctx.isDeterminer(k - 2) && !pluralNoun) return false; // "a licence that", "rules that"; not "show that": a clause, not a relative
  const tag = ctx.lexTag(at);
  // "changes which cause regressions", "issues which result in": a word the lexicon reads as a noun is the verb here, its
  // plural antecedent agreeing with it
  const pluralVerb = tag === 'Singular' && pluralNoun;
  if (tag !== 'PresentTense' && tag !== 'Infinitive' && !pluralVerb) return false; // a verb in the present, not "that more and more…" nor the past ("the reform that cut the fee")
  if (ctx.word(k - 1) === 'those' || ctx.word(k - 1) === 'one') return false;
  return !(ctx.word(0) === 'there' && COPULA.has(ctx.word(1)));
}

/**
 * "as useful as the conversations it prompts", "the harm it causes is …": a relative clause without its pronoun (a
 * determiner, a noun and a subject pronoun before the cue, the noun its object); it describes the noun.
 */
function zeroRelative(ctx: SentenceContext, at: number): boolean {
  if (!/^(it|they|he|she)$/.test(ctx.word(at - 1)) || ctx.breakBefore(at - 1)) return false;
  if (ctx.lexTag(at) === 'PastTense' || ctx.lexTag(at) === 'Adjective') return false;
  const noun = ctx.lexTag(at - 2);
  if (noun === 'Preposition' || noun === 'Pronoun' || noun === 'Copula' || noun === 'Modal' || ctx.breakBefore(at - 2)) return false;
  if (!ctx.isDeterminer(at - 3) || ctx.breakBefore(at - 3)) return false;
  // (the verb's object is the noun before: nothing follows it but the clause's end or the main verb; "In the end it causes
  // harm" has its object)
  return ctx.clauseEndsBefore(at + 1) || /^(Copula|Modal|Auxiliary|PresentTense|PastTense)$/.test(ctx.lexTag(at + 1) ?? '');
}

/** "If unemployment rose to 9%, ...", "unless the fund doubles": a fact supposed, not stated (up to the clause's end). */
export function inCondition(ctx: SentenceContext, at: number): boolean {
  const i = firstStartingAtOrAfter(ctx.tokens, at);
  if (ctx.tokens[i]?.start !== at) return false;
  for (let k = i; k >= 0; k--) {
    // ("Whether you can buy a home now depends less on …": a "whether" clause ends at its verb; the main clause after it
    // asserts)
    if (ctx.word(k) === 'whether') return i <= firstVerbAfter(ctx, k + 1);
    if (CONDITIONS.has(ctx.word(k)) && !ASKING.has(ctx.word(k - 1))) return true; // not "I wonder if"
    if (ctx.breakBefore(k) && !isThousands(ctx, k)) return false; // "if 50,000 jobs go": the comma groups digits
  }
  return false;
}

/** The first verb from `from` (past its auxiliaries: "can buy"), or the sentence's end. */
function firstVerbAfter(ctx: SentenceContext, from: number): number {
  for (let k = from; k < ctx.tokens.length; k++) {
    if (!/^(PresentTense|PastTense|Infinitive|Modal|Auxiliary|Copula)$/.test(ctx.lexTag(k) ?? '')) continue;
    while (
      k + 1 < ctx.tokens.length &&
      /^(Modal|Auxiliary|Copula)$/.test(ctx.lexTag(k) ?? '') &&
      /^(PresentTense|PastTense|Infinitive|Copula)$/.test(ctx.lexTag(k + 1) ?? '')
    )
      k++;
    return k;
  }
  return ctx.tokens.length;
}

/**
 * "the best way", "the only option", "the most important issue" grade; "the worst recession
 * since the 1930s" ranks. A graded superlative needs a scope after it to be checkable.
 */
export function isRanking(ctx: SentenceContext, superlative: number): boolean {
  if (warnsAgainstAMistake(ctx, superlative + 1)) return false;
  if (aimNamed(ctx, superlative)) return false;
  // "the First Lady", "the First Amendment", "the Supreme Court": a title or a name, capitalised mid-sentence
  if (superlative > 0 && !ctx.breakBefore(superlative) && ctx.isCapitalized(superlative) && ctx.isCapitalized(superlative + 1))
    return false;
  // "for the most part": mostly, an idiom of extent; "The first of these is …": an item of the writer's own list
  if (ctx.word(superlative) === 'most' && ctx.word(superlative - 2) === 'for' && ctx.word(superlative + 1) === 'part') return false;
  if (
    /^(first|second|third|last)$/.test(ctx.word(superlative)) &&
    ctx.word(superlative + 1) === 'of' &&
    /^(these|those|them)$/.test(ctx.word(superlative + 2)) &&
    /^(is|was|are|were|)$/.test(ctx.word(superlative + 3))
  )
    return false;
  // "the first year of the second century", "the last day of June": a date, an ordinal of time ("the first time in our
  // history" still ranks)
  if (
    /^(first|second|third|last)$/.test(ctx.word(superlative)) &&
    /^(year|day|week|month|century|decade|session|quarter|half|hour|term)$/.test(ctx.word(superlative + 1)) &&
    ctx.word(superlative + 2) === 'of'
  )
    return false;
  // "one of the highest duties of Government", "our most sacred obligation": a duty ranked, the writer's judgement of what is
  // owed, no measure of the world
  if (OWED_DUTIES.has(ctx.word(superlative + 1)) || (ctx.word(superlative) === 'most' && OWED_DUTIES.has(ctx.word(superlative + 2))))
    return false;
  const w = ctx.word(superlative);
  if (w === 'most' && isMostAsPronoun(ctx, superlative)) return false;
  // "The most interesting events since my last message", "Of the unsettled matters, the most prominent are those which …":
  // the writer's emphasis on the matters before her, which sets her agenda ("the most important judgment since 2015", "the
  // most important port in the world" rank)
  if (
    w === 'most' &&
    salienceAdjectives.has(ctx.word(superlative + 1)) &&
    (AGENDA_ITEMS.has(ctx.word(superlative + 2)) || /^(are|is|was|were)$/.test(ctx.word(superlative + 2))) &&
    !WORLD_SCOPE.test(ctx.text.slice(ctx.tokens[superlative].end))
  )
    return false;
  const graded = evaluativeSuperlatives.has(w) && !(w === 'most' && !isAdjectiveLike(ctx, superlative + 1));
  if (!graded) return true;
  if (rankingScopeAfter(ctx, superlative)) return true;
  return (w === 'first' || w === 'last') && isFirstToAct(ctx, superlative);
}

const AGENDA_ITEMS = new Set(['events', 'matters', 'subjects', 'questions', 'topics', 'issues', 'points', 'features', 'measures']);
const WORLD_SCOPE = /\b(?:in the world|on earth|in (?:our |the nation's |recorded )?history|ever|of (?:any|all)\b)/;
const OWED_DUTIES = new Set([
  'duty',
  'duties',
  'obligation',
  'obligations',
  'responsibility',
  'responsibilities',
  'privilege',
  'privileges',
  'honor',
  'honors',
  'honour',
  'honours',
  'virtue',
  'virtues',
]);

/**
 * "The first object is to place our sea port towns out of danger", "our chief aim will be to …": the writer's order of
 * her own aims, a plan, not a ranking of the world.
 */
function aimNamed(ctx: SentenceContext, at: number): boolean {
  if (!/^(first|second|third|chief|principal|main|primary|foremost|next)$/.test(ctx.word(at))) return false;
  if (!/^(object|objects|aim|aims|goal|goals|purpose|step|steps|task|priority|priorities|concern|duty|care)$/.test(ctx.word(at + 1)))
    return false;
  let k = at + 2;
  if (ctx.word(k) === 'will' || ctx.word(k) === 'must' || ctx.word(k) === 'should') k++;
  return /^(is|was|be|are|were)$/.test(ctx.word(k)) && ctx.word(k + 1) === 'to';
}

/** A scope that makes a graded superlative a ranking: "in the world", "in history", "of any". */
export function rankingScopeAfter(ctx: SentenceContext, from: number): boolean {
  for (let k = from + 1; k < ctx.tokens.length; k++) if (rankingScopes.matchAt(ctx.tokens, k)) return true;
  return false;
}

/** "does the most", "make the most of their lives": "the most" as a pronoun of effort, which ranks nothing named. */
export function isMostAsPronoun(ctx: SentenceContext, most: number): boolean {
  const next = most + 1;
  if (ctx.clauseEndsBefore(next)) return true;
  return (
    ctx.word(next) === 'of' &&
    (ctx.isDeterminer(next + 1) || ctx.lexTag(next + 1) === 'Pronoun') &&
    ctx.word(next + 1) !== 'all' &&
    ctx.word(next + 1) !== 'any'
  );
}

/** An adjective or adverb after "most", also one the lexicon does not list ("most vulnerable", "most highly"). */
export function isAdjectiveLike(ctx: SentenceContext, i: number): boolean {
  const tag = ctx.lexTag(i);
  return tag === 'Adjective' || tag === 'Adverb' || (tag === undefined && endsWithAny(ctx.word(i), ADJECTIVE_ENDINGS, 2));
}

/**
 * "the first country to ratify the treaty", "the last member to leave": who did something
 * first is a record; "the first thing to do", "the first step to take" is advice.
 */
export function isFirstToAct(ctx: SentenceContext, ordinal: number): boolean {
  for (let k = ordinal + 1; k <= ordinal + FIRST_TO_SPAN && k < ctx.tokens.length && !ctx.breakBefore(k); k++) {
    const w = ctx.word(k);
    if (NOT_AN_ACTOR.has(w)) return false;
    if (w === 'to') return k > ordinal + 1 && !ctx.isDeterminer(k + 1) && ctx.lexTag(k + 1) !== 'Pronoun';
  }
  return false;
}

/** "we rank first in the world", "the state is third among": a rank stated without "the". */
export function isBareRank(ctx: SentenceContext, i: number): boolean {
  if (!RANK_PREPOSITIONS.has(ctx.word(i + 1))) return false;
  const w = ctx.word(i);
  if (!(w === 'first' || w === 'last' || (isOrdinal(w) && !startsWithDigit(w)))) return false;
  const before = ctx.word(i - 1);
  return COPULA.has(before) || isContractedIsOrAre(before) || RANK_VERBS.has(before);
}

/**
 * "Sanctions never work" generalises about the world; "I never said that", "you never know",
 * "we can never repay" and "nobody can" speak of the speaker, the listener or what is possible.
 */
export function isGeneralisation(ctx: SentenceContext, from: number, to: number): boolean {
  if (MODALS_BEFORE.has(ctx.word(from - 1)) || MODALS_AFTER.has(ctx.word(to))) return false;
  // 'The default option is "None of the above"': a name in quotation marks, no generalisation of the writer's
  if (insideQuotation(ctx, from)) return false;
  // "they'll never", "it's never going to": a forecast or a promise, not a generalisation
  if (isContractedWillOrWould(ctx.word(from - 1)) || (ctx.word(to) === 'going' && ctx.word(to + 1) === 'to')) return false;
  // "should have never happened": what ought not to have been, not what was
  if (ctx.word(from - 1) === 'have' && COUNTERFACTUAL.has(ctx.word(from - 2))) return false;
  // "it is always a good idea to remind reviewers", "it is never wise to": advice, how often it holds
  if (ctx.word(from - 1) === 'is' && ctx.word(from - 2) === 'it' && isAdviceAt(ctx, to)) return false;
  // "to always debate principles; never debate personalities", "Always cite your sources": how often to do it, a directive
  if (
    (ctx.word(from) === 'always' || ctx.word(from) === 'never') &&
    (ctx.word(from - 1) === 'to' || ctx.breakBefore(from) || from === 0) &&
    ctx.lexTag(to) === 'Infinitive'
  )
    return false;
  // "As always, the credit belongs to the people": a habit of the writer's saying, no generalisation
  if (ctx.word(from) === 'always' && ctx.word(from - 1) === 'as' && ctx.breakBefore(to)) return false;
  // "not always", "almost never", "nearly everywhere": the writer limits the generalisation
  const before = ctx.word(from - 1);
  if (APPROXIMATORS.has(before) || ((before === 'not' || before.endsWith("n't")) && ctx.word(from) !== 'once')) return false;
  // "In some cases, the exemption is never claimed", "sometimes … never": the sentence limits it to some cases first
  for (let k = 0; k + 1 < from; k++) {
    const w = ctx.word(k);
    if (
      w === 'sometimes' ||
      w === 'occasionally' ||
      (w === 'in' &&
        /^(some|a|many|most|certain|rare)$/.test(ctx.word(k + 1)) &&
        /^(cases?|instances|places|areas|few)$/.test(ctx.word(k + 2)))
    )
      return false;
  }
  // "I meet them all the time", "everywhere I go", "we reach agreements all the time": the speaker's or listener's habits
  for (let k = ctx.clauseStart(from); k < ctx.tokens.length && (k < from || k <= to + 1); k++) {
    const w = ctx.word(k);
    const person = uncontracted(w) ?? w;
    if (person === 'i' || person === 'we' || person === 'you') return false;
  }
  // "An analyst might be asked to link a dataset that was never collected": inside what someone may be asked to do
  for (let k = 0; k < from - 3; k++) if (MODALS_BEFORE.has(ctx.word(k)) && directedToAct(ctx, k)) return false;
  const cue = ctx.word(from);
  // "Among these none holds a more important place than the public revenue": nothing set above a priority (features.ts)
  if (cue === 'none' || cue === 'no')
    for (let k = from + 1; k < Math.min(ctx.tokens.length, from + 7) && !ctx.breakBefore(k); k++) if (placeAbove(ctx, k)) return false;
  // "None of this means wage growth can be ignored", "none of these is as satisfying": what was just said, not the world
  if (cue === 'none' && ctx.word(from + 1) === 'of' && /^(this|that|these|those|it|them)$/.test(ctx.word(from + 2))) return false;
  // "none of the above justifications apply", "all of the following": the document's own list, not the world
  if (ctx.word(from + 1) === 'of' && ctx.word(from + 2) === 'the' && /^(above|following|foregoing)$/.test(ctx.word(from + 3))) return false;
  // "None of us will be satisfied until the job is done", "all of us must": the speaker's side and its resolve
  // ("None of us can be satisfied when two-thirds of citizens did not vote" presupposes a fact, and stays)
  if (
    /^(none|all|each)$/.test(cue) &&
    ctx.word(from + 1) === 'of' &&
    ctx.word(from + 2) === 'us' &&
    /^(will|shall|must|should)$/.test(ctx.word(from + 3))
  )
    return false;
  // "it is never too late", "never too early to start": an exhortation about timing, not a record of the world
  if (cue === 'never' && ctx.word(from + 1) === 'too' && /^(late|early|soon)$/.test(ctx.word(from + 2))) return false;
  // "none of the programmes reviewed here", "all the trials we studied": the writer's own material, not the world
  if (/^(none|all|each|every|no)$/.test(cue) && withinOwnMaterial(ctx, from)) return false;
  // "nobody knows", "no one wants to see that", "nobody is talking about it": rhetoric about minds and talk
  if (NEGATIVE_PRONOUNS.has(cue) || (cue === 'no' && ctx.word(from + 1) === 'one')) {
    let k = ctx.nextContent(from + (cue === 'no' ? 1 : 0));
    if (ctx.word(k) === 'is' || ctx.word(k) === 'was') k = ctx.nextContent(k);
    // "No one, of course, can foretell the future exactly": what nobody can foresee, a truism about forecasting
    if (ctx.word(k) === 'of' && ctx.word(k + 1) === 'course') k += 2;
    if (/^(can|could|will)$/.test(ctx.word(k)) && /^(foretell|foresee|predict|forecast|know|guarantee)$/.test(ctx.word(k + 1)))
      return false;
    if (isMindOrTalk(ctx.word(k))) return false;
  }
  return true;
}

/**
 * The noun phrase after the quantifier at `from` is limited to what the document itself examined: "none of the
 * programmes reviewed here", "all the trials we studied", "every study included in this review".
 */
function withinOwnMaterial(ctx: SentenceContext, from: number): boolean {
  for (let k = from + 1; k < Math.min(ctx.tokens.length, from + 8) && !ctx.breakBefore(k); k++) {
    if (!EXAMINED.has(ctx.word(k))) continue;
    const next = ctx.word(k + 1);
    if (next === 'here' || (next === 'in' && /^(this|these|the|our)$/.test(ctx.word(k + 2)) && DOCUMENT_PARTS.has(ctx.word(k + 3))))
      return true;
    if (/^(we|i)$/.test(ctx.word(k - 1))) return true;
  }
  return false;
}
const EXAMINED = new Set([
  'reviewed',
  'studied',
  'examined',
  'surveyed',
  'covered',
  'included',
  'analysed',
  'analyzed',
  'considered',
  'discussed',
  'listed',
  'interviewed',
  'visited',
  'sampled',
]);
const DOCUMENT_PARTS = new Set(['report', 'paper', 'review', 'chapter', 'section', 'study', 'brief', 'note', 'analysis', 'survey']);

/** "harder than it looks": verbs of appearance after "than it". */
const APPEARANCE_VERBS = new Set(['looks', 'look', 'sounds', 'sound', 'seems', 'seem', 'appears', 'appear']);

/** "costlier than", "more American blood on his hands than": "than" closes the comparison within its clause. */
export function thanFollows(ctx: SentenceContext, comparative: number): boolean {
  for (let k = comparative + 1; k < ctx.tokens.length && k <= comparative + COMPARISON_SPAN && !ctx.breakBefore(k); k++) {
    if (ctx.word(k) !== 'than') continue;
    // "harder than it looks", "easier than it sounds": measured against how a thing appears, not against another thing
    if (APPEARANCE_VERBS.has(ctx.word(k + 2)) && /^(it|they|this|that)$/.test(ctx.word(k + 1))) return false;
    return k > comparative + 1 || !NOT_COMPARED.has(ctx.word(k + 1));
  }
  return false;
}

/** "exports are up", "coal jobs are not up", "income is down 3%": a change stated as a state, the clause ending or measured. */
export function isStateOfChange(ctx: SentenceContext, i: number): boolean {
  let k = i - 1;
  while (k > 0 && (ctx.word(k) === 'not' || ctx.word(k) === 'way' || isLyAdverb(ctx, k))) k--;
  if (!COPULA.has(ctx.word(k)) && !isContractedIsOrAre(ctx.word(k))) return false; // "it's up"
  if (ctx.word(i) === 'up' && (ctx.word(k - 1) === 'time' || timeUnits.has(ctx.word(k - 1)))) return false; // "your time is up", "two minutes are up": a period over, nothing measured
  const next = ctx.word(i + 1);
  if (next === 'to' || next === 'in')
    return (
      isNumeral(ctx, i + 2) ||
      /^[$€£]/.test(ctx.gapBefore(i + 2).trim()) ||
      (next === 'in' && ctx.word(i + 2) === 'the' && /^(last|past|first|second|third|fourth)$/.test(ctx.word(i + 3)))
    ); // "up to $4bn", not "up to the states"; "down in 2020", not "down in Texas"
  return next === '' || ctx.breakBefore(i + 1) || AFTER_A_CHANGE.has(next) || isNumeral(ctx, i + 1);
}

/** "no more than five minutes", "may not submit more than one": a limit a rule sets, not a comparison. */
export function isLimit(ctx: SentenceContext, cue: number): boolean {
  const before = ctx.word(cue - 1);
  if (before === 'no' || before === 'not') return true;
  // "Less than a week before the release, a mail is sent": a time in a procedure, not a comparison
  if (ctx.word(cue + 1) === 'than' && /^(a|an|one|two|three|\d+)$/.test(ctx.word(cue + 2)) && TIME_UNITS.has(ctx.word(cue + 3)))
    if (/^(before|after|ahead|later|earlier|prior)$/.test(ctx.word(cue + 4))) return true;
  for (let k = ctx.clauseStart(cue); k < cue; k++) if (PERMISSION.has(ctx.word(k))) return true;
  return false;
}

/** After a quantifier: not the generalised noun ("most of", "many thanks", "no longer", "no one" is an absolute of its own). */
export const NOT_GENERALISED = new Set([
  'of',
  'thanks',
  'longer',
  'more',
  'less',
  'one',
  'doubt',
  'matter',
  'other',
  'others',
  'such',
  'times',
  'ways',
  'importantly',
  'likely',
  'recently',
  'notably',
  'often',
  'cases',
  'instances',
]);

/** Words after which a clause may open: "that", conjunctions, "nowadays". */
export const CLAUSE_OPENERS = new Set([
  'that',
  'and',
  'but',
  'while',
  'whereas',
  'although',
  'because',
  'since',
  'nowadays',
  'today',
  'yet',
]);

/** The quantifier opens its clause: the sentence's first word, after a break, or after "that", "but", "while". */
export function opensClause(ctx: SentenceContext, i: number): boolean {
  return i === 0 || ctx.breakBefore(i) || CLAUSE_OPENERS.has(ctx.word(i - 1));
}

/** A noun the quantifier generalises over: "many councils have closed", "no regulator, however large, is". */
export function isGeneralisedNoun(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  if (NOT_GENERALISED.has(w) || ctx.breakBefore(k) || ctx.isDeterminer(k) || ctx.isSubjectPronoun(k)) return false;
  const tag = ctx.lexTag(k);
  if (
    tag === 'Adverb' ||
    tag === 'Preposition' ||
    tag === 'Conjunction' ||
    tag === 'Modal' ||
    tag === 'Copula' ||
    tag === 'PastTense' ||
    tag === 'Infinitive'
  )
    return false;
  return true;
}

/** How far back a list of aims may have opened with "to <verb>". */
export const GOAL_LIST_SPAN = 15;

/**
 * "a fund set up to train teachers, increase retention and drive better results": a verb in
 * its base form that continues a list (after a comma, "and" or "or") opened by "to <verb>" is an aim.
 */
export function isGoalInList(ctx: SentenceContext, from: number): boolean {
  if (ctx.lexTag(from) !== 'Infinitive') return false;
  const prev = ctx.word(from - 1);
  if (!(ctx.gapBefore(from).includes(',') || prev === 'and' || prev === 'or')) return false;
  for (let k = from - 2; k >= 0 && k >= from - GOAL_LIST_SPAN; k--)
    if (ctx.word(k) === 'to' && ctx.lexTag(k + 1) === 'Infinitive') return true;
  return false;
}

/**
 * "Thanks to the subsidy, installations doubled": a cause before a main clause, not a courtesy ("Thanks to the organisers.",
 * "Thanks to Ann Lee, Raj Patel and Tom Wu for their comments on early drafts": names listed, then what they are thanked for).
 */
export function isCausalThanks(ctx: SentenceContext, i: number): boolean {
  if (ctx.word(i) !== 'thanks' || ctx.word(i + 1) !== 'to') return false;
  const names = ctx.isName(i + 2);
  for (let k = i + 2; k + 1 < ctx.tokens.length; k++) {
    if (names && ctx.word(k) === 'for') return false;
    if (ctx.breakBefore(k) && ctx.word(k) !== 'and' && !(names && ctx.isName(k))) return true;
  }
  return false;
}

/** "a good idea to", "wise to", "best to": a course of action judged at k. */
function isAdviceAt(ctx: SentenceContext, k: number): boolean {
  const at = ctx.word(k) === 'a' ? k + 1 : k;
  const judged = ctx.word(at) === 'good' && ctx.word(at + 1) === 'idea' ? at + 1 : at;
  return (judged > at || ADVICE_ADJECTIVES.has(ctx.word(judged))) && ctx.word(judged + 1) === 'to';
}

/**
 * "One of the biggest mistakes that developers can make is to conclude …", "the commonest error is to …": advice, a
 * course of action warned against; no ranking of mistakes a reader could check.
 */
export function warnsAgainstAMistake(ctx: SentenceContext, to: number): boolean {
  for (let k = to; k < Math.min(ctx.tokens.length, to + 3); k++) {
    if (!MISTAKES.has(ctx.word(k))) continue;
    for (let j = k + 1; j < ctx.tokens.length - 1; j++)
      if ((ctx.word(j) === 'is' || ctx.word(j) === 'are') && ctx.word(j + 1) === 'to') return true;
    return false;
  }
  return false;
}
const MISTAKES = new Set(['mistake', 'mistakes', 'error', 'errors', 'pitfall', 'pitfalls', 'trap', 'traps', 'temptation', 'temptations']);

export const PRIORITIES = new Set(['important', 'necessary', 'essential', 'urgent', 'pressing', 'vital', 'needed', 'needful']);
const PLACES = new Set(['place', 'priority', 'claim', 'rank', 'position']);

/** At i, "more important place", "higher claim", "greater priority": a rank among the things to be done. */
export function placeAbove(ctx: SentenceContext, i: number): boolean {
  if (ctx.word(i) === 'more') return PRIORITIES.has(ctx.word(i + 1)) && PLACES.has(ctx.word(i + 2));
  return /^(higher|greater|prior)$/.test(ctx.word(i)) && PLACES.has(ctx.word(i + 1));
}

/**
 * Before the comparison at `from`, in its clause, "is meant to be", "are designed to", "was supposed to be": what a thing
 * is for, its makers' intent ("The tip of master is meant to be more stable than any tagged release"), not what it is.
 */
export function meantToBe(ctx: SentenceContext, from: number): boolean {
  for (let k = from - 1; k >= Math.max(1, from - 4); k--) {
    if (ctx.breakBefore(k + 1) && k + 1 < from) return false;
    if (ctx.word(k) !== 'to') continue;
    return INTENDED.has(ctx.word(k - 1)) && /^(is|are|was|were|be|been)$/.test(ctx.word(k - 2));
  }
  return false;
}
const INTENDED = new Set(['meant', 'intended', 'designed', 'supposed']);
const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes']);
