// weasel: vague groups and noun phrases: "some experts", "many observers", "Western governments", unnamed rankers.
import { endsWithApostrophe } from '../../grammar';
import { type SentenceContext } from '../../context';
import { namesSource } from '../../evidence';
import { sources } from '../../lexicon';
import { startsWithDigit } from '../../text-shape';
import {
  BEFORE_VERB,
  OPENING_CONJUNCTIONS,
  CROSS_REFERENCE,
  DEFINITE_BEFORE_SOURCE,
  DESCRIPTOR_ENDINGS,
  FINITE,
  GOVERNING_TAGS,
  INHERENTLY_VAGUE,
  LISTED_AFTER,
  NAMING_PREPOSITIONS,
  NATIONAL,
  NOT_GROUPS,
  NOT_VAGUE_BEFORE,
  COUNT_WORDS,
  PARENTHETICALS,
  PRONOUNS_AFTER_OF,
  PRONOUN_OBJECT_FOLLOWERS,
  RANKING_DETERMINERS,
  RELATIVE_WORDS,
  SUBJECT_VERB_TAGS,
  SUBJECT_VERB_WORDS,
} from './words';

export function isHyphenatedDescriptor(word: string): boolean {
  const dash = word.lastIndexOf('-'); // none of the endings holds a hyphen: the last one is the one before the ending
  return dash !== -1 && DESCRIPTOR_ENDINGS.has(word.slice(dash + 1));
}

/** A vague quantifier over a group ("some countries", "in many cases", "some of its members", "some argue"); the index after its noun. */
export function vagueQuantifier(ctx: SentenceContext, i: number): number | undefined {
  const w = ctx.word(i);
  const opensClause = i === 0 || ctx.breakBefore(i) || OPENING_CONJUNCTIONS.has(ctx.word(i - 1));
  // "numerous", "most" and the pronoun "others" make a vague group opening a clause ("Most scholars ...", "while others argue");
  // elsewhere "most" is mostly a superlative and "numerous" counts things.
  if (!(w === 'some' || w === 'many' || w === 'several' || (opensClause && (w === 'most' || w === 'numerous' || w === 'others'))))
    return undefined;
  const before = ctx.word(i - 1);
  const countOrDegree =
    before === 'as'
      ? ctx.tokens.slice(i + 1, i + 5).some((t) => t.lower === 'as')
      : before === 'at'
        ? w === 'most'
        : NOT_VAGUE_BEFORE.has(before);
  if (i > 0 && countOrDegree && !ctx.breakBefore(i)) return undefined;
  // "Ford, Intel, Walmart, and many others have announced": the tail of a list of names
  if (ctx.word(i + 1) === 'others' && listOfNamesBefore(ctx, i + 1)) return undefined;
  let v = i + 1;
  // "Others, however, claimed ...": step over a parenthetical adverb between the pronoun and its verb.
  if (ctx.breakBefore(v) && PARENTHETICALS.has(ctx.word(v)) && ctx.breakBefore(v + 1)) v += 1;
  const next = ctx.word(v);
  if (startsWithDigit(next) || COUNT_WORDS.has(next)) return undefined; // "some 300 people": an approximate count
  // A pronoun subject: "Some argue", "many have tried", "others would disagree".
  // A plural subject takes no -s verb, so "several cycles" is a noun; "several conserved motifs" is a modifier and its noun.
  const verbAfter =
    (v > i + 1 || !ctx.breakBefore(v)) &&
    (SUBJECT_VERB_WORDS.has(next) || SUBJECT_VERB_TAGS.has(ctx.lexTag(v) ?? '')) &&
    !next.endsWith('ly');
  const nounAfter =
    v === i + 1 &&
    ((endsInSingleS(next) && !SUBJECT_VERB_WORDS.has(next)) ||
      (next.endsWith('ed') &&
        !ctx.breakBefore(i + 2) &&
        i + 2 < ctx.tokens.length &&
        !ctx.isDeterminer(i + 2) &&
        !/^(Preposition|Adverb|Conjunction|Pronoun)$/.test(ctx.lexTag(i + 2) ?? '') &&
        !/^(that|to|by|as|in|on|at|for|with|from|about|and|or|but)$/.test(ctx.word(i + 2))));
  if (w === 'others' && (before === 'and' || before === 'or')) return undefined; // "we and others", "X, Y and others": named alongside
  // Only a clause-opening quantifier is a subject: "has some support" is a determiner and its noun.
  if (
    verbAfter &&
    !nounAfter &&
    (opensClause || /^(who|which|where|when|if|because|so|than|although|though|while|whereas|and|but|or|that)$/.test(before))
  ) {
    return listed(ctx, i + 1) ? undefined : i + 1;
  }
  if (w === 'others') return undefined;
  // A pronoun object or a group with a relative: "leading many to call", "impressed many with", "some who call".
  if (
    (w === 'many' || w === 'some') &&
    i > 0 &&
    !ctx.breakBefore(i) &&
    (PRONOUN_OBJECT_FOLLOWERS.has(next) ||
      (ctx.clauseEndsBefore(i + 1) &&
        !NOT_VAGUE_BEFORE.has(before) &&
        /^(Verb|Infinitive|PastTense|PresentTense|Preposition)$/.test(ctx.lexTag(i - 1) ?? '')))
  ) {
    return i + 1;
  }
  let k = i + 1;
  if (ctx.word(k) === 'of') {
    k++;
    if (['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our', 'them', 'us', 'whom', 'which'].includes(ctx.word(k))) {
      if (PRONOUNS_AFTER_OF.has(ctx.word(k))) return listed(ctx, k + 1) ? undefined : k + 1;
      k++;
    }
  }
  // up to two modifiers, then a plural noun
  for (let guard = 0; guard < 3 && k < ctx.tokens.length; guard++, k++) {
    const word = ctx.word(k);
    if (startsWithDigit(word) || NOT_GROUPS.has(word)) return undefined;
    if (looksPlural(ctx, k)) {
      // Mid-clause, "several" mostly counts things ("several genes"); over people, places or sources it stays vague.
      if (w === 'several' && !(i === 0 || ctx.breakBefore(i)) && !sources.groupNouns.has(word)) return undefined;
      // "several members of the NF-kappaB family": the group is named.
      if (ctx.word(k + 1) === 'of' && (ctx.isName(k + 2) || (ctx.word(k + 2) === 'the' && ctx.isName(k + 3)))) return undefined;
      return listed(ctx, k + 1) ? undefined : k + 1;
    }
    const tag = ctx.lexTag(k);
    if (tag === 'Verb' || tag === 'Modal' || tag === 'Auxiliary' || tag === 'Copula' || tag === 'Preposition' || tag === 'Determiner')
      return undefined;
  }
  return undefined;
}

/** "by Ofsted", "according to the OECD" later in the sentence: whoever ranks it is named. */
export function rankerNamed(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k < ctx.tokens.length - 1; k++) {
    if (ctx.word(k) === 'by' && namesSource(ctx, k + 1, Math.min(ctx.tokens.length, k + 5))) return true;
    if (ctx.word(k) === 'according' && ctx.word(k + 1) === 'to' && namesSource(ctx, k + 2, Math.min(ctx.tokens.length, k + 6))) return true;
  }
  return false;
}

/** After "most" at i, preceded by a determiner or possessive: the index after an evaluative adjective ("most influential"). */
export function evaluativeSuperlative(ctx: SentenceContext, i: number): number | undefined {
  const before = ctx.word(i - 1);
  if (
    !(
      RANKING_DETERMINERS.has(before) ||
      endsWithPossessive(ctx.tokens[i - 1]?.text ?? '') ||
      endsWithApostrophe(ctx.gapBefore(i).trimEnd())
    )
  )
    return undefined;
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 3); k++) {
    if (ctx.breakBefore(k)) return undefined;
    if (sources.evaluativeSuperlatives.has(ctx.word(k))) return k + 1;
    if (!ctx.word(k).endsWith('ly')) return undefined; // "the most widely respected"
  }
  return undefined;
}

/** Ends in one "s" (as /[^s]s$/ tests): "cities", "experts", but not "access" or a bare "s". */
export function endsInSingleS(word: string): boolean {
  return word.length >= 2 && word.endsWith('s') && !word.endsWith('ss');
}

/** A token ending in an apostrophe, or in one and an "s": "Britain's", "members'". */
export function endsWithPossessive(text: string): boolean {
  return endsWithApostrophe(text.endsWith('s') ? text.slice(0, -1) : text);
}

export function looksPlural(ctx: SentenceContext, k: number): boolean {
  const tag = ctx.lexTag(k);
  return tag === 'Plural' || (endsInSingleS(ctx.word(k)) && tag !== 'PresentTense' && tag !== 'Adverb' && tag !== 'Verb');
}

/** The group is listed or exemplified after token `end - 1`: "some countries, including France", "many genes involved in X, such as Y". */
export function listed(ctx: SentenceContext, end: number): boolean {
  // Up to the clause's finite verb: a list after it belongs to the predicate ("Many Muslims criticise ... practices, including").
  // A relative clause or participle ("many genes involved in X, including", "cytokines that are ..., such as") stays in the noun phrase.
  let k = end;
  for (let inRelative = false; k < ctx.tokens.length; k++) {
    const w = ctx.word(k);
    if (RELATIVE_WORDS.has(w)) inRelative = true;
    else if (!inRelative && FINITE.has(ctx.lexTag(k) ?? '') && !w.endsWith('ed') && !ctx.breakBefore(k)) break;
    else if (ctx.breakBefore(k)) inRelative = false;
  }
  const last = ctx.tokens[Math.min(ctx.tokens.length, k + 1) - 1];
  // A cross-reference anywhere in the sentence points to where the group is listed: "Several options are set out in Annex A".
  // A sentence that ends in a colon introduces its list: "Several factors seem to be at work:".
  return (
    LISTED_AFTER.test(ctx.text.slice(ctx.tokens[end - 1].end, last.end)) ||
    CROSS_REFERENCE.test(ctx.text) ||
    ctx.text.trimEnd().endsWith(':')
  );
}

/** A verb or a preposition earlier in the clause governs the noun phrase at `start`: an object or a complement, not the subject. */
export function governedBefore(ctx: SentenceContext, start: number): boolean {
  for (let k = ctx.clauseStart(start); k < start; k++)
    if (GOVERNING_TAGS.test(ctx.lexTag(k) ?? '') || /^(of|for|to|with|at|in|on)$/.test(ctx.word(k))) return true;
  return false;
}

export interface VagueNP {
  start: number;
  headEnd: number;
  hasQuantifier: boolean;
  hasVagueModifier: boolean;
}

export function skipAdverbs(ctx: SentenceContext, k: number): number {
  let n = 0;
  while (n < 4 && BEFORE_VERB.has(ctx.word(k + n)) && !sources.anyAttributionVerb.matchAt(ctx.tokens, k + n)) n++;
  return n;
}

/** A noun phrase at token i whose head is a vague source and that names nobody. */
export function vagueNounPhrase(ctx: SentenceContext, i: number, afterAccordingTo: boolean): VagueNP | undefined {
  // "No evidence suggests that …", "no studies show …": a source denied, not leaned on; "faster than most capitals
  // expected": a group's expectation measured against, not a source leaned on.
  if ((ctx.word(i - 1) === 'no' && ctx.word(i - 2) !== 'there') || ctx.word(i - 1) === 'than' || ctx.word(i - 2) === 'than')
    return undefined;
  // "the figures officials released": the group is the subject of a clause that describes a noun; "report on whether
  // young people feel more able": a question asked, no claim leaned on.
  if (i > 0 && !ctx.breakBefore(i) && /^(Plural|Noun)$/.test(ctx.lexTag(i - 1) ?? '') && !sources.demonyms.matchAt(ctx.tokens, i - 1))
    return undefined;
  for (let k = Math.max(0, i - 3); k < i; k++) if (ctx.word(k) === 'whether') return undefined;
  // "The Fiscal Council's own figures show", "the platforms' own transparency reports": the owner names the source.
  for (let k = Math.max(0, i - 3); k < i; k++)
    if (ctx.word(k) === 'own' && k > 0 && /['’]s?$/.test(ctx.tokens[k - 1].text)) return undefined;
  // "respondents to the call for evidence argued", "the demand for evidence shows": the group completes a noun before
  // "for" or "to", and the verb after it is that noun's.
  const governing = ctx.isDeterminer(i - 1) ? i - 2 : i - 1;
  if ((ctx.word(governing) === 'for' || ctx.word(governing) === 'to') && nounBefore(ctx, governing)) return undefined;
  // "Local authorities told us that …": what the writer's own consultation heard, first-hand.
  for (let k = i + 1; k < Math.min(ctx.tokens.length - 1, i + 4); k++)
    if (/^(told|tell|tells|wrote)$/.test(ctx.word(k)) && ctx.word(k + 1) === 'us') return undefined;
  // "summarise what its critics and defenders have said": what others said, named as a topic; no claim leans on them.
  for (let k = Math.max(0, i - 4); k < i; k++) if (ctx.word(k) === 'what' && k > 0) return undefined;
  let k = i;
  let hasQuantifier = false;
  let hasVagueModifier = false;
  if (['the', 'a', 'an'].includes(ctx.word(k)) && afterAccordingTo) k++;
  const q = sources.quantifiers.matchAt(ctx.tokens, k);
  if (q) {
    hasQuantifier = true;
    k = q.end;
  }
  // Modifiers: vague adjectives, nationalities, hyphenated descriptors ("Vladivostok-based").
  for (let guard = 0; guard < 4 && k < ctx.tokens.length; guard++) {
    const dem = sources.demonyms.matchAt(ctx.tokens, k);
    if (dem && dem.end < ctx.tokens.length && !sources.vagueHeads.has(ctx.word(k))) {
      hasVagueModifier = true;
      k = dem.end;
      continue;
    }
    const w = ctx.word(k);
    if (sources.vagueAdjectives.has(w) && !sources.vagueHeads.has(w)) {
      hasVagueModifier = true;
      k++;
      continue;
    }
    if (isHyphenatedDescriptor(w) || w === 'other') {
      k++;
      continue;
    }
    // "some trade economists", "many labour historians": a plain modifier between the quantifier and a vague head (not a
    // plural noun before a verb that is also a noun: "Some teachers report that").
    if (
      hasQuantifier &&
      sources.vagueHeads.has(ctx.word(k + 1)) &&
      !(w.endsWith('s') && !w.endsWith('ss')) &&
      !ctx.isName(k) &&
      !ctx.breakBefore(k + 1) &&
      !/^(Determiner|Preposition|Conjunction|Pronoun|Modal|Copula|PastTense|PresentTense|Adverb)$/.test(ctx.lexTag(k) ?? '') &&
      !sources.anyAttributionVerb.matchAt(ctx.tokens, k)
    ) {
      k++;
      continue;
    }
    break;
  }
  const head = ctx.word(k);
  // "according to Statistics Canada", "the Monitor attributes": a capital mid-sentence makes the head part of a name
  // (not an abbreviation: "Some MPs have suggested").
  if (k > 0 && k < ctx.tokens.length && !ctx.breakBefore(k) && /^[A-Z][a-z]/.test(ctx.tokens[k].text)) return undefined;
  if (!sources.vagueHeads.has(head)) {
    // "many believe", "some say": the quantifier is the head.
    if (
      hasQuantifier &&
      !hasVagueModifier &&
      q &&
      sources.vagueHeads.has(ctx.word(q.end - 1)) &&
      sources.anyAttributionVerb.matchAt(ctx.tokens, q.end + skipAdverbs(ctx, q.end))
    ) {
      return { start: i, headEnd: q.end, hasQuantifier: true, hasVagueModifier: false };
    }
    return undefined;
  }
  // "we and others have published": named alongside.
  if (head === 'others' && /^(and|or)$/.test(ctx.word(k - 1))) return undefined;
  // "Ford, General Motors, Intel, Walmart, and many others have announced": a list of names the vague tail extends
  if (head === 'others' && listOfNamesBefore(ctx, k)) return undefined;
  // "The American people said: …": a whole nation, its electorate, not a source left unnamed ("American people say" stays)
  if (head === 'people' && !hasQuantifier && nationBefore(ctx, k)) return undefined;
  if (
    ['some', 'many', 'others', 'source'].includes(head) &&
    !afterAccordingTo &&
    !sources.anyAttributionVerb.matchAt(ctx.tokens, k + 1 + skipAdverbs(ctx, k + 1))
  )
    return undefined;
  const headEnd = k + 1;
  // "funds from other sources", "other sources of revenue": where money or supplies come from, not who says so
  if (head === 'sources' && (SUPPLIES.has(ctx.word(headEnd + 1)) || (ctx.word(i - 1) === 'from' && suppliedBefore(ctx, i - 1))))
    return undefined;
  // "Chinese authorities say", "the Russian government said": one country's government is an identifiable body.
  // "Western governments", "Russian sources", "Chinese officials" stay vague.
  if (!hasQuantifier && (head === 'authorities' || head === 'government') && k > 0 && NATIONAL.test(ctx.word(k - 1))) return undefined;
  // A name before or after the head identifies the group: "IMF experts", "experts at the IMF".
  if (i > 0 && ctx.isName(i - 1) && !sources.demonyms.matchAt(ctx.tokens, i - 1) && !afterAccordingTo) return undefined;
  if (namesSource(ctx, i, k)) return undefined;
  // "critics of Social Security": after a camp noun, "of" names the target of the criticism, not who the critics are.
  const namesTarget = ctx.word(headEnd) === 'of' && INHERENTLY_VAGUE.has(head);
  // "Diplomats in Kassoumba", "officials in Washington": a bare name after "in" is where they are, not who they are
  // ("economists in the Treasury" names a body).
  const place = ctx.word(headEnd) === 'in' && ctx.isName(headEnd + 1);
  if (
    NAMING_PREPOSITIONS.has(ctx.word(headEnd)) &&
    !namesTarget &&
    !place &&
    namesSource(ctx, headEnd + 1, Math.min(ctx.tokens.length, headEnd + 5))
  )
    return undefined;
  // "the experts who drafted the report", "these studies" point back to something named earlier.
  // So does one behind a noun modifier: "the survey data show", "our census figures suggest".
  let before = i - 1;
  while (
    before > i - 3 &&
    before > 0 &&
    /^(Noun|Singular|Uncountable|Infinitive|Adjective|Superlative|)$/.test(ctx.lexTag(before) ?? '') &&
    !ctx.isName(before) &&
    !ctx.breakBefore(before + 1)
  )
    before--;
  if (DEFINITE_BEFORE_SOURCE.has(ctx.word(before)) && !afterAccordingTo) return undefined;
  if (afterAccordingTo && !hasQuantifier && !hasVagueModifier && !head.endsWith('s') && ctx.word(i) !== 'a') return undefined;
  return { start: i, headEnd, hasQuantifier, hasVagueModifier };
}

/** What a source supplies when it is no informant: "sources of funding", "funds from other sources". */
const SUPPLIES = new Set([
  'funds',
  'funding',
  'finance',
  'financing',
  'money',
  'capital',
  'credit',
  'revenue',
  'revenues',
  'income',
  'loans',
  'energy',
  'power',
  'supply',
  'supplies',
  'water',
  'food',
  'fuel',
  'heat',
  'electricity',
  'investment',
  'support',
]);
function suppliedBefore(ctx: SentenceContext, from: number): boolean {
  for (let k = Math.max(0, from - 3); k < from; k++) if (SUPPLIES.has(ctx.word(k))) return true;
  return false;
}

/** A noun right before the preposition at `at`: "call for", "respondents to", "demand for". */
function nounBefore(ctx: SentenceContext, at: number): boolean {
  if (at < 1 || ctx.breakBefore(at)) return false;
  const tag = ctx.lexTag(at - 1);
  return tag === undefined
    ? /[a-z]$/.test(ctx.word(at - 1)) && !ctx.word(at - 1).endsWith('ly')
    : /^(Noun|Singular|Plural|Uncountable)$/.test(tag);
}

export function describeGroup(ctx: SentenceContext, np: VagueNP): string {
  return `"${ctx.text.slice(ctx.tokens[np.start].start, ctx.tokens[np.headEnd - 1].end)}" ${np.hasQuantifier ? 'is an unspecified group' : np.hasVagueModifier ? 'describes a source without naming it' : 'names no one in particular'}`;
}

/** "the American people", "the British people": "the" and a nationality before the head at k. */
function nationBefore(ctx: SentenceContext, k: number): boolean {
  const dem = k >= 2 ? sources.demonyms.matchAt(ctx.tokens, k - 1) : undefined;
  return dem !== undefined && dem.end === k && ctx.word(k - 2) === 'the';
}

/** "Intel, Walmart, and many others": "and" or "or" and a name before the head at k, past a quantifier. */
function listOfNamesBefore(ctx: SentenceContext, k: number): boolean {
  const j = /^(many|several|numerous|various|some)$/.test(ctx.word(k - 1)) ? k - 2 : k - 1;
  return /^(and|or)$/.test(ctx.word(j)) && ctx.isName(j - 1);
}
