// Claims: the vocabularies and cue bits the claim features read (the lists themselves are data in data/claims.json).
import { MONTH_ABBREVIATIONS, MONTHS } from '../grammar';
import { cueBit } from '../context';
import claimData from '../data/claims.json';
import { claimCues } from '../lexicon';
import { wordsTagged } from '../nlp';
import { PhraseMatcher } from '../tokens';

export const phrases = (words: string[]) => new PhraseMatcher<true>(words.map((w) => [w, true] as [string, true]));

export const stanceVerbs = phrases(claimData.stanceVerbs.words);

export const courtesy = phrases(claimData.courtesy.words);

export const procedureNouns = new Set(claimData.procedureNouns.words);

export const timeUnits = new Set(claimData.timeUnits.words);

export const lightVerbs = new Set(claimData.lightVerbs.words);

export const recordVerbs = new Set(claimData.recordVerbs.words);

export const stativeParticiples = new Set(claimData.stativeParticiples.words);

export const quotingVerbs = new Set(claimData.quotingVerbs.words);

export const evaluativeSuperlatives = new Set(claimData.evaluativeSuperlatives.words);

export const rankingScopes = phrases(claimData.rankingScopes.words);

export const documentParts = phrases(claimData.documentParts.words);

export const describingVerbs = phrases(claimData.describingVerbs.words);
/** The describing verbs of one word in their base form, after "will": "this document will outline". */
export const DESCRIBING_BASE_FORMS: ReadonlySet<string> = new Set(
  claimData.describingVerbs.words.filter((w) => !w.includes(' ') && w.endsWith('s')).map((w) => w.replace(/(?:(?<=[sx]|sh|ch)e)?s$/, '')),
);

export const ownMethods = phrases(claimData.ownMethods.words);

export const ownActs = phrases(claimData.ownActs.words);

export const definitions = phrases(claimData.definitions.words);

export const PERCENT = /\b\d+(?:[.,]\d+)*\s?(?:%|per ?cent\b|percent\b|percentage points?\b|pp\b)/giu;

export const MONEY =
  /(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k)\b)?|\b\d[\d,.]*\s?(?:million|billion|trillion|bn)\b)/giu;

// What a match of each must contain (no other letter folds to these under the u flag): a cheap
// test that spares most sentences the slower scan with its case-insensitive Unicode word boundaries.
export const PERCENT_SIGN = /%|per ?cent|pp/i;

export const MONEY_SIGN = /[$€£¥]|illion|bn/i;

export const HAS_DIGIT = /\d/;

/** Month names and their abbreviations, lower case as the tokens are. */
export const MONTH_WORDS = new Set([...MONTHS, ...MONTH_ABBREVIATIONS].map((month) => month.toLowerCase()));

/** Words the lexicon tags as numbers: "seven", "hundred", "dozen". */
export const NUMBER_WORDS = new Set(['TextValue', 'Multiple', 'Value', 'Cardinal'].flatMap((tag) => [...wordsTagged(tag)]));

export const SUPERLATIVES = wordsTagged('Superlative');

export const COMPARATIVES = wordsTagged('Comparative');

export const PAST_TENSES = wordsTagged('PastTense');

/** "half of", "a third of", "twice": quantities spelled as fractions or multiples. */
export const FRACTION = new Set(['half', 'twice', 'double', 'triple', 'dozen', 'dozens', 'hundreds', 'thousands', 'thirds', 'quarters']);

/** Verbs of phase before "to": "has begun to rise", "continues to decline" report a change under way, not a goal. */
export const ASPECTUAL = new Set([
  'begin',
  'begins',
  'began',
  'begun',
  'beginning',
  'start',
  'starts',
  'started',
  'starting',
  'continue',
  'continues',
  'continued',
  'continuing',
]);

/** What may follow "up"/"down" as a state of change: a measure ("by 4%"), a baseline ("since 2019", "on last year") or a period ("this year"). */
export const AFTER_A_CHANGE = new Set([
  'by',
  'from',
  'since',
  'this',
  'last',
  'over',
  'again',
  'nearly',
  'almost',
  'about',
  'compared',
  'sharply',
]);

/** After "more than": an intensifier ("more than willing") or a pronoun ("more than that"), not a compared quantity. */
export const NOT_COMPARED = new Set([
  'willing',
  'happy',
  'glad',
  'able',
  'ready',
  'enough',
  'ample',
  'sufficient',
  'adequate',
  'that',
  'this',
  'ever',
  'just',
]);

/** How far "to" may follow "the first" ("the first major industrial country to") and still name what was done first. */
export const FIRST_TO_SPAN = 5;

/** Heads after "the first" that make advice or a schedule rather than a record ("the first thing to do"). */
export const NOT_AN_ACTOR = new Set([
  'thing',
  'things',
  'step',
  'steps',
  'time',
  'order',
  'priority',
  'task',
  'job',
  'place',
  'way',
  'question',
  'word',
  'words',
  'day',
  'days',
  'year',
  'week',
  'item',
]);

/** What follows a bare rank: "first in the world", "third among the states". */
export const RANK_PREPOSITIONS = new Set(['in', 'among']);

/** Words that start a comparison, a rank or a change stated as a state, besides superlatives and comparatives. */
export const COMPARISON_STARTS = new Set(['first', 'more', 'less', 'fewer', 'up', 'down']);

/** Verbs that state a rank ("we rank first in", "the state came third among"). */
export const RANK_VERBS = new Set(['rank', 'ranks', 'ranked', 'finished', 'came', 'placed', 'stands', 'stand']);

/** How far "than" may follow "more" and still close the same comparison. */
export const COMPARISON_SPAN = 10;

/** Determiners before a number that refer back ("the two leaders") rather than count. */
export const ANAPHORIC = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

export const MODALS_BEFORE = new Set(['to', 'should', 'must', 'can', 'could', 'would', 'may', 'might', 'shall', 'will', 'not']);

/** Modals that grant or limit a right: the comparisons they govern are limits. */
export const PERMISSION = new Set(['may', 'cannot', "can't", 'shall']);

export const COPULA = new Set(['is', 'are', 'was', 'were', 'been', 'be']);

/** Between "have" and a participle: "have been done", "have never voted", "have not ever". */
export const BETWEEN_HAVE_AND_PARTICIPLE = new Set(['been', 'never', 'not', 'ever']);

/** "would have voted": a counterfactual; "may have voted" stays a (hedged) claim. */
export const COUNTERFACTUAL = new Set(['would', 'could', 'should', "wouldn't", "couldn't", "shouldn't", 'will', "won't", "'ll"]);

/** Determiner-like words that also stand before a finite verb: "a report that said", "they have both moved". */
export const RELATIVE_OR_FLOATING = new Set(['that', 'all', 'both', 'each']);

// ("whether": an indirect question, its clause asked about, not asserted: "Whether the protests grow may depend on …")
export const CONDITIONS = new Set(['if', 'unless', 'suppose', 'supposing', 'whether']);

/** Verbs after which "if" means "whether" ("I wonder if", "ask if"). */
export const ASKING = new Set(['wonder', 'wondered', 'wondering', 'ask', 'asked', 'asking', 'see', 'know', 'check', 'doubt']);

/** Participles that give a name ("a report called Fair Shares"): a label, not an act. */
export const NAMING = new Set(['named', 'called', 'entitled', 'titled', 'dubbed', 'labelled', 'labeled']);

export const PRESENT_PASSIVE = new Set(['be', 'being', 'is', 'are', 'am', "'re"]);

export const MODALS_AFTER = new Set(['can', 'could', 'would', 'will', 'should', 'may', 'might', 'must', "can't", "won't", "wouldn't"]);

export const PERFECT_OR_PASSIVE = new Set(['has', 'have', 'had', 'was', 'were', 'been']);

/** Auxiliaries and adverbs between a subject and its verb ("he has not yet voted"). */
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  ...PERFECT_OR_PASSIVE,
  'is',
  'are',
  'be',
  'being',
  'do',
  'does',
  'did',
  'not',
  "n't",
  'never',
  'also',
  'just',
  'already',
  'only',
  'still',
  'even',
  'actually',
  'really',
  'then',
  'ever',
  'since',
  'yet',
  'again',
  'all',
  'both',
  'always',
  'once',
  'first',
  'later',
  'recently',
  'personally',
  'finally',
  'would',
  'could',
  'may',
  'might',
  'will',
  'should',
  'must',
]);

/** What uncontracted (text-shape.ts) undoes: "we've", "it's", "I'd", "we're", "I'm", "we'll". */
export const CONTRACTED = ['ve', 's', 'd', 're', 'm', 'll'];

/** Words between "is" and its participle: "is not needed", "am very concerned", "are also funded". */
export const DEGREE_OR_NEGATION = new Set([
  'not',
  "n't",
  'very',
  'so',
  'too',
  'quite',
  'rather',
  'fairly',
  'also',
  'still',
  'just',
  'already',
  'now',
  'often',
  'always',
  'never',
  'all',
  'well',
]);

/** Verbs whose object can carry a participle that is no act: "want it done", "see the law enforced". */
export const WANT_OR_SEE = new Set([
  'want',
  'wants',
  'wanted',
  'see',
  'saw',
  'seen',
  'seeing',
  'like',
  'need',
  'needs',
  'get',
  'gets',
  'got',
  'have',
  'has',
  'keep',
  'keeps',
  'leave',
  'find',
  'prefer',
  'expect',
]);

/** How many words an object noun phrase may span before its participle. */
export const OBJECT_SPAN = 4;

/** Prepositions before a gerund that name an aim or a means: "for growing the economy", "by cutting the deficit". */
export const AIM_PREPOSITIONS = new Set(['on', 'for', 'about', 'of', 'to', 'by', 'at', 'from', 'without', 'toward', 'towards']);

/** How far back a coordinated participle may find the modal perfect it shares. */
export const COORDINATED_SPAN = 8;

/** "it's", "that's", "what's": with a thing as subject, "'s" before a participle is "is" (a present passive), not "has". */
export const THING_IS = new Set(['it', 'that', 'this', 'what', 'there', 'here', 'which'].flatMap((thing) => [`${thing}'s`, `${thing}’s`]));

/** Words that limit an absolute ("almost never", "nearly everywhere"). */
export const APPROXIMATORS = new Set(['almost', 'nearly', 'virtually', 'practically', 'hardly', 'scarcely']);

export const PERSONAL_PRONOUNS = new Set(['i', 'you', 'me', 'him', 'her', 'us', 'them']);

export const ADVERB_OR_VERB_ENDINGS = ['ly', 'ed', 'ing'];

/** Parts of the lexicon's tags for nouns and names ("ProperNoun", "Organization", "FirstName"). */
export const NOUN_TAG_PARTS = [
  'Noun',
  'Singular',
  'Plural',
  'Actor',
  'Organization',
  'Country',
  'Place',
  'Person',
  'Region',
  'City',
  'Name',
  'Demonym',
];

/** A colon or an opening quotation mark. */
export const QUOTATION_OPENERS = new Set([':', '"', '“', "'", '‘']);

export const REPORTING = new Set(['said', 'says', 'told', 'saying']);

export const POSITION_VERBS = new Set(['wants', 'intends', 'plans', 'proposes', 'promised', 'pledged', 'vowed']);

export const NOT_A_POSITION_HOLDER = new Set([
  'it',
  'that',
  'this',
  'what',
  'who',
  'which',
  'one',
  'nobody',
  'everybody',
  'everyone',
  'anyone',
  'anybody',
  'somebody',
  'someone',
  'no',
  'if',
  'and',
  'or',
  'but',
]);

export const ADJECTIVE_ENDINGS = ['able', 'ible', 'al', 'ive', 'ous', 'ful', 'less', 'ic', 'ent', 'ant', 'ly', 'ed', 'ing', 'est', 'ary'];

export const FIRST_PERSON_SUBJECTS = new Set(['i', 'we']);

/** After a trend verb in the passive: "cut off", "dropped from" say someone was removed, not that a measure changed. */
export const REMOVAL = new Set(['off', 'from', 'out']);

export const PASSIVE_OR_GET = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been', 'get', 'gets', 'got', 'getting']);

// Words the scans below start from: a sentence without any skips the scan (see cueBit).
export const CLAIM_CUES = cueBit(claimCues.firstWords());

export const CONDITION_CUES = cueBit(CONDITIONS);

/** Verbs of requiring: "needs an OpenPGP key in order to sign", "requires a 3:1 majority". */
export const REQUIREMENT_VERBS: ReadonlySet<string> = new Set(['need', 'needs', 'require', 'requires', 'required']);

/** The last words of the openers of a purpose clause: "to ensure (that)", "to make sure (that)", "so as to"; and the nouns of a goal stated ("The aim of the test is to …"). */
export const GOAL_NOUNS = new Set([
  'aim',
  'aims',
  'goal',
  'goals',
  'purpose',
  'objective',
  'objectives',
  'ambition',
  'mission',
  'intention',
]);
export const PURPOSE_CUES = cueBit(['ensure', 'sure', 'as', ...GOAL_NOUNS]);

/** The words isNumeral can accept besides digits, '-'-joined words and fractions before "of": number words and "one". */
export const NUMBER_CUES = cueBit([...FRACTION, ...NUMBER_WORDS, 'one']);

/**
 * The words the comparison scan starts from (superlatives, comparatives, COMPARISON_STARTS) and the
 * prepositions after a bare rank: a word passes at once when neither it nor the next word is one.
 */
export const COMPARISON_CUES = cueBit([...SUPERLATIVES, ...COMPARATIVES, ...COMPARISON_STARTS, ...RANK_PREPOSITIONS]);

/** The words pastVerbAt accepts besides "-ed" forms: past tenses and "did". */
export const PAST_CUES = cueBit([...PAST_TENSES, 'did', "didn't"]);

export const POSITION_CUES = cueBit(POSITION_VERBS);

export const NEGATIVE_PRONOUNS = new Set(['nobody', 'none']);

/** Before a plural noun, not a verb's subject: "the results in", "their cuts to". */
export const ARTICLES_AND_POSSESSIVES = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'my', 'your']);

/** Quantifiers that generalise when they open a clause: "Many firms…", "Most councils…", "No regulator…". */
export const QUANTIFIERS = ['many', 'most', 'no'];

export const QUANTIFIER_CUES = cueBit(QUANTIFIERS);
