// LaTeX chunks, re-read only where an edit can change them. Every reading records its
// restart points: chunk starts where nothing read before them reaches past them, with the
// state the reading is in there (the lists and quotes open; see readLatexStretch). A new
// version of a document re-reads the stretch between the restart points around the edit
// and keeps the reading before and after it, provided the stretch ends at a restart point
// again in the same state and nothing after it reads the changed text; otherwise the
// whole document is read.
import { firstStartingAtOrAfter } from '../spans';
import type { Span } from '../types';
import { isLineBreak, isSpace, textChange } from './buffer';
import type { ChunkProse, DocumentChunks } from './chunks';
import { BEGIN_DOCUMENT, bodyOf, END_DOCUMENT, readLatexStretch, sameFlow } from './latex';
import { BODY_START, type FlowState, type LatexBody } from './latex-scanner';
import { NARRATIVE_LOOKBACK } from './markers';

/** A whole document's reading, cut into chunks. */
export interface LatexReading {
  /**
   * The text read. (Not copied: it is the document's current text, which its editor or caller holds anyway, and
   * copying 300,000 characters on every keystroke cost more than reading the edit.)
   */
  source: string;
  body: LatexBody;
  chunks: Span[];
  pieces: ChunkProse[];
  contexts: string[];
  /** Per chunk: the state a reading may restart in at its start, if it may. */
  restarts: Array<FlowState | undefined>;
}

// The latest readings (an editor edits a few documents at a time), most recently used last.
const MAX_READINGS = 4;
const MAX_READING_CHARACTERS = 4_000_000;
const readings: LatexReading[] = [];

export function latexChunks(source: string): DocumentChunks {
  const { chunks, contexts, pieces } = readLatex(source);
  return { chunks, contexts, extract: (indices) => indices.map((index) => pieces[index]) };
}

/** The document's reading, from the closest cached reading where the change can be read on its own. */
export function readLatex(source: string): LatexReading {
  const closest = closestReading(source);
  const reading = (closest && reread(closest.reading, source, closest.prefix, closest.suffix)) ?? readLatexDocument(source);
  // A version of the same document replaces the reading it came from.
  remember(reading, closest && 2 * (closest.prefix + closest.suffix) >= source.length ? closest.reading : undefined);
  return reading;
}

/** The whole document read from scratch (no cache). */
export function readLatexDocument(source: string): LatexReading {
  const body = bodyOf(source);
  const { chunks, pieces, contexts, restarts } = readLatexStretch(source, 0, source.length, body, BODY_START, '');
  return { source, body, chunks, pieces, contexts, restarts };
}

/**
 * The reading of `source` from that of an earlier version sharing its first `prefix` and
 * last `suffix` characters, or undefined when the change cannot be read on its own.
 */
function reread(old: LatexReading, source: string, prefix: number, suffix: number): LatexReading | undefined {
  if (prefix === source.length && prefix === old.source.length) return old;
  const delta = source.length - old.source.length;
  // From the last restart point before the first changed character...
  const first = lastRestartBefore(old, prefix);
  if (first < 0) return undefined;
  const from = old.chunks[first].start;
  const proseBefore = proseEndingAt(old.pieces, first);
  // ...to the first restart point after the last changed character, or the end of the document.
  for (let last = firstRestartAfter(old, old.source.length - suffix); ; last = firstRestartAfter(old, old.chunks[last].start)) {
    const hasRest = last < old.chunks.length;
    const until = hasRest ? old.chunks[last].start + delta : source.length;
    const stretch = source.slice(from, until);
    // (A lone \r anywhere makes the whole document one chunk: see splitAtBlankLines.)
    if (!startsAndEndsChunks(stretch, hasRest) || LONE_CARRIAGE_RETURN.test(stretch)) return undefined;
    // The body ends at the first \end{document} after the first \begin{document}. A stretch holding
    // that end does not end at rest (LatexScanner.restState): the rest of the document would be blanked.
    if (old.body.begin < 0 && stretch.includes(BEGIN_DOCUMENT)) return undefined;
    const endInStretch = old.body.begin >= 0 ? stretch.indexOf(END_DOCUMENT) : -1;
    const bodyEnd = endInStretch >= 0 ? from + endInStretch : hasRest ? old.body.end + delta : source.length;

    const read = readLatexStretch(source, from, until, { begin: -1, start: from, end: bodyEnd }, old.restarts[first]!, proseBefore);
    if (read.reachesBack || read.strayClosers || (hasRest && !(read.endState && sameFlow(read.endState, old.restarts[last]!))))
      return undefined;
    // A citation after the stretch may name its author in the prose before it (NARRATIVE_LOOKBACK):
    // where that prose changed, the stretch runs on to the next restart point.
    if (hasRest && proseEndingAt(read.pieces, read.pieces.length, proseBefore) !== proseEndingAt(old.pieces, last)) continue;

    const rest = old.chunks.slice(last).map(({ start, end }) => ({ start: start + delta, end: end + delta }));
    return {
      source,
      body: { ...old.body, end: bodyEnd },
      chunks: [...old.chunks.slice(0, first), ...read.chunks.map(({ start, end }) => ({ start: start + from, end: end + from })), ...rest],
      pieces: [...old.pieces.slice(0, first), ...read.pieces, ...old.pieces.slice(last)],
      contexts: [...old.contexts.slice(0, first), ...read.contexts, ...old.contexts.slice(last)],
      restarts: [...old.restarts.slice(0, first), ...read.restarts, ...old.restarts.slice(last)],
    };
  }
}

const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/** The index of the last chunk starting at a restart point before `position`, or -1. */
function lastRestartBefore(reading: LatexReading, position: number): number {
  let index = firstStartingAtOrAfter(reading.chunks, position) - 1;
  while (index >= 0 && !reading.restarts[index]) index--;
  return index;
}

/** The index of the first chunk starting at a restart point after `position`, or the number of chunks. */
function firstRestartAfter(reading: LatexReading, position: number): number {
  let index = firstStartingAtOrAfter(reading.chunks, position + 1);
  while (index < reading.chunks.length && !reading.restarts[index]) index++;
  return index;
}

/**
 * Whether the new stretch still starts a chunk (its first line holds text) and, when the
 * document goes on after it, ends one (its last line is blank): the lines around it are unchanged.
 */
function startsAndEndsChunks(stretch: string, hasRest: boolean): boolean {
  let i = 0;
  while (i < stretch.length && !isLineBreak(stretch.charCodeAt(i)) && isSpace(stretch.charCodeAt(i))) i++;
  if (i === stretch.length || isLineBreak(stretch.charCodeAt(i))) return false;
  if (!hasRest) return true;
  // It ends with the line break of its last line (a restart point starts a line).
  let j = stretch.length - 2;
  if (stretch.charCodeAt(j) === 0x0d) j--;
  for (; j >= 0 && !isLineBreak(stretch.charCodeAt(j)); j--) if (!isSpace(stretch.charCodeAt(j))) return false;
  return true;
}

/** The last NARRATIVE_LOOKBACK characters of the prose of pieces[0, end), preceded by `earlier`. */
function proseEndingAt(pieces: readonly ChunkProse[], end: number, earlier = ''): string {
  let prose = '';
  let index = end;
  while (index > 0 && prose.length < NARRATIVE_LOOKBACK) prose = pieces[--index].prose + prose;
  if (index === 0) prose = earlier + prose;
  return prose.slice(-NARRATIVE_LOOKBACK);
}

/** The cached reading sharing the most with `source` at its start and end, and how much. */
function closestReading(source: string): { reading: LatexReading; prefix: number; suffix: number } | undefined {
  let closest: { reading: LatexReading; prefix: number; suffix: number } | undefined;
  for (const reading of readings) {
    const { prefix, suffix } = textChange(reading.source, source);
    if (!closest || prefix + suffix > closest.prefix + closest.suffix) closest = { reading, prefix, suffix };
  }
  return closest;
}

function remember(reading: LatexReading, replacing: LatexReading | undefined): void {
  const index = replacing ? readings.indexOf(replacing) : -1;
  if (index >= 0) readings.splice(index, 1);
  readings.push(reading);
  let characters = readings.reduce((sum, { source }) => sum + source.length, 0);
  // The latest reading stays, however long its document.
  while (readings.length > MAX_READINGS || (readings.length > 1 && characters > MAX_READING_CHARACTERS))
    characters -= readings.shift()!.source.length;
}
