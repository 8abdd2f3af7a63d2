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
import claimData from './data/claims.json';
import { cueBit, forLastSentence, type SentenceContext } from './context';
import { claimCues, statisticLevel, statisticNouns, type ClaimFeatureKind } from './lexicon';
import { wordsTagged } from './nlp';
import { firstStartingAtOrAfter } from './spans';
import { endsWithAny, holdsAsciiWordOf, isDigitGroup, isDigits, isFigure, isOrdinal, isYear, replaceEnding, startsWithDigit, uncontracted } from './text-shape';
import { PhraseMatcher } from './tokens';
import type { ClaimStrictness } from './types';

export interface ClaimFeature {
  /** `stance` is the one negative feature: the speaker's view, plan or courtesy (see findStance). */
  kind: ClaimFeatureKind | 'figure' | 'dated-fact' | 'event' | 'position' | 'stance';
  start: number;
  end: number;
  /** The strictness from which unsupported-claim flags it; undefined: it counts for classify only. */
  level?: ClaimStrictness;
  /** A stance after "said"/"told": someone's words on the record. classify counts the facts under it; the editor still leaves them alone. */
  reported?: boolean;
  text: string;
}

const phrases = (words: string[]) => new PhraseMatcher<true>(words.map((w) => [w, true] as [string, true]));
const stanceVerbs = phrases(claimData.stanceVerbs.words);
const courtesy = phrases(claimData.courtesy.words);
const procedureNouns = new Set(claimData.procedureNouns.words);
const timeUnits = new Set(claimData.timeUnits.words);
const lightVerbs = new Set(claimData.lightVerbs.words);
const recordVerbs = new Set(claimData.recordVerbs.words);
const stativeParticiples = new Set(claimData.stativeParticiples.words);
const quotingVerbs = new Set(claimData.quotingVerbs.words);
const evaluativeSuperlatives = new Set(claimData.evaluativeSuperlatives.words);
const rankingScopes = phrases(claimData.rankingScopes.words);
const documentParts = phrases(claimData.documentParts.words);
const describingVerbs = phrases(claimData.describingVerbs.words);
const ownMethods = phrases(claimData.ownMethods.words);
const definitions = phrases(claimData.definitions.words);
/** How far into its first clause a definition's verb may stand ("The Mosaic Effect occurs when"). */
const DEFINITION_SPAN = 10;

const PERCENT = /\b\d+(?:[.,]\d+)*\s?(?:%|per ?cent\b|percent\b|percentage points?\b|pp\b)/giu;
const MONEY = /(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k)\b)?|\b\d[\d,.]*\s?(?:million|billion|trillion|bn)\b)/giu;
// What a match of each must contain (no other letter folds to these under the u flag): a cheap
// test that spares most sentences the slower scan with its case-insensitive Unicode word boundaries.
const PERCENT_SIGN = /%|per ?cent|pp/i;
const MONEY_SIGN = /[$€£¥]|illion|bn/i;
const HAS_DIGIT = /\d/;
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Words the lexicon tags as numbers: "seven", "hundred", "dozen". */
const NUMBER_WORDS = new Set(['TextValue', 'Multiple', 'Value', 'Cardinal'].flatMap((tag) => [...wordsTagged(tag)]));
const SUPERLATIVES = wordsTagged('Superlative');
const COMPARATIVES = wordsTagged('Comparative');
const PAST_TENSES = wordsTagged('PastTense');
/** "half of", "a third of", "twice": quantities spelled as fractions or multiples. */
const FRACTION = new Set(['half', 'twice', 'double', 'triple', 'dozen', 'dozens', 'hundreds', 'thousands', 'thirds', 'quarters']);
/** Verbs of phase before "to": "has begun to rise", "continues to decline" report a change under way, not a goal. */
const ASPECTUAL = new Set(['begin', 'begins', 'began', 'begun', 'beginning', 'start', 'starts', 'started', 'starting', 'continue', 'continues', 'continued', 'continuing']);
/** What may follow "up"/"down" as a state of change: a measure ("by 4%"), a baseline ("since 2019", "on last year") or a period ("this year"). */
const AFTER_A_CHANGE = new Set(['by', 'from', 'since', 'this', 'last', 'over', 'again', 'nearly', 'almost', 'about', 'compared', 'sharply']);
/** After "more than": an intensifier ("more than willing") or a pronoun ("more than that"), not a compared quantity. */
const NOT_COMPARED = new Set(['willing', 'happy', 'glad', 'able', 'ready', 'enough', 'that', 'this', 'ever', 'just']);
/** How far "to" may follow "the first" ("the first major industrial country to") and still name what was done first. */
const FIRST_TO_SPAN = 5;
/** Heads after "the first" that make advice or a schedule rather than a record ("the first thing to do"). */
const NOT_AN_ACTOR = new Set(['thing', 'things', 'step', 'steps', 'time', 'order', 'priority', 'task', 'job', 'place', 'way', 'question', 'word', 'words', 'day', 'days', 'year', 'week', 'item']);
/** What follows a bare rank: "first in the world", "third among the states". */
const RANK_PREPOSITIONS = new Set(['in', 'among']);
/** Words that start a comparison, a rank or a change stated as a state, besides superlatives and comparatives. */
const COMPARISON_STARTS = new Set(['first', 'more', 'less', 'fewer', 'up', 'down']);
/** Verbs that state a rank ("we rank first in", "the state came third among"). */
const RANK_VERBS = new Set(['rank', 'ranks', 'ranked', 'finished', 'came', 'placed', 'stands', 'stand']);
/** How far "than" may follow "more" and still close the same comparison. */
const COMPARISON_SPAN = 10;
/** Determiners before a number that refer back ("the two leaders") rather than count. */
const ANAPHORIC = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
const MODALS_BEFORE = new Set(['to', 'should', 'must', 'can', 'could', 'would', 'may', 'might', 'shall', 'will', 'not']);
/** Modals that grant or limit a right: the comparisons they govern are limits. */
const PERMISSION = new Set(['may', 'cannot', "can't", 'shall']);
const COPULA = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
/** Between "have" and a participle: "have been done", "have never voted", "have not ever". */
const BETWEEN_HAVE_AND_PARTICIPLE = new Set(['been', 'never', 'not', 'ever']);
/** "would have voted": a counterfactual; "may have voted" stays a (hedged) claim. */
const COUNTERFACTUAL = new Set(['would', 'could', 'should', "wouldn't", "couldn't", "shouldn't", 'will', "won't", "'ll"]);
/** Determiner-like words that also stand before a finite verb: "a report that said", "they have both moved". */
const RELATIVE_OR_FLOATING = new Set(['that', 'all', 'both', 'each']);
const CONDITIONS = new Set(['if', 'unless', 'suppose', 'supposing']);
/** Verbs after which "if" means "whether" ("I wonder if", "ask if"). */
const ASKING = new Set(['wonder', 'wondered', 'wondering', 'ask', 'asked', 'asking', 'see', 'know', 'check', 'doubt']);
/** Participles that give a name ("a report called Fair Shares"): a label, not an act. */
const NAMING = new Set(['named', 'called', 'entitled', 'titled', 'dubbed', 'labelled', 'labeled']);
const PRESENT_PASSIVE = new Set(['be', 'being', 'is', 'are', 'am', "'re"]);
const MODALS_AFTER = new Set(['can', 'could', 'would', 'will', 'should', 'may', 'might', 'must', "can't", "won't", "wouldn't"]);
const PERFECT_OR_PASSIVE = new Set(['has', 'have', 'had', 'was', 'were', 'been']);
/** Auxiliaries and adverbs between a subject and its verb ("he has not yet voted"). */
const BETWEEN_SUBJECT_AND_VERB = new Set([...PERFECT_OR_PASSIVE, 'is', 'are', 'be', 'being', 'do', 'does', 'did', 'not', "n't", 'never', 'also', 'just', 'already', 'only', 'still', 'even', 'actually', 'really', 'then', 'ever', 'since', 'yet', 'again', 'all', 'both', 'always', 'once', 'first', 'later', 'recently', 'personally', 'finally', 'would', 'could', 'may', 'might', 'will', 'should', 'must']);
/** What uncontracted (text-shape.ts) undoes: "we've", "it's", "I'd", "we're", "I'm", "we'll". */
const CONTRACTED = ['ve', 's', 'd', 're', 'm', 'll'];
/** Words between "is" and its participle: "is not needed", "am very concerned", "are also funded". */
const DEGREE_OR_NEGATION = new Set(['not', "n't", 'very', 'so', 'too', 'quite', 'rather', 'fairly', 'also', 'still', 'just', 'already', 'now', 'often', 'always', 'never', 'all', 'well']);
/** Verbs whose object can carry a participle that is no act: "want it done", "see the law enforced". */
const WANT_OR_SEE = new Set(['want', 'wants', 'wanted', 'see', 'saw', 'seen', 'seeing', 'like', 'need', 'needs', 'get', 'gets', 'got', 'have', 'has', 'keep', 'keeps', 'leave', 'find', 'prefer', 'expect']);
/** How many words an object noun phrase may span before its participle. */
const OBJECT_SPAN = 4;
/** Prepositions before a gerund that name an aim or a means: "for growing the economy", "by cutting the deficit". */
const AIM_PREPOSITIONS = new Set(['on', 'for', 'about', 'of', 'to', 'by', 'at', 'from', 'without', 'toward', 'towards']);
/** How far back a coordinated participle may find the modal perfect it shares. */
const COORDINATED_SPAN = 8;
/** "it's", "that's", "what's": with a thing as subject, "'s" before a participle is "is" (a present passive), not "has". */
const THING_IS = new Set(['it', 'that', 'this', 'what', 'there', 'here', 'which'].flatMap((thing) => [`${thing}'s`, `${thing}’s`]));
/** Words that limit an absolute ("almost never", "nearly everywhere"). */
const APPROXIMATORS = new Set(['almost', 'nearly', 'virtually', 'practically', 'hardly', 'scarcely']);
const PERSONAL_PRONOUNS = new Set(['i', 'you', 'me', 'him', 'her', 'us', 'them']);
const ADVERB_OR_VERB_ENDINGS = ['ly', 'ed', 'ing'];
/** Parts of the lexicon's tags for nouns and names ("ProperNoun", "Organization", "FirstName"). */
const NOUN_TAG_PARTS = ['Noun', 'Singular', 'Plural', 'Actor', 'Organization', 'Country', 'Place', 'Person', 'Region', 'City', 'Name', 'Demonym'];
/** A colon or an opening quotation mark. */
const QUOTATION_OPENERS = new Set([':', '"', '“', "'", '‘']);
const REPORTING = new Set(['said', 'says', 'told', 'saying']);
const POSITION_VERBS = new Set(['wants', 'intends', 'plans', 'proposes', 'promised', 'pledged', 'vowed']);
const NOT_A_POSITION_HOLDER = new Set(['it', 'that', 'this', 'what', 'who', 'which', 'one', 'nobody', 'everybody', 'everyone', 'anyone', 'anybody', 'somebody', 'someone', 'no', 'if', 'and', 'or', 'but']);
const ADJECTIVE_ENDINGS = ['able', 'ible', 'al', 'ive', 'ous', 'ful', 'less', 'ic', 'ent', 'ant', 'ly', 'ed', 'ing', 'est', 'ary'];
const FIRST_PERSON = new Set(['i', 'we']);
/** After a trend verb in the passive: "cut off", "dropped from" say someone was removed, not that a measure changed. */
const REMOVAL = new Set(['off', 'from', 'out']);
const PASSIVE_OR_GET = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been', 'get', 'gets', 'got', 'getting']);
// Words the scans below start from: a sentence without any skips the scan (see cueBit).
const CLAIM_CUES = cueBit(claimCues.firstWords());
const CONDITION_CUES = cueBit(CONDITIONS);
/** A courtesy, or "I" or "we", alone or contracted ("we've", "I'm"): findStance starts from one. */
const STANCE_CUES = cueBit([...courtesy.firstWords(), ...[...FIRST_PERSON].flatMap((person) => [person, ...CONTRACTED.map((ending) => `${person}'${ending}`)])]);
/** The words isNumeral can accept besides digits, '-'-joined words and fractions before "of": number words and "one". */
const NUMBER_CUES = cueBit([...FRACTION, ...NUMBER_WORDS, 'one']);
/**
 * The words the comparison scan starts from (superlatives, comparatives, COMPARISON_STARTS) and the
 * prepositions after a bare rank: a word passes at once when neither it nor the next word is one.
 */
const COMPARISON_CUES = cueBit([...SUPERLATIVES, ...COMPARATIVES, ...COMPARISON_STARTS, ...RANK_PREPOSITIONS]);
/** The words pastVerbAt accepts besides "-ed" forms: past tenses and "did". */
const PAST_CUES = cueBit([...PAST_TENSES, 'did', "didn't"]);
const POSITION_CUES = cueBit(POSITION_VERBS);
const NEGATIVE_PRONOUNS = new Set(['nobody', 'none']);
/** Light verbs of having and doing: "nobody had guns" states a fact. */
const NOT_MIND_OR_TALK = new Set(['had', 'got', 'gotten', 'made', 'did', 'have', 'get', 'do', 'go', 'let', 'tried', 'try', 'help', 'matter', 'happened']);
/** Shorter fragments ("He did.", "That was wrong.") are answers and retorts more often than records. */
const MIN_RECORD_WORDS = 6;
/** How many kinds of fact (a count, a trend, a past act, ...) one sentence must state for the speaker's stance not to decide it. */
const STANCE_OUTWEIGHED_BY = 2;
/** The speaker's anecdote, a generic "you", a condition: not a record someone could look up. */
const NOT_A_RECORD_SUBJECT = new Set(['i', 'you', 'if', 'when', 'whether']);
/** Subjects that point back at someone named elsewhere: their acts need an anchor in the sentence (see isAnchored). */
const PRONOUN_SUBJECT = new Set(['we', 'he', 'she', 'they', 'who', 'that', 'which']);
const COORDINATION = new Set(['and', 'but', 'or', 'then', 'so']);
const ADVERBS_IN_STANCE = new Set(['do', 'does', 'did', 'not', "don't", "didn't", 'really', 'strongly', 'also', 'still', 'firmly', 'certainly', 'truly', 'honestly', 'just', 'all', 'very', 'much', 'personally', 'sincerely', 'therefore', 'now', 'would', 'only', 'fully']);

/** Words an instruction may open with before its verb: "Never share…", "Always cite…", "Do not publish…". */
const BEFORE_AN_INSTRUCTION = new Set(['never', 'always', 'do', 'not', "don't", 'please', 'also', 'then', 'first', 'only']);
/** After a sentence's first word: a noun subject's verb ("Support is growing", "Demand rose"), or a preposition of a noun ("Use of cloud"). */
const AFTER_A_NOUN_SUBJECT = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'of', 'for', 'in', 'from', 'among', 'by', "'s", '’s']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);
const MODAL_OF_HYPOTHESIS = new Set(['would', "wouldn't", "'d"]);
/** After "would": a counterfactual perfect ("would have improved") or a wish ("would like"), not a hypothetical result. */
const NOT_A_HYPOTHESIS = new Set(['have', "'ve", 'like', 'rather', 'prefer', 'love']);
// Words the stance filters below start from: a sentence without any skips them.
const WRITER_STANCE_CUES = cueBit([...documentParts.firstWords(), ...ownMethods.firstWords(), ...definitions.firstWords(), ...MODAL_OF_HYPOTHESIS]);

/** Why a sentence is the writer's own stance rather than a claim about the world (annotation guide: "The writer's own stance comes first"). */
export type WriterStance = 'instruction' | 'document' | 'exhibit' | 'own-method' | 'own-usage' | 'definition';
/** The parts of a document that hold its own data: "Table 2 shows…" reads the writer's own analysis; "This report recommends…" does not. */
const EXHIBITS = new Set(['table', 'figure', 'chart', 'graph', 'exhibit']);
/** What a document does when it carries out analysis of its own: "This report estimates…", "This paper uses survey data…". */
const DOCUMENT_METHOD_VERBS = new Set(['estimates', 'estimated', 'uses', 'used', 'models', 'modelled', 'modeled', 'simulates', 'simulated', 'calculates', 'calculated', 'computes', 'computed', 'analyses', 'analyzes', 'analysed', 'analyzed', 'measures', 'measured', 'surveys', 'surveyed', 'quantifies', 'quantified', 'projects', 'projected', 'tests', 'tested', 'compares', 'compared']);
/** "we use the term…", "we used the definitions of…": the writer's usage, no analysis of her own. */
const USAGE = new Set(['use', 'used']);

/**
 * The writer's own stance that no claim feature outweighs: an instruction ("Never share a
 * password", "Publish the code"), a description of the document ("Table 2 shows…", "This memo
 * sets out…"), the writer's own methods and results presented as such ("we estimate that…",
 * "our estimates imply…", "in the simulation…"), a definition or a statement of purpose ("The
 * Mosaic Effect occurs when…", "The fund aims to…") or the writer's inference ("This means that…").
 * The document is the evidence for these, or they state no fact a source would support.
 */
export function writerStance(ctx: SentenceContext): WriterStance | undefined {
  if (isInstruction(ctx)) return 'instruction';
  if (!ctx.holds(WRITER_STANCE_CUES)) return undefined;
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const method = ownMethods.matchAt(tokens, i);
    if (method) return method.end - i === 2 && USAGE.has(ctx.word(i + 1)) ? 'own-usage' : 'own-method';
    // "Adaptation aims to build resilience…", "That means a central unit…": in the first clause only
    if (i < DEFINITION_SPAN && ctx.clauseStart(i) === 0 && definitions.matchAt(tokens, i)) return 'definition';
    const part = documentParts.matchAt(tokens, i);
    if (!part) continue;
    // "Table 1 shows", "the chart below compares", "This memo sets out"
    let k = part.end;
    while (k < tokens.length && k <= part.end + 1 && (startsWithDigit(ctx.word(k)) || ctx.word(k).length === 1)) k++;
    // "This report uses a simple model to estimate…", "This paper estimates…": the document's own method, and its results are its own.
    if (DOCUMENT_METHOD_VERBS.has(ctx.word(k))) return 'own-method';
    if (!describingVerbs.matchAt(tokens, k)) continue;
    for (let j = i; j < part.end; j++) if (EXHIBITS.has(ctx.word(j))) return 'exhibit'; // "Table 2 shows", "the chart below compares"
    return 'document';
  }
  return undefined;
}

/** "Never share a password", "Publish code under an open licence": an instruction opening with its verb. */
function isInstruction(ctx: SentenceContext): boolean {
  let k = 0;
  while (k < 3 && BEFORE_AN_INSTRUCTION.has(ctx.word(k))) k++;
  // "Never open a file…": after "never"/"always" a verb the lexicon files elsewhere, before its object; not an inversion ("Never have prices…")
  const verb = ctx.lexTag(k) === 'Infinitive' || (k > 0 && ctx.isDeterminer(k + 1) && !AUXILIARIES.has(ctx.word(k)));
  if (!verb || (ctx.isName(k) && k > 0)) return false;
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
    if (!(MODAL_OF_HYPOTHESIS.has(w) || (w.endsWith("'d") && w.length > 2))) continue;
    let k = i + 1;
    while (ctx.word(k) === 'not' || ctx.word(k) === 'also' || ctx.word(k) === 'then' || ctx.word(k) === 'therefore' || isLyAdverb(ctx, k)) k++;
    if (NOT_A_HYPOTHESIS.has(ctx.word(k))) continue;
    return ctx.tokens[ctx.clauseStart(i)].start;
  }
  return -1;
}

// unsupported-claim and then analyze.ts ask about the same sentence in turn.
const featuresOfLastSentence = forLastSentence((ctx) => {
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
function sortByStart(features: ClaimFeature[]): void {
  for (let i = 1; i < features.length; i++) {
    const f = features[i];
    let j = i - 1;
    for (; j >= 0 && features[j].start > f.start; j--) features[j + 1] = features[j];
    features[j + 1] = f;
  }
}

function collectFeatures(ctx: SentenceContext): ClaimFeature[] {
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
  const addFigures = (re: RegExp) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) add('figure', m.index, m.index + m[0].length, 'lenient');
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
    if ((isYear(token.lower) || (token.lower.length === 2 && isDigits(token.lower) && endsWithApostrophe(ctx.gapBefore(k)))) && k === last) { // "in 1983", "in '83"
      add('dated-fact', token.start, token.end, 'strict');
      continue;
    }
    const after = ctx.word(next);
    const reference = procedureNouns.has(before) || procedureNouns.has(after) || (before === 'number' && after !== 'in'); // "Section 3", "four parts", "number two is"; "number one in" ranks
    const time = MONTHS.has(before) || MONTHS.has(after) || timeUnits.has(after) || timeUnits.has(ctx.word(next + 1)) || before === 'at';
    if (reference || time) {
      k = last;
      continue;
    }
    // "one in five tenants", "two in five firms": a rate
    const rate = after === 'in' && isNumeral(ctx, next + 1);
    const statistic = rate || statisticNouns.has(ctx.word(next)) || statisticNouns.has(ctx.word(next + 1)) || statisticNouns.has(ctx.word(next + 2)) || statisticNouns.has(before);
    // A bare number closing its clause counts nothing named ("we can handle two"), and
    // "the two leaders" points back at things already named.
    const counts = next < ctx.tokens.length && !ctx.breakBefore(next) && !ANAPHORIC.has(before);
    if (rate) {
      add('figure', token.start, ctx.tokens[next + 1].end, statisticLevel);
      k = next + 1;
      continue;
    }
    if (statistic || counts) add('figure', token.start, ctx.tokens[last].end, statistic ? statisticLevel : 'strict');
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
    if (kind === 'trend' || kind === 'causal' || kind === 'prevalence' || kind === 'evaluation') {
      const underway = prev === 'to' && ASPECTUAL.has(ctx.word(from - 2)) && !MODALS_BEFORE.has(ctx.word(from - 3)); // not "should continue to"
      if (MODALS_BEFORE.has(prev) && !underway) continue; // "to increase", "should reduce": a goal, not a claim; "has begun to rise" is one
      if (prev === 'be' && MODALS_BEFORE.has(ctx.word(from - 2))) continue; // "can be increased", "should be cut": a possibility or an aim, not a measured change
      if (kind === 'prevalence' && (prev === 'less' || prev === 'more' || prev === 'most')) continue; // "less frequently needed tasks": a modifier, not a claim of how common
      if (kind === 'prevalence' && EASE_ADJECTIVES.has(ctx.word(ctx.word(to) === 'be' ? to + 1 : to))) continue; // "is often difficult to predict", "it is often possible to": how hard a task is, the writer's judgement or advice, not how common something is
      if (kind === 'causal' && first.endsWith('ing') && ctx.isDeterminer(from - 1)) continue; // "the driving test centre": an adjective
      if (kind === 'causal' && first === 'due' && ['be', 'to'].includes(ctx.word(to))) continue; // "due to be held"
      if (kind === 'causal' && first === 'responsible' && ctx.word(to).endsWith('ing')) continue; // "is responsible for setting out the question": a duty, not a cause
      if (ctx.isDeterminer(from - 1) && first.endsWith('ed')) continue; // "the reduced rate": an adjective
      if (kind === 'trend' && (first.startsWith('grew') || first.startsWith('grow')) && ctx.word(to) === 'up') continue; // "the town they grew up in"
      if ((prev === 'and' || prev === 'or') && ctx.word(from - 3) === 'to') continue; // "to invest and grow the economy", "to detect and prevent intrusions": a goal
      if (first.endsWith('s') && (ARTICLES_AND_POSSESSIVES.has(prev) || ctx.lexTag(from - 1) === 'Adjective' || ctx.lexTag(from - 1) === 'Comparative')) continue; // "better results in", "the results in": a plural noun
      if (isGoalInList(ctx, from)) continue;
      if ((kind === 'causal' || kind === 'trend') && inRestrictiveRelative(ctx, from)) continue; // "a licence that prevents re-use", "mutations that increase the risk": the noun's description, not the sentence's assertion // "to create greater transparency, increase engagement and drive innovation": goals listed after one "to"
      if ((kind === 'trend' || kind === 'causal') && FIRST_PERSON.has(subjectOf(ctx, from))) continue; // "we cut the fee", "I raised the threshold": the writer's own act, first-hand
      if (kind === 'trend' && REMOVAL.has(ctx.word(to)) && PASSIVE_OR_GET.has(prev)) continue; // "were cut off from", "being dropped from": removed, not a measured change
      if (kind === 'trend' && first.length >= 5 && first.endsWith('ing') && AIM_PREPOSITIONS.has(prev) && (ctx.isDeterminer(to) || ctx.lexTag(to) === 'Pronoun')) continue; // "a plan for growing the economy", "by cutting their budget": an activity named, not a change
    }
    if (kind === 'absolute' && !isGeneralisation(ctx, from, to)) continue;
    if (kind === 'comparison' && ctx.word(from) === 'the' && !isRanking(ctx, from + 1)) continue;
    if (kind === 'comparison' && isLimit(ctx, from)) continue;
    if (kind === 'comparison' && NOT_COMPARED.has(ctx.word(to))) continue; // "more than willing", "it takes more than that"
    if (kind === 'prediction') {
      const subj = subjectOf(ctx, from);
      if (subj === 'i' || subj === 'we' || subj === 'you' || procedureNouns.has(subj) || ctx.endsWithQuestion()) continue; // a plan, a promise or a schedule
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
    else if ((comparative || w === 'more' || w === 'less' || w === 'fewer') && thanFollows(ctx, i) && !isLimit(ctx, i)) add('comparison', ctx.tokens[i].start, ctx.tokens[i].end, 'standard');
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
  const conditional = ctx.holds(CONDITION_CUES);
  let forecast = false; // most sentences have none: no filtered copy to learn that
  for (let i = 0; i < out.length; i++) if (out[i].kind === 'prediction') forecast = true;
  if (!conditional && !forecast) return out;
  const forecasts = out.filter((f) => f.kind === 'prediction');
  return out.filter((f) => !(conditional && inCondition(ctx, f.start)) && !forecasts.some((p) => isForecastOf(ctx, p, f)));
}

/** Conjunctions that open a new clause after a break: what follows is no longer the forecast's. */
const NEW_CLAUSE = new Set(['and', 'but', 'or', 'while', 'whereas', 'although', 'though', 'because', 'since', 'so', 'yet', 'as', 'which', 'who', 'where', 'when']);

/**
 * "The plant will employ 300 people", "the deal will be the largest ever": what follows a
 * forecast in its clause is forecast too, unless it is a measured figure ("will cost $2bn").
 */
function isForecastOf(ctx: SentenceContext, forecast: ClaimFeature, f: ClaimFeature): boolean {
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
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);
/**
 * "a licence that prevents re-use", "work that promotes sustainability", "mutations that
 * significantly increase the risk": a cue in the present tense right after a relative pronoun (past
 * adverbs) describes the kind of thing its noun is; the sentence asserts something else about it.
 * Not a non-restrictive clause after a comma (", which drove prices up" adds an assertion), not one
 * under an existential ("There are rules that prevent…" asserts exactly that), and not the past
 * ("the reform that cut the fee" records an act).
 */
function inRestrictiveRelative(ctx: SentenceContext, at: number): boolean {
  let k = at - 1;
  while (k > 0 && isLyAdverb(ctx, k)) k--;
  if (k <= 0 || !RELATIVE_PRONOUNS.has(ctx.word(k)) || ctx.breakBefore(k)) return false;
  if (!isNounLike(ctx, k - 1) && !ctx.isDeterminer(k - 2)) return false; // "a licence that", "rules that"; not "show that": a clause, not a relative
  const tag = ctx.lexTag(at);
  if (tag !== 'PresentTense' && tag !== 'Infinitive') return false; // a verb in the present, not "that more and more…" nor the past ("the reform that cut the fee")
  if (ctx.word(k - 1) === 'those' || ctx.word(k - 1) === 'one') return false;
  return !(ctx.word(0) === 'there' && COPULA.has(ctx.word(1)));
}

/** "If unemployment rose to 9%, ...", "unless the fund doubles": a fact supposed, not stated (up to the clause's end). */
function inCondition(ctx: SentenceContext, at: number): boolean {
  const i = firstStartingAtOrAfter(ctx.tokens, at);
  if (ctx.tokens[i]?.start !== at) return false;
  for (let k = i; k >= 0; k--) {
    if (CONDITIONS.has(ctx.word(k)) && !ASKING.has(ctx.word(k - 1))) return true; // not "I wonder if"
    if (ctx.breakBefore(k) && !isThousands(ctx, k)) return false; // "if 50,000 jobs go": the comma groups digits
  }
  return false;
}

/**
 * "the best way", "the only option", "the most important issue" grade; "the worst recession
 * since the 1930s" ranks. A graded superlative needs a scope after it to be checkable.
 */
function isRanking(ctx: SentenceContext, superlative: number): boolean {
  const w = ctx.word(superlative);
  if (w === 'most' && isMostAsPronoun(ctx, superlative)) return false;
  const graded = evaluativeSuperlatives.has(w) && !(w === 'most' && !isAdjectiveLike(ctx, superlative + 1));
  if (!graded) return true;
  for (let k = superlative + 1; k < ctx.tokens.length; k++) if (rankingScopes.matchAt(ctx.tokens, k)) return true;
  return (w === 'first' || w === 'last') && isFirstToAct(ctx, superlative);
}

/** "does the most", "make the most of their lives": "the most" as a pronoun of effort, which ranks nothing named. */
function isMostAsPronoun(ctx: SentenceContext, most: number): boolean {
  const next = most + 1;
  if (next >= ctx.tokens.length || ctx.breakBefore(next)) return true;
  return ctx.word(next) === 'of' && (ctx.isDeterminer(next + 1) || ctx.lexTag(next + 1) === 'Pronoun') && ctx.word(next + 1) !== 'all' && ctx.word(next + 1) !== 'any';
}

/** An adjective or adverb after "most", also one the lexicon does not list ("most vulnerable", "most highly"). */
function isAdjectiveLike(ctx: SentenceContext, i: number): boolean {
  const tag = ctx.lexTag(i);
  return tag === 'Adjective' || tag === 'Adverb' || (tag === undefined && endsWithAny(ctx.word(i), ADJECTIVE_ENDINGS, 2));
}

/**
 * "the first country to ratify the treaty", "the last member to leave": who did something
 * first is a record; "the first thing to do", "the first step to take" is advice.
 */
function isFirstToAct(ctx: SentenceContext, ordinal: number): boolean {
  for (let k = ordinal + 1; k <= ordinal + FIRST_TO_SPAN && k < ctx.tokens.length && !ctx.breakBefore(k); k++) {
    const w = ctx.word(k);
    if (NOT_AN_ACTOR.has(w)) return false;
    if (w === 'to') return k > ordinal + 1 && !ctx.isDeterminer(k + 1) && ctx.lexTag(k + 1) !== 'Pronoun';
  }
  return false;
}

/** "we rank first in the world", "the state is third among": a rank stated without "the". */
function isBareRank(ctx: SentenceContext, i: number): boolean {
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
function isGeneralisation(ctx: SentenceContext, from: number, to: number): boolean {
  if (MODALS_BEFORE.has(ctx.word(from - 1)) || MODALS_AFTER.has(ctx.word(to))) return false;
  // "they'll never", "it's never going to": a forecast or a promise, not a generalisation
  if (isContractedWillOrWould(ctx.word(from - 1)) || (ctx.word(to) === 'going' && ctx.word(to + 1) === 'to')) return false;
  // "should have never happened": what ought not to have been, not what was
  if (ctx.word(from - 1) === 'have' && COUNTERFACTUAL.has(ctx.word(from - 2))) return false;
  // "not always", "almost never", "nearly everywhere": the writer limits the generalisation
  const before = ctx.word(from - 1);
  if (APPROXIMATORS.has(before) || ((before === 'not' || before.endsWith("n't")) && ctx.word(from) !== 'once')) return false;
  // "I meet them all the time", "everywhere I go", "we reach agreements all the time": the speaker's or listener's habits
  for (let k = ctx.clauseStart(from); k < ctx.tokens.length && (k < from || k <= to + 1); k++) {
    const w = ctx.word(k);
    const person = uncontracted(w) ?? w;
    if (person === 'i' || person === 'we' || person === 'you') return false;
  }
  // "nobody knows", "no one wants to see that", "nobody is talking about it": rhetoric about minds and talk
  const cue = ctx.word(from);
  if (NEGATIVE_PRONOUNS.has(cue) || (cue === 'no' && ctx.word(from + 1) === 'one')) {
    let k = ctx.nextContent(from + (cue === 'no' ? 1 : 0));
    if (ctx.word(k) === 'is' || ctx.word(k) === 'was') k = ctx.nextContent(k);
    if (isMindOrTalk(ctx.word(k))) return false;
  }
  return true;
}

/** "knows", "wanted", "is talking": verbs of knowing, wanting, caring and talking (the light verbs), in any form. */
function isMindOrTalk(w: string): boolean {
  const base = [w, replaceEnding(w, 's'), w.endsWith('ed') ? w.slice(0, -2) : replaceEnding(w, 'd'), replaceEnding(w, 'ing'), replaceEnding(w, 'ing', 'e'), replaceEnding(w, 'ies', 'y')];
  return base.some((b) => lightVerbs.has(b) && !NOT_MIND_OR_TALK.has(b)) || w === 'knew' || w === 'thought';
}

/** "costlier than", "more American blood on his hands than": "than" closes the comparison within its clause. */
function thanFollows(ctx: SentenceContext, comparative: number): boolean {
  for (let k = comparative + 1; k < ctx.tokens.length && k <= comparative + COMPARISON_SPAN && !ctx.breakBefore(k); k++) {
    if (ctx.word(k) === 'than') return k > comparative + 1 || !NOT_COMPARED.has(ctx.word(k + 1));
  }
  return false;
}

/** "it's", "they're" before "up" or a rank: a contracted "is" or "are". */
function isContractedIsOrAre(w: string): boolean {
  return w.endsWith("'s") || w.endsWith("'re");
}

/** "they'll", "it’d": a contracted "will" or "would" after a word. */
function isContractedWillOrWould(w: string): boolean {
  return (w.length >= 4 && (w.endsWith("'ll") || w.endsWith("’ll"))) || (w.length >= 3 && (w.endsWith("'d") || w.endsWith("’d")));
}

/** "in '83": the gap before a year's two digits ends with an apostrophe. */
function endsWithApostrophe(gap: string): boolean {
  return gap.endsWith("'") || gap.endsWith('’');
}

/** Whether the text between two words holds a colon or an opening quotation mark. */
function holdsQuotationOpener(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) if (QUOTATION_OPENERS.has(gap[k])) return true;
  return false;
}

/** A lexicon tag of a noun or a name (see NOUN_TAG_PARTS). */
function isNounTag(tag: string): boolean {
  for (let k = 0; k < NOUN_TAG_PARTS.length; k++) if (tag.includes(NOUN_TAG_PARTS[k])) return true;
  return false;
}

/** "1,700": the tokenizer splits digit groups at the comma. */
function isThousands(ctx: SentenceContext, k: number): boolean {
  return ctx.gapBefore(k) === ',' && startsWithDigit(ctx.word(k - 1)) && isDigitGroup(ctx.word(k));
}

/** An "-ly" word read as an adverb: the lexicon says so, or does not know it and no determiner makes it a noun ("the assembly", "a monopoly"). */
function isLyAdverb(ctx: SentenceContext, k: number): boolean {
  if (!ctx.word(k).endsWith('ly')) return false;
  const tag = ctx.lexTag(k);
  return tag === 'Adverb' || (tag === undefined && !ctx.isDeterminer(k - 1));
}

/** "exports are up", "coal jobs are not up", "income is down 3%": a change stated as a state, the clause ending or measured. */
function isStateOfChange(ctx: SentenceContext, i: number): boolean {
  let k = i - 1;
  while (k > 0 && (ctx.word(k) === 'not' || ctx.word(k) === 'way' || isLyAdverb(ctx, k))) k--;
  if (!COPULA.has(ctx.word(k)) && !isContractedIsOrAre(ctx.word(k))) return false; // "it's up"
  if (ctx.word(i) === 'up' && (ctx.word(k - 1) === 'time' || timeUnits.has(ctx.word(k - 1)))) return false; // "your time is up", "two minutes are up": a period over, nothing measured
  const next = ctx.word(i + 1);
  if (next === 'to' || next === 'in') return isNumeral(ctx, i + 2) || /^[$€£]/.test(ctx.gapBefore(i + 2).trim()) || (next === 'in' && ctx.word(i + 2) === 'the' && /^(last|past|first|second|third|fourth)$/.test(ctx.word(i + 3))); // "up to $4bn", not "up to the states"; "down in 2020", not "down in Texas"
  return next === '' || ctx.breakBefore(i + 1) || AFTER_A_CHANGE.has(next) || isNumeral(ctx, i + 1);
}

/** "no more than five minutes", "may not submit more than one": a limit a rule sets, not a comparison. */
function isLimit(ctx: SentenceContext, cue: number): boolean {
  const before = ctx.word(cue - 1);
  if (before === 'no' || before === 'not') return true;
  for (let k = ctx.clauseStart(cue); k < cue; k++) if (PERMISSION.has(ctx.word(k))) return true;
  return false;
}

function isNumeral(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  const first = w.charCodeAt(0);
  if (first >= 48 && first <= 57) return isFigure(w);
  // "one" alone is a pronoun more often than a count ("one of the things").
  if (w === 'one') return ctx.word(k + 1) === 'in' || isNumberWord(ctx.word(k + 1));
  if (isNumberWord(w)) return true;
  // "twenty-five", "one-third"
  if (w.includes('-')) return w.split('-').every((part, j, parts) => isNumberWord(part) || (j === 1 && parts[0] === 'one' && (isOrdinal(part) || part === 'quarter')));
  // "a third of", "one fifth of": a fraction, not a rank
  return ctx.word(k + 1) === 'of' && (ctx.word(k - 1) === 'a' || ctx.word(k - 1) === 'one') && (isOrdinal(w) || w === 'quarter');
}

function isNumberWord(w: string): boolean {
  return FRACTION.has(w) || (NUMBER_WORDS.has(w) && !isOrdinal(w) && !timeUnits.has(w)); // "seconds" is tagged as a fraction
}

/**
 * A past action or state of the world that someone could look up: a past-tense verb
 * ("vetoed", "signed") or a perfect/passive participle ("has cut", "was killed"), with a
 * subject other than the speaker alone. The index of the verb, or -1.
 */
function findPastAction(ctx: SentenceContext): number {
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
function takesObject(ctx: SentenceContext, verb: number): boolean {
  const next = ctx.word(verb + 1);
  return ctx.isDeterminer(verb + 1) || PERSONAL_PRONOUNS.has(next) || ((next === 'for' || next === 'on' || next === 'upon') && ctx.word(verb) === 'called');
}

/** A quotation or a colon right after the verb of saying, or after its object ("told me, 'I've got my degree'"). */
function opensQuotation(ctx: SentenceContext, verb: number): boolean {
  return holdsQuotationOpener(ctx.gapBefore(verb + 1)) || (PERSONAL_PRONOUNS.has(ctx.word(verb + 1)) && holdsQuotationOpener(ctx.gapBefore(verb + 2)));
}

/** "The Commission wants to extend the scheme": someone else's stated aim, a position on the record. */
function findPosition(ctx: SentenceContext): number {
  if (!ctx.holds(POSITION_CUES)) return -1; // most sentences: no verb of position
  for (let i = 1; i + 1 < ctx.tokens.length; i++) {
    if ((ctx.cueMasks[i] & POSITION_CUES) === 0 || ctx.word(i + 1) !== 'to') continue;
    const subject = subjectOf(ctx, i);
    if (subject && !NOT_A_POSITION_HOLDER.has(subject) && !inCondition(ctx, ctx.tokens[i].start)) return i;
  }
  return -1;
}

/** Something a reader could look up: a name (not merely sentence-initial), a known entity, or a number or year. */
function isAnchored(ctx: SentenceContext): boolean {
  if (HAS_DIGIT.test(ctx.text) || ctx.isEntity(0)) return true;
  for (let k = 1; k < ctx.tokens.length; k++) if (ctx.isName(k) || isNumeral(ctx, k)) return true;
  return false;
}

/** The past verb that token i starts, or -1: a past tense, a perfect or passive participle, "did (not) vote". */
function pastVerbAt(ctx: SentenceContext, i: number): number {
  const w = ctx.word(i);
  if (w === 'did' || w === "didn't") {
    const k = ctx.word(i + 1) === 'not' ? i + 2 : i + 1;
    return k < ctx.tokens.length && ctx.lexTag(k) !== 'Adverb' && ctx.lexTag(k) !== 'Preposition' && !ctx.isDeterminer(k) && !ctx.isSubjectPronoun(k) ? k : -1; // not "the plan he did in Ohio"
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
  if (isObjectComplement(ctx, i)) return -1; // "they want the amendment ratified", "to see its principles violated"
  if (isCounterfactual(ctx, i)) return -1; // "could have done", "should never have been applied": what did not happen
  if (ctx.isDeterminer(i - 1) && !RELATIVE_OR_FLOATING.has(ctx.word(i - 1))) return -1; // "the continued discussion", "our elected officials"; not "a report that said", "they both voted"
  if (ctx.isDeterminer(i - 2) && ctx.lexTag(i - 1) === 'Adjective' && !RELATIVE_OR_FLOATING.has(ctx.word(i - 2))) return -1; // "a single shot", "a fair shot": a noun after an adjective
  if (NAMING.has(w) && [ctx.word(i - 2), ctx.word(i - 3)].some((d) => d === 'a' || d === 'an')) return -1; // "a woman named Winifred", "a little card called the Tenth Amendment"
  if (tag === 'PastTense') return i;
  const auxiliary = PERFECT_OR_PASSIVE.has(wordBefore) || wordBefore.endsWith("'ve") || wordBefore.endsWith("'d"); // also "was not renewed", "has already closed"
  return auxiliary || isNounLike(ctx, i - 1) ? i : -1;
}

/** "-ed" after two or more characters: "voted", "banned", not "red" or "fed". A test per word: no regex call. */
function isEdForm(w: string): boolean {
  return w.length >= 4 && w.endsWith('ed');
}

/** A participle describing the object of a verb of wanting or seeing: "want the amendment ratified", "see the rules enforced". */
function isObjectComplement(ctx: SentenceContext, participle: number): boolean {
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
function isCounterfactual(ctx: SentenceContext, participle: number): boolean {
  let k = participle - 1;
  const before = ctx.word(k);
  // "should have turned up and voted for it": the second participle shares the modal perfect
  if (before === 'and' || before === 'or') {
    for (let j = k - 1; j > 1 && j >= k - COORDINATED_SPAN && !ctx.breakBefore(j + 1); j--) if (ctx.word(j) === 'have' && COUNTERFACTUAL.has(ctx.word(j - 1))) return true;
  }
  while (k > 0 && BETWEEN_HAVE_AND_PARTICIPLE.has(ctx.word(k))) k--;
  if (ctx.word(k) !== 'have') return false;
  k--;
  while (k > 0 && (ctx.word(k) === 'never' || ctx.word(k) === 'not')) k--;
  return COUNTERFACTUAL.has(ctx.word(k));
}

/** A noun or pronoun that can be the subject of the next word: not a determiner, adjective, preposition or adverb. */
function isNounLike(ctx: SentenceContext, i: number): boolean {
  const w = ctx.word(i);
  if (!w || ctx.breakBefore(i + 1)) return false;
  if (w === 'that' || w === 'who' || w === 'which') return i > 0; // "a president that vetoed"
  if (ctx.isDeterminer(i)) return false;
  const tag = ctx.lexTag(i);
  if (tag === 'Pronoun') return w === 'i' || !PERSONAL_PRONOUNS.has(w); // "I proposed"; not "told him"
  return tag === undefined ? !endsWithAny(w, ADVERB_OR_VERB_ENDINGS) || (w.endsWith('ly') && !isLyAdverb(ctx, i)) : isNounTag(tag);
}

/** The word before a verb once auxiliaries and adverbs are skipped, contractions undone ("we've" → "we"). */
function subjectOf(ctx: SentenceContext, verb: number): string {
  for (let k = verb - 1; k >= 0 && !ctx.breakBefore(k + 1); k--) {
    const w = ctx.word(k);
    const contracted = uncontracted(w);
    if (contracted !== undefined) return contracted;
    if (!BETWEEN_SUBJECT_AND_VERB.has(w) && !(w.endsWith('ly') && ctx.lexTag(k) === 'Adverb')) return w;
  }
  return '';
}

/** After "often", "usually": a task judged easy or hard ("often difficult to predict"), not a frequency of events. */
const EASE_ADJECTIVES = new Set(['difficult', 'hard', 'harder', 'easy', 'easier', 'possible', 'impossible', 'necessary', 'unnecessary', 'useful', 'helpful', 'better', 'best', 'worth', 'advisable', 'wise', 'tricky', 'challenging', 'simpler', 'simple', 'quicker', 'cheaper', 'feasible', 'preferable', 'sensible', 'unclear']);

const NORMATIVE = /\b(should|must|ought to|need to|needs to|have to|has to|it is (?:essential|vital|crucial|critical|necessary|imperative|important) (?:that|to)|(?:we|i) (?:recommend|urge|propose|call on|call for)|recommends? that|is recommended|are recommended|shall)\b/i;

// Asked by unsupported-claim and then by analyze.ts about the same sentence: the long regex runs once.
const normativeLastSentence = forLastSentence((ctx) => NORMATIVE.test(ctx.text));

/** A recommendation or obligation: "Member States should", "we recommend that". */
export function isNormative(ctx: SentenceContext): boolean {
  return normativeLastSentence(ctx);
}

/**
 * The speaker's own stance or the conduct of the conversation: "I think", "we will",
 * "we must", "thank you", "let me". Such a sentence states a view, a plan or a courtesy,
 * not a fact about the world, unless it also carries a figure.
 */
function findStance(ctx: SentenceContext): { start: number; end: number; reported: boolean } | undefined {
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
    if (!FIRST_PERSON.has(subject)) continue;
    if (contracted !== undefined && (word.endsWith("'ll") || word.endsWith("'d"))) return { start: tokens[i].start, end: tokens[i].end, reported }; // "we'll", "I'd"
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

/** Before a plural noun, not a verb's subject: "the results in", "their cuts to". */
const ARTICLES_AND_POSSESSIVES = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'my', 'your']);
/** Quantifiers that generalise when they open a clause: "Many firms…", "Most councils…", "No regulator…". */
const QUANTIFIERS = ['many', 'most', 'no'];
const QUANTIFIER_CUES = cueBit(QUANTIFIERS);
/** After a quantifier: not the generalised noun ("most of", "many thanks", "no longer", "no one" is an absolute of its own). */
const NOT_GENERALISED = new Set(['of', 'thanks', 'longer', 'more', 'less', 'one', 'doubt', 'matter', 'other', 'others', 'such', 'times', 'ways', 'importantly', 'likely', 'recently', 'notably', 'often', 'cases', 'instances']);
/** Words after which a clause may open: "that", conjunctions, "nowadays". */
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'while', 'whereas', 'although', 'because', 'since', 'nowadays', 'today', 'yet']);

/** The quantifier opens its clause: the sentence's first word, after a break, or after "that", "but", "while". */
function opensClause(ctx: SentenceContext, i: number): boolean {
  return i === 0 || ctx.breakBefore(i) || CLAUSE_OPENERS.has(ctx.word(i - 1));
}

/** A noun the quantifier generalises over: "many councils have closed", "no regulator, however large, is". */
function isGeneralisedNoun(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  if (NOT_GENERALISED.has(w) || ctx.breakBefore(k) || ctx.isDeterminer(k) || ctx.isSubjectPronoun(k)) return false;
  const tag = ctx.lexTag(k);
  if (tag === 'Adverb' || tag === 'Preposition' || tag === 'Conjunction' || tag === 'Modal' || tag === 'Copula' || tag === 'PastTense' || tag === 'Infinitive') return false;
  return true;
}

/** How far back a list of aims may have opened with "to <verb>". */
const GOAL_LIST_SPAN = 15;

/**
 * "a fund set up to train teachers, increase retention and drive better results": a verb in
 * its base form that continues a list (after a comma, "and" or "or") opened by "to <verb>" is an aim.
 */
function isGoalInList(ctx: SentenceContext, from: number): boolean {
  if (ctx.lexTag(from) !== 'Infinitive') return false;
  const prev = ctx.word(from - 1);
  if (!(ctx.gapBefore(from).includes(',') || prev === 'and' || prev === 'or')) return false;
  for (let k = from - 2; k >= 0 && k >= from - GOAL_LIST_SPAN; k--) if (ctx.word(k) === 'to' && ctx.lexTag(k + 1) === 'Infinitive') return true;
  return false;
}

/** "Thanks to the subsidy, installations doubled": a cause before a main clause, not a courtesy ("Thanks to the organisers."). */
function isCausalThanks(ctx: SentenceContext, i: number): boolean {
  if (ctx.word(i) !== 'thanks' || ctx.word(i + 1) !== 'to') return false;
  for (let k = i + 2; k + 1 < ctx.tokens.length; k++) if (ctx.breakBefore(k) && ctx.word(k) !== 'and') return true;
  return false;
}

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
const SHOWING_VERBS = new Set(['show', 'shows', 'showed', 'shown', 'found', 'find', 'finds']);
