// hedge: the closed word classes and context vocabularies its sense checks read (the lists themselves are data in
// data/context.json; these name them for the checks).
export { BE_FORMS, RELATIVE_PRONOUNS } from '../grammar';
import sourceWords from '../data/sources.json';
import { contextWords } from '../lexicon';
import { madeOnFirstUse } from '../text-shape';

export const PROCEDURAL_VERBS = contextWords.proceduralVerbs;

export const PROCEDURAL_PARTICIPLES = contextWords.proceduralParticiples;

export const AGENT_NOUNS = contextWords.agentNouns;

export const VARIATION_VERBS = contextWords.variationVerbs;

/** Words after which "May" is the month or a name. */
export const MONTH_CONTEXT = new Set([
  'in',
  'of',
  'since',
  'until',
  'till',
  'by',
  'from',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'theresa',
  'during',
  'before',
  'after',
  'on',
]);

export const INQUIRY_WORDS = contextWords.inquiryWords;

export const EVIDENCE_SUBJECTS = contextWords.evidenceSubjects;

export const OBSERVATION_PARTICIPLES = contextWords.observationParticiples;

export const PROPOSAL_OBJECTS = contextWords.proposalObjects;

export const UNCERTAINTY_WORDS = contextWords.uncertaintyWords;

export const EXPECTATION_VERBS = contextWords.expectationVerbs;

export const EXPECTATION_ADJECTIVES = contextWords.expectationAdjectives;

export const OBSERVATION_VERBS = contextWords.observationVerbs;

export const OPPORTUNITY_VERBS = contextWords.opportunityVerbs;

export const RESEARCH_OBJECTS = contextWords.researchObjects;

/** Verbs whose "that" clause holds someone else's claim: of saying and showing, of believing, and of proposing (one word each). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  [...sourceWords.reportingVerbs.words, ...sourceWords.attitudeVerbs.words, ...contextWords.proposalVerbs].filter(
    (verb) => !verb.includes(' '),
  ),
);

export const ADVICE_ADJECTIVES = contextWords.adviceAdjectives;

export const OPTION_NOUNS = contextWords.optionNouns;

export const OPTION_VERBS = contextWords.optionVerbs;

export const FEASIBILITY_VERBS = contextWords.feasibilityVerbs;

export const ACTION_VERBS = contextWords.actionVerbs;

export const DIRECTED_PARTICIPLES = contextWords.directedParticiples;

export const ROLE_VERBS = contextWords.roleVerbs;

export const DOCUMENT_NOUNS = contextWords.documentNouns;

/** Words opening a clause that asserts nothing: a condition, an indirect question, a comparison, a concession, a circumstance. */
export const NON_ASSERTING_OPENERS: Record<string, string> = {
  if: 'sits in a condition',
  unless: 'sits in a condition',
  insofar: 'sits in a condition',
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

/** Prepositions before an indirect question: "an estimate of what", "unsure about what". */
export const INDIRECT_QUESTION_PREPOSITIONS = new Set(['of', 'about', 'on', 'into', 'over', 'to', 'at']);

/** Relative pronouns: a modal in a restrictive relative clause picks out a class ("threats that may have access"). */

/** Plain cues that a non-asserting clause also neutralises ("which may potentially affect" in a class description). */
export const UNASSERTING_PLAIN = new Set(['potentially', 'possibly', 'unclear', 'uncertain']);

/** Participles after "could be" that name a course of action: "could be implemented", "could be mitigated". */
export const OPTION_PARTICIPLES = new Set([
  'set',
  'implemented',
  'mitigated',
  'achieved',
  'learned',
  'learnt',
  'piloted',
  'introduced',
  'funded',
  'expanded',
  'phased',
  'addressed',
  'resolved',
  'avoided',
  'overcome',
  'turned',
  'considered',
  'explored',
  'tried',
  'tested',
  'replicated',
  'scaled',
  'extended',
  'improved',
  'simplified',
  'streamlined',
  'combined',
  'integrated',
  'adapted',
  'reviewed',
  'revisited',
  'renewed',
  'trialled',
  'trialed',
]);

/** Gerund-looking words that open a clause without naming a course of action: "During the pandemic", "According to". */
export const NOT_GERUND_SUBJECTS = new Set([
  'during',
  'according',
  'including',
  'regarding',
  'following',
  'notwithstanding',
  'concerning',
  'considering',
  'something',
  'nothing',
  'anything',
  'everything',
  'morning',
  'evening',
  'building',
  'funding',
  'spending',
  'housing',
  'training',
  'lending',
  'pricing',
  'polling',
  'ruling',
  'meeting',
  'setting',
  'findings',
  'finding',
  'thing',
  'things',
  'being',
  'king',
  'beijing',
  'wellbeing',
  'earnings',
  'savings',
  'holdings',
  'warning',
  'warnings',
  'rating',
  'ratings',
  'reporting',
  'accounting',
  'offering',
  'offerings',
  'planning',
  'monitoring',
  'engineering',
  'understanding',
  'learning',
  'processing',
  'manufacturing',
  'shipping',
  'trading',
  'banking',
  'timing',
  'landing',
  'ceiling',
  'painting',
  'opening',
  'closing',
  'hearing',
  'bombing',
  'shooting',
  'uprising',
  'crossing',
  'sibling',
  'swing',
  'string',
  'spring',
  'sing',
  'ring',
  'wing',
  'bring',
]);

export const OPENER_ADVERB = /ly$/;

/** Adjectives that only ever advise: "it might be appropriate", "may be advisable". */
export const STRICT_ADVICE =
  /^(appropriate|advisable|worthwhile|worth|sensible|wise|preferable|prudent|tempting|justified|warranted|acceptable|attractive)$/;

export const NEGATIVE_DETERMINERS = new Set(['no', 'none', 'neither', 'nothing', 'nobody', 'never']);

export const PERSON_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'who', 'others', 'people']);

/** Subjects that are measurements or observations, never authors: what they "suggest" is always read from them. */
export const MEASUREMENTS = new Set([
  'data',
  'result',
  'results',
  'finding',
  'findings',
  'observation',
  'observations',
  'experiment',
  'experiments',
  'figures',
  'statistics',
  'trend',
  'trends',
  'pattern',
  'patterns',
  'numbers',
  'measurement',
  'measurements',
  'estimates',
  'indicators',
  'correlation',
  'correlations',
  'differences',
  'changes',
]);

/** Nouns for evidence: "Studies of the function of SCL suggest" has one in its subject. */
export const EVIDENCE_NOUNS = new Set([
  'data',
  'evidence',
  'result',
  'results',
  'finding',
  'findings',
  'figures',
  'trend',
  'trends',
  'studies',
  'study',
  'analyses',
  'analysis',
  'survey',
  'surveys',
  'poll',
  'polls',
  'indicator',
  'indicators',
  'observation',
  'observations',
  'experiment',
  'experiments',
  'pattern',
  'patterns',
]);

/** Participles the lexicon tags otherwise ("done", "known", "set", "cut"): "can be done" is a procedure. */
export const IRREGULAR_PARTICIPLE =
  /^(done|known|left|set|cut|put|read|run|hit|let|shut|split|spread|met|won|lost|held|kept|found|made|paid|sent|sold|told|spent|built|bought|brought|caught|taught|thought|seen|shown|drawn|grown|thrown|worn|torn|sworn)$/;

/** Endings of adjectives the lexicon does not list ("sufficient", "polyclonal", "capable", "analogous"). */
export const ADJECTIVE_ENDING = /(ent|ant|ble|ous|al|ic|ive|ar|ary|ory|ful|less|ed)$/;

/** A capitalised word with no digits, hyphens or capitals after the first: "Macron", "Moscow". */
export const TITLE_CASE_WORD = madeOnFirstUse(() => /^\p{Lu}\p{Ll}+$/u);

/** Forms of "suggest", "indicate", "imply" that "than" can measure against: "less effective than the figures would indicate". */
export const INFERENCE_VERBS = new Set([
  'suggest',
  'suggests',
  'suggested',
  'indicate',
  'indicates',
  'indicated',
  'implies',
  'imply',
  'implied',
]);

export const HAVE_FORMS = new Set(['have', 'has', 'had']);

export const NEGATIONS = new Set(['not', "n't", 'never']);

/** Words that open a clause ruling something out: "no meaningful comparison is possible". */
export const NEGATIVE_OPENERS = new Set(['no', 'none', 'neither', 'nothing']);

/** Words before "possible" that make it the range of options: "every possible effort", "the lowest possible price". */
export const RANGE_OF_OPTIONS = new Set([
  'best',
  'worst',
  'every',
  'any',
  'only',
  'total',
  'fullest',
  'maximum',
  'minimum',
  'earliest',
  'latest',
  'widest',
  'broadest',
  'shortest',
  'largest',
  'smallest',
  'highest',
  'lowest',
  'greatest',
]);

/** Words before "unclear", "unknown" that make it a predicate: "remains unclear", "is largely unknown". */
export const BEFORE_PREDICATIVE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'remain',
  'remains',
  'remained',
  'still',
  'largely',
  'currently',
  'yet',
  'entirely',
  'completely',
  'mostly',
  "'s",
  "it's",
  "that's",
  'become',
  'becomes',
  'became',
  'seem',
  'seems',
  'seemed',
]);

/** What states an estimate's precision: "the confidence intervals cannot rule out", "our standard errors cannot exclude". */
export const STATISTICAL_MEASURES = new Set([
  'interval',
  'intervals',
  'errors',
  'bands',
  'estimates',
  'estimate',
  'coefficients',
  'tests',
  'test',
]);

export const UNKNOWN_ADJECTIVES = new Set(['unclear', 'uncertain', 'unknown']);

/** Degree words between "can be" and its complement: "can be quite different". */
export const DEGREE_WORDS = new Set([
  'quite',
  'very',
  'more',
  'less',
  'highly',
  'extremely',
  'particularly',
  'rather',
  'both',
  'either',
  'so',
  'too',
]);

/** Words after which "could" is past: "was", "had", and "before" or "until" a year. */
export const PAST_AUXILIARIES = new Set(['was', 'were', 'had']);

export const UNTIL_WORDS = new Set(['before', 'until', 'till']);

/** Subjects that point back to a finding: "this suggests a change of course". */
export const POINTING_SUBJECTS = new Set(['this', 'that', 'these', 'which', 'it']);

/** Words that end the object of "suggest" before a proposal noun is found: a preposition or "that". */
export const OBJECT_BOUNDARIES = new Set(['of', 'for', 'to', 'in', 'on', 'that', 'between', 'with', 'by', 'from', 'at']);

/** Past-participle endings after "might have", "could have": "might have caused", "could have been", "may have grown". */
export const PARTICIPLE_ENDINGS = new Set(['ed', 'en', 'wn', 'ne', 'ht', 'lt', 'un']);

/** Determiners before "might" that make it the noun ("the might of the army"); "this might", "that might" are subjects. */
export const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'all', 'such']);
