// A document's bibliographies, merged: lookup by key, the formatted reference, and the entries
// most relevant to a sentence (BM25 over title, abstract and keywords). Pure: no Node APIs.
import type { BibEntry, BibProblem } from './parse';

export {
  decodeBibliography,
  parseBibliography,
  parseBibliographyInSteps,
  parseBibtex,
  parseCslJson,
  plainText,
  MAX_BIBLIOGRAPHY_BYTES,
  type BibEntry,
  type BibProblem,
  type ParsedBibliography,
} from './parse';
export { findBibliographyPaths, yamlBibliographyPaths } from './paths';

/** The key the "Add a citation" quick fix leaves for the writer to replace. */
export const PLACEHOLDER_KEY = 'key';

const STOP = new Set(
  'a an the and or of to in on for with by from at as is are was were be been being that this these those it its their our we you they he she his her not no than then there which who whom what when where how why can could may might will would shall should must do does did has have had into over under about between after before during within without also more most less such other some any all each both many much very only just so if but because while whether per via vs et al using use used new'.split(
    ' ',
  ),
);

/** Lower-case word stems: letters and digits, stop words out, a plural's s dropped. */
const STEM = 99;

export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    let w = m[0];
    if (w.length < 2 || STOP.has(w)) continue;
    if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
    else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    // A crude stem: the first seven letters ("sustainable", "sustainability" → "sustain").
    out.push(w.length > STEM ? w.slice(0, STEM) : w);
  }
  return out;
}

export interface SuggestOptions {
  /** Text around the sentence (its paragraph), weighing less than the sentence's own words. */
  context?: string;
  /** Keys the document already cites. */
  cited?: ReadonlySet<string>;
}

const CONTEXT_WEIGHT = 0.3;
const CITED_BOOST = 1.5;
const NAMED_AUTHOR_BOOST = 3;

export class Bibliography {
  readonly entries = new Map<string, BibEntry>();
  /** Keys defined more than once: the later definitions. */
  readonly duplicates: BibEntry[] = [];
  readonly problems: BibProblem[];
  /** Changes whenever the entries do: analyses cached for one bibliography are not reused for another. */
  readonly id: string;
  private index?: BibIndex;

  constructor(entries: readonly BibEntry[], problems: readonly BibProblem[] = []) {
    for (const e of entries) {
      if (this.entries.has(e.key)) this.duplicates.push(e);
      else this.entries.set(e.key, e);
    }
    this.problems = [...problems];
    let hash = 0;
    for (const key of this.entries.keys()) for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
    this.id = `${this.entries.size}:${hash}`;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): BibEntry | undefined {
    return this.entries.get(key);
  }

  /** The `count` entries whose title, abstract, keywords and authors best match `text` (BM25), best first. */
  suggest(text: string, count = 3, options: SuggestOptions = {}): BibEntry[] {
    const index = this.prepare();
    const weights = new Map<string, number>();
    for (const t of terms(options.context ?? '')) weights.set(t, CONTEXT_WEIGHT);
    for (const t of terms(text)) weights.set(t, 1);
    const names = new Set<string>();
    for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) names.add(m[0].toLowerCase());
    const N = index.keys.length;
    const k1 = 1.2;
    const b = 0.75;
    // Only the entries holding a word of the query are touched: an inverted index.
    const scores = new Map<number, number>();
    for (const [t, weight] of weights) {
      const posting = index.postings.get(t);
      if (!posting) continue;
      const df = posting.docs.length;
      const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
      for (let p = 0; p < posting.docs.length; p++) {
        const d = posting.docs[p];
        const tf = posting.tfs[p];
        scores.set(d, (scores.get(d) ?? 0) + (weight * idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * index.lengths[d]) / index.avg)));
      }
    }
    const ranked: { d: number; score: number }[] = [];
    for (let [d, score] of scores) {
      // The writer's working set: an entry the document already cites is likelier to be cited again.
      if (options.cited?.has(index.keys[d])) score *= CITED_BOOST;
      // A narrative citation names the author ("Knepley et al. argue"): a capitalised family name of the entry's authors in the sentence.
      if (names.size > 0 && index.names[d].some((n) => names.has(n))) score *= NAMED_AUTHOR_BOOST;
      ranked.push({ d, score });
    }
    ranked.sort((x, y) => y.score - x.score || x.d - y.d);
    return ranked.slice(0, count).map((r) => this.entries.get(index.keys[r.d])!);
  }

  /** Entries whose key, an author's family name or the title holds `typed` (lower case), in bibliography order. */
  matching(typed: string): BibEntry[] {
    const index = this.prepare();
    const out: BibEntry[] = [];
    for (let d = 0; d < index.keys.length; d++) if (!typed || index.search[d].includes(typed)) out.push(this.entries.get(index.keys[d])!);
    return out;
  }

  /** Builds the search index (once): call it when the bibliography is loaded, off the typing path. */
  prepare(): BibIndex {
    if (this.index) return this.index;
    const postings = new Map<string, { docs: number[]; tfs: number[] }>();
    const lengths: number[] = [];
    const keys: string[] = [];
    const names: string[][] = [];
    const search: string[] = [];
    let d = 0;
    for (const e of this.entries.values()) {
      const family = e.authors.map((a) => a.split(',')[0].trim());
      // Family names of persons ("Family, Given"), not of bodies ("World Bank").
      names.push(
        e.authors
          .filter((a) => a.includes(','))
          .map((a) => a.split(',')[0].trim().toLowerCase())
          .filter((n) => n.length > 2),
      );
      // The title counts twice: it says what the source is about in the fewest words. Authors' family
      // names too: a sentence that names the author ("Katz et al. argue") points at the work.
      const words = terms(`${e.title} ${e.title} ${e.keywords} ${e.abstract} ${e.container} ${family.join(' ')}`);
      const tf = new Map<string, number>();
      for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
      for (const [w, n] of tf) {
        let posting = postings.get(w);
        if (!posting) postings.set(w, (posting = { docs: [], tfs: [] }));
        posting.docs.push(d);
        posting.tfs.push(n);
      }
      lengths.push(words.length);
      keys.push(e.key);
      search.push(`${e.key}\n${family.join('\n')}\n${e.title}`.toLowerCase());
      d++;
    }
    const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length) || 1;
    return (this.index = { postings, lengths, avg, keys, names, search });
  }
}

interface BibIndex {
  postings: Map<string, { docs: number[]; tfs: number[] }>;
  lengths: number[];
  avg: number;
  keys: string[];
  names: string[][];
  search: string[];
}

/** "Smith, J., Doe, A. (2020). Title. Container. https://doi.org/…" */
export function formatReference(e: BibEntry): string {
  const names = e.authors.length > 6 ? [...e.authors.slice(0, 6), 'et al.'] : e.authors;
  const parts = [
    names.length ? `${names.join('; ')}${e.year ? ` (${e.year})` : ''}.` : e.year ? `(${e.year}).` : '',
    e.title ? `*${e.title}*.` : '',
    e.container ? `${e.container}.` : '',
    e.doi ? `https://doi.org/${e.doi.replace(/^https?:\/\/(dx\.)?doi\.org\//, '')}` : e.url,
  ];
  return parts.filter(Boolean).join(' ');
}

/** "Smith et al. 2020": who and when, for a completion list. */
export function shortReference(e: BibEntry): string {
  const family = (name: string) => name.split(',')[0];
  const who =
    e.authors.length === 0
      ? ''
      : e.authors.length === 1
        ? family(e.authors[0])
        : e.authors.length === 2
          ? `${family(e.authors[0])} & ${family(e.authors[1])}`
          : `${family(e.authors[0])} et al.`;
  return [who, e.year].filter(Boolean).join(' ');
}

/**
 * The writer's own sources for a claim: the placeholder citation fix copied for each of the
 * `count` entries most relevant to the sentence, before the placeholder itself. Only fixes that
 * write the placeholder key ([@key], \cite{key}) get copies.
 */
export function withSourceFixes<
  F extends {
    title: string;
    edits: { start: number; end: number; newText: string }[];
    snippetEdits?: { start: number; end: number; newText: string }[];
    safe: boolean;
  },
>(fixes: readonly F[], sentence: string, bibliography: Bibliography | undefined, count = 3, context?: string): F[] {
  if (!bibliography || bibliography.entries.size === 0) return [...fixes];
  const placeholder = fixes.find((fix) => fix.edits.some((edit) => PLACEHOLDER_IN_CITATION.test(edit.newText)));
  if (!placeholder) return [...fixes];
  const suggested = bibliography.suggest(sentence, count, { context });
  const copies = suggested.map((entry) => {
    const edits = placeholder.edits.map((edit) => ({
      ...edit,
      newText: edit.newText.replace(PLACEHOLDER_IN_CITATION, (_m, open: string, close: string) => `${open}${entry.key}${close}`),
    }));
    const copy: F = {
      ...placeholder,
      title: `Cite ${entry.key}: ${[shortReference(entry), entry.title].filter(Boolean).join(', ')}`,
      edits,
    };
    delete copy.snippetEdits;
    return copy;
  });
  return [...copies, ...fixes];
}

/** The placeholder key inside the citation a fix writes: "[@key]", "{key}". */
const PLACEHOLDER_IN_CITATION = /(@|\{)key(\]|\})/;
