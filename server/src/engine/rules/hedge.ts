// hedge: epistemic hedges. A word list proposes candidates; the sense checks below decide
// whether this occurrence expresses possibility (hedge) or something else: permission,
// obligation, ability, politeness, proposal, approximation.
import { cueBit, forLastSentence, type SentenceContext } from '../context';
import { hedges, type CueEntry, contextWords } from '../lexicon';
import { lexiconTag } from '../nlp';
import { findCuedPhrases } from './cued-phrases';
import { hedgeRemoval, likelihoodRewrite } from './hedge-fixes';
import { isAcronym, startsWithDigit } from '../text-shape';
import type { Hit, Rule } from './rule';

const PROCEDURAL_VERBS = contextWords.proceduralVerbs;
const PROCEDURAL_PARTICIPLES = contextWords.proceduralParticiples;
const AGENT_NOUNS = contextWords.agentNouns;
const VARIATION_VERBS = contextWords.variationVerbs;
/** Words after which "May" is the month or a name. */
const MONTH_CONTEXT = new Set(['in', 'of', 'since', 'until', 'till', 'by', 'from', 'early', 'late', 'mid', 'last', 'next', 'this', 'theresa', 'during', 'before', 'after', 'on']);
const INQUIRY_WORDS = contextWords.inquiryWords;
const EVIDENCE_SUBJECTS = contextWords.evidenceSubjects;
const OBSERVATION_PARTICIPLES = contextWords.observationParticiples;
const PROPOSAL_OBJECTS = contextWords.proposalObjects;
const UNCERTAINTY_WORDS = contextWords.uncertaintyWords;
const EXPECTATION_VERBS = contextWords.expectationVerbs;
const EXPECTATION_ADJECTIVES = contextWords.expectationAdjectives;
const OBSERVATION_VERBS = contextWords.observationVerbs;
const OPPORTUNITY_VERBS = contextWords.opportunityVerbs;
const RESEARCH_OBJECTS = contextWords.researchObjects;
const REPORTING_VERBS = contextWords.reportingVerbs;
const ADVICE_ADJECTIVES = contextWords.adviceAdjectives;
const OPTION_NOUNS = contextWords.optionNouns;
const OPTION_VERBS = contextWords.optionVerbs;
const FEASIBILITY_VERBS = contextWords.feasibilityVerbs;
const ACTION_VERBS = contextWords.actionVerbs;
const DOCUMENT_NOUNS = contextWords.documentNouns;
/** Words opening a clause that asserts nothing: a condition, an indirect question, a comparison, a concession, a circumstance. */
const NON_ASSERTING_OPENERS: Record<string, string> = {
  if: 'sits in a condition',
  unless: 'sits in a condition',
  whether: 'sits in an indirect question',
  how: 'sits in an indirect question',
  than: 'sits in a comparison',
  where: 'describes a circumstance',
  wherever: 'describes a circumstance',
  whenever: 'describes a circumstance',
  when: 'describes a circumstance',
  although: 'concedes a point',
  though: 'concedes a point',
};
/** Relative pronouns: a modal in a restrictive relative clause picks out a class ("threats that may have access"). */
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom']);
/** Plain cues that a non-asserting clause also neutralises ("which may potentially affect" in a class description). */
const UNASSERTING_PLAIN = new Set(['potentially', 'possibly', 'unclear', 'uncertain']);
/** Participles after "could be" that name a course of action: "could be implemented", "could be mitigated". */
const OPTION_PARTICIPLES = new Set(['set', 'implemented', 'mitigated', 'achieved', 'learned', 'learnt', 'piloted', 'introduced', 'funded', 'expanded', 'phased', 'addressed', 'resolved', 'avoided', 'overcome', 'turned', 'considered', 'explored', 'tried', 'tested', 'replicated', 'scaled', 'extended', 'improved', 'simplified', 'streamlined', 'combined', 'integrated', 'adapted']);
/** Gerund-looking words that open a clause without naming a course of action: "During the pandemic", "According to". */
const NOT_GERUND_SUBJECTS = new Set(['during', 'according', 'including', 'regarding', 'following', 'notwithstanding', 'concerning', 'considering', 'something', 'nothing', 'anything', 'everything', 'morning', 'evening', 'building', 'funding', 'spending', 'housing', 'training', 'lending', 'pricing', 'polling', 'ruling', 'meeting', 'setting', 'findings', 'finding', 'thing', 'things', 'being', 'king', 'beijing', 'wellbeing', 'earnings', 'savings', 'holdings', 'warning', 'warnings', 'rating', 'ratings', 'reporting', 'accounting', 'offering', 'offerings', 'planning', 'monitoring', 'engineering', 'understanding', 'learning', 'processing', 'manufacturing', 'shipping', 'trading', 'banking', 'timing', 'landing', 'ceiling', 'painting', 'opening', 'closing', 'hearing', 'bombing', 'shooting', 'uprising', 'crossing', 'sibling', 'swing', 'string', 'spring', 'sing', 'ring', 'wing', 'bring']);
const OPENER_ADVERB = /ly$/;
/** Adjectives that only ever advise: "it might be appropriate", "may be advisable". */
const STRICT_ADVICE = /^(appropriate|advisable|worthwhile|worth|sensible|wise|preferable|prudent|tempting)$/;
const NEGATIVE_DETERMINERS = new Set(['no', 'none', 'neither', 'nothing', 'nobody', 'never']);
const PERSON_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'who', 'others', 'people']);
/** Subjects that are measurements or observations, never authors: what they "suggest" is always read from them. */
const MEASUREMENTS = new Set(['data', 'result', 'results', 'finding', 'findings', 'observation', 'observations', 'experiment', 'experiments', 'figures', 'statistics', 'trend', 'trends', 'pattern', 'patterns', 'numbers', 'measurement', 'measurements', 'estimates', 'indicators', 'correlation', 'correlations', 'differences', 'changes']);
/** Nouns for evidence: "Studies of the function of SCL suggest" has one in its subject. */
const EVIDENCE_NOUNS = new Set(['data', 'evidence', 'result', 'results', 'finding', 'findings', 'figures', 'trend', 'trends', 'studies', 'study', 'analyses', 'analysis', 'survey', 'surveys', 'poll', 'polls', 'indicator', 'indicators', 'observation', 'observations', 'experiment', 'experiments', 'pattern', 'patterns']);
/** Participles the lexicon tags otherwise ("done", "known", "set", "cut"): "can be done" is a procedure. */
const IRREGULAR_PARTICIPLE = /^(done|known|left|set|cut|put|read|run|hit|let|shut|split|spread|met|won|lost|held|kept|found|made|paid|sent|sold|told|spent|built|bought|brought|caught|taught|thought|seen|shown|drawn|grown|thrown|worn|torn|sworn)$/;
/** Endings of adjectives the lexicon does not list ("sufficient", "polyclonal", "capable", "analogous"). */
const ADJECTIVE_ENDING = /(ent|ant|ble|ous|al|ic|ive|ar|ary|ory|ful|less|ed)$/;
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** A capitalised word with no digits, hyphens or capitals after the first: "Macron", "Moscow". */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Forms of "suggest", "indicate", "imply" that "than" can measure against: "less effective than the figures would indicate". */
const INFERENCE_VERBS = new Set(['suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'implies', 'imply', 'implied']);
const HAVE_FORMS = new Set(['have', 'has', 'had']);
const NEGATIONS = new Set(['not', "n't", 'never']);
/** Words that open a clause ruling something out: "no meaningful comparison is possible". */
const NEGATIVE_OPENERS = new Set(['no', 'none', 'neither', 'nothing']);
/** Words before "possible" that make it the range of options: "every possible effort", "the lowest possible price". */
const RANGE_OF_OPTIONS = new Set(['best', 'worst', 'every', 'any', 'only', 'total', 'fullest', 'maximum', 'minimum', 'earliest', 'latest', 'widest', 'broadest', 'shortest', 'largest', 'smallest', 'highest', 'lowest', 'greatest']);
/** Words before "unclear", "unknown" that make it a predicate: "remains unclear", "is largely unknown". */
const BEFORE_PREDICATIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remain', 'remains', 'remained', 'still', 'largely', 'currently', 'yet', 'entirely', 'completely', 'mostly', "'s", "it's", "that's", 'become', 'becomes', 'became', 'seem', 'seems', 'seemed']);
const UNKNOWN_ADJECTIVES = new Set(['unclear', 'uncertain', 'unknown']);
/** Degree words between "can be" and its complement: "can be quite different". */
const DEGREE_WORDS = new Set(['quite', 'very', 'more', 'less', 'highly', 'extremely', 'particularly', 'rather', 'both', 'either', 'so', 'too']);
/** Words after which "could" is past: "was", "had", and "before" or "until" a year. */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had']);
const UNTIL_WORDS = new Set(['before', 'until', 'till']);
/** Subjects that point back to a finding: "this suggests a change of course". */
const POINTING_SUBJECTS = new Set(['this', 'that', 'these', 'which', 'it']);
/** Words that end the object of "suggest" before a proposal noun is found: a preposition or "that". */
const OBJECT_BOUNDARIES = new Set(['of', 'for', 'to', 'in', 'on', 'that', 'between', 'with', 'by', 'from', 'at']);
/** Past-participle endings after "might have", "could have": "might have caused", "could have been", "may have grown". */
const PARTICIPLE_ENDINGS = new Set(['ed', 'en', 'wn', 'ne', 'ht', 'lt', 'un']);
/** Determiners before "might" that make it the noun ("the might of the army"); "this might", "that might" are subjects. */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'all', 'such']);

/** The senses a hedge entry in data/hedges.json may name; each has its check in senseReason (a test holds the data to this list). */
export const SENSES = ['weak', 'stance', 'expect', 'inference', 'modal', 'plain', 'evidential', 'appearance', 'likely', 'possible', 'whether', 'predicative', 'attributive', 'should', 'possibility', 'forecast', 'frame', 'dispositional', 'generalising'] as const;
export type Sense = (typeof SENSES)[number];

export interface HedgeCue {
  from: number;
  to: number;
  entry: CueEntry;
  reason: string;
  /** Weak cues count for the sentence's class but are shown as hints. */
  cap?: 'hint';
  /** The hedge reports another work's inference: "Earlier studies suggest that …", and the hedges in that clause. */
  reportsWork?: boolean;
  /** A modal over a generic subject ("Models may contain errors"): see Hit.generic. */
  generic?: boolean;
}

/** A sense check's verdict: why the cue is epistemic here, and whether it is too weak to show as more than a hint. */
type Verdict = string | { reason: string; cap?: 'hint'; generic?: boolean } | undefined;
const hint = (reason: string): Verdict => ({ reason, cap: 'hint' });

/** A hedge starts from one of these words: a sentence with none has no hedge to look for. */
const HEDGE_CUES = cueBit(hedges.firstWords());

// hedge, hedge-stack and unsupported-claim ask about one sentence one after the other.
const hedgesOfLastSentence = forLastSentence((ctx) => {
  const found: HedgeCue[] = [];
  if (!ctx.holds(HEDGE_CUES)) return found;
  for (const m of findCuedPhrases(hedges, ctx, HEDGE_CUES)) {
    // Words inside quotation marks are someone else's: "the plan says policies “could potentially reduce” emissions".
    if (insideQuotation(ctx, m.from)) continue;
    // A cue keyed on a rarer word ("knowledge") counts only after its opening words ("to our"), which the span takes in:
    // the lexical prefilter then keys on the rare word, not on "to", "in" or "as".
    let from = m.from;
    if (m.value.preceded) {
      const opening = m.value.preceded.map((words) => words.split(' ')).find((words) => words.every((word, k) => ctx.word(m.from - words.length + k) === word));
      if (!opening) continue;
      from -= opening.length;
    }
    const verdict = senseReason(ctx, m.value.sense as Sense, from, m.to);
    if (typeof verdict === 'string') found.push({ from, to: m.to, entry: m.value, reason: verdict });
    else if (verdict) {
      const cue: HedgeCue = { from, to: m.to, entry: m.value, reason: verdict.reason };
      if (verdict.cap) cue.cap = verdict.cap;
      if (verdict.generic) cue.generic = true;
      found.push(cue);
    }
  }
  // "Studies of the levy suggest that demand may fall[^3]": what a work infers, and the hedges in the clause it introduces,
  // are that work's when the sentence cites it; the pipeline, which sees the citation, leaves them alone then.
  for (let c = 0; c < found.length; c++) {
    const cue = found[c];
    if (cue.reportsWork || (cue.entry.sense !== 'evidential' && cue.entry.sense !== 'inference') || !reportsOthersInference(ctx, cue.from)) continue;
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

/** Why this occurrence is epistemic, or undefined when it is not a hedge here. */
function senseReason(ctx: SentenceContext, sense: Sense, from: number, to: number): Verdict {
  const w = ctx.word(from);
  switch (sense) {
    case 'plain':
      // "It is unclear whether the levy works", "Whether panels will value it remains to be seen": an open question stated
      // as such, not a claim held open; a hint.
      if (KNOWLEDGE_GAPS.test(ctx.word(to - 1)) && openQuestion(ctx, from, to)) return hint(`"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end)}" states that a question is open, without weakening a claim.`);
      // "could not possibly survive", "cannot possibly be": an emphatic impossibility, the opposite of a hedge.
      if (w === 'possibly' && /^(not|n't|cannot|never)$/.test(ctx.word(from - 1))) return undefined;
      // "uncertain lifespans", "unclear guidance": the adjective describes a thing; "when projects are uncertain about
      // their needs": someone else's state of mind. Neither weakens the writer's claim.
      if ((w === 'uncertain' || w === 'unclear') && to === from + 1) {
        const next = ctx.word(to);
        if (next === 'about' && isActor(ctx, ctx.subjectBefore(from - (BE_FORMS.has(ctx.word(from - 1)) ? 1 : 0)))) return undefined;
        if (!BE_FORMS.has(ctx.word(from - 1)) && next && !ctx.breakBefore(to) && !/^(whether|if|how|what|why|when|who|which|that|about|to|as|and|or|but|in|at|for|of|on|by|with|than)$/.test(next) && !/^(Verb|PastTense|PresentTense|Infinitive|Preposition|Conjunction|Modal|Copula|Adverb|Determiner)$/.test(ctx.lexTag(to) ?? '')) return undefined;
      }
      // "potentially destructive events", "the potentially large amounts": an attributive adjective, a possible property
      // of a class, not a claim held open ("the plan is potentially unlawful" is one).
      if ((w === 'potentially' || w === 'possibly') && !BE_FORMS.has(ctx.word(from - 1)) && adjectiveLike(ctx, to) && (ctx.isDeterminer(from - 1) || nounFollows(ctx, to + 1))) return undefined;
      if (UNASSERTING_PLAIN.has(w)) {
        const why = unassertedClause(ctx, from);
        if (why) return undefined;
      }
      return `"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end)}" is a hedge wherever it occurs.`;
    case 'modal':
      return modalReason(ctx, from);
    case 'evidential':
      return evidentialReason(ctx, from);
    case 'inference': {
      // "implies", "propose": definition, entailment or a proposal far more often than a hedge ("This implies working in
      // the open"); shown as a hint, except where the verb states someone else's view.
      const verdict = evidentialReason(ctx, from);
      return verdict ? hint(verdict) : undefined;
    }
    case 'weak':
      // A cue that hedges too rarely in policy prose to be shown by default: "we assume" usually states a method,
      // "has the potential to" the promise of a plan. Shown as a hint; the entry's note says why.
      return hint(`"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end)}" can weaken the claim, but in policy prose it often does not.`);
    case 'stance': {
      // "I believe we have a responsibility to act", "in our view the Council should": the stance introduces a
      // recommendation, which is part of it; before a factual claim ("we believe prices will fall") it hedges.
      if (recommendationFollows(ctx, to)) return undefined;
      return `"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end)}" presents the claim as the writer's opinion, not as a finding.`;
    }
    case 'expect': {
      // "we expect applicants to submit": a requirement; "we expect to see", "we expect the levy to raise": a prediction.
      const next = ctx.word(to);
      if (next === 'you' || next === 'them' || next === 'all') return undefined;
      for (let k = to; k < Math.min(ctx.tokens.length, to + 4); k++) if ((isPersonNoun(ctx, k) || /^\p{L}+(ers|ors|ants|ents)$/u.test(ctx.word(k))) && ctx.word(k + 1) === 'to') return undefined;
      if (recommendationFollows(ctx, to)) return undefined;
      return `"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end)}" presents a prediction as an expectation, without its basis.`;
    }
    case 'appearance': {
      const next = ctx.word(to);
      if (concededAppearance(ctx, modalBefore(ctx, from))) return undefined;
      // "Although the idea may at first appear intimidating": a concession; "than it might seem": a comparison.
      if (unassertedClause(ctx, modalBefore(ctx, from))) return undefined;
      // "might appear surprising to readers who expect …": how it looks to someone else, not the writer's impression.
      if ((ctx.lexTag(to) === 'Adjective' || ADJECTIVE_ENDING.test(next) || next.endsWith('ing')) && ctx.word(to + 1) === 'to' && (isActor(ctx, to + 2) || /^(readers?|outsiders?|observers?|many|some|others|people|most|anyone|everyone)$/.test(ctx.word(to + 2)))) return undefined;
      // "The minister appeared as a witness", "Peter appeared as a featured guest": a person in a role, not an impression.
      if (next === 'as' && isActor(ctx, ctx.subjectBefore(from))) return undefined;
      if (next === 'to' || next === 'that' || next === 'as' || next === 'like' || next === 'likely' || ctx.word(from - 1) === 'it' || ctx.word(from - 1) === 'would')
        return `"${w} ${next || ''}" reports an impression, not a finding.`.replace(' "', '"');
      if (next === 'not' && ctx.word(to + 1) === 'to') return `"${w} not to" reports an impression, not a finding.`;
      // "appears sufficient", "appeared polyclonal": an adjective the lexicon may not list, known by its ending.
      const at = next === 'not' ? to + 1 : to;
      const tag = ctx.lexTag(at);
      if (tag === 'Adjective' || tag === 'Comparative' || (tag === undefined && !ctx.breakBefore(at) && ADJECTIVE_ENDING.test(ctx.word(at)))) return `"${w} ${ctx.tokens[at].text}" reports an impression, not a finding.`;
      return undefined; // "appeared in court", "appears on the list"
    }
    case 'likely': {
      const prev = ctx.word(from - 1);
      // "were disproportionately likely to claim", "more likely to be divorced": a proportion of a group, a claim of
      // frequency, not the writer's doubt.
      if (/^(more|less|disproportionately|equally|twice|thrice|times|much|far|significantly|considerably|somewhat|just)$/.test(prev) && ctx.word(to) !== 'that') return undefined;
      // "very likely (90–95%)": calibrated language that gives its scale is not a hedge.
      if (calibrated(ctx, to)) return undefined;
      // "If your code is, or is likely to become, open source", "papers that are likely to have used it": a condition
      // or a class, not a claim.
      let at = from;
      while (at > 0 && /^(highly|very|quite|most|more|less|also|still|not|thus|therefore|therefore,|now)$/.test(ctx.word(at - 1))) at--;
      if (BE_FORMS.has(ctx.word(at - 1))) at--;
      if (unassertedClause(ctx, at)) return undefined;
      if (prev === 'as' && ctx.word(to) === 'as') return `"as likely as" is an unquantified probability.`;
      return `"${w}" states a probability without its size or source.`;
    }
    case 'possible': {
      const prev = ctx.word(from - 1);
      const next = ctx.word(to);
      if (['as', 'if', 'where', 'whenever', 'when', 'wherever', 'made', 'make', 'makes', 'making', 'everything', 'all', 'feasible', 'practicable', 'reasonably', 'extent'].includes(prev)) return undefined; // "to the extent possible": as far as can be done
      if (next === 'to' || next === 'for' && w === 'possible') return undefined; // "it is possible to apply": ability
      // "points in the process where feedback is possible": a circumstance, not a claim held open.
      if (w === 'possible' && next !== 'that' && unassertedClause(ctx, BE_FORMS.has(prev) ? from - 1 : from)) return undefined;
      if (w === 'possible' && next === 'that') return `"possible that" leaves the claim open.`;
      if (w === 'possible') {
        // "every possible effort", "the lowest possible price": the range of options, not a possibility.
        if (ctx.lexTag(from - 1) === 'Superlative' || RANGE_OF_OPTIONS.has(prev)) return undefined;
        if (prev === 'of' && /^(number|range|set|list|space|all|each|any)$/.test(ctx.word(from - 2))) return undefined; // "the number of possible states": a count of options
        const predicative = ['is', 'was', 'seems', 'be', 'are', 'were', 'quite', 'very', 'also', 'entirely', 'certainly'].includes(prev);
        // "would not be possible", "no meaningful comparison is possible": ruled out, a categorical claim, not a possibility left open.
        if (predicative && (ctx.tokens.slice(Math.max(0, from - 3), from).some((tok) => NEGATIONS.has(tok.lower)) || NEGATIVE_OPENERS.has(ctx.word(ctx.clauseStart(from))))) return undefined;
        // Attributive after a determiner ("a possible cause"), before a listed noun ("possible delays"), or opening a title ("Possible role of ...");
        // before words the lexicon does not list the reading stays open ("another possible etymology" is a weasel set's negative).
        const nextTag = ctx.lexTag(to) ?? '';
        const attributive = !!next && !ctx.breakBefore(to) && !/^(of|in|on|at|by|with|and|or|but|than|as|is|are|was|were|be|now|today|here|there)$/.test(next) && !/^(Verb|PastTense|PresentTense|Infinitive|Preposition|Conjunction|Modal|Copula|Determiner|Adverb|Pronoun)$/.test(nextTag);
        if (from > 0 && !predicative && !(attributive && /^(Noun|Singular|Plural)$/.test(nextTag)) && !ctx.isDeterminer(from - 1)) return undefined;
        // "possible incidents", "a possible cause": attributive, a member of a class of possibilities, not a claim held
        // open; a weak cue shown as a hint. "is possible" (predicative) hedges.
        if (!predicative) return hint(`"${w} ${ctx.word(to)}" names something possible without saying how likely it is.`);
      }
      return `"${w}" qualifies what follows as a possibility.`;
    }
    case 'predicative': {
      const prev = ctx.word(from - 1);
      if (BEFORE_PREDICATIVE.has(prev) && openQuestion(ctx, from, to)) return hint(`"${prev} ${w}" states that a question is open, without weakening a claim.`);
      if (BEFORE_PREDICATIVE.has(prev)) return `"${prev} ${w}" marks a gap in knowledge.`;
      return undefined;
    }
    case 'whether': {
      // "decide whether to extend" is a choice; "regardless of whether", sentence-initial "Whether or not ..." concede.
      if (ctx.word(to) === 'to' || from === 0 || ctx.word(from - 2) === 'regardless' || ctx.word(from - 2) === 'irrespective' || ctx.endsWithQuestion()) return undefined;
      // "depending on whether the arrow was high": a condition; ", whether permanent or temporary," and
      // "whether it be a house or a program": the alternatives are all covered, so nothing is left open.
      if (w === 'whether' && (ctx.word(from - 1) === 'on' && /^(depending|depends|depend|depended|dependent|contingent|based)$/.test(ctx.word(from - 2)))) return undefined;
      if (w === 'whether' && ctx.breakBefore(from) && concessiveAlternatives(ctx, to)) return undefined;
      // "whether it be a loan or a subsidy": the subjunctive concedes every case.
      if (w === 'whether' && (ctx.word(to) === 'be' || ctx.word(to + 1) === 'be') && concessiveAlternatives(ctx, to)) return undefined;
      for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
        // "unclear whether", "it is not known if": the adjective is the cue, already reported.
        const before = ctx.word(k);
        if (UNKNOWN_ADJECTIVES.has(before) || ((before === 'known' || before === 'clear') && ctx.word(k - 1) === 'not')) return undefined;
        if (k < from - 1 && ctx.breakBefore(k + 1)) break;
        // "it is not known if", "there is doubt whether": the writer states the question is open.
        // "it is not known if", "there is doubt whether": an indirect question stated as open (the guide: not a hedge); a hint.
        if (UNCERTAINTY_WORDS.has(ctx.word(k))) return hint(`"${ctx.tokens[k].text} ... ${w}" leaves the question open.`);
        // "we examined whether", "to test if": the clause names what was asked, a weak cue shown as a hint.
        if (INQUIRY_WORDS.has(ctx.word(k)) && ctx.word(k) !== 'to') return hint(`"${ctx.tokens[k].text} ... ${w}" names an open question.`);
      }
      if (w === 'if') return undefined; // a condition: "if the vote passes"
      return hint(`"whether" leaves the question open.`);
    }
    case 'attributive':
      return attributiveReason(ctx, from);
    case 'dispositional': {
      // "can be detrimental", "can be quite different", "can be a potent activator": sometimes so. "can be submitted": a procedure.
      let k = to;
      while (k < ctx.tokens.length && DEGREE_WORDS.has(ctx.word(k))) k++;
      const next = ctx.word(k);
      const tag = ctx.lexTag(k) ?? '';
      if (!next || ctx.breakBefore(k) || next.endsWith('ed') || next.endsWith('en') || IRREGULAR_PARTICIPLE.test(next) || /^(PastTense|Participle|Verb|Infinitive|Preposition|Adverb|Conjunction)$/.test(tag)) return undefined;
      const predicate = next === 'a' || next === 'an' || tag === 'Adjective' || tag === 'Comparative' || (tag === '' && ADJECTIVE_ENDING.test(next)) || ctx.word(to) === 'either';
      if (!predicate) return undefined;
      return hint(`"can be ${ctx.tokens[k].text}" says it is sometimes so, without saying how often.`);
    }
    case 'should':
      return shouldReason(ctx, from);
    case 'possibility': {
      const next = ctx.word(to);
      if (next === 'that') return `"${w} ${next}" names a possibility without its likelihood.`;
      // "the possibility for members of the public to follow", "having the possibility to download": an opportunity.
      if (next === 'to' || next === 'for') return undefined;
      // "consistent with this possibility", "that possibility is beyond the scope": it points back to a possibility stated before.
      if (/^(this|that|these|those|latter|former)$/.test(ctx.word(from - 1))) return undefined;
      if (next === 'is' || next === 'remains' || next === 'exists') return `"${w} ${next}" names a possibility without its likelihood.`;
      for (let k = from - 1; k >= Math.max(ctx.clauseStart(from), from - 3); k--) {
        const before = ctx.word(k);
        if (RESEARCH_OBJECTS.has(before)) return undefined; // "to test this possibility": what was examined
        if (OPPORTUNITY_VERBS.has(before) && (next === 'of' || next === 'to')) return undefined; // "offers the possibility of": an opportunity
      }
      return `"${w}" names a possibility without its likelihood.`;
    }
    case 'forecast':
      // "is predicted to encode": an unnamed prediction; "the effects predicted to occur" too, but not "we predicted to".
      if (BE_FORMS.has(ctx.word(from - 1)) || (BE_FORMS.has(ctx.word(from - 2)) && ctx.word(from - 1).endsWith('ly'))) return `"${ctx.word(from - 1)} ${w}" rests the claim on an unnamed prediction.`;
      return undefined;
    case 'generalising': {
      // "more generally": the writer widens the point. "generally accepted", "generally known": a participle after it
      // is passive-attribution's to judge; "generally applicable" is a legal term of scope.
      const next = ctx.word(to);
      if (ctx.word(from - 1) === 'more' || ctx.word(from - 1) === 'most' || next.endsWith('ed') || IRREGULAR_PARTICIPLE.test(next) || next === 'applicable') return undefined;
      // "were generally higher than", "generally more effective": it summarises a comparison the data show.
      const k = next === 'much' || next === 'slightly' ? to + 1 : to;
      if (/^(more|less|fewer)$/.test(ctx.word(k)) || ctx.lexTag(k) === 'Comparative') return undefined;
      return hint(`"${ctx.tokens[from].text}" states a rule of thumb without saying how often it holds or who observed it.`);
    }
    case 'frame':
      if (subjunctiveAfterThat(ctx, to)) return undefined; // "the proposal that the levy be raised": a proposal for action
      // The writer names the status of the clause ("an assumption that ... is merely a speculation"): uncertain, and said so; a hint.
      return hint(`"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end)}" presents the clause as a hypothesis, not a finding; the sentence says so itself, so this is only a hint.`);
    default: {
      // Every sense has its case: a new one without a check does not compile.
      const unhandled: never = sense;
      throw new Error(`hedge: no check for the sense "${unhandled as string}"`);
    }
  }
}

/** Inside quotation marks: the words are someone else's. */
function insideQuotation(ctx: SentenceContext, i: number): boolean {
  const before = ctx.text.slice(0, ctx.tokens[i].start);
  let open = false;
  let straight = 0;
  for (let c = 0; c < before.length; c++) {
    const ch = before[c];
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') straight++;
  }
  return open || straight % 2 === 1;
}

/** The modal right before an appearance verb ("might appear", "may at first seem"), or the verb itself. */
function modalBefore(ctx: SentenceContext, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (/^(may|might|could|would|can)$/.test(ctx.word(k))) return k;
  return i;
}

/** "potentially destructive events": a noun after the adjective (not a preposition, a verb's object marker or a clause). */
function nounFollows(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  if (!w || ctx.breakBefore(k)) return false;
  if (/^(of|to|for|and|or|in|on|at|by|with|that|than|as|if|when|because|but|is|are|was|were|be)$/.test(w)) return false;
  const tag = ctx.lexTag(k) ?? '';
  if (/^(Noun|Singular|Plural|Uncountable)$/.test(tag)) return true;
  if (/^(Determiner|Preposition|Conjunction|Adverb|Modal|Copula|Pronoun)$/.test(tag)) return false;
  return /(s|ts|ies|ions|ments|ures|ity|ness)$/.test(w) && !/(ous|ss|is|us)$/.test(w);
}

/** An adjective or a participle used as one: "destructive", "unrealistic", "large", "rewritten". */
function adjectiveLike(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  const tag = ctx.lexTag(k) ?? '';
  if (/^(Verb|PresentTense|PastTense|Infinitive|Gerund|Modal|Copula|Noun|Singular|Plural|Preposition|Determiner)$/.test(tag)) return false;
  return tag === 'Adjective' || tag === 'Comparative' || (/^un/.test(w) && !/s$/.test(w)) || ADJECTIVE_ENDING.test(w) || w.endsWith('en');
}

/** After "I believe", "in our view", "we expect": a recommendation ("we have a responsibility to", "the Council should"). */
function recommendationFollows(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < Math.min(ctx.tokens.length, k + 14); j++) {
    const w = ctx.word(j);
    if (/^(should|must|ought|responsibility|duty|obligation|needs|need)$/.test(w) && !(w.startsWith('need') && ctx.word(j + 1) !== 'to')) return true;
    // "in my view, still requires further research", "in our opinion, merit further investigation": a call for work.
    if (/^(requires?|merits?|deserves?|warrants?|calls?)$/.test(w) && /^(further|more|additional|attention|investigation|research|study|for)$/.test(ctx.word(j + 1))) return true;
    if ((w === 'important' || w === 'essential' || w === 'vital' || w === 'time' || w === 'crucial') && BE_FORMS.has(ctx.word(j - 1))) return true;
  }
  return false;
}

/** "very likely (90–95%)", "likely (a 60% chance)": the scale is given, so the estimate is calibrated. */
function calibrated(ctx: SentenceContext, to: number): boolean {
  for (let j = to; j < Math.min(ctx.tokens.length, to + 6); j++) {
    const w = ctx.word(j);
    if (startsWithDigit(w) && (/%/.test(ctx.gapBefore(j + 1)) || w.endsWith('%') || /^(per|percent)$/.test(ctx.word(j + 1)))) return true;
    if (/^(probability|odds)$/.test(w) && startsWithDigit(ctx.word(j + 1))) return true;
  }
  return false;
}

/**
 * A gerund opens the clause (or the sentence, when the modal opens its own clause) as its subject: "Matching retirees
 * with jobs could allow them to save", "Having to extract the data creates work, could introduce errors".
 */
function gerundSubject(ctx: SentenceContext, i: number): boolean {
  let s = ctx.clauseStart(i);
  if (s === i || ctx.subjectBefore(i) < 0) s = 0;
  while (s < i && OPENER_ADVERB.test(ctx.word(s)) && ctx.lexTag(s) !== 'Noun') s++;
  const w = ctx.word(s);
  if (s >= i || !w.endsWith('ing') || w.length < 5 || NOT_GERUND_SUBJECTS.has(w)) return false;
  const tag = ctx.lexTag(s) ?? '';
  if (/^(Noun|Singular|Plural|Uncountable|Adjective)$/.test(tag)) return false;
  // No subject of its own between the gerund and the modal: "Using this, we could …" has one.
  for (let k = s + 1; k < i; k++) if (/^(we|i|they|he|she|you|it)$/.test(ctx.word(k)) && ctx.breakBefore(k)) return false;
  return true;
}

/** Words that end a noun phrase standing between a relative pronoun and the predicate: a verb. */
function verbLike(ctx: SentenceContext, k: number): boolean {
  const tag = ctx.lexTag(k) ?? '';
  // Finite forms only: a base form the lexicon also knows as a noun ("model", "rate", "use") is read as a noun.
  return /^(PastTense|PresentTense|Modal|Copula|Auxiliary)$/.test(tag);
}

/**
 * After the modal (or "is likely to") at `at`: a verb that interprets rather than describes ("that may reflect their
 * role", "a protein that is likely to be involved in"): a hypothesis about the things named, not a class picked out.
 */
function interpretiveVerb(ctx: SentenceContext, at: number): boolean {
  let k = ctx.nextContent(at);
  if (/^(likely|unlikely)$/.test(ctx.word(k)) && ctx.word(k + 1) === 'to') k = ctx.nextContent(k + 1);
  if (BE_FORMS.has(ctx.word(k - 1)) && /^(likely|unlikely)$/.test(ctx.word(at + 1))) k = ctx.nextContent(at + 2);
  const verb = ctx.word(k);
  if (verb === 'be') return /^(involved|responsible|due|related|linked|associated|implicated|caused|mediated|regulated|important|critical|essential|crucial)$/.test(ctx.word(ctx.nextContent(k)));
  return INTERPRETIVE_VERBS.test(verb);
}
const INTERPRETIVE_VERBS = /^(reflect|reflects|explain|explains|account|accounts|contribute|contributes|play|plays|represent|represents|mediate|mediates|underlie|underlies|cause|causes|drive|drives|influence|influences|regulate|regulates|participate|participates|act|acts|serve|serves|function|functions|correspond|corresponds|determine|determines|control|controls|modulate|modulates|confer|confers|encode|encodes|bind|binds|interact|interacts|contain|contains|lead|leads|result|results|affect|affects|induce|induces|inhibit|inhibits|activate|activates|enhance|enhances|prevent|prevents|promote|promotes|facilitate|facilitates|link|links|form|forms|share|shares|recognize|recognizes|recognise|recognises|target|targets|indicate|indicates|suggest|suggests|explaining|provide|provides|exist|exists|operate|operates|involve|involves|require|requires|need|needs)$/;

/** People by a plural noun of role: "policymakers", "economists", "officials" (not "papers", "numbers", "sectors"). */
function isSpeakerNoun(w: string): boolean {
  return /^(\p{L}+(makers|holders|ers|ors|ists|ians)|officials|staff|people|ministers|experts)$/u.test(w) && !/^(papers|numbers|orders|centers|centres|factors|sectors|indicators|others|members|layers|markers|vectors|receptors|promoters|donors|monitors|inhibitors|activators|regulators|transporters|carriers|clusters|filters|parameters|matters|letters|chapters|quarters|headquarters|waters|borders|powers|barriers|offers|answers|reasons|errors)$/.test(w);
}

/** Whoever says what the "that" clause after a reporting verb at v holds, if that is someone other than the writer or the evidence. */
function reportedBySomeoneElse(ctx: SentenceContext, v: number): boolean {
  // "@smith2019 argue that", "\citet{smith2019} find that": a textual citation is the subject (extraction blanks it).
  if (citationSubject(ctx, v)) return true;
  let s = ctx.subjectBefore(v);
  // "Clausing (2007) finds that": the bracketed year opens a clause of its own; the author stands before it.
  if (s < 0 && startsWithDigit(ctx.word(v - 1))) s = v - 1;
  // "DNA-binding properties of HIV-TF1 suggested that": the head of the subject stands before "of".
  for (let k = ctx.clauseStart(v); k < s; k++) if (ctx.word(k) === 'of' && k > 0) { s = k - 1; break; }
  // "Clausing (2007) finds that", "Smith et al. (2019) argue": the author before the year.
  while (s > 0 && (startsWithDigit(ctx.word(s)) || /^(al|et|and)$/.test(ctx.word(s)))) s--;
  while (s >= 0 && (HAVE_FORMS.has(ctx.word(s)) || BE_FORMS.has(ctx.word(s)) || /^(also|further|then|both|all)$/.test(ctx.word(s)))) s = ctx.subjectBefore(s);
  if (s < 0) return false;
  const w = ctx.word(s);
  if (writerSubject(ctx, s)) return false;
  // "Other studies suggest that … may (Dowd et al. 2017)", "Prior work finds that … could [12]": the sentence cites the work
  // whose finding it reports; the modal in the reported clause is that work's, not the writer's hedge.
  if (citesSource(ctx)) return true;
  if (w === 'we' || w === 'i' || MEASUREMENTS.has(w) || EVIDENCE_NOUNS.has(w)) return false;
  if (EVIDENCE_SUBJECTS.has(w) && !DOCUMENT_NOUNS.has(w)) return false;
  if (isActor(ctx, s) || DOCUMENT_NOUNS.has(w) || isAcronym(ctx.tokens[s].text)) return true;
  for (let k = s - 1; k >= Math.max(ctx.clauseStart(s), s - 3); k--) if (/^(their|his|her)$/.test(ctx.word(k))) return true; // "their analogy suggests that"
  // "Policymakers have indicated they might …", "Officials argued that …": a verb of saying has a speaker for its subject;
  // "suggest", "show", "imply" with a thing for subject read evidence, which the writer relies on.
  if (isSpeakerNoun(w)) return true; // "policymakers", "economists"
  return !/^(suggest|indicat|show|demonstrat|impl)/.test(ctx.word(v));
}

/**
 * "Earlier studies suggest", "the literature indicates", "these estimates imply": an inference whose subject is not the
 * writer's own work ("we", "our results") and does not point back to it ("this suggests").
 */
function reportsOthersInference(ctx: SentenceContext, i: number): boolean {
  let subjAt = ctx.subjectBefore(i);
  if (HAVE_FORMS.has(ctx.word(subjAt))) subjAt = ctx.subjectBefore(subjAt);
  if (subjAt < 0) return false;
  if (writerSubject(ctx, subjAt)) return false;
  const start = ctx.clauseStart(i);
  // "This suggests", "which implies": the writer reads her own point.
  if (subjAt === start && POINTING_SUBJECTS.has(ctx.word(subjAt))) return false;
  return true;
}

/** The last word of a cue that states a gap in knowledge: "unclear", "is not known", "remains to be seen". */
const KNOWLEDGE_GAPS = /^(unclear|uncertain|unknown|known|clear|seen|certain|sure|determined|established)$/;
const QUESTION_WORDS = new Set(['whether', 'if', 'how', 'what', 'why', 'who', 'which', 'when', 'where']);

/** The gap is an indirect question: "unclear whether …", "uncertain how …", or "Whether … remains to be seen" as its subject. */
function openQuestion(ctx: SentenceContext, from: number, to: number): boolean {
  let k = to;
  if (ctx.word(k) === 'as' && ctx.word(k + 1) === 'to') k += 2; // "uncertain as to whether"
  if (QUESTION_WORDS.has(ctx.word(k)) && !(ctx.word(k) === 'if' && ctx.breakBefore(k))) return true;
  const start = ctx.clauseStart(from);
  return start < from && QUESTION_WORDS.has(ctx.word(start)) && ctx.word(start) !== 'if' && ctx.word(start) !== 'when' && ctx.word(start) !== 'where';
}

/** Markup the prose extraction blanked (a Pandoc "@key", a LaTeX "\citet{…}", a footnote marker) leaves a run of spaces; one that closes the sentence held a citation. */
const BLANKED_MARKUP = / {3,}[.;!?]?$/;
/** An author-year citation closing a bracket ("(Dowd et al. 2017)", "Smith (2019)") or a numeric one ("[12]", "[3, 4]"). */
const CITATION_TEXT = /\b(1[89]|20)\d\d[a-z]?\)|\[\d+(\s*[,–-]\s*\d+)*\]/;

/** The sentence carries a citation of its own (in its text, or as blanked citation markup). */
function citesSource(ctx: SentenceContext): boolean {
  return CITATION_TEXT.test(ctx.text) || BLANKED_MARKUP.test(ctx.text.trimEnd());
}

/** The subject of the verb at v is a textual citation: no word before it in its clause, and blanked markup where the subject stands. */
function citationSubject(ctx: SentenceContext, v: number): boolean {
  let k = v;
  while (k > 0 && (HAVE_FORMS.has(ctx.word(k - 1)) || /^(also|further|then|both|all|recently|previously)$/.test(ctx.word(k - 1))) && !ctx.breakBefore(k)) k--;
  const start = ctx.clauseStart(v);
  if (k !== start && !(k === 1 && ctx.word(0) === 'as')) return false;
  // A sentence cannot open on a lower-case finite verb ("argue that …"): the citation before it was blanked.
  if (k === 0) return !ctx.isCapitalized(0) && ctx.lexTag(0) !== 'Gerund' && !ctx.word(0).endsWith('ing');
  return / {3,}$/.test(ctx.gapBefore(k));
}

/** The writer is the reporter: "we find", "our results suggest", "my analysis shows". */
function writerSubject(ctx: SentenceContext, s: number): boolean {
  for (let k = Math.max(ctx.clauseStart(s), s - 4); k <= s; k++) if (/^(we|i|our|my)$/.test(ctx.word(k))) return true;
  return false;
}

/**
 * Why the clause holding the predicate at `at` (a modal, or the copula before "likely") asserts nothing the writer
 * commits to, or undefined when it does. Scans back within the clause for the word that opens it.
 */
function unassertedClause(ctx: SentenceContext, at: number): string | undefined {
  const start = ctx.clauseStart(at);
  // "As Huang and Lapp discuss, this model could …", "According to the plan, emissions may …": the whole sentence reports.
  if (start > 0 && (ctx.word(0) === 'as' || (ctx.word(0) === 'according' && ctx.word(1) === 'to'))) {
    for (let k = 1; k < start; k++) {
      if (ctx.breakBefore(k)) break;
      if (ctx.word(0) === 'according' || (REPORTING_VERBS.has(ctx.word(k)) && (isActor(ctx, ctx.subjectBefore(k)) || citationSubject(ctx, k)))) {
        if (k + 1 === start || ctx.word(0) === 'according' || ctx.breakBefore(k + 1)) return 'reports someone else';
      }
    }
  }
  // "Depending on the design, this could avoid …": the outcome is conditional on a choice.
  if (/^(depending|depend|depends)$/.test(ctx.word(0)) && /^(on|upon)$/.test(ctx.word(1))) return 'sits in a condition';
  for (let k = at - 1; k >= start; k--) {
    const w = ctx.word(k);
    const opener = NON_ASSERTING_OPENERS[w];
    if (opener) {
      if ((w === 'when' || w === 'where') && ctx.word(k + 1) === 'necessary') continue;
      // ", though this may be unrealistic": a reservation the writer adds, asserted; "Although X may …" and
      // "even though X might …" concede.
      if ((w === 'though' || w === 'although') && k > 0 && ctx.word(k - 1) !== 'even') return undefined;
      return opener;
    }
    if (RELATIVE_PRONOUNS.has(w)) {
      // Everything between the pronoun and the predicate is a noun phrase: the pronoun opens this clause.
      for (let j = k + 1; j < at; j++) if (verbLike(ctx, j)) return undefined;
      const prev = ctx.word(k - 1);
      if (w === 'that') {
        if (k === 0) return undefined;
        if (REPORTING_VERBS.has(prev)) return reportedBySomeoneElse(ctx, k - 1) ? 'reports someone else' : undefined;
        if (prev === 'so' || prev === 'such') return 'states a purpose';
        // ", suggesting that …", "showing that …": a participle's complement, asserted as much as its clause.
        if (prev.endsWith('ing')) return undefined;
        if (BE_FORMS.has(prev) || ctx.lexTag(k - 1) === 'Adjective' || /^(likely|possible|plausible|probable|clear|unclear|true|now|given|fact|is)$/.test(prev) || ADJECTIVE_ENDING.test(prev) && !/(ment|ness|tion|sion|ity|ance|ence)s?$/.test(prev)) return undefined;
        // "the draft indicates that", "argued that": a complement clause; "systems of concern that": a relative clause.
        if (verbLike(ctx, k - 1) && !ctx.isDeterminer(k - 2) && !/^(of|for|in|on|with|about)$/.test(ctx.word(k - 2))) return undefined;
        // "evidence that forests are likely to be a source": the content of a piece of evidence or a report, not the writer's hedge.
        if (/^(evidence|findings|indications|signs|reports|claims|view|views|belief|beliefs|assumption|assumptions|argument|arguments|concerns|fears|hopes)$/.test(prev)) return 'reports someone else';
        if (interpretiveVerb(ctx, at)) return undefined;
        return 'picks out a class';
      }
      // ", which might motivate citizens": a non-restrictive clause adds a claim; "systems which may suffer" picks out a class.
      if (ctx.breakBefore(k)) return undefined;
      if (interpretiveVerb(ctx, at)) return undefined;
      return 'picks out a class';
    }
    // "Policymakers have indicated they might reduce …": a reported clause without "that".
    if (REPORTING_VERBS.has(w) && at - k <= 4 && k + 1 < at && (ctx.isSubjectPronoun(k + 1) || ctx.isDeterminer(k + 1))) {
      return reportedBySomeoneElse(ctx, k) ? 'reports someone else' : undefined;
    }
    if (verbLike(ctx, k) && k < at - 1) break;
  }
  // "If your code is, or is likely to become, open source": a condition that opens the sentence runs on through "or".
  if (start > 0 && /^(or|and)$/.test(ctx.word(start)) && /^(if|unless|whether)$/.test(ctx.word(0))) {
    let clauses = 0;
    for (let k = 1; k < start; k++) if (ctx.breakBefore(k)) clauses++;
    if (clauses <= 1) return 'sits in a condition';
  }
  return undefined;
}

/**
 * "Git may seem hard at first, but …", "This might sound obvious, yet …": the writer grants how something looks in
 * order to answer it; the sentence asserts what follows "but", not the appearance.
 */
function concededAppearance(ctx: SentenceContext, modalAt: number): boolean {
  if (!/^(may|might|could)$/.test(ctx.word(modalAt))) return false;
  let k = modalAt + 1;
  while (/^(at|first|also|well|initially|sometimes)$/.test(ctx.word(k))) k++;
  if (!/^(seem|sound|appear|look)$/.test(ctx.word(k))) return false;
  for (let j = k + 1; j < ctx.tokens.length; j++) if (ctx.breakBefore(j) && /^(but|yet|however)$/.test(ctx.word(j))) return true;
  return false;
}

/** "find it helpful to", "find the annex useful": an advice adjective closes the object of "find" within a few words. */
function findsItUseful(ctx: SentenceContext, findAt: number): boolean {
  for (let k = findAt + 1; k < Math.min(ctx.tokens.length, findAt + 9); k++) {
    if (ctx.breakBefore(k) && k > findAt + 1) return false;
    if (ADVICE_ADJECTIVES.has(ctx.word(k))) return true;
    if (/^(Verb|PastTense|PresentTense|Infinitive|Modal|Copula)$/.test(ctx.lexTag(k) ?? '') && k > findAt + 1) return false;
  }
  return false;
}

function modalReason(ctx: SentenceContext, i: number): Verdict {
  const w = ctx.word(i);
  const prev = ctx.word(i - 1);
  // Legal drafting puts an aside between the modal and its verb: "may, by means of implementing acts, lay down", "may by regulations amend".
  let verbAt = ctx.nextContent(i);
  if (ctx.breakBefore(i + 1)) for (let k = i + 2; k < Math.min(ctx.tokens.length, i + 12); k++) if (ctx.breakBefore(k)) { verbAt = k; break; }
  if (ctx.word(verbAt) === 'by' && /^(regulations?|order|orders|notice|decision|means|resolution|directive|rules)$/.test(ctx.word(verbAt + 1))) verbAt += 2;
  const verb = ctx.word(verbAt);
  const negated = ctx.word(i + 1) === 'not' || ctx.word(i + 1) === "n't";

  if (w === 'may') {
    // "in May", "Theresa May", "May 2019", "May I thank ..."
    if (ctx.isCapitalized(i) && (i > 0 || startsWithDigit(ctx.word(i + 1)))) return undefined;
    if (startsWithDigit(ctx.word(i + 1)) || (MONTH_CONTEXT.has(prev) && ctx.word(i + 1) === 'and')) return undefined;
  }
  if (w === 'might' && (NOUN_DETERMINERS.has(prev) || (ctx.isDeterminer(i - 1) && /^(of|and|,)?$/.test(ctx.word(i + 1))) || ['military', 'economic', 'naval', 'industrial', 'financial', 'full'].includes(prev))) return undefined;
  // Inverted modal before a pronoun: "May I thank", "Could you explain", "Might I suggest" — politeness or questions.
  if (i === 0 && ctx.isSubjectPronoun(i + 1)) return undefined;
  if (ctx.word(i + 1) === 'i' || ctx.word(i + 1) === 'you' && ctx.endsWithQuestion()) return undefined;
  if (!verb) return undefined;
  // "What policies could make progress?": a question asserts nothing.
  if (ctx.endsWithQuestion()) return undefined;

  if (verb === 'have' && (PARTICIPLE_ENDINGS.has(ctx.word(verbAt + 1).slice(-2)) || /^(had|been|gone|done|seen|made)$/.test(ctx.word(verbAt + 1)))) return `"${w} have ${ctx.word(verbAt + 1)}" speculates about the past.`;
  // A clause that asserts nothing: a condition ("if funds could be found"), an indirect question ("discuss how it could be
  // shared"), a comparison ("harder than it might seem"), a concession ("although staff may fulfil"), a circumstance
  // ("where germs may spread"), a restrictive relative clause picking out a class ("threats that may have access"),
  // or someone else's claim ("They argue that the process could be copied").
  if (unassertedClause(ctx, i)) return undefined;
  if (concededAppearance(ctx, i)) return undefined;
  if (verb === 'well') return `"${w} well" states a likelihood without its size.`;
  // "might otherwise be too expensive": a counterfactual, not a claim.
  if (ctx.word(i + 1) === 'otherwise' || ctx.word(verbAt + 1) === 'otherwise') return undefined;
  // "may wish to", "might want to consider", "could choose": an option offered, not a possibility.
  if (OPTION_VERBS.has(verb)) return undefined;
  // "Analysts may find it helpful to …", "Readers may find the table in Annex B useful": advice.
  if (verb === 'find' && findsItUseful(ctx, verbAt)) return undefined;
  // "may either remove or improve": alternatives open to someone.
  if (verb === 'either') return undefined;
  // "Fees may vary", "part of the process may involve", "the notion might differ": how cases differ, not doubt about one.
  if (VARIATION_VERBS.has(verb) || VARIATION_VERBS.has(`${verb} ${ctx.word(verbAt + 1)}`) || VARIATION_VERBS.has(`${verb} ${ctx.word(verbAt + 1)} ${ctx.word(verbAt + 2)}`)) return undefined;
  // "Some analysis may be simple, while other analysis may be complex", "Certain projects may …": may over a quantified
  // subject says what holds for some cases, not doubt about one; "may have different needs" says how cases differ.
  if (w !== 'could') {
    const head = ctx.clauseStart(i) === 0 ? 0 : ctx.clauseStart(i);
    const first = /^(while|whereas|but|and|although|though)$/.test(ctx.word(head)) ? head + 1 : head;
    if (/^(some|other|certain|several|many|most|few)$/.test(ctx.word(first)) && i - first <= 4 && !ctx.words.slice(first + 1, i).some((word) => word === 'of' || word === 'that')) return undefined;
    if ((verb === 'have' || verb === 'be') && /^(different|differing|varying|various|diverse)$/.test(ctx.word(verbAt + 1))) return undefined;
  }
  // "There may be cases where …", "there might be times when …": it sometimes happens, a circumstance, not a claim.
  if (verb === 'be' && ctx.word(i - 1) === 'there') {
    let k = verbAt + 1;
    while (k < verbAt + 4 && /^(some|other|certain|many|several|also|occasional|exceptional|rare|specific|particular|a|an|few)$/.test(ctx.word(k))) k++;
    if (/^(cases?|times?|situations?|circumstances?|occasions?|instances?|exceptions?|reasons?|ways?|options?|alternatives?|scenarios?|projects?|areas?|settings?|contexts?)$/.test(ctx.word(k))) return undefined;
  }
  // "might appear", "may at first seem": the appearance verb carries the hedge, and its own check decides.
  for (let k = i + 1; k <= Math.min(i + 3, ctx.tokens.length - 1); k++) {
    if (ctx.breakBefore(k)) break;
    if (/^(seem|appear)$/.test(ctx.word(k))) {
      if (senseReason(ctx, 'appearance', k, k + 1) === undefined) return undefined;
      break;
    }
  }
  if (verb === 'be') {
    // "it might be appropriate to", "could be very useful", "could be one way to", "a tenable starting point": advice or an option weighed.
    let k = verbAt + 1;
    while (k < ctx.tokens.length && DEGREE_WORDS.has(ctx.word(k))) k++;
    // The advice frame is "it may be useful to …"; otherwise only adjectives that can only advise ("appropriate",
    // "advisable") — "growth may be important for jobs" is a claim.
    if (ADVICE_ADJECTIVES.has(ctx.word(k)) && (/^(it|this)$/.test(ctx.word(ctx.subjectBefore(i))) && /^(to|for|if)$/.test(ctx.word(k + 1)) || STRICT_ADVICE.test(ctx.word(k)))) return undefined;
    for (let j = verbAt + 1; j < Math.min(ctx.tokens.length, verbAt + 7); j++) {
      const word = ctx.word(j);
      if (OPTION_NOUNS.has(word) && (j === verbAt + 1 || ctx.isDeterminer(j - 1) || /^(one|another|first|second|possible|tenable|effective|good|useful|better|simple|practical|promising|starting|\w+ive|\w+al|\w+ble)$/.test(ctx.word(j - 1)) || ctx.breakBefore(j - 1))) return undefined;
      if (OBJECT_BOUNDARIES.has(word) || /^(Verb|PastTense|PresentTense|Infinitive|Modal|Copula)$/.test(ctx.lexTag(j) ?? '')) break;
    }
  }
  // "could provide an opportunity", "may provide inspiration", "could provide a critical resource": an opening, not a claim.
  if (/^(provide|offer|create|open|present)$/.test(verb)) {
    for (let j = verbAt + 1; j < Math.min(ctx.tokens.length, verbAt + 5); j++) {
      if (/^(opportunity|opportunities|chance|chances|inspiration|resource|resources|avenue|avenues|platform|template|model|basis|starting)$/.test(ctx.word(j))) return undefined;
      if (OBJECT_BOUNDARIES.has(ctx.word(j))) break;
    }
  }

  let subjAt = ctx.subjectBefore(i);
  // "Holders of a long-term visa may bring": the head of the subject stands before "of".
  for (let k = subjAt - 1; k >= Math.max(ctx.clauseStart(i), subjAt - 6); k--) if (ctx.word(k) === 'of' && k > 0) { subjAt = k - 1; break; }
  const subj = ctx.word(subjAt);

  if (w === 'could' || w === 'might') {
    // "Matching retirees with flexible jobs could allow them to save", "Getting the plan wrong could do harm": a gerund
    // subject names a course of action, and the modal weighs that option, not a claim about the world.
    if (gerundSubject(ctx, i)) return undefined;
    // "Options such as printed reports could be useful", "A focus on children could be a starting point".
    // (Not "Such an approach could result in lower compliance": that predicts the option's effect.)
    if (verb === 'be' || FEASIBILITY_VERBS.has(verb)) for (let k = Math.max(ctx.clauseStart(i), i - 12); k < i; k++) if (OPTION_NOUNS.has(ctx.word(k)) && !/^(way|ways|means|model|tool|tools|step|steps|starting)$/.test(ctx.word(k))) return undefined;
  }
  if (w === 'could') {
    if (negated || ['only', 'still', 'easily', 'readily', 'no', 'never'].includes(ctx.word(i + 1))) return undefined; // "could not attend", "could only be detected", "could no longer visit": (in)ability
    if (verb === 'be' && OBSERVATION_PARTICIPLES.has(ctx.word(verbAt + 1))) return undefined; // "could be detected": what an experiment managed
    if (ctx.word(i - 1) === 'if') return undefined;
    // In a narrative of what happened ("The element worked ... and could mediate", "Before 2019, citizens could"), "could" is past ability.
    if (verb !== 'have' && ctx.tokens.some((_, k) => k < i && (ctx.lexTag(k) === 'PastTense' || PAST_AUXILIARIES.has(ctx.word(k)) || (UNTIL_WORDS.has(ctx.word(k)) && /^\d{4}$/.test(ctx.word(k + 1)))))) return undefined;
    if (NEGATIVE_DETERMINERS.has(ctx.word(ctx.clauseStart(i)))) return undefined; // "No relationship could be established": inability
    // "Few firms could afford it": most could not, an inability; "as much as it could", "as soon as they could": the most that was possible.
    if (ctx.word(ctx.clauseStart(i)) === 'few' || (ctx.word(subjAt - 1) === 'few' && ctx.word(subjAt - 2) !== 'a') || (ctx.word(subjAt - 1) === 'as' && /^(much|many|soon|far|long|quickly|fast|often|well|best)$/.test(ctx.word(subjAt - 2)))) return undefined;
    if (subj === 'you' || subj === 'we' && ctx.endsWithQuestion()) return undefined; // requests
    if ((subj === 'we' || subj === 'i') && OBSERVATION_VERBS.has(verb)) return undefined; // "we could detect three sites": what the study managed
    // "individuals could receive a credit of 30%", "homeowners could claim it", "the levy could fund an allowance": eligibility or feasibility.
    if (FEASIBILITY_VERBS.has(verb)) return undefined;
    // "The state could fund", "California could focus on young children": a proposal or an option for an actor.
    if (ACTION_VERBS.has(verb) && isActor(ctx, subjAt)) return undefined;
    // "could be implemented to achieve efficiencies", "could be mitigated by phasing the benefit out": an option and how to take it.
    if (verb === 'be') {
      const participle = ctx.word(verbAt + 1);
      const after = ctx.word(verbAt + 2);
      // (Not "the filter could be used to censor speech": a use by someone else, a risk held open.)
      if ((participle.endsWith('ed') || participle.endsWith('en') || IRREGULAR_PARTICIPLE.test(participle)) && (OPTION_PARTICIPLES.has(participle) || (PROCEDURAL_PARTICIPLES.has(participle) && !/^(by|as|to)$/.test(after)) || (after === 'by' && ctx.word(verbAt + 3).endsWith('ing')) || after === 'through')) return undefined;
    }
    return `"could ${verb}" presents a possibility${subj ? ` for "${ctx.tokens[subjAt].text}"` : ''}, not a finding.`;
  }

  if (w === 'may') {
    if (subj === 'you') return undefined; // "you may submit": permission to the reader
    // "This document may refer to …": the document's scope.
    if (DOCUMENT_NOUNS.has(subj) && /^(refer|cover|include|describe|contain|apply|mention|discuss|address)$/.test(verb)) return undefined;
    // "Fees may vary by region", "evidence may include bank statements", "may take the form of": how cases differ, not doubt about one.
    if (VARIATION_VERBS.has(verb) || VARIATION_VERBS.has(`${verb} ${ctx.word(verbAt + 1)}`) || VARIATION_VERBS.has(`${verb} ${ctx.word(verbAt + 1)} ${ctx.word(verbAt + 2)}`)) return undefined;
    if (verb === 'be') {
      const participle = ctx.word(verbAt + 1);
      // "may be submitted by email"; with any subject, "may be used for training", "may be made in batches": a permitted use or
      // an option. An agent ("may be used by these firms"), a role ("as a marker") or a purpose ("to rescue the bank") keeps the doubt.
      // "may be made possible", "may be made worse": "made" + an adjective is a result that may come about, not a procedure.
      const complement = ctx.word(verbAt + 2);
      const result = participle === 'made' && complement !== 'available' && (/^(Adjective|Comparative)$/.test(ctx.lexTag(verbAt + 2) ?? '') || /^(worse|better)$/.test(complement) || ADJECTIVE_ENDING.test(complement) && !/ed$/.test(complement));
      if (PROCEDURAL_PARTICIPLES.has(participle) && !result && (isAgentOrDocument(ctx, subjAt) || !/^(by|as|to)$/.test(ctx.word(verbAt + 2)))) return undefined;
      const reason = `"may be ${participle}" presents a possibility, not a finding.`;
      return genericSubject(ctx, i) ? { reason, generic: true } : reason;
    }
    // "These pilots may provide more precise estimates": what something yields as evidence is a prediction, whoever the subject.
    const yieldsEvidence = /^(provide|offer|yield|give|generate|produce)$/.test(verb) && ctx.words.slice(verbAt + 1, verbAt + 5).some((word) => /^(estimates?|evidence|insights?|information|data|answers?|clues?|results?|lessons?)$/.test(word));
    if (isAgent(ctx, subjAt) && !yieldsEvidence) {
      if (negated) return undefined; // "applicants may not": a prohibition
      if (PROCEDURAL_VERBS.has(verb)) return undefined; // "Member States may apply": a right
    }
    // Any person with a procedural verb is given a right or an option: "Guests may bring food", "the partners may choose".
    if (subjAt >= 0 && PROCEDURAL_VERBS.has(verb) && isPersonNoun(ctx, subjAt) && !yieldsEvidence) return undefined;
    const reason = isImpersonal(subj) ? `"${ctx.tokens[subjAt].text} may ${verb}" says it is possible, not that it is allowed.` : `"may ${verb}" says it is possible, not that it is allowed.`;
    return genericSubject(ctx, i) ? { reason, generic: true } : reason;
  }

  // might
  const reason = `"might ${verb}" presents a weak possibility.`;
  return genericSubject(ctx, i) ? { reason, generic: true } : reason;
}

/** Words that make a subject specific: something named, counted, pointed at or quantified. */
const SPECIFIC_SUBJECT_WORDS = /^(it|this|that|these|those|they|there|such|each|every|any|no|some|its|their|our|his|her|my|your|both|all|one|he|she|we|i|you|what|which|who)$/;
/** Words that anchor a possibility in time: a prediction or a past event, not what can happen in general. */
const TIME_ANCHOR = /^((1[89]|20)\d\d(s)?|next|soon|tomorrow|coming|future|forthcoming|already|yet|now|currently|recently|ahead|later|eventually|year|years|months?|quarter|decade)$/;

/**
 * The modal's subject is generic: a bare noun phrase ("Models", "Administrative data", "or business needs") with no
 * determiner, name, number, pronoun or clause inside, and the sentence anchors nothing in time. "Models may contain
 * errors" then says what can happen to such things, which in a document that instructs its reader is a circumstance
 * to plan for, not the writer's doubt about a claim; the pipeline decides with the document (Hit.generic).
 */
function genericSubject(ctx: SentenceContext, modalAt: number): boolean {
  let start = ctx.clauseStart(modalAt);
  if (/^(or|and)$/.test(ctx.word(start))) start++;
  if (start >= modalAt) return false;
  // The head's own determiner makes it specific; one inside its complement ("Users of the outputs") does not.
  let complement = false;
  for (let k = start; k < modalAt; k++) {
    const w = ctx.word(k);
    if (k > start && /^(of|to|for|in|on|with|from|about)$/.test(w)) complement = true;
    // (Not the head: "models", "costs" also read as verbs.)
    const clause = k < modalAt - 1 && /^(PastTense|Modal|Copula|Auxiliary)$/.test(ctx.lexTag(k) ?? '');
    if (((ctx.isDeterminer(k) || SPECIFIC_SUBJECT_WORDS.test(w)) && !complement) || RELATIVE_PRONOUNS.has(w) || /^\d/.test(w) || ctx.isName(k) || clause) return false;
    if (/^(Pronoun|ProperNoun|Person|Place|Organization|Value|Date)$/.test(ctx.lexTag(k) ?? '')) return false;
  }
  if (!/^(Noun|Plural|Singular|Uncountable)$/.test(ctx.lexTag(modalAt - 1) ?? 'Noun') && !ctx.word(modalAt - 1).endsWith('s')) return false;
  for (let k = 0; k < ctx.tokens.length; k++) if (TIME_ANCHOR.test(ctx.word(k))) return false;
  return true;
}

/** "a potential role", "potential binding sites": the adjective hedges; the noun ("the potential to", "membrane potential") does not. */
function attributiveReason(ctx: SentenceContext, i: number): Verdict {
  const next = ctx.word(i + 1);
  const nextTag = ctx.lexTag(i + 1) ?? '';
  if (!next || ctx.breakBefore(i + 1) || /^(to|for|of|in|on|and|or|as|at|with|that|which|than|is|are|was|were|has|have|had|will|would|can|could|may|might)$/.test(next)) return undefined;
  if (/^(Verb|PastTense|PresentTense|Infinitive|Preposition|Conjunction|Modal|Copula|Adverb|Determiner)$/.test(nextTag)) return undefined;
  const prevTag = ctx.lexTag(i - 1) ?? '';
  // "membrane potential changes", "its full potential", "metastatic potential": a noun after a noun or an adjective.
  if (i > 0 && !ctx.isDeterminer(i - 1) && !ctx.breakBefore(i) && /^(Noun|Singular|Plural|Adjective|Uncountable)$/.test(prevTag)) return undefined;
  if (isPersonNoun(ctx, i + 1)) return undefined; // "potential applicants": prospective people, not a hedge
  return hint(`"${ctx.tokens[i].text} ${ctx.tokens[i + 1].text}" presents something proposed as if it were established.`);
}

/** After ", whether" or "(whether": "or" within a short phrase ("whether permanent or temporary", "whether it be X or Y"), a concession. */
function concessiveAlternatives(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < Math.min(ctx.tokens.length, k + 8); j++) {
    if (j > k && ctx.breakBefore(j)) return false;
    if (ctx.word(j) === 'or') return true;
  }
  return false;
}

/** "should" as expectation: a thing (not an actor) that "should be possible", "should help". Obligations and advice are left alone. */
function shouldReason(ctx: SentenceContext, i: number): Verdict {
  if (i === 0 || ctx.endsWithQuestion()) return undefined; // "Should you require ...", "How should costs be shared?"
  const next = ctx.word(i + 1);
  if (next === 'like' || next === 'not' && ctx.word(i + 2) === 'like') return undefined; // "I should like to thank"
  const verbAt = ctx.nextContent(i);
  const verb = ctx.word(verbAt);
  const subjAt = ctx.subjectBefore(i);
  const subj = ctx.word(subjAt);
  if (PERSON_SUBJECTS.has(subj) || isActor(ctx, subjAt)) return undefined; // "you should submit", "the government should publish"
  if (verb === 'be' || verb === 'prove') {
    const adjective = ctx.word(ctx.nextContent(verbAt));
    if (EXPECTATION_ADJECTIVES.has(adjective)) return hint(`"should ${verb} ${adjective}" states an expectation without its basis.`);
    return undefined; // "should be submitted", "should be noted", "should be clear": instruction or advice
  }
  if (EXPECTATION_VERBS.has(verb)) return hint(`"should ${verb}" states an expected outcome without its basis.`);
  if (verb === 'provide' && /^(insights?|clues?|information|a basis|new)$/.test(ctx.word(verbAt + 1))) return hint(`"should provide ${ctx.word(verbAt + 1)}" states an expected outcome without its basis.`);
  return undefined;
}

function isImpersonal(word: string): boolean {
  return ['it', 'this', 'that', 'there', 'these', 'those', 'which'].includes(word);
}

function isAgent(ctx: SentenceContext, i: number): boolean {
  if (i < 0) return false;
  const w = ctx.word(i);
  if (AGENT_NOUNS.has(w)) return true;
  if (['he', 'she', 'they', 'we', 'who'].includes(w)) return true;
  // "IL-13R may share", "p65 may bind": a name with digits is a molecule or a code, not an actor with rights ("the G20 may adopt" is).
  if (/\d/.test(ctx.tokens[i].text) && !/^G\d+$/.test(ctx.tokens[i].text)) return false;
  return ctx.isName(i) && !isImpersonal(w);
}

function isAgentOrDocument(ctx: SentenceContext, i: number): boolean {
  return isAgent(ctx, i) || /^(applications?|requests?|comments?|submissions?|forms?|documents?|appeals?|claims?|complaints?|fees?|fines?|exemptions?|derogations?|data|information|materials?|copies|reports?|notices?|responses?|objections?|extensions?|payments?|penalties|sanctions|it|they|this|these)$/.test(ctx.word(i));
}

function evidentialReason(ctx: SentenceContext, i: number): string | undefined {
  const w = ctx.word(i);
  const prev = ctx.word(i - 1);
  const next = ctx.word(i + 1);
  const inferential = w.startsWith('suggest') || w.startsWith('impl'); // "suggest", "imply": an inference whatever the subject, unless a plan is put forward
  // "more mixed than that claim suggests", "less effective than the figures would indicate": the writer measures the
  // evidence against what something else suggests, and does not hedge.
  const clause = ctx.clauseStart(i);
  if (INFERENCE_VERBS.has(w) && ctx.tokens.slice(clause, i).some((tok) => tok.lower === 'than') && next !== 'that' && next !== 'it') return undefined;
  // "is suggested by the ability of ...", "was first suggested by experiments": the passive names the evidence.
  if (inferential && w.endsWith('ed') && next === 'by' && (BE_FORMS.has(prev) || (BE_FORMS.has(ctx.word(i - 2)) && /^(first|also|further|previously|recently|originally|thus|then)$|ly$/.test(prev)))) {
    const byAt = headAfter(ctx, i + 2);
    if (byAt < ctx.tokens.length && !isActor(ctx, byAt)) return `"${w} by ${ctx.tokens[byAt].text}" rests an inference on evidence without saying how strongly it holds.`;
    return undefined; // "was suggested by the Commission": a proposal
  }
  // Participles handled elsewhere or not evidential: "has been suggested" (passive-attribution),
  // "as suggested by", "as indicated in Table 2", "the suggested changes".
  if (w.endsWith('ed') && (['been', 'be', 'is', 'was', 'are', 'were', 'as', 'the', 'a', 'an', 'being'].includes(prev) || next === 'by' || next === 'in' || next === 'above' || next === 'below')) return undefined;
  if (w.endsWith('ing')) {
    if (ctx.breakBefore(i)) return `", ${w}" draws an inference from what precedes it.`;
    // ", thus suggesting", "thereby implying": the inference drawn from the clause before.
    if (/^(thus|thereby|hence|further|also|strongly|clearly|so|again|therefore)$/.test(prev) && (ctx.breakBefore(i - 1) || !isActor(ctx, i - 2))) return `"${prev} ${w}" draws an inference from what precedes it.`;
    // "a CpG-rich island suggesting expression in the germ line": a finding read as a sign, unless a plan is put forward ("a letter suggesting changes").
    if (inferential && i > 0 && !isActor(ctx, i - 1) && !PERSON_SUBJECTS.has(prev) && !proposesPlan(ctx, i) && /^(Noun|Singular|Plural|Uncountable|)$/.test(ctx.lexTag(i - 1) ?? '') && !ctx.isDeterminer(i - 1)) return `"${w}" reads a finding as a sign of something it does not show.`;
  }
  // "able to suggest the right tools", "guidelines suggest to have data stewards": to recommend; but "seems to suggest" infers.
  if (inferential && ((prev === 'to' && !/^(seem|seems|seemed|appear|appears|appeared|tend|tends|tended|would|might)$/.test(ctx.word(i - 2))) || next === 'to')) return undefined;
  // "suggests the following timelines": a proposal set out below.
  if (next === 'the' && ctx.word(i + 2) === 'following') return undefined;
  let subjAt = ctx.subjectBefore(i);
  if (HAVE_FORMS.has(ctx.word(subjAt))) subjAt = ctx.subjectBefore(subjAt); // "these results have suggested"
  const subj = ctx.word(subjAt);
  const subjIsEvidence = (EVIDENCE_SUBJECTS.has(subj) && !DOCUMENT_NOUNS.has(subj)) || subjectMentionsEvidence(ctx, i);
  // "Page 72 of the draft indicates that", "the draft plan indicates": a document's content reported, not an inference.
  if (w.startsWith('indicat') && (DOCUMENT_NOUNS.has(subj) || (subjAt >= 0 && !subjIsEvidence && (isActor(ctx, subjAt) || isSpeakerNoun(subj))))) return undefined;
  // "CARB suggests that …", "their analogy suggests that …": someone else's claim or proposal, reported.
  if (!subjIsEvidence && subjAt >= 0 && (isAcronym(ctx.tokens[subjAt].text) || DOCUMENT_NOUNS.has(subj) || (subjAt > 0 && /^(their|his|her)$/.test(ctx.word(subjAt - 1))))) return undefined;
  // "suggests that policies “could potentially reduce” emissions": the complement quotes its source.
  if (next === 'that') for (let k = i + 2; k < Math.min(ctx.tokens.length, i + 14); k++) if (insideQuotation(ctx, k)) return undefined;
  // "we … suggest paths toward feasible legislation", "which approach it suggested": the writer's or someone's proposal.
  if (inferential && next !== 'that' && (PERSON_SUBJECTS.has(subj) || ctx.words.slice(ctx.clauseStart(i), i).some((word) => word === 'we' || word === 'i')) && !['it', 'they', 'this', 'these', 'there'].includes(next)) return undefined;
  if (inferential && w.endsWith('ed') && PROPOSAL_OBJECTS.has(ctx.word(subjAt - 1))) return undefined;
  // "Earlier studies suggest that … (Dowd et al. 2017)", "@smith2019 find that": a cited work's inference, reported; the
  // writer's own ("our estimates suggest that") still hedges.
  if (next === 'that' && (citationSubject(ctx, i) || (citesSource(ctx) && !(subjAt >= 0 && writerSubject(ctx, subjAt))))) return undefined;
  if (next === 'that') {
    // "suggests that Member States should ..." proposes; "the results suggest that X should be useful" still infers.
    if (!subjIsEvidence && subjunctiveAfterThat(ctx, i + 2)) return undefined;
    // A body or an official that "suggests that ..." is making a proposal: "The Commission suggests that Member States adopt".
    if (subjAt >= 0 && !subjIsEvidence && (AGENT_NOUNS.has(subj) || ctx.isEntity(subjAt))) return undefined;
    if (subjIsEvidence) return `"${subj} ${w} that" infers from evidence without saying how strongly it holds.`;
    if (PERSON_SUBJECTS.has(subj)) return `"${ctx.tokens[subjAt].text} ${w} that" puts forward a tentative conclusion.`;
    return `"${w} that" presents an inference, not a finding.`;
  }
  // "SCL suggests it is important": a clause follows without "that".
  if (['it', 'they', 'this', 'these', 'there'].includes(next) && !w.startsWith('propos')) return `"${w} ${ctx.tokens[i + 1].text} …" presents an inference, not a finding.`;
  // "the report suggests three options", "respondents suggested extending the deadline"; but "this suggests a change of course":
  // a demonstrative subject points back to a finding, and what it suggests is read from it.
  // Measurements cannot propose: "the results suggest a new option for treatment" still infers.
  if (!POINTING_SUBJECTS.has(subj) && !MEASUREMENTS.has(subj) && proposesPlan(ctx, i)) return undefined;
  if (w.startsWith('indicat') && !subjIsEvidence) return undefined; // "the minister indicated his support"
  if (subjIsEvidence && subjAt >= 0) return `"${subj} ${w}" infers from evidence without saying how strongly it holds.`;
  // "This tight correlation ... suggests a critical role": a thing, not an actor, suggests what it is a sign of.
  // A person, state or body that suggests something is proposing it: "Russia suggests a step-by-step scenario".
  if (inferential && !w.endsWith('ing') && subjAt >= 0 && !PERSON_SUBJECTS.has(subj) && !isActor(ctx, subjAt)) return `"${w}" with "${ctx.tokens[subjAt].text}" as its subject reads a finding as a sign of something it does not show.`;
  return undefined;
}

/** The object of "suggest" is a plan, not a state of affairs: a gerund ("suggested extending") or a proposal noun ("three options"). */
function proposesPlan(ctx: SentenceContext, i: number): boolean {
  const first = ctx.word(i + 1);
  if (first.endsWith('ing') && !ctx.breakBefore(i + 1) && ctx.lexTag(i + 1) !== 'Noun') return true;
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 7); k++) {
    if (k > i + 1 && ctx.breakBefore(k)) break;
    const word = ctx.word(k);
    if (PROPOSAL_OBJECTS.has(word)) return true;
    if (OBJECT_BOUNDARIES.has(word)) break;
  }
  return false;
}

/** The head of the noun phrase starting at k: skips determiners and adjectives. */
function headAfter(ctx: SentenceContext, k: number): number {
  let j = k;
  while (j < Math.min(ctx.tokens.length - 1, k + 4) && (ctx.isDeterminer(j) || /^(Adjective|Adverb|Value|Cardinal)$/.test(ctx.lexTag(j) ?? '') || /^(many|several|various|other|further|previous|recent|earlier|more)$/.test(ctx.word(j)))) j++;
  return j;
}

/** A noun for people in a role: "applicants", "investors", "the planner". */
function isPersonNoun(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  return AGENT_NOUNS.has(w) || ctx.lexTag(k) === 'Actor' || (w.endsWith('s') && lexiconTag(w.slice(0, -1)) === 'Actor');
}

/** A person, body or state: something that can propose. A named gene or an acronym ("NF-kappaB", "IL-2") is not. */
function isActor(ctx: SentenceContext, k: number): boolean {
  if (k < 0 || k >= ctx.tokens.length) return false;
  const w = ctx.word(k);
  if (PERSON_SUBJECTS.has(w) || AGENT_NOUNS.has(w) || ctx.isEntity(k)) return true;
  // People by occupation ("the planner", "psychologists"): the lexicon's Actor nouns, singular or plural.
  if (isPersonNoun(ctx, k)) return true;
  // A capitalised word inside the sentence with no digits, hyphens or capitals after the first: "Macron", "Moscow".
  return k > 0 && isTitleCaseWord(ctx.tokens[k].text) && ctx.lexTag(k) === undefined;
}

/**
 * A capitalised word with no digits, hyphens or capitals after the first (TITLE_CASE_WORD). An ASCII word is
 * read by its character codes: the \p{...} regex is compiled only for a word with other letters, which English text rarely has.
 */
function isTitleCaseWord(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 0x80) return TITLE_CASE_WORD.test(text);
  if (first < 0x41 || first > 0x5a || text.length < 2) return false; // not A-Z, or nothing after it
  for (let c = 1; c < text.length; c++) {
    const code = text.charCodeAt(c);
    if (code >= 0x80) return TITLE_CASE_WORD.test(text);
    if (code < 0x61 || code > 0x7a) return false; // not a-z
  }
  return true;
}

/** "Studies of the function of SCL suggest": an evidence noun anywhere in the subject. */
function subjectMentionsEvidence(ctx: SentenceContext, i: number): boolean {
  for (let k = ctx.clauseStart(i); k < i; k++) if (EVIDENCE_NOUNS.has(ctx.word(k))) return true;
  return false;
}

/** "that Member States adopt", "that it be", "that we should": a mandative clause (a proposal). */
function subjunctiveAfterThat(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < Math.min(ctx.tokens.length, k + 6); j++) {
    const w = ctx.word(j);
    if (w === 'should') return true;
    if (w === 'be' && j > k && j <= k + 3 && !['may', 'might', 'could', 'would', 'will', 'can', 'to', 'not', 'must', 'cannot'].includes(ctx.word(j - 1))) return true;
  }
  return false;
}

export const hedge: Rule = {
  meta: {
    id: 'hedge',
    title: 'Hedge',
    description: 'Words that weaken a claim without saying how uncertain it is: may, might, could where they say something is possible; perhaps, probably, likely, seems, suggests, I would argue, to our knowledge. Permission, options, advice, eligibility, groups ("systems that may suffer"), conditions, indirect questions, concessions and other people\'s reported views are left alone. Open questions stated as such ("it is unclear whether …") and words that are hedges less often (an expected "should", "can be high", "a potential risk", "whether", "implies", "we assume", "generally") are shown only with the thorough sensitivity, as hints.',
    defaultSeverity: 'information',
    silencedByEvidence: false,
    silencedByAttribution: false,
    policy: { sentenceClass: 'speculative', marksUncertain: true, yieldsTo: ['hedge-stack', 'passive-attribution', 'weasel'], countsAsHedge: true, statesLikelihood: true, acceptsTerms: true, plural: 'hedges' },
    messages: {
      hedge: '"{{cue}}" hedges this claim: say how certain it is and why, or state it plainly.',
    },
    examples: {
      flag: [
        { text: 'It may rain tomorrow.', flagged: 'may' },
        { text: 'Sanctions might hurt exporters more than the regime.', flagged: 'might' },
        { text: 'Self-driving buses may increase mobility for older residents.', flagged: 'may' },
        { text: 'Preliminary tax data may understate the benefit to low earners.', flagged: 'may' },
        { text: 'The reform would likely strain council budgets.', flagged: 'likely' },
        { text: 'I would argue that the levy has failed.', flagged: 'I would argue' },
        { text: 'The approach has the potential to block most intrusions.', flagged: 'has the potential to', thorough: true },
        { text: 'We expect to see similar plans for software in future.', flagged: 'We expect' },
        { text: 'We assume the grant is untaxed, though this may be unrealistic.', flagged: 'may' },
        { text: 'The exact place was not announced, perhaps for security reasons.', flagged: 'perhaps' },
        { text: 'The data suggest that sanctions rarely work.', flagged: 'suggest' },
        { text: 'The agreement is likely to fail.', flagged: 'likely' },
        { text: 'The regime appears to be preparing a test.', flagged: 'appears' },
        { text: 'Falling vacancy rates suggest a recovery in hiring.', flagged: 'suggest' },
        { text: 'The long-run effect of the levy on rents is unclear.', flagged: 'unclear' },
        { text: 'Prices may rise next year, but wages will rise faster.', flagged: 'may' },
        { text: 'The new portal should be operational by the spring.', flagged: 'should', thorough: true },
        { text: 'The audit found two potential sources of fraud.', flagged: 'potential', thorough: true },
        { text: 'One possibility is that the subsidy raised land prices.', flagged: 'possibility' },
        { text: 'Small firms generally pay the levy late.', flagged: 'generally', thorough: true },
        // The writer's own finding keeps its hedge, even with a citation beside it (round 2).
        { text: 'We find that the grant could push up land prices [4].', flagged: 'could' },
        { text: 'Whether councils will adopt the code remains to be seen.', flagged: 'remains to be seen', thorough: true },
        { text: 'The effect of the levy on emissions remains unclear.', flagged: 'remains unclear' },
      ],
      allow: [
        'Member States may submit comments by 30 June.',
        'Applicants may not apply twice.',
        // Advice, a condition, a conceded appearance (issue 12).
        'Readers may find the regional breakdown in Annex B useful.',
        'Where the scope is unclear, agree it in writing with the commissioner.',
        'The checklist may seem long at first, but most items take minutes.',
        'I should like to thank the rapporteur.',
        'Russia suggests a more realistic scenario of gradual denuclearisation.',
        'Chita lies about 1,700 kilometres from Vladivostok.',
        'The minister appeared in court on Monday.',
        'Responses should be sent as soon as possible.',
        'The summit took place in May 2019.',
        'The report suggests three options for reform.',
        'Applicants should send their forms to the address below.',
        // Options, advice, wishes and eligibility (issue 12).
        'Sanctions might be considered as an alternative.',
        'Councils may wish to publish their registers early.',
        'It might be appropriate to fix the flaw privately.',
        'A focus on older tenants could be a sensible first step.',
        'Between 2019 and 2022, tenants could claim the allowance once.',
        'The county could fund a pilot with the remaining grant.',
        // Circumstance, classes, conditions, comparisons, concessions, reported views, proportions.
        'Programmes may go through several phases before they close.',
        'Agencies should list other systems that may hold personal data.',
        'The fund reaches families who might otherwise be missed.',
        'If the grant could be doubled, the backlog would clear.',
        'Reform is harder than it might seem.',
        'They argue that the model could be copied by other regions.',
        'Older tenants were more likely to claim the allowance.',
        'The Cabinet Office suggests the following deadlines:',
        'Page 12 of the draft indicates that the agency expects a deficit.',
        'A default is very likely (80–90%) before 2027.',
        'The Regulation offers the possibility of remote hearings.',
        'To test this possibility, the department compared two regions.',
        'Fees may vary by region.',
        'The grant may be used for staff training.',
        'Guests may bring their own food.',
        // An open question stated as such weakens no claim (round 2): a hint.
        'It is unclear whether the levy has cut emissions.',
        // A cited work's finding, reported: its hedge is the source's (round 2).
        'Earlier evaluations find that the grant could push up land prices (Hilber 2015).',
        'Previous studies suggest that the levy may cut demand by a tenth [4].',
      ],
    },
  },
  cueWords: hedges.firstWords(),
  check(ctx) {
    const cues = findHedges(ctx);
    const hits: Hit[] = [];
    // A loop building each hit whole: spreads (span, the optional cap) and a callback cost runtime calls per hit before the JIT.
    for (let c = 0; c < cues.length; c++) {
      const cue = cues[c];
      const start = ctx.tokens[cue.from].start;
      const end = ctx.tokens[cue.to - 1].end;
      const hit: Hit = {
        start,
        end,
        messageId: 'hedge',
        data: { cue: ctx.text.slice(start, end) },
        category: cue.entry.category,
        reason: `${cue.reason} ${cue.entry.note}`,
        alternatives: cue.entry.alternatives,
        fixes: [],
      };
      // Never a fix that makes the claim stronger than its evidence: say how likely it is, cite what it
      // rests on, or (where the sentence carries evidence: analyze.ts decides) take the hedge away.
      const rewrite = likelihoodRewrite(ctx, cue.from, cue.to);
      if (rewrite) {
        hit.rewrite = rewrite;
        hit.fixes.push('likelihood');
      }
      hit.fixes.push('cite-basis');
      const removal = hedgeRemoval(ctx, cue.from, cue.to, cue.entry.fix === 'remove');
      if (removal) {
        hit.removal = removal;
        hit.fixes.push('remove-hedge');
      }
      if (cue.cap) hit.cap = cue.cap;
      if (cue.reportsWork) hit.reportsWork = true;
      if (cue.generic) hit.generic = true;
      hits.push(hit);
    }
    return hits;
  },
};
