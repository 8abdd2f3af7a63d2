// Plain text: everything is prose except raw URLs, bracketed pandoc citations and directive comments;
// paragraphs are separated by blank lines.
import type { Block, BlockKind, ProseDoc } from '../types';
import { blocksBetweenBlankLines } from './blocks';
import { ProseBuffer } from './buffer';
import { splitAtBlankLines, type ChunkProse, type DocumentChunks } from './chunks';
import { findHtmlComments, findHtmlDirectives } from './directives';
import { findGluedNoteNumbers, findPandocCitations, findRawUrls, findTextualMarkers } from './markers';

/** Paragraphs are independent, unless a comment runs across a blank line. */
export function plaintextChunks(source: string): DocumentChunks {
  const chunks = splitAtBlankLines(source, findHtmlComments(source));
  return {
    chunks,
    contexts: chunks.map(() => 'plaintext'),
    extract: (indices) => indices.map((index) => asChunk(extractPlaintext(source.slice(chunks[index].start, chunks[index].end)))),
  };
}

export function extractPlaintext(source: string): ProseDoc {
  const buffer = new ProseBuffer(source, 'copy');
  const directives = findHtmlDirectives(source);
  for (const directive of directives) buffer.blank(directive.start, directive.end);
  const urls = findRawUrls(buffer.toString());
  for (const url of urls) buffer.blank(url.start, url.end);
  // "[@smith2020]", "[see @oecd2021, p. 4]": a pandoc citation pasted into plain text. Bare "@name" is no citation here (a handle, a mention).
  const citations = findPandocCitations(buffer.toString(), true);
  for (const citation of citations) buffer.blank(citation.start, citation.end);
  // "[Laughter]", "(Applause.)": a transcript's stage directions, no words of the speaker's
  STAGE_DIRECTION.lastIndex = 0;
  for (let m = STAGE_DIRECTION.exec(source); m; m = STAGE_DIRECTION.exec(source)) buffer.blank(m.index, m.index + m[0].length);
  // "1. Raise defence spending …", "- distributed water to 38,400 people": each line of a list is an item of its own, read
  // without its mark (as Markdown's list items are)
  const listLines = findListLines(source);
  for (const line of listLines) buffer.blank(line.start, line.markEnd);
  // "… by 20 percent.4 However, …": a note's number pasted from a PDF, glued to the sentence it sources
  const notes = findGluedNoteNumbers(buffer.toString());
  for (const note of notes) buffer.blank(note.start, note.end);
  const prose = buffer.toString();
  const paragraphs = blocksBetweenBlankLines(source, prose, 0, source.length, 'paragraph');
  // "Since the end of 1976:" and the lines under it, "… have been created;" and the next: items of a list without marks
  const itemLines =
    listLines.length === 0 && !/[:;][ \t]*\r?\n/.test(source) && !CAPITALS_LINE.test(source)
      ? listLines
      : withItemsAfterLeadIns(source, listLines);
  return {
    source,
    prose,
    languageId: 'plaintext',
    blocks: itemLines.length === 0 ? paragraphs : splitListLines(paragraphs, itemLines, source),
    markers: [...urls, ...citations, ...notes, ...findTextualMarkers(prose)].sort((a, b) => a.start - b.start),
    directives,
    citationStyle: 'none',
    footnoteLabels: [],
  };
}

const STAGE_DIRECTION = /[[(](?:laughter|applause|cheers|cheering|inaudible|crosstalk|booing|boos|silence)\.?[\])]/gi;

/** A line that opens with a list mark ("1. ", "2) ", "- ", "* ", "• "): where it starts and where its mark ends. */
interface ListLine {
  start: number;
  markEnd: number;
  /** A line after a lead-in's colon or semicolon, without a mark: a paragraph of its own ("Mrs Bexley:" and her turn). */
  unmarked?: boolean;
}

const LIST_LINE = /^[ \t]*(?:\d{1,2}[.)]|[-*•–])[ \t]+(?=\S)/gm;

function findListLines(source: string): ListLine[] {
  const lines: ListLine[] = [];
  LIST_LINE.lastIndex = 0;
  for (let m = LIST_LINE.exec(source); m; m = LIST_LINE.exec(source)) lines.push({ start: m.index, markEnd: m.index + m[0].length });
  return lines;
}

/** The list lines, and the lines that follow a line ending with a colon or a semicolon (their "mark" is their indent). */
function withItemsAfterLeadIns(source: string, listLines: readonly ListLine[]): ListLine[] {
  const lines = [...listLines];
  const marked = new Set(listLines.map((line) => line.start));
  for (const pattern of [AFTER_LEAD_IN, CAPITALS_LINE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
      const start = m.index + m[0].length - m[1].length;
      if (!marked.has(start)) lines.push({ start, markEnd: start + m[1].length, unmarked: true });
    }
  }
  return lines.sort((a, b) => a.start - b.start);
}

const AFTER_LEAD_IN = /[:;][ \t]*\r?\n([ \t]*)(?=\S)/g;
/** A line in capitals ("HIGHWAYS", "PUBLIC BUILDINGS") over the text it heads: the next line starts a paragraph of its own. */
const CAPITALS_LINE = /^[^a-z\n]*[A-Z]{4,}[^a-z\n]*\r?\n([ \t]*)(?=\S)/gm;

/** Paragraphs cut at their list lines: the lines before the first (a lead-in) stay a paragraph, each list line is an item. */
function splitListLines(paragraphs: readonly Block[], lines: readonly ListLine[], source: string): Block[] {
  const blocks: Block[] = [];
  let l = 0;
  for (const paragraph of paragraphs) {
    // (a paragraph's first word follows its first line's mark, which the prose blanks)
    while (l < lines.length && lines[l].markEnd < paragraph.start) l++;
    let start = paragraph.start;
    let kind: BlockKind = 'paragraph';
    if (l < lines.length && lines[l].markEnd === paragraph.start) {
      kind = lines[l].unmarked ? 'paragraph' : 'list-item';
      l++;
    }
    for (; l < lines.length && lines[l].start < paragraph.end; l++) {
      blocks.push({ kind, start, end: lineEnd(source, start, lines[l].start) });
      start = lines[l].markEnd;
      kind = lines[l].unmarked ? 'paragraph' : 'list-item';
    }
    blocks.push({ kind, start, end: paragraph.end });
  }
  return blocks;
}

/** The end of the text before `to`, without the line break and spaces before it. */
function lineEnd(source: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(source[end - 1])) end--;
  return end;
}

/** A whole-text extraction as the extraction of one chunk. */
export function asChunk(doc: ProseDoc): ChunkProse {
  return {
    prose: doc.prose,
    blocks: doc.blocks,
    markers: doc.markers,
    directives: doc.directives,
    footnoteDefinitions: [],
    bracketCitations: false,
  };
}
