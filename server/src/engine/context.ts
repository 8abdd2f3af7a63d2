// What a rule sees of one sentence: its text, its words, and cheap questions about them.
// Part of speech and entity types come from compromise's lexicon (see nlp.ts).
import { lexiconTag } from './nlp';
import { endsWithAny, endsWithQuestionMark, holdsClauseBreak, isAcronym, startsWithCapital } from './text-shape';
import { tokenize, type Token } from './tokens';

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'this', 'that', 'these', 'those', 'there', 'which', 'who']);
const SKIPPABLE_ADVERBS = new Set([
  'perhaps',
  'possibly',
  'probably',
  'maybe',
  'may',
  'might',
  'could',
  'would',
  'can',
  'will',
  'should',
  'do',
  'does',
  'did',
  'also',
  'still',
  'only',
  'even',
  'then',
  'therefore',
  'thus',
  'now',
  'well',
  'just',
  'not',
  "n't",
  'never',
  'already',
  'certainly',
  'indeed',
  'in',
  'turn',
  'however',
  'nonetheless',
  'therefore,',
  'ultimately',
  'eventually',
  'yet',
  'easily',
  'really',
  'quickly',
  'soon',
  'further',
  'again',
  'all',
  'both',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'some',
  'any',
  'no',
  'each',
  'every',
  'all',
  'both',
  'such',
]);
const ENTITY_TAGS = new Set([
  'Person',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'ProperNoun',
  'Honorific',
  'SportsTeam',
  'Company',
  'School',
]);
const COMMON_SUFFIXES = [
  'tion',
  'sion',
  'ment',
  'ness',
  'ity',
  'ing',
  'ed',
  'ly',
  'ism',
  'ance',
  'ence',
  'ship',
  'ers',
  'ies',
  'es',
  'al',
  'ive',
  'ous',
  'ful',
  'less',
  'able',
  'ible',
];
const NO_TAG = '';
/** "I", "I'm", "I've" (lower case): capitalised, but the speaker, not a name anyone could look up. */
const SPEAKER_I = new Set(['i', ...['m', 've', 'd', 'll'].flatMap((ending) => [`i'${ending}`, `i’${ending}`])]);

// Word lists that modules scan every sentence for, registered once (cueBit): the context
// looks each word up once, and a module asks holds(bit) instead of scanning the sentence.
const cueBitsOfWord = new Map<string, number>();
let registeredCueLists = 0;
/** Lists that get a bit of their own; the ones after share the last bit (see cueBit). */
const OWN_BITS = 30;
const SHARED_BIT = 1 << OWN_BITS;

/**
 * Registers a list of (lower-case) cue words; returns the bit SentenceContext.holds tests for it.
 * There is no limit on lists: past the first thirty they share one bit, which makes their prefilter
 * coarser (a sentence with a word of any of them passes) but never drops a sentence that holds one.
 */
export function cueBit(words: Iterable<string>): number {
  const bit = registeredCueLists < OWN_BITS ? 1 << registeredCueLists : SHARED_BIT;
  registeredCueLists++;
  // Indexed over an array: for-of makes an iterator result per word in the interpreter (thousands at start-up).
  const list = Array.isArray(words) ? (words as string[]) : [...words];
  for (let n = 0; n < list.length; n++) cueBitsOfWord.set(list[n], (cueBitsOfWord.get(list[n]) ?? 0) | bit);
  return bit;
}

/** How many cue lists are registered (for the test that the shared bit keeps its promise). */
export function cueListCount(): number {
  return registeredCueLists;
}

/**
 * `compute` remembered for the last sentence asked about. Several rules and analyze.ts ask about one
 * sentence one after the other, so one entry serves them (a WeakMap cost a lookup per ask and an entry
 * per sentence).
 */
export function forLastSentence<T>(compute: (ctx: SentenceContext) => T): (ctx: SentenceContext) => T {
  let last: SentenceContext | undefined;
  let value: T;
  return (ctx) => {
    if (ctx !== last) {
      value = compute(ctx);
      last = ctx;
    }
    return value;
  };
}

export class SentenceContext {
  readonly tokens: Token[];
  /**
   * The lower-case words (tokens[i].lower), for loops that visit every word: an array read,
   * where word(i) is a call per word, the larger cost while the code still runs unoptimised.
   * Out of range it gives undefined, where word(i) gives ''.
   */
  readonly words: string[];
  /** Per word: the bits of the registered cue lists it belongs to (see cueBit); a loop can pass words with none of its bits at once. */
  readonly cueMasks: Int32Array;
  /** The bits of the registered cue lists the sentence holds a word of. */
  private readonly cues: number;
  private readonly tagCache: string[] = [];
  /** Per gap: 0 not read yet, 1 a clause break, -1 none. */
  private breaks: Int8Array | undefined;
  /** Per token: the start of its clause + 1, 0 not read yet (see clauseStart). */
  private clauseStarts: Int32Array | undefined;
  private question: boolean | undefined;

  constructor(readonly text: string) {
    const tokens = (this.tokens = tokenize(text));
    const words: string[] = (this.words = new Array(tokens.length));
    const masks = (this.cueMasks = new Int32Array(tokens.length));
    let cues = 0;
    for (let i = 0; i < tokens.length; i++) {
      const word = (words[i] = tokens[i].lower);
      cues |= masks[i] = cueBitsOfWord.get(word) ?? 0;
    }
    this.cues = cues;
  }

  /** Whether the sentence holds a word of the cue list registered as `bit` (see cueBit). */
  holds(bit: number): boolean {
    return (this.cues & bit) !== 0;
  }

  word(i: number): string {
    return i >= 0 && i < this.words.length ? this.words[i] : '';
  }

  /** The text between token i-1 and token i (punctuation, spaces). */
  gapBefore(i: number): string {
    if (i <= 0) return this.text.slice(0, this.tokens[0]?.start ?? 0);
    if (i >= this.tokens.length) return this.text.slice(this.tokens[this.tokens.length - 1].end);
    return this.text.slice(this.tokens[i - 1].end, this.tokens[i].start);
  }

  /** True when a clause boundary (comma, semicolon, dash, bracket) separates token i-1 and i. */
  breakBefore(i: number): boolean {
    if (i <= 0 || i >= this.tokens.length) return holdsClauseBreak(this.gapBefore(i));
    // Rules ask about the same gaps again and again (clause starts, subjects): read each gap once.
    const breaks = (this.breaks ??= new Int8Array(this.tokens.length));
    if (breaks[i] === 0) breaks[i] = holdsClauseBreak(this.gapBefore(i)) ? 1 : -1;
    return breaks[i] === 1;
  }

  /**
   * Back from token i-1 to the start of its clause, at most `span` tokens: the first token whose word `matches`, or -1
   * ("as the exigency of the moment seemed to …", "than a nation so distracted might …").
   */
  lastInClause(i: number, matches: (word: string) => boolean, span = Number.POSITIVE_INFINITY): number {
    for (let k = i - 1; k >= 0 && i - k <= span; k--) {
      if (matches(this.word(k))) return k;
      if (this.breakBefore(k)) return -1;
    }
    return -1;
  }

  /** Token i opens no more of the clause: the sentence has ended, or a clause boundary comes before it. */
  clauseEndsBefore(i: number): boolean {
    return i >= this.tokens.length || this.breakBefore(i);
  }

  isCapitalized(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    return startsWithCapital(t.text);
  }

  /** Sentence-initial or right after an opening quote/bracket at the start. */
  isSentenceInitial(i: number): boolean {
    return i === 0;
  }

  /** Tag from compromise's lexicon (Noun, Verb, Adjective, ProperNoun, Modal, ...), if the word is listed. */
  lexTag(i: number): string | undefined {
    if (i < 0 || i >= this.tokens.length) return undefined;
    const cached = this.tagCache[i];
    if (cached !== undefined) return cached === NO_TAG ? undefined : cached;
    const tag = lexiconTag(this.tokens[i].lower);
    this.tagCache[i] = tag ?? NO_TAG;
    return tag;
  }

  /** A person, place or organisation according to the lexicon ("Kim", "Russia", "Moscow"). */
  isEntity(i: number): boolean {
    return ENTITY_TAGS.has(this.lexTag(i) ?? '');
  }

  /** A named entity: a capitalised word that is not merely sentence-initial, or an acronym. */
  isName(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    if (isAcronym(t.text)) return true; // IMF, ONS, U.S
    if (!this.isCapitalized(i) || SPEAKER_I.has(t.lower)) return false; // "I", "I've": the speaker, not a name
    if (i > 0) return true;
    // Sentence-initial: a known entity, or a capitalised word the lexicon does not know
    // and that does not look like a derived common word ("Unemployment", "Sanctioned").
    if (this.isEntity(i)) return true;
    return this.lexTag(i) === undefined && t.text.length > 1 && !endsWithAny(t.lower, COMMON_SUFFIXES);
  }

  /** Index of the first token of the clause that holds token i. */
  clauseStart(i: number): number {
    // Past the last token every gap is the sentence's end: read as before.
    for (; i >= this.tokens.length && i > 0; i--) if (this.breakBefore(i)) return i;
    if (i <= 0) return 0;
    // Rules ask for the clause of every word in turn: each answer is kept (as start + 1; 0: not read yet).
    const starts = (this.clauseStarts ??= new Int32Array(this.tokens.length));
    if (starts[i] !== 0) return starts[i] - 1;
    let k = i;
    while (k > 0 && starts[k] === 0 && !this.breakBefore(k)) k--;
    const start = k === 0 ? 0 : starts[k] !== 0 ? starts[k] - 1 : k;
    for (let j = i; j >= k && j > 0; j--) starts[j] = start + 1;
    return start;
  }

  /** Skip adverbs and negation after token i; the index of the next content token. */
  nextContent(i: number): number {
    let k = i + 1;
    while (k < this.tokens.length && (SKIPPABLE_ADVERBS.has(this.word(k)) || this.isLyAdverb(k))) k++;
    return k;
  }

  /**
   * An adverb in -ly: tagged so, or a word in -ly the lexicon does not list ("jointly", "gradually"; the lexicon lists
   * the adjectives in -ly a text is likely to hold: "costly", "likely", "early", "elderly").
   */
  isLyAdverb(k: number): boolean {
    const w = this.word(k);
    if (!w.endsWith('ly')) return false;
    const tag = this.lexTag(k);
    return tag === 'Adverb' || (tag === undefined && w.length > 4);
  }

  /** The head of the subject before a verb at token i: the nearest noun or pronoun to its left in the clause. */
  subjectBefore(i: number): number {
    const start = this.clauseStart(i);
    for (let k = i - 1; k >= start; k--) {
      const w = this.word(k);
      if (SKIPPABLE_ADVERBS.has(w) || this.isLyAdverb(k)) continue;
      return k;
    }
    return -1;
  }

  isSubjectPronoun(i: number): boolean {
    return SUBJECT_PRONOUNS.has(this.word(i));
  }

  isDeterminer(i: number): boolean {
    return DETERMINERS.has(this.word(i));
  }

  endsWithQuestion(): boolean {
    // Asked by several rules per sentence: test once.
    return (this.question ??= endsWithQuestionMark(this.text));
  }
}
