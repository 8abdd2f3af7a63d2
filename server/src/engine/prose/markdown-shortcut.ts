// Most chunks of a policy draft hold nothing but paragraphs, headings, simple lists,
// emphasis, inline links and pandoc citations. This reads exactly those without the
// CommonMark parser, and gives exactly what the parser's tree walk would give (tested
// against it on random text). Any construct it cannot read exactly makes it give up
// (undefined), and the chunk goes to the parser: the shortcut decides only speed.
import type { Block, Directive, EvidenceMarker, Span } from '../types';
import { isWhitespace, startsWithDigit } from '../text-shape';
import { isLetterOrDigit, isLineBreak, ProseBuffer } from './buffer';

/** What the parser (or this shortcut) finds in a chunk, before the textual passes. */
export interface ChunkStructure {
  buffer: ProseBuffer;
  blocks: Block[];
  markers: EvidenceMarker[];
  directives: Directive[];
  footnoteDefinitions: Array<{ label: string; start: number }>;
}

/** Anything but brackets, emphasis and list markers that could be Markdown syntax (or a tab or control character, which changes indentation rules). */
const UNREAD_SYNTAX = /[`<>\\\t\u0000-\u0009\u000b\u000c\u000e-\u001f]/;
/** Characters that can open a block (heading, quote, list, rule, fence, HTML, definition) at a line start. A pipe is text to the parser (no table extension); see pipeTableCells. */
const MAYBE_BLOCK_START = new Set(['#', '>', '-', '+', '*', '=', '_', '`', '~', '<', '[']);
/** An ATX heading read as the parser reads it: `#`s at column 0, one space, then text with no `#` and no trailing space. */
const SIMPLE_HEADING = /^(#{1,6}) [^\s#](?:[^#]*[^\s#])?$/;
/** A list item line: up to three spaces, a bullet or a number, one to four spaces, then content. */
const LIST_ITEM = /^( {0,3})([-*+]|(\d{1,9})([.)]))( {1,4})(?=\S)/;
const ORDERED_MARKER = /^\d{1,9}[.)]/;
/** A pandoc citation in brackets, not followed by what would make it a link. */
const CITATION_BRACKETS = /\[[^\[\]^\n\r]*@[^\[\]\n\r]*\](?![(\[:])/y;
/** `[text](destination)`: plain text, a destination without spaces, quotes, brackets, escapes or character references. */
const INLINE_LINK = /\[([^\[\]\n\r*_@^]*[^\s\[\]*_@^])\]\(([!#$%'*-:=?-Z^-z~]+)\)/y;
/** `[^label]` and `[^label]: ` with the labels this shortcut reads (the parser folds case). */
const FOOTNOTE_REFERENCE = /\[\^([A-Za-z0-9_-]+)\](?![(\[:])/y;
const FOOTNOTE_DEFINITION = /^\[\^([A-Za-z0-9_-]+)\]: {1,3}(?=\S)/;
/**
 * Brackets around plain text ("listed [here]", "[^1]" with no such footnote), not followed by what
 * would make them a link: literal text where no link can resolve (ShortcutOptions.literalBrackets).
 * No emphasis character inside, which the parser would pair across them.
 */
const LITERAL_BRACKETS = /\[[^\[\]\n\r*_]*\](?![(\[:])/y;
/** Content indented this far after a blank line still belongs to a footnote definition. */
const FOOTNOTE_CONTENT_COLUMN = 4;
const INLINE_SYNTAX = /[\[\]*_]/g;
/** After a closing emphasis run: punctuation that lets it close without a space. */
const CLOSER_FOLLOWER = new Set(['.', ',', ';', ':', '!', '?', ')']);
/** Before a closing emphasis run: punctuation that lets it close before a space. */
const CLOSER_PUNCTUATION_BEFORE = new Set(['.', ',', ';', ':', '!', '?', '%', ')', "'", '"']);

interface ListItem {
  contentColumn: number;
  delimiter: string;
}

export interface ShortcutOptions {
  /** `[@key]` is a citation (no definition in the document has such a label), so it stays literal text as the parser leaves it. */
  citationBrackets?: boolean;
  /** Footnote labels defined anywhere in the document, lower-cased. */
  footnotes?: ReadonlySet<string>;
  /** The document defines no link reference: brackets that are no inline link, citation or defined footnote stay literal text. */
  literalBrackets?: boolean;
}

/** The structure of a chunk made only of what this module reads; undefined for anything else. */
export function readSimpleChunk(
  text: string,
  { citationBrackets = false, footnotes = new Set(), literalBrackets = false }: ShortcutOptions = {},
): ChunkStructure | undefined {
  if (UNREAD_SYNTAX.test(text)) return undefined;
  const blocks: Block[] = [];
  const markup: Span[] = [];
  const markers: EvidenceMarker[] = [];
  const inlineRanges: Span[] = [];
  const footnoteDefinitions: ChunkStructure['footnoteDefinitions'] = [];
  let inFootnote = false; // its text is references, never prose: all of it stays blank
  let open: Block | undefined;
  let openItem: ListItem | undefined; // the item whose paragraph is open
  let lastItem: ListItem | undefined; // the latest item of a list still open
  let afterBlank = true;
  const close = () => {
    const cells = open && pipeTableCells(text, open.start, open.end);
    if (cells) {
      for (const cell of cells) blocks.push({ kind: 'table-cell', ...cell });
      markup.push(...pipeTableMarkup(text, open!.start, open!.end));
    } else if (open) blocks.push(open);
    open = openItem = undefined;
  };

  const lines = lineSpans(text);
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    let indent = line.start;
    while (indent < line.end && text[indent] === ' ') indent++;
    if (indent === line.end) {
      close();
      afterBlank = true;
      continue;
    }
    const lineText = text.slice(line.start, line.end);
    const wasAfterBlank = afterBlank;
    afterBlank = false;
    if (inFootnote && wasAfterBlank && indent - line.start >= FOOTNOTE_CONTENT_COLUMN) {
      markup.push(line);
      continue;
    }

    const definition = lineText.startsWith('[^') ? FOOTNOTE_DEFINITION.exec(lineText) : null;
    if (definition) {
      // Plain text, so that the next line continues it as the parser would.
      if (!startsPlainContent(lineText.slice(definition[0].length))) return undefined;
      close();
      lastItem = undefined;
      inFootnote = true;
      footnoteDefinitions.push({ label: definition[1], start: line.start });
      markup.push(line);
      continue;
    }

    if (indent === line.start && text[indent] === '#') {
      // A heading ends a paragraph without a blank line between them, and a list at column 0.
      const heading = SIMPLE_HEADING.exec(lineText);
      if (!heading) return undefined;
      close();
      lastItem = undefined;
      inFootnote = false;
      blocks.push({ kind: 'heading', start: line.start, end: line.end });
      markup.push({ start: line.start, end: line.start + heading[1].length + 1 });
      inlineRanges.push({ start: line.start + heading[1].length + 1, end: line.end });
      continue;
    }

    const item = LIST_ITEM.exec(lineText);
    if (item) {
      const column = item[1].length;
      const contentColumn = item[0].length;
      const delimiter = item[4] ?? item[2];
      const content = lineText.slice(contentColumn);
      if (!startsPlainContent(content)) return undefined;
      // Top-level items at column 0; a nested item exactly under its parent's content.
      if (column !== 0 && column !== lastItem?.contentColumn) return undefined;
      // Only a bullet or a list starting at 1 interrupts a paragraph; otherwise the line continues it.
      if (open && item[3] !== undefined && item[3] !== '1' && !(openItem && openItem.delimiter === delimiter && column === 0))
        return undefined;
      close();
      inFootnote = false;
      openItem = lastItem = { contentColumn, delimiter };
      open = { kind: 'list-item', start: line.start + contentColumn, end: line.end };
      markup.push({ start: line.start, end: line.start + contentColumn });
      inlineRanges.push({ start: line.start + contentColumn, end: line.end });
      continue;
    }

    const column = indent - line.start;
    if (!startsPlainContent(text.slice(indent, line.end))) return undefined;
    if (inFootnote && !wasAfterBlank) {
      markup.push(line); // a continuation line of the definition
      continue;
    }
    inFootnote = false;
    inlineRanges.push({ start: indent, end: line.end });
    if (open) {
      open.end = line.end; // a continuation line, lazy or indented
      continue;
    }
    if (lastItem && wasAfterBlank) {
      // After a blank line a list goes on only with text exactly under its last item's content.
      if (column === lastItem.contentColumn) {
        open = { kind: 'list-item', start: indent, end: line.end };
        continue;
      }
      if (column !== 0) return undefined;
      lastItem = undefined;
    }
    if (column >= 4) return undefined; // indented code
    open = { kind: 'paragraph', start: indent, end: line.end };
  }
  close();

  const buffer = new ProseBuffer(text, 'copy');
  // Only these characters can make inline markup: visit them, not every character. (An exec loop: matchAll
  // copies the regex and steps an iterator, which costs more than the scan before the JIT.)
  const syntax: number[] = [];
  INLINE_SYNTAX.lastIndex = 0;
  for (let found = INLINE_SYNTAX.exec(text); found !== null; found = INLINE_SYNTAX.exec(text)) syntax.push(found.index);
  let next = 0;
  for (const range of inlineRanges) {
    while (next < syntax.length && syntax[next] < range.start) next++;
    if (
      next < syntax.length &&
      syntax[next] < range.end &&
      !readInline(text, range, syntax, next, { citationBrackets, footnotes, literalBrackets }, markup, markers)
    )
      return undefined;
  }
  for (const span of markup) buffer.blank(span.start, span.end);
  markers.sort((a, b) => a.start - b.start);
  return { buffer, blocks, markers, directives: [], footnoteDefinitions };
}

/** Text that starts no block of its own: not a marker, rule, fence or quote, but emphasis may open it. */
function startsPlainContent(content: string): boolean {
  const first = content[0];
  if (startsWithDigit(content) && ORDERED_MARKER.test(content)) return false; // most paragraphs start with a letter: no regex
  if (first === '*' || first === '_') {
    let run = 1;
    while (content[run] === first) run++;
    return run <= 2 && isLetterOrDigit(content[run] ?? '');
  }
  return !MAYBE_BLOCK_START.has(first);
}

/**
 * Emphasis, inline links and citation brackets on one line of a paragraph or heading:
 * their markup is added to `markup`, links to `markers`. False when the line holds
 * anything the parser might read otherwise (an unpaired `*`, a bracket that is neither).
 */
function readInline(
  text: string,
  { start, end }: Span,
  syntax: readonly number[],
  first: number,
  { citationBrackets, footnotes, literalBrackets }: Required<ShortcutOptions>,
  markup: Span[],
  markers: EvidenceMarker[],
): boolean {
  let opener: { at: number; run: string } | undefined;
  let s = first;
  for (let i = start; i < end; i++) {
    while (s < syntax.length && syntax[s] < i) s++;
    if (s >= syntax.length || syntax[s] >= end) break;
    i = syntax[s];
    const ch = text[i];
    if (ch === '[') {
      CITATION_BRACKETS.lastIndex = INLINE_LINK.lastIndex = FOOTNOTE_REFERENCE.lastIndex = LITERAL_BRACKETS.lastIndex = i;
      if (text[i - 1] !== '!' && text[i - 1] !== ']' && literalBrackets) {
        // no link can resolve: an undefined footnote, or brackets not followed by "(", "[" or ":", are text
        const literal = text[i + 1] !== '^' || !footnotes.has(FOOTNOTE_REFERENCE.exec(text)?.[1].toLowerCase() ?? '');
        const brackets = literal ? LITERAL_BRACKETS.exec(text) : null;
        if (brackets && brackets.index + brackets[0].length <= end) {
          i += brackets[0].length - 1;
          continue;
        }
        FOOTNOTE_REFERENCE.lastIndex = i;
      }
      const footnote = text[i + 1] === '^' ? FOOTNOTE_REFERENCE.exec(text) : null;
      if (footnote) {
        if (!footnotes.has(footnote[1].toLowerCase()) || text[i - 1] === '!' || text[i - 1] === ']') return false;
        markers.push({ kind: 'footnote', start: i, end: i + footnote[0].length, label: footnote[1] });
        markup.push({ start: i, end: i + footnote[0].length });
        i += footnote[0].length - 1;
        continue;
      }
      const citation = citationBrackets && !text.slice(start, i).endsWith('!') ? CITATION_BRACKETS.exec(text) : null;
      if (citation && citation.index + citation[0].length <= end) {
        i += citation[0].length - 1;
        continue;
      }
      const link = text[i - 1] === '!' || text[i - 1] === ']' ? null : INLINE_LINK.exec(text);
      if (!link || link.index + link[0].length > end) return false;
      const textEnd = i + 1 + link[1].length;
      markers.push({ kind: 'link', start: i, end: i + link[0].length, label: link[2] });
      markup.push({ start: i, end: i + 1 }, { start: textEnd, end: i + link[0].length });
      i += link[0].length - 1;
      continue;
    }
    if (ch === ']') return false;
    if (ch !== '*' && ch !== '_') continue;
    let runEnd = i + 1;
    while (runEnd < end && text[runEnd] === ch) runEnd++;
    const run = text.slice(i, runEnd);
    const before = i > start ? text[i - 1] : ' ';
    const after = runEnd < end ? text[runEnd] : ' ';
    // ASCII decided without the Unicode regex (compiling one costs a cold run about 0.3 ms).
    const wordBefore = isLetterOrDigit(before);
    const wordAfter = isLetterOrDigit(after);
    if (ch === '_' && wordBefore && wordAfter) {
      i = runEnd - 1; // snake_case: an underscore inside a word is text
      continue;
    }
    if (run.length > 2) return false;
    const spaceAfter = after === ' ' || isLineBreak(after.charCodeAt(0));
    if (!opener && before === ' ' && wordAfter) {
      opener = { at: i, run };
    } else if (
      opener &&
      opener.run === run &&
      (wordBefore || (CLOSER_PUNCTUATION_BEFORE.has(before) && spaceAfter)) &&
      (spaceAfter || CLOSER_FOLLOWER.has(after))
    ) {
      markup.push({ start: opener.at, end: opener.at + run.length }, { start: i, end: runEnd });
      opener = undefined;
    } else return false;
    i = runEnd - 1;
  }
  return opener === undefined;
}

// ---- Pipe tables ---------------------------------------------------------------
// No table extension is bundled, so the parser reads a pipe table as a paragraph; the tree
// walk (markdown.ts) and this shortcut both read such a paragraph as a table, one block per cell.

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Cell spans (trimmed, non-empty) of a pipe table in the paragraph source[start, end), or undefined if it is not one. */
export function pipeTableCells(source: string, start: number, end: number): Array<{ start: number; end: number }> | undefined {
  const pipe = source.indexOf('|', start);
  if (pipe < 0 || pipe >= end) return undefined; // no pipe, no table: the line scan below is for the few that have one
  const lines = lineSpans(source, start, end);
  if (lines.length < 2) return undefined;
  const delimiter = source.slice(lines[1].start, lines[1].end);
  if (!source.slice(lines[0].start, lines[0].end).includes('|') || !delimiter.includes('-') || !DELIMITER_ROW.test(delimiter))
    return undefined;
  const cells: Array<{ start: number; end: number }> = [];
  for (const [index, line] of lines.entries()) {
    if (index === 1) continue;
    let cellStart = line.start;
    for (let i = line.start; i <= line.end; i++) {
      if (i < line.end && (source[i] !== '|' || source[i - 1] === '\\')) continue;
      let from = cellStart;
      let to = i;
      while (from < to && isWhitespace(source[from])) from++;
      while (to > from && isWhitespace(source[to - 1])) to--;
      if (to > from) cells.push({ start: from, end: to });
      cellStart = i + 1;
    }
  }
  return cells;
}

/** The markup of the pipe table source[start, end): its pipes and its delimiter row. */
export function pipeTableMarkup(source: string, start: number, end: number): Span[] {
  const markup: Span[] = [];
  for (let i = start; i < end; i++) {
    if (source[i] === '|' && source[i - 1] !== '\\') markup.push({ start: i, end: i + 1 });
  }
  const [header, delimiter] = lineSpans(source, start, end);
  if (header && delimiter) markup.push(delimiter);
  return markup;
}

export function lineSpans(source: string, start = 0, end = source.length): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  // The breaks found with indexOf: a test per character cost a call per character of the document.
  let cr = source.indexOf('\r', start);
  let lf = source.indexOf('\n', start);
  for (let lineStart = start; lineStart <= end; ) {
    if (cr !== -1 && cr < lineStart) cr = source.indexOf('\r', lineStart);
    if (lf !== -1 && lf < lineStart) lf = source.indexOf('\n', lineStart);
    const lineEnd = Math.min(end, cr === -1 ? end : cr, lf === -1 ? end : lf);
    lines.push({ start: lineStart, end: lineEnd });
    lineStart = lineEnd + (source[lineEnd] === '\r' && source[lineEnd + 1] === '\n' ? 2 : 1);
  }
  return lines;
}
