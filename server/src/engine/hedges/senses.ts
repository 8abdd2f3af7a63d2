// hedge: one check per sense (data/hedges.json names each entry's sense): whether this occurrence hedges, and why.
import { type SentenceContext } from '../context';
import { recordAfter, recordOpening } from '../evidence';
import { contextWords } from '../lexicon';
import { isAcronym, startsWithDigit } from '../text-shape';
import {
  KNOWLEDGE_GAPS,
  adjectiveLike,
  calibrated,
  citesSource,
  concededAppearance,
  insideQuotation,
  modalBefore,
  nounFollows,
  openQuestion,
  proposesPlan,
  recommendationFollows,
  subjunctiveAfterThat,
  unassertedClause,
} from './clauses';
import { asDiscretion, modalReason, obligesAnActor, shouldReason } from './modal';
import {
  citationSubject,
  genericSubject,
  headAfter,
  isActor,
  isPersonNoun,
  isSpeakerNoun,
  subjectMentionsEvidence,
  writerSubject,
} from './subjects';
import { hint, type Sense, type Verdict } from './verdict';
import {
  ADJECTIVE_ENDING,
  ADVICE_ADJECTIVES,
  AGENT_NOUNS,
  BEFORE_PREDICATIVE,
  BE_FORMS,
  DEGREE_WORDS,
  DOCUMENT_NOUNS,
  EVIDENCE_SUBJECTS,
  HAVE_FORMS,
  INFERENCE_VERBS,
  INQUIRY_WORDS,
  IRREGULAR_PARTICIPLE,
  MEASUREMENTS,
  NEGATIONS,
  NEGATIVE_OPENERS,
  OPPORTUNITY_VERBS,
  PERSON_SUBJECTS,
  POINTING_SUBJECTS,
  PROPOSAL_OBJECTS,
  RANGE_OF_OPTIONS,
  RESEARCH_OBJECTS,
  STATISTICAL_MEASURES,
  STRICT_ADVICE,
  UNASSERTING_PLAIN,
  UNCERTAINTY_WORDS,
  UNKNOWN_ADJECTIVES,
} from './words';

/** A sense's check: why this occurrence (tokens from..to, first word w) hedges, or undefined when it does not here. */
type SenseCheck = (ctx: SentenceContext, from: number, to: number, w: string) => Verdict;

/**
 * Quantities whose uncertainty a writer states openly: "These estimates are uncertain", "Such forecasts are uncertain"
 * tells the reader how far to trust the numbers, and weakens no claim ("the effect of the levy is uncertain" still does).
 */
const QUANTITIES_STATED = new Set(['estimates', 'forecasts', 'projections', 'figures', 'numbers', 'costings']);

/** What one side expects of another: "We expect a reply", "we expect an apology", "we expect full cooperation". */
const DEMANDED = new Set([
  'reply',
  'response',
  'answer',
  'explanation',
  'apology',
  'cooperation',
  'co-operation',
  'assurances',
  'clarification',
]);

/** "a 60% chance", "a probability of 0.7" earlier in the sentence than token `before`. */
function probabilityStatedBefore(ctx: SentenceContext, before: number): boolean {
  for (let k = 0; k < before; k++) {
    if (!/^(chance|chances|probability|likelihood|odds)$/.test(ctx.word(k))) continue;
    for (let j = Math.max(0, k - 3); j <= Math.min(before - 1, k + 3); j++) if (startsWithDigit(ctx.word(j))) return true;
  }
  return false;
}

/** "when I think …", "whenever we think of …": what comes to mind, not an opinion held. */
const ASSOCIATION_OPENERS = new Set(['when', 'whenever', 'if']);

/** "…, I think 'jobs'" after "when I think 'climate change'": the second half of an association. */
function thinksOfSomething(ctx: SentenceContext, to: number, from: number): boolean {
  if (ctx.word(to) === 'of' || ctx.word(to) === 'about') return true;
  for (let k = 0; k < from; k++) if (ASSOCIATION_OPENERS.has(ctx.word(k)) && ctx.word(k + 2) === 'think') return true;
  return false;
}

/** "Perhaps …, or perhaps …": a sentence that lays out two possibilities side by side. */
function offersBothBranches(ctx: SentenceContext): boolean {
  for (let k = 2; k < ctx.tokens.length - 1; k++)
    if (ctx.word(k) === 'or' && ctx.word(k + 1) === 'perhaps' && ctx.words.indexOf('perhaps') < k) return true;
  return false;
}

/** Hedging adverbs that a reported clause carries as its source's words ("estimated that exports could reach perhaps 5 bcm"). */
/** "more importantly", "even more significantly", "most crucially": an adverb that ranks the point it opens. */
function ranksOwnPoint(ctx: SentenceContext, to: number): boolean {
  const k = ctx.word(to) === 'even' ? to + 1 : to;
  return (ctx.word(k) === 'more' || ctx.word(k) === 'most') && POINT_RANKING_ADVERBS.has(ctx.word(k + 1));
}
/** After "believe" at `at`: "with (abiding) conviction", "with all my heart", "with every fibre of my being". */
function declaresConviction(ctx: SentenceContext, at: number): boolean {
  // "I believe firmly that …": conviction declared, as "I firmly believe"
  if (/^(firmly|fully|strongly|sincerely|profoundly|deeply)$/.test(ctx.word(at))) return true;
  if (ctx.word(at) !== 'with') return false;
  for (let k = at + 1; k < Math.min(ctx.tokens.length, at + 7) && !ctx.breakBefore(k); k++)
    if (/^(conviction|convictions|heart|soul|being|certainty|confidence)$/.test(ctx.word(k))) return true;
  return false;
}

/** After "I believe" at k: "(that) the/this/our <proposal>", a proposal named as the believed clause's subject. */
function endorsesProposal(ctx: SentenceContext, k: number): boolean {
  let m = ctx.word(k) === 'that' ? k + 1 : k;
  if (!/^(the|this|that|these|those|our|my|such|its)$/.test(ctx.word(m))) return false;
  m++;
  if (ctx.lexTag(m) === 'Adjective' || ctx.word(m) === 'revised') m++;
  if (!ENDORSED_PROPOSALS.has(ctx.word(m))) return false;
  // ("We believe these measures would cost the taxpayer less", "… will help achieve stability": a forecast of their effect)
  for (let j = m + 1; j < ctx.tokens.length && !(j > m + 1 && ctx.breakBefore(j) && ctx.gapBefore(j).includes(';')); j++)
    if (/^(will|would|could|may|might|shall)$/.test(ctx.word(j))) return false;
  return true;
}
const ENDORSED_PROPOSALS = contextWords.endorsedProposals;

/** What a writer recommends by naming it the best: "the best piece of advice", "the simplest way". */
const ADVICE_NOUNS = new Set([
  'advice',
  'way',
  'ways',
  'approach',
  'course',
  'rule',
  'tip',
  'thing',
  'option',
  'practice',
  'remedy',
  'answer',
  'step',
]);
/** What someone will judge fit: "as shall appear proper". */
const DISCRETIONARY_JUDGEMENTS = new Set([
  'eligible',
  'proper',
  'expedient',
  'necessary',
  'advisable',
  'best',
  'fit',
  'desirable',
  'needful',
  'right',
  'just',
  'wise',
  'practicable',
  'appropriate',
  'suitable',
]);
/** What a writer makes for a course of action: "an argument for the repeal", "the case for reform". */
const CASE_NOUNS = new Set(['argument', 'arguments', 'case', 'reason', 'reasons', 'ground', 'grounds', 'justification']);
/** Verbs of adding or contributing before "to our knowledge of …". */
const ADDED_TO = new Set([
  'made',
  'make',
  'makes',
  'added',
  'add',
  'adds',
  'adding',
  'contributed',
  'contribute',
  'contributes',
  'contributing',
  'addition',
  'additions',
  'contribution',
  'contributions',
]);
/** Comparatives of advice after "would perhaps be": "better", "wiser", "preferable". */
const ADVISING = new Set(['better', 'wiser', 'preferable', 'advisable', 'best', 'wisest']);
/** Words before a gerund that name the act rather than perform it: "against assuming", "avoid assuming". */
const NAMES_AN_ACT = new Set(['against', 'without', 'about', 'of', 'avoid', 'avoids', 'stop', 'from']);
const POINT_RANKING_ADVERBS = new Set([
  'importantly',
  'significantly',
  'crucially',
  'fundamentally',
  'seriously',
  'urgently',
  'interestingly',
]);

const REPORTED_ADVERBS = new Set(['perhaps', 'probably', 'presumably', 'possibly', 'likely', 'maybe', 'conceivably', 'plausibly']);

/** Verbs that read evidence rather than report words: a hedge under them is the writer's own reading. */
export const EVIDENTIAL_STEM = /^(suggest|indicat|impl|show|demonstrat)/;

/** The lexicon's tags of the words of a verb group: "could add", "will be", "has been". */
const VERB_GROUP_TAGS = new Set(['Modal', 'Auxiliary', 'Copula', 'Verb', 'Infinitive', 'PresentTense', 'PastTense']);

const POSSIBILITY_ASIDES = new Set(['possibly', 'perhaps', 'maybe']);
/** Token i opens a bracketed aside, alone or after "or": "(possibly …", "(or perhaps …". */
function opensAnAside(ctx: SentenceContext, i: number): boolean {
  if (ctx.gapBefore(i).includes('(')) return true;
  return ctx.word(i - 1) === 'or' && ctx.gapBefore(i - 1).includes('(');
}
/** A figure between token i and the bracket that closes its aside. */
function figureInAside(ctx: SentenceContext, i: number): boolean {
  const close = ctx.text.indexOf(')', ctx.tokens[i].end);
  return /\d/.test(ctx.text.slice(ctx.tokens[i].end, close < 0 ? undefined : close));
}

/** Token i stands inside a bracket opened earlier in the sentence: an aside. */
function inParentheses(ctx: SentenceContext, i: number): boolean {
  const before = ctx.text.slice(0, ctx.tokens[i].start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** One check per sense: a sense without its check does not compile, and data/hedges.json may name only these (a data test). */
/** From `at`: degree words, an advising adjective ("important", "essential", "wise"; "… and desirable"), then "to" or "that". */
function judgesACourse(ctx: SentenceContext, at: number): boolean {
  let k = at;
  while (k < ctx.tokens.length && (DEGREE_WORDS.has(ctx.word(k)) || STRESSING.has(ctx.word(k)))) k++;
  if (!ADVICE_ADJECTIVES.has(ctx.word(k)) && !ESSENTIAL.has(ctx.word(k))) return false;
  if (ctx.word(k + 1) === 'and' && (ADVICE_ADJECTIVES.has(ctx.word(k + 2)) || ESSENTIAL.has(ctx.word(k + 2)))) k += 2;
  return ctx.word(k + 1) === 'to' || ctx.word(k + 1) === 'that';
}
const ESSENTIAL = new Set(['essential', 'vital', 'urgent', 'imperative', 'proper', 'right']);
/** A word of frequency in the clause before `to`: "often", "usually", "more often than not". */
function usuallyHolds(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (USUALLY.has(ctx.word(k))) return true;
  return false;
}
const USUALLY = new Set(['often', 'usually', 'typically', 'generally', 'frequently', 'commonly', 'normally']);
/** Things that indicate literally: a sign, a message, a warning (data/context.json). */
const SIGNS = contextWords.signNouns;
/** Those a body's expectations are addressed to: "we expect that contributors …". */
const ADDRESSED_ROLES = contextWords.addressedRoles;
/** The writer's reaction to what she shows: "it seems surprising that …". */
const REACTIONS = contextWords.reactionAdjectives;
/** A course of action judged: "it seems absurd for us to …". */
const VALUE_JUDGEMENTS = contextWords.courseJudgements;
/** What a writer takes on: "it has seemed to be my duty". */
const DUTIES = contextWords.dutyNouns;
const STRESSING = new Set(['most', 'especially', 'equally', 'absolutely', 'truly', 'really']);

const SENSE_CHECKS: Record<Sense, SenseCheck> = {
  plain(ctx, from, to, w) {
    // "If you worked hard, chances are you'd have a job for life", "Maybe you'd even have the pride of …": the odds within a
    // picture put to the listener, not the writer's doubt about a claim
    if (ctx.word(to) === "you'd" || (ctx.word(to) === 'you' && ctx.word(to + 1) === 'would')) return undefined;
    // "the apparently slight, but really important, modifications": how a thing looks, set against what it is; no doubt
    if ((w === 'apparently' || w === 'seemingly') && appearanceSetAgainstFact(ctx, to)) return undefined;
    // "accomplished the seemingly impossible": how the feat looked, the adjective made a noun, no claim weakened
    if (w === 'seemingly' && ctx.word(from - 1) === 'the' && to < ctx.tokens.length && ctx.clauseEndsBefore(to + 1)) return undefined;
    // "Assuming that you use git, use the prefix flag": the reader's case, then what to do
    if (w === 'assuming' && ctx.word(to) === 'you') return undefined;
    // "As you can probably guess from the names, …": a courtesy to the reader, no claim weakened
    if (
      (w === 'probably' || w === 'perhaps') &&
      ctx.word(from - 1) === 'can' &&
      ctx.word(from - 2) === 'you' &&
      ctx.word(from - 3) === 'as'
    )
      return undefined;
    // "The outcome still remains uncertain", "the uncertain state of international questions", "the roles are unclear": a
    // property of the thing named, stated; a hint ("it is uncertain whether …" below, "it is unclear that …" hedge)
    if (
      (w === 'uncertain' || w === 'unclear') &&
      (BEFORE_PREDICATIVE.has(ctx.word(from - 1)) || /^(the|an|this|its|their|our|and|or)$/.test(ctx.word(from - 1))) &&
      !expletiveSubject(ctx, from)
    )
      return hint(`"${w}" says that something is not settled, without weakening a claim.`);
    // "It is unclear whether the levy works", "Whether panels will value it remains to be seen": an open question stated
    // as such, not a claim held open; a hint.
    if (KNOWLEDGE_GAPS.test(ctx.word(to - 1)) && openQuestion(ctx, from, to))
      return hint(
        `"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end)}" states that a question is open, without weakening a claim.`,
      );
    // "these images can be sent to another server (possibly with the nc tool)", "…, possibly using a different language",
    // "you would install the server, possibly together with the web frontend": an option named, not a claim held open
    // ("possibly by 5%" still hedges; "will pass, possibly together with the budget" too, where no reader is told what to do).
    if (
      w === 'possibly' &&
      (/^(with|using|via|through)$/.test(ctx.word(to)) ||
        (ctx.word(to) === 'together' && ctx.word(to + 1) === 'with' && ctx.words.includes('you'))) &&
      (ctx.gapBefore(from).includes('(') || ctx.gapBefore(from).includes(','))
    )
      return undefined;
    // "could not possibly survive", "cannot possibly be": an emphatic impossibility, the opposite of a hedge; "every business
    // that can possibly afford it": as far as one is able ("could possibly add" still hedges).
    if (w === 'possibly' && /^(not|n't|cannot|never|can)$/.test(ctx.word(from - 1))) return undefined;
    // "(possibly higher-dimensional) contingency tables", "only a few rows (perhaps zero or one)", "use emmeans() (or possibly
    // ref_grid())": an aside that opens on the adverb names an option or an example, no claim held open ("(perhaps 5%)" still
    // hedges an estimate)
    if (POSSIBILITY_ASIDES.has(w) && opensAnAside(ctx, from) && !figureInAside(ctx, from)) return undefined;
    // "We will propose a top rate of no more than 35 percent, and possibly lower": an option within the writer's own proposal
    if (w === 'possibly' && /^(and|or)$/.test(ctx.word(from - 1)) && proposesBefore(ctx, from)) return undefined;
    // "It having come to my knowledge that …", "brought to our knowledge": news that reached the writer, not a limit on a claim
    // ("as far as they have come to my knowledge" still limits the claim); "additions have been made to our knowledge of the
    // river", "adds to our knowledge of": knowledge as what grows, followed by what it is of
    if (
      ctx.word(to - 1) === 'knowledge' &&
      from > 0 &&
      ((/^(come|came|coming|brought|bring|been)$/.test(ctx.word(from - 1)) &&
        !ctx.words.slice(Math.max(0, from - 7), from).includes('far')) ||
        (ctx.word(to) === 'of' && ADDED_TO.has(ctx.word(from - 1))))
    )
      return undefined;
    // "Perhaps the best piece of advice for reviewers is this:", "probably the simplest way is to": a recommendation put softly
    if (
      (w === 'perhaps' || w === 'probably' || w === 'maybe') &&
      ctx.word(to) === 'the' &&
      /^(best|wisest|simplest|safest|easiest)$/.test(ctx.word(to + 1)) &&
      ctx.words.slice(to + 2, to + 5).some((word) => ADVICE_NOUNS.has(word))
    )
      return undefined;
    // "perhaps it is best not to use the extensions", "probably it is better to wait": a recommendation put softly
    if (
      (w === 'perhaps' || w === 'probably') &&
      ctx.word(to) === 'it' &&
      /^(is|would)$/.test(ctx.word(to + 1)) &&
      ADVISING.has(ctx.word(to + (ctx.word(to + 1) === 'would' ? 3 : 2)))
    )
      return undefined;
    // "you will probably want to install them": the reader's choice guessed at, as a guide does
    if (
      w === 'probably' &&
      ctx.word(to) === 'want' &&
      /^(you|will|you'll|you’ll|would)$/.test(ctx.word(from - 1)) &&
      ctx.words.slice(Math.max(0, from - 3), from).includes('you')
    )
      return undefined;
    // "cautioned against assuming that", "without assuming that": the act of assuming named, not the writer's assumption.
    if (w === 'assuming' && NAMES_AN_ACT.has(ctx.word(from - 1))) return undefined;
    // "and perhaps more importantly, …", "Perhaps most significantly": the writer ranks her own points, no claim held open.
    if ((w === 'perhaps' || w === 'possibly') && ranksOwnPoint(ctx, to)) return undefined;
    // "Perhaps we can negotiate a new agreement, or perhaps we can't": both branches of a choice laid out, no claim weakened.
    if (w === 'perhaps' && offersBothBranches(ctx)) return undefined;
    // "make sure the variable is not referenced elsewhere, possibly by copying it": one way of doing it offered
    if (
      (w === 'possibly' || w === 'perhaps') &&
      ctx.word(to) === 'by' &&
      ctx.word(to + 1).endsWith('ing') &&
      ctx.breakBefore(from) &&
      (ctx.words.includes('you') || ctx.lexTag(0) === 'Infinitive')
    )
      return undefined;
    // "keeping separate topics on separate branches, perhaps like so:": a way of doing it shown, an example
    if ((w === 'perhaps' || w === 'maybe') && /^(like|as)$/.test(ctx.word(to)) && /^(so|this|follows)$/.test(ctx.word(to + 1)))
      return undefined;
    // "And maybe it's time that stopped", "Perhaps it is time to rethink the levy": a proposal put softly.
    if ((w === 'maybe' || w === 'perhaps') && timeToAct(ctx, to)) return undefined;
    // "you probably should subscribe to the announcements list": advice softened, not a claim weakened.
    // ("could and probably should have been declared": a judgement of the past, still hedged)
    if ((w === 'probably' || w === 'perhaps') && /^(should|ought)$/.test(ctx.word(to)) && ctx.word(to + 1) !== 'have') return undefined;
    // "who should probably receive copies", "you should probably subscribe": advice softened, the adverb after its modal
    if (w === 'probably' && /^(should|ought)$/.test(ctx.word(from - 1))) return undefined;
    // "free to delegate the work if the issue probably never occurred in mainline": a judgement the rule's condition asks for,
    // not the writer's doubt
    if ((w === 'probably' || w === 'possibly') && unassertedClause(ctx, from) === 'sits in a condition') return undefined;
    // "would perhaps be better employed in …", "it would perhaps be wiser to wait": a recommendation put politely
    if ((w === 'probably' || w === 'perhaps') && ctx.word(from - 1) === 'would' && ctx.word(to) === 'be' && ADVISING.has(ctx.word(to + 1)))
      return undefined;
    // "Perhaps your question has to do with …", "Perhaps you tried to …": the reader's case guessed at, as a guide does
    // ("if your question is …"), no claim about the world.
    if ((w === 'maybe' || w === 'perhaps') && /^(you|your)$/.test(ctx.word(to))) return undefined;
    // "I will not speculate about timing": a refusal to guess, no claim held open.
    if (w.startsWith('speculat') && /^(not|n't|never|won't|cannot)$/.test(ctx.word(from - 1))) return undefined;
    // "uncertain lifespans", "unclear guidance": the adjective describes a thing; "when projects are uncertain about
    // their needs": someone else's state of mind. Neither weakens the writer's claim.
    // "Uncertain as to his fate, …", "Uncertain as we must ever be of …": an opening phrase of someone's state of knowledge,
    // the reason for what follows, not a doubt cast on a claim
    if (w === 'uncertain' && from === 0 && ctx.word(to) === 'as') return undefined;
    if ((w === 'uncertain' || w === 'unclear') && to === from + 1) {
      const next = ctx.word(to);
      // "more often than not the form of autocorrelation is unclear": what usually holds in practice, a general truth.
      if (BE_FORMS.has(ctx.word(from - 1)) && usuallyHolds(ctx, ctx.clauseStart(from), from)) return undefined;
      // "All analysis is uncertain", "Forecasts are uncertain": a general truth about a kind of thing, not a doubt cast on
      // a claim; "the long-run effect of the levy is unclear" holds a particular question open and still hedges.
      const opener = ctx.word(ctx.clauseStart(from));
      if (
        BE_FORMS.has(ctx.word(from - 1)) &&
        (ctx.clauseEndsBefore(to) || ctx.word(to) === 'and') &&
        ctx.subjectBefore(from - 1) >= 0 &&
        (opener === 'all' ||
          opener === 'every' ||
          opener === 'most' ||
          genericSubject(ctx, from - 1) ||
          QUANTITIES_STATED.has(ctx.word(ctx.subjectBefore(from - 1))))
      )
        return undefined;
      if (next === 'about' && isActor(ctx, ctx.subjectBefore(from - (BE_FORMS.has(ctx.word(from - 1)) ? 1 : 0)))) return undefined;
      if (
        !BE_FORMS.has(ctx.word(from - 1)) &&
        next &&
        !ctx.breakBefore(to) &&
        !/^(whether|if|how|what|why|when|who|which|that|about|to|as|and|or|but|in|at|for|of|on|by|with|than)$/.test(next) &&
        !/^(Verb|PastTense|PresentTense|Infinitive|Preposition|Conjunction|Modal|Copula|Adverb|Determiner)$/.test(ctx.lexTag(to) ?? '')
      )
        return undefined;
    }
    // "potentially destructive events", "the potentially large amounts": an attributive adjective, a possible property
    // of a class, not a claim held open ("the plan is potentially unlawful" is one).
    if (
      (w === 'potentially' || w === 'possibly') &&
      !BE_FORMS.has(ctx.word(from - 1)) &&
      adjectiveLike(ctx, to) &&
      (ctx.isDeterminer(from - 1) || nounFollows(ctx, to + 1))
    )
      return undefined;
    // "our confidence intervals cannot rule out modest increases": the precision of an estimate, stated as such, not a
    // possibility the writer holds open ("We cannot rule out a second wave" still hedges).
    if (w === 'cannot' && STATISTICAL_MEASURES.has(ctx.word(from - 1))) return undefined;
    // "we cannot rule out other causes": a study's limitation stated, the alternative explanations it has not excluded.
    if (w === 'cannot' && ctx.word(to) === 'other' && /^(causes|explanations|factors|mechanisms|influences)$/.test(ctx.word(to + 1)))
      return undefined;
    // "somewhat lower, at around W$41 billion", "slightly higher (2.1%)": the degree is given at once, in a figure.
    if (CALIBRATED_DEGREES.has(w) && figureFollows(ctx, to)) return undefined;
    if (UNASSERTING_PLAIN.has(w) || (to === from + 1 && REPORTED_ADVERBS.has(w) && !inParentheses(ctx, from))) {
      // "Monitor estimated that Azerbaijan could add perhaps 4 bcm": an adverb inside someone else's reported claim is
      // theirs; "(and presumably …)" is the writer's aside.
      // (the clause is read from the verb group the adverb sits in: "could add perhaps", "will probably", "could grow by perhaps")
      let at = from;
      while (
        at > from - 4 &&
        at > 0 &&
        (VERB_GROUP_TAGS.has(ctx.lexTag(at - 1) ?? '') || /^(by|to|at|around|about)$/.test(ctx.word(at - 1)))
      )
        at--;
      // (Not after "and"/"but": "… and would probably lead to shortages" adds the writer's own clause; not under "suggests":
      // "The evaluation suggests that the fee may perhaps have deterred …" is the writer's reading of the evidence.)
      const reported =
        !UNASSERTING_PLAIN.has(w) &&
        !/^(and|but|or)$/.test(ctx.word(at - 1)) &&
        !ctx.words.slice(0, from).some((word) => EVIDENTIAL_STEM.test(word));
      // ("treatment that could potentially save their lives": after a modal, the clause is the modal's, a class picked out)
      const whyAt = UNASSERTING_PLAIN.has(w) && at < from ? unassertedClause(ctx, at) : undefined;
      const why =
        whyAt === 'picks out a class'
          ? whyAt
          : UNASSERTING_PLAIN.has(w)
            ? unassertedClause(ctx, from)
            : reported
              ? unassertedClause(ctx, at)
              : undefined;
      if (why && (UNASSERTING_PLAIN.has(w) || why === 'reports someone else')) return undefined;
    }
    return `"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end)}" is a hedge wherever it occurs.`;
  },
  modal(ctx, from) {
    return modalReason(ctx, from);
  },
  evidential(ctx, from) {
    // "do not write '()' after a name just to indicate it is a function", "a flag to show that": a purpose, what the
    // writer's sign is for ("seems to indicate", "tends to suggest" still hedge)
    if (ctx.word(from - 1) === 'to' && !/^(seem|seems|seemed|appear|appears|appeared|tend|tends|tended)$/.test(ctx.word(from - 2)))
      return undefined;
    return evidentialReason(ctx, from);
  },
  inference(ctx, from) {
    // "implies", "propose": definition, entailment or a proposal far more often than a hedge ("This implies working in
    // the open"); shown as a hint, except where the verb states someone else's view.
    const verdict = evidentialReason(ctx, from);
    return verdict ? hint(verdict) : undefined;
  },
  weak(ctx, from, to) {
    // A cue that hedges too rarely in policy prose to be shown by default: "we assume" usually states a method,
    // "has the potential to" the promise of a plan. Shown as a hint; the entry's note says why.
    return hint(
      `"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end)}" can weaken the claim, but in policy prose it often does not.`,
    );
  },
  stance(ctx, from, to) {
    // "I believe we have a responsibility to act", "in our view the Council should": the stance introduces a
    // recommendation, which is part of it; before a factual claim ("we believe prices will fall") it hedges.
    if (recommendationFollows(ctx, to)) return undefined;
    // "they should, in my opinion, maintain diplomatic representation at Sofia": the same, the stance set inside it
    // ("Prices should, in my view, fall next year" still hedges)
    if (ctx.breakBefore(from) && obligesAnActor(ctx, from - 1)) return undefined;
    // "The most common and best (in our opinion) helper system is debhelper": the stance, in brackets, owns the verdict
    // before it.
    if (ctx.gapBefore(from).includes('(') && /^(best|better|worst|worse|preferable|wisest|right|wrong)$/.test(ctx.word(from - 1)))
      return undefined;
    // "This post sets out what we know and what I think Velsk was trying to do": what the writer will say, named.
    if (from > 1 && ctx.word(from - 1) === 'what') return undefined;
    // "I believe that the bill … furnishes the foundation", "I believe the recommendations of the Commission are sound": the
    // writer's endorsement of a proposal before the reader, part of her recommendation
    if (endorsesProposal(ctx, to)) return undefined;
    // "I believe in a smarter kind of leadership": a value held, not a claim weakened.
    if (ctx.word(to - 1) === 'believe' && ctx.word(to) === 'in') return undefined;
    // "I believe, with abiding conviction, that …", "I believe with all my heart that …": a conviction declared, as firmly
    // as "I firmly believe" (no cue), not a claim weakened
    if (ctx.word(to - 1) === 'believe' && declaresConviction(ctx, to)) return undefined;
    // "I believe this.", "We think so.": a conviction affirmed, with no claim of its own to weaken.
    // ("We think so, and we would welcome …"; not "I believe that, for the first time, the door is open")
    if (to + 1 === ctx.tokens.length && /^(this|that|so|it)$/.test(ctx.word(to))) return undefined;
    if (ctx.word(to) === 'so' && ctx.breakBefore(to + 1)) return undefined;
    // "When I think 'climate change', I think 'jobs'": what comes to mind, an association; "whenever I think of them".
    if (ctx.word(to - 1) === 'think' && (ASSOCIATION_OPENERS.has(ctx.word(from - 1)) || thinksOfSomething(ctx, to, from))) return undefined;
    return `"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end)}" presents the claim as the writer's opinion, not as a finding.`;
  },
  expect(ctx, from, to) {
    // "we expect applicants to submit": a requirement; "we expect to see", "we expect the levy to raise": a prediction.
    const next = ctx.word(to);
    if (next === 'you' || next === 'your' || next === 'them' || next === 'all') return undefined;
    // "We expect monitoring to be useful to you first": an expectation addressed to the reader is a directive.
    for (let k = to; k < ctx.tokens.length && !(k > to && ctx.breakBefore(k)); k++)
      if (ctx.word(k) === 'you' || ctx.word(k) === 'your') return undefined;
    // "what we expect of every project", "we expect high standards from suppliers": a demand made of someone.
    if (ctx.word(from - 1) === 'what' || ctx.words.slice(to, to + 5).some((word) => word === 'of' || word === 'from'))
      if (!ctx.words.slice(to, to + 5).includes('to')) return undefined;
    for (let k = to; k < Math.min(ctx.tokens.length, to + 4); k++)
      if ((isPersonNoun(ctx, k) || looksLikePeople(ctx.word(k)) || ORGANISATIONS.has(ctx.word(k))) && ctx.word(k + 1) === 'to')
        return undefined;
    // "I expect the departments and agencies …, Members of Congress, … and State and local officials to study …": the
    // addressees listed before their task
    if (ctx.word(from) === 'i' || ctx.word(from) === 'we') {
      const task = ctx.words.indexOf('to', to);
      if (task > to && task - to <= 40 && ctx.words.slice(to, task).some((word) => ORGANISATIONS.has(word) || looksLikePeople(word)))
        return undefined;
    }
    // "more sharply than we expect", "if the money works as we expect", "if we expect to reduce crime": the expectation as a
    // measure to compare with, or as a condition or goal; no prediction is made.
    if (/^(than|as|if|unless)$/.test(ctx.word(from - 1))) return undefined;
    // "we expect to report on the pilot in 2027": the writer's own plan.
    if (ctx.word(from) === 'we' && ctx.word(to) === 'to' && PLANNED_ACTS.has(ctx.word(to + 1))) return undefined;
    // "what we expect to see if we ask for one": what the writer will look for, named.
    if (from > 1 && ctx.word(from - 1) === 'what') return undefined;
    // "we expect that contributors are interested in the whole project": what a body asks of those it addresses.
    if (ctx.word(from) === 'we' && ctx.word(to) === 'that' && ADDRESSED_ROLES.has(ctx.word(to + 1))) return undefined;
    // "We expect a DPIA to be proportionate to the risk": the standard a regulator sets, not a prediction.
    for (let k = to; k < Math.min(ctx.tokens.length - 2, to + 6); k++)
      if (ctx.word(k) === 'to' && ctx.word(k + 1) === 'be' && REQUIRED_STANDARDS.has(ctx.word(k + 2))) return undefined;
    if (recommendationFollows(ctx, to)) return undefined;
    // "Henceforth, I expect that their single purpose shall be to serve the whole Nation": a requirement laid down
    if (ctx.word(to) === 'that' && ctx.words.indexOf('shall', to + 1) > to && ctx.words.indexOf('shall', to + 1) <= to + 10)
      return undefined;
    // "We expect a reply, and we expect it to be substantive": what the writer's side asks for, a thing awaited, not a
    // prediction ("We expect a recession" still predicts one).
    if (ctx.word(from) === 'we' && DEMANDED.has(ctx.word(ctx.isDeterminer(to) ? to + 1 : to))) return undefined;
    return `"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end)}" presents a prediction as an expectation, without its basis.`;
  },
  appearance(ctx, from, to, w) {
    const next = ctx.word(to);
    // "as public policy may seem to require": a discretion, in the drafting of a law or a message; "such works as seemed to
    // be called for by the situation": whatever was judged needed
    if (from > 0 && asDiscretion(ctx, from - 1)) return undefined;
    if (ctx.word(from - 1) === 'as' && next === 'to' && ctx.word(to + 1) === 'be' && JUDGED_NEEDED.has(ctx.word(to + 2))) return undefined;
    // "such communications as the exigency of the moment seemed to require", "Neither the time nor the occasion appeared to
    // require any expression of opinion": what a situation was judged to call for, the grounds of the writer's own course
    if (
      next === 'to' &&
      CALLED_FOR.has(ctx.word(to + 1)) &&
      (ctx.lastInClause(from, (word) => word === 'as', 8) >= 0 || OCCASIONS.has(ctx.word(ctx.subjectBefore(from))))
    )
      return undefined;
    // "It seems due to the safety of the people that measures be taken", "it seems necessary that the fleet sail": a course
    // urged, the writer's recommendation put modestly
    if (ctx.word(from - 1) === 'it' && (next === 'due' || JUDGED_NEEDED.has(next)) && proposalThatFollows(ctx, to + 1)) return undefined;
    // "in every way which shall appear eligible", "such measures as may seem best": whatever someone will judge fit, left
    // to their discretion, not the writer's impression
    if (
      /^(shall|may|should|might)$/.test(ctx.word(from - 1)) &&
      /^(which|that|as|whatever)$/.test(ctx.word(from - 2)) &&
      DISCRETIONARY_JUDGEMENTS.has(ctx.word(next === 'to' ? to + 2 : to))
    )
      return undefined;
    // "there seems little point in breaking things", "there seems to be no reason to delay": advice against a course
    if (ctx.word(from - 1) === 'there' && noPointIn(ctx, next === 'to' && ctx.word(to + 1) === 'be' ? to + 2 : to)) return undefined;
    // "It thus appears that the second-class matter …": what follows from the figures just given, the writer's own result;
    // "By the latest advices from the commission it appears that …": what the records named first show
    if (ctx.word(from - 2) === 'it' && /^(thus|therefore|hence)$/.test(ctx.word(from - 1)) && w.startsWith('appear')) return undefined;
    if (ctx.word(from - 1) === 'it' && w.startsWith('appear') && recordOpening(ctx, from - 1) >= 0) return undefined;
    // "It appears from these communications that …": the records named right after it
    if (ctx.word(from - 1) === 'it' && w.startsWith('appear') && recordAfter(ctx, to) >= 0) return undefined;
    // "Those articles, it seems to me, should be entered free": the stance introduces a recommendation, part of it
    if (ctx.word(to) === 'to' && /^(me|us)$/.test(ctx.word(to + 1)) && recommendationFollows(ctx, to + 2)) return undefined;
    // "the parent will see 0, and it will appear that the program succeeded": how a case will look, foretold, not the
    // writer's impression ("it would appear that" still hedges)
    if (ctx.word(from - 1) === 'will' || ctx.word(from - 1) === "'ll") return undefined;
    // "something that would have seemed unimaginable 7 years ago": how it would have looked then, a counterfactual
    if (ctx.word(from - 1) === 'have' && /^(would|might|could)$/.test(ctx.word(from - 2)) && /^(seemed|appeared)$/.test(w))
      return undefined;
    if (concededAppearance(ctx, modalBefore(ctx, from))) return undefined;
    // "Although the idea may at first appear intimidating": a concession; "than it might seem": a comparison.
    if (unassertedClause(ctx, modalBefore(ctx, from))) return undefined;
    // "might appear surprising to readers who expect …": how it looks to someone else, not the writer's impression.
    if (
      (ctx.lexTag(to) === 'Adjective' || ADJECTIVE_ENDING.test(next) || next.endsWith('ing')) &&
      ctx.word(to + 1) === 'to' &&
      (isActor(ctx, to + 2) || /^(readers?|outsiders?|observers?|many|some|others|people|most|anyone|everyone)$/.test(ctx.word(to + 2)))
    )
      return undefined;
    // "Three things seem to me worth doing:": the writer's advice, introduced.
    const toMe = next === 'to' && /^(me|us)$/.test(ctx.word(to + 1));
    const judged = ctx.word(toMe ? to + 2 : to);
    if (ADVICE_ADJECTIVES.has(judged) && STRICT_ADVICE.test(judged) && (toMe || judged.startsWith('worth'))) return undefined;
    // "It seems to me especially important that all of us be clear", "it appeared important and desirable to attach
    // conditions": the writer's own call on a course of action, introduced
    if ((toMe || ctx.word(from - 1) === 'it') && judgesACourse(ctx, toMe ? to + 2 : to)) return undefined;
    // "It seems to me that the first step … is to supply …", "it seems to me a manifest dictate of wisdom that we should
    // remove …": the writer's recommendation, introduced
    if (toMe) {
      const that = ctx.words.indexOf('that', to + 2);
      if (that >= 0 && that <= to + 10 && recommendationFollows(ctx, that + 1)) return undefined;
      // "The mere existence of this fact seems to me to furnish a cogent argument for the repeal of the statute": the
      // writer's case for a course of action, introduced
      for (let k = to + 2; k < Math.min(ctx.tokens.length - 1, to + 12); k++)
        if (CASE_NOUNS.has(ctx.word(k)) && ctx.word(k + 1) === 'for') return undefined;
    }
    // "The minister appeared as a witness", "Peter appeared as a featured guest": a person in a role, not an impression.
    if (next === 'as' && isActor(ctx, ctx.subjectBefore(from))) return undefined;
    // "seems small, but is in reality very great": how it looks, set against the writer's firm judgement of what it is.
    if (looksButIs(ctx, to)) return undefined;
    // "While it may seem tempting to analyze the system as it runs, this is best avoided": an option set up to be advised against.
    if (next === 'tempting' && ctx.word(to + 1) === 'to') return undefined;
    // "it seems a bit surprising that …": the writer's reaction to what she has just shown, no claim weakened; "it has
    // seemed to be my duty to …": her own decision, put modestly.
    let r = to;
    while (/^(a|bit|little|rather|somewhat|quite|very|slightly|almost|utterly)$/.test(ctx.word(r)) && r < to + 3) r++;
    if (ctx.word(from - 1) === 'it' && REACTIONS.has(ctx.word(r)) && ctx.word(r + 1) === 'that') return undefined;
    // "To me, it seems almost absurd for the United States to …": a course judged, the writer's stance.
    if (ctx.word(from - 1) === 'it' && VALUE_JUDGEMENTS.has(ctx.word(r)) && /^(for|to|that)$/.test(ctx.word(r + 1))) return undefined;
    if (next === 'to' && ctx.word(to + 1) === 'be' && /^(my|our)$/.test(ctx.word(to + 2)) && DUTIES.has(ctx.word(to + 3))) return undefined;
    // "once it appears in a press release", "it appears on the list": where something is seen or printed, not an impression.
    if (/^(in|on|at|before|alongside|under)$/.test(next) && ctx.word(to + 1) !== 'balance') return undefined;
    if (
      next === 'to' ||
      next === 'that' ||
      next === 'as' ||
      next === 'like' ||
      next === 'likely' ||
      ctx.word(from - 1) === 'it' ||
      ctx.word(from - 1) === 'would'
    )
      return `"${w} ${next || ''}" reports an impression, not a finding.`.replace(' "', '"');
    if (next === 'not' && ctx.word(to + 1) === 'to') return `"${w} not to" reports an impression, not a finding.`;
    // "appears sufficient", "appeared polyclonal": an adjective the lexicon may not list, known by its ending.
    const at = next === 'not' ? to + 1 : to;
    const tag = ctx.lexTag(at);
    if (tag === 'Adjective' || tag === 'Comparative' || (tag === undefined && !ctx.breakBefore(at) && ADJECTIVE_ENDING.test(ctx.word(at))))
      return `"${w} ${ctx.tokens[at].text}" reports an impression, not a finding.`;
    // "Lawyers seem divided", "the matter seemed settled": a participle as the state it seems to be in.
    if (w.startsWith('seem') && !ctx.breakBefore(at) && ctx.word(at).endsWith('ed') && ctx.word(at).length > 4)
      return `"${w} ${ctx.tokens[at].text}" reports an impression, not a finding.`;
    return undefined; // "appeared in court", "appears on the list"
  },
  likely(ctx, from, to, w) {
    const prev = ctx.word(from - 1);
    // "disputes of such character as are likely to affect the public welfare": a class of cases picked out, no claim.
    if (/^(are|is)$/.test(prev) && ctx.word(from - 2) === 'as' && ctx.words.slice(0, from).includes('such')) return undefined;
    // "were disproportionately likely to claim", "more likely to be divorced": a proportion of a group, a claim of
    // frequency, not the writer's doubt.
    if (
      /^(more|less|disproportionately|equally|twice|thrice|times|much|far|significantly|considerably|somewhat|just)$/.test(prev) &&
      ctx.word(to) !== 'that'
    )
      return undefined;
    // "the families who need help most are the least likely to claim it": a group ranked by how often it does something.
    // ("the one most likely to be revised", "were the group most likely to report": the same, over the ones named; a word
    // the lexicon does not list after "the" is a noun.)
    const rank = /^(most|least)$/.test(ctx.word(from)) ? from : from - 1; // "most likely" is a cue of its own
    if (
      /^(most|least)$/.test(ctx.word(rank)) &&
      (ctx.word(rank - 1) === 'the' ||
        (ctx.word(rank - 2) === 'the' &&
          (ctx.word(rank - 1) === 'one' ||
            /^(Plural|Noun|Singular)$/.test(ctx.lexTag(rank - 1) ?? 'Noun') ||
            ctx.word(rank - 1).endsWith('s')))) &&
      ctx.word(to) === 'to'
    )
      return undefined;
    // "very likely (90–95%)": calibrated language that gives its scale is not a hedge.
    if (calibrated(ctx, to)) return undefined;
    // "A hung Assembly has a 60% chance, which makes it the single most likely outcome": a ranking of stated probabilities.
    if ((ctx.word(from) === 'most' || ctx.word(from - 1) === 'most') && probabilityStatedBefore(ctx, from)) return undefined;
    // "the cost exceeds the likely award": an attributive "likely" after the verb names the thing expected, and the
    // sentence asserts nothing of it; "The likely outcome is a deal" (the subject) still hedges its claim.
    if (
      /^(the|a|an|its|their|his|her)$/.test(prev) &&
      ctx.lexTag(to) !== 'Preposition' &&
      ctx.word(to) !== 'to' &&
      afterMainVerb(ctx, from - 1)
    )
      return undefined;
    // "If your code is, or is likely to become, open source", "papers that are likely to have used it": a condition
    // or a class, not a claim.
    let at = from;
    while (at > 0 && /^(highly|very|quite|most|more|less|also|still|not|thus|therefore|therefore,|now)$/.test(ctx.word(at - 1))) at--;
    if (BE_FORMS.has(ctx.word(at - 1))) at--;
    if (unassertedClause(ctx, at)) return undefined;
    // "PiS came first, as it was always likely to, but …": an "as" clause whose verb is left out says the outcome was
    // expected; the main clause states the outcome outright.
    if (ctx.word(to) === 'to' && ctx.clauseEndsBefore(to + 1) && ctx.word(ctx.clauseStart(from)) === 'as') return undefined;
    // "were twice as likely to be taught by a non-specialist": a measured ratio between groups.
    if (prev === 'as' && /^(twice|thrice|half|times|equally)$/.test(ctx.word(from - 2))) return undefined;
    if (prev === 'as' && ctx.word(to) === 'as') return `"as likely as" is an unquantified probability.`;
    return `"${w}" states a probability without its size or source.`;
  },
  possible(ctx, from, to, w) {
    const prev = ctx.word(from - 1);
    const next = ctx.word(to);
    if (
      [
        'as',
        'if',
        'where',
        'whenever',
        'when',
        'wherever',
        'made',
        'make',
        'makes',
        'making',
        'everything',
        'all',
        'feasible',
        'practicable',
        'reasonably',
        'extent',
      ].includes(prev)
    )
      return undefined; // "to the extent possible": as far as can be done
    if (next === 'to' || (next === 'for' && w === 'possible')) return undefined; // "it is possible to apply": ability
    // "It is possible in dealing with our unused land to effect a great development": the same, a phrase between
    if (w === 'possible' && ctx.word(from - 2) === 'it' && /^(in|with|by|under|within|through|at)$/.test(next)) {
      for (let k = to + 1; k < Math.min(ctx.tokens.length, to + 12); k++) {
        if (ctx.word(k) === 'that') break;
        // (a verb after "to", the lexicon's noun or not: "to effect a development"; not "to the region")
        if (ctx.word(k) === 'to' && !ctx.isDeterminer(k + 1) && !ctx.breakBefore(k + 1) && !/^(be|have)$/.test(ctx.word(k + 1)))
          return undefined;
      }
    }
    // "Other countries have shown what is possible": what can be done, named, not a claim held open.
    // ("shows what is possible if we set aside posturing": with its condition)
    if (w === 'possible' && BE_FORMS.has(prev) && ctx.word(from - 2) === 'what' && next !== 'that') return undefined;
    // "points in the process where feedback is possible": a circumstance, not a claim held open.
    if (w === 'possible' && next !== 'that' && unassertedClause(ctx, BE_FORMS.has(prev) ? from - 1 : from)) return undefined;
    if (w === 'possible' && next === 'that') return `"possible that" leaves the claim open.`;
    if (w === 'possible') {
      // "every possible effort", "the lowest possible price": the range of options, not a possibility.
      if (ctx.lexTag(from - 1) === 'Superlative' || RANGE_OF_OPTIONS.has(prev)) return undefined;
      if (prev === 'of' && /^(number|range|set|list|space|all|each|any)$/.test(ctx.word(from - 2))) return undefined; // "the number of possible states": a count of options
      const predicative = ['is', 'was', 'seems', 'be', 'are', 'were', 'quite', 'very', 'also', 'entirely', 'certainly'].includes(prev);
      // "Retrofitting version control onto a finished project is possible": an act that can be done, not a claim held open.
      const opener = ctx.word(ctx.clauseStart(from));
      if (predicative && opener.length > 5 && opener.endsWith('ing') && next !== 'that') return undefined;
      // "further tax cuts will be possible when justified by lower spending": what a plan allows once its condition is
      // met, not a claim held open.
      if (prev === 'be' && /^(will|would|shall)$/.test(ctx.word(from - 2)) && /^(when|once|if|only|after|as)$/.test(next)) return undefined;
      // "would not be possible", "no meaningful comparison is possible": ruled out, a categorical claim, not a possibility left open.
      if (
        predicative &&
        (ctx.tokens.slice(Math.max(0, from - 3), from).some((tok) => NEGATIONS.has(tok.lower)) ||
          NEGATIVE_OPENERS.has(ctx.word(ctx.clauseStart(from))))
      )
        return undefined;
      // Attributive after a determiner ("a possible cause"), before a listed noun ("possible delays"), or opening a title ("Possible role of ...");
      // before words the lexicon does not list the reading stays open ("another possible etymology" is a weasel set's negative).
      const nextTag = ctx.lexTag(to) ?? '';
      const attributive =
        !!next &&
        !ctx.breakBefore(to) &&
        !/^(of|in|on|at|by|with|and|or|but|than|as|is|are|was|were|be|now|today|here|there)$/.test(next) &&
        !/^(Verb|PastTense|PresentTense|Infinitive|Preposition|Conjunction|Modal|Copula|Determiner|Adverb|Pronoun)$/.test(nextTag);
      if (from > 0 && !predicative && !(attributive && /^(Noun|Singular|Plural)$/.test(nextTag)) && !ctx.isDeterminer(from - 1))
        return undefined;
      // "possible incidents", "a possible cause": attributive, a member of a class of possibilities, not a claim held
      // open; a weak cue shown as a hint. "is possible" (predicative) hedges.
      if (!predicative) return hint(`"${w} ${ctx.word(to)}" names something possible without saying how likely it is.`);
    }
    return `"${w}" qualifies what follows as a possibility.`;
  },
  predicative(ctx, from, to, w) {
    const prev = ctx.word(from - 1);
    // "If it is not clear from the documentation whether you can do something, report that too": a case, not a gap claimed
    if (unassertedClause(ctx, from) === 'sits in a condition') return undefined;
    // "more often than not the form of autocorrelation is unknown": what usually holds in practice, a general truth.
    if (BE_FORMS.has(prev) && usuallyHolds(ctx, ctx.clauseStart(from), from)) return undefined;
    // "The event of the measure is yet unknown to me": what the writer does not yet know, told of herself, no claim weakened
    if (ctx.word(to) === 'to' && /^(me|us)$/.test(ctx.word(to + 1))) return undefined;
    if (BEFORE_PREDICATIVE.has(prev) && openQuestion(ctx, from, to))
      return hint(`"${prev} ${w}" states that a question is open, without weakening a claim.`);
    // "The outcome of the negotiation remains uncertain", "the law was left in an uncertain state", "the model is unknown": a
    // property of the thing named, stated; "it is unclear whether …", "it is not clear that …" hold the writer's claim open
    if (BEFORE_PREDICATIVE.has(prev) && !expletiveSubject(ctx, from))
      return hint(`"${prev} ${w}" says that something is not known, without weakening a claim.`);
    if (BEFORE_PREDICATIVE.has(prev)) return `"${prev} ${w}" marks a gap in knowledge.`;
    return undefined;
  },
  whether(ctx, from, to, w) {
    // "decide whether to extend" is a choice; "regardless of whether", sentence-initial "Whether or not ..." concede.
    if (
      ctx.word(to) === 'to' ||
      from === 0 ||
      ctx.word(from - 2) === 'regardless' ||
      ctx.word(from - 2) === 'irrespective' ||
      ctx.endsWithQuestion()
    )
      return undefined;
    // "depending on whether the arrow was high": a condition; ", whether permanent or temporary," and
    // "whether it be a house or a program": the alternatives are all covered, so nothing is left open.
    if (
      w === 'whether' &&
      ctx.word(from - 1) === 'on' &&
      /^(depending|depends|depend|depended|dependent|contingent|based)$/.test(ctx.word(from - 2))
    )
      return undefined;
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
  },
  attributive(ctx, from) {
    return attributiveReason(ctx, from);
  },
  dispositional(ctx, _from, to) {
    // "can be detrimental", "can be quite different", "can be a potent activator": sometimes so. "can be submitted": a procedure.
    let k = to;
    while (k < ctx.tokens.length && DEGREE_WORDS.has(ctx.word(k))) k++;
    const next = ctx.word(k);
    const tag = ctx.lexTag(k) ?? '';
    if (
      !next ||
      ctx.breakBefore(k) ||
      next.endsWith('ed') ||
      next.endsWith('en') ||
      IRREGULAR_PARTICIPLE.test(next) ||
      /^(PastTense|Participle|Verb|Infinitive|Preposition|Adverb|Conjunction)$/.test(tag)
    )
      return undefined;
    const predicate =
      next === 'a' ||
      next === 'an' ||
      tag === 'Adjective' ||
      tag === 'Comparative' ||
      (tag === '' && ADJECTIVE_ENDING.test(next)) ||
      ctx.word(to) === 'either';
    if (!predicate) return undefined;
    return hint(`"can be ${ctx.tokens[k].text}" says it is sometimes so, without saying how often.`);
  },
  should(ctx, from) {
    return shouldReason(ctx, from);
  },
  possibility(ctx, from, to, w) {
    const next = ctx.word(to);
    // "a realistic possibility (25-50%)": a step of a probability yardstick, given with its range.
    if (calibrated(ctx, to)) return undefined;
    // "An important source of danger to our economy is the possibility that prices might be raised", "the greatest danger has
    // receded—the possibility which faced us": a risk named, no claim held open
    for (let k = from - 1; k >= Math.max(0, from - 9); k--)
      if (/^(danger|dangers|risk|risks|threat|threats|vigilant|guard)$/.test(ctx.word(k))) return undefined;
    // "mankind approaches a state where mutual annihilation becomes a possibility": a risk named
    if (ctx.word(from - 1) === 'a' && /^(becomes|become|became)$/.test(ctx.word(from - 2))) return undefined;
    if (next === 'that') return `"${w} ${next}" names a possibility without its likelihood.`;
    // "the possibility for members of the public to follow", "having the possibility to download": an opportunity.
    if (next === 'to' || next === 'for') return undefined;
    // "is not a possibility", "was never a possibility": an option ruled out, no claim held open
    if (ctx.word(from - 1) === 'a' && /^(not|never|no longer)$/.test(ctx.word(from - 2))) return undefined;
    // "there would not be any possibility of your passing them", "no possibility of": ruled out; "an age of possibility",
    // "turning peril into possibility": the abstract noun, no claim held open
    if (ctx.word(from - 1) === 'no' || (ctx.word(from - 1) === 'any' && /^(not|never|without|be)$/.test(ctx.word(from - 2))))
      return undefined;
    if (/^(of|into)$/.test(ctx.word(from - 1)) && ctx.clauseEndsBefore(to)) return undefined;
    // "consistent with this possibility", "that possibility is beyond the scope": it points back to a possibility stated before.
    if (/^(this|that|these|those|latter|former)$/.test(ctx.word(from - 1))) return undefined;
    // "A third possibility is the so-called lighthouse effect": a candidate named in a list of them, not a claim held open
    // ("One possibility is that prices fall" still holds one open).
    if (next === 'is' && ORDINAL_OR_ANOTHER.has(ctx.word(from - 1)) && ctx.word(to + 1) !== 'that') return undefined;
    // "Another possibility may be even simpler: just get the disk out": another option weighed.
    if (ORDINAL_OR_ANOTHER.has(ctx.word(from - 1)) && /^(may|might|could|would)$/.test(next) && ctx.word(to + 1) === 'be') return undefined;
    if (next === 'is' || next === 'remains' || next === 'exists') return `"${w} ${next}" names a possibility without its likelihood.`;
    for (let k = from - 1; k >= Math.max(ctx.clauseStart(from), from - 3); k--) {
      const before = ctx.word(k);
      if (RESEARCH_OBJECTS.has(before)) return undefined; // "to test this possibility": what was examined
      if (OPPORTUNITY_VERBS.has(before) && (next === 'of' || next === 'to')) return undefined; // "offers the possibility of": an opportunity
    }
    return `"${w}" names a possibility without its likelihood.`;
  },
  forecast(ctx, from, to, w) {
    // "the effect is predicted to be minor adverse": an impact assessment's own rating on its scale, not a prediction credited to nobody.
    if (ctx.word(to) === 'be' && IMPACT_RATINGS.has(ctx.word(to + 1))) return undefined;
    // "is predicted to encode": an unnamed prediction; "the effects predicted to occur" too, but not "we predicted to".
    if (BE_FORMS.has(ctx.word(from - 1)) || (BE_FORMS.has(ctx.word(from - 2)) && ctx.word(from - 1).endsWith('ly')))
      return `"${ctx.word(from - 1)} ${w}" rests the claim on an unnamed prediction.`;
    return undefined;
  },
  generalising(ctx, from, to) {
    // "more generally": the writer widens the point. "generally accepted", "generally known": a participle after it
    // is passive-attribution's to judge; "generally applicable" is a legal term of scope.
    const next = ctx.word(to);
    if (
      ctx.word(from - 1) === 'more' ||
      ctx.word(from - 1) === 'most' ||
      next.endsWith('ed') ||
      IRREGULAR_PARTICIPLE.test(next) ||
      next === 'applicable'
    )
      return undefined;
    // "were generally higher than", "generally more effective": it summarises a comparison the data show.
    const k = next === 'much' || next === 'slightly' ? to + 1 : to;
    if (/^(more|less|fewer)$/.test(ctx.word(k)) || ctx.lexTag(k) === 'Comparative') return undefined;
    return hint(`"${ctx.tokens[from].text}" states a rule of thumb without saying how often it holds or who observed it.`);
  },
  frame(ctx, from, to) {
    if (subjunctiveAfterThat(ctx, to)) return undefined; // "the proposal that the levy be raised": a proposal for action
    // The writer names the status of the clause ("an assumption that ... is merely a speculation"): uncertain, and said so; a hint.
    return hint(
      `"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end)}" presents the clause as a hypothesis, not a finding; the sentence says so itself, so this is only a hint.`,
    );
  },
};

/** Why this occurrence is epistemic, or undefined when it is not a hedge here. */
export function senseReason(ctx: SentenceContext, sense: Sense, from: number, to: number): Verdict {
  return SENSE_CHECKS[sense](ctx, from, to, ctx.word(from));
}

/** "a potential role", "potential binding sites": the adjective hedges; the noun ("the potential to", "membrane potential") does not. */
export function attributiveReason(ctx: SentenceContext, i: number): Verdict {
  const next = ctx.word(i + 1);
  const nextTag = ctx.lexTag(i + 1) ?? '';
  if (
    !next ||
    ctx.breakBefore(i + 1) ||
    /^(to|for|of|in|on|and|or|as|at|with|that|which|than|is|are|was|were|has|have|had|will|would|can|could|may|might)$/.test(next)
  )
    return undefined;
  if (/^(Verb|PastTense|PresentTense|Infinitive|Preposition|Conjunction|Modal|Copula|Adverb|Determiner)$/.test(nextTag)) return undefined;
  const prevTag = ctx.lexTag(i - 1) ?? '';
  // "membrane potential changes", "its full potential", "metastatic potential": a noun after a noun or an adjective.
  if (i > 0 && !ctx.isDeterminer(i - 1) && !ctx.breakBefore(i) && /^(Noun|Singular|Plural|Adjective|Uncountable)$/.test(prevTag))
    return undefined;
  if (isPersonNoun(ctx, i + 1)) return undefined; // "potential applicants": prospective people, not a hedge
  return hint(`"${ctx.tokens[i].text} ${ctx.tokens[i + 1].text}" presents something proposed as if it were established.`);
}

/** After ", whether" or "(whether": "or" within a short phrase ("whether permanent or temporary", "whether it be X or Y"), a concession. */
export function concessiveAlternatives(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < Math.min(ctx.tokens.length, k + 8); j++) {
    if (j > k && ctx.breakBefore(j)) return false;
    if (ctx.word(j) === 'or') return true;
  }
  return false;
}

/** "we/I (will) propose/recommend/plan …" opens the sentence before `at`: the writer's own proposal. */
function proposesBefore(ctx: SentenceContext, at: number): boolean {
  for (let k = 0; k < Math.min(at, 6); k++)
    if (/^(propose|proposed|proposing|recommend|recommending|plan|intend|ask|request)$/.test(ctx.word(k)))
      return ctx.words.slice(0, k).some((word) => word === 'we' || word === 'i');
  return false;
}

/** After "apparently": an adjective, then "but really" or "but in fact" within a few words. */
function appearanceSetAgainstFact(ctx: SentenceContext, k: number): boolean {
  for (let j = k + 1; j < Math.min(ctx.tokens.length - 1, k + 4); j++)
    if (ctx.word(j) === 'but' && /^(really|actually|in)$/.test(ctx.word(j + 1))) return true;
  return false;
}

/** Bodies a writer puts proposals to: "I suggest that the Congress …" (data/context.json). */
const ADDRESSED_BODIES = contextWords.addressedBodies;
/** A finite verb or an auxiliary after a subject: the clause states, it does not propose ("has misread", "is", "cuts"). */
const FINITE_AFTER_SUBJECT = /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|does|did|shall|should|must|\w+(?:ed|[^s]s))$/;

/** What a writer urges when circumstances "suggest the … of" it: "the urgency of action", "the need for", "the wisdom of". */
const CALLS_TO_ACT = new Set(['urgency', 'need', 'necessity', 'importance', 'wisdom', 'desirability', 'advisability', 'value']);

/** A "that" clause within twelve words whose verb is a bare subjunctive: "that measures be taken", "that the fleet sail". */
function proposalThatFollows(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < Math.min(ctx.tokens.length - 2, k + 12); j++) {
    if (ctx.word(j) !== 'that') continue;
    for (let v = j + 2; v < Math.min(ctx.tokens.length, j + 7); v++) {
      if (ctx.word(v) === 'be' || ctx.word(v) === 'not')
        return ctx.word(v - 1) !== 'to' && !/^(will|would|can|could|may|might|shall|should|must)$/.test(ctx.word(v - 1));
      if (/^(is|are|was|were|has|have|had|will|would|can|could|may|might|shall|should|must)$/.test(ctx.word(v))) return false;
    }
    return false;
  }
  return false;
}

const JUDGED_NEEDED = new Set(['called', 'required', 'needed', 'necessary', 'proper', 'expedient', 'advisable', 'best', 'fit']);

/** From k, "little point", "no reason to", "no need to": nothing gained by a course, advice against it. */
function noPointIn(ctx: SentenceContext, k: number): boolean {
  return /^(little|no)$/.test(ctx.word(k)) && /^(point|sense|use|need|reason|advantage|benefit)$/.test(ctx.word(k + 1));
}

/** The gerund at i follows another in a list: "reviewing, commenting on, suggesting …". */
function inActivityList(ctx: SentenceContext, i: number): boolean {
  const before = /^(on|to|with|for|about)$/.test(ctx.word(i - 1)) ? ctx.word(i - 2) : ctx.word(i - 1);
  return before.length > 4 && before.endsWith('ing');
}

/** At i a verb of suggesting after "as the name (might)", "as its title": what a name tells of its bearer. */
export function namesTell(ctx: SentenceContext, i: number): boolean {
  const k = /^(might|may|would|could|should)$/.test(ctx.word(i - 1)) ? i - 2 : i - 1;
  return (
    /^(name|names|title|term|word|label)$/.test(ctx.word(k)) &&
    /^(the|its|their|this|his|her)$/.test(ctx.word(k - 1)) &&
    ctx.word(k - 2) === 'as' &&
    /^(suggest|suggests|implies|imply|indicates|indicate)$/.test(ctx.word(i))
  );
}

export function evidentialReason(ctx: SentenceContext, i: number): string | undefined {
  const w = ctx.word(i);
  const prev = ctx.word(i - 1);
  const next = ctx.word(i + 1);
  const inferential = w.startsWith('suggest') || w.startsWith('impl'); // "suggest", "imply": an inference whatever the subject, unless a plan is put forward
  // "more mixed than that claim suggests", "less effective than the figures would indicate": the writer measures the
  // evidence against what something else suggests, and does not hedge.
  const clause = ctx.clauseStart(i);
  if (INFERENCE_VERBS.has(w) && ctx.tokens.slice(clause, i).some((tok) => tok.lower === 'than') && next !== 'that' && next !== 'it')
    return undefined;
  // "workshops are, as the name might suggest, workshops where …": what a name tells, an idiom, no inference hedged;
  // "considerations, which will readily suggest themselves": what comes to mind
  if (namesTell(ctx, i) || next === 'themselves' || next === 'itself') return undefined;
  // "open to such improvements as further information might suggest": whatever it suggests, a discretion
  if (/^(may|might|shall|should)$/.test(prev) && asDiscretion(ctx, i - 1)) return undefined;
  // "All these circumstances suggest the urgency of action by the Congress": a call to act, no claim held open
  if (w.startsWith('suggest') && next === 'the' && CALLS_TO_ACT.has(ctx.word(i + 2)) && /^(of|for)$/.test(ctx.word(i + 3)))
    return undefined;
  // "nothing in this post suggests that it was", "no evidence suggests that": an inference denied outright, no doubt held open.
  const opener = /^(and|but)$/.test(ctx.word(clause)) ? clause + 1 : clause;
  if (/^(nothing|no|none)$/.test(ctx.word(opener)) || /^(nothing|none)$/.test(prev)) return undefined;
  // "is suggested by the ability of ...", "was first suggested by experiments": the passive names the evidence.
  if (
    inferential &&
    w.endsWith('ed') &&
    next === 'by' &&
    (BE_FORMS.has(prev) ||
      (BE_FORMS.has(ctx.word(i - 2)) && /^(first|also|further|previously|recently|originally|thus|then)$|ly$/.test(prev)))
  ) {
    const byAt = headAfter(ctx, i + 2);
    if (byAt < ctx.tokens.length && !isActor(ctx, byAt))
      return `"${w} by ${ctx.tokens[byAt].text}" rests an inference on evidence without saying how strongly it holds.`;
    return undefined; // "was suggested by the Commission": a proposal
  }
  // Participles handled elsewhere or not evidential: "has been suggested" (passive-attribution),
  // "as suggested by", "as indicated in Table 2", "the suggested changes".
  // ("receiving suggested patches", "reviewing proposed and suggested changes": the participle before its noun names what was proposed)
  if (
    w.endsWith('ed') &&
    (['been', 'be', 'is', 'was', 'are', 'were', 'as', 'the', 'a', 'an', 'being', 'therein', 'herein'].includes(prev) ||
      // "It is therefore suggested whether …": the same passive, an adverb between
      (BE_FORMS.has(ctx.word(i - 2)) && /^(therefore|also|further|accordingly|respectfully|thus|hence)$/.test(prev)) ||
      (objectOfAGerundOrPreposition(ctx, i) && /^(Plural|Singular)$/.test(ctx.lexTag(i + 1) ?? '')) ||
      next === 'by' ||
      next === 'in' ||
      next === 'above' ||
      next === 'below')
  )
    return undefined;
  if (w.endsWith('ing')) {
    // ("reviewing, commenting on, suggesting alternatives to, and rejecting patches": one in a list of activities)
    if (ctx.breakBefore(i) && !(inActivityList(ctx, i) && proposesPlan(ctx, i)))
      return `", ${w}" draws an inference from what precedes it.`;
    // ", thus suggesting", "thereby implying": the inference drawn from the clause before.
    if (
      /^(thus|thereby|hence|further|also|strongly|clearly|so|again|therefore)$/.test(prev) &&
      (ctx.breakBefore(i - 1) || !isActor(ctx, i - 2))
    )
      return `"${prev} ${w}" draws an inference from what precedes it.`;
    // "a CpG-rich island suggesting expression in the germ line": a finding read as a sign, unless a plan is put forward ("a letter suggesting changes").
    if (
      inferential &&
      i > 0 &&
      !isActor(ctx, i - 1) &&
      !PERSON_SUBJECTS.has(prev) &&
      !proposesPlan(ctx, i) &&
      /^(Noun|Singular|Plural|Uncountable|)$/.test(ctx.lexTag(i - 1) ?? '') &&
      !ctx.isDeterminer(i - 1)
    )
      return `"${w}" reads a finding as a sign of something it does not show.`;
  }
  // "able to suggest the right tools", "guidelines suggest to have data stewards": to recommend; but "seems to suggest" infers.
  if (
    inferential &&
    ((prev === 'to' && !/^(seem|seems|seemed|appear|appears|appeared|tend|tends|tended|would|might)$/.test(ctx.word(i - 2))) ||
      next === 'to')
  )
    return undefined;
  // "suggests the following timelines": a proposal set out below.
  if (next === 'the' && ctx.word(i + 2) === 'following') return undefined;
  let subjAt = ctx.subjectBefore(i);
  if (HAVE_FORMS.has(ctx.word(subjAt))) subjAt = ctx.subjectBefore(subjAt); // "these results have suggested"
  const subj = ctx.word(subjAt);
  const subjIsEvidence = (EVIDENCE_SUBJECTS.has(subj) && !DOCUMENT_NOUNS.has(subj)) || subjectMentionsEvidence(ctx, i);
  // "Page 72 of the draft indicates that", "the draft plan indicates": a document's content reported, not an inference.
  if (
    w.startsWith('indicat') &&
    (DOCUMENT_NOUNS.has(subj) || (subjAt >= 0 && !subjIsEvidence && (isActor(ctx, subjAt) || isSpeakerNoun(subj))))
  )
    return undefined;
  // "CARB suggests that …", "their analogy suggests that …": someone else's claim or proposal, reported.
  if (
    !subjIsEvidence &&
    subjAt >= 0 &&
    (isAcronym(ctx.tokens[subjAt].text) || DOCUMENT_NOUNS.has(subj) || (subjAt > 0 && /^(their|his|her)$/.test(ctx.word(subjAt - 1))))
  )
    return undefined;
  // "suggests that policies “could potentially reduce” emissions": the complement quotes its source.
  if (next === 'that') for (let k = i + 2; k < Math.min(ctx.tokens.length, i + 14); k++) if (insideQuotation(ctx, k)) return undefined;
  // "we … suggest paths toward feasible legislation", "which approach it suggested": the writer's or someone's proposal.
  if (
    inferential &&
    next !== 'that' &&
    (PERSON_SUBJECTS.has(subj) || ctx.words.slice(ctx.clauseStart(i), i).some((word) => word === 'we' || word === 'i')) &&
    !['it', 'they', 'this', 'these', 'there'].includes(next)
  )
    return undefined;
  if (inferential && w.endsWith('ed') && PROPOSAL_OBJECTS.has(ctx.word(subjAt - 1))) return undefined;
  // "the other steps suggested should be acted on": a participle after its noun names what was proposed.
  if (inferential && w.endsWith('ed') && PROPOSAL_OBJECTS.has(ctx.word(i - 1)) && !ctx.breakBefore(i)) return undefined;
  // "such recommendations as labor and observation suggest", "those remedies which obvious causes suggested": the remedy
  // proposed is the verb's object, standing before it ("changes, as the data suggest, are needed" still infers)
  if (w.startsWith('suggest') && ctx.clauseEndsBefore(i + 1) && proposalRelativeBefore(ctx, i)) return undefined;
  // "Earlier studies suggest that … (Dowd et al. 2017)", "@smith2019 find that": a cited work's inference, reported; the
  // writer's own ("our estimates suggest that") still hedges.
  if (next === 'that' && (citationSubject(ctx, i) || (citesSource(ctx) && !(subjAt >= 0 && writerSubject(ctx, subjAt))))) return undefined;
  // "a session greeting indicating that the last connection came from …", "a warning indicating that the file is
  // missing", "The dark blue cell indicates that …": what a sign, a message or a table's mark says, literally, not an
  // inference.
  if (w.startsWith('indicat') && (SIGNS.has(prev) || SIGNS.has(subj))) return undefined;
  // "I do not suggest that every farm family can …": the writer disclaiming a reading, no inference held open; "avoid
  // suggesting it is any company's project": an instruction about what not to imply.
  if (inferential && (/^(not|n't|never)$/.test(prev) || /^(avoid|without|stop|refrain|against)$/.test(prev))) return undefined;
  if (inferential && prev === 'from' && ctx.word(i - 2) === 'refrain') return undefined;
  // "If your standards would be useful, please do suggest them", "Suggest a change": what the writer asks the reader to do.
  if (inferential && (prev === 'please' || (prev === 'do' && ctx.word(i - 2) === 'please') || (i === 0 && next !== 'that')))
    return undefined;
  // "I respectfully suggest that two elements are essential", "we suggest that the Council should …": the writer's proposal.
  if (inferential && next === 'that' && PERSON_SUBJECTS.has(subj) && (prev === 'respectfully' || recommendationFollows(ctx, i + 2)))
    return undefined;
  // "I suggested that the Congress also consider …", "I will suggest that Congress appropriate …": what a body should do,
  // its verb bare ("I suggest that the council has misread its figures" still infers).
  if (inferential && next === 'that' && PERSON_SUBJECTS.has(subj)) {
    const body = ctx.word(i + 2) === 'the' ? i + 3 : i + 2;
    if (ADDRESSED_BODIES.has(ctx.word(body))) {
      let verb = body + 1;
      while (ctx.isLyAdverb(verb) || ctx.word(verb) === 'also' || ctx.word(verb) === 'now') verb++;
      if (!FINITE_AFTER_SUBJECT.test(ctx.word(verb))) return undefined;
    }
  }
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
  if (['it', 'they', 'this', 'these', 'there'].includes(next) && !w.startsWith('propos'))
    return `"${w} ${ctx.tokens[i + 1].text} …" presents an inference, not a finding.`;
  // "the report suggests three options", "respondents suggested extending the deadline"; but "this suggests a change of course":
  // a demonstrative subject points back to a finding, and what it suggests is read from it.
  // Measurements cannot propose: "the results suggest a new option for treatment" still infers.
  if (!POINTING_SUBJECTS.has(subj) && !MEASUREMENTS.has(subj) && proposesPlan(ctx, i)) return undefined;
  if (w.startsWith('indicat') && !subjIsEvidence) return undefined; // "the minister indicated his support"
  if (subjIsEvidence && subjAt >= 0) return `"${subj} ${w}" infers from evidence without saying how strongly it holds.`;
  // "This tight correlation ... suggests a critical role": a thing, not an actor, suggests what it is a sign of.
  // A person, state or body that suggests something is proposing it: "Russia suggests a step-by-step scenario".
  if (inferential && !w.endsWith('ing') && subjAt >= 0 && !PERSON_SUBJECTS.has(subj) && !isActor(ctx, subjAt))
    return `"${w}" with "${ctx.tokens[subjAt].text}" as its subject reads a finding as a sign of something it does not show.`;
  return undefined;
}

/** "applicants", "suppliers", "respondents": people named by what they do; not "rents", "events" or "payments". */
/** Those a regulator or funder expects things of: "the evidence we expect firms to keep". */
const ORGANISATIONS = new Set([
  'firms',
  'companies',
  'businesses',
  'organisations',
  'organizations',
  'providers',
  'lenders',
  'banks',
  'schools',
  'councils',
  'charities',
]);

function looksLikePeople(word: string): boolean {
  return word.length >= 7 && !word.endsWith('ments') && /^\p{L}+(ers|ors|ants|ents)$/u.test(word);
}

/** A verb stands between the clause's start and token k: k is in the predicate, not the subject. */
function afterMainVerb(ctx: SentenceContext, k: number): boolean {
  for (let j = ctx.clauseStart(k); j < k; j++)
    if (
      /^(PresentTense|PastTense|Verb|Copula|Modal|Infinitive|Gerund)$/.test(ctx.lexTag(j) ?? '') ||
      BE_FORMS.has(ctx.word(j)) ||
      STUDYING_VERBS.has(ctx.word(j))
    )
      return true;
  return false;
}

/** "it's time", "it is time", "it may be time": what follows is a proposal. */
function timeToAct(ctx: SentenceContext, k: number): boolean {
  let j = k;
  if (ctx.word(j) === "it's" || ctx.word(j) === 'it’s') j++;
  else if (ctx.word(j) === 'it' && (BE_FORMS.has(ctx.word(j + 1)) || ctx.word(j + 1) === "'s")) j += 2;
  else return false;
  return ctx.word(j) === 'time';
}

/** After an appearance verb: ", but is (in reality | in fact | really | actually) …" within a few words. */
function looksButIs(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k < Math.min(ctx.tokens.length - 2, from + 5); k++)
    if (ctx.word(k) === 'but' && BE_FORMS.has(ctx.word(k + 1)))
      return /^(in|really|actually)$/.test(ctx.word(k + 2)) && (ctx.word(k + 2) !== 'in' || /^(reality|fact|truth)$/.test(ctx.word(k + 3)));
  return false;
}

/** What numbers a candidate in a list: "a third possibility", "another explanation". */
const ORDINAL_OR_ANOTHER = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'final', 'last', 'another', 'further']);

/** Verbs of studying or describing, which the lexicon reads as nouns ("reviews", "models") or does not know ("discusses"). */
const STUDYING_VERBS = contextWords.studyingVerbs;

/** The steps of an impact assessment's significance scale: "minor adverse", "negligible", "moderate beneficial". */
const IMPACT_RATINGS = new Set(['negligible', 'minor', 'moderate', 'major', 'substantial', 'slight']);

/** Degree hedges that a figure beside them calibrates. */
const CALIBRATED_DEGREES = new Set(['somewhat', 'slightly', 'marginally', 'rather']);

/** What the writer's side expects to do: "we expect to report", "we expect to publish". */
const PLANNED_ACTS = new Set([
  'report',
  'publish',
  'complete',
  'finish',
  'launch',
  'deliver',
  'consult',
  'announce',
  'issue',
  'release',
  'start',
  'begin',
  'open',
]);

/** What a document or a record is required to be: "We expect a DPIA to be proportionate", "… to be kept up to date". */
const REQUIRED_STANDARDS = new Set([
  'substantive',
  'credible',
  'prompt',
  'proportionate',
  'proportional',
  'complete',
  'accurate',
  'documented',
  'recorded',
  'reviewed',
  'kept',
  'signed',
  'published',
  'available',
  'clear',
  'fair',
  'reciprocal',
  'transparent',
  'honest',
]);

/**
 * The comparative after the degree word is followed at once by its size: "lower, at around 41", "higher (2.1%)",
 * "higher, by 3 points" (not a year: "higher in 2023" gives no size).
 */
function figureFollows(ctx: SentenceContext, to: number): boolean {
  let j = to + 1;
  if (/^(at|by|to|around|about)$/.test(ctx.word(j)) && ctx.breakBefore(j)) j++;
  else if (!ctx.breakBefore(j)) return false;
  if (/^(around|about|roughly|some)$/.test(ctx.word(j))) j++;
  // the figure, past a currency's letters or sign ("W$41 billion", "£3bn")
  for (let k = j; k < Math.min(ctx.tokens.length, j + 3); k++) {
    const w = ctx.tokens[k].text;
    if (/\d/.test(w)) return !/^(1[89]|20)\d\d$/.test(w);
    if (!/^[A-Z]{0,3}[$£€¥]?$/.test(w)) return false;
  }
  return false;
}

/** The word at i opens the object of a gerund that acts ("receiving suggested patches"; not "on housing suggested") or of a preposition. */
function objectOfAGerundOrPreposition(ctx: SentenceContext, i: number): boolean {
  if (ctx.lexTag(i - 1) === 'Preposition') return true;
  return ctx.lexTag(i - 1) === 'Gerund' && ctx.lexTag(i - 2) !== 'Preposition' && !ctx.isDeterminer(i - 2);
}

/** Before the verb at `verb`, in its clause: a proposal noun, then the relative ("which", "that", "as") whose verb it is. */
function proposalRelativeBefore(ctx: SentenceContext, verb: number): boolean {
  for (let k = verb - 1; k > 0 && k >= verb - 12; k--) {
    if (!/^(which|that|as)$/.test(ctx.word(k))) continue;
    for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
      if (PROPOSAL_OBJECTS.has(ctx.word(j))) return true;
      if (ctx.breakBefore(j)) break;
    }
    return false;
  }
  return false;
}

/** Verbs of what a situation calls for: "seemed to require", "appeared to justify". */
const CALLED_FOR = new Set(['require', 'justify', 'demand', 'warrant', 'dictate']);
/** Situations that call for a course: "the time", "the occasion", "the exigency of the moment", "the public interests". */
const OCCASIONS = new Set([
  'time',
  'occasion',
  'occasions',
  'exigency',
  'exigencies',
  'circumstances',
  'interests',
  'emergency',
  'situation',
]);

/** Before `at`, past "is", "remains", "not", "still" and the like: the expletive "it" ("it is still not clear"). */
function expletiveSubject(ctx: SentenceContext, at: number): boolean {
  let k = at - 1;
  while (
    k >= 0 &&
    at - k <= 5 &&
    /^(is|was|are|were|be|been|remains|remained|seems|seemed|not|n't|still|yet|also|far|entirely|quite|very|largely|now)$/.test(ctx.word(k))
  )
    k--;
  return ctx.word(k) === 'it';
}
