// Searching spans sorted by start (tokens, holes): one binary search for all who need it.
import type { Span } from './types';

/** Index of the first span starting at or after `at` (the spans sorted by start), or their count. */
export function firstStartingAtOrAfter(spans: readonly Span[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
