// Closed word classes of English that several parts of the engine read: declared once here, so that
// two rules never disagree about what "be" or a relative pronoun is. (Open vocabularies — cues,
// sources, claim words — are data in data/*.json.)

/** The forms of "be". */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Pronouns that open a relative clause ("threats that may have access", "the experts who drafted it"). */
export const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom']);

/** The writer's own person, as subject, object or owner: "we", "us", "our". */
export const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);

/** The modal verbs. */
export const MODALS = new Set(['can', 'could', 'may', 'might', 'would', 'should', 'must', 'will', 'shall']);

/** A trailing apostrophe (straight or curly): a plural possessive ("the members' view") or a closing quote. */
export function endsWithApostrophe(text: string): boolean {
  return text.endsWith("'") || text.endsWith('’');
}

/** Verbs of saying or finding that close a source frame ("Some experts say", "studies have shown", "It could be argued"): the "Name the source" fix keeps them. */
export const SAYING_TAIL = new Set([
  'say',
  'says',
  'said',
  'show',
  'shows',
  'showed',
  'shown',
  'report',
  'reports',
  'reported',
  'argue',
  'argues',
  'argued',
  'believe',
  'believes',
  'claim',
  'claims',
  'claimed',
  'suggest',
  'suggests',
  'suggested',
  'find',
  'finds',
  'found',
  'indicate',
  'indicates',
  'agree',
  'warn',
  'warns',
  'warned',
  'note',
  'notes',
  'noted',
  'state',
  'states',
  'stated',
  'estimate',
  'estimates',
  'estimated',
]);

/** Month names, capitalised, and their abbreviations ("Sept" as well as "Sep"). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

/** Verbs of saying with the one told between them and their "that": "told reporters that". */
export const TELLING = new Set(['told', 'tell', 'tells', 'informed', 'assured', 'warned']);

/** What a rule makes someone: "are exempt", "may be eligible for", "is liable". */
export const RULE_STATUS = new Set(['eligible', 'entitled', 'liable', 'exempt']);

/**
 * "It has been reported that …", "it was widely reported that": a report passed on from nobody, which the guide names a
 * vague source (weasel), not a view attributed (passive-attribution). The index of "it" for "reported" at `at`, or -1.
 */
export function itIsReportedThat(words: (k: number) => string, at: number): number {
  if (words(at) !== 'reported' || words(at + 1) !== 'that') return -1;
  let k = at - 1;
  while (k >= 0 && REPORT_ADVERBS.has(words(k))) k--;
  if (!BE_FORMS.has(words(k))) return -1;
  k--;
  if (/^(has|have|had)$/.test(words(k))) k--;
  return words(k) === 'it' ? k : -1;
}

const REPORT_ADVERBS = new Set(['widely', 'also', 'previously', 'already', 'since', 'now', 'recently']);
