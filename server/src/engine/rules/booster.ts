// booster: certainty markers on a sentence that carries no evidence.
// "Obviously" asks the reader to take the point on trust; evidence would make it unnecessary.
import { cueBit, type SentenceContext } from '../context';
import { boosters } from '../lexicon';
import { RULE_STATUS } from '../grammar';
import { findCuedPhrases } from '../cued-phrases';
import type { Hit, Rule } from './rule';

/** A booster starts from one of these words (see findCuedPhrases). */
const BOOSTER_CUES = cueBit(boosters.firstWords());
/**
 * "clearly" marks the certainty of a claim only in a few frames: as a sentence adverb ("Clearly, ...", "..., clearly, ..."),
 * before a copula or "not" ("clearly is", "clearly not"), after a copula before its complement ("is clearly a failure",
 * "was clearly wrong"), or before a verb of showing or of outcome ("clearly shows", "clearly failed"). Elsewhere it says how
 * something is done: "explained clearly", "clearly defined", "must be clearly justified", "clearly fits within".
 */
const COPULAS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'remains',
  'remain',
  'remained',
  "'s",
  'seems',
  'seem',
  'seemed',
]);
const CERTAINTY_VERBS = new Set([
  'show',
  'shows',
  'showed',
  'shown',
  'demonstrate',
  'demonstrates',
  'demonstrated',
  'prove',
  'proves',
  'proved',
  'indicate',
  'indicates',
  'indicated',
  'illustrate',
  'illustrates',
  'illustrated',
  'confirm',
  'confirms',
  'confirmed',
  'reflect',
  'reflects',
  'reflected',
  'fail',
  'fails',
  'failed',
  'succeed',
  'succeeds',
  'succeeded',
  'outweigh',
  'outweighs',
  'outweighed',
  'exceed',
  'exceeds',
  'exceeded',
  'violate',
  'violates',
  'violated',
  'breach',
  'breaches',
  'breached',
  'contradict',
  'contradicts',
  'contradicted',
  'undermine',
  'undermines',
  'undermined',
  'matter',
  'matters',
  'mattered',
  'benefit',
  'benefits',
  'benefited',
  'benefitted',
  'favour',
  'favours',
  'favoured',
  'favor',
  'favors',
  'favored',
  'lack',
  'lacks',
  'lacked',
  'need',
  'needs',
  'needed',
  'want',
  'wants',
  'wanted',
  'intend',
  'intends',
  'intended',
  'belong',
  'belongs',
  'worked',
  'works',
  'work',
  'helps',
  'helped',
  'hurt',
  'hurts',
  'harm',
  'harms',
  'harmed',
]);
/** Modals and "to" before "clearly": a requirement or a plan of how a thing is done, not certainty. */
const REQUIRING = new Set(['should', 'must', 'shall', 'can', 'may', 'need', 'needs', 'to']);
/** Auxiliaries before "clearly" and its verb: "has clearly shaped", "will clearly want", "did clearly fail". */
const AUXILIARIES_BEFORE_VERB = new Set(['has', 'have', 'had', 'will', 'would', 'did', 'does', 'do']);
/** Adverbs that may stand between "clearly" and its verb: "clearly still matters", "clearly never intended". */
const BETWEEN_ADVERBS = new Set(['still', 'already', 'never', 'also', 'now', 'always', 'often']);
/**
 * Verbs of setting out, marking and telling apart: with these "clearly" says how it is done ("clearly describes the
 * roles", "clearly states the process", "the plan will clearly set out the steps", "clearly fits within a category").
 */
const PRESENTING_VERBS = new Set([
  'describe',
  'describes',
  'described',
  'explain',
  'explains',
  'explained',
  'state',
  'states',
  'stated',
  'set',
  'sets',
  'outline',
  'outlines',
  'outlined',
  'define',
  'defines',
  'defined',
  'specify',
  'specifies',
  'specified',
  'mark',
  'marks',
  'marked',
  'label',
  'labels',
  'labelled',
  'labeled',
  'identify',
  'identifies',
  'identified',
  'articulate',
  'articulates',
  'articulated',
  'communicate',
  'communicates',
  'communicated',
  'present',
  'presents',
  'presented',
  'express',
  'expresses',
  'expressed',
  'distinguish',
  'distinguishes',
  'distinguished',
  'separate',
  'separates',
  'separated',
  'fit',
  'fits',
  'fitted',
  'write',
  'writes',
  'wrote',
  'written',
  'list',
  'lists',
  'listed',
  'lay',
  'lays',
  'laid',
  'spell',
  'spells',
  'spelled',
  'spelt',
  'signpost',
  'signposts',
  'signposted',
  'display',
  'displays',
  'displayed',
  'see',
  'sees',
  'saw',
  'hear',
  'hears',
  'heard',
  'understand',
  'understands',
  'understood',
]);
/** Prepositions after a participle in a noun phrase: "assigned to", "funded by", "set out in". */
const PARTICIPLE_PREPOSITIONS = new Set(['to', 'by', 'in', 'for', 'at', 'on', 'with', 'from', 'under', 'as', 'within']);
/** Degree words before "clearly" and a participle: "most clearly needed", "more clearly defined". */
const DEGREE_BEFORE = new Set(['most', 'more', 'less', 'least']);
/** Heads of a relative clause without "that": "everything we clearly need", "what they clearly want". */
const RELATIVE_HEADS = new Set(['everything', 'anything', 'what', 'whatever', 'all', 'something']);
/** Tags of words that cannot be the verb "clearly" stands before. */
const NOT_A_VERB = new Set([
  'Adjective',
  'Comparative',
  'Superlative',
  'Preposition',
  'Determiner',
  'Conjunction',
  'Adverb',
  'Value',
  'TextValue',
  'Pronoun',
]);
/** Past participles that make "is clearly <participle>" a manner of doing: "are clearly designated", "is clearly set out". */
function isParticiple(word: string): boolean {
  return (
    /(ed|en|wn)$/.test(word) ||
    /^(set|laid|put|made|kept|held|understood|written|spoken|shown|known|built|drawn|taught|told|found|seen|given|done|run)$/.test(word)
  );
}
/** A pointer to the document's own exhibit: "Figure 3", "Table 2", "the chart", "the table below" (not the idiom "on the table"). */
const OWN_EXHIBIT =
  /\b(?:(?:Figure|Fig\.|Table|Chart|Graph|Exhibit|Box|Map|Panel)\s+[A-Z]?\d+|(?:the|this) (?:chart|figure|graph|plot)s?|the tables? (?:above|below))\b/i;
/** "surely deserve", "Surely they can", "Surely we cannot": a verb of deserving or a modal of duty or ability right after (past a subject pronoun). */
function appealsToWhatOught(ctx: SentenceContext, at: number): boolean {
  const next = ctx.lexTag(at + 1) === 'Pronoun' ? at + 2 : at + 1;
  return OUGHT.has(ctx.word(next));
}
const OUGHT = new Set(['deserve', 'deserves', 'should', 'must', 'ought', 'can', 'cannot', "can't", 'need', 'needs']);

/** An adverb of manner in -ly just before "surely", across "but", "and" or a comma: "slowly but surely", "steadily, surely". */
function mannerBeside(ctx: SentenceContext, at: number): boolean {
  const before = ctx.word(at - 1) === 'but' || ctx.word(at - 1) === 'and' ? at - 2 : at - 1;
  return before >= 0 && before !== at && ctx.isLyAdverb(before) && (before === at - 2 || ctx.breakBefore(at));
}

/** Adjectives of how plainly a thing can be perceived: "is clearly visible", "are clearly legible" describe it, not a claim's certainty. */
const PERCEPTIBLE = new Set([
  'visible',
  'audible',
  'legible',
  'readable',
  'identifiable',
  'recognisable',
  'recognizable',
  'distinguishable',
  'discernible',
  'understandable',
  'separate',
  'distinct',
  'accessible',
  'apparent',
]);
/** Words in a sentence that concede a point: "Of course X, but Y", "While we have certainly had setbacks", "it is certainly true that". */
const CONCESSION = new Set([
  'but',
  'yet',
  'although',
  'though',
  'while',
  'whilst',
  'whereas',
  'however',
  'nonetheless',
  'nevertheless',
  'still',
  'granted',
  'admittedly',
  'true',
  'case',
]);

/** A purpose clause ("so that", "in order that") opens the stretch before `at`, within a few words. */
function purposeBefore(ctx: SentenceContext, at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 10); k--)
    if (ctx.word(k) === 'that' && (ctx.word(k - 1) === 'so' || (ctx.word(k - 1) === 'order' && ctx.word(k - 2) === 'in'))) return true;
  return false;
}

/** At k, an adjective and then the noun it describes, with no verb: "(obviously) correct fixes", "(clearly) wrong answers". */
function attributiveDegree(ctx: SentenceContext, k: number): boolean {
  if (ctx.lexTag(k) !== 'Adjective' || ctx.breakBefore(k + 1)) return false;
  const tag = ctx.lexTag(k + 1);
  // ("fixes", "changes": a plural the lexicon files as a verb, before what a noun takes)
  const noun =
    tag === 'Plural' ||
    tag === 'Singular' ||
    tag === 'Noun' ||
    tag === 'Uncountable' ||
    (ctx.word(k + 1).endsWith('s') && /^(that|which|who|are|were|have|of|for|to|in|on|is)$/.test(ctx.word(k + 2)));
  return noun && ctx.word(k - 2) !== 'is' && ctx.word(k - 2) !== 'are';
}

/** "clearly" at m.from marks certainty (see COPULAS, CERTAINTY_VERBS), not manner. */
function clearlyOfCertainty(ctx: SentenceContext, from: number, to: number): boolean {
  const prev = ctx.word(from - 1);
  const next = ctx.word(to);
  // A sentence adverb: "Clearly, every case differs", "Clearly the plan failed", "This is, clearly, a failure";
  // not "Clearly defined roles help".
  // Not an imperative: "Clearly state your assumptions" tells how to do it.
  if (from === 0) return ctx.breakBefore(to) || ctx.isDeterminer(to) || ctx.isSubjectPronoun(to) || COPULAS.has(next) || next === 'not';
  // A requirement says how it must be done: "the case must clearly show the benefits", "to clearly state the aims".
  if (REQUIRING.has(prev)) return false;
  // "You're clearly not competent to decide", "you clearly have an interest in …": the reader's own case, argued to her
  if (readerBefore(ctx, from)) return false;
  // "is clearly permissible", "are clearly ineligible": the status a rule gives, set by the writer's own text
  // ("are clearly within the powers of Congress", "is clearly outside the scope of the Act": the same, a legal reach)
  if (COPULAS.has(prev) && (RULE_STATUS.has(next) || PERMISSIONS.has(next) || withinALegalReach(ctx, to))) return false;
  // "the three steps most clearly needed now": a degree of the participle that picks the things out, not a claim's certainty
  if (DEGREE_BEFORE.has(prev)) return false;
  // "We can afford everything we clearly need": a clause that says which things, asserting nothing of them
  if (ctx.isSubjectPronoun(from - 1) && RELATIVE_HEADS.has(ctx.word(from - 2)) && !ctx.breakBefore(from - 1)) return false;
  if (ctx.breakBefore(from) && ctx.clauseEndsBefore(to)) return true;
  if (ctx.breakBefore(to)) return false;
  if (COPULAS.has(next) || next === 'not' || CERTAINTY_VERBS.has(next)) return true;
  // Between its subject or an auxiliary and the verb: "The Kremlin clearly decided early on", "has clearly shaped the
  // allocation", "Ministers will clearly want to avoid", "Good assurance clearly pays for itself".
  if (verbAfterSubject(ctx, from, to)) return true;
  // After a copula, before its complement: "is clearly a failure", "was clearly wrong"; not "are clearly designated".
  return COPULAS.has(prev) && next !== '' && !isParticiple(next) && !next.endsWith('ly') && !PERCEPTIBLE.has(next);
}

/** Modals of obligation before a booster and its verb: "must, obviously, have". */
const OBLIGING = new Set(['must', 'should', 'shall']);

/** Statuses a rule grants or withholds, besides RULE_STATUS: "clearly permissible", "clearly unacceptable". */
const PERMISSIONS = new Set(['permissible', 'impermissible', 'acceptable', 'unacceptable', 'allowed', 'permitted', 'ineligible']);

/** At k, "within/outside/beyond the powers/scope/remit of …": how far a rule or a body's authority reaches. */
function withinALegalReach(ctx: SentenceContext, k: number): boolean {
  if (!/^(within|outside|beyond)$/.test(ctx.word(k))) return false;
  const head = ctx.isDeterminer(k + 1) ? k + 2 : k + 1;
  return LEGAL_REACH.has(ctx.word(head));
}
const LEGAL_REACH = new Set([
  'powers',
  'power',
  'scope',
  'remit',
  'jurisdiction',
  'authority',
  'competence',
  'mandate',
  'terms',
  'meaning',
]);

/** The reader is the subject before "clearly": "you clearly …", "You're clearly …", "you are clearly …". */
function readerBefore(ctx: SentenceContext, from: number): boolean {
  const prev = ctx.word(from - 1);
  if (prev === 'you' || prev === "you're" || prev === 'you’re') return true;
  return COPULAS.has(prev) && ctx.word(from - 2) === 'you';
}

/** "clearly" stands between a subject (or an auxiliary) and a verb that does not set something out (PRESENTING_VERBS). */
function verbAfterSubject(ctx: SentenceContext, from: number, to: number): boolean {
  let verbAt = to;
  while (BETWEEN_ADVERBS.has(ctx.word(verbAt))) verbAt++;
  const verb = ctx.word(verbAt);
  if (verb === '' || ctx.breakBefore(verbAt) || PRESENTING_VERBS.has(verb) || verb.endsWith('ly')) return false;
  const tag = ctx.lexTag(verbAt);
  if (tag !== undefined && NOT_A_VERB.has(tag)) return false;
  const prev = ctx.word(from - 1);
  if (AUXILIARIES_BEFORE_VERB.has(prev)) return true;
  // After a noun or a pronoun: not "responsibilities clearly assigned to one team" (a participle the lexicon cannot
  // tell from a past tense: only a known past tense counts, and not before a preposition that takes its agent or goal).
  if (ctx.breakBefore(from) || ctx.isDeterminer(from - 1)) return false;
  const prevTag = ctx.lexTag(from - 1);
  const subjectLike =
    ctx.isSubjectPronoun(from - 1) ||
    prevTag === undefined ||
    /^(Noun|Plural|Singular|ProperNoun|Person|Place|Organization|Demonym)$/.test(prevTag);
  if (!subjectLike) return false;
  if (!/(ed|en)$/.test(verb)) return true;
  return tag === 'PastTense' && !PARTICIPLE_PREPOSITIONS.has(ctx.word(verbAt + 1));
}

/** The sentence concedes a point (see CONCESSION). */
function concedes(ctx: SentenceContext): boolean {
  for (let k = 0; k < ctx.tokens.length; k++) if (CONCESSION.has(ctx.words[k])) return true;
  return false;
}

export const booster: Rule = {
  meta: {
    id: 'booster',
    title: 'Booster',
    description:
      'Words that insist a claim is certain — obviously, clearly, undoubtedly, of course, it is clear that — in a sentence that gives no evidence for it.',
    defaultSeverity: 'information',
    silencedByEvidence: true,
    silencedByAttribution: true,
    policy: { marksUncertain: false, acceptsTerms: true, plural: 'boosters', statusGroup: { one: 'booster', many: 'boosters', order: 5 } },
    messages: { booster: '"{{cue}}" asserts certainty without evidence: show why, or drop it.' },
    examples: {
      flag: [
        { text: 'Obviously, the U.S. would not be welcomed.', flagged: 'Obviously' },
        { text: 'Of course, the two countries differ in size.', flagged: 'Of course', thorough: true },
        { text: 'The policy clearly failed.', flagged: 'clearly' },
        { text: 'Clearly, the reform has not reduced waiting times.', flagged: 'Clearly' },
        { text: 'The new levy is clearly a tax on small firms.', flagged: 'clearly' },
        { text: 'The audit clearly shows that the scheme is too costly.', flagged: 'clearly' },
        { text: 'Good assurance clearly pays for itself many times over.', flagged: 'clearly' },
        { text: 'The subsidy has clearly shaped where the new plants were built.', flagged: 'clearly' },
        { text: 'Ministers will clearly want to avoid a second vote on the levy.', flagged: 'clearly' },
        { text: 'As we all know, the grant is too small for rural councils.', flagged: 'As we all know' },
        { text: 'It is safe to say that the 2030 target will be missed.', flagged: 'It is safe to say' },
        { text: 'It is easy to see how the cap will push rents up.', flagged: 'It is easy to see' },
        { text: 'Housing need is notoriously hard to measure.', flagged: 'notoriously' },
        { text: 'The ministry most certainly knew of the shortfall.', flagged: 'most certainly' },
        { text: 'The transfer was a clear violation of the fiscal rules.', flagged: 'clear violation of' },
        { text: 'The truth is that the opposition does not object to the budget because of its numbers.', flagged: 'The truth is that' },
        { text: 'A rise in the levy is obviously not on the table this year.', flagged: 'obviously' },
      ],
      allow: [
        'The report explains clearly how funds are allocated.',
        'The data clearly show a decline [@ons2024].',
        'Obviously, prices rose (Eurostat, 2024).',
        'Every exemption must be clearly justified in the application.',
        'Cycle lanes are clearly designated on the new map.',
        'The unit needs clearly defined tasks and sustained funding.',
        'The tool clearly fits within the second category of the framework.',
        'The strategy clearly describes the lines of authority.',
        'The annual plan will clearly set out each step and its owner.',
        'Responsibilities clearly assigned to one team make audits faster.',
        'Of course, data alone is not enough, but it is a start.',
        'It is certainly true that audits take time, although they pay off.',
        'While we have certainly had setbacks, the programme has grown.',
        'Clearly state the assumptions behind each estimate.',
        'The business case must clearly show the benefits to patients.',
        'Figure 3 clearly shows the fall in emissions after 2019.',
        'The exit signs must be clearly visible from every desk.',
        'The warning is clearly legible on the packet.',
        'The truth is that the survey was small (Lee and Park, 2024).',
      ],
    },
  },
  cueWords: boosters.firstWords(),
  check(ctx) {
    const hits: Hit[] = [];
    // "Figure 3 clearly shows a decline", "as the chart below makes obvious": the document's own exhibit is the evidence.
    if (OWN_EXHIBIT.test(ctx.text)) return hits;
    for (const m of findCuedPhrases(boosters, ctx, BOOSTER_CUES)) {
      const cue = m.value;
      if (cue.sense === 'manner' && !clearlyOfCertainty(ctx, m.from, m.to)) continue;
      // "you must, obviously, have permission", "staff should of course record it": a rule stressed, not a claim made certain
      // ("must obviously have failed", "must clearly be wrong": an inference made certain, and flagged)
      if (
        m.from > 0 &&
        OBLIGING.has(ctx.word(m.from - 1)) &&
        ctx.lexTag(m.to) === 'Infinitive' &&
        ctx.word(m.to) !== 'be' &&
        !(ctx.word(m.to) === 'have' && (ctx.lexTag(m.to + 1) === 'PastTense' || /(ed|en|wn)$/.test(ctx.word(m.to + 1))))
      )
        continue;
      // "make no mistake about it: If they do not act, America will", "Undoubtedly there is more to do, and we will do it": the
      // writer's side's resolve stressed, no claim about the world made certain ("it is clear that we must take additional
      // steps" asserts a need, and stays)
      if (cue.sense === 'plain' && resolveAfter(ctx, m.to)) continue;
      // "It must be obviously correct and tested": a requirement's criterion; "Our country has definitely refused to …", "We
      // most certainly committed ourselves": the writer's side stressing its own act, told first-hand
      if (m.to === m.from + 1 && (requiredBefore(ctx, m.from) || (writersSideBefore(ctx, m.from) && actDone(ctx, m.to)))) continue;
      // "slowly but surely", "will reduce the deficit steadily, surely, and in time": a manner among manners, not certainty.
      if (ctx.word(m.from) === 'surely' && mannerBeside(ctx, m.from)) continue;
      // "Obviously correct fixes are applied to maint", "a clearly wrong answer": the adverb grades an adjective before its
      // noun, naming a kind of thing; no claim is made certain ("This is obviously wrong" still is one)
      if (m.to === m.from + 1 && attributiveDegree(ctx, m.to)) continue;
      // "merged so that in the first-parent chain, it is clear that the project first did X": what a step is for, a purpose
      if (ctx.word(m.from) === 'it' && purposeBefore(ctx, m.from)) continue;
      // "Our taxpayers surely deserve it", "Surely we cannot simply walk away": an appeal on what ought to be, which no
      // evidence could settle; "as surely as": a comparison of manner
      if (
        ctx.word(m.from) === 'surely' &&
        (appealsToWhatOught(ctx, m.from) || (ctx.word(m.from - 1) === 'as' && ctx.word(m.from + 1) === 'as'))
      )
        continue;
      // "Of course, data alone is not enough, but ...", "it is certainly true that": granting a point is no booster.
      // Without a concession in sight it may still grant one the next sentence answers: a hint, shown only when thorough.
      let cap: 'hint' | undefined;
      if (cue.sense === 'concessive') {
        if (concedes(ctx)) continue;
        cap = 'hint';
      }
      // Built whole, not with ...span(): a spread costs a runtime call per hit before the JIT.
      const start = ctx.tokens[m.from].start;
      const end = ctx.tokens[m.to - 1].end;
      hits.push({
        start,
        end,
        messageId: 'booster',
        data: { cue: ctx.text.slice(start, end) },
        category: cue.category,
        reason: `"${ctx.tokens[m.from].text}" marks certainty, and the sentence gives no evidence for it. ${cue.note}`,
        alternatives: cue.alternatives,
        fixes: cue.fix === 'remove' ? ['remove'] : [],
        ...(cap ? { cap } : {}),
      });
    }
    return hits;
  },
};

/** "must be", "should be", "shall be" right before the adverb at k. */
function requiredBefore(ctx: SentenceContext, k: number): boolean {
  return ctx.word(k - 1) === 'be' && /^(must|should|shall)$/.test(ctx.word(k - 2));
}

/** A verb of an act done at k: "refused", "committed" ("we clearly need more nurses" asserts a need, and stays). */
function actDone(ctx: SentenceContext, k: number): boolean {
  return ctx.lexTag(k) === 'PastTense' || ctx.lexTag(k) === 'Participle';
}

/** The writer's side as the subject right before the adverb at k, an auxiliary between: "we clearly", "Our country has definitely". */
function writersSideBefore(ctx: SentenceContext, k: number): boolean {
  let j = k - 1;
  if (/^(most|have|has|had|am|are|is|was|were|do|did)$/.test(ctx.word(j))) j--;
  if (/^(most)$/.test(ctx.word(j))) j--;
  const w = ctx.word(j);
  return w === 'we' || w === 'i' || (/^(country|nation|government|administration)$/.test(w) && /^(our|my)$/.test(ctx.word(j - 1)));
}

/** After the cue at k, the writer's side's resolve: "we will", "I shall", a sentence ending "America will". */
function resolveAfter(ctx: SentenceContext, k: number): boolean {
  for (let j = k + 1; j < Math.min(ctx.tokens.length, k + 16); j++) {
    if (!/^(will|shall)$/.test(ctx.word(j))) continue;
    if (/^(we|i)$/.test(ctx.word(j - 1)) || (ctx.isName(j - 1) && j + 1 >= ctx.tokens.length)) return true;
  }
  return false;
}
