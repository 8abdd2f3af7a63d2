// The only place that imports compromise. Two levels of cost:
// - lexiconTags(word): a dictionary lookup in compromise's lexicon (microseconds);
// - parseTags(sentence): compromise's full tagger (about 1-2 ms a sentence), used only
//   for the few sentences where a lexical decision is not enough.
import nlp from 'compromise';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

export function lexiconTag(word: string): string | undefined {
  const tag = lexicon[word];
  return Array.isArray(tag) ? tag[0] : tag;
}

export interface ParsedTerm {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Full part-of-speech tags for one sentence; offsets relative to the sentence. */
export function parseTags(sentence: string): ParsedTerm[] {
  const out: ParsedTerm[] = [];
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  for (const s of json) {
    for (const t of s.terms) {
      out.push({ text: t.text, start: t.offset.start, end: t.offset.start + t.offset.length, tags: new Set(t.tags) });
    }
  }
  return out;
}
