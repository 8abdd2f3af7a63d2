// weasel: the vocabularies its checks read: starters, heads, quantifiers, fillers (the lists are data in data/sources.json).
import { RELATIVE_PRONOUNS } from '../../grammar';
import { cueBit } from '../../context';
import { sources, contextWords } from '../../lexicon';

export const VERB_ONLY_HEADS = contextWords.verbOnlyHeads;

export const INHERENTLY_VAGUE = contextWords.inherentlyVague;

/** Prepositions after which a name makes the group identifiable: "experts at the IMF". */
export const NAMING_PREPOSITIONS = new Set(['at', 'from', 'of', 'with', 'in', 'for', 'by']);

/** Quantifiers that make a subject an unspecified group: "Many cities have ...", "Some of its methods". */
export const GROUP_QUANTIFIERS = new Set(['some', 'many', 'several', 'numerous']);

/** Words a vague-source phrase can start with; every other word is skipped at once. */
export const STARTERS = new Set([
  'according',
  ...sources.vagueHeads,
  ...sources.vagueAdjectives,
  ...GROUP_QUANTIFIERS,
  'most',
  ...sources.quantifierStarts,
  ...sources.demonymStarts,
]);

/** Superlatives of taste that rank in "one of the best", "one of its finest". */
export const TASTE_SUPERLATIVES = new Set(['best', 'greatest', 'finest']);

/** Verbs of receiving before a verdict: "received acclaim", "drew criticism". */
export const RECEIVING = new Set([
  'received',
  'receives',
  'receive',
  'receiving',
  'garnered',
  'garners',
  'attracted',
  'attracts',
  'drew',
  'draws',
  'drawn',
  'earned',
  'earns',
  'won',
  'wins',
  'met',
  'meets',
  'faced',
  'faces',
  'sparked',
  'sparks',
  'generated',
  'generates',
]);

/** Words that start first-person hearsay: "I was told that", "we have heard that", "after asking around". */
export const FIRST_PERSON_STARTS = ['i', 'we', 'asking'];

/** Words that start unnamed expertise: "expert advice", "scientific consensus". */
export const EXPERTISE_STARTS = sources.unnamedExpertise.firstWords();

/** "local legend", "popular tradition", "oral history". */
export const FOLK_MODIFIERS = new Set(['local', 'popular', 'oral', 'family', 'village']);

/**
 * Every word at which check() can start a finding: a public-opinion phrase, a folklore cue, "there" (hearsay),
 * a verb of receiving, a superlative of taste, "most", a starter. Registered as a cue list so that the loop
 * passes every other word with one array read (its tests at every word were the larger cost before the JIT).
 * "-based" words start a phrase too; they are no word list and keep their own test.
 */
export const WEASEL_STARTS = cueBit([
  ...EXPERTISE_STARTS,
  ...FIRST_PERSON_STARTS,
  ...sources.publicOpinion.firstWords(),
  'according',
  ...FOLK_MODIFIERS,
  ...sources.folklore,
  'there',
  ...RECEIVING,
  ...TASTE_SUPERLATIVES,
  'most',
  // "It has been reported that": read back from its participle
  'reported',
  ...STARTERS,
]);

/** Words that start a phrase other than as the first word of a quantifier. */
export const STARTS_OTHERWISE = new Set([
  ...sources.publicOpinion.firstWords(),
  'according',
  'there',
  'most',
  ...FOLK_MODIFIERS,
  ...sources.folklore,
  ...RECEIVING,
  ...TASTE_SUPERLATIVES,
  ...sources.vagueHeads,
  ...sources.vagueAdjectives,
  ...GROUP_QUANTIFIERS,
  ...sources.demonyms.firstWords(),
  ...sources.demonymStarts,
]);

/**
 * Starters that start a phrase only as the first word of a quantifier ("the majority of", "a number of", "various"):
 * vagueNounPhrase and vagueQuantifier find nothing at them unless a quantifier matches there.
 * "the" and "a" are most of the starters met: one match attempt passes them, not the two scans.
 */
export const QUANTIFIER_ONLY_STARTS = new Set(
  [...sources.quantifierStarts].filter((w) => !STARTS_OTHERWISE.has(w) && !w.endsWith('-based')),
);

/** Hyphenated descriptors that modify a source without naming it: "Vladivostok-based", "high-level", "well-placed". */
export const DESCRIPTOR_ENDINGS = new Set(['based', 'level', 'ranking', 'placed', 'informed']);

/** Words after a source noun that lead to its verb: "sources close to the government said", "officials familiar with the talks say". */
export const PROXIMITY_WORDS = new Set(['close', 'familiar', 'near', 'inside', 'within', 'involved']);

/** The determiners and possessives before a ranking: "one of the best", "his most famous". */
export const RANKING_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our']);

/** Verbs that, with a direct object, report an act rather than vouch for a claim: "acknowledge the importance", "published the data". */
export const ACTS_ON_OBJECT = /^(acknowledge[sd]?|recogni[sz]e[sd]?|publish(es|ed)?|record(s|ed)?|describe[sd]?|announce[sd]?)$/;

/** With a person as the source, reporting a thing is doing research, not vouching for a claim: "researchers report their results". */
export const PERSON_ACTS_ON_OBJECT =
  /^(report(s|ed)?|present(s|ed)?|document(s|ed)?|share[sd]?|disclose[sd]?|submit(s|ted)?|release[sd]?|state[sd]?|write|writes|wrote|note[sd]?|estimate[sd]?)$/;

/** Verbs of putting forward an option: with an object rather than a that-clause, people propose; they vouch for nothing. */
export const PROPOSING = /^(suggest|suggests|suggested|propose|proposes|proposed|recommend|recommends|recommended)$/;

/** Documents and data, which vouch for what they report: "studies report the effect" stays a vague source. */
export const DOCUMENT_HEADS = new Set([
  'studies',
  'study',
  'reports',
  'report',
  'surveys',
  'polls',
  'research',
  'evidence',
  'data',
  'figures',
  'statistics',
  'estimates',
  'assessments',
  'accounts',
  'sources',
  'source',
  'media',
]);

/** After a modal, only a verb of arguing or believing makes a source: "some would argue"; "analysts may find it useful" is advice. */
export const SAYING_AFTER_MODAL =
  /^(argue|say|claim|contend|suggest|insist|maintain|agree|disagree|object|counter|question|dispute|note|observe|warn|believe|think|feel|expect|point)$/;

/** Verbs of gathering before "from": "collected the data from various sources", "drawn from several surveys". */
export const GATHERING =
  /^(collect|collects|collected|collecting|gather|gathers|gathered|gathering|compile|compiles|compiled|compiling|draw|draws|drew|drawn|drawing|obtain|obtains|obtained|obtaining|source|sourced|acquire|acquired|pull|pulled|combine|combined|merge|merged|aggregate|aggregated|take|taken|took|derive|derived|extract|extracted|download|downloaded|scrape|scraped|establish|established|confirm|confirmed|verify|verified|corroborate|corroborated)$/;

/** Nouns that are sources by nature: with no verb of saying they still carry the claim ("according to Russian sources", "recent studies"). */
export const SOURCES_BY_NATURE = new Set([
  'sources',
  'source',
  'reports',
  'accounts',
  'studies',
  'surveys',
  'polls',
  'assessments',
  'estimates',
]);

/** Verbs that describeGroup what a study does rather than what it shows: "focus on", "use", "examine". */
export const RESEARCH_ACTIVITY =
  /^(focus|focuses|focused|focussed|use|uses|used|examine|examines|examined|study|studies|studied|consider|considers|considered|analyse|analyses|analysed|analyze|analyzes|analyzed|look|looks|looked|rely|relies|relied|employ|employs|employed|assume|assumes|assumed|cover|covers|covered|draw|draws|drew|compare|compares|compared|measure|measures|measured|model|models|modelled|modeled|investigate|investigates|investigated|explore|explores|explored|address|addresses|addressed|are|is|were|was|differ|differs|differed|vary|varies|varied)$/;

/** Participles of judging or reporting before "by": "condemned by international observers" credits a verdict to them. */
export const JUDGED_BY =
  /^(criticised|criticized|condemned|praised|questioned|disputed|reported|described|called|considered|seen|regarded|viewed|welcomed|rejected|denounced|challenged|cited|quoted|estimated|put)$/;

/** Verbs after a public-opinion phrase that make it the source: "conventional wisdom holds", "public opinion says". */
export const OPINION_VERBS =
  /^(holds|held|says|said|suggests|suggested|has|had|is|was|tells|told|dictates|dictated|assumes|assumed|maintains|claims|believes|insists)$/;

/** Framings before a public-opinion phrase that rest a claim on it: "contrary to popular belief", "in line with conventional wisdom". */
export const OPINION_FRAMES =
  /^(to|with|against|despite|defying|challenges|challenged|challenge|contradicts|contradict|overturns|overturn|upends)$/;

/** Single-country demonyms: their authorities or government are one identifiable body (unlike "Western", "European", "Arab"). */
export const NATIONAL =
  /^(russian|american|chinese|korean|british|french|german|israeli|iranian|ukrainian|japanese|indian|turkish|syrian|iraqi|saudi|egyptian|polish|italian|spanish|canadian|australian|palestinian|pakistani|afghan|u\.s|us|uk|soviet)$/;

/** Modals between a group and its verb. */
export const ACTING_OR_PLANNING = /^(would|might|could|may|will|can|should|must|shall)$/;

/** Modals after a group: it can, will or should act; it vouches for nothing. */
export const ACTING_MODALS = new Set(['can', 'should', 'must', 'shall']);

export const OPENING_CONJUNCTIONS = new Set([
  'and',
  'but',
  'while',
  'although',
  'though',
  'since',
  'because',
  'whereas',
  'that',
  'as',
  'yet',
  'however',
]);

/** Nouns that measure time, distance or amount, or pick an indefinite kind: "several years", "some kind of". */
export const NOT_GROUPS = new Set([
  'year',
  'years',
  'time',
  'times',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'hour',
  'hours',
  'minute',
  'minutes',
  'second',
  'seconds',
  'decade',
  'decades',
  'centuries',
  'mile',
  'miles',
  'kilometer',
  'kilometers',
  'kilometre',
  'kilometres',
  'km',
  'feet',
  'foot',
  'yard',
  'yards',
  'metre',
  'metres',
  'meter',
  'meters',
  'inches',
  'pounds',
  'dollars',
  'percent',
  'kind',
  'kinds',
  'sort',
  'sorts',
  'type',
  'types',
  'part',
  'parts',
]);

/** Number words, bare or with an -s, that make a quantifier an approximate count: "some twenty firms", "some hundreds of". */
export const COUNT_WORDS = new Set(
  [
    'hundred',
    'thousand',
    'million',
    'billion',
    'dozen',
    'twenty',
    'thirty',
    'forty',
    'fifty',
    'sixty',
    'seventy',
    'eighty',
    'ninety',
  ].flatMap((word) => [word, `${word}s`]),
);

/** Words before a quantifier that make it a count or a degree, not a vague group: "how many", "as many as", "at most", "the most". */
export const NOT_VAGUE_BEFORE = new Set(['how', 'as', 'so', 'too', 'the', 'a', 'at', 'its', 'his', 'her', 'their', 'our']);

/** What may follow a quantifier used as a pronoun subject: "some argue", "many have", "others would". */
export const SUBJECT_VERB_TAGS = new Set(['Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Modal', 'Auxiliary', 'Copula']);

export const SUBJECT_VERB_WORDS = new Set([
  'have',
  'had',
  'are',
  'were',
  'would',
  'will',
  'may',
  'might',
  'could',
  'can',
  'also',
  'still',
  'even',
  'do',
  'did',
  'say',
  'see',
  'use',
]);

export const CROSS_REFERENCE =
  /\b([Aa]nnex|[Aa]ppendix|[Tt]able|[Ff]igure|[Ff]ig\.|[Ss]ection|[Cc]hapter|[Bb]ox|[Ss]chedule|[Pp]aragraph)\s+(?:[A-Z]\b|\d)|\b(listed|set out|shown|described) below\b|\bas follows\b/;

export const FINITE = new Set(['PresentTense', 'PastTense', 'Infinitive', 'Copula', 'Modal', 'Auxiliary']);

export const PARENTHETICALS = new Set(['however', 'though', 'too', 'also', 'meanwhile', 'instead', 'in', 'nevertheless', 'moreover']);

/** What may follow a quantifier as a pronoun object or a group with a relative: "leading many to call", "impressed many with", "some who call". */
export const PRONOUN_OBJECT_FOLLOWERS = new Set(['to', 'with', 'who', 'whom']);

/** Pronouns after "some of", "many of": the group was named before ("some of them", "many of whom"). */
export const PRONOUNS_AFTER_OF = new Set(['them', 'us', 'whom', 'which']);

export const RELATIVE_WORDS = new Set([...RELATIVE_PRONOUNS, 'whose']);

/** After the group: the group is listed, so it is specified. */
export const LISTED_AFTER = /:|\b(including|such as|namely|e\.g\.|for example|for instance)\b/i;

/** Verbs of seeking or giving before expertise: "seek expert advice", "commission expert opinion" is a recommendation or a method. */
export const SEEKING =
  /^(seek|seeks|sought|seeking|get|gets|got|getting|obtain|obtains|obtained|take|takes|took|taking|commission|commissions|commissioned|request|requests|requested|need|needs|needed|provide|provides|provided|providing|give|gives|gave|offer|offers|offered|consult|consulted|draw|drawing|with|without|use|using)$/;

/** What may stand between "there" and a hearsay noun: forms of "be" and "have", a few adverbs, determiners and adjectives of spread. */
export const EXISTENTIAL_FILLERS = new Set([
  'is',
  'are',
  'was',
  'were',
  'been',
  'be',
  'has',
  'have',
  'had',
  'also',
  'now',
  'still',
  'long',
  'widespread',
  'persistent',
  'unconfirmed',
  'growing',
  'increasing',
  'repeated',
  'some',
  'a',
  'many',
  'numerous',
  'frequent',
]);

/** What may link unnamed evidence to its claim: "evidence that", "statistics showing", "evidence of". */
export const EVIDENCE_LINKS = new Set([
  'that',
  'of',
  'showing',
  'suggesting',
  'indicating',
  'which',
  'to',
  'demonstrating',
  'linking',
  'pointing',
  'proving',
  'confirming',
]);

/** Fillers before unnamed evidence: "a wide range of", "a growing body of", "strong". */
export const EVIDENCE_FILLERS = new Set([
  'wide',
  'range',
  'of',
  'plenty',
  'ample',
  'strong',
  'considerable',
  'compelling',
  'clear',
  'little',
  'no',
  'much',
  'mounting',
  'body',
  'number',
  'lot',
  'lots',
  'good',
  'robust',
  'substantial',
  'an',
  'overwhelming',
  'several',
  'various',
  'new',
  'recent',
  'emerging',
  'abundant',
  'extensive',
  'any',
]);

/** The verb after an existential "there": "there is", "there have been". */
export const EXISTENTIAL_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** After "was told", "have heard", "learned": a that-clause or a clause's subject, not an instruction ("we were told to wait") or an object. */
export const HEARSAY_AUXILIARIES =
  /^(have|has|had|was|were|am|are|been|'ve|'m|'re|also|since|recently|often|repeatedly|later|then|just|since|once|now)$/;

/** Singular source nouns: "an official", "a source", "an expert". */
export const SINGULAR_HEADS = new Set(['source', 'expert', 'analyst', 'observer', 'official', 'insider', 'study', 'report', 'diplomat']);

export const GOVERNING_TAGS = /^(Verb|PastTense|PresentTense|Infinitive|Gerund|Copula|Modal|Auxiliary|Preposition)$/;

/** Determiners that point back to a source named earlier: "these studies", "the experts who drafted it". */
export const DEFINITE_BEFORE_SOURCE = new Set([
  'these',
  'those',
  'the',
  'this',
  'such',
  'both',
  'our',
  'my',
  'its',
  'their',
  'his',
  'her',
  'present',
  'current',
]);

/** Auxiliaries, modals and adverbs between a source and its verb: "some have argued", "some would argue", "critics may well say". */
export const BEFORE_VERB = new Set([
  'frequently',
  'commonly',
  'routinely',
  'regularly',
  'have',
  'has',
  'had',
  'also',
  'now',
  'often',
  'repeatedly',
  'consistently',
  'widely',
  'long',
  'generally',
  'privately',
  'openly',
  'would',
  'might',
  'could',
  'may',
  'will',
  'well',
]);
