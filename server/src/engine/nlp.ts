// The only place that imports compromise. We use its English lexicon (part of speech and
// entity tags for about 25,000 words and names) as a dictionary: a lookup costs nanoseconds,
// where compromise's full sentence tagger costs 1-2 ms a sentence — too slow to run on
// every sentence of a 50,000-word draft while the user types. `compromise/two` carries the
// lexicon without the heavier sentence-level plugins, so it also loads faster.
import nlp from 'compromise/two';

const source = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
// A Map of first tags: lookups in a 25,000-key object were the hottest line of the engine.
const lexicon = new Map<string, string>();
for (const word in source) {
  const tag = source[word];
  lexicon.set(word, Array.isArray(tag) ? tag[0] : tag);
}

/** compromise's tag for a lower-case word (Noun, Plural, Verb, Adjective, Superlative, Person, Country, ...), if listed. */
export function lexiconTag(word: string): string | undefined {
  return lexicon.get(word);
}
