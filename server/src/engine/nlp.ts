// compromise's English lexicon (part of speech and entity tags for about 25,000 words and names),
// used as a dictionary: a lookup costs nanoseconds, where compromise's sentence tagger costs 1-2 ms
// a sentence. The table is built from compromise ahead of time (scripts/build/compromise-lexicon.mjs;
// a test checks it against the installed compromise), because building the lexicon at start-up
// cost most of a cold start. It is unpacked on the first lookup.
import table from './generated/compromise-lexicon.json';

// The words of a few tags that claims.ts asks about for every word (numbers, superlatives,
// comparatives, past tenses), also as smaller sets: a lookup in the big Map is a cache miss,
// and 19 in 20 lookups of a cold analysis were these.
const INDEXED_TAGS = ['TextValue', 'Multiple', 'Value', 'Cardinal', 'Superlative', 'Comparative', 'PastTense'];

interface Lexicon {
  /** A Map of first tags: lookups in a 25,000-key object were the hottest line of the engine. */
  tags: Map<string, string>;
  wordsByTag: Map<string, Set<string>>;
}
let lexicon: Lexicon | undefined;

function unpack(): Lexicon {
  const tags = new Map<string, string>();
  const wordsByTag = new Map(INDEXED_TAGS.map((tag) => [tag, new Set<string>()]));
  for (const [tag, words] of Object.entries(table.tags as Record<string, string>)) {
    const indexed = wordsByTag.get(tag);
    for (const word of words.split('\n')) {
      tags.set(word, tag);
      indexed?.add(word);
    }
  }
  return { tags, wordsByTag };
}

/** compromise's tag for a lower-case word (Noun, Plural, Verb, Adjective, Superlative, Person, Country, ...), if listed. */
export function lexiconTag(word: string): string | undefined {
  return (lexicon ??= unpack()).tags.get(word);
}

/** The (lower-case) words whose lexicon tag is `tag`, for the tags listed in INDEXED_TAGS. */
export function wordsTagged(tag: string): ReadonlySet<string> {
  const words = (lexicon ??= unpack()).wordsByTag.get(tag);
  if (!words) throw new Error(`tag not indexed: ${tag}`);
  return words;
}
