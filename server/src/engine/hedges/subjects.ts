// hedge: who or what a modal or a cue is said of: actors, agents, generic subjects, the writer, a citation.
import { type SentenceContext } from '../context';
import { lexiconTag } from '../nlp';
import {
  AGENT_NOUNS,
  EVIDENCE_NOUNS,
  HAVE_FORMS,
  NOT_GERUND_SUBJECTS,
  OPENER_ADVERB,
  PERSON_SUBJECTS,
  RELATIVE_PRONOUNS,
  ROLE_VERBS,
  TITLE_CASE_WORD,
} from './words';

/**
 * A gerund opens the clause (or the sentence, when the modal opens its own clause) as its subject: "Matching retirees
 * with jobs could allow them to save", "Having to extract the data creates work, could introduce errors".
 */
export function gerundSubject(ctx: SentenceContext, i: number): boolean {
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

/** People by a plural noun of role: "policymakers", "economists", "officials" (not "papers", "numbers", "sectors"). */
export function isSpeakerNoun(w: string): boolean {
  return (
    /^(\p{L}+(makers|holders|ers|ors|ists|ians)|officials|staff|people|ministers|experts)$/u.test(w) &&
    !/^(papers|numbers|orders|centers|centres|factors|sectors|indicators|others|members|layers|markers|vectors|receptors|promoters|donors|monitors|inhibitors|activators|regulators|transporters|carriers|clusters|filters|parameters|matters|letters|chapters|quarters|headquarters|waters|borders|powers|barriers|offers|answers|reasons|errors)$/.test(
      w,
    )
  );
}

/** The subject of the verb at v is a textual citation: no word before it in its clause, and blanked markup where the subject stands. */
export function citationSubject(ctx: SentenceContext, v: number): boolean {
  let k = v;
  while (
    k > 0 &&
    (HAVE_FORMS.has(ctx.word(k - 1)) || /^(also|further|then|both|all|recently|previously)$/.test(ctx.word(k - 1))) &&
    !ctx.breakBefore(k)
  )
    k--;
  const start = ctx.clauseStart(v);
  if (k !== start && !(k === 1 && ctx.word(0) === 'as')) return false;
  // A sentence cannot open on a lower-case finite verb ("argue that …"): the citation before it was blanked.
  if (k === 0) return !ctx.isCapitalized(0) && ctx.lexTag(0) !== 'Gerund' && !ctx.word(0).endsWith('ing');
  return / {3,}$/.test(ctx.gapBefore(k));
}

/** The writer is the reporter: "we find", "our results suggest", "my analysis shows". */
export function writerSubject(ctx: SentenceContext, s: number): boolean {
  for (let k = Math.max(ctx.clauseStart(s), s - 4); k <= s; k++) if (/^(we|i|our|my)$/.test(ctx.word(k))) return true;
  return false;
}

/** Words that make a subject specific: something named, counted, pointed at or quantified. */
export const SPECIFIC_SUBJECT_WORDS =
  /^(it|this|that|these|those|they|there|such|each|every|any|no|some|its|their|our|his|her|my|your|both|all|one|he|she|we|i|you|what|which|who)$/;

/** Words that anchor a possibility in time: a prediction or a past event, not what can happen in general. */
export const TIME_ANCHOR =
  /^((1[89]|20)\d\d(s)?|next|soon|tomorrow|coming|future|forthcoming|already|yet|now|currently|recently|ahead|later|eventually|year|years|months?|quarter|decade)$/;

/**
 * The modal's subject is generic: a bare noun phrase ("Models", "Administrative data", "or business needs") with no
 * determiner, name, number, pronoun or clause inside, and the sentence anchors nothing in time. "Models may contain
 * errors" then says what can happen to such things, a general truth about a kind rather than doubt about a claim.
 */
export function genericSubject(ctx: SentenceContext, modalAt: number): boolean {
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
    // "An analyst might", "a model could": one of a kind, as generic as "Analysts", "Models"; "the", "this" point at one.
    // "The assurer might be asked to …", "the analyst may …": a role named with "the", as generic as "Assurers".
    const indefinite = k === start && (w === 'a' || w === 'an' || (w === 'the' && k + 2 === modalAt && isPersonNoun(ctx, k + 1)));
    if (
      ((ctx.isDeterminer(k) || SPECIFIC_SUBJECT_WORDS.test(w)) && !complement && !indefinite) ||
      RELATIVE_PRONOUNS.has(w) ||
      /^\d/.test(w) ||
      ctx.isName(k) ||
      clause
    )
      return false;
    if (/^(Pronoun|ProperNoun|Person|Place|Organization|Value|Date)$/.test(ctx.lexTag(k) ?? '')) return false;
  }
  // The head is a noun; a word the lexicon files as a verb too ("Code", "Data access") is one here, in the subject's place.
  if (/^(Adverb|Preposition|Conjunction|Determiner|Pronoun|PastTense|Copula|Modal|Adjective)$/.test(ctx.lexTag(modalAt - 1) ?? ''))
    return false;
  for (let k = 0; k < ctx.tokens.length; k++) if (TIME_ANCHOR.test(ctx.word(k))) return false;
  return true;
}

export function isImpersonal(word: string): boolean {
  return ['it', 'this', 'that', 'there', 'these', 'those', 'which'].includes(word);
}

export function isAgent(ctx: SentenceContext, i: number): boolean {
  if (i < 0) return false;
  const w = ctx.word(i);
  if (AGENT_NOUNS.has(w)) return true;
  if (['he', 'she', 'they', 'we', 'who'].includes(w)) return true;
  // "IL-13R may share", "p65 may bind": a name with digits is a molecule or a code, not an actor with rights ("the G20 may adopt" is).
  if (/\d/.test(ctx.tokens[i].text) && !/^G\d+$/.test(ctx.tokens[i].text)) return false;
  return ctx.isName(i) && !isImpersonal(w);
}

export function isAgentOrDocument(ctx: SentenceContext, i: number): boolean {
  return (
    isAgent(ctx, i) ||
    /^(applications?|requests?|comments?|submissions?|forms?|documents?|appeals?|claims?|complaints?|fees?|fines?|exemptions?|derogations?|data|information|materials?|copies|reports?|notices?|responses?|objections?|extensions?|payments?|penalties|sanctions|it|they|this|these)$/.test(
      ctx.word(i),
    )
  );
}

/** The head of the noun phrase starting at k: skips determiners and adjectives. */
export function headAfter(ctx: SentenceContext, k: number): number {
  let j = k;
  while (
    j < Math.min(ctx.tokens.length - 1, k + 4) &&
    (ctx.isDeterminer(j) ||
      /^(Adjective|Adverb|Value|Cardinal)$/.test(ctx.lexTag(j) ?? '') ||
      /^(many|several|various|other|further|previous|recent|earlier|more)$/.test(ctx.word(j)))
  )
    j++;
  return j;
}

/** A noun for people in a role: "applicants", "investors", "the planner". */
export function isPersonNoun(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  return AGENT_NOUNS.has(w) || ctx.lexTag(k) === 'Actor' || (w.endsWith('s') && lexiconTag(w.slice(0, -1)) === 'Actor');
}

/**
 * Someone a rule gives a right or a duty with "may" and `verb`: a person noun, or, before a verb only a person or a body
 * does (ROLE_VERBS), a role named by what its holder does and unknown to the lexicon ("reviewers", "assessors", "the
 * importer"): an "inhibitor" or a "promoter" is no one, and it does not "request" or "appeal".
 */
export function isRoleNoun(ctx: SentenceContext, k: number, verb: string): boolean {
  return isPersonNoun(ctx, k) || (ROLE_VERBS.has(verb) && ctx.lexTag(k) === undefined && isAgentiveNoun(ctx.word(k)));
}

/** The endings of a noun of someone who does what its stem names: "review-er", "assess-or", "evaluat-or". */
const AGENTIVE_ENDINGS = ['er', 'or'];

/**
 * "reviewers", "assessors", "evaluators": a word the lexicon does not know, made of a verb it knows and an agent
 * ending (with the verb's final "e" or "y" restored: "evaluat-e", "suppli-y").
 */
function isAgentiveNoun(word: string): boolean {
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  if (singular !== word && lexiconTag(singular) !== undefined) return false;
  for (const ending of AGENTIVE_ENDINGS) {
    if (!singular.endsWith(ending) || singular.length < ending.length + 4) continue;
    const stem = singular.slice(0, -ending.length);
    for (const verb of [stem, `${stem}e`, stem.endsWith('i') ? `${stem.slice(0, -1)}y` : '']) {
      const tag = verb && lexiconTag(verb);
      if (tag === 'Infinitive' || tag === 'Singular') return true;
    }
  }
  return false;
}

/** A person, body or state: something that can propose. A named gene or an acronym ("NF-kappaB", "IL-2") is not. */
export function isActor(ctx: SentenceContext, k: number): boolean {
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
export function isTitleCaseWord(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 0x80) return TITLE_CASE_WORD().test(text);
  if (first < 0x41 || first > 0x5a || text.length < 2) return false; // not A-Z, or nothing after it
  for (let c = 1; c < text.length; c++) {
    const code = text.charCodeAt(c);
    if (code >= 0x80) return TITLE_CASE_WORD().test(text);
    if (code < 0x61 || code > 0x7a) return false; // not a-z
  }
  return true;
}

/** "Studies of the function of SCL suggest": an evidence noun anywhere in the subject. */
export function subjectMentionsEvidence(ctx: SentenceContext, i: number): boolean {
  for (let k = ctx.clauseStart(i); k < i; k++) if (EVIDENCE_NOUNS.has(ctx.word(k))) return true;
  return false;
}
