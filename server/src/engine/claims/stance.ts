// Claims: the writer's own stance (an instruction, the document describing itself, her method, a definition),
// recommendations, and hypotheses under "would": sentences that assert no fact a source would support.
import { cueBit, forLastSentence, type SentenceContext } from '../context';
import { RULE_STATUS } from '../grammar';
import { contextWords } from '../lexicon';
import { endsWithOpeningQuote, startsWithClosingQuote, startsWithDigit, uncontracted } from '../text-shape';
import { isCausalThanks } from './shapes';
import { isLyAdverb } from './tokens';
import {
  CONTRACTED,
  FIRST_PERSON_SUBJECTS,
  REPORTING,
  courtesy,
  definitions,
  DESCRIBING_BASE_FORMS,
  describingVerbs,
  documentParts,
  ownActs,
  ownMethods,
  stanceVerbs,
} from './words';

/** How far into its first clause a definition's verb may stand ("The Mosaic Effect occurs when"). */
export const DEFINITION_SPAN = 10;

/** A courtesy, or "I" or "we", alone or contracted ("we've", "I'm"): findStance starts from one. */
export const STANCE_CUES = cueBit([
  ...courtesy.firstWords(),
  ...[...FIRST_PERSON_SUBJECTS].flatMap((person) => [person, ...CONTRACTED.map((ending) => `${person}'${ending}`)]),
]);

export const ADVERBS_IN_STANCE = new Set([
  'do',
  'does',
  'did',
  'not',
  "don't",
  "didn't",
  'really',
  'strongly',
  'also',
  'still',
  'firmly',
  'certainly',
  'truly',
  'honestly',
  'just',
  'all',
  'very',
  'much',
  'personally',
  'sincerely',
  'therefore',
  'now',
  'would',
  'only',
  'fully',
]);

/** Words an instruction may open with before its verb: "Never share…", "Always cite…", "Do not publish…". */
export const BEFORE_AN_INSTRUCTION = new Set(['never', 'always', 'do', 'not', "don't", 'please', 'also', 'then', 'first', 'only']);

/** After a sentence's first word: a noun subject's verb ("Support is growing", "Demand rose"), or a preposition of a noun ("Use of cloud"). */
export const AFTER_A_NOUN_SUBJECT = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'of',
  'for',
  'in',
  'from',
  'among',
  'by',
  "'s",
  '’s',
]);

export const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'shall',
  'should',
  'may',
  'might',
  'must',
]);

export const MODAL_OF_HYPOTHESIS = new Set(['would', "wouldn't", "'d"]);

/** After "would": a counterfactual perfect ("would have improved") or a wish ("would like"), not a hypothetical result. */
export const NOT_A_HYPOTHESIS = new Set(['have', "'ve", 'like', 'rather', 'prefer', 'love']);

// Words the stance filters below start from: a sentence without any skips them.
export const WRITER_STANCE_CUES = cueBit([
  ...documentParts.firstWords(),
  ...ownMethods.firstWords(),
  ...ownActs.firstWords(),
  ...definitions.firstWords(),
  ...MODAL_OF_HYPOTHESIS,
]);

/** Why a sentence is the writer's own stance rather than a claim about the world (annotation guide: "The writer's own stance comes first"). */
export type WriterStance =
  | 'instruction'
  | 'document'
  | 'exhibit'
  | 'own-method'
  | 'own-usage'
  | 'own-result'
  | 'own-act'
  | 'definition'
  | 'interpretation';

/** The parts of a document that hold its own data: "Table 2 shows…" reads the writer's own analysis; "This report recommends…" does not. */
export const EXHIBITS = new Set(['table', 'figure', 'chart', 'graph', 'exhibit']);

/** What a document says of itself before "of this report": its purpose or scope. */
const DOCUMENT_PURPOSES = new Set([
  'aim',
  'aims',
  'purpose',
  'objective',
  'objectives',
  'goal',
  'goals',
  'scope',
  'focus',
  'intent',
  'intention',
  'remit',
  'subject',
]);
/** What a document does when it carries out analysis of its own: "This report estimates…", "This paper uses survey data…". */
export const DOCUMENT_METHOD_VERBS = new Set([
  'estimates',
  'estimated',
  'uses',
  'used',
  'models',
  'modelled',
  'modeled',
  'simulates',
  'simulated',
  'calculates',
  'calculated',
  'computes',
  'computed',
  'analyses',
  'analyzes',
  'analysed',
  'analyzed',
  'measures',
  'measured',
  'surveys',
  'surveyed',
  'quantifies',
  'quantified',
  'projects',
  'projected',
  'tests',
  'tested',
  'compares',
  'compared',
]);

/** "we use the term…", "we used the definitions of…": the writer's usage, no analysis of her own. */
export const USAGE_VERBS = new Set(['use', 'used']);

/**
 * The writer's own stance that no claim feature outweighs: an instruction ("Never share a
 * password", "Publish the code"), a description of the document ("Table 2 shows…", "This memo
 * sets out…"), the writer's own methods and results presented as such ("we estimate that…",
 * "our estimates imply…", "in the simulation…"), a definition or a statement of purpose ("The
 * Mosaic Effect occurs when…", "The fund aims to…") or the writer's inference ("This means that…").
 * The document is the evidence for these, or they state no fact a source would support.
 */
export const writerStance = forLastSentence(readWriterStance); // unsupported-claim and the pipeline ask in turn

function readWriterStance(ctx: SentenceContext): WriterStance | undefined {
  if (isInstruction(ctx)) return 'instruction';
  if (offersInterpretation(ctx)) return 'interpretation';
  // "the variables considered are presented in Table 3", "the results are summarised below": where the document shows them
  if (pointsToThisDocument(ctx)) return 'document';
  if (definesQuotedTerm(ctx)) return 'definition';
  if (!ctx.holds(WRITER_STANCE_CUES)) return undefined;
  const tokens = ctx.tokens;
  const cueMasks = ctx.cueMasks;
  for (let i = 0; i < tokens.length; i++) {
    if ((cueMasks[i] & WRITER_STANCE_CUES) === 0) continue; // starts no method, definition or document part
    const method = ownMethods.matchAt(tokens, i);
    // ("we find ourselves debating": where the writer stands, not a result)
    if (method && !(ctx.word(method.end) === 'ourselves'))
      return method.end - i === 2 && USAGE_VERBS.has(ctx.word(i + 1)) ? 'own-usage' : 'own-method';
    // "We have committed £48 million", "In Afghanistan, we helped to liberate …": the writer's side's own act, first-hand
    if (ownActs.matchAt(tokens, i)) return 'own-act';
    if (ctx.words[i] === 'our' && ownStudyAhead(ctx, i)) return 'own-method';
    // (the sentence's own result: a commentary that reports its writer's study in passing is not, for that, all its own analysis)
    if (ctx.words[i] === 'our' && OWN_SAMPLES.has(ctx.word(i + 1))) return 'own-result';
    // "Adaptation aims to build resilience…", "That means a central unit…": in the first clause only
    if (i < DEFINITION_SPAN && ctx.clauseStart(i) === 0 && definitions.matchAt(tokens, i)) return 'definition';
    const part = documentParts.matchAt(tokens, i);
    if (!part) continue;
    // "The objective of this whitepaper is to outline …", "The scope of this report is …": the document's purpose.
    if (i >= 2 && ctx.word(i - 1) === 'of' && DOCUMENT_PURPOSES.has(ctx.word(i - 2)) && ctx.clauseStart(i) === 0) return 'document';
    // "Table 1 shows", "the chart below compares", "This memo sets out"
    let k = part.end;
    while (k < tokens.length && k <= part.end + 1 && (startsWithDigit(ctx.word(k)) || ctx.word(k).length === 1)) k++;
    // "This report uses a simple model to estimate…", "This paper estimates…": the document's own method, and its results are its own.
    if (DOCUMENT_METHOD_VERBS.has(ctx.word(k))) return 'own-method';
    // "Most of the remainder of this document will outline the powers of …": what the document goes on to do
    const willDescribe = ctx.word(k) === 'will' && DESCRIBING_BASE_FORMS.has(ctx.word(k + 1));
    if (!willDescribe && !describingVerbs.matchAt(tokens, k)) continue;
    for (let j = i; j < part.end; j++) if (EXHIBITS.has(ctx.word(j))) return 'exhibit'; // "Table 2 shows", "the chart below compares"
    return 'document';
  }
  return undefined;
}

/** What a definition's "is" introduces: 'a “maintainer” is anyone who', '“Open” is a licence that', '“Reuse” is when'. */
const DEFINING_COMPLEMENTS = new Set(['a', 'an', 'any', 'anyone', 'anything', 'someone', 'something', 'one', 'what', 'when', 'where']);

/** 'a “maintainer” is anyone who …', '"Open by default" means that …': a term in quotation marks, then what it is. */
function definesQuotedTerm(ctx: SentenceContext): boolean {
  for (let k = 0; k < Math.min(ctx.tokens.length, DEFINITION_SPAN); k++) {
    if (!endsWithOpeningQuote(ctx.gapBefore(k))) continue;
    for (let j = k + 1; j < Math.min(ctx.tokens.length, k + 5); j++)
      if (startsWithClosingQuote(ctx.gapBefore(j)))
        return (
          (/^(means|denotes)$/.test(ctx.word(j)) || (/^(is|are)$/.test(ctx.word(j)) && DEFINING_COMPLEMENTS.has(ctx.word(j + 1)))) &&
          !/\d/.test(ctx.text)
        );
    return false;
  }
  return false;
}

/** "… are presented in Table 3", "… is shown in Figure 2", "… are listed below": the document pointing to its own parts. */
function pointsToThisDocument(ctx: SentenceContext): boolean {
  for (let k = 1; k < ctx.tokens.length - 1; k++) {
    if (!SHOWN_IN.has(ctx.word(k)) || !BE_FORMS_SHOWN.has(ctx.word(k - 1) === 'also' ? ctx.word(k - 2) : ctx.word(k - 1))) continue;
    const next = ctx.word(k + 1);
    if (next === 'below' || next === 'above' || (next === 'here' && ctx.clauseEndsBefore(k + 2))) return true;
    if ((next === 'in' || next === 'on') && DOCUMENT_PLACES.has(ctx.word(k + 2)) && ctx.isCapitalized(k + 2)) return true;
  }
  return false;
}
// ("only a few of the largest are mentioned here": the document's own selection)
const SHOWN_IN = new Set([
  'presented',
  'shown',
  'listed',
  'given',
  'summarised',
  'summarized',
  'displayed',
  'tabulated',
  'plotted',
  'mentioned',
  'described',
  'covered',
]);
const BE_FORMS_SHOWN = new Set(['is', 'are', 'was', 'were', 'be']);
const DOCUMENT_PLACES = new Set(['table', 'figure', 'fig', 'chart', 'section', 'chapter', 'appendix', 'annex', 'box', 'exhibit']);

/**
 * "One reading is that the ban is meant to …", "My reading of the figures is that …", "Another explanation is that …":
 * the writer offers her interpretation as one among others, framed as such; it asserts no fact a source would support
 * (a hedge in it is still shown by the hedge rule).
 */
function offersInterpretation(ctx: SentenceContext): boolean {
  if (!INTERPRETATION_OWNERS.has(ctx.word(0)) || !INTERPRETATIONS.has(ctx.word(1))) return false;
  for (let k = 2; k < Math.min(ctx.tokens.length - 1, 8); k++) if (ctx.word(k) === 'is' && ctx.word(k + 1) === 'that') return true;
  return false;
}
const INTERPRETATION_OWNERS = new Set(['one', 'another', 'my', 'our']);
const INTERPRETATIONS = new Set(['reading', 'explanation', 'interpretation']);

/** "In our 2026 Household Finance Survey, … 81 per cent …": the writer's own study, named with its year or title. */
function ownStudyAhead(ctx: SentenceContext, ourAt: number): boolean {
  for (let k = ourAt + 2; k <= ourAt + 5 && k < ctx.tokens.length; k++) {
    if (ctx.breakBefore(k) || /['’]s?$/.test(ctx.tokens[k - 1].text) || ctx.gapBefore(k).includes("'")) return false; // "our neighbours' survey"
    if (OWN_STUDIES.has(ctx.words[k])) return true;
  }
  return false;
}

/** Whom a writer's own study follows: "Emergency admissions among our participants fell by a third". */
const OWN_SAMPLES = contextWords.ownSamples;

/** What a writer's organisation carries out itself: "our 2026 household survey", "our annual field audit". */
const OWN_STUDIES = new Set([
  'survey',
  'surveys',
  'analysis',
  'study',
  'review',
  'census',
  'count',
  'audit',
  'evaluation',
  'assessment',
  'interviews',
  'modelling',
  'modeling',
  'simulation',
  'poll',
  'fieldwork',
]);

/** Verbs of policy action ("raise", "cut", "fund", "review"), some of which the lexicon files as nouns. */
const POLICY_ACTIONS = contextWords.actionVerbs;

/** A finite verb within the next three words: the first word was a noun subject ("Review findings show …"). */
function finiteVerbSoon(ctx: SentenceContext, from: number): boolean {
  for (let j = from; j < Math.min(ctx.tokens.length, from + 3); j++) {
    // ("Address regressions in stable releases": after a preposition, a word the lexicon reads as a verb is its noun)
    if (ctx.lexTag(j) === 'Preposition') break;
    if (
      /^(PresentTense|PastTense|Copula|Modal|Auxiliary)$/.test(ctx.lexTag(j) ?? '') ||
      AFTER_A_NOUN_SUBJECT.has(ctx.word(j)) ||
      // "findings show": a plural noun and a word that is no preposition or determiner after it
      (ctx.lexTag(j - 1) === 'Plural' && j - 1 === from && ctx.lexTag(j) !== 'Preposition' && !ctx.isDeterminer(j) && !ctx.breakBefore(j))
    )
      return true;
  }
  return false;
}

/** "Never share a password", "Publish code under an open licence": an instruction opening with its verb. */
export function isInstruction(ctx: SentenceContext): boolean {
  if (instructionAt(ctx, 0)) return true;
  // "To improve this, first order the data by …", "Whatever changes you need, always try not to fork", "Most notably,
  // make sure that …": the instruction after the purpose, condition or emphasis that opens the sentence.
  // ("So when you find …, just …", "And if …, …": a joining word before the opening clause)
  const at = /^(so|and|but|then)$/.test(ctx.word(0)) && !ctx.breakBefore(1) ? 1 : 0;
  const opener = ctx.word(at);
  const purpose = opener === 'to' && ctx.lexTag(at + 1) === 'Infinitive';
  if (!purpose && !OPENING_CLAUSES.has(opener)) return false;
  // ("When a feature is used only by users (not by programs), and it is done poorly, feel free to replace it": the
  // instruction after the last of up to three breaks in the opening clause)
  let breaks = 0;
  // ("Instead, always make a commit …": a one-word opener, its comma straight after it)
  for (let j = at + 1; j < Math.min(ctx.tokens.length, 24 + at) && breaks < 3; j++) {
    if (!ctx.breakBefore(j)) continue;
    breaks++;
    if (ctx.gapBefore(j).includes(',') && instructionAt(ctx, j, THEN_WORDS)) return true;
  }
  return false;
}
/** Words that open a clause or a phrase before the sentence's main clause: "If …,", "Whatever …,", "Most notably,". */
const OPENING_CLAUSES = new Set([
  'if',
  'when',
  'whenever',
  'whatever',
  'wherever',
  'before',
  'after',
  'once',
  'unless',
  'where',
  'most',
  'above',
  'in',
  'finally',
  'also',
  'therefore',
  'again',
  'instead',
  'otherwise',
  'alternatively',
  'similarly',
  'likewise',
]);
/** Nouns of time that open a sentence before "it": "Today it is clear …". */
const TIME_NOUNS = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'now', 'then', 'sometimes', 'meanwhile', 'overall', 'instead']);
/** Words between a purpose clause and its instruction: "To do this, first …", "…, then …". */
const THEN_WORDS = new Set(['first', 'then', 'simply', 'just', 'now', 'also']);

function instructionAt(ctx: SentenceContext, from: number, before: ReadonlySet<string> = BEFORE_AN_INSTRUCTION): boolean {
  let k = from;
  while (k < from + 3 && (BEFORE_AN_INSTRUCTION.has(ctx.word(k)) || before.has(ctx.word(k)))) k++;
  // "Never open a file…": after "never"/"always" a verb the lexicon files elsewhere, before its object; not an inversion ("Never have prices…")
  // "Raise defence spending to 2.5%", "Cut the rate": a verb of policy action the lexicon files as a noun, before its object
  // and no verb of its own ("Review findings show …" is a subject).
  const verb =
    ctx.lexTag(k) === 'Infinitive' ||
    (k > from && ctx.isDeterminer(k + 1) && !AUXILIARIES.has(ctx.word(k))) ||
    (POLICY_ACTIONS.has(ctx.word(k)) && !finiteVerbSoon(ctx, k + 1)) ||
    // "Ask them to review it", "Tell us why", "Place it north of Ohio": a verb the lexicon files as a noun, before an object
    // pronoun no noun takes ("it" only opening the sentence, after no word of time: "Today it rains")
    /^(them|him|us|me)$/.test(ctx.word(k + 1)) ||
    // "feel free to replace it"
    (ctx.word(k) === 'feel' && ctx.word(k + 1) === 'free') ||
    (k === 0 && ctx.word(1) === 'it' && /^(Singular|Infinitive)$/.test(ctx.lexTag(0) ?? '') && !TIME_NOUNS.has(ctx.word(0)));
  if (!verb || (ctx.isName(k) && k > from)) return false;
  const next = ctx.word(k + 1);
  return next !== '' && !AFTER_A_NOUN_SUBJECT.has(next) && ctx.lexTag(k + 1) !== 'PresentTense' && ctx.lexTag(k + 1) !== 'PastTense';
}

/**
 * "Cuts would decimate their standard of living", "A $100 UBI would cost $48 billion": a result
 * stated under "would" is hypothetical (a projection or the writer's own simulation), not a fact
 * about the world. The start of the clause that holds the first such "would", or -1.
 */
export function hypothesisStart(ctx: SentenceContext): number {
  if (!ctx.holds(WRITER_STANCE_CUES)) return -1;
  for (let i = 1; i < ctx.tokens.length; i++) {
    const w = ctx.word(i);
    // "The team could have widened the scope, but that would have …": what could have been done, not what was
    if (w === 'could' && ctx.word(i + 1) === 'have') return ctx.tokens[ctx.clauseStart(i)].start;
    if (!(MODAL_OF_HYPOTHESIS.has(w) || (w.endsWith("'d") && w.length > 2))) continue;
    let k = i + 1;
    while (ctx.word(k) === 'not' || ctx.word(k) === 'also' || ctx.word(k) === 'then' || ctx.word(k) === 'therefore' || isLyAdverb(ctx, k))
      k++;
    if (NOT_A_HYPOTHESIS.has(ctx.word(k))) continue;
    return ctx.tokens[ctx.clauseStart(i)].start;
  }
  return -1;
}

/**
 * Matched against the sentence in lower case: V8 compiled the long pattern with the `i` flag in 3-4.5 ms on each start
 * (every letter a class of two), and in about 1 ms without.
 */
const NORMATIVE = new RegExp(
  `\\b(should|must|ought to|need to|needs to|have to|has to|(?:expects?|requires?|directs?|instructs?|encourages?|urges?|invites?) (?:all |each |every )?(?:agencies|departments|staff|providers|suppliers|members|organi[sz]ations|bodies|applicants|grantees|contractors|authors|maintainers|developers|contributors|packagers|reviewers) to|it is (?:(?:now|also|therefore|still|thus|equally) )?(?:essential|vital|crucial|critical|necessary|imperative|important|well|fitting|proper|meet|desirable|expedient|advisable|of (?:the )?(?:first|primary|utmost|highest|paramount|great|vital|supreme) importance)(?: not only)?(?:,[^,]{1,160},)? (?:that|to)|(?:we|i)(?: am| are|'m|'re|’m|’re)?(?: (?:therefore|also|again|now|strongly|respectfully|earnestly))? (?:recommend(?:ing)?|urg(?:e|ing)|propos(?:e|ing)|call(?:ing)? (?:on|for))|recommends? that|is recommended|are recommended|shall|(?:is|are) (?:an? )?(?:${[...RULE_STATUS].join('|')}|deprecated|discouraged|forbidden|prohibited|mandatory|not allowed|not permitted)\\b|^the (?:answer|solution|remedy|priority|task) is to|^(?:(?:therefore|so|thus|hence),? )?the (?:(?:immediate|urgent|first|real|main|pressing|present|greatest|most urgent) )?need (?:now )?is (?:to|for|a|an)\\b|^(?:it|this (?:guidance|policy|rule|requirement|standard|chapter|section|scheme))(?: only)? applies to|\\byou may (?:also |only |not )?(?:spend|use|claim|apply|submit|request|keep|carry|transfer|charge|include|deduct))\\b`,
);

// Asked by unsupported-claim and then by analyze.ts about the same sentence: the long regex runs once.
export const normativeLastSentence = forLastSentence((ctx) => NORMATIVE.test(ctx.text.toLowerCase()));

/**
 * "There is an old and true saying that the Lord hates a quitter", "As the saying goes, …": a proverb quoted, whose words are
 * the saying's, not a claim or a guess of the writer's. Looked up only in a sentence holding one of its nouns.
 */
export function quotesASaying(ctx: SentenceContext): boolean {
  if (!ctx.holds(SAYING_CUE)) return false;
  const words = ctx.words;
  for (let k = 0; k < words.length; k++)
    if (SAYING_NOUNS.has(words[k]) && (words[k] !== 'saying' || BEFORE_A_SAYING.has(words[k - 1])))
      return words[k + 1] === 'that' || (words[k + 1] === 'goes' && words.slice(Math.max(0, k - 3), k).includes('as'));
  return false;
}
const SAYING_NOUNS = contextWords.sayingNouns;
const SAYING_CUE = cueBit(SAYING_NOUNS);
/** Words before "saying" the noun ("an old saying that"), not the verb ("critics keep saying that"). */
const BEFORE_A_SAYING = new Set(['a', 'an', 'the', 'old', 'true', 'ancient', 'common', 'familiar', 'wise', 'famous', 'popular']);

/** A recommendation or obligation: "Member States should", "we recommend that", "let's raise the minimum wage". */
export function isNormative(ctx: SentenceContext): boolean {
  return normativeLastSentence(ctx) || callsToAction(ctx) || adviceWithHadBetter(ctx);
}

/** "The people you manage had better know the details": advice; not "Exports had better prospects" (an adjective). */
function adviceWithHadBetter(ctx: SentenceContext): boolean {
  for (let k = ctx.words.indexOf('better'); k > 0; k = ctx.words.indexOf('better', k + 1)) {
    const had = ctx.word(k - 1) === 'had' || /^[a-z]+['’]d$/.test(ctx.word(k - 1));
    if (had && (ctx.word(k + 1) === 'not' || ctx.lexTag(k + 1) === 'Infinitive')) return true;
  }
  return false;
}

/**
 * A call to action ("…, let's raise the minimum wage to $15", "So let us finish the job", "I ask the Congress to commit $15
 * billion") and a course of action put as the only way ("The only way to full employment is to lay a new foundation"):
 * the speaker's proposal, not a claim ("The rules let us publish faster" reports what rules allow). Each pattern runs only
 * on a sentence holding its word: most hold none, and a cold run pays for each regex it runs.
 */
function callsToAction(ctx: SentenceContext): boolean {
  const words = ctx.words;
  if (operativeClause(ctx)) return true;
  if (words[0] === 'the' && ONLY_WAYS.has(words[1]) && ONLY_WAY.test(ctx.text)) return true;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if ((w === 'ask' || w === 'asking') && k > 0 && ASKS_AN_ADDRESSEE.test(ctx.text)) return true;
    if (w === 'let' && LET_US.test(ctx.text)) return true;
    if (w.length === 5 && w.startsWith('let') && (w.endsWith("'s") || w.endsWith('’s'))) return true;
  }
  return false;
}
/**
 * "15. ENCOURAGES Member States to …", "CALLS ON the Secretariat to …", "DECIDES to establish a group": a resolution's or
 * council conclusions' operative verb in capitals opening the paragraph, the body's own directive or decision (data:
 * context.json operativeVerbs). "NOTES that demand fell by 14%" records a fact, and stays a claim. It addresses member
 * states or a secretariat, not the reader: it does not make the document guidance.
 */
export function operativeClause(ctx: SentenceContext): boolean {
  const at = /^\d+$/.test(ctx.words[0] ?? '') ? 1 : 0;
  const token = ctx.tokens[at];
  return token !== undefined && token.text.length > 2 && OPERATIVE_VERBS.has(ctx.words[at]) && token.text === token.text.toUpperCase();
}
const OPERATIVE_VERBS = contextWords.operativeVerbs;
const ONLY_WAYS = new Set(['only', 'best', 'surest', 'right', 'fastest', 'simplest']);
const ONLY_WAY = /^the \w+ ways? to [^,;]{1,80}? (?:is|are) to\b/i;
const ASKS_AN_ADDRESSEE =
  /\b(?:(?:i|we) (?:now |also |therefore )?ask|(?:i'm|i’m|i am|we're|we’re|we are) (?:now |also |therefore )?asking) (?:the |this |all )?(?:congress|parliament|house|senate|assembly|council|members|government|governments|business|businesses|employers|unions|you)\b[^.]{0,80}?\bto\b/i;
const LET_US = /(?:^|[,;:—–(]\s*|\b(?:and|so|now|then|but|together|tonight)\s+)let us\b/i;

/**
 * "Thank you, Mr President", "I bring warm greetings from the people of …": a sentence that opens with a courtesy is
 * the conduct of the occasion, whatever it mentions on the way (the speaker's country, its size).
 */
export function opensWithCourtesy(ctx: SentenceContext): boolean {
  if (!ctx.holds(STANCE_CUES)) return false;
  for (let i = 0; i < Math.min(3, ctx.tokens.length); i++) if (courtesy.matchAt(ctx.tokens, i) && !isCausalThanks(ctx, i)) return true;
  return false;
}

/**
 * The speaker's own stance or the conduct of the conversation: "I think", "we will",
 * "we must", "thank you", "let me". Such a sentence states a view, a plan or a courtesy,
 * not a fact about the world, unless it also carries a figure.
 */
/** "It is hoped that …", "It is earnestly to be hoped that …": the writer's own hope, put impersonally. */
function impersonalHope(ctx: SentenceContext): { start: number; end: number; reported: boolean } | undefined {
  const hoped = ctx.words.indexOf('hoped');
  if (hoped < 2) return undefined;
  let k = hoped - 1;
  if (ctx.word(k) === 'be' && ctx.word(k - 1) === 'to') k -= 2;
  while (k > 0 && ctx.word(k).endsWith('ly')) k--;
  if (!/^(is|was)$/.test(ctx.word(k)) || ctx.word(k - 1) !== 'it') return undefined;
  return { start: ctx.tokens[k - 1].start, end: ctx.tokens[hoped].end, reported: false };
}

export function findStance(ctx: SentenceContext): { start: number; end: number; reported: boolean } | undefined {
  const hope = impersonalHope(ctx);
  if (hope) return hope;
  if (!ctx.holds(STANCE_CUES)) return undefined;
  const tokens = ctx.tokens;
  let reported = false; // "he said we'll cut it", "I said I'd end it": words reported as a record, not the speaker's present view
  for (let i = 0; i < tokens.length; i++) {
    if (REPORTING.has(ctx.words[i])) reported = true;
    if ((ctx.cueMasks[i] & STANCE_CUES) === 0) continue; // neither a courtesy nor "I"/"we": nothing below starts here
    const polite = courtesy.matchAt(tokens, i);
    if (polite && !isCausalThanks(ctx, i)) return { start: tokens[i].start, end: tokens[polite.end - 1].end, reported };
    const word = ctx.word(i);
    const contracted = uncontracted(word); // "we've got to", "I'm going to"
    const subject = contracted ?? word;
    if (!FIRST_PERSON_SUBJECTS.has(subject)) continue;
    if (contracted !== undefined && (word.endsWith("'ll") || word.endsWith("'d")))
      return { start: tokens[i].start, end: tokens[i].end, reported }; // "we'll", "I'd"
    let k = i + 1;
    while (ADVERBS_IN_STANCE.has(ctx.word(k)) && !stanceVerbs.matchAt(tokens, k)) k++;
    const verb = stanceVerbs.matchAt(tokens, k);
    if (verb) return { start: tokens[i].start, end: tokens[verb.end - 1].end, reported };
    // "I am concerned", "I'm committed": the speaker's state of mind.
    const state = word === "i'm" ? k : word === 'i' && ctx.word(k) === 'am' ? k + 1 : -1;
    const stateTag = state > 0 ? ctx.lexTag(state) : undefined;
    if (stateTag === 'Adjective' || stateTag === 'PastTense') return { start: tokens[i].start, end: tokens[state].end, reported };
  }
  return undefined;
}
