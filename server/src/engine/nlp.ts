// The only place that imports compromise. We use its English lexicon (part of speech and
// entity tags for about 25,000 words and names) as a dictionary: a lookup costs nanoseconds,
// where compromise's full sentence tagger costs 1-2 ms a sentence — too slow to run on
// every sentence of a 50,000-word draft while the user types. `compromise/two` carries the
// lexicon without the heavier sentence-level plugins, so it also loads faster.
import nlp from 'compromise/two';

const source = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
// A Map of first tags: lookups in a 25,000-key object were the hottest line of the engine.
const lexicon = new Map<string, string>();
// The words of a few tags that claims.ts asks about for every word (numbers, superlatives,
// comparatives, past tenses), also as smaller sets: a lookup in the big Map is a cache miss,
// and 19 in 20 lookups of a cold analysis were these.
const INDEXED_TAGS = ['TextValue', 'Multiple', 'Value', 'Cardinal', 'Superlative', 'Comparative', 'PastTense'];
const wordsByTag = new Map(INDEXED_TAGS.map((tag) => [tag, new Set<string>()]));
for (const word in source) {
  const tag = source[word];
  const first = Array.isArray(tag) ? tag[0] : tag;
  lexicon.set(word, first);
  wordsByTag.get(first)?.add(word);
}

/** compromise's tag for a lower-case word (Noun, Plural, Verb, Adjective, Superlative, Person, Country, ...), if listed. */
export function lexiconTag(word: string): string | undefined {
  return lexicon.get(word);
}

/** The (lower-case) words whose lexicon tag is `tag`, for the tags listed in INDEXED_TAGS. */
export function wordsTagged(tag: string): ReadonlySet<string> {
  const words = wordsByTag.get(tag);
  if (!words) throw new Error(`tag not indexed: ${tag}`);
  return words;
}
