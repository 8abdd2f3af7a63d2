// hedge: the clause around a cue: conditions, relative clauses, reported clauses, quotations, concessions, advice.
import { type SentenceContext } from '../context';
import { contextWords, sources } from '../lexicon';
import { isAcronym, startsWithDigit } from '../text-shape';
import { citationSubject, isActor, isSpeakerNoun, writerSubject } from './subjects';
import {
  ADJECTIVE_ENDING,
  ADVICE_ADJECTIVES,
  BE_FORMS,
  DIRECTED_PARTICIPLES,
  DOCUMENT_NOUNS,
  EVIDENCE_NOUNS,
  EVIDENCE_SUBJECTS,
  HAVE_FORMS,
  INDIRECT_QUESTION_PREPOSITIONS,
  INQUIRY_WORDS,
  MEASUREMENTS,
  NON_ASSERTING_OPENERS,
  OBJECT_BOUNDARIES,
  POINTING_SUBJECTS,
  PROPOSAL_OBJECTS,
  RELATIVE_PRONOUNS,
  REPORTING_VERBS,
} from './words';

/** Inside quotation marks: the words are someone else's. */
export function insideQuotation(ctx: SentenceContext, i: number): boolean {
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
export function modalBefore(ctx: SentenceContext, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (/^(may|might|could|would|can)$/.test(ctx.word(k))) return k;
  return i;
}

/** "potentially destructive events": a noun after the adjective (not a preposition, a verb's object marker or a clause). */
export function nounFollows(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  if (!w || ctx.breakBefore(k)) return false;
  if (/^(of|to|for|and|or|in|on|at|by|with|that|than|as|if|when|because|but|is|are|was|were|be)$/.test(w)) return false;
  const tag = ctx.lexTag(k) ?? '';
  if (/^(Noun|Singular|Plural|Uncountable)$/.test(tag)) return true;
  if (/^(Determiner|Preposition|Conjunction|Adverb|Modal|Copula|Pronoun)$/.test(tag)) return false;
  return /(s|ts|ies|ions|ments|ures|ity|ness)$/.test(w) && !/(ous|ss|is|us)$/.test(w);
}

/** An adjective or a participle used as one: "destructive", "unrealistic", "large", "rewritten". */
export function adjectiveLike(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  const tag = ctx.lexTag(k) ?? '';
  if (/^(Verb|PresentTense|PastTense|Infinitive|Gerund|Modal|Copula|Noun|Singular|Plural|Preposition|Determiner)$/.test(tag)) return false;
  return tag === 'Adjective' || tag === 'Comparative' || (/^un/.test(w) && !/s$/.test(w)) || ADJECTIVE_ENDING.test(w) || w.endsWith('en');
}

/** Verdicts on a thing after "I believe it …": what it lacks or is worth, judged. */
const VERDICTS = contextWords.verdictAdjectives;

/** Small counts spelled out: "three things", "two steps". */
const COUNTED = new Set(['two', 'three', 'four', 'five', 'six', 'several']);

/** After "I believe", "in our view", "we expect": a recommendation ("we have a responsibility to", "the Council should"). */
/** Predicates of value: what is fair, just or right is judged, not observed (data/context.json). */
const VALUE_PREDICATES = contextWords.valuePredicates;

/** After "worth": "fighting for", "it", "the effort" (a value), not an amount ("about 2% of GDP"). */
function worthDoing(ctx: SentenceContext, k: number): boolean {
  const next = ctx.word(k);
  return (
    (next.endsWith('ing') && !/^(nothing|something|anything)$/.test(next)) ||
    next === 'it' ||
    next === 'while' ||
    (next === 'the' && /^(effort|cost|risk|price|wait|trouble)$/.test(ctx.word(k + 1)))
  );
}

/** A form of "be" before `j`, or one with an adverb between ("is urgently needed", "is now necessary"). */
function afterBe(ctx: SentenceContext, j: number): boolean {
  if (BE_FORMS.has(ctx.word(j - 1))) return true;
  return (ctx.isLyAdverb(j - 1) || BETWEEN_BE.has(ctx.word(j - 1))) && BE_FORMS.has(ctx.word(j - 2));
}
const BETWEEN_BE = new Set(['now', 'also', 'still', 'therefore', 'thus', 'so', 'more', 'most', 'all', 'equally', 'even']);

export function recommendationFollows(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < Math.min(ctx.tokens.length, k + 14); j++) {
    const w = ctx.word(j);
    if (
      /^(should|must|ought|responsibility|duty|obligation|needs|need|incumbent)$/.test(w) &&
      !(w.startsWith('need') && ctx.word(j + 1) !== 'to')
    )
      return true;
    // "We believe this has to change": an obligation; "every young person deserves a fair chance": a value held.
    if (/^(has|have)$/.test(w) && ctx.word(j + 1) === 'to' && j > k) return true;
    if (/^(deserves?|merits?)$/.test(w) && (ctx.isDeterminer(j + 1) || /^(to|better|more|our|their)$/.test(ctx.word(j + 1)))) return true;
    // "in my view, still requires further research", "in our opinion, merit further investigation": a call for work.
    if (
      /^(requires?|merits?|deserves?|warrants?|calls?)$/.test(w) &&
      /^(further|more|additional|attention|investigation|research|study|for)$/.test(ctx.word(j + 1))
    )
      return true;
    // ("it is often necessary, and … often wise, that there should be", "it is in the power of Congress to devise")
    if (
      /^(important|essential|vital|time|crucial|imperative|necessary|wise|desirable|expedient|advisable)$/.test(w) &&
      (BE_FORMS.has(ctx.word(j - 1)) ||
        (ctx.isLyAdverb(j - 1) && BE_FORMS.has(ctx.word(j - 2))) ||
        /^(often|always)$/.test(ctx.word(j - 1)))
    )
      return true;
    // "has emphasized, in my opinion, the desirability of the steps I then proposed": a course endorsed
    if (/^(desirability|necessity|wisdom|advisability|expediency)$/.test(w) && ctx.word(j + 1) === 'of') return true;
    if (w === 'power' && ctx.word(j - 2) === 'in' && ctx.word(j + 1) === 'of' && BE_FORMS.has(ctx.word(j - 3))) return true;
    // "I believe that we can make these the best four years in our history", "I believe we can": the speaker's resolve
    // about what her side sets out to do, not a forecast weakened ("I believe we will see prices fall" still hedges).
    if (
      (j === k || (j === k + 1 && ctx.word(k) === 'that')) &&
      w === 'we' &&
      ctx.word(j + 1) === 'can' &&
      !/^(see|expect|say|assume|conclude|infer)$/.test(ctx.word(j + 2)) &&
      !ctx.breakBefore(j + 1)
    )
      return true;
    // "We must succeed, and I believe we will.", "I believe we will win this fight": the same resolve
    if (j === k && w === 'we' && ctx.word(j + 1) === 'will' && (j + 2 >= ctx.tokens.length || RESOLVED.has(ctx.word(j + 2)))) return true;
    // "And I believe most of you are too": a courtesy to the audience, no claim about the world
    if (j === k && /^(most|many|all|some)$/.test(w) && ctx.word(j + 1) === 'of' && ctx.word(j + 2) === 'you') return true;
    // "I believe the time has come to conduct a broad national inquiry": a course of action called for.
    if (w === 'time' && ctx.word(j + 1) === 'has' && ctx.word(j + 2) === 'come') return true;
    // "I believe this bureau is needed", "we think a second review is urgently needed": a call for the thing.
    if ((w === 'needed' || w === 'necessary') && afterBe(ctx, j)) return true;
    // "it will in my view be appropriate to reduce Bank Rate", "it would be right to wait": a course of action judged.
    if (
      /^(appropriate|right|sensible|wise|prudent|necessary|desirable|premature)$/.test(w) &&
      BE_FORMS.has(ctx.word(j - 1)) &&
      ctx.word(j + 1) === 'to'
    )
      return true;
    // "in my view, the worst response would be to treat …", "the best course is to wait": a course of action ranked.
    // "in our view a well-designed cap is the surest route to affordable care", "in our view, the right approach is to pilot
    // the scheme": the best course named.
    if (
      /^(best|surest|safest|quickest|fastest|cheapest|right|correct|proper|sensible|wisest|simplest|better|preferred)$/.test(w) &&
      /^(route|way|path|course|option|approach|means)$/.test(ctx.word(j + 1))
    )
      return true;
    // "in our view, none of these uncertainties is a reason to delay": a course of action weighed; "in our view the answer
    // is no": a question the document asked, answered as its stance.
    if (w === 'reason' && /^(to|for)$/.test(ctx.word(j + 1)) && (BE_FORMS.has(ctx.word(j - 1)) || BE_FORMS.has(ctx.word(j - 2))))
      return true;
    if (w === 'answer' && BE_FORMS.has(ctx.word(j + 1)) && /^(no|yes)$/.test(ctx.word(j + 2))) return true;
    // "I believe it advisable to entrust the functions to a board": a course of action judged, with no "is" between.
    if (j === k && w === 'it' && ADVICE_ADJECTIVES.has(ctx.word(j + 1)) && ctx.word(j + 2) === 'to') return true;
    // "I believe it deficient in certain particulars": the writer's verdict on a thing she names, with no "is" between
    // ("I believe it likely that prices fall" still hedges).
    if (j === k && w === 'it' && VERDICTS.has(ctx.word(j + 1))) return true;
    // "I think you will agree with me that we have created …", "I think that all thoughtful observers will agree that …":
    // an appeal to the listener, not a claim weakened.
    if (j <= k + 5 && (w === 'will' || w === 'would') && ctx.word(j + 1) === 'agree') return true;
    // "I think all of us recognize that …", "I believe we all know that …": the same appeal, to common ground the writer names
    if (
      j <= k + 3 &&
      SHARED_GROUND.has(w) &&
      ctx.words.slice(k, j).some((word) => word === 'all' || word === 'everyone' || word === 'everybody')
    )
      return true;
    // "It seems to me that the first step toward providing this is to supply …", "one great step would be taken by
    // prohibiting …": a course of action named.
    if (/^(step|steps|priority|task|remedy|solution)$/.test(w))
      for (let b = j + 1; b < Math.min(ctx.tokens.length - 1, j + 7); b++)
        if (BE_FORMS.has(ctx.word(b)) && /^(to|taken)$/.test(ctx.word(b + 1))) return true;
    // "I think three things.", "We believe two changes are needed:": a lead-in to the writer's own list of proposals.
    if (j === k && COUNTED.has(w) && /^(things|steps|changes|points|priorities|reforms|measures|actions|lessons)$/.test(ctx.word(j + 1)))
      return true;
    // "I believe the health service is worth fighting for", "such a change would be fairer to the whole force": a value
    // judged, which no source could settle, not a factual claim weakened.
    // ("the levy is worth about 2% of GDP" is a figure)
    // "I believe this is an essential contribution to justice", "patience is a virtue": the value before or as the noun
    if ((VALUE_PREDICATES.has(w) || (w === 'worth' && worthDoing(ctx, j + 1))) && afterBe(ctx, j)) return true;
    if ((VALUE_PREDICATES.has(w) || w === 'virtue') && /^(a|an)$/.test(ctx.word(j - 1)) && BE_FORMS.has(ctx.word(j - 2))) return true;
    // "I think this is a mistake": a verdict on a policy, the writer's stance.
    if ((w === 'mistake' || w === 'error') && ctx.word(j - 1) === 'a' && BE_FORMS.has(ctx.word(j - 2)) && j - 2 <= k + 2) return true;
    if (/^(best|worst|better|worse|wisest|safest|mistake|error)$/.test(w))
      for (let b = j + 1; b < Math.min(ctx.tokens.length - 1, j + 5); b++)
        if (BE_FORMS.has(ctx.word(b)) && ctx.word(b + 1) === 'to') return true;
  }
  return false;
}

/** What a side resolves to do: "we will succeed", "we will win". */
const RESOLVED = new Set(['succeed', 'win', 'prevail', 'overcome', 'meet', 'pass', 'do', 'make', 'build', 'achieve', 'keep']);

/** Participles of saying after a comma: "…, saying Beijing was unlikely to", "…, warning that results may not be trusted". */
const REPORTING_PARTICIPLES = new Set([
  'saying',
  'warning',
  'noting',
  'arguing',
  'claiming',
  'insisting',
  'adding',
  'stating',
  'cautioning',
]);

/** "very likely (90–95%)", "likely (a 60% chance)": the scale is given, so the estimate is calibrated. */
export function calibrated(ctx: SentenceContext, to: number): boolean {
  for (let j = to; j < Math.min(ctx.tokens.length, to + 6); j++) {
    const w = ctx.word(j);
    if (startsWithDigit(w) && (/%/.test(ctx.gapBefore(j + 1)) || w.endsWith('%') || /^(per|percent)$/.test(ctx.word(j + 1)))) return true;
    // "scored it as likely (4)": a step of a rating scale given in brackets.
    if (j === to && startsWithDigit(w) && ctx.gapBefore(j).includes('(') && w.length <= 2) return true;
    if (/^(probability|odds)$/.test(w) && startsWithDigit(ctx.word(j + 1))) return true;
  }
  return false;
}

/** Words that end a noun phrase standing between a relative pronoun and the predicate: a verb. */
export function verbLike(ctx: SentenceContext, k: number): boolean {
  const tag = ctx.lexTag(k) ?? '';
  // Finite forms only: a base form the lexicon also knows as a noun ("model", "rate", "use") is read as a noun, and so is
  // a form it tags as a verb right after a determiner ("the models", "the costs").
  return (
    /^(PastTense|PresentTense|Modal|Copula|Auxiliary)$/.test(tag) &&
    !(tag === 'PresentTense' && ctx.isDeterminer(k - 1) && !RELATIVE_PRONOUNS.has(ctx.word(k - 1)))
  );
}

/**
 * After the modal (or "is likely to") at `at`: a verb that interprets rather than describes ("that may reflect their
 * role", "a protein that is likely to be involved in"): a hypothesis about the things named, not a class picked out.
 */
export function interpretiveVerb(ctx: SentenceContext, at: number): boolean {
  let k = ctx.nextContent(at);
  if (/^(likely|unlikely)$/.test(ctx.word(k)) && ctx.word(k + 1) === 'to') k = ctx.nextContent(k + 1);
  if (BE_FORMS.has(ctx.word(k - 1)) && /^(likely|unlikely)$/.test(ctx.word(at + 1))) k = ctx.nextContent(at + 2);
  const verb = ctx.word(k);
  if (verb === 'be') {
    const state = ctx.nextContent(k);
    // ("cases in which indemnification may be due": owed, no cause; "may be due to the drought" explains)
    if (ctx.word(state) === 'due' && ctx.word(state + 1) !== 'to') return false;
    return /^(involved|responsible|due|related|linked|associated|implicated|caused|mediated|regulated|important|critical|essential|crucial)$/.test(
      ctx.word(state),
    );
  }
  return INTERPRETIVE_VERBS.test(verb);
}

export const INTERPRETIVE_VERBS =
  /^(reflect|reflects|explain|explains|account|accounts|contribute|contributes|play|plays|represent|represents|mediate|mediates|underlie|underlies|cause|causes|drive|drives|influence|influences|regulate|regulates|participate|participates|act|acts|serve|serves|function|functions|correspond|corresponds|determine|determines|control|controls|modulate|modulates|confer|confers|encode|encodes|bind|binds|interact|interacts|lead|leads|result|results|affect|affects|induce|induces|inhibit|inhibits|activate|activates|enhance|enhances|prevent|prevents|promote|promotes|facilitate|facilitates|link|links|form|forms|share|shares|recognize|recognizes|recognise|recognises|target|targets|indicate|indicates|suggest|suggests|explaining|provide|provides|exist|exists|operate|operates|involve|involves|require|requires|need|needs)$/;

/** Whoever says what the "that" clause after a reporting verb at v holds, if that is someone other than the writer or the evidence. */
export function reportedBySomeoneElse(ctx: SentenceContext, v: number): boolean {
  // "@smith2019 argue that", "\citet{smith2019} find that": a textual citation is the subject (extraction blanks it).
  if (citationSubject(ctx, v)) return true;
  let s = ctx.subjectBefore(v);
  // "Clausing (2007) finds that": the bracketed year opens a clause of its own; the author stands before it.
  if (s < 0 && startsWithDigit(ctx.word(v - 1))) s = v - 1;
  // "DNA-binding properties of HIV-TF1 suggested that": the head of the subject stands before "of".
  for (let k = ctx.clauseStart(v); k < s; k++)
    if (ctx.word(k) === 'of' && k > 0) {
      s = k - 1;
      break;
    }
  // "Clausing (2007) finds that", "Smith et al. (2019) argue": the author before the year.
  while (s > 0 && (startsWithDigit(ctx.word(s)) || /^(al|et|and)$/.test(ctx.word(s)))) s--;
  while (s >= 0 && (HAVE_FORMS.has(ctx.word(s)) || BE_FORMS.has(ctx.word(s)) || /^(also|further|then|both|all)$/.test(ctx.word(s))))
    s = ctx.subjectBefore(s);
  if (s < 0) return false;
  const w = ctx.word(s);
  if (writerSubject(ctx, s)) return false;
  // "Other studies suggest that … may (Dowd et al. 2017)", "Prior work finds that … could [12]": the sentence cites the work
  // whose finding it reports; the modal in the reported clause is that work's, not the writer's hedge.
  if (citesSource(ctx)) return true;
  if (w === 'we' || w === 'i' || MEASUREMENTS.has(w) || EVIDENCE_NOUNS.has(w)) return false;
  if (EVIDENCE_SUBJECTS.has(w) && !DOCUMENT_NOUNS.has(w)) return false;
  // "Industry analysts have warned that the models may …": a vague source's words (the weasel rule flags the source).
  if (isActor(ctx, s) || DOCUMENT_NOUNS.has(w) || isAcronym(ctx.tokens[s].text) || sources.vagueHeads.has(w)) return true;
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
export function reportsOthersInference(ctx: SentenceContext, i: number): boolean {
  let subjAt = ctx.subjectBefore(i);
  if (HAVE_FORMS.has(ctx.word(subjAt))) subjAt = ctx.subjectBefore(subjAt);
  if (subjAt < 0) return false;
  if (writerSubject(ctx, subjAt)) return false;
  const start = ctx.clauseStart(i);
  // "This suggests", "which implies": the writer reads her own point.
  if (subjAt === start && POINTING_SUBJECTS.has(ctx.word(subjAt))) return false;
  return true;
}

/** Verbs of knowing or granting, after "all of us" or "everyone": common ground appealed to. */
const SHARED_GROUND = new Set([
  'recognize',
  'recognise',
  'know',
  'agree',
  'understand',
  'accept',
  'acknowledge',
  'realize',
  'realise',
  'share',
]);

/** The last word of a cue that states a gap in knowledge: "unclear", "is not known", "remains to be seen". */
export const KNOWLEDGE_GAPS = /^(unclear|uncertain|unknown|known|clear|seen|certain|sure|determined|established)$/;

export const QUESTION_WORDS = new Set(['whether', 'if', 'how', 'what', 'why', 'who', 'which', 'when', 'where']);

/** The gap is an indirect question: "unclear whether …", "uncertain how …", or "Whether … remains to be seen" as its subject. */
export function openQuestion(ctx: SentenceContext, from: number, to: number): boolean {
  let k = to;
  if (ctx.word(k) === 'as' && ctx.word(k + 1) === 'to') k += 2; // "uncertain as to whether"
  if (QUESTION_WORDS.has(ctx.word(k)) && !(ctx.word(k) === 'if' && ctx.breakBefore(k))) return true;
  const start = ctx.clauseStart(from);
  return (
    start < from &&
    QUESTION_WORDS.has(ctx.word(start)) &&
    ctx.word(start) !== 'if' &&
    ctx.word(start) !== 'when' &&
    ctx.word(start) !== 'where'
  );
}

/** Markup the prose extraction blanked (a Pandoc "@key", a LaTeX "\citet{…}", a footnote marker) leaves a run of spaces; one that closes the sentence held a citation. */
export const BLANKED_MARKUP = / {3,}[.;!?]?$/;

/** An author-year citation closing a bracket ("(Dowd et al. 2017)", "Smith (2019)") or a numeric one ("[12]", "[3, 4]"). */
export const CITATION_TEXT = /\b(1[89]|20)\d\d[a-z]?\)|\[\d+(\s*[,–-]\s*\d+)*\]/;

/** The sentence carries a citation of its own (in its text, or as blanked citation markup). */
export function citesSource(ctx: SentenceContext): boolean {
  return CITATION_TEXT.test(ctx.text) || BLANKED_MARKUP.test(ctx.text.trimEnd());
}

/**
 * Why the clause holding the predicate at `at` (a modal, or the copula before "likely") asserts nothing the writer
 * commits to, or undefined when it does. Scans back within the clause for the word that opens it.
 */
export function unassertedClause(ctx: SentenceContext, at: number): string | undefined {
  const start = ctx.clauseStart(at);
  // "As Huang and Lapp discuss, this model could …", "According to the plan, emissions may …": the whole sentence reports.
  if (start > 0 && (ctx.word(0) === 'as' || (ctx.word(0) === 'according' && ctx.word(1) === 'to'))) {
    for (let k = 1; k < start; k++) {
      if (ctx.breakBefore(k)) break;
      if (
        ctx.word(0) === 'according' ||
        (REPORTING_VERBS.has(ctx.word(k)) && (isActor(ctx, ctx.subjectBefore(k)) || citationSubject(ctx, k)))
      ) {
        if (k + 1 === start || ctx.word(0) === 'according' || ctx.breakBefore(k + 1)) return 'reports someone else';
      }
    }
  }
  // "Lindqvist said a deal could come by the spring but might cover only some": the reported clause goes on after "but".
  if (/^(but|and|or)$/.test(ctx.word(at - 1)))
    for (let k = at - 2; k >= Math.max(1, at - 16) && ctx.word(k) !== ';'; k--)
      if (REPORTING_VERBS.has(ctx.word(k)) && reportedBySomeoneElse(ctx, k)) return 'reports someone else';
  // "Depending on the design, this could avoid …": the outcome is conditional on a choice.
  if (/^(depending|depend|depends)$/.test(ctx.word(0)) && /^(on|upon)$/.test(ctx.word(1))) return 'sits in a condition';
  for (let k = at - 1; k >= start; k--) {
    const w = ctx.word(k);
    // "That the defense may be more economical, Congress will see the necessity of …": an old purpose clause ("so that")
    // ("That reading may be too simple", "That may help": "that" points, and the sentence asserts)
    if (k === 0 && w === 'that' && /^(may|might)$/.test(ctx.word(at)) && (ctx.isDeterminer(1) || ctx.isSubjectPronoun(1)))
      return 'states a purpose';
    // "except so far as these conditions may be affected by …", "in so far as costs may be shifted", "to remove so far as it
    // might be practicable all causes of variance": a condition
    if (w === 'far' && ctx.word(k - 1) === 'so' && ctx.word(k + 1) === 'as') return 'sits in a condition';
    // "much as a software project might declare an indentation standard", "just as a household would": a likeness
    // drawn with what someone might do, no claim held open
    if (w === 'as' && /^(much|just)$/.test(ctx.word(k - 1)) && (ctx.isDeterminer(k + 1) || ctx.isSubjectPronoun(k + 1)))
      return 'sits in a comparison';
    const opener = NON_ASSERTING_OPENERS[w];
    if (opener) {
      if ((w === 'when' || w === 'where') && ctx.word(k + 1) === 'necessary') continue;
      // ", though this may be unrealistic": a reservation the writer adds, asserted; "Although X may …" and
      // "even though X might …" concede.
      if ((w === 'though' || w === 'although') && k > 0 && ctx.word(k - 1) !== 'even') return undefined;
      return opener;
    }
    // "an estimate of what the cuts could mean", "asks what the reform might achieve": "what" after a preposition or
    // a verb of inquiry opens an indirect question; "What … may show is …" and "This is what … could" commit.
    if (
      w === 'what' &&
      k > 0 &&
      !ctx.breakBefore(k) &&
      (INDIRECT_QUESTION_PREPOSITIONS.has(ctx.word(k - 1)) || (INQUIRY_WORDS.has(ctx.word(k - 1)) && ctx.word(k - 1) !== 'to'))
    )
      return 'sits in an indirect question';
    if (RELATIVE_PRONOUNS.has(w)) {
      // Everything between the pronoun and the predicate is a noun phrase: the pronoun opens this clause.
      for (let j = k + 1; j < at; j++) if (verbLike(ctx, j)) return undefined;
      const prev = ctx.word(k - 1);
      if (w === 'that') {
        if (k === 0) return undefined;
        // "I therefore respectfully suggest that Congress might aid …": the writer's proposal, the modal part of it
        if (/^(suggest|propose|recommend|urge)$/.test(prev) && /^(i|we)$/.test(ctx.word(ctx.subjectBefore(k - 1))))
          return 'states a purpose';
        // "It is much to be desired that this legislation may become operative": what is wished for
        if (/^(desired|wished|desire|wish|pray|prayed)$/.test(prev)) return 'states a purpose';
        if (REPORTING_VERBS.has(prev)) return reportedBySomeoneElse(ctx, k - 1) ? 'reports someone else' : undefined;
        // "A study by X estimated last year that …": a time between the verb and its "that".
        if (/^(year|month|week|spring|summer|autumn|winter|time|ago|\d{4})$/.test(prev) && REPORTING_VERBS.has(ctx.word(k - 3)))
          return reportedBySomeoneElse(ctx, k - 3) ? 'reports someone else' : undefined;
        if (prev === 'so' || prev === 'such' || (prev === 'order' && ctx.word(k - 2) === 'in')) return 'states a purpose';
        // ", suggesting that …", "showing that …": a participle's complement, asserted as much as its clause.
        // "…, warning that results may not be trusted": the participle reports its subject's words.
        if (REPORTING_PARTICIPLES.has(prev) && ctx.breakBefore(k - 1)) return 'reports someone else';
        // ("any processing that is likely to": a noun in -ing after a determiner picks out a class.)
        if (prev.endsWith('ing') && !ctx.isDeterminer(k - 2)) return undefined;
        if (
          BE_FORMS.has(prev) ||
          ctx.lexTag(k - 1) === 'Adjective' ||
          /^(likely|possible|plausible|probable|clear|unclear|true|now|given|fact|is)$/.test(prev) ||
          (ADJECTIVE_ENDING.test(prev) && !/(ment|ness|tion|sion|ity|ance|ence)s?$/.test(prev))
        )
          return undefined;
        // "the draft indicates that", "argued that": a complement clause; "systems of concern that": a relative clause.
        if (verbLike(ctx, k - 1) && !ctx.isDeterminer(k - 2) && !/^(of|for|in|on|with|about)$/.test(ctx.word(k - 2))) return undefined;
        // "evidence that forests are likely to be a source": the content of a piece of evidence or a report, not the writer's hedge;
        // "a widespread apprehension that the truce might fail", "in the hope that time might apply the remedy": of a fear or a hope
        if (
          /^(evidence|findings|indications|signs|reports|claims|view|views|belief|beliefs|assumption|assumptions|argument|arguments|concerns|fears|fear|hopes|hope|apprehension|apprehensions|dread|expectation|expectations)$/.test(
            prev,
          )
        )
          return 'reports someone else';
        // "any processing that is likely to result in a high risk": a class every member of which is meant.
        if (/^(any|all|every|each)$/.test(ctx.word(k - 2))) return 'picks out a class';
        if (interpretiveVerb(ctx, at)) return undefined;
        return 'picks out a class';
      }
      // ", which might motivate citizens": a non-restrictive clause adds a claim; "systems which may suffer" picks out a class.
      if (ctx.breakBefore(k)) return undefined;
      if (interpretiveVerb(ctx, at)) return undefined;
      return 'picks out a class';
    }
    // "Policymakers have indicated they might reduce …", "saying Beijing was unlikely to": a reported clause without "that".
    if (
      REPORTING_VERBS.has(w) &&
      at - k <= 6 &&
      k + 1 < at &&
      (ctx.isSubjectPronoun(k + 1) || ctx.isDeterminer(k + 1) || (ctx.isName(k + 1) && k > 0))
    ) {
      return reportedBySomeoneElse(ctx, k) ? 'reports someone else' : undefined;
    }
    // "Liang was more cautious, saying Beijing was unlikely to …": the participle reports the subject's words.
    if (REPORTING_PARTICIPLES.has(w) && ctx.breakBefore(k) && at - k <= 5) return 'reports someone else';

    // ("whether the intervention is untested or could cause harm": the second predicate shares the clause's opener.)
    if (verbLike(ctx, k) && k < at - 1 && !/^(or|and)$/.test(ctx.word(at - 1))) break;
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
export function concededAppearance(ctx: SentenceContext, modalAt: number): boolean {
  if (!/^(may|might|could)$/.test(ctx.word(modalAt))) return false;
  let k = modalAt + 1;
  while (/^(at|first|also|well|initially|sometimes)$/.test(ctx.word(k))) k++;
  if (!/^(seem|sound|appear|look)$/.test(ctx.word(k))) return false;
  for (let j = k + 1; j < ctx.tokens.length; j++) if (ctx.breakBefore(j) && /^(but|yet|however)$/.test(ctx.word(j))) return true;
  return false;
}

/** "find it helpful to", "find the annex useful": an advice adjective closes the object of "find" within a few words. */
export function findsItUseful(ctx: SentenceContext, findAt: number): boolean {
  for (let k = findAt + 1; k < Math.min(ctx.tokens.length, findAt + 9); k++) {
    if (ctx.breakBefore(k) && k > findAt + 1) return false;
    if (ADVICE_ADJECTIVES.has(ctx.word(k))) return true;
    // (a word the lexicon files as a verb names a thing after a determiner: "find this guide worthwhile")
    if (/^(Verb|PastTense|PresentTense|Infinitive|Modal|Copula)$/.test(ctx.lexTag(k) ?? '') && k > findAt + 1 && !ctx.isDeterminer(k - 1))
      return false;
  }
  return false;
}

/** The object of "suggest" is a plan, not a state of affairs: a gerund ("suggested extending") or a proposal noun ("three options"). */
export function proposesPlan(ctx: SentenceContext, i: number): boolean {
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

/** "that Member States adopt", "that it be", "that we should": a mandative clause (a proposal). */
export function subjunctiveAfterThat(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < Math.min(ctx.tokens.length, k + 6); j++) {
    const w = ctx.word(j);
    if (w === 'should') return true;
    if (
      w === 'be' &&
      j > k &&
      j <= k + 3 &&
      !['may', 'might', 'could', 'would', 'will', 'can', 'to', 'not', 'must', 'cannot'].includes(ctx.word(j - 1))
    )
      return true;
  }
  return false;
}

/**
 * After a modal at `modalAt`: "be asked to", "be required to", "be given … to <verb>", a participle of directing or
 * allowing, then what to do: what someone is or may be directed to do, which asserts nothing of the world.
 */
export function directedToAct(ctx: SentenceContext, modalAt: number): boolean {
  let verbAt = modalAt + 1;
  if (ctx.word(verbAt) === 'also') verbAt++;
  const participle = ctx.word(verbAt + 1);
  if (ctx.word(verbAt) !== 'be' || !DIRECTED_PARTICIPLES.has(participle)) return false;
  // ("an anti-silencer may be required to resume expression": needed for it, not directed to do it)
  if (participle === 'required' && !isActor(ctx, ctx.subjectBefore(modalAt))) return false;
  for (let k = verbAt + 2; k < Math.min(ctx.tokens.length, verbAt + 10) && !ctx.breakBefore(k); k++)
    if (ctx.word(k) === 'to' || ctx.word(k) === 'for') return ctx.word(verbAt + 1) !== 'given' || ctx.word(k) === 'to';
  return false;
}
