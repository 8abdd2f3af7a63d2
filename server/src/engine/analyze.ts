// The pipeline: chunks → prose extraction → sentences → per-sentence rule hits (cached by
// sentence text) → chunk findings (evidence, settings, accepted terms, fixes; cached by
// chunk) → document assembly (offsets, directives, citation style).
import { assemble } from './pipeline/assemble';
import { analyzeChunk, type ChunkAnalysis } from './pipeline/chunk';
import { chunkDocument } from './prose';
import { ownCopy } from './prose/buffer';
import { ChunkCache, type CacheEntry, type ChunkCorrespondence } from './prose/chunks';
import { DEFAULT_SETTINGS } from './settings';
import type { AnalyzeOptions, DocumentAnalysis, Settings } from './types';

// The stages live in pipeline/: sentence.ts (one sentence's hits), evidence-scope.ts (what carries
// evidence), chunk.ts (a chunk's findings under the settings), assemble.ts (the document), shared.ts.
export { describeClass } from './pipeline/shared';
export { hasLexicalCue } from './pipeline/sentence';

export function resolveSettings(partial: Partial<Settings> | undefined): Settings {
  return {
    rules: { ...DEFAULT_SETTINGS.rules, ...(partial?.rules ?? {}) },
    acceptedTerms: partial?.acceptedTerms ?? DEFAULT_SETTINGS.acceptedTerms,
    claimStrictness: partial?.claimStrictness ?? DEFAULT_SETTINGS.claimStrictness,
    sensitivity: partial?.sensitivity ?? DEFAULT_SETTINGS.sensitivity,
    documentKind: partial?.documentKind ?? DEFAULT_SETTINGS.documentKind,
  };
}

// A keystroke re-analyses only the chunk it touched; the other chunks come from here.
// One cache per settings (the latest few), each bounded by the characters of its chunks.
const CHUNK_CACHE_CHARACTERS = 4_000_000;

const MAX_SETTINGS_CACHES = 4;

const chunkCaches = new Map<string, ChunkCache<ChunkAnalysis>>();

export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const steps = analyzeDocumentInSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How far a stepwise analysis has come, in characters of the document. */
export interface AnalysisProgress {
  analysed: number;
  total: number;
}

/**
 * analyzeDocument in steps of about `stepCharacters` of chunks that are not cached
 * yet: between steps the caller may let other work run (an editor server answers
 * hovers and other documents). The analysis is the generator's return value; a
 * caller that stops early keeps the chunks analysed so far in the cache.
 */
export function* analyzeDocumentInSteps(
  text: string,
  options: AnalyzeOptions = {},
  stepCharacters = Infinity,
): Generator<AnalysisProgress, DocumentAnalysis, void> {
  const settings = resolveSettings(options.settings);
  const structure = options.readStructure ?? true;
  const bibliography = options.bibliography;
  const cache = chunkCacheFor(settings, structure, bibliography?.id);
  const { language, chunks, contexts, extract, sameText } = chunkDocument(text, options.languageId ?? 'plaintext', structure);
  const textOf = (index: number) => text.slice(chunks[index].start, chunks[index].end);
  const entries = cachedEntries(cache, contexts, sameText, textOf);
  const analyses: Array<ChunkAnalysis | undefined> = entries.map((entry) => entry?.value);
  const missing = chunks.flatMap((_, index) => (analyses[index] ? [] : [index]));
  let analysed = text.length - missing.reduce((sum, index) => sum + textOf(index).length, 0);
  for (let from = 0; from < missing.length; ) {
    let to = from + 1;
    for (let size = textOf(missing[from]).length; to < missing.length && size + textOf(missing[to]).length <= stepCharacters; to++)
      size += textOf(missing[to]).length;
    const batch = missing.slice(from, to);
    extract(batch).forEach((prose, k) => {
      const chunkText = textOf(batch[k]);
      // Its own copy: findings quote it, and must not keep this version of the document alive.
      const analysis = analyzeChunk(ownCopy(chunkText), prose, language, settings, bibliography);
      analyses[batch[k]] = analysis;
      entries[batch[k]] = cache.set(chunkText, contexts[batch[k]], analysis);
      analysed += chunkText.length;
    });
    from = to;
    if (from < missing.length) yield { analysed, total: text.length };
  }
  if (sameText) lastCalls.set(cache, { reading: sameText.reading, contexts, entries });
  return assemble(text, language, chunks, analyses as ChunkAnalysis[], bibliography !== undefined, settings.documentKind);
}

/** A cache's last call: its chunks' entries, by the reading of the document they came from. */
interface LastCall {
  reading: object;
  contexts: readonly string[];
  entries: ReadonlyArray<CacheEntry<ChunkAnalysis> | undefined>;
}

const lastCalls = new WeakMap<ChunkCache<ChunkAnalysis>, LastCall>();

/**
 * Each chunk's cache entry, if it has one. A chunk whose text is that of a chunk of the last call (a keystroke leaves all
 * but one as they were) takes that chunk's entry, unless it was evicted since: no text hashed and compared again.
 */
function cachedEntries(
  cache: ChunkCache<ChunkAnalysis>,
  contexts: readonly string[],
  sameText: ChunkCorrespondence | undefined,
  textOf: (index: number) => string,
): Array<CacheEntry<ChunkAnalysis> | undefined> {
  const last = lastCalls.get(cache);
  const kept = sameText && last && sameText.before === last.reading ? sameText.kept : undefined;
  return contexts.map((context, index) => {
    const k = kept ? kept[index] : -1;
    if (k >= 0 && last!.contexts[k] === context) {
      const entry = last!.entries[k];
      if (entry && cache.renew(entry)) return entry;
    }
    return cache.lookup(textOf(index), context);
  });
}

function chunkCacheFor(settings: Settings, structure: boolean, bibliography: string | undefined): ChunkCache<ChunkAnalysis> {
  const key = `${structure ? 's' : 'u'}${bibliography === undefined ? '' : `b${bibliography}`}${JSON.stringify(settings)}`;
  let cache = chunkCaches.get(key);
  if (cache) {
    chunkCaches.delete(key); // most recently used last
  } else {
    cache = new ChunkCache<ChunkAnalysis>(CHUNK_CACHE_CHARACTERS);
    if (chunkCaches.size >= MAX_SETTINGS_CACHES) chunkCaches.delete(chunkCaches.keys().next().value as string);
  }
  chunkCaches.set(key, cache);
  return cache;
}
