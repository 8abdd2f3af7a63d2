// What the structure pass reads from each chunk's own text (does it end with a lead-in, open with a list mark),
// kept from one call to the next: a keystroke changes one chunk, and reading every other chunk's tail again on
// every keystroke was most of the pass's cost on a long document.
import type { Span } from '../types';
import type { TextChange } from './buffer';
import type { ChunkCorrespondence } from './chunks';
import {
  endsWithChecklistLeadIn,
  endsWithProposalLeadIn,
  endsWithQuoteLeadIn,
  endsWithSourcedLeadIn,
  isForeignPassage,
  listMarkAt,
} from './structure';

/** What a chunk's text says of the chunk after it, read from that text alone. */
export interface ChunkFacts {
  quoteLeadIn: boolean;
  sourcedLeadIn: boolean;
  checklistLeadIn: boolean;
  proposalLeadIn: boolean;
  listMark: boolean;
  /** Opens with a block quote's `>`. */
  quoteMark: boolean;
  /** Read only when asked (a quoted chunk's): whether it is written in another language. */
  foreign?: boolean;
}

function readFacts(source: string, { start, end }: Span): ChunkFacts {
  return {
    quoteLeadIn: endsWithQuoteLeadIn(source, start, end),
    sourcedLeadIn: endsWithSourcedLeadIn(source, start, end),
    checklistLeadIn: endsWithChecklistLeadIn(source, start, end),
    proposalLeadIn: endsWithProposalLeadIn(source, start, end),
    listMark: listMarkAt(source, start, end),
    quoteMark: /^\s*>/.test(source.slice(start, Math.min(end, start + 80))),
  };
}

export function isForeignChunk(source: string, chunk: Span, facts: ChunkFacts): boolean {
  facts.foreign ??= isForeignPassage(source, chunk.start, chunk.end);
  return facts.foreign;
}

interface Reading {
  source: string;
  chunks: readonly Span[];
  facts: ChunkFacts[];
}

/** The last document read: the next call is most often the same document a keystroke later. */
let last: Reading | undefined;

/**
 * Each chunk's facts: those of a chunk whose text and place did not change since the last call (`change` tells from
 * which text, see chunkDocument) are kept. With them, which chunk of the last call each chunk is (see
 * DocumentChunks.sameText).
 */
export function chunkFacts(
  source: string,
  chunks: readonly Span[],
  change: TextChange | undefined,
): { facts: ChunkFacts[]; sameText: ChunkCorrespondence } {
  const previous = last !== undefined && change !== undefined && last.source === change.before ? last : undefined;
  const facts: ChunkFacts[] = new Array(chunks.length);
  const kept = new Int32Array(chunks.length).fill(-1);
  if (previous === undefined || change === undefined) {
    chunks.forEach((chunk, index) => (facts[index] = readFacts(source, chunk)));
  } else {
    const old = previous.source;
    const { prefix, suffix } = change;
    const shift = old.length - source.length;
    // Chunks come in reading order in both calls: one pointer walks the old ones.
    let k = 0;
    chunks.forEach((chunk, index) => {
      const unchangedBefore = chunk.end <= prefix;
      const unchangedAfter = chunk.start >= source.length - suffix;
      if (unchangedBefore || unchangedAfter) {
        const oldStart = unchangedBefore ? chunk.start : chunk.start + shift;
        while (k < previous.chunks.length && previous.chunks[k].start < oldStart) k++;
        const match = previous.chunks[k];
        if (match !== undefined && match.start === oldStart && match.end - match.start === chunk.end - chunk.start) {
          facts[index] = previous.facts[k];
          kept[index] = k;
          return;
        }
      }
      facts[index] = readFacts(source, chunk);
    });
  }
  last = { source, chunks, facts };
  return { facts, sameText: { reading: last, before: previous, kept } };
}
