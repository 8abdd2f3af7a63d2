// compromise's English lexicon (part of speech and entity tags for about 25,000 words and names),
// used as a dictionary: a lookup costs nanoseconds, where compromise's sentence tagger costs 1-2 ms
// a sentence. The table is built from compromise ahead of time (scripts/build/compromise-lexicon.mjs;
// a test checks it against the installed compromise), because building the lexicon at start-up
// cost most of a cold start. It is a hash table laid out at build time, so nothing is unpacked at
// run time either (splitting its 24,600 words into a Map cost 4-10 ms of every start): a word is
// looked for in its bucket, one short string of `word~T` entries (T: the tag's letter).
import table from './generated/compromise-lexicon.json';

// As in scripts/build/compromise-lexicon.mjs, which lays the buckets out.
const BUCKET_MASK = 4095;
const TAG_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const SEPARATOR = 0x7e; // "~", in no word

const buckets: readonly string[] = table.buckets;
/** Tag name by the char code of its letter. */
const tagByLetter: string[] = [];
table.tagNames.forEach((tag, i) => (tagByLetter[TAG_LETTERS.charCodeAt(i)] = tag));

/** compromise's tag for a lower-case word (Noun, Plural, Verb, Adjective, Superlative, Person, Country, ...), if listed. */
export function lexiconTag(word: string): string | undefined {
  const known = tagOfWord.get(word);
  if (known !== undefined) return known === NOT_LISTED ? undefined : known;
  const tag = lookUpTag(word);
  if (tagOfWord.size >= TAG_MEMO_LIMIT) tagOfWord.clear();
  tagOfWord.set(word, tag ?? NOT_LISTED);
  return tag;
}

// The tags looked up, by word: a document repeats its words, and a lookup hashes the word in a loop
// that runs in the interpreter in a cold start. Bounded, for a server that runs for days.
const tagOfWord = new Map<string, string>();
const NOT_LISTED = '';
const TAG_MEMO_LIMIT = 50_000;

function lookUpTag(word: string): string | undefined {
  const length = word.length;
  if (length === 0) return undefined;
  let hash = 0x811c9dc5;
  for (let i = 0; i < length; i++) {
    const code = word.charCodeAt(i);
    if (code === SEPARATOR) return undefined; // no word has one; "a~Bb" must not match two entries
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  const bucket = buckets[hash & BUCKET_MASK];
  // An entry starts the bucket or follows "~T"; it ends at its own "~".
  for (let at = bucket.indexOf(word); at >= 0; at = bucket.indexOf(word, at + 1)) {
    if (bucket.charCodeAt(at + length) === SEPARATOR && (at === 0 || bucket.charCodeAt(at - 2) === SEPARATOR))
      return tagByLetter[bucket.charCodeAt(at + length + 1)];
  }
  // Indexed, over an array: a for-of over the Map made an iterator and an entry array per call, in
  // the interpreter, for every word the buckets do not hold.
  const sets = indexedList ?? indexedSetList();
  for (let n = 0; n < sets.length; n++) if (sets[n].words.has(word)) return sets[n].tag;
  return undefined;
}

// The words of a few tags that claims.ts asks about for every word (numbers, superlatives,
// comparatives, past tenses) are not in the buckets but in sets, made on first use (3,500 words):
// a set lookup is cheaper still, and 19 in 20 lookups of a cold analysis were these.
const indexed: Record<string, string> = table.indexed;
let wordsByTag: Map<string, Set<string>> | undefined;

function indexedSets(): Map<string, Set<string>> {
  return (wordsByTag ??= new Map(Object.entries(indexed).map(([tag, words]) => [tag, new Set(words ? words.split('\n') : [])])));
}

/** indexedSets as an array, in the same order: lexiconTag reads it for every word the buckets do not hold. */
let indexedList: { tag: string; words: Set<string> }[] | undefined;

function indexedSetList(): { tag: string; words: Set<string> }[] {
  return (indexedList ??= [...indexedSets()].map(([tag, words]) => ({ tag, words })));
}

/** The (lower-case) words whose lexicon tag is `tag`, for the tags the table indexes (TextValue, Multiple, Value, Cardinal, Superlative, Comparative, PastTense). */
export function wordsTagged(tag: string): ReadonlySet<string> {
  const words = indexedSets().get(tag);
  if (!words) throw new Error(`tag not indexed: ${tag}`);
  return words;
}
