// Paragraph blocks for the languages without a block parser: text between
// blank source lines, trimmed to the prose it holds. Nested blocks (LaTeX
// footnotes and captions) are holes: their text does not make or trim a paragraph.
import type { Block, BlockKind, Span } from '../types';
import { firstStartingAtOrAfter } from '../spans';
import { isSpace } from './buffer';

export function blocksBetweenBlankLines(
  source: string,
  prose: string,
  from: number,
  to: number,
  kind: BlockKind,
  /** Holes as [start, end) spans, sorted by start. */
  holes: readonly Span[] = [],
): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  let end = -1;
  let lineHasText = false;
  let blankLineSeen = false;
  let h = firstStartingAtOrAfter(holes, from);
  for (let i = from; i < to; i++) {
    while (h < holes.length && holes[h].start < i) h++;
    if (h < holes.length && holes[h].start === i && holes[h].end > i) {
      lineHasText = true; // a hole never ends a paragraph
      i = holes[h].end - 1;
      continue;
    }
    const code = source.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      if (code === 0x0d && source.charCodeAt(i + 1) === 0x0a) i++;
      if (!lineHasText) blankLineSeen = true;
      lineHasText = false;
      continue;
    }
    if (!isSpace(code)) lineHasText = true;
    if (isSpace(prose.charCodeAt(i))) continue;
    if (blankLineSeen && start >= 0) {
      blocks.push({ kind, start, end });
      start = -1;
    }
    blankLineSeen = false;
    if (start < 0) start = i;
    end = i + 1;
  }
  if (start >= 0) blocks.push({ kind, start, end });
  return blocks;
}
