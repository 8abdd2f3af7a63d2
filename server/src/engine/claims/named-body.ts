// A body named by its name ("Ireland", "the Bank of Canada"), as the subject of a sentence's main clause, and the bodies
// a document speaks for by its byline or title ("Deputy Governor of the Bank of Canada", "Statement by the Taoiseach of
// Ireland", "Mozilla's response to the consultation"). A speech tells its speaker's body's acts first-hand (annotation
// guide: "Ireland has ratified…" in Ireland's speech); the pipeline matches the two (Hit.actOf).
import type { SentenceContext } from '../context';

/** Words that name a state by its form, before "of" and its name: "the Government of Ireland" is Ireland. */
const STATE_FORMS = new Set([
  'government',
  'republic',
  'kingdom',
  'state',
  'federation',
  'commonwealth',
  'principality',
  'sultanate',
  'emirate',
  'duchy',
  'delegation',
  'mission',
]);

/** The words a body is known by after the leading "the", as one key: "Government of Ireland" and "Ireland" are one. */
export function bodyKey(words: readonly string[]): string {
  const lower = words.map((w) => w.toLowerCase());
  let from = lower[0] === 'the' ? 1 : 0;
  if (STATE_FORMS.has(lower[from])) {
    const of = lower.indexOf('of', from);
    if (of > 0) from = lower[of + 1] === 'the' ? of + 2 : of + 1;
  }
  return lower.slice(from).join(' ');
}

/** Words that join the words of one name: "Bank of Canada", "Office of Management and Budget". */
const BODY_NAME_JOINERS = new Set(['of', 'and', 'for', 'on', 'de', 'du', 'des']);
/** Openers of an adverbial put before the subject: "Since 2020, …", "In January, …", "Over the past decade, …". */
const FRONTED_ADVERBIAL = new Set([
  'since',
  'in',
  'on',
  'at',
  'during',
  'over',
  'last',
  'this',
  'after',
  'before',
  'between',
  'from',
  'by',
  'earlier',
  'yesterday',
  'today',
  'recently',
  'for',
  'throughout',
  'so',
  'to',
  'as',
  'together',
  'meanwhile',
]);
const MONTHS_AND_DAYS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Auxiliaries and verbs that open a verb phrase after its subject. */
const VERB_OPENERS = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'shall',
  'does',
  'did',
  'continues',
  'remains',
]);
/** Adverbs that may stand between a subject and its verb: "Harbourline Relief today launches an appeal". */
const BEFORE_THE_VERB = new Set([
  'also',
  'now',
  'already',
  'then',
  'recently',
  'again',
  'today',
  'yesterday',
  'currently',
  'still',
  'this',
]);
/** The writer's country named as hers: "our country has welcomed …" is her side's act as "we have welcomed …" is. */
const WRITERS_COUNTRY = new Set(['country', 'nation']);

export interface BodySubject {
  /** The body's key (bodyKey), or '' for the writer's own country ("our country"). */
  key: string;
  /** Token span of the subject. */
  from: number;
  to: number;
  /** The verb's first word. */
  verb: number;
}

/**
 * The body the sentence's main clause names as its subject, right before its verb: "Ireland has ratified …", "Since
 * March 2022, the Bank of Canada has raised …", "The Government will contribute …"; or undefined.
 */
export function bodySubject(ctx: SentenceContext): BodySubject | undefined {
  let from = 0;
  // (one fronted adverbial, closed by a comma within its first ten words)
  if (FRONTED_ADVERBIAL.has(ctx.word(0))) {
    let k = 1;
    while (k < Math.min(ctx.tokens.length, 11) && !ctx.breakBefore(k)) k++;
    if (k >= Math.min(ctx.tokens.length, 11) || !ctx.gapBefore(k).includes(',')) return undefined;
    from = k;
  }
  let at = from;
  // (what it did, not what it is: "our Nation has never been aroused so greatly", "Our country is vibrant" are claims)
  if ((ctx.word(at) === 'our' || ctx.word(at) === 'my') && WRITERS_COUNTRY.has(ctx.word(at + 1)))
    return verbAfter(ctx, at + 2, (verb) => (describesTheCountry(ctx, verb) ? undefined : { key: '', from, to: at + 2, verb }));
  if (ctx.word(at) === 'the' || ctx.word(at) === 'this') at++;
  const first = at;
  if (!ctx.isCapitalized(at) || MONTHS_AND_DAYS.test(ctx.word(at))) return undefined;
  let end = at + 1;
  for (;;) {
    if (ctx.breakBefore(end)) break;
    if (ctx.isCapitalized(end) && !ctx.breakBefore(end)) end++;
    else if (BODY_NAME_JOINERS.has(ctx.word(end)) && ctx.isCapitalized(ctx.word(end + 1) === 'the' ? end + 2 : end + 1))
      end += ctx.word(end + 1) === 'the' ? 2 : 1;
    else break;
  }
  // (alone at the sentence's start, a capitalised word is a name only if the lexicon says so: "Inflation has fallen";
  // two are one, "Governing Council decided")
  if (at === 0 && end === 1 && !ctx.isName(0)) return undefined;
  const words: string[] = [];
  for (let k = first; k < end; k++) words.push(ctx.tokens[k].text);
  return verbAfter(ctx, end, (verb) => ({ key: bodyKey(words), from, to: end, verb }));
}

/** From the verb at `verb` on, the clause says what the country is or was, not what it did. */
function describesTheCountry(ctx: SentenceContext, verb: number): boolean {
  let k = verb;
  if (/^(has|have|had)$/.test(ctx.word(k))) k++;
  while (k < verb + 4 && (ctx.isLyAdverb(k) || /^(never|always|also|long|not)$/.test(ctx.word(k)))) k++;
  return /^(is|are|was|were|been|be|remains|has|have)$/.test(ctx.word(k));
}

/** The subject ends at `end` where a verb follows it in its clause, after an adverb or two ("today launches"). */
function verbAfter(ctx: SentenceContext, end: number, subject: (verb: number) => BodySubject | undefined): BodySubject | undefined {
  let verb = end;
  while (verb < end + 2 && BEFORE_THE_VERB.has(ctx.word(verb)) && !(ctx.word(verb) === 'this' && ctx.word(verb + 1) !== 'week')) verb++;
  if (ctx.word(verb) === 'week' && ctx.word(verb - 1) === 'this') verb++;
  if (verb >= ctx.tokens.length || ctx.breakBefore(end) || ctx.breakBefore(verb)) return undefined;
  const tag = ctx.lexTag(verb);
  // ("launches an appeal": a verb the lexicon files as a plural noun, before its object)
  // (and "judged", a past the lexicon files as an adjective)
  const verbBeforeObject = ctx.word(verb).endsWith('s') && ctx.isDeterminer(verb + 1);
  const pastAsAdjective = tag === 'Adjective' && ctx.word(verb).endsWith('ed');
  if (!VERB_OPENERS.has(ctx.word(verb)) && tag !== 'PastTense' && tag !== 'PresentTense' && !verbBeforeObject && !pastAsAdjective)
    return undefined;
  return subject(verb);
}

/** The sentence's words with the subject at `subject` put as "we", its verb agreeing: what the writer's side would say. */
export function spokenAsWe(ctx: SentenceContext, subject: BodySubject): string {
  const start = ctx.tokens[subject.from].start;
  const verb = ctx.tokens[subject.verb];
  const pronoun = subject.from === 0 ? 'We' : 'we';
  const between = ctx.text.slice(ctx.tokens[subject.to - 1].end, verb.start);
  // ("its policy rate" is then "our policy rate")
  const rest = ctx.text
    .slice(verb.end)
    .replace(/\bits\b/g, 'our')
    .replace(/\bitself\b/g, 'ourselves');
  return `${ctx.text.slice(0, start)}${pronoun}${between}${pluralVerb(verb.text)}${rest}`;
}

const PLURAL_OF: Record<string, string> = { has: 'have', is: 'are', was: 'were', does: 'do' };

function pluralVerb(verb: string): string {
  const lower = verb.toLowerCase();
  if (PLURAL_OF[lower]) return PLURAL_OF[lower];
  if (/[^aeiou]ies$/.test(lower)) return `${verb.slice(0, -3)}y`;
  if (/(?:sh|ch|x|ss|zz)es$/.test(lower)) return verb.slice(0, -2);
  if (/[^s]s$/.test(lower) && !/(?:ed|us|is)$/.test(lower)) return verb.slice(0, -1);
  return verb;
}

// A name as bylines and titles write it: capitalised words, joined by "of", "and", "for" ("Bank of Canada", "Office of
// Management and Budget", "Ministry of Foreign Affairs and Trade"), in capitals too (letterheads).
const NAME = String.raw`[A-Z][\w\u2019'&.-]*(?:\s+(?:(?:of|and|for|on|de|du|des|OF|AND|FOR|ON)\s+(?:the\s+|THE\s+)?)?[A-Z][\w\u2019'&-]*)*`;
/** An office held: "Deputy Governor", "Minister for Foreign Affairs", "Taoiseach", "Permanent Representative". */
const ROLE = String.raw`(?:[A-Z][a-z]+[ -])*(?:Governor|Chair|Chairman|Chairwoman|Chairperson|President|Director|Secretary|Minister|Taoiseach|Premier|Chancellor|Ambassador|Representative|Commissioner|Administrator|Economist|Treasurer|Comptroller|Auditor|Head|Leader|Spokesperson|Officer|Member of the [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Board|Council|Committee))(?: for (?:the )?[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)*(?= of\b|,))?`;
/** "Deputy Governor of the Bank of Canada", "Taoiseach of Ireland", "Director, Office of Management and Budget". */
const HOLDS_OFFICE = new RegExp(String.raw`\b${ROLE}(?:\s+of\s+(?:the\s+)?|\s*,\s+(?:the\s+)?)(${NAME})`, 'g');
/** "Mozilla's response to …", "Response of the Royal Society to …", "Feedback from: Mozilla", "Submitted by …": the author of a response. */
const RESPONDS = new RegExp(
  String.raw`(?:^(?:The\s+)?(${NAME})(?:\u2019s|'s)?\s+(?:[Rr]esponse|[Ss]ubmission|[Cc]omments|[Rr]eply|[Cc]ontribution|[Ff]eedback|[Ee]vidence|[Pp]osition)\b|\b(?:[Rr]esponse|[Ss]ubmission|[Cc]omments|[Rr]eply|[Cc]ontribution|[Ff]eedback|[Ee]vidence|[Ss]ubmitted|[Pp]repared)\s+(?:of|from|by)\s*:?\s+(?:the\s+)?(${NAME}))`,
  'g',
);
/** "on behalf of the Government of Ireland", "on behalf of the European Union". */
const ON_BEHALF = new RegExp(String.raw`\bon behalf of (?:the\s+)?(${NAME})`, 'g');
/** A minister of a government, by title. */
const MINISTERS =
  /\b(?:Minister|MINISTER|Taoiseach|TAOISEACH|Chancellor of the Exchequer|CHANCELLOR OF THE EXCHEQUER|Secretary of State|SECRETARY OF STATE)\b/;
/** A line that says what the document is and who gives it: "Speech by …", "Delivered by …", "Statement of …". */
const SPEECH_OPENER =
  /^(?:(?:Keynote|KEYNOTE|Opening|OPENING|Closing|CLOSING|Oral|ORAL|Written|WRITTEN|Ministerial|MINISTERIAL) )?(?:Speech|SPEECH|Remarks|REMARKS|Statement|STATEMENT|Address|ADDRESS|Delivered|DELIVERED|Foreword|FOREWORD)\b(?: (?:given |delivered )?(?:by|of|from|BY|OF|FROM)\b)/;
/** A line of capitalised words alone, a title and a name: "Minister for Skills and Further Education, Rachel Okonjo MP". */
const TITLE_LINE = /^(?:[A-Z][\w.'\u2019-]*|of|for|and|the|[,&])(?:\s+(?:[A-Z][\w.'\u2019-]*|of|for|and|the)|,)*\s*$/;
/** A letterhead: the block is a body's name alone, "OFFICE OF MANAGEMENT AND BUDGET", "HM Treasury". */
const LETTERHEAD = new RegExp(String.raw`^\s*(?:THE\s+|The\s+)?(${NAME})\s*$`);

/** Words that end an organisation's full name and that it leaves out when it names itself. */
const ORGANISATION_SUFFIXES = new Set(['international', 'inc', 'inc.', 'ltd', 'limited', 'plc', 'llc', 'corporation', 'group']);

/** The bodies of a central bank that make its policy, by the names its speeches give them. */
export const CENTRAL_BANK_ORGANS = [
  'governing council',
  'executive board',
  'monetary policy committee',
  'monetary policy board',
  'policy board',
  'federal open market committee',
  'board',
  'committee',
  'mpc',
  'fomc',
];

/** A name of initials: "ECB", "BoE", "RBA". */
const NAME_OF_INITIALS = /^(?=(?:[a-z]?[A-Z]){2})[A-Za-z]{2,6}$/;
/** An office only a central bank has: its governors, and a seat on its policy board. */
const CENTRAL_BANK_OFFICE =
  /\b(?:Deputy |Assistant )?Governor\b|\bMember of the (?:Executive Board|Governing Council|Monetary Policy Committee|Policy Board|Financial Policy Committee)\b/;

/** Words that head the name of a public or private body: the name's head stands for it ("the Bank"). */
const BODY_HEADS = new Set([
  'bank',
  'office',
  'department',
  'ministry',
  'agency',
  'council',
  'commission',
  'committee',
  'authority',
  'board',
  'institute',
  'foundation',
  'government',
  'administration',
  'treasury',
  'reserve',
  'fund',
  'service',
  'executive',
]);

/** The longest line read as a byline: a sentence that says whom the writer speaks for runs to a few lines at most. */
const BYLINE_MAX_LENGTH = 600;

/**
 * Whether the line may be a letterhead: 'none'; 'body', a body's name ("OFFICE OF MANAGEMENT AND BUDGET", whose head
 * says it is one); 'any' name, at the top of a press release ("HARBOURLINE RELIEF INTERNATIONAL" above "PRESS STATEMENT").
 */
export type Letterheads = 'none' | 'body' | 'any';

/**
 * The bodies a line of a document's front (title, byline, letterhead, a heading) says the document speaks for: each as
 * bodyKey gives it, and the head of a body's name alone ("bank" for "the Bank of Canada", which the speech calls "the
 * Bank").
 */
export function bodiesOfByline(text: string, letterheads: Letterheads): string[] {
  // (a byline, a title or a letterhead is short; the name patterns run in time that grows with the square of a run of
  // capitalised words, so a long line is not read for them)
  if (text.length > BYLINE_MAX_LENGTH) return [];
  const found: string[] = [];
  const add = (name: string | undefined) => {
    if (!name) return;
    const words = name.replace(/(?:\u2019s|'s)$/, '').split(/\s+/);
    const key = bodyKey(words);
    if (key === '' || key.split(' ').length > 8) return;
    found.push(key);
    // ("Harbourline Relief International" calls itself "Harbourline Relief")
    if (words.length >= 2 && ORGANISATION_SUFFIXES.has(words[words.length - 1].toLowerCase())) found.push(bodyKey(words.slice(0, -1)));
    const head = headOf(words.join(' '));
    if (BODY_HEADS.has(head) && head !== key) found.push(head);
    // (its initials, as the speech names it: "ECB", "OMB", "RBA")
    const initials = words.filter((w) => /^[A-Z]/.test(w) && !/^(?:The|THE)$/.test(w)).map((w) => w[0].toLowerCase());
    if (initials.length >= 2 && words.every((w) => /^[A-Z]/.test(w) || BODY_NAME_JOINERS.has(w.toLowerCase()) || w === 'the')) {
      found.push(initials.join(''));
      // ("BoC": with the "of")
      const withOf = words.filter((w) => w !== 'the' && w !== 'The' && w !== 'and').map((w) => w[0].toLowerCase());
      if (withOf.length > initials.length && !words.includes('and')) found.push(withOf.join(''));
    }
    // a central bank's speech tells its policy bodies' decisions as its own ("the Governing Council decided", "the
    // Committee voted"), and the office held may be a seat on one ("Member of the Executive Board of the ECB")
    if (head === 'bank' || head === 'reserve') for (const organ of CENTRAL_BANK_ORGANS) found.push(organ);
  };
  // ("Speech by the Minister of State for Health", "Minister for Skills and Further Education, Rachel Okonjo MP": a
  // minister speaks for the Government, whose acts "the Government has invested …" tells)
  if (MINISTERS.test(text) && (SPEECH_OPENER.test(text) || TITLE_LINE.test(text))) found.push('government');
  for (const re of [HOLDS_OFFICE, RESPONDS, ON_BEHALF]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1] ?? m[2];
      // ("Director, Office of …": after a comma only the name of a body, not a place)
      if (re === HOLDS_OFFICE && !/\sof\s/i.test(m[0].slice(0, m[0].length - m[1].length)) && !BODY_HEADS.has(headOf(name))) continue;
      add(name);
      // ("Member of the Executive Board of the ECB": the board is the writer's too)
      const seat = /\bMember of the ([A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Board|Council|Committee))/.exec(m[0]);
      if (seat) found.push(seat[1].toLowerCase());
      // ("Governor of the BoE", "Member of the Governing Council of the ECB": a central bank named by its initials, known
      // by the office, whose policy bodies are the writer's; "Governor of California" is no bank)
      if (re === HOLDS_OFFICE && CENTRAL_BANK_OFFICE.test(m[0]) && NAME_OF_INITIALS.test(name))
        for (const organ of CENTRAL_BANK_ORGANS) if (!found.includes(organ)) found.push(organ);
    }
  }
  const letterhead = letterheads === 'none' ? null : LETTERHEAD.exec(text);
  if (letterhead && (letterheads === 'any' || BODY_HEADS.has(headOf(letterhead[1])))) add(titleCase(letterhead[1]));
  return found;
}

function headOf(name: string): string {
  const words = name.split(/\s+/);
  const ofAt = words.findIndex((w) => w.toLowerCase() === 'of');
  return (ofAt > 0 ? words[ofAt - 1] : words[words.length - 1]).toLowerCase();
}

function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/\b[a-z]/g, (c) => c.toUpperCase())
    .replace(/\b(?:Of|And|For|On|The)\b/g, (w) => w.toLowerCase());
}
