// Markdown, Quarto and R Markdown through a real CommonMark parser. Only the
// text of paragraphs, headings, list items, blockquotes, link text and emphasis
// is copied into the prose; everything else stays blank.
import type { Nodes, Parents, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import type { Block, BlockKind, Directive, EvidenceMarker, LanguageId, ProseDoc } from '../types';
import { isLineBreak, ProseBuffer } from './buffer';
import { findHtmlDirectives } from './directives';
import { findRawUrls, findTextualMarkers } from './markers';

const FRONTMATTER_KINDS = ['yaml', 'toml'] as const;
const ASCII_PUNCTUATION = /[!-\/:-@\[-`{-~]/;

type MarkdownFamily = Extract<LanguageId, 'markdown' | 'quarto' | 'rmarkdown'>;

export function extractMarkdown(source: string, languageId: MarkdownFamily): ProseDoc {
  const tree = fromMarkdown(source, {
    extensions: [frontmatter([...FRONTMATTER_KINDS]), gfmFootnote()],
    mdastExtensions: [frontmatterFromMarkdown([...FRONTMATTER_KINDS]), gfmFootnoteFromMarkdown()],
  });
  const walk = new TreeWalk(source, tree);
  walk.run();

  const buffer = walk.buffer;
  if (languageId !== 'markdown') maskQuartoSyntax(buffer.toString(), buffer);
  const structuralLinks = walk.markers.filter((m) => m.kind === 'link');
  const urls = findRawUrls(buffer.toString());
  for (const url of urls) buffer.blank(url.start, url.end);
  const citations = findPandocCitations(buffer.toString());
  for (const citation of citations) buffer.blank(citation.start, citation.end);
  const newUrls = urls.filter((url) => !structuralLinks.some((link) => link.start <= url.start && url.end <= link.end));
  const prose = buffer.toString();

  const hasBracketCitation = citations.some((c) => source[c.start] === '[');
  const hasFootnotes = walk.footnoteLabels.length > 0 || walk.markers.some((m) => m.kind === 'footnote');
  return {
    source,
    prose,
    languageId,
    blocks: walk.blocks,
    markers: [...walk.markers, ...citations, ...newUrls, ...findTextualMarkers(prose)].sort((a, b) => a.start - b.start),
    directives: walk.directives,
    citationStyle: hasBracketCitation ? 'pandoc' : hasFootnotes ? 'footnote' : 'none',
    footnoteLabels: walk.footnoteLabels,
  };
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
  readonly footnoteLabels: string[] = [];
  private readonly definitions = new Map<string, string>();
  private readonly quotes: Array<{ start: number; end: number }> = [];

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
  }

  /** Handles one node and returns the children to visit, in order. */
  private visit({ node, paragraphKind }: Frame): Frame[] {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const into = (kind: BlockKind = paragraphKind): Frame[] =>
      'children' in node ? (node as Parents).children.map((child) => ({ node: child as Nodes, paragraphKind: kind })) : [];
    if (start === undefined || end === undefined) return into();

    switch (node.type) {
      case 'text':
        this.keepText(start, end);
        return [];
      case 'paragraph':
        this.blocks.push({ kind: paragraphKind, start, end });
        return into();
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
        this.footnoteLabels.push(node.label ?? node.identifier);
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

// ---- Pandoc citations ---------------------------------------------------------

const CITATION_KEY_START = /[\p{L}\p{N}_]/u;
const CITATION_KEY_INNER = /[\p{L}\p{N}_:.#$%&\-+?<>~\/]/u;
const MAX_BRACKET_CITATION = 400;
/** Quarto/pandoc-crossref references (@fig-gdp, @tbl:costs) point inside the document, not to a source. */
const CROSS_REFERENCE = /^(?:fig|tbl|sec|eq|lst|thm|lem|cor|prp|cnj|def|exm|exr)[-:]/;

/**
 * `[@key]`, `[@a; @b, p. 4]`, `[see @key]` and bare `@key` (not e-mail addresses).
 * Label: the keys, comma-separated.
 */
export function findPandocCitations(prose: string): EvidenceMarker[] {
  const citations: EvidenceMarker[] = [];
  let bracketOpen = -1;
  let bracketKeys: string[] = [];
  for (let i = 0; i < prose.length; i++) {
    const ch = prose[i];
    if (ch === '[') {
      bracketOpen = i;
      bracketKeys = [];
    } else if (ch === ']') {
      if (bracketOpen >= 0 && bracketKeys.length > 0) {
        // Bare citations already recorded inside this bracket become one bracketed citation.
        while (citations.length > 0 && citations[citations.length - 1].start > bracketOpen) citations.pop();
        citations.push({ kind: 'citation', start: bracketOpen, end: i + 1, label: bracketKeys.join(', ') });
      }
      bracketOpen = -1;
    } else if (ch === '\n' && bracketOpen >= 0 && i - bracketOpen > MAX_BRACKET_CITATION) {
      bracketOpen = -1;
    } else if (ch === '@' && isCitationBoundary(prose, i)) {
      const keyEnd = citationKeyEnd(prose, i + 1);
      if (keyEnd <= i + 1) continue;
      const key = prose.slice(i + 1, keyEnd);
      const start = i > 0 && prose[i - 1] === '-' ? i - 1 : i;
      if (!CROSS_REFERENCE.test(key)) {
        citations.push({ kind: 'citation', start, end: keyEnd, label: key });
        if (bracketOpen >= 0) bracketKeys.push(key);
      }
      i = keyEnd - 1;
    }
  }
  return citations;
}

function isCitationBoundary(prose: string, at: number): boolean {
  if (at === 0) return true;
  const before = prose[at - 1];
  return before === '[' || before === '-' || before === ';' || before === '(' || /\s/.test(before);
}

/** End of a key starting at `from`: internal punctuation is allowed, trailing punctuation is not. */
function citationKeyEnd(prose: string, from: number): number {
  if (prose[from] === '{') {
    const close = prose.indexOf('}', from);
    return close > from && close - from < 200 ? close + 1 : from;
  }
  if (!CITATION_KEY_START.test(prose[from] ?? '')) return from;
  let end = from + 1;
  let i = from + 1;
  while (i < prose.length && CITATION_KEY_INNER.test(prose[i])) {
    i++;
    if (CITATION_KEY_START.test(prose[i - 1])) end = i;
  }
  return end;
}

// ---- Quarto / R Markdown --------------------------------------------------------

const MAX_ATTRIBUTE_BLOCK = 200;

/** Shortcodes `{{< ... >}}`, attribute blocks `{#id .class}` and `:::` div fences are markup. */
function maskQuartoSyntax(prose: string, buffer: ProseBuffer): void {
  for (let at = prose.indexOf('{{<'); at >= 0; at = prose.indexOf('{{<', at)) {
    const close = prose.indexOf('>}}', at + 3);
    const end = close >= 0 ? close + 3 : endOfLineIn(prose, at);
    buffer.blank(at, end);
    if (close < 0) break; // no closer anywhere after this one either
    at = end;
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
  for (let at = prose.indexOf(':::'); at >= 0; at = prose.indexOf(':::', at + 1)) {
    let before = at - 1;
    while (before >= 0 && (prose[before] === ' ' || prose[before] === '\t')) before--;
    if (before >= 0 && !isLineBreak(prose.charCodeAt(before))) continue;
    const eol = endOfLineIn(prose, at);
    buffer.blank(at, eol);
    at = eol;
  }
}

function endOfLineIn(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isLineBreak(text.charCodeAt(i))) return i;
  return text.length;
}
