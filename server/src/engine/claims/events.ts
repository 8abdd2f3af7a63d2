// Claims: past actions on the record and positions held ("the ministry cut the grant", "the minister of finance").
import { type SentenceContext } from '../context';
import { endsWithAny, replaceEnding, uncontracted } from '../text-shape';
import { inCondition } from './shapes';
import { holdsQuotationOpener, isLyAdverb, isNounTag, isNumeral } from './tokens';
import {
  ADVERB_OR_VERB_ENDINGS,
  BETWEEN_HAVE_AND_PARTICIPLE,
  BETWEEN_SUBJECT_AND_VERB,
  COORDINATED_SPAN,
  COUNTERFACTUAL,
  DEGREE_OR_NEGATION,
  HAS_DIGIT,
  NAMING,
  NOT_A_POSITION_HOLDER,
  OBJECT_SPAN,
  PAST_CUES,
  PAST_TENSES,
  PERFECT_OR_PASSIVE,
  PERSONAL_PRONOUNS,
  POSITION_CUES,
  PRESENT_PASSIVE,
  RELATIVE_OR_FLOATING,
  THING_IS,
  WANT_OR_SEE,
  lightVerbs,
  procedureNouns,
  quotingVerbs,
  recordVerbs,
  stativeParticiples,
} from './words';

/** Light verbs of having and doing: "nobody had guns" states a fact. */
export const NOT_MIND_OR_TALK = new Set([
  'had',
  'got',
  'gotten',
  'made',
  'did',
  'have',
  'get',
  'do',
  'go',
  'let',
  'tried',
  'try',
  'help',
  'matter',
  'happened',
]);

/** Shorter fragments ("He did.", "That was wrong.") are answers and retorts more often than records. */
export const MIN_RECORD_WORDS = 6;

/** The speaker's anecdote, a generic "you", a condition: not a record someone could look up. */
export const NOT_A_RECORD_SUBJECT = new Set(['i', 'you', 'if', 'when', 'whether']);

/** Subjects that point back at someone named elsewhere: their acts need an anchor in the sentence (see isAnchored). */
export const PRONOUN_SUBJECT = new Set(['we', 'he', 'she', 'they', 'who', 'that', 'which']);

export const COORDINATION = new Set(['and', 'but', 'or', 'then', 'so']);

/** "knows", "wanted", "is talking": verbs of knowing, wanting, caring and talking (the light verbs), in any form. */
export function isMindOrTalk(w: string): boolean {
  const base = [
    w,
    replaceEnding(w, 's'),
    w.endsWith('ed') ? w.slice(0, -2) : replaceEnding(w, 'd'),
    replaceEnding(w, 'ing'),
    replaceEnding(w, 'ing', 'e'),
    replaceEnding(w, 'ies', 'y'),
  ];
  return base.some((b) => lightVerbs.has(b) && !NOT_MIND_OR_TALK.has(b)) || w === 'knew' || w === 'thought';
}

/**
 * A past action or state of the world that someone could look up: a past-tense verb
 * ("vetoed", "signed") or a perfect/passive participle ("has cut", "was killed"), with a
 * subject other than the speaker alone. The index of the verb, or -1.
 */
export function findPastAction(ctx: SentenceContext): number {
  if (ctx.tokens.length < MIN_RECORD_WORDS) return -1;
  let story = false; // a pronoun's unanchored act: "he went there and spoke" shares its subject
  let anchored: boolean | undefined;
  const words = ctx.words;
  const cueMasks = ctx.cueMasks;
  for (let i = 1; i < words.length; i++) {
    // pastVerbAt's first test, without a call: most words are no past tense, "did" or "-ed" form (isEdForm).
    if ((cueMasks[i] & PAST_CUES) === 0 && !(words[i].length >= 4 && words[i].endsWith('ed'))) continue;
    const verb = pastVerbAt(ctx, i);
    if (verb < 0) continue;
    const w = ctx.word(verb);
    if (lightVerbs.has(w) || ctx.isCapitalized(verb)) continue;
    if (w === 'used' && ctx.word(verb + 1) === 'to') continue; // "we used to": a habit, not an act
    // "…, provided that they agree", "…, provided they agree with a majority": a condition, not an act
    if (
      (w === 'provided' || w === 'providing') &&
      ctx.breakBefore(verb) &&
      (ctx.word(verb + 1) === 'that' || ctx.isSubjectPronoun(verb + 1))
    )
      continue;
    if (stativeParticiples.has(w) && !takesObject(ctx, verb)) continue; // "a plan based on", "a scheme called Fair Start"; not "called the meeting", "called for"
    if (quotingVerbs.has(w) && opensQuotation(ctx, verb)) continue; // "she said: 'we will appeal'": the words, not an act
    const subject = subjectOf(ctx, i);
    if (procedureNouns.has(subject)) continue;
    if (NOT_A_RECORD_SUBJECT.has(subject) && !((subject === 'i' || subject === 'you') && recordVerbs.has(w))) {
      story = true;
      continue;
    }
    // "they went to the plant", "we talked for hours": a pronoun's act with nothing named or
    // dated around it is a story; "they vetoed the bill" or "he went to Beijing in 1972" is a record.
    if ((PRONOUN_SUBJECT.has(subject) || (story && COORDINATION.has(subject))) && !recordVerbs.has(w) && !(anchored ??= isAnchored(ctx))) {
      story = true;
      continue;
    }
    return verb;
  }
  return -1;
}

/** "called the meeting", "involved the police", "called for a ban": the participle acts on an object or makes a demand. */
export function takesObject(ctx: SentenceContext, verb: number): boolean {
  const next = ctx.word(verb + 1);
  return (
    ctx.isDeterminer(verb + 1) ||
    PERSONAL_PRONOUNS.has(next) ||
    ((next === 'for' || next === 'on' || next === 'upon') && ctx.word(verb) === 'called')
  );
}

/** A quotation or a colon right after the verb of saying, or after its object ("told me, 'I've got my degree'"). */
export function opensQuotation(ctx: SentenceContext, verb: number): boolean {
  return (
    holdsQuotationOpener(ctx.gapBefore(verb + 1)) ||
    (PERSONAL_PRONOUNS.has(ctx.word(verb + 1)) && holdsQuotationOpener(ctx.gapBefore(verb + 2)))
  );
}

/** "The Commission wants to extend the scheme": someone else's stated aim, a position on the record. */
export function findPosition(ctx: SentenceContext): number {
  if (!ctx.holds(POSITION_CUES)) return -1; // most sentences: no verb of position
  for (let i = 1; i + 1 < ctx.tokens.length; i++) {
    if ((ctx.cueMasks[i] & POSITION_CUES) === 0 || ctx.word(i + 1) !== 'to') continue;
    const subject = subjectOf(ctx, i);
    if (subject && !NOT_A_POSITION_HOLDER.has(subject) && !inCondition(ctx, ctx.tokens[i].start)) return i;
  }
  return -1;
}

/** Something a reader could look up: a name (not merely sentence-initial), a known entity, or a number or year. */
export function isAnchored(ctx: SentenceContext): boolean {
  if (HAS_DIGIT.test(ctx.text) || ctx.isEntity(0)) return true;
  for (let k = 1; k < ctx.tokens.length; k++) if (ctx.isName(k) || isNumeral(ctx, k)) return true;
  return false;
}

/** The past verb that token i starts, or -1: a past tense, a perfect or passive participle, "did (not) vote". */
export function pastVerbAt(ctx: SentenceContext, i: number): number {
  const w = ctx.word(i);
  if (w === 'did' || w === "didn't") {
    const k = ctx.word(i + 1) === 'not' ? i + 2 : i + 1;
    return k < ctx.tokens.length &&
      ctx.lexTag(k) !== 'Adverb' &&
      ctx.lexTag(k) !== 'Preposition' &&
      !ctx.isDeterminer(k) &&
      !ctx.isSubjectPronoun(k)
      ? k
      : -1; // not "the plan he did in Ohio"
  }
  // Most words are neither: passed without a lexicon lookup (see nlp.ts).
  if (!PAST_TENSES.has(w) && !isEdForm(w)) return -1;
  const tag = ctx.lexTag(i);
  // An "-ed" word the lexicon calls an adjective is a verb right after an auxiliary or a
  // noun subject ("the committee rejected"), not after a determiner ("the rejected bid").
  const edForm = (tag === undefined || tag === 'Adjective') && isEdForm(w);
  if (tag !== 'PastTense' && !edForm) return -1; // decided before the context checks below, which only reject
  let before = i - 1; // "are nominated", "I'm absolutely opposed": skip adverbs back to the auxiliary
  while (before > 0 && (isLyAdverb(ctx, before) || DEGREE_OR_NEGATION.has(ctx.word(before)))) before--;
  const wordBefore = ctx.word(before);
  if (PRESENT_PASSIVE.has(wordBefore) || wordBefore.endsWith("'m") || wordBefore.endsWith("'re") || THING_IS.has(wordBefore)) return -1; // "must be done", "are nominated", "it's printed": not past
  // "when they are compiled or evaluated": a participle joined to one after a present passive shares its auxiliary
  if (
    (wordBefore === 'or' || wordBefore === 'and') &&
    PRESENT_PASSIVE.has(ctx.word(before - 2)) &&
    (isEdForm(ctx.word(before - 1)) || ctx.lexTag(before - 1) === 'PastTense')
  )
    return -1;
  if (isObjectComplement(ctx, i)) return -1; // "they want the amendment ratified", "to see its principles violated"
  if (isCounterfactual(ctx, i)) return -1; // "could have done", "should never have been applied": what did not happen
  if (ctx.isDeterminer(i - 1) && !RELATIVE_OR_FLOATING.has(ctx.word(i - 1))) return -1; // "the continued discussion", "our elected officials"; not "a report that said", "they both voted"
  if (ctx.isDeterminer(i - 2) && ctx.lexTag(i - 1) === 'Adjective' && !RELATIVE_OR_FLOATING.has(ctx.word(i - 2))) return -1; // "a single shot", "a fair shot": a noun after an adjective
  if (NAMING.has(w) && [ctx.word(i - 2), ctx.word(i - 3)].some((d) => d === 'a' || d === 'an')) return -1; // "a woman named Winifred", "a little card called the Tenth Amendment"
  if (ctx.word(i - 2) === 'with' || (ctx.word(i - 3) === 'with' && !ctx.breakBefore(i - 2))) return -1; // "with purchases coordinated through the platform": a state, in an absolute phrase
  // "remind reviewers of previously raised issues", "the recently opened schools": adverb and participle before a noun describe it
  if (
    before < i - 1 &&
    (ctx.isDeterminer(before) || ctx.lexTag(before) === 'Preposition') &&
    !ctx.breakBefore(i + 1) &&
    isNounLike(ctx, i + 1)
  )
    return -1;
  if (tag === 'PastTense') return i;
  const auxiliary = PERFECT_OR_PASSIVE.has(wordBefore) || wordBefore.endsWith("'ve") || wordBefore.endsWith("'d"); // also "was not renewed", "has already closed"
  return auxiliary || isNounLike(ctx, i - 1) ? i : -1;
}

/** "-ed" after two or more characters: "voted", "banned", not "red" or "fed". A test per word: no regex call. */
export function isEdForm(w: string): boolean {
  return w.length >= 4 && w.endsWith('ed');
}

/** A participle describing the object of a verb of wanting or seeing: "want the amendment ratified", "see the rules enforced". */
export function isObjectComplement(ctx: SentenceContext, participle: number): boolean {
  let k = participle - 1;
  if (k < 1 || ctx.breakBefore(participle)) return false;
  // back over the object: a pronoun, or a noun phrase opened by a determiner ("the country's principles", "the equal rights amendment")
  if (PERSONAL_PRONOUNS.has(ctx.word(k)) || ctx.word(k) === 'it') return WANT_OR_SEE.has(ctx.word(k - 1));
  for (let steps = 0; k > 0 && steps < OBJECT_SPAN && !ctx.breakBefore(k + 1); k--, steps++) {
    if (ctx.isDeterminer(k)) return k < participle - 1 && !RELATIVE_OR_FLOATING.has(ctx.word(k)) && WANT_OR_SEE.has(ctx.word(k - 1)); // not "have both moved"
  }
  return false;
}

/** "would have voted", "should have never been applied", "could not have been done": a modal perfect before the participle. */
export function isCounterfactual(ctx: SentenceContext, participle: number): boolean {
  let k = participle - 1;
  const before = ctx.word(k);
  // "should have turned up and voted for it": the second participle shares the modal perfect
  if (before === 'and' || before === 'or') {
    for (let j = k - 1; j > 1 && j >= k - COORDINATED_SPAN && !ctx.breakBefore(j + 1); j--)
      if (ctx.word(j) === 'have' && COUNTERFACTUAL.has(ctx.word(j - 1))) return true;
  }
  while (k > 0 && BETWEEN_HAVE_AND_PARTICIPLE.has(ctx.word(k))) k--;
  if (ctx.word(k) !== 'have') return false;
  k--;
  while (k > 0 && (ctx.word(k) === 'never' || ctx.word(k) === 'not')) k--;
  return COUNTERFACTUAL.has(ctx.word(k));
}

/** A noun or pronoun that can be the subject of the next word: not a determiner, adjective, preposition or adverb. */
export function isNounLike(ctx: SentenceContext, i: number): boolean {
  const w = ctx.word(i);
  if (!w || ctx.breakBefore(i + 1)) return false;
  if (w === 'that' || w === 'who' || w === 'which') return i > 0; // "a president that vetoed"
  if (ctx.isDeterminer(i)) return false;
  const tag = ctx.lexTag(i);
  if (tag === 'Pronoun') return w === 'i' || !PERSONAL_PRONOUNS.has(w); // "I proposed"; not "told him"
  return tag === undefined ? !endsWithAny(w, ADVERB_OR_VERB_ENDINGS) || (w.endsWith('ly') && !isLyAdverb(ctx, i)) : isNounTag(tag);
}

/** The word before a verb once auxiliaries and adverbs are skipped, contractions undone ("we've" → "we"). */
/**
 * The subject of the verb at `verb` is the writer or the writer's side: "we", "I", "my country", "our government",
 * "our two agencies". Their acts and practice are told first-hand.
 */
export function writersSideSubject(ctx: SentenceContext, verb: number): boolean {
  let at = subjectIndex(ctx, verb);
  if (at < 0) return false;
  // "Our assistance to Africa has doubled": the head before a short prepositional phrase
  if (
    at >= 2 &&
    /^(to|for|of|in|on)$/.test(ctx.word(at - 1)) &&
    (WRITERS_INPUTS.has(ctx.word(at - 2)) || WRITERS_BODIES.has(ctx.word(at - 2)))
  )
    at -= 2;
  const w = uncontracted(ctx.word(at)) ?? ctx.word(at); // "we've", "I'm"
  if (w === 'we' || w === 'i') return true;
  // "our economy grew": a claim about the world, not an act of the writer's side; "Our assistance to Africa has more than
  // doubled": what the writer's side gives, its own act
  if (!WRITERS_BODIES.has(w) && !WRITERS_INPUTS.has(w)) return false;
  for (let k = at - 1; k >= Math.max(0, at - 3) && !ctx.breakBefore(k + 1); k--)
    if (ctx.word(k) === 'our' || ctx.word(k) === 'my') return true;
  return false;
}

/**
 * The verb at `verb` is joined by "and" or a comma to a clause whose subject is the writer's side, and shares it: "We cut
 * staff, cut perks, even trimmed the fleet", "We passed a tax cut for working families and doubled the child tax credit".
 * Not past a "that", a relative or a verb of seeing: "We know that costs rose and doubled", "we saw prices rise, fall".
 */
export function coordinatedWithWritersAct(ctx: SentenceContext, verb: number): boolean {
  let first = verb;
  while (first > 1 && (COORDINATED_ADVERBS.has(ctx.word(first - 1)) || ctx.isLyAdverb(first - 1))) first--;
  let k: number;
  if (ctx.word(first - 1) === 'and') k = first - 2;
  else if (ctx.gapBefore(first).includes(',')) k = first - 1;
  else return false;
  for (; k >= 0; k--) {
    if (/[;:]/.test(ctx.gapBefore(k + 1))) return false;
    const w = ctx.word(k);
    if (CLAUSE_LINKS.has(w) || SEEING.has(w)) return false;
    const subject = uncontracted(w) ?? w;
    if ((subject === 'we' || subject === 'i') && (k === 0 || /[,;:]/.test(ctx.gapBefore(k)))) return true;
  }
  return false;
}

/** Words between "and" and a verb that shares its subject: "and even trimmed", "and then doubled". */
const COORDINATED_ADVERBS = new Set(['even', 'also', 'then', 'have', 'has', 'had']);

/** Words that open a clause with its own subject or none: what follows is not the writer's side's act. */
const CLAUSE_LINKS = new Set([
  'that',
  'which',
  'who',
  'whose',
  'while',
  'when',
  'where',
  'because',
  'as',
  'if',
  'but',
  'since',
  'until',
  'so',
]);

/** Verbs of seeing and knowing: what follows is what was seen, not done. */
const SEEING = new Set([
  'see',
  'saw',
  'seen',
  'watch',
  'watched',
  'witnessed',
  'know',
  'knew',
  'believe',
  'found',
  'find',
  'noticed',
  'expect',
  'expected',
]);

/**
 * The subject of the verb at `verb` names a body by its title, as a writer names her own ("The Government has invested
 * £2 billion", "This Administration has established 300 trails", "The Department cut waiting times"): the body's noun, or
 * undefined. Whether it is the writer's own, the document says ("my Administration", "our Department": see ownBodies).
 */
export function titledBodySubject(ctx: SentenceContext, verb: number): string | undefined {
  const at = subjectIndex(ctx, verb);
  return at >= 0 && namesBody(ctx, at) ? ctx.word(at) : undefined;
}

/**
 * What Hit.actOf names for a past act in the passive with no agent ("were promulgated"): in a document that speaks for a
 * public body (see bodiesSpokenFor), that body's own act.
 */
export const AGENTLESS_ACT = 'agentless act';

/** A passive past act with no agent named after it: "were promulgated", "has been granted", "were removed by negotiation". */
export function agentlessPassive(ctx: SentenceContext, verb: number): boolean {
  let k = verb - 1;
  while (k > 0 && ctx.word(k).endsWith('ly')) k--;
  if (!/^(was|were|been)$/.test(ctx.word(k)) || BEFALLING.has(ctx.word(verb))) return false;
  for (let j = verb + 1; j < ctx.tokens.length && !ctx.breakBefore(j); j++)
    if (ctx.word(j) === 'by') return !ctx.isDeterminer(j + 1) && !ctx.isName(j + 1) && !PERSONAL_AGENTS.has(ctx.word(j + 1));
  return true;
}
const PERSONAL_AGENTS = new Set(['him', 'her', 'them', 'us', 'me', 'whom', 'which']);
/** What befalls people, done by no public body: "was diagnosed with cancer", "were killed in the strike". */
const BEFALLING = new Set(['diagnosed', 'born', 'killed', 'injured', 'wounded', 'hurt', 'infected', 'displaced', 'evacuated']);

/** A body named by its title, or a legislature by its name, at `at`: one the document may speak for or address. */
export function namesBody(ctx: SentenceContext, at: number): boolean {
  return isTitledBody(ctx, at) || isNamedLegislature(ctx, at);
}

/** "Congress", "the Senate", "the House", "Parliament": a legislature by its name, capitalised (the document may address it). */
function isNamedLegislature(ctx: SentenceContext, at: number): boolean {
  if (!LEGISLATURES.has(ctx.word(at)) || !ctx.isCapitalized(at) || ctx.word(at + 1) === 'of') return false;
  return ctx.word(at - 1) === 'the' || ctx.word(at) === 'congress' || ctx.word(at) === 'parliament';
}
const LEGISLATURES = new Set(['congress', 'senate', 'house', 'parliament', 'assembly', 'legislature', 'commission']);

/**
 * A public body a writer speaks for when she names it with "my" or "our" ("my Administration projected a $43 billion
 * programme"): its acts are hers. Not "our country", whose imports and growth are facts about the world.
 */
export function isWritersBody(word: string): boolean {
  return WRITERS_BODIES.has(word) && word !== 'country' && word !== 'party' && word !== 'company' && word !== 'firm' && word !== 'bank';
}

/** "The Government", "This Administration", "the Department": a body named by its title at `at`. */
export function isTitledBody(ctx: SentenceContext, at: number): boolean {
  if (at < 1 || !WRITERS_BODIES.has(ctx.word(at)) || ctx.word(at + 1) === 'of') return false;
  const before = ctx.word(at - 1);
  return before === 'this' || (before === 'the' && ctx.isCapitalized(at));
}

/** What a writer's side puts in: "our assistance", "our funding", "my budget". */
const WRITERS_INPUTS = new Set([
  'assistance',
  'aid',
  'funding',
  'spending',
  'support',
  'investment',
  'investments',
  'contribution',
  'contributions',
  'budget',
  'budgets',
  'grants',
  'lending',
]);

/** Bodies a writer speaks for: "my country", "our government", "our office". */
const WRITERS_BODIES = new Set([
  'country',
  'government',
  'administration',
  'delegation',
  'ministry',
  'department',
  'agency',
  'office',
  'organisation',
  'organization',
  'council',
  'team',
  'committee',
  'bank',
  'board',
  'charity',
  'foundation',
  'institute',
  'party',
  'company',
  'firm',
  'staff',
  'authority',
]);

function subjectIndex(ctx: SentenceContext, verb: number): number {
  for (let k = verb - 1; k >= 0 && !ctx.breakBefore(k + 1); k--) {
    const w = ctx.word(k);
    // "we have more than doubled funding": the multiple's size, between the auxiliary and the verb
    if (w === 'than' && (ctx.word(k - 1) === 'more' || ctx.word(k - 1) === 'less')) {
      k--;
      continue;
    }
    if (uncontracted(w) !== undefined) return k;
    if (!BETWEEN_SUBJECT_AND_VERB.has(w) && !ctx.isLyAdverb(k)) return k; // ("we have significantly increased")
  }
  return -1;
}

export function subjectOf(ctx: SentenceContext, verb: number): string {
  for (let k = verb - 1; k >= 0 && !ctx.breakBefore(k + 1); k--) {
    const w = ctx.word(k);
    const contracted = uncontracted(w);
    if (contracted !== undefined) return contracted;
    if (!BETWEEN_SUBJECT_AND_VERB.has(w) && !ctx.isLyAdverb(k)) return w;
  }
  return '';
}
