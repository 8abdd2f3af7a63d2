// Markdown is parsed in chunks so that a keystroke re-parses one chunk, not the
// document: CommonMark blocks cannot continue across a blank line followed by
// a line starting at column 0, except inside fenced code, multi-line HTML
// blocks and front matter, which the line scan below tracks. Reference and
// footnote definitions are document-wide, so they are collected here and
// given to every chunk that could use them.
import type { Block, CitationStyle, Directive, EvidenceMarker, LanguageId, ProseDoc, Span } from '../types';
import { endOfLine, isLineBreak, isSpace, lineEndsOf, ownCopy } from './buffer';

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_OPEN = /^ {0,3}<(!--|\?|!\[CDATA\[|![A-Za-z]|(?:script|pre|style|textarea)(?=[\s>]|$))/i;
const HTML_CLOSERS: Record<string, string> = { '!--': '-->', '?': '?>', '![CDATA[': ']]>' };
const DEFINITION = /^ {0,3}\[(\^?)((?:[^\]\\\r\n]|\\.){1,999})\]:[ \t]*(\S*)/;
const FRONT_MATTER_FENCES: Record<string, string[]> = { '---': ['---', '...'], '+++': ['+++'] };

/** The extraction of a chunk (or of a run of chunks), offsets relative to its start. */
export interface ChunkProse {
  prose: string;
  blocks: Block[];
  markers: EvidenceMarker[];
  directives: Directive[];
  footnoteDefinitions: Array<{ label: string; start: number }>;
  bracketCitations: boolean;
}

/** A document cut into chunks whose extractions do not depend on each other. */
export interface DocumentChunks {
  chunks: Span[];
  /** What a chunk's extraction depends on besides its text (language, document-wide definitions), briefly. */
  contexts: string[];
  /** The extractions of the chunks at `indices`, in that order, offsets relative to each chunk. */
  extract(indices: readonly number[]): ChunkProse[];
  /**
   * This reading, and which of its chunks have the text of a chunk of the reading before (`kept[index]`, that
   * chunk's index, or -1): a caller that keeps per-chunk results by reading takes those without looking them up.
   */
  sameText?: ChunkCorrespondence;
}

export interface ChunkCorrespondence {
  reading: object;
  before: object | undefined;
  kept: Int32Array;
}

/** Chunk extractions put back together as the document's ProseDoc. */
export function joinChunks(source: string, languageId: LanguageId, chunks: readonly Span[], results: readonly ChunkProse[]): ProseDoc {
  const doc: ProseDoc = {
    source,
    prose: '',
    languageId,
    blocks: [],
    markers: [],
    directives: [],
    citationStyle: 'none',
    footnoteLabels: [],
  };
  const proseParts: string[] = [];
  let bracketCitations = false;
  let footnotes = false;
  chunks.forEach(({ start }, index) => {
    const chunk = results[index];
    proseParts.push(chunk.prose);
    for (const block of chunk.blocks) doc.blocks.push({ ...block, start: block.start + start, end: block.end + start });
    for (const marker of chunk.markers) doc.markers.push({ ...marker, start: marker.start + start, end: marker.end + start });
    for (const directive of chunk.directives)
      doc.directives.push({ ...directive, start: directive.start + start, end: directive.end + start });
    for (const footnote of chunk.footnoteDefinitions) doc.footnoteLabels.push(footnote.label);
    bracketCitations ||= chunk.bracketCitations;
    footnotes ||= hasFootnotes(chunk);
  });
  doc.prose = proseParts.join('');
  doc.citationStyle = citationStyleOf(languageId, bracketCitations, footnotes);
  return doc;
}

export function hasFootnotes(chunk: ChunkProse): boolean {
  return chunk.footnoteDefinitions.length > 0 || chunk.markers.some((m) => m.kind === 'footnote');
}

/** How the document cites, which decides the form of a new citation. */
export function citationStyleOf(languageId: LanguageId, bracketCitations: boolean, footnotes: boolean): CitationStyle {
  if (languageId === 'latex') return 'latex';
  if (languageId === 'plaintext') return 'none';
  return bracketCitations ? 'pandoc' : footnotes ? 'footnote' : 'none';
}

/**
 * Plain text cut before every line that follows a blank line, except inside
 * `holes` (spans such as comments that must stay whole). With lone `\r` line
 * breaks the document stays one chunk: the textual marker scans count `\n`.
 */
export function splitAtBlankLines(source: string, holes: readonly Span[]): Span[] {
  if (/\r(?!\n)/.test(source)) return [{ start: 0, end: source.length }];
  const chunks: Span[] = [];
  let chunkStart = 0;
  let previousBlank = false;
  let hole = 0;
  const lineEndAfter = lineEndsOf(source);
  let lineStart = 0;
  while (lineStart < source.length) {
    const lineEnd = lineEndAfter(lineStart);
    let blank = true;
    for (let i = lineStart; i < lineEnd && blank; i++) blank = isSpace(source.charCodeAt(i));
    if (!blank) {
      while (hole < holes.length && holes[hole].end <= lineStart) hole++;
      const insideHole = hole < holes.length && holes[hole].start < lineStart;
      if (previousBlank && !insideHole && lineStart > chunkStart) {
        chunks.push({ start: chunkStart, end: lineStart });
        chunkStart = lineStart;
      }
    }
    previousBlank = blank;
    lineStart = lineEnd + (source.charCodeAt(lineEnd) === 0x0d && isLineBreak(source.charCodeAt(lineEnd + 1)) ? 2 : 1);
  }
  chunks.push({ start: chunkStart, end: source.length });
  return chunks;
}

export interface MarkdownChunks {
  chunks: Span[];
  /** Reference and footnote definitions of the whole document, as Markdown lines. */
  definitions: string;
}

export function splitMarkdownChunks(source: string): MarkdownChunks {
  const chunks: Span[] = [];
  const definitions = new Set<string>();
  let chunkStart = 0;
  let previousBlank = false;
  let fence: { marker: string; length: number } | undefined;
  let htmlCloser: string | undefined;

  const lineEndAfter = lineEndsOf(source);
  let lineStart = skipFrontMatter(source);
  while (lineStart < source.length) {
    const lineBegin = lineStart;
    const lineEnd = lineEndAfter(lineStart);
    lineStart = source.charCodeAt(lineEnd) === 0x0d && source.charCodeAt(lineEnd + 1) === 0x0a ? lineEnd + 2 : lineEnd + 1;

    if (fence) {
      if (closesFence(source.slice(lineBegin, lineEnd), fence)) fence = undefined;
      continue;
    }
    if (htmlCloser) {
      if (source.slice(lineBegin, lineEnd).toLowerCase().includes(htmlCloser)) htmlCloser = undefined;
      continue;
    }
    const indent = firstNonSpace(source, lineBegin, lineEnd);
    if (indent === lineEnd) {
      previousBlank = true;
      continue;
    }
    if (previousBlank && indent === lineBegin && lineBegin > chunkStart) {
      chunks.push({ start: chunkStart, end: lineBegin });
      chunkStart = lineBegin;
    }
    previousBlank = false;

    // Only lines starting with ` ~ < [ can open a fence, an HTML block or a definition.
    const first = source[indent];
    if (first !== '`' && first !== '~' && first !== '<' && first !== '[') continue;
    const line = source.slice(lineBegin, lineEnd);
    const fenceOpen = FENCE_OPEN.exec(line);
    if (fenceOpen && !(fenceOpen[1][0] === '`' && fenceOpen[2].includes('`'))) {
      fence = { marker: fenceOpen[1][0], length: fenceOpen[1].length };
      continue;
    }
    const htmlOpen = HTML_OPEN.exec(line);
    if (htmlOpen) {
      const opener = htmlOpen[1];
      const closer = HTML_CLOSERS[opener] ?? (opener.startsWith('!') ? '>' : `</${opener.toLowerCase()}>`);
      const rest = line.slice(htmlOpen[0].length).toLowerCase();
      if (!rest.includes(closer)) htmlCloser = closer;
      continue;
    }
    const definition = DEFINITION.exec(line);
    if (definition) definitions.add(definition[1] ? `[^${definition[2]}]: .` : definition[0].trim());
  }
  if (chunkStart < source.length || chunks.length === 0) chunks.push({ start: chunkStart, end: source.length });
  return { chunks, definitions: [...definitions].join('\n') };
}

/** End of YAML (`---`) or TOML (`+++`) front matter at the very start, or 0. */
function skipFrontMatter(source: string): number {
  const firstEnd = endOfLine(source, 0);
  const closers = FRONT_MATTER_FENCES[source.slice(0, firstEnd).trimEnd()];
  if (!closers) return 0;
  let lineStart = firstEnd + 1;
  while (lineStart < source.length) {
    const lineEnd = endOfLine(source, lineStart);
    if (closers.includes(source.slice(lineStart, lineEnd).trimEnd())) return lineEnd;
    lineStart = source[lineEnd] === '\r' && source[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
  }
  return 0; // unclosed: not front matter
}

function closesFence(line: string, fence: { marker: string; length: number }): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return match !== null && match[1][0] === fence.marker && match[1].length >= fence.length;
}

function firstNonSpace(source: string, from: number, to: number): number {
  let i = from;
  while (i < to && (source.charCodeAt(i) === 0x20 || source.charCodeAt(i) === 0x09)) i++;
  return i;
}

/**
 * A least-recently-used memo of chunk results, keyed by the chunk's text and
 * checked against its context, bounded by the characters of the chunks it holds.
 * Lookups take the text as a slice of the document; entries keep a copy of their
 * own, so the cache never holds on to a whole old version of a document.
 */
export class ChunkCache<T> {
  /** By a short fingerprint of the text: hashing every chunk's whole text on every keystroke cost more than comparing the few candidates. */
  private readonly buckets = new Map<number, Array<CacheEntry<T>>>();
  private size = 0;
  /** A clock for recency: a hit only stamps its entry, so a lookup is one Map access. */
  private clock = 0;

  constructor(private readonly maxCharacters: number) {}

  get(text: string, context: string): T | undefined {
    return this.lookup(text, context)?.value;
  }

  /** The entry for this text and context, its use stamped. */
  lookup(text: string, context: string): CacheEntry<T> | undefined {
    const hit = this.buckets.get(fingerprint(text))?.find((entry) => entry.text === text);
    if (!hit || hit.context !== context) return undefined;
    hit.used = ++this.clock;
    return hit;
  }

  /** An entry looked up before, its use stamped again; false once it was evicted or replaced. */
  renew(entry: CacheEntry<T>): boolean {
    if (!entry.live) return false;
    entry.used = ++this.clock;
    return true;
  }

  set(text: string, context: string, value: T): CacheEntry<T> {
    const key = fingerprint(text);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = [];
      this.buckets.set(key, bucket);
    }
    const previous = bucket.findIndex((entry) => entry.text === text);
    if (previous >= 0) {
      this.size -= bucket[previous].text.length;
      bucket[previous].live = false;
      bucket.splice(previous, 1);
    }
    const entry = { text: ownCopy(text), context, value, used: ++this.clock, live: true };
    bucket.push(entry);
    this.size += text.length;
    if (this.size > this.maxCharacters) this.evict();
    return entry;
  }

  /** Drops the least recently used entries down to 90% of the bound, so eviction is rare. */
  private evict(): void {
    const byAge = [...this.buckets]
      .flatMap(([key, bucket]) => bucket.map((entry) => ({ key, entry })))
      .sort((a, b) => a.entry.used - b.entry.used);
    for (const { key, entry } of byAge) {
      if (this.size <= this.maxCharacters * 0.9) break;
      const bucket = this.buckets.get(key)!;
      bucket.splice(bucket.indexOf(entry), 1);
      if (bucket.length === 0) this.buckets.delete(key);
      this.size -= entry.text.length;
      entry.live = false;
    }
  }
}

export interface CacheEntry<T> {
  readonly text: string;
  readonly context: string;
  readonly value: T;
  used: number;
  /** Still in the cache: not evicted, not replaced. */
  live: boolean;
}

const FINGERPRINT_EDGE = 16;

/** A number from the length and both ends of a text: no string to build or hash, and rarely shared by two different chunks. */
function fingerprint(text: string): number {
  const length = text.length;
  let hash = length;
  // Every value stays below 2^30, a small integer: a larger one is a boxed number, an allocation, in unoptimised code.
  for (let i = 0; i < FINGERPRINT_EDGE && i < length; i++) hash = (hash & 0xffffff) * 31 + text.charCodeAt(i);
  for (let i = Math.max(FINGERPRINT_EDGE, length - FINGERPRINT_EDGE); i < length; i++) hash = (hash & 0xffffff) * 31 + text.charCodeAt(i);
  return hash;
}
