// What a unit of text is besides running prose (annotation guide, "Units"), decided from the
// prose itself in any source language: paragraphs that are captions ("Source: …", "Notes: …",
// "Table 2. …"), table rows written with pipes but no delimiter row, short fragments without a
// sentence end (titles, bylines, dates), metadata lines, bibliography entries, endnotes, link
// lists, checklist items, gerund list items, italic notes, the paragraph after "He wrote:", and
// the text of References and Acknowledgements sections (sentences that are someone else's words or
// in another language: reported.ts). The rules are for the writer's own English prose: these get no
// finding. Every test reads a bounded part of the text once.
import type { Block, BlockKind, EvidenceMarker, Span } from '../types';
import { madeOnFirstUse } from '../text-shape';
import { isLetterOrDigit, isSpace, type TextChange } from './buffer';
import { isForeignLanguage } from './reported';

/** Block kinds that are never running prose. */
export const NON_PROSE_BLOCKS: ReadonlySet<BlockKind> = new Set<BlockKind>([
  'heading',
  'caption',
  'table-cell',
  'quote',
  'fragment',
  'reference',
  'question',
  'proposal',
  'front',
]);

/** "Source:", "Sources:", "Note:", "Notes:", "Data:", "Source and notes:", "Sources: …" at the start of a paragraph. */
const CAPTION_LEAD =
  /^(?::\s|[*_]{0,3}(?:table|figure|chart|graph|map|exhibit|infographic)\s*:|[*_]{0,3}(?:sources?|notes?|data(?: sources?)?|sources? and notes?|notes? and sources?|source data|credits?|photo|image|illustration)\s*:)/i;
/** "Table 2.", "Figure 1:", "Fig. 3 —", "Chart 4", "Exhibit A1." — a caption's label; "Table 2 shows …" is prose. */
const CAPTION_LABEL =
  /^[*_]{0,3}(?:table|figure|fig\.|chart|exhibit|graph|map|box|panel|plate|diagram|infographic)\s+[A-Z]?\d+(?:[.\-–]\d+)*[a-z]?(?:\s*(?:[.:|—–-]\s|[.:]?$))/i;
/** "Read more: …", "See also: …", "Further reading: …": a list of links to read. */
const LINK_LIST_LEAD =
  /^[*_]{0,3}(?:read more|see also|related|further reading|more on this|related reading|related articles?|useful links|links)\s*:/i;
/** "Author(s): …", "Publication Date: …", "Topics: …": a line of metadata (one to four words and a colon, then a value). */
const METADATA_LINE = /^[*_|\s]*[A-Z][\w()./'’\-]*(?:\s+[\w()./'’\-]+){0,3}\s*[*_]*:[*_]*(?:\s|$)/;

// paragraphKind reads CAPTION_LEAD and LINK_LIST_LEAD only on a lead that holds a colon, and
// CAPTION_LABEL only where a number follows the first word (labelHasNumber): keep that true of them.

/** How much of a paragraph the caption tests read. */
const LEAD_LENGTH = 80;
/** A fragment longer than this many words is read as prose even without a sentence end. */
const MAX_FRAGMENT_WORDS = 25;

/**
 * The blocks with the kinds their text shows (paragraphs and list items only; other blocks are
 * returned as they are). A pure function of the chunk's prose, markers and source and of what the
 * chunk's context says (a lead-in before it, the section it opens in): a chunk gives the same
 * answer alone or in its document.
 */
export function refineBlocks(
  prose: string,
  blocks: readonly Block[],
  markers: readonly EvidenceMarker[] = [],
  markdownSource?: string,
  afterLeadIn = false,
  /** The kind the sections give their text (references, acknowledgements), from `at` on, sorted; offsets in the prose. */
  sections: readonly SectionStart[] = [],
  /** The chunk before ends with a lead-in that gives a source: the list the chunk opens with shares it. */
  afterSourcedLeadIn = false,
  /** The chunk before ends with a checklist's heading or lead-in: the list the chunk opens with holds its tests. */
  afterChecklistLeadIn = false,
  /** The chunk before ends with the writer's lead-in to a list she proposes: the list the chunk opens with holds it. */
  afterProposalLeadIn = false,
): Block[] {
  let refined: Block[] | undefined;
  const notes = markers.filter((marker) => marker.kind === 'footnote' || marker.kind === 'numeric').sort((a, b) => a.start - b.start);
  const links = markers.filter((marker) => marker.kind === 'link').sort((a, b) => a.start - b.start);
  for (let i = 0; i < blocks.length; i++) {
    // A block may end past the chunk's last character (a line end the chunk does not hold): read up to it.
    const block = blocks[i].end > prose.length ? { ...blocks[i], end: prose.length } : blocks[i];
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') continue;
    const section = sectionKindAt(sections, block.start);
    if (section) {
      refined ??= blocks.slice();
      refined[i] = { ...block, kind: section };
      continue;
    }
    const previous = i > 0 ? blocks[i - 1] : undefined;
    // (the previous block as read: a quoted passage in another language is followed by its translation)
    const previousKind = i > 0 ? (refined ?? blocks)[i - 1].kind : undefined;
    if (
      block.kind === 'paragraph' &&
      (previous
        ? previous.end <= block.start &&
          ((previous.kind === 'paragraph' && endsWithQuoteLeadIn(prose, previous.start, previous.end)) ||
            (previousKind === 'quote' && isForeignLanguage(prose.slice(previous.start, previous.end))))
        : afterLeadIn)
    ) {
      refined ??= blocks.slice();
      refined[i] = { ...block, kind: 'quote' };
      continue;
    }
    const kind =
      startsWithNote(prose, block, notes[firstAtOrAfter(notes, block.start)]) ||
      isLinkList(prose, block, links, firstAtOrAfter(links, block.start))
        ? 'reference'
        : markdownSource !== undefined && block.kind === 'paragraph' && isWhollyItalic(markdownSource, block.start, block.end)
          ? 'quote'
          : markdownSource !== undefined && block.kind === 'paragraph' && opensWithImage(markdownSource, block.start, block.end)
            ? 'caption'
            : block.kind === 'paragraph'
              ? paragraphKind(prose, block.start, block.end)
              : listItemKind(prose, block.start, block.end, markdownSource);
    if (kind === block.kind) continue;
    refined ??= blocks.slice();
    refined[i] = { ...block, kind };
  }
  return markLeadInLists(
    prose,
    markSourcedLists(prose, refined ?? (blocks as Block[]), markers, afterSourcedLeadIn),
    afterChecklistLeadIn,
    afterProposalLeadIn,
  );
}

/**
 * The items of a list under a checklist's heading or lead-in ("## Checklist", "Before fieldwork starts, make sure that:",
 * "Criteria for a credible plan") are tests, not assertions (the guide's 'question' units), whatever their mood; the
 * items of a list under the writer's own proposal ("I therefore propose to the Congress:", "We recommend:") are what she
 * proposes ("a new tax credit of up to $150 for homeowners who insulate;"), whose figures the proposal sets.
 */
function markLeadInLists(prose: string, blocks: Block[], afterChecklistLeadIn: boolean, afterProposalLeadIn: boolean): Block[] {
  let marked: Block[] | undefined;
  let checklist = afterChecklistLeadIn;
  let proposal = afterProposalLeadIn;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const item = block.kind === 'list-item' || (block.kind === 'paragraph' && opensWithListMark(prose, block));
    if (item && checklist) {
      marked ??= blocks.slice();
      marked[i] = { ...block, kind: 'question' };
      continue;
    }
    // (plain text keeps no list marks: a line after the lead-in's colon, or after an item's semicolon, that goes on
    // the lead-in's sentence in lower case is an item)
    // (an item that goes on past its first sentence argues for the proposal: "**Work across borders.** Most of the
    // networks I studied had members in several countries" holds a claim about the world)
    if (proposal && (item || (block.kind === 'paragraph' && continuesLeadIn(prose, block))) && !goesOnPastASentence(prose, block)) {
      marked ??= blocks.slice();
      marked[i] = { ...block, kind: 'proposal' };
      proposal = item || endsWith(prose, block, ';');
      continue;
    }
    if (item) continue;
    // (a bold line is a fragment once its marks are blanked)
    checklist =
      (block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'fragment') &&
      opensChecklist(prose, block.start, block.end, block.kind === 'heading');
    proposal = block.kind === 'paragraph' && opensProposalList(prose, block.start, block.end);
  }
  return marked ?? blocks;
}

/** A sentence ends inside the block and another follows it. */
function goesOnPastASentence(prose: string, block: Block): boolean {
  return SENTENCE_THEN_MORE.test(prose.slice(block.start, Math.min(block.end, prose.length)).trimEnd());
}
const SENTENCE_THEN_MORE = /[.!?][*_"'\u201d\u2019)\]]*\s+\S/;

/** Where text[from, to) ends once the blanks at its end are left out. */
function trimmedEnd(text: string, from: number, to: number): number {
  let end = Math.min(to, text.length);
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The block's text, blanks at its end left out, ends with `mark`. */
function endsWith(prose: string, block: Block, mark: string): boolean {
  return prose[trimmedEnd(prose, block.start, block.end) - 1] === mark;
}

/** A paragraph that goes on a lead-in's sentence: it opens in lower case, or with a sum or a figure ("$600 million to …"). */
function continuesLeadIn(prose: string, block: Block): boolean {
  let k = block.start;
  while (k < block.end && isSpace(prose.charCodeAt(k))) k++;
  return /^(?:\p{Ll}|[$£€]\s?\d|\d)/u.test(prose.slice(k, k + 3));
}

/**
 * The writer proposing a list: "I therefore propose to the Congress:", "We recommend the following:", "I am asking the
 * Congress to enact:", "My budget provides:". Read on the lead-in's last sentence, which ends with a colon.
 */
const PROPOSAL_LEAD =
  /(?:^|[^\p{L}])(?:(?:I|[Ww]e)\s+(?:(?:therefore|also|now|again|hereby|respectfully|strongly|shall|will|would)\s+)*(?:propose|am proposing|are proposing|recommend|am recommending|are recommending|request|am requesting|are requesting|ask|am asking|are asking|urge|call for|seek)|(?:[Mm]y|[Oo]ur|[Tt]his)\s+(?:budget|plan|program|programme|package|proposals?|recommendations?|bill)\s+(?:includes?|provides?|proposes?|would|will)|[Oo]ur\s+recommendations?(?:\s+(?:are|is))?)(?![\p{L}])[^.!?]*:$/u;

function opensProposalList(text: string, from: number, to: number): boolean {
  const end = trimmedEnd(text, from, to);
  if (text[end - 1] !== ':') return false;
  return PROPOSAL_LEAD.test(text.slice(Math.max(from, end - LEAD_LENGTH * 2), end));
}

/** The source text of a chunk ends with the writer's lead-in to a list she proposes (see PROPOSAL_LEAD). */
export function endsWithProposalLeadIn(text: string, from: number, to: number): boolean {
  const end = trimmedEnd(text, from, to);
  // (before the line's start is looked for: most chunks are long paragraphs that end with a full stop)
  if (end === from || text[end - 1] !== ':') return false;
  const lineStart = Math.max(from, text.lastIndexOf('\n', end - 1) + 1);
  return opensProposalList(text, lineStart, end);
}

/** What opens a checklist: a heading, or a lead-in ending with a colon, that names one. */
const CHECKLIST_LEAD =
  /\b(?:check-?lists?|criteria|self-assessment|make sure(?: that)?|check that|ensure that|confirm that|questions? to (?:ask|consider)|key questions)\b/i;

function opensChecklist(text: string, from: number, to: number, heading: boolean): boolean {
  let end = Math.min(to, text.length);
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  const lineStart = Math.max(from, text.lastIndexOf('\n', end - 1) + 1, end - LEAD_LENGTH);
  // (a short line with no sentence end, as a bold line is once its marks are blanked, is a title)
  const title = heading || (end > lineStart && end - lineStart < LEAD_LENGTH && isLetterOrDigit(text[end - 1]));
  if (!title && text[end - 1] !== ':') return false;
  // (a lead-in is its last sentence, across the lines a hard-wrapped paragraph breaks it into)
  const leadStart = title ? lineStart : Math.max(from, end - LEAD_LENGTH, lastSentenceStart(text, from, end));
  return CHECKLIST_LEAD.test(text.slice(leadStart, end).replace(/\s+/g, ' '));
}

/** Where the last sentence of text[from, end) starts: after the last ". ", "! " or "? " before end. */
function lastSentenceStart(text: string, from: number, end: number): number {
  for (let k = end - 2; k > from; k--) if (/[.!?]/.test(text[k]) && isSpace(text.charCodeAt(k + 1))) return k + 2;
  return from;
}

/**
 * The source text of a chunk ends with a checklist's heading (a Markdown heading, a bold line, a LaTeX sectioning command)
 * or lead-in (a last line ending with a colon). Read from the text, before the chunk is analysed.
 */
export function endsWithChecklistLeadIn(text: string, from: number, to: number): boolean {
  const end = trimmedEnd(text, from, to);
  if (end === from) return false;
  // (a last line longer than any heading is no heading: a chunk is mostly one long paragraph, not scanned back to its start
  // on every keystroke)
  const lineStart = lineStartWithin(text, from, end, HEADING_LINE_MAX);
  const heading = lineStart >= 0 && HEADING_START.test(text.slice(lineStart, Math.min(end, lineStart + 40)));
  if (heading) return opensChecklist(text, lineStart, end, true);
  return text[end - 1] === ':' && opensChecklist(text, Math.max(from, lastSentenceStart(text, from, end)), end, false);
}

/** The opening of a heading's line: Markdown's hashes or bold, LaTeX's sectioning command. */
const HEADING_START = /^ {0,3}(?:#{1,6}\s|\*\*|__|\\(?:sub)*section\*?\{)/;

/** The longest line read as a heading. */
const HEADING_LINE_MAX = 300;

/** Where the line that ends at `end` starts, if it starts within `max` characters before it (and at or after `from`); else -1. */
function lineStartWithin(text: string, from: number, end: number, max: number): number {
  const floor = Math.max(from, end - max);
  // (forward with the native search: a character loop back over each chunk's tail cost more than the scan it saves)
  let start = floor === from ? from : -1;
  for (let k = text.indexOf('\n', floor); k !== -1 && k < end; k = text.indexOf('\n', k + 1)) start = k + 1;
  return start;
}

/**
 * List items under a lead-in that gives a source share it: the lead-in is the paragraph before the list, ending with a
 * colon and holding a citation, a link or "according to"; or, for a list the chunk opens with, the chunk before's.
 */
function markSourcedLists(prose: string, blocks: Block[], markers: readonly EvidenceMarker[], afterSourcedLeadIn: boolean): Block[] {
  let marked: Block[] | undefined;
  let sourced = afterSourcedLeadIn;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    // (plain text has no list blocks: a paragraph of numbered or bulleted lines is the list)
    if (block.kind !== 'list-item' && !(block.kind === 'paragraph' && opensWithListMark(prose, block))) {
      sourced = block.kind === 'paragraph' && paragraphLeadsInWithSource(prose, block, markers);
      continue;
    }
    if (!sourced) continue;
    marked ??= blocks.slice();
    marked[i] = { ...block, sharesSource: true };
  }
  return marked ?? blocks;
}

/** "1. …", "2) …", "- …", "• …" at the start of the block. */
function opensWithListMark(prose: string, block: Block): boolean {
  return listMarkAt(prose, block.start, block.end);
}

/** The text from `start` opens, after blanks, with a list mark: "1. …", "2) …", "- …", "• …". */
export function listMarkAt(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  return LIST_MARK.test(text.slice(k, Math.min(end, k + 5)));
}

const LIST_MARK = /^(?:\d{1,2}[.)]|[-*•])\s/;

function paragraphLeadsInWithSource(prose: string, block: Block, markers: readonly EvidenceMarker[]): boolean {
  let end = Math.min(block.end, prose.length);
  while (end > block.start && isSpace(prose.charCodeAt(end - 1))) end--;
  if (prose[end - 1] !== ':') return false;
  for (const m of markers) if (m.start >= block.start && m.start < end && m.kind !== 'own-data') return true;
  return prose
    .slice(Math.max(block.start, end - LEAD_IN_WINDOW), end)
    .toLowerCase()
    .includes('according to');
}

/**
 * The source text of a chunk ends with a lead-in that gives a source: a last line ending with a colon that holds a link,
 * a keyed or author–year citation, a footnote mark or "according to". Read from the text, before the chunk is analysed.
 */
export function endsWithSourcedLeadIn(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (text[end - 1] !== ':') return false;
  const lineStart = Math.max(from, text.lastIndexOf('\n', end - 1) + 1, end - LEAD_IN_WINDOW);
  return SOURCE_IN_LEAD_IN.test(text.slice(lineStart, end));
}

const SOURCE_IN_LEAD_IN =
  /according to|\]\((?:https?:|www\.)|\[@|\[\^|\\(?:cite|citep|citet|textcite|autocite|footnote)\b|\([A-Z][^()]{0,60}(?:1[89]|20)\d\d[a-z]?\)/i;

function paragraphKind(prose: string, start: number, end: number): BlockKind {
  let from = start;
  while (from < end && isSpace(prose.charCodeAt(from))) from++;
  let to = end;
  while (to > from && isSpace(prose.charCodeAt(to - 1))) to--;
  if (from >= to) return 'paragraph';
  // Each pattern runs only on a paragraph that has what every match of it needs (a cold run compiles
  // each regex it meets, twice: most documents then compile none of these).
  const leadEnd = Math.min(to, from + LEAD_LENGTH);
  const colon = holdsColon(prose, from, leadEnd);
  if (colon || labelHasNumber(prose, from, leadEnd)) {
    const lead = prose.slice(from, leadEnd);
    if ((colon && CAPTION_LEAD.test(lead)) || CAPTION_LABEL.test(lead)) return 'caption';
    if (colon && LINK_LIST_LEAD.test(lead)) return 'reference';
  }
  if (isMetadata(prose, from, to)) return 'fragment';
  if (isCapitalsLine(prose, from, to)) return 'heading';
  if (isReferenceEntry(prose, from, to)) return 'reference';
  if (isPipeTable(prose, from, to)) return 'table-cell';
  if (isFragment(prose, from, to)) return 'fragment';
  return 'paragraph';
}

/**
 * A paragraph of one line in capitals ("VESSARA FLOODS: HARBOURLINE RELIEF APPEALS FOR $14 MILLION"): a press release's or
 * a transcript's headline, not a sentence, whatever its length. Read by character code (a cold run compiles no regex here).
 */
function isCapitalsLine(prose: string, from: number, to: number): boolean {
  let capitals = 0;
  for (let k = from; k < to; k++) {
    const code = prose.charCodeAt(k);
    // (a heading and its sub-heading run together, "1. A GROWING ECONOMY / BASIC POLICIES", are lines of capitals too)
    if (code >= 0x61 && code <= 0x7a) return false; // a lower-case letter
    if (code >= 0x80 && prose[k] !== prose[k].toUpperCase()) return false;
    if (code >= 0x41 && code <= 0x5a) capitals++;
  }
  return capitals >= 12;
}

/**
 * An endnote or a numbered reference entry: the block opens with a note or reference mark
 * ("[12] Samson, L. …", "^3^ Statistics Canada …", "<sup>4</sup> …") before any word of its own.
 */
function startsWithNote(prose: string, block: Block, marker: EvidenceMarker | undefined): boolean {
  if (!marker || (marker.kind !== 'footnote' && marker.kind !== 'numeric') || marker.start >= block.end) return false;
  for (let k = block.start; k < marker.start; k++) if (isLetterOrDigit(prose[k])) return false;
  return true;
}

/**
 * A Markdown paragraph set wholly in italics (`*…*` or `_…_`, not bold) stands apart from the
 * running text: a note, a credit, a byline or a displayed sample text the writer reproduces.
 */
/** "![A cafe worker](cafe.jpg)" with its caption on the lines after it, in one paragraph: the words describe the picture. */
function opensWithImage(source: string, start: number, end: number): boolean {
  let from = start;
  while (from < end && isSpace(source.charCodeAt(from))) from++;
  return source.startsWith('![', from);
}

function isWhollyItalic(source: string, start: number, end: number): boolean {
  let from = start;
  while (from < end && isSpace(source.charCodeAt(from))) from++;
  let to = end;
  while (to > from && isSpace(source.charCodeAt(to - 1))) to--;
  const mark = source[from];
  if ((mark !== '*' && mark !== '_') || to - from < 3) return false;
  if (source[from + 1] === mark || source[to - 1] !== mark || source[to - 2] === mark || isSpace(source.charCodeAt(from + 1))) return false;
  // Closed only at the end: the same mark followed by a space or a word inside would close it earlier.
  for (let k = from + 1; k < to - 1; k++) {
    if (source[k] === mark && source[k - 1] !== '\\' && !isSpace(source.charCodeAt(k - 1)) && !isLetterOrDigit(source[k + 1])) return false;
  }
  return true;
}

// ---- Sections whose text is not prose ------------------------------------------------------

export interface SectionStart {
  at: number;
  /** Undefined: an ordinary section, prose again. */
  kind: BlockKind | undefined;
}

const REFERENCE_SECTION =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:references?|bibliography|works cited|literature cited|sources|sources and notes|endnotes|notes|footnotes|citations|further reading|reference list)\s*:?$/i;
const FRONT_SECTION =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:acknowledge?ments?|about the authors?|about this (?:report|paper|brief)|authors?|author (?:information|contributions|notes?)|contributors|disclosure(?: statement)?|disclaimer|conflicts? of interest|competing interests|declaration of interests?|funding(?: statement)?|copyright|licen[cs]e|citation|how to cite(?: this (?:report|paper|brief))?|suggested citation)\s*:?$/i;
/** ATX headings and lines wholly in bold, in Markdown. */
const MARKDOWN_HEADING = /^ {0,3}(?:#{1,6}[ \t]+([^\n]*?)[ \t#]*|\*\*([^*\n]{3,60})\*\*[ \t]*|__([^_\n]{3,60})__[ \t]*)\r?$/g;
const LATEX_HEADING = /^\\(?:part|chapter|section|subsection|subsubsection)\*?(?:\[[^\]\n]*\])?\{([^}\n]*)\}/g;
/** In plain text only a line that is a references or front title opens such a section (nothing marks its end but the next one). */
const PLAIN_TITLE_LINE = /^[ \t]*([A-Za-z][A-Za-z :]{2,40})[ \t]*\r?$/g;

const MAX_TITLE_LINE = 200;
/** A plain-text title line is short (the longest title above, with some indent). */
const MAX_PLAIN_TITLE_LINE = 48;

/** The starts of the sections of a document, with the kind their text has (only references and front matter differ from prose). */
export function findSections(
  source: string,
  family: 'markdown' | 'latex' | 'plaintext',
  change: TextChange | undefined = undefined,
): SectionStart[] {
  const sections: SectionStart[] = [];
  for (const title of titlesKept(source, family, change)) {
    // A bold line or a plain line opens such a section but ends none; a heading ends any.
    if (title.kind !== undefined || (title.heading && sections.length > 0 && sections[sections.length - 1].kind !== undefined))
      sections.push({ at: title.at, kind: title.kind });
  }
  return source.includes(':::') ? withFigureDivCaptions(source, sections) : sections;
}

/** A heading, or a line that names a references or front-matter section. Read from its own line (LaTeX: its command) alone. */
interface Title {
  at: number;
  kind: BlockKind | undefined;
  heading: boolean;
}

/** The last document whose titles were read: the next call is most often the same document a keystroke later. */
let lastTitles: { source: string; family: string; titles: Title[] } | undefined;

/**
 * The document's titles, those of the lines (LaTeX: commands) an edit did not touch kept from the last call (`change`
 * tells from which text, see chunkDocument): reading every line of a long document on every keystroke was most of
 * the structure pass's cost.
 */
function titlesKept(source: string, family: 'markdown' | 'latex' | 'plaintext', change: TextChange | undefined): Title[] {
  const last = lastTitles;
  let titles: Title[];
  if (last === undefined || change === undefined || last.source !== change.before || last.family !== family) {
    titles = readTitles(source, family, 0, source.length);
  } else {
    const { prefix, suffix } = change;
    // Read again: the titles starting from the line of the first change (a LaTeX command reads up to MAX_TITLE_LINE
    // characters) to the end of the last change; a line starting after it, and the character before it, did not change.
    const from = family === 'latex' ? Math.max(0, prefix - MAX_TITLE_LINE) : source.lastIndexOf('\n', prefix - 1) + 1;
    const to = family === 'latex' ? source.length - suffix : source.length - suffix + 1;
    const shift = source.length - last.source.length;
    titles = [
      ...last.titles.filter((title) => title.at < from),
      ...readTitles(source, family, from, to),
      ...last.titles.filter((title) => title.at + shift >= to).map((title) => ({ ...title, at: title.at + shift })),
    ];
  }
  lastTitles = { source, family, titles };
  return titles;
}

/** The titles starting in source[from, to); `from` starts a line (Markdown, plain text). */
function readTitles(source: string, family: 'markdown' | 'latex' | 'plaintext', from: number, to: number): Title[] {
  const titles: Title[] = [];
  const add = (at: number, title: string, heading: boolean) => {
    const clean = title.replace(/[*_`]/g, '').trim();
    const kind: BlockKind | undefined = !mayNameSection(clean)
      ? undefined
      : REFERENCE_SECTION.test(clean)
        ? 'reference'
        : FRONT_SECTION.test(clean)
          ? 'front'
          : undefined;
    // (a bold line that names no such section neither opens nor ends one)
    if (kind !== undefined || heading) titles.push({ at, kind, heading });
  };
  if (family === 'latex') {
    for (let at = source.indexOf('section', from); at >= 0 && at < to + MAX_SECTIONING_PREFIX; at = source.indexOf('section', at + 7)) {
      let start = at - 1;
      while (start >= 0 && source[start] === 'b' && source.startsWith('sub', start - 2)) start -= 3;
      if (source[start] !== '\\' || start < from || start >= to) continue;
      LATEX_HEADING.lastIndex = 0;
      const m = LATEX_HEADING.exec(source.slice(start, start + MAX_TITLE_LINE));
      if (m) add(start, m[1], true);
    }
    return titles;
  }
  // Line by line: only a line whose first character can start a title is read further.
  for (let lineStart = from; lineStart < to && lineStart < source.length; ) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    if (lineEnd - lineStart <= (family === 'markdown' ? MAX_TITLE_LINE : MAX_PLAIN_TITLE_LINE)) {
      let first = lineStart;
      while (first < lineEnd && (source[first] === ' ' || source[first] === '\t')) first++;
      const ch = source[first];
      if (family === 'markdown' ? ch === '#' || ch === '*' || ch === '_' : ch !== undefined && isLetterOrDigit(ch)) {
        const pattern = family === 'markdown' ? MARKDOWN_HEADING : PLAIN_TITLE_LINE;
        pattern.lastIndex = 0;
        const m = pattern.exec(source.slice(lineStart, lineEnd));
        if (m) add(lineStart, m[1] ?? m[2] ?? m[3] ?? '', family === 'markdown' && m[1] !== undefined);
      }
    }
    lineStart = lineEnd + 1;
  }
  return titles;
}

/** "\\subsubsection": the most characters before "section" that a sectioning command's name has. */
const MAX_SECTIONING_PREFIX = '\\subsub'.length;

/** A Pandoc or Quarto div opening a figure or a table to cross-refer to: `::: {#fig-cycle}`, `:::: {#tbl-roles .striped}`. */
const FIGURE_DIV_OPEN = /^ {0,3}(:{3,})[ \t]*\{[ \t]*#(?:fig|tbl)-/;
/** A MyST figure or table directive, `:::{figure} ./cycle.png`: all it holds is caption and legend. */
const MYST_FIGURE_OPEN = /^ {0,3}(:{3,})\{(?:figure|figure-md|table|list-table|csv-table)\}/;
const DIV_FENCE = /^ {0,3}(:{3,})[ \t]*(\S?)/;

/**
 * The last paragraph inside a figure or table div is its caption (Quarto's and Pandoc's rule), and all a MyST
 * figure directive holds is caption and legend: a section of kind 'caption' from there to the closing fence,
 * then the kind before it again.
 */
function withFigureDivCaptions(source: string, sections: SectionStart[]): SectionStart[] {
  const captions: SectionStart[] = [];
  // The open divs as their fences' lengths and whether each is a figure's; a bare fence closes the innermost.
  // (`whole`: a MyST directive, captioned from its first line on; `lastParagraph`: where its caption starts)
  const open: Array<{ figure: boolean; whole: boolean; lastParagraph: number }> = [];
  let paragraphStart = -1;
  for (let lineStart = 0; lineStart < source.length; ) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    const fence = line.includes(':::') ? DIV_FENCE.exec(line) : null;
    if (fence && fence[2] !== '') {
      const myst = MYST_FIGURE_OPEN.test(line);
      open.push({ figure: myst || FIGURE_DIV_OPEN.test(line), whole: myst, lastParagraph: myst ? lineEnd + 1 : -1 });
      paragraphStart = -1;
    } else if (fence && open.length > 0) {
      const div = open.pop();
      if (div?.figure && div.lastParagraph >= 0) {
        captions.push({ at: div.lastParagraph, kind: 'caption' }, { at: lineStart, kind: sectionKindAt(sections, lineStart) });
      }
      paragraphStart = -1;
    } else if (line.trim() === '') paragraphStart = -1;
    else if (paragraphStart < 0) {
      paragraphStart = lineStart;
      const div = open[open.length - 1];
      if (div && !div.whole) div.lastParagraph = lineStart;
    }
    lineStart = lineEnd + 1;
  }
  if (captions.length === 0) return sections;
  return [...sections, ...captions].sort((a, b) => a.at - b.at);
}

/**
 * How a title of REFERENCE_SECTION or FRONT_SECTION can start, after its numbering: each alternative's
 * leading letters, read from the patterns themselves ("reference" of "references?", "acknowledg" of
 * "acknowledge?ments?"). A title that starts with none of them is named by neither pattern, and a
 * document whose headings are all such titles compiles neither (~0.6 ms of a cold run). Where a
 * pattern does not have the shape read here, '' stands for it: every title is read by the patterns.
 */
const SECTION_TITLE_STARTS = [REFERENCE_SECTION, FRONT_SECTION].flatMap(leadingLetters);
const SECTION_NUMBERING = /^\d+(?:\.\d+)*\.?\s+/;

function leadingLetters(pattern: RegExp): string[] {
  const source = pattern.source;
  const group = source.indexOf(')?(?:'); // the alternatives, after the optional numbering
  if (!source.startsWith('^(?:') || group < 0) return [''];
  const alternatives: string[] = [];
  let depth = 0;
  let start = group + 5;
  let closed = false;
  for (let k = start; k < source.length && !closed; k++) {
    const ch = source[k];
    if (ch === '\\') k++;
    else if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if ((ch === ')' || ch === '|') && depth === 0) {
      alternatives.push(source.slice(start, k));
      start = k + 1;
      closed = ch === ')';
    }
  }
  if (!closed) return [''];
  return alternatives.map((alternative) => {
    let n = 0;
    while (n < alternative.length && ((alternative[n] >= 'a' && alternative[n] <= 'z') || alternative[n] === ' ')) n++;
    // A letter a quantifier makes optional is not part of every title ("references?").
    if (n > 0 && (alternative[n] === '?' || alternative[n] === '*' || alternative[n] === '{')) n--;
    return alternative.slice(0, n);
  });
}

/** Whether the title (numbered or not) starts as a references or front-matter title can (SECTION_TITLE_STARTS). */
function mayNameSection(title: string): boolean {
  const lower = title.toLowerCase();
  const numbering = SECTION_NUMBERING.exec(lower);
  const unnumbered = numbering ? lower.slice(numbering[0].length) : lower;
  return SECTION_TITLE_STARTS.some((start) => lower.startsWith(start) || unnumbered.startsWith(start));
}

function sectionKindAt(sections: readonly SectionStart[], at: number): BlockKind | undefined {
  let kind: BlockKind | undefined;
  for (let k = 0; k < sections.length && sections[k].at <= at; k++) kind = sections[k].kind;
  return kind;
}

/** Verbs that introduce someone else's words: "He wrote:", "the minister said:", "Ahmed continues:". */
const QUOTE_LEAD_VERBS = new Set([
  'says',
  'said',
  'say',
  'writes',
  'wrote',
  'write',
  'continues',
  'continued',
  'adds',
  'added',
  'explains',
  'explained',
  'notes',
  'noted',
  'argues',
  'argued',
  'comments',
  'commented',
  'tweeted',
  'tweets',
  'posted',
  'posts',
  'states',
  'stated',
  'asks',
  'asked',
  'wonders',
  'wondered',
  'concludes',
  'concluded',
  'replies',
  'replied',
  'responds',
  'responded',
  'reacts',
  'reacted',
  'declares',
  'declared',
  'tells',
  'told',
  'recalls',
  'recalled',
  'blogged',
  'blogs',
  'remarks',
  'remarked',
  'insists',
  'insisted',
  'warns',
  'warned',
  'puts',
  'put',
  'reads',
  'read',
  'testified',
  'quipped',
  'observes',
  'observed',
]);
/** Nouns that name someone else's text when a colon follows: "a translated excerpt from his post:", "She left this comment:". */
const QUOTE_LEAD_NOUNS = new Set([
  'excerpt',
  'excerpts',
  'extract',
  'extracts',
  'passage',
  'comment',
  'comments',
  'post',
  'tweet',
  'message',
  'statement',
  'translation',
  'testimony',
]);
const LEAD_IN_WINDOW = 1200;

/**
 * Whether text[from, to) ends with a lead-in to a quotation: a colon after a reporting verb or a noun naming a text among
 * its last four words, asides in brackets aside ("He [wrote](…) [Fr]:", "As the minister put it:", "She
 * wrote (translated by the author):"). The paragraph after it
 * is the quoted words.
 */
export function endsWithQuoteLeadIn(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (text[end - 1] !== ':' && !(text[end - 2] === ':' && (text[end - 1] === '*' || text[end - 1] === '_'))) return false;
  // Link targets, tags and markup out; what is left ends in words.
  // (link targets out before the tail is cut: a percent-encoded address can be longer than the tail itself)
  const tail = text
    .slice(Math.max(from, end - LEAD_IN_WINDOW), end)
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/\([^()]*\)/g, ' ') // "(translated by the author)", "(in French)": an aside between the verb and its colon
    .replace(/“[^”]*”|"[^"]*"|«[^»]*»/g, ' ') // "wrote a post titled “The Dam Is Dead”:": a title between them
    .replace(/\[[A-Za-z]{2}\]/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  // The last four words, read backwards.
  let k = tail.length;
  for (let n = 0; n < 4; n++) {
    while (k > 0 && !isLetterOrDigit(tail[k - 1])) k--;
    const wordEnd = k;
    while (k > 0 && (isLetterOrDigit(tail[k - 1]) || tail[k - 1] === "'" || tail[k - 1] === '’')) k--;
    if (k === wordEnd) return false;
    const word = tail.slice(k, wordEnd).toLowerCase();
    if (QUOTE_LEAD_VERBS.has(word) || QUOTE_LEAD_NOUNS.has(word)) return true;
  }
  return false;
}

/** A block whose words all stand in links ("[Annual report 2023](…)", a list of links, "Next page | Contents"): a link list. */
function isLinkList(prose: string, block: Block, links: readonly EvidenceMarker[], first: number): boolean {
  if (first >= links.length || links[first].start >= block.end) return false;
  let k = block.start;
  for (let l = first; l < links.length && links[l].start < block.end; l++) {
    for (; k < links[l].start; k++) if (isLetterOrDigit(prose[k])) return false;
    k = Math.max(k, links[l].end);
  }
  for (; k < block.end; k++) if (isLetterOrDigit(prose[k])) return false;
  return true;
}

/** Index of the first span starting at or after `at` in spans sorted by start. */
function firstAtOrAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A bibliography entry: "Smith, J. (2019).", "Smith, J. A., and Lee, K. 2020.", "OECD (2021). Title …".
 * Read only where it can match (isReferenceEntry): keep its two shapes a capitalised word and a comma,
 * or capitalised words and "(".
 */
const REFERENCE_ENTRY = madeOnFirstUse(
  () =>
    /^[*_]{0,2}(?:[A-Z][\p{L}'’\-]+,\s+(?:[A-Z]\.\s*(?:[A-Z]\.\s*)?|[A-Z][\p{L}'’\-]+,?\s+)(?:[^.()]{0,120}?)[(,.]?\s*(?:1[89]|20)\d{2}[a-z]?\)?[.,]|[A-Z][\p{L}&'’\-]+(?:\s+[A-Z][\p{L}&'’\-]+){0,5}\s+\((?:1[89]|20)\d{2}[a-z]?\)\.\s)/u,
);

/** A checklist item: "[ ] Keys are rotated", "[x] Code is reviewed". */
const CHECKLIST_ITEM = /^\[[ xX]\]\s/;

/** "Including children whose parents …", "Potentially sending …": a gerund phrase without a sentence end is an item, not a sentence. */
const GERUND_ITEM = /^[*_]{0,3}(?:[A-Z][a-z]+ly\s+[a-z]+ing|[A-Z][a-z]+ing)\s/;

/**
 * A list item that opens with its label and goes on as the label's description, not as a sentence of its
 * own: a bold term ("**Secured** when a legal requirement …"), or a short capitalised term and a colon or
 * a spaced dash ("Point of contact – usually …"), followed by a lower-case word. ("**Beds.** Occupancy
 * exceeds 94%" goes on with a sentence: an ordinary item, whose claims are claims.)
 */
const LABELLED_ITEM = madeOnFirstUse(
  () => /^(?:\*\*[^*\n]{1,60}\*\*|__[^_\n]{1,60}__|[A-Z][\p{L}'’()/-]*(?: [\p{L}'’()/-]+){0,5}(?=:| [-–—] ))[ \t]*(?:[:–—-][ \t]*)?\p{Ll}/u,
);

function listItemKind(prose: string, start: number, end: number, markdownSource?: string): BlockKind {
  let from = start;
  while (from < end && !isLetterOrDigit(prose[from]) && prose[from] !== '*' && prose[from] !== '_') from++;
  let to = end;
  while (to > from && isSpace(prose.charCodeAt(to - 1))) to--;
  if (from >= to) return 'list-item';
  let item = start;
  while (item < end && isSpace(prose.charCodeAt(item))) item++;
  if (CHECKLIST_ITEM.test(prose.slice(item, item + 4))) return 'question';
  // "1. A GROWING ECONOMY": a numbered heading in capitals
  if (isCapitalsLine(prose, from, to)) return 'heading';
  if (isReferenceEntry(prose, from, to)) return 'reference';
  if (GERUND_ITEM.test(prose.slice(from, Math.min(to, from + LEAD_LENGTH))) && isFragment(prose, from, to, Infinity)) return 'fragment';
  // The bold label's marks may be blanked in the prose: read them in the source.
  const text = markdownSource === undefined ? prose : markdownSource;
  let at = from;
  while (at > start && (text[at - 1] === '*' || text[at - 1] === '_')) at--;
  const lead = text.slice(at, Math.min(end, at + LEAD_LENGTH));
  // The pattern needs a bold or underlined label, or a capital and a colon or a spaced dash further on.
  const labelled =
    lead.startsWith('**') ||
    lead.startsWith('__') ||
    (isAsciiCapital(lead.charCodeAt(0)) && (lead.includes(':') || lead.includes(' -') || lead.includes(' –') || lead.includes(' —')));
  return labelled && LABELLED_ITEM().test(lead) ? 'entry' : 'list-item';
}

/** Whether the lead [from, end) holds a colon, which CAPTION_LEAD and LINK_LIST_LEAD both end with. */
function holdsColon(prose: string, from: number, end: number): boolean {
  const at = prose.indexOf(':', from);
  return at >= 0 && at < end;
}

/** CAPTION_LABEL's words ("table", "fig.", …), read from the pattern itself (its first group). */
const CAPTION_LABEL_WORDS = new Set(
  (/\(\?:([^()]*)\)/.exec(CAPTION_LABEL.source)?.[1] ?? '').split('|').map((word) => word.replace('\\.', '.')),
);

/**
 * Whether the lead can be a CAPTION_LABEL: up to three '*' or '_', one of its words, spaces, a
 * letter or not, and a digit ("Table 2", "Fig. A1"). Only what the pattern then reads decides.
 */
function labelHasNumber(prose: string, from: number, end: number): boolean {
  let k = from;
  while (k < end && k - from < 3 && (prose.charCodeAt(k) === 0x2a || prose.charCodeAt(k) === 0x5f)) k++;
  const word = k;
  for (let code = prose.charCodeAt(k); k < end && (isAsciiLetter(code) || code === 0x2e); code = prose.charCodeAt(++k));
  if (k === word || k >= end || !isPatternSpace(prose.charCodeAt(k))) return false;
  if (!CAPTION_LABEL_WORDS.has(prose.slice(word, k).toLowerCase())) return false;
  while (k < end && isPatternSpace(prose.charCodeAt(k))) k++;
  if (k < end && isAsciiLetter(prose.charCodeAt(k))) k++; // [A-Z]? under the i flag
  return k < end && prose.charCodeAt(k) >= 0x30 && prose.charCodeAt(k) <= 0x39;
}

function isAsciiCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** What a regex's \s matches: isSpace and U+1680. */
function isPatternSpace(code: number): boolean {
  return isSpace(code) || code === 0x1680;
}

/**
 * REFERENCE_ENTRY on the block's first 240 characters, read only where it can match: after up to two
 * '*' or '_' a capital, and then a comma before any space and a capital after it ("Smith, J."), or a
 * "(" and a year's first digit further on ("OECD (2021).").
 */
function isReferenceEntry(prose: string, from: number, to: number): boolean {
  const end = Math.min(to, from + 240);
  let k = from;
  while (k < end && k - from < 2 && (prose.charCodeAt(k) === 0x2a || prose.charCodeAt(k) === 0x5f)) k++;
  if (k >= end || prose.charCodeAt(k) < 0x41 || prose.charCodeAt(k) > 0x5a) return false;
  // "Smith, J." / "Smith, Jones": a comma before any space, spaces, a capital
  let j = k + 1;
  while (j < end && prose.charCodeAt(j) !== 0x2c && prose.charCodeAt(j) > 0x20) j++;
  let name = false;
  if (j < end && prose.charCodeAt(j) === 0x2c) {
    j++;
    while (j < end && isPatternSpace(prose.charCodeAt(j))) j++;
    name = j < end && prose.charCodeAt(j) >= 0x41 && prose.charCodeAt(j) <= 0x5a;
  }
  // "OECD (2021).": a bracket opening a year
  let year = false;
  for (let b = prose.indexOf('(', k); !name && !year && b >= 0 && b + 1 < end; b = prose.indexOf('(', b + 1)) {
    const digit = prose.charCodeAt(b + 1);
    year = digit === 0x31 || digit === 0x32;
  }
  return (name || year) && REFERENCE_ENTRY().test(prose.slice(from, end));
}

/** Two or more lines, each a "Label: value" line of metadata. */
function isMetadata(prose: string, from: number, to: number): boolean {
  // One line (the usual paragraph) is never two lines of metadata: no line is read.
  const lineBreak = prose.indexOf('\n', from);
  if (lineBreak < 0 || lineBreak >= to) return false;
  let lines = 0;
  for (let lineStart = from; lineStart < to; ) {
    let lineEnd = prose.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = prose.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      if (!METADATA_LINE.test(line)) return false;
      lines++;
    }
    lineStart = lineEnd + 1;
  }
  return lines >= 2;
}

/** Every line starts with `|`, or holds two or more: rows of a table without a delimiter row. */
function isPipeTable(prose: string, from: number, to: number): boolean {
  let lineStart = from;
  let rows = 0;
  while (lineStart < to) {
    let lineEnd = prose.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    let k = lineStart;
    while (k < lineEnd && isSpace(prose.charCodeAt(k))) k++;
    if (k < lineEnd) {
      // two pipes on the line, found natively: a loop over every character of a paragraph ran in the interpreter
      const pipe = prose.charCodeAt(k) === 0x7c ? k : prose.indexOf('|', k);
      const second = pipe >= 0 && pipe < lineEnd ? prose.indexOf('|', pipe + 1) : -1;
      if (prose.charCodeAt(k) !== 0x7c && (second < 0 || second >= lineEnd)) return false;
      rows++;
    }
    lineStart = lineEnd + 1;
  }
  return rows > 0;
}

const TERMINATORS = new Set(['.', '!', '?', '…', ':', ';']);
export const CLOSING_MARKS = new Set(['"', "'", '”', '’', '»', ')', ']', '*', '_']);
/** The same marks by character code (isFragment reads codes). */
const TERMINATOR_CODES = new Set([...TERMINATORS].map((mark) => mark.charCodeAt(0)));
const CLOSING_MARK_CODES = new Set([...CLOSING_MARKS].map((mark) => mark.charCodeAt(0)));

/**
 * A title, byline or date line: no sentence ends anywhere in it (no terminator followed by a space
 * or the end), and it is short.
 */
function isFragment(prose: string, from: number, to: number, maxWords = MAX_FRAGMENT_WORDS): boolean {
  // By character code, ASCII first (TERMINATORS, CLOSING_MARKS and isLetterOrDigit as sets of codes):
  // a one-character string and a set lookup per character cost most of a cold run's block kinds.
  let words = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const code = prose.charCodeAt(k);
    if (TERMINATOR_CODES.has(code)) {
      let j = k + 1;
      while (j < to && CLOSING_MARK_CODES.has(prose.charCodeAt(j))) j++;
      if (j >= to || isSpace(prose.charCodeAt(j))) return false;
    }
    const letter =
      code < 0x80
        ? (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
        : isLetterOrDigit(prose[k]);
    if (letter && !inWord && ++words > maxWords) return false;
    inWord = letter || (inWord && (code === 0x2d || code === 0x27 || code === 0x2019)); // - ' ’
  }
  return words > 0;
}

export { hasQuote, isForeignLanguage, isMostlyQuotation, opensWithAttributedQuote, quotationLeftOpen, quotations } from './reported';

/**
 * Whether text[from, to) is a passage in another language, quoted ("> Le discours prononcé …") or not (a post in
 * Arabic): the paragraph after it is its translation, the quoted words again.
 */
export function isForeignPassage(text: string, from: number, to: number): boolean {
  const lines = text
    .slice(from, to)
    .split('\n')
    .filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  return isForeignLanguage(lines.map((line) => line.trimStart().replace(/^>\s?/, '')).join(' '));
}
