// The rewrites a hedge offers (issue 13): never one that makes a claim stronger than its evidence.
// "State the likelihood" keeps the doubt and says how large it is ("may reopen" → "is likely
// (about 70 %) to reopen"); "Remove the hedge" is offered by the pipeline only where the sentence
// carries evidence (analyze.ts), and only where the sentence reads right without it.
import type { SentenceContext } from '../context';
import type { Rewrite } from './rule';

type Person = 'first' | 'singular' | 'plural';

const POSSIBILITY_MODALS = new Set(['may', 'might', 'could']);
/** Words that already state a probability: the size is added after them ("likely (about 70 %)"). */
const PROBABILITY_WORDS: Record<string, number> = {
  likely: 70,
  'most likely': 70,
  probably: 70,
  probable: 70,
  'in all likelihood': 80,
  unlikely: 20,
  possibly: 30,
  possible: 30,
  'it is likely that': 70,
  'it is unlikely that': 20,
  'it is possible that': 30,
  'there is a possibility that': 30,
};
/** Adverbs that hold a claim open without a size: replaced by one that has it ("perhaps" → "probably (about 70 %)"). */
const OPEN_ADVERBS = new Set(['perhaps', 'maybe', 'conceivably']);
const APPEARANCE = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** Frames at the head of a clause that the claim after them reads right without ("It is likely that X" → "X"). */
const REMOVABLE_FRAMES = new Set([
  'it is likely that',
  'it is possible that',
  'there is a possibility that',
  'there are indications that',
  'there are signs that',
]);
const NOT_BASE_VERB = /^(Adverb|Determiner|Preposition|Conjunction|Modal|Adjective|Comparative|Superlative|Pronoun|Value|Cardinal)$/;
const PLURAL_PRONOUNS = new Set(['we', 'they', 'you', 'these', 'those']);
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it', 'this']);
/** Subjects whose number the sentence does not show: "there may be delays", "which may lack staff". */
const NO_NUMBER = new Set(['there', 'which', 'who', 'that', 'what', 'whatever', 'whichever', 'some', 'any', 'none', 'all', 'more', 'most']);

/** "State the likelihood": the hedge rewritten to say how likely the claim is, in a form that reads right for the cue. */
export function likelihoodRewrite(ctx: SentenceContext, from: number, to: number): Rewrite | undefined {
  const { tokens } = ctx;
  const phrase = ctx.words.slice(from, to).join(' ');
  const cue = tokens[from];
  // "may rain" → "is likely (about 70 %) to rain"; "may have risen" → "has probably (about 70 %) risen"
  if (to === from + 1 && POSSIBILITY_MODALS.has(phrase)) {
    let verb = from + 1;
    const negated = ctx.word(verb) === 'not';
    if (negated) verb++;
    // "could well exceed": "well" goes with the modal
    else if (ctx.word(verb) === 'well' && ctx.gapBefore(verb) === ' ') verb++;
    // the words it rewrites stand side by side, with no markup between ("may **not**" is left as it is)
    if (negated && ctx.gapBefore(from + 1) !== ' ') return undefined;
    if (ctx.word(verb) === 'be' && ctx.word(verb + 1) === 'that') return undefined; // "It might be that …": no likelihood phrase reads right here
    if (ctx.word(verb) === 'have' && ctx.gapBefore(verb) !== ' ') return undefined;
    if (verb >= tokens.length || ctx.breakBefore(verb)) return undefined;
    const person = personOf(ctx, from);
    if (ctx.word(verb) === 'have') {
      if (negated || person === undefined) return undefined;
      return shownWith(
        rewrite(cue.start, tokens[verb].end, `${person === 'singular' ? 'has' : 'have'} `, 'probably', 70, ''),
        ctx.tokens[verb + 1]?.text,
      );
    }
    const tag = ctx.lexTag(verb) ?? '';
    const base = !NOT_BASE_VERB.test(tag) && !ctx.word(verb).endsWith('ly');
    // "may not last" → "is likely (about 70 %) not to last"
    if (base && person !== undefined)
      return shownWith(
        rewrite(
          cue.start,
          verb > from + 1 ? tokens[verb - 1].end : cue.end,
          `${be(person, false)} `,
          'likely',
          70,
          negated ? ' not to' : ' to',
        ),
        ctx.tokens[verb].text,
      );
    // "may also rise", "may well": the words between stay where they are
    return shownWith(rewrite(cue.start, cue.end, 'will ', 'probably', 70, ''), ctx.tokens[verb].text);
  }
  // "likely to fail" → "likely (about 70 %) to fail"; "it is likely that" → "it is likely (about 70 %) that"
  if (phrase in PROBABILITY_WORDS) {
    if (phrase === 'possible' && !/^(that|to)$/.test(ctx.word(to))) return undefined;
    const last = ctx.word(to - 1) === 'that' && to - 1 > from ? to - 2 : to - 1;
    const at = tokens[last].end;
    const shown = ctx.text.slice(cue.start, at);
    return {
      start: at,
      end: at,
      plain: ` (about [N] %)`,
      snippet: ` (about \${1:${PROBABILITY_WORDS[phrase]}} %)`,
      shown: `${shown} (about ${PROBABILITY_WORDS[phrase]} %)`,
    };
  }
  // "perhaps for security reasons" → "probably (about 70 %) for security reasons"
  if (OPEN_ADVERBS.has(phrase)) {
    const capital = cue.text[0] !== cue.text[0].toLowerCase();
    return rewrite(cue.start, cue.end, '', capital ? 'Probably' : 'probably', 70, '');
  }
  // "appears to be preparing" → "is likely (about 70 %) to be preparing"; "It seems that" → "It is likely (about 70 %) that"
  if (to === from + 1 && APPEARANCE.has(phrase) && /^(to|that)$/.test(ctx.word(to))) {
    if (/^(not|n't|would|will|does|do|did|may|might|could|can|should|must)$/.test(ctx.word(from - 1))) return undefined;
    const past = phrase.endsWith('ed');
    const person = phrase.endsWith('s') ? 'singular' : personOf(ctx, from);
    if (person === undefined) return undefined;
    return shownWith(rewrite(cue.start, cue.end, `${be(person, past)} `, 'likely', 70, ''), ctx.tokens[to].text);
  }
  return undefined;
}

/** The words "Remove the hedge" takes away, where the sentence reads right without them. */
export function hedgeRemoval(
  ctx: SentenceContext,
  from: number,
  to: number,
  removable: boolean,
): { start: number; end: number } | undefined {
  const { tokens } = ctx;
  if (removable) return { start: tokens[from].start, end: tokens[to - 1].end };
  const phrase = ctx.words.slice(from, to).join(' ');
  const clauseHead = (k: number) => k === 0 || ctx.breakBefore(k);
  // "It seems that the levy raised £2 billion [1]" → "The levy raised £2 billion [1]"
  if (
    to === from + 1 &&
    APPEARANCE.has(phrase) &&
    ctx.word(from - 1) === 'it' &&
    ctx.word(to) === 'that' &&
    clauseHead(from - 1) &&
    to + 1 < tokens.length
  ) {
    return { start: tokens[from - 1].start, end: tokens[to].end };
  }
  if (REMOVABLE_FRAMES.has(phrase) && clauseHead(from) && to < tokens.length) return { start: tokens[from].start, end: tokens[to - 1].end };
  return undefined;
}

function rewrite(start: number, end: number, before: string, word: string, size: number, after: string): Rewrite {
  return {
    start,
    end,
    plain: `${before}${word} (about [N] %)${after}`,
    snippet: `${before}\${1:${word}} (about \${2:${size}} %)${after}`,
    shown: `${before}${word} (about ${size} %)${after}`,
  };
}

/** The title shows the rewrite with the word after it: "is likely (about 70 %) to rain". */
function shownWith(r: Rewrite, next: string | undefined): Rewrite {
  if (next) r.shown = `${r.shown} ${next}`;
  return r;
}

function be(person: Person, past: boolean): string {
  if (past) return person === 'plural' ? 'were' : 'was';
  return person === 'first' ? 'am' : person === 'plural' ? 'are' : 'is';
}

/**
 * Whether the subject of the verb at token i is "I", singular or plural, or undefined when the
 * sentence does not say plainly (a relative pronoun, "there", a word the lexicon does not know as
 * a noun). The head of "the costs of the plan" is "costs", before "of".
 */
function personOf(ctx: SentenceContext, i: number): Person | undefined {
  let s = ctx.subjectBefore(i);
  if (s < 0) return undefined;
  const start = ctx.clauseStart(s);
  for (let k = s - 1; k > start; k--) if (ctx.word(k) === 'of') s = k - 1;
  const w = ctx.word(s);
  if (NO_NUMBER.has(w)) return undefined;
  if (w === 'i') return 'first';
  if (PLURAL_PRONOUNS.has(w)) return 'plural';
  if (SINGULAR_PRONOUNS.has(w)) return 'singular';
  const tag = ctx.lexTag(s);
  if (tag === 'Plural') return 'plural';
  if (tag === 'Singular' || tag === 'Uncountable') return 'singular';
  if (tag !== undefined && tag !== 'Noun' && tag !== 'PresentTense' && !ctx.isName(s)) return undefined;
  // "Sanctions", "Applicants": a plural noun, whatever else the lexicon or the capital says
  if (/[^su]s$/.test(w) && !w.endsWith('is')) return 'plural';
  return /^\p{L}+$/u.test(w) ? 'singular' : undefined;
}
