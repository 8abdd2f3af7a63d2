// Markdown, Quarto and R Markdown through a real CommonMark parser. Only the
// text of paragraphs, headings, list items, blockquotes, link text and emphasis
// is copied into the prose; everything else stays blank.
import type { Nodes, Parents, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import type { Block, BlockKind, Directive, EvidenceMarker, LanguageId, ProseDoc, Span } from '../types';
import { blocksBetweenBlankLines } from './blocks';
import { endOfLine, isLineBreak, ProseBuffer } from './buffer';
import { joinChunks, splitMarkdownChunks, type ChunkCache, type ChunkProse, type DocumentChunks } from './chunks';
import { findHtmlDirectives } from './directives';
import { pipeTableCells, pipeTableMarkup, readSimpleChunk, type ChunkStructure } from './markdown-shortcut';
import { findGluedNoteNumbers, findPandocCitations, findRawUrls, findTextualMarkers } from './markers';
import { findNoteMarks, readLinks } from './markdown-links';

const FRONTMATTER_KINDS: Array<'yaml' | 'toml'> = ['yaml', 'toml'];
const MICROMARK_EXTENSIONS = [frontmatter(FRONTMATTER_KINDS), gfmFootnote()];
const MDAST_EXTENSIONS = [frontmatterFromMarkdown(FRONTMATTER_KINDS), gfmFootnoteFromMarkdown()];
const ASCII_PUNCTUATION = /[!-\/:-@\[-`{-~]/;

export type { ChunkProse };

type MarkdownFamily = Extract<LanguageId, 'markdown' | 'quarto' | 'rmarkdown'>;

/** Small ids for the definition sets chunks were parsed with, so cache keys stay short. */
const definitionSetIds = new Map<string, number>();
let nextDefinitionSetId = 0;
const MAX_DEFINITION_SETS = 64;

/** The document's chunks (see chunks.ts), each keyed by all its extraction depends on. */
export function markdownChunks(source: string, languageId: MarkdownFamily): DocumentChunks {
  const { chunks, definitions } = splitMarkdownChunks(source);
  const definitionSet = definitionSetId(definitions);
  // Definitions matter only where a `[` could refer to one.
  let bracket = definitions === '' ? -1 : source.indexOf('[');
  const contexts = chunks.map(({ start, end }) => {
    if (bracket >= 0 && bracket < start) bracket = source.indexOf('[', start);
    return `${languageId}:${bracket >= 0 && bracket < end ? definitionSet : -1}`;
  });
  return { chunks, contexts, extract: (indices) => extractMarkdownChunks(source, languageId, chunks, definitions, indices) };
}

/** `cache` lets a test compare extraction from cached chunks with a fresh one. */
export function extractMarkdown(source: string, languageId: MarkdownFamily, cache?: ChunkCache<ChunkProse>): ProseDoc {
  const { chunks, contexts, extract } = markdownChunks(source, languageId);
  const textOf = (index: number) => source.slice(chunks[index].start, chunks[index].end);
  const results = contexts.map((context, index) => cache?.get(textOf(index), context));
  const missing = chunks.flatMap((_, index) => (results[index] ? [] : [index]));
  extract(missing).forEach((chunk, k) => {
    results[missing[k]] = chunk;
    cache?.set(textOf(missing[k]), contexts[missing[k]], chunk);
  });
  return joinChunks(source, languageId, chunks, results as ChunkProse[]);
}

/**
 * Chunks of plain paragraphs, headings, simple lists, emphasis and links need no parser (markdown-shortcut.ts). All other chunks are parsed
 * together, joined in one text: chunks are independent (see chunks.ts), and
 * one parse costs far less than many small ones.
 */
function extractMarkdownChunks(
  source: string,
  languageId: MarkdownFamily,
  chunks: readonly Span[],
  definitions: string,
  indices: readonly number[],
): ChunkProse[] {
  const results: ChunkProse[] = [];
  const toParse: number[] = [];
  // `[@key]` is literal text unless a definition has that label.
  const citationBrackets = !definitions.split('\n').some((line) => line.slice(0, line.indexOf(']:')).includes('@'));
  const footnotes = new Set(Array.from(definitions.matchAll(/^\[\^([^\]]+)\]:/gm), (m) => m[1].toLowerCase()));
  // Without a link reference definition no "[text]" can be a link: the parser leaves it as text.
  const literalBrackets = !definitions.split('\n').some((line) => line !== '' && !line.startsWith('[^'));
  indices.forEach((index, k) => {
    const text = source.slice(chunks[index].start, chunks[index].end);
    const structure =
      readSimpleChunk(text, { citationBrackets, footnotes, literalBrackets }) ??
      (exceedsParserLimits(text) ? unparsedParagraphs(text) : undefined);
    if (structure) results[k] = finishChunk(text, structure, languageId);
    else toParse.push(k);
  });
  if (toParse.length === 0) return results;
  // Front matter is only front matter at the very start of the document.
  let joined = indices[toParse[0]] === 0 ? '' : '\n';
  const pieces = toParse.map((k) => {
    const start = joined.length;
    joined += source.slice(chunks[indices[k]].start, chunks[indices[k]].end);
    return { start, end: joined.length };
  });
  const parsed = finishChunk(joined, parseStructure(joined, joined.includes('[') ? definitions : ''), languageId);
  cutChunkProse(parsed, joined, pieces).forEach((piece, p) => (results[toParse[p]] = piece));
  return results;
}

function definitionSetId(definitions: string): number {
  let id = definitionSetIds.get(definitions);
  if (id === undefined) {
    if (definitionSetIds.size >= MAX_DEFINITION_SETS) definitionSetIds.clear(); // ids are never reused
    id = nextDefinitionSetId++;
    definitionSetIds.set(definitions, id);
  }
  return id;
}

// The parser is quadratic on some pathological input (thousands of nested list
// or quote markers, of `[` or of emphasis delimiters in one paragraph). A chunk
// beyond these limits is read as plain paragraphs instead, so no document can
// stall the editor; real documents stay far below them.
const MAX_CONTAINER_PREFIX = 128;
const MAX_BRACKETS_PER_PARAGRAPH = 1000;
const MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH = 2000;

function exceedsParserLimits(text: string): boolean {
  let brackets = 0;
  let delimiters = 0;
  let prefix = 0;
  let inPrefix = true;
  let lineBlank = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      if (lineBlank) brackets = delimiters = 0; // a blank line ends the paragraph
      prefix = 0;
      inPrefix = lineBlank = true;
      continue;
    }
    if (inPrefix) {
      // Leading spaces and > - * + markers: how deep the containers nest.
      if (code === 0x20 || code === 0x09 || code === 0x3e || code === 0x2d || code === 0x2a || code === 0x2b) {
        if (++prefix > MAX_CONTAINER_PREFIX) return true;
      } else inPrefix = false;
    }
    if (code !== 0x20 && code !== 0x09) lineBlank = false;
    if (code === 0x5b /* [ */ && ++brackets > MAX_BRACKETS_PER_PARAGRAPH) return true;
    if ((code === 0x2a || code === 0x5f) /* * _ */ && ++delimiters > MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH) return true;
  }
  return false;
}

/** A chunk kept whole as prose, one paragraph per run of non-blank lines: for input the parser cannot take. */
function unparsedParagraphs(text: string): ChunkStructure {
  return {
    buffer: new ProseBuffer(text, 'copy'),
    blocks: blocksBetweenBlankLines(text, text, 0, text.length, 'paragraph'),
    markers: [],
    directives: [],
    footnoteDefinitions: [],
  };
}

/** `definitions` are appended for the parser only: they resolve `[text][ref]` and `[^1]` defined in other chunks. */
export function parseStructure(text: string, definitions: string): ChunkStructure {
  const parsed = definitions === '' ? text : `${text}\n\n${definitions}\n`;
  const tree = fromMarkdown(parsed, { extensions: MICROMARK_EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS });
  const walk = new TreeWalk(text, tree);
  walk.run();
  return walk;
}

/** The textual passes every chunk gets: Quarto markup, raw URLs, pandoc citations, numeric and author–year markers. */
function finishChunk(text: string, structure: ChunkStructure, languageId: MarkdownFamily): ChunkProse {
  const { buffer } = structure;
  // Each pass reads the prose as the passes before left it; a pass that masked nothing leaves it as it was.
  if (languageId !== 'markdown') maskQuartoSyntax(buffer.toString(), buffer);
  maskDivFences(buffer.toString(), buffer);
  let prose = buffer.toString();
  const urls = findRawUrls(prose);
  for (const url of urls) buffer.blank(url.start, url.end);
  if (urls.length > 0) prose = buffer.toString();
  const citations = findPandocCitations(prose);
  for (const citation of citations) buffer.blank(citation.start, citation.end);
  if (citations.length > 0) prose = buffer.toString();
  // Superscript notes (HTML <sup>5</sup>, pandoc ^5^ and ^[inline notes]) and MyST roles ({cite}`key`).
  const notes = findNoteMarks(text, prose);
  for (const note of notes) buffer.blank(note.start, note.end);
  if (notes.length > 0) prose = buffer.toString();
  // "… by 20 percent.4 However": a note's number pasted from a PDF
  const glued = findGluedNoteNumbers(prose);
  for (const note of glued) buffer.blank(note.start, note.end);
  if (glued.length > 0) prose = buffer.toString();

  const structuralLinks = structure.markers.filter((m) => m.kind === 'link');
  const markers = [
    ...readLinks(text, structure.markers),
    ...citations,
    ...notes.filter((n) => n.kind !== 'link'),
    ...glued,
    ...outside(urls, structuralLinks),
    ...findTextualMarkers(prose),
  ];
  return {
    prose,
    blocks: splitBoldLabels(text, structure.blocks),
    markers: markers.sort((a, b) => a.start - b.start),
    directives: structure.directives,
    footnoteDefinitions: structure.footnoteDefinitions,
    bracketCitations: citations.some((c) => text[c.start] === '['),
  };
}

/**
 * "**stalled**" on its own line with the paragraph's text on the next ("**Recommendations**\nThe council should …"): a
 * label set in bold, the heading of what follows, not the first words of its sentence. The line becomes a heading block.
 */
function splitBoldLabels(text: string, blocks: Block[]): Block[] {
  let split: Block[] | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const at = labelEnd(text, block);
    if (at < 0) {
      split?.push(block);
      continue;
    }
    let next = at + 1;
    while (text[next] === ' ' || text[next] === '\t') next++;
    split ??= blocks.slice(0, i);
    split.push({ kind: 'heading', start: block.start, end: at }, { ...block, start: next });
  }
  return split ?? blocks;
}
/** The end of a paragraph's first line where that line is a bold label and text follows it; -1 otherwise. */
function labelEnd(text: string, block: Block): number {
  if (block.kind !== 'paragraph' || (text[block.start] !== '*' && text[block.start] !== '_')) return -1;
  const lineEnd = text.indexOf('\n', block.start);
  if (lineEnd < 0 || lineEnd >= block.end - 1 || !BOLD_LABEL_LINE.test(text.slice(block.start, lineEnd))) return -1;
  return /\S/.test(text.slice(lineEnd + 1, block.end)) ? lineEnd : -1;
}
const BOLD_LABEL_LINE = /^(\*\*|__)[^*_\n]{1,80}\1:?\s*$/;

/** Cuts the extraction of joined chunks back into chunks; nothing crosses a chunk boundary (see chunks.ts). */
function cutChunkProse(run: ChunkProse, runText: string, pieces: Span[]): ChunkProse[] {
  const blocks = distribute(run.blocks, pieces);
  const markers = distribute(run.markers, pieces);
  const directives = distribute(run.directives, pieces);
  const footnoteDefinitions = distribute(run.footnoteDefinitions, pieces);
  return pieces.map((piece, index) => ({
    prose: run.prose.slice(piece.start, piece.end),
    blocks: blocks[index],
    markers: markers[index],
    directives: directives[index],
    footnoteDefinitions: footnoteDefinitions[index],
    bracketCitations: markers[index].some((m) => m.kind === 'citation' && runText[m.start + piece.start] === '['),
  }));
}

/** Items (in document order) grouped by the piece holding their start, made relative to it. */
function distribute<T extends { start: number; end?: number }>(items: T[], pieces: Span[]): T[][] {
  const groups: T[][] = pieces.map(() => []);
  let index = 0;
  for (const item of items) {
    while (index < pieces.length - 1 && item.start >= pieces[index].end) index++;
    const shift = pieces[index].start;
    const moved = { ...item, start: item.start - shift };
    if (item.end !== undefined) moved.end = item.end - shift;
    groups[index].push(moved);
  }
  return groups;
}

/** The spans of `inner` not inside any of `outer` (both in document order). */
function outside<T extends Span>(inner: T[], outer: Span[]): T[] {
  const kept: T[] = [];
  let o = 0;
  for (const span of inner) {
    while (o < outer.length && outer[o].end <= span.start) o++;
    const container = outer[o];
    if (!(container && container.start <= span.start && span.end <= container.end)) kept.push(span);
  }
  return kept;
}

interface Frame {
  node: Nodes;
  /** Block kind a paragraph gets here: inside a list item or a blockquote. */
  paragraphKind: BlockKind;
}

class TreeWalk {
  readonly buffer: ProseBuffer;
  readonly blocks: Block[] = [];
  readonly markers: EvidenceMarker[] = [];
  readonly directives: Directive[] = [];
  readonly footnoteDefinitions: Array<{ label: string; start: number }> = [];
  private readonly definitions = new Map<string, string>();
  private readonly quotes: Array<{ start: number; end: number }> = [];
  private readonly tables: Array<{ start: number; end: number }> = [];

  constructor(
    private readonly source: string,
    private readonly tree: Root,
  ) {
    this.buffer = new ProseBuffer(source, 'blank');
  }

  run(): void {
    for (const node of this.tree.children) if (node.type === 'definition') this.definitions.set(node.identifier, node.url);
    // Iterative, so deeply nested quotes or lists cannot overflow the stack.
    const stack: Frame[] = [{ node: this.tree, paragraphKind: 'paragraph' }];
    while (stack.length > 0) {
      const frame = stack.pop()!;
      const children = this.visit(frame);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    // After the text is copied: the copy brought the continuation lines' `>` along.
    for (const quote of this.quotes) this.blankQuoteMarkers(quote.start, quote.end);
    for (const table of this.tables) this.blankTableMarkup(table.start, table.end);
  }

  /** Handles one node and returns the children to visit, in order. */
  private visit({ node, paragraphKind }: Frame): Frame[] {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const into = (kind: BlockKind = paragraphKind): Frame[] =>
      'children' in node ? (node as Parents).children.map((child) => ({ node: child as Nodes, paragraphKind: kind })) : [];
    if (start === undefined || end === undefined) return into();
    if (start >= this.source.length) return []; // the definitions appended for the parser

    switch (node.type) {
      case 'text':
        this.keepText(start, end);
        return [];
      case 'paragraph': {
        // No GFM table parser is bundled: a paragraph whose second line is a
        // delimiter row (`--- | :---:`) is read as a pipe table, one block per cell.
        const cells = pipeTableCells(this.source, start, end);
        if (cells) {
          this.blocks.push(...cells.map((cell) => ({ kind: 'table-cell' as const, ...cell })));
          this.tables.push({ start, end });
        } else this.blocks.push({ kind: paragraphKind, start, end });
        return into();
      }
      case 'heading':
        this.blocks.push({ kind: 'heading', start, end });
        return into();
      case 'blockquote':
        this.quotes.push({ start, end });
        return into('quote');
      case 'listItem':
        return into('list-item');
      case 'link':
        if (this.source[start] === '<') {
          // An autolink: its text is the URL itself.
          if (!node.url.startsWith('mailto:')) this.markers.push({ kind: 'link', start, end, label: node.url });
          return [];
        }
        this.markers.push({ kind: 'link', start, end, label: node.url });
        return into();
      case 'linkReference':
        this.markers.push({ kind: 'link', start, end, label: this.definitions.get(node.identifier) ?? node.label ?? node.identifier });
        return into();
      case 'footnoteReference':
        this.markers.push({ kind: 'footnote', start, end, label: node.label ?? node.identifier });
        return [];
      case 'footnoteDefinition':
        // Its text is references, not claims: only directives inside it count.
        this.footnoteDefinitions.push({ label: node.label ?? node.identifier, start });
        this.directives.push(...findHtmlDirectives(this.source, start, end));
        return [];
      case 'html':
        this.directives.push(...findHtmlDirectives(this.source, start, end));
        return [];
      case 'root':
      case 'list':
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'table':
      case 'tableRow':
        return into();
      case 'tableCell':
        this.blocks.push({ kind: 'table-cell', start, end });
        return into();
      default:
        // code, inlineCode, yaml, toml, image, imageReference, definition, break, thematicBreak, …
        return [];
    }
  }

  /** Copies a text node, leaving out the backslash of escapes such as `\*`. */
  private keepText(start: number, end: number): void {
    this.buffer.keep(start, end);
    for (let i = start; i < end - 1; i++) {
      if (this.source[i] === '\\' && ASCII_PUNCTUATION.test(this.source[i + 1])) {
        this.buffer.blank(i, i + 1);
        i++;
      }
    }
  }

  private blankTableMarkup(start: number, end: number): void {
    for (const span of pipeTableMarkup(this.source, start, end)) this.buffer.blank(span.start, span.end);
  }

  /**
   * Text nodes of a quoted paragraph span its continuation lines, `>` markers
   * included: blank the leading `>` run of every line after the first.
   */
  private blankQuoteMarkers(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      if (!isLineBreak(this.source.charCodeAt(i))) continue;
      let j = i + 1;
      if (this.source[i] === '\r' && this.source[j] === '\n') j++;
      let lastMarker = -1;
      for (let k = j; k < end; k++) {
        const ch = this.source[k];
        if (ch === '>') lastMarker = k;
        else if (ch !== ' ' && ch !== '\t') break;
      }
      if (lastMarker >= 0) this.buffer.blank(j, lastMarker + 1);
      i = j - 1;
    }
  }
}

// ---- Quarto / R Markdown --------------------------------------------------------

const MAX_ATTRIBUTE_BLOCK = 200;

/** Shortcodes `{{< ... >}}` and attribute blocks `{#id .class}` are markup. */
function maskQuartoSyntax(prose: string, buffer: ProseBuffer): void {
  for (let at = prose.indexOf('{{<'); at >= 0; at = prose.indexOf('{{<', at + 3)) {
    // Shortcodes sit on one line; an unclosed one is markup to the end of it.
    const eol = endOfLine(prose, at);
    const close = prose.slice(at, eol).indexOf('>}}');
    buffer.blank(at, close >= 0 ? at + close + 3 : eol);
  }
  for (let at = prose.indexOf('{'); at >= 0; at = prose.indexOf('{', at + 1)) {
    const next = prose[at + 1];
    if (next !== '#' && next !== '.') continue;
    const limit = Math.min(prose.length, at + MAX_ATTRIBUTE_BLOCK);
    for (let i = at + 1; i < limit && !isLineBreak(prose.charCodeAt(i)); i++) {
      if (prose[i] === '}') {
        buffer.blank(at, i + 1);
        break;
      }
    }
  }
}

/** A MyST directive's option, on the lines after its opening fence: `:class: tip`, `:name: fig-cycle`. */
const DIRECTIVE_OPTION = /^[ \t]*:[A-Za-z][\w-]*:(?=[ \t]|$)/;

/**
 * Markup in any Markdown: the div fences of Pandoc, Quarto and MyST (`::: {.callout-note}`, `:::{note}`, with an
 * admonition's title on the fence line) and the options of a MyST directive after its opening fence; and MyST's comment
 * lines (`% …`), which a line of prose never starts with.
 */
function maskDivFences(prose: string, buffer: ProseBuffer): void {
  for (let at = prose.indexOf(':::'); at >= 0; at = prose.indexOf(':::', at + 1)) {
    let before = at - 1;
    while (before >= 0 && (prose[before] === ' ' || prose[before] === '\t')) before--;
    if (before >= 0 && !isLineBreak(prose.charCodeAt(before))) continue;
    let eol = endOfLine(prose, at);
    const opens = /[^:\s]/.test(prose.slice(at, eol));
    buffer.blank(at, eol);
    while (opens && eol < prose.length) {
      const next = eol + 1;
      const end = endOfLine(prose, next);
      if (!DIRECTIVE_OPTION.test(prose.slice(next, end))) break;
      buffer.blank(next, end);
      eol = end;
    }
    at = eol;
  }
  for (let at = prose.indexOf('%'); at >= 0; at = prose.indexOf('%', at + 1)) {
    if (at > 0 && !isLineBreak(prose.charCodeAt(at - 1))) continue;
    const after = prose.charCodeAt(at + 1);
    if (at + 1 < prose.length && after !== 0x20 && after !== 0x09 && !isLineBreak(after)) continue;
    // ("rose by 40\n% in 2020": a figure's sign wrapped onto the next line of its paragraph)
    let before = at - 1;
    if (prose[before] === '\n' && prose[before - 1] === '\r') before--;
    before--;
    while (before >= 0 && (prose[before] === ' ' || prose[before] === '\t')) before--;
    if (before >= 0 && prose.charCodeAt(before) >= 0x30 && prose.charCodeAt(before) <= 0x39) continue;
    const eol = endOfLine(prose, at);
    buffer.blank(at, eol);
    at = eol;
  }
}
