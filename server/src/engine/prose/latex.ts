// LaTeX through a small scanner (no TeX engine): command names, math, comments,
// verbatim-like environments and the arguments of non-prose commands are blanked;
// the arguments of text commands (\emph, \section, \footnote, \caption) stay.
// Nothing is unescaped: we only mask, so offsets never move.
import type { Block, BlockKind, Directive, EvidenceMarker, ProseDoc, Span } from '../types';
import { blocksBetweenBlankLines } from './blocks';
import { endOfLine, isLineBreak, ownCopy, ProseBuffer } from './buffer';
import { splitAtBlankLines, type ChunkProse } from './chunks';
import { parseDirective } from './directives';
import { findRawUrls, findTextualMarkers } from './markers';

export const BEGIN_DOCUMENT = '\\begin{document}';
export const END_DOCUMENT = '\\end{document}';

/** Environments whose whole content is not prose (math, code, drawings). */
const SKIPPED_ENVIRONMENTS = new Set([
  'equation', 'align', 'gather', 'math', 'displaymath', 'multline', 'flalign', 'alignat', 'eqnarray',
  'tikzpicture', 'verbatim', 'Verbatim', 'lstlisting', 'minted', 'comment',
  // A reference list: entries, not claims.
  'thebibliography',
]);
/** Skipped environments whose content may hold unbalanced braces. */
const VERBATIM_ENVIRONMENTS = new Set(['verbatim', 'Verbatim', 'lstlisting', 'minted', 'comment']);
/** Environments taking `{...}` arguments right after `\begin{name}` (column specs, widths). */
const ENVIRONMENTS_WITH_ARGUMENTS = new Set(['tabular', 'tabular*', 'tabularx', 'longtable', 'array', 'minipage', 'multicols', 'wrapfigure']);
const LIST_ENVIRONMENTS = new Set(['itemize', 'enumerate', 'description']);
const QUOTE_ENVIRONMENTS = new Set(['quote', 'quotation', 'verse']);
/** Tables: their cells are read as table cells, which get no finding. */
const TABLE_ENVIRONMENTS = new Set(['tabular', 'tabular*', 'tabularx', 'tabulary', 'longtable', 'supertabular', 'xtabular', 'tblr']);

const HEADING_COMMANDS = new Set(['part', 'chapter', 'section', 'subsection', 'subsubsection', 'paragraph', 'subparagraph']);
/** Commands all of whose arguments are labels, keys, paths or lengths. */
const NON_PROSE_COMMANDS = new Set([
  'label', 'ref', 'eqref', 'cref', 'Cref', 'autoref', 'pageref', 'nameref', 'includegraphics', 'input', 'include',
  'bibliography', 'bibliographystyle', 'addbibresource', 'printbibliography', 'usepackage', 'documentclass', 'nocite',
  'vspace', 'hspace', 'setlength', 'addtolength', 'setcounter', 'newcommand', 'renewcommand', 'providecommand',
  'newenvironment', 'renewenvironment', 'pagestyle', 'thispagestyle', 'graphicspath', 'hypersetup', 'geometry',
  'color', 'definecolor', 'hyperref', 'multicolumn',
  // Front matter written in the body: title, authors, affiliations, dates.
  'title', 'subtitle', 'author', 'date', 'thanks', 'affil', 'affiliation', 'address', 'email', 'institute', 'keywords', 'titlerunning', 'authorrunning',
]);
const CITE_COMMAND = /^[A-Za-z]*cite[a-z]*$/;
const FOOTNOTE_LABEL_LENGTH = 80;
/**
 * What a footnote that gives a source holds: a citation or link command, a URL or DOI, a year, a
 * page, "et al.", "see", "available", or a publication word. A footnote with none (a translation,
 * a gloss: "\footnote{Verbundforschung: joint research}") explains a term and supports no claim.
 */
const SOURCE_SIGN = /\\(?:[a-z]*cite[a-z]*|url|href)\b|https?:|www\.|doi|\b(?:1[6-9]|20)\d\d\b|\bp{1,2}\.\s?\d|et al|\bsee\b|\bavailable\b|\b(?:report|survey|study|paper|data|statistics|press release|website|database|census)\b/i;

function givesASource(footnote: string): boolean {
  return SOURCE_SIGN.test(footnote);
}
const MAX_OPTION_LENGTH = 1000;

interface ListOrQuote {
  name: string;
  itemSeen: boolean;
}

/** What the reading carries across a restart point: the lists and quotes open there, and the kind of the text flowing. */
export interface FlowState {
  environments: readonly Readonly<ListOrQuote>[];
  kind: BlockKind;
}

/** The state at the start of a body. */
export const BODY_START: FlowState = { environments: [], kind: 'paragraph' };

export function sameFlow(a: FlowState, b: FlowState): boolean {
  return a.kind === b.kind && a.environments.length === b.environments.length && a.environments.every((e, i) => e.name === b.environments[i].name && e.itemSeen === b.environments[i].itemSeen);
}

/** The document's body: between `\begin{document}` (if any) and `\end{document}` (or the end). */
export interface LatexBody {
  /** Where `\begin{document}` starts, or -1: the preamble before it is not prose. */
  begin: number;
  start: number;
  end: number;
}

export function bodyOf(source: string): LatexBody {
  const begin = source.indexOf(BEGIN_DOCUMENT);
  if (begin < 0) return { begin, start: 0, end: source.length };
  const start = begin + BEGIN_DOCUMENT.length;
  const end = source.indexOf(END_DOCUMENT, start);
  return { begin, start, end: end < 0 ? source.length : end };
}

export function extractLatex(source: string): ProseDoc {
  const scanner = new LatexScanner(source, source.length, bodyOf(source), BODY_START, []);
  scanner.run();
  return { source, languageId: 'latex', citationStyle: 'latex', footnoteLabels: [], ...scanner.result('') };
}

/**
 * A stretch of a document read and cut into chunks, offsets relative to its start;
 * with, for each chunk, the state a reading could restart in at its start, if it
 * could restart there (see LatexScanner.restState).
 */
export interface LatexStretch {
  chunks: Span[];
  pieces: ChunkProse[];
  contexts: string[];
  restarts: Array<FlowState | undefined>;
  /** The state a reading could restart in at the stretch's end, if it could. */
  endState: FlowState | undefined;
  /** Whether a marker found in the stretch starts before it (an author named before a blank line). */
  reachesBack: boolean;
}

/**
 * Environments, groups and math may run across blank lines, so LaTeX is read in one
 * pass; the reading is then cut at blank lines that no block, marker or directive
 * crosses. A chunk's analysis depends only on its text and its part of the reading
 * (its context), so an edit re-analyses only the chunks whose text or reading changed.
 *
 * Reads source[from, until) (a whole document, or a stretch starting at a restart point)
 * as the reading of the whole document reads it there. `body` is the document's body as
 * the stretch sees it (from `from`, without a preamble, for a stretch); `state` is the
 * reading's state at `from`; `proseBefore` is the prose just before `from`, where the
 * author of a citation in the stretch may be.
 */
export function readLatexStretch(source: string, from: number, until: number, body: LatexBody, state: FlowState, proseBefore: string): LatexStretch {
  // The scanner sees the document up to its end: a look-ahead past `until` finds what the whole reading finds.
  const text = from === 0 ? source : source.slice(from);
  const length = until - from;
  const candidates = splitAtBlankLines(length === text.length ? text : text.slice(0, length), []);
  const candidateStarts = candidates.map((candidate) => candidate.start);
  // The first candidate starts the stretch: its restart is the caller's to know.
  const scanner = new LatexScanner(text, length, { begin: body.begin - from, start: body.start - from, end: body.end - from }, state, [...candidateStarts.slice(1), length]);
  scanner.run();
  const doc = scanner.result(proseBefore);
  const chunks = uncrossedChunks(candidates, [...doc.blocks, ...doc.markers, ...doc.directives]);
  const pieces = piecesOf(doc, chunks);
  const restStates = scanner.restStates;
  let candidate = 0;
  const restarts = chunks.map(({ start }) => {
    while (candidateStarts[candidate] < start) candidate++;
    // A stretch of a document starts at a restart point, unless an edit ended the body there; a whole document does not restart.
    return candidate > 0 ? restStates[candidate - 1] : from > 0 && from < body.end ? state : undefined;
  });
  return {
    chunks,
    pieces,
    contexts: pieces.map(contextOf),
    restarts,
    endState: restStates[restStates.length - 1],
    reachesBack: doc.markers.length > 0 && doc.markers[0].start < 0,
  };
}

/** What a chunk's analysis depends on besides its text: its part of the reading. */
function contextOf(piece: ChunkProse): string {
  return `latex:${JSON.stringify([piece.blocks, piece.markers, piece.directives])}${piece.prose}`;
}

/** Candidate chunks merged wherever a span runs across the boundary between them. */
function uncrossedChunks(candidates: readonly Span[], spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const chunks: Span[] = [];
  let s = 0;
  let reach = 0; // the furthest end of the spans starting before the boundary
  for (const candidate of candidates) {
    while (s < sorted.length && sorted[s].start < candidate.start) reach = Math.max(reach, sorted[s++].end);
    const last = chunks[chunks.length - 1];
    if (last && reach > candidate.start) last.end = candidate.end;
    else chunks.push({ ...candidate });
  }
  return chunks;
}

/** Each chunk's part of the document's reading, with offsets relative to the chunk. */
function piecesOf(doc: Reading, chunks: readonly Span[]): ChunkProse[] {
  const blocks = byChunk(doc.blocks, chunks);
  const markers = byChunk(doc.markers, chunks);
  const directives = byChunk(doc.directives, chunks);
  return chunks.map(({ start, end }, index) => ({
    // Its own copy: a cached piece must not keep this version of the document's prose alive.
    prose: ownCopy(doc.prose.slice(start, end)),
    blocks: blocks[index],
    markers: markers[index],
    directives: directives[index],
    footnoteDefinitions: [],
    bracketCitations: false,
  }));
}

/** Items (sorted by start) grouped by the chunk they start in, moved to chunk offsets. */
function byChunk<T extends Span>(items: readonly T[], chunks: readonly Span[]): T[][] {
  const groups: T[][] = chunks.map(() => []);
  let c = 0;
  for (const item of items) {
    while (c + 1 < chunks.length && chunks[c + 1].start <= item.start) c++;
    groups[c].push({ ...item, start: item.start - chunks[c].start, end: item.end - chunks[c].start });
  }
  return groups;
}

type Reading = Pick<ProseDoc, 'prose' | 'blocks' | 'markers' | 'directives'>;

/**
 * Positions a pass over the text goes through in order, recording at each the state
 * the pass was at rest in there, if it was. A position it jumps over (a step running
 * across it) is not one it rests at.
 */
class Checkpoints<State> {
  /** The next position to record, or Infinity: the pass compares with it at every step. */
  next: number;
  readonly atRest: Array<State | undefined>;
  private index = 0;

  constructor(private readonly positions: readonly number[]) {
    this.atRest = positions.map(() => undefined);
    this.next = positions.length > 0 ? positions[0] : Infinity;
  }

  /** The pass is at `at` (at or past `next`), at rest there in `state` or not (undefined). */
  pass(at: number, state: State | undefined): void {
    const { positions } = this;
    while (this.index < positions.length && positions[this.index] <= at) {
      if (positions[this.index] === at) this.atRest[this.index] = state;
      this.index++;
    }
    this.next = this.index < positions.length ? positions[this.index] : Infinity;
  }
}

/**
 * Reads source[0, until) (`source` may run on: look-aheads see the document as it is),
 * recording at each checkpoint whether the reading could restart there.
 */
class LatexScanner {
  private readonly buffer: ProseBuffer;
  private readonly markers: EvidenceMarker[] = [];
  private readonly directives: Directive[] = [];
  /** Blocks nested in the text flow (footnote, caption) or cut out of it (heading), keyed by their `{`. */
  private readonly holes: Array<{ open: number; close: number; kind: BlockKind }> = [];
  private readonly breaks: Array<{ at: number; kind: BlockKind }> = [];
  private readonly environments: ListOrQuote[];
  private readonly closeOf: Int32Array;
  /** Where matchBraces had no brace open, and where the scan was at rest (see restState). */
  private readonly bracesClosed: Checkpoints<true>;
  private readonly scanAtRest: Checkpoints<FlowState>;
  private holeUntil = -1;
  /** The furthest position a step looked at, which may be past where the scan goes on (optionAt, dollarMath). */
  private reach = -1;
  /** The break that sets the kind of the text flow here: the last one in the order buildBlocks sorts them. */
  private flowBreak: { at: number; kind: BlockKind };
  private readonly bodyStart: number;
  private readonly bodyEnd: number;

  constructor(
    private readonly source: string,
    private readonly until: number,
    private readonly body: LatexBody,
    private readonly state: FlowState,
    checkpoints: readonly number[],
  ) {
    this.environments = state.environments.map((environment) => ({ ...environment }));
    this.flowBreak = { at: -1, kind: state.kind };
    this.buffer = new ProseBuffer(until === source.length ? source : source.slice(0, until), 'copy');
    this.bodyStart = body.start;
    this.bodyEnd = body.end;
    this.bracesClosed = new Checkpoints(checkpoints);
    this.closeOf = matchBraces(source, until, this.bracesClosed);
    this.scanAtRest = new Checkpoints(checkpoints);
  }

  /** Per checkpoint: the state a reading could start in there and read on as this one does, if it could. */
  get restStates(): Array<FlowState | undefined> {
    return this.scanAtRest.atRest.map((state, index) => (this.bracesClosed.atRest[index] ? state : undefined));
  }

  run(): void {
    if (this.body.begin >= 0) {
      this.readPreambleDirectives(this.body.begin);
      this.buffer.blank(0, this.bodyStart);
    }
    this.buffer.blank(this.bodyEnd, this.until);
    this.scan(this.bodyStart, Math.min(this.bodyEnd, this.until));
  }

  /** The reading; `proseBefore` is the prose before the source, where a citation's author may be found. */
  result(proseBefore: string): Reading {
    const urls = findRawUrls(this.buffer.toString());
    for (const url of urls) this.buffer.blank(url.start, url.end);
    const prose = this.buffer.toString();
    const textual = proseBefore
      ? findTextualMarkers(proseBefore + prose, proseBefore.length).map((marker) => ({ ...marker, start: marker.start - proseBefore.length, end: marker.end - proseBefore.length }))
      : findTextualMarkers(prose);
    return {
      prose,
      blocks: this.buildBlocks(prose),
      markers: [...this.markers, ...urls, ...textual].sort((a, b) => a.start - b.start),
      directives: this.directives,
    };
  }

  private scan(from: number, stop: number): void {
    const src = this.source;
    const checkpoints = this.scanAtRest;
    let i = from;
    while (i < stop) {
      if (i >= checkpoints.next) checkpoints.pass(i, this.restState(i));
      const ch = src[i];
      if (ch === '%') i = this.comment(i);
      else if (ch === '\\') i = this.backslash(i);
      else if (ch === '$') i = this.dollarMath(i);
      else if (ch === '{' || ch === '}' || ch === '~') {
        this.buffer.blank(i, i + 1);
        i++;
      } else i++;
    }
    checkpoints.pass(i, this.restState(i));
  }

  /**
   * The state a reading restarting at `at` would start in to read on as this one does,
   * if nothing that a step before `at` read or wrote is at or after it: no footnote,
   * caption or heading open, no look-ahead past `at`, no break of the flow ahead.
   * (Brace groups are matchBraces' to check; steps that jump past `at` never stop here.)
   * Not at the body's end: what runs unclosed to it ends there, wherever an edit moves it.
   */
  private restState(at: number): FlowState | undefined {
    if (!(at < this.bodyEnd && this.holeUntil < at && this.reach < at && this.flowBreak.at < at)) return undefined;
    const { environments, flowBreak } = this;
    if (environments.length === 0 && flowBreak.kind === 'paragraph') return BODY_START;
    return { environments: environments.map((environment) => ({ ...environment })), kind: flowBreak.kind };
  }

  private comment(at: number): number {
    const end = endOfLine(this.source, at);
    const directive = parseDirective(this.source.slice(at + 1, end), at, end);
    if (directive) this.directives.push(directive);
    this.buffer.blank(at, end);
    return end;
  }

  private readPreambleDirectives(to: number): void {
    for (let at = this.source.indexOf('%'); at >= 0 && at < to; at = this.source.indexOf('%', at + 1)) {
      if (at > 0 && this.source[at - 1] === '\\') continue;
      at = this.comment(at);
    }
  }

  private backslash(at: number): number {
    const src = this.source;
    const next = src[at + 1] ?? '';
    if (isLetter(next)) {
      let nameEnd = at + 2;
      while (nameEnd < this.bodyEnd && isLetter(src[nameEnd])) nameEnd++;
      const name = src.slice(at + 1, nameEnd);
      if (src[nameEnd] === '*') nameEnd++;
      this.buffer.blank(at, nameEnd);
      return this.command(name, at, nameEnd);
    }
    if (next === '\\') {
      // Line break, with an optional length: \\[2pt]
      const option = this.optionAt(at + 2, false);
      const end = option ? option.close + 1 : at + 2;
      this.buffer.blank(at, end);
      return end;
    }
    if (next === '(' || next === '[') {
      const closer = next === '(' ? '\\)' : '\\]';
      const close = src.indexOf(closer, at + 2);
      const end = close < 0 || close >= this.bodyEnd ? this.bodyEnd : close + 2;
      this.buffer.blank(at, end);
      return end;
    }
    if (next === '' || isLineBreak(next.charCodeAt(0))) {
      this.buffer.blank(at, at + 1);
      return at + 1;
    }
    if (",;:! -/'`\"^~=.".includes(next)) {
      // Spacing, hyphenation hints and accents: markup through and through.
      this.buffer.blank(at, at + 2);
      return at + 2;
    }
    // Escaped characters (\% \& \$ \# \_ \{ \}): the character stays, the backslash goes.
    this.buffer.blank(at, at + 1);
    return at + 2;
  }

  private command(name: string, start: number, nameEnd: number): number {
    if (name === 'begin') return this.beginEnvironment(start, nameEnd);
    if (name === 'end') return this.endEnvironment(start, nameEnd);
    if (HEADING_COMMANDS.has(name)) return this.heading(start, nameEnd);
    if (name === 'footnote' || name === 'footnotetext' || name === 'caption') return this.nestedBlock(name, start, nameEnd);
    if (name === 'item') {
      const option = this.optionAt(nameEnd, true);
      if (option) this.buffer.blank(option.open, option.close + 1);
      const innermost = this.environments[this.environments.length - 1];
      if (innermost) innermost.itemSeen = true;
      this.addBreak(start, 'list-item');
      return option ? option.close + 1 : nameEnd;
    }
    if (name === 'par') {
      this.addBreak(start, this.flowKind());
      return nameEnd;
    }
    if (CITE_COMMAND.test(name) && name !== 'nocite') return this.citation(start, nameEnd);
    if (name === 'url') return this.url(start, nameEnd);
    if (name === 'href') return this.href(start, nameEnd);
    if (name === 'verb') return this.verb(start, nameEnd);
    if (NON_PROSE_COMMANDS.has(name)) return this.blankArguments(nameEnd);
    // Any other command: its name and options go, its {text} stays.
    const option = this.optionAt(nameEnd, false);
    if (option) this.buffer.blank(option.open, option.close + 1);
    return option ? option.close + 1 : nameEnd;
  }

  private beginEnvironment(start: number, nameEnd: number): number {
    const group = this.groupAt(nameEnd);
    if (!group) return nameEnd;
    const name = this.source.slice(group.open + 1, group.close);
    let end = group.close + 1;
    this.buffer.blank(start, end);
    if (SKIPPED_ENVIRONMENTS.has(name.replace(/\*$/, ''))) {
      const endTag = `\\end{${name}}`;
      const close = this.source.indexOf(endTag, end);
      // Unterminated: the rest of the document is inside it.
      end = close < 0 || close >= this.bodyEnd ? this.bodyEnd : close + endTag.length;
      this.buffer.blank(start, end);
      return end;
    }
    if (LIST_ENVIRONMENTS.has(name) || QUOTE_ENVIRONMENTS.has(name) || TABLE_ENVIRONMENTS.has(name)) this.environments.push({ name, itemSeen: false });
    this.addBreak(start, this.flowKind());
    for (;;) {
      const argument = this.optionAt(end, false) ?? (ENVIRONMENTS_WITH_ARGUMENTS.has(name) ? this.groupAt(end, false) : undefined);
      if (!argument) break;
      end = argument.close + 1;
      this.buffer.blank(argument.open, end);
    }
    return end;
  }

  private endEnvironment(start: number, nameEnd: number): number {
    const group = this.groupAt(nameEnd);
    if (!group) return nameEnd;
    const name = this.source.slice(group.open + 1, group.close);
    const end = group.close + 1;
    this.buffer.blank(start, end);
    const innermost = this.environments[this.environments.length - 1];
    if (innermost?.name === name) this.environments.pop();
    this.addBreak(end, this.flowKind());
    return end;
  }

  private heading(start: number, nameEnd: number): number {
    const option = this.optionAt(nameEnd, true);
    if (option) this.buffer.blank(option.open, option.close + 1);
    const group = this.groupAt(option ? option.close + 1 : nameEnd);
    if (!group) return nameEnd;
    this.addBreak(start, 'paragraph');
    this.addBreak(group.close + 1, this.flowKind());
    this.addHole(group.open, group.close, 'heading');
    return group.open;
  }

  /** \footnote and \caption: their text is a block of its own, nested where it is written. */
  private nestedBlock(name: string, start: number, nameEnd: number): number {
    const option = this.optionAt(nameEnd, true);
    if (option) this.buffer.blank(option.open, option.close + 1);
    const open = this.skipSpaces(option ? option.close + 1 : nameEnd);
    if (this.source[open] !== '{') return open;
    const close = this.closeOf[open] >= 0 ? this.closeOf[open] : this.bodyEnd;
    if (name === 'footnote') {
      const text = this.source.slice(open + 1, close).trim().replace(/\s+/g, ' ');
      // A footnote that only glosses a term ("\footnote{Landesamt: state office}") is no source.
      if (givesASource(text)) this.markers.push({ kind: 'footnote', start, end: nameEnd, label: text.slice(0, FOOTNOTE_LABEL_LENGTH) });
    }
    this.addHole(open, close, name === 'caption' ? 'caption' : 'paragraph');
    return open;
  }

  private citation(start: number, nameEnd: number): number {
    let end = nameEnd;
    for (let options = 0; options < 2; options++) {
      const option = this.optionAt(end, true);
      if (!option) break;
      end = option.close + 1;
    }
    const keys = this.groupAt(end);
    if (!keys) return end;
    end = keys.close + 1;
    this.buffer.blank(start, end);
    const label = this.source
      .slice(keys.open + 1, keys.close)
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean)
      .join(', ');
    this.markers.push({ kind: 'citation', start, end, label });
    return end;
  }

  private url(start: number, nameEnd: number): number {
    const group = this.groupAt(nameEnd);
    if (!group) return nameEnd;
    this.buffer.blank(start, group.close + 1);
    this.markers.push({ kind: 'link', start, end: group.close + 1, label: this.source.slice(group.open + 1, group.close).trim() });
    return group.close + 1;
  }

  /** \href{url}{text}: the URL goes, the text stays. */
  private href(start: number, nameEnd: number): number {
    const target = this.groupAt(nameEnd);
    if (!target) return nameEnd;
    this.buffer.blank(start, target.close + 1);
    const text = this.groupAt(target.close + 1);
    const end = text ? text.close + 1 : target.close + 1;
    this.markers.push({ kind: 'link', start, end, label: this.source.slice(target.open + 1, target.close).trim() });
    return target.close + 1;
  }

  /** \verb|code|: any delimiter, on one line. */
  private verb(start: number, nameEnd: number): number {
    const delimiter = this.source[nameEnd];
    if (delimiter === undefined || isLineBreak(delimiter.charCodeAt(0))) return nameEnd;
    let end = nameEnd + 1;
    while (end < this.source.length && this.source[end] !== delimiter && !isLineBreak(this.source.charCodeAt(end))) end++;
    end = Math.min(this.source.length, end + 1);
    this.buffer.blank(start, end);
    return end;
  }

  private blankArguments(from: number): number {
    let end = from;
    for (;;) {
      const argument = this.optionAt(end, true) ?? this.groupAt(end);
      if (!argument) return end;
      end = argument.close + 1;
      this.buffer.blank(argument.open, end);
    }
  }

  /** `$...$` and `$$...$$`, never across a blank line. An unclosed inline `$` is blanked alone. */
  private dollarMath(at: number): number {
    const src = this.source;
    const to = this.bodyEnd;
    const display = src[at + 1] === '$';
    let lineHasText = true;
    let end = -1;
    let i = at + (display ? 2 : 1);
    for (; i < to; i++) {
      const code = src.charCodeAt(i);
      if (code === 0x5c /* \ */) i++;
      else if (code === 0x24 /* $ */ && (!display || src[i + 1] === '$')) {
        end = i + (display ? 2 : 1);
        break;
      } else if (code === 0x0a) {
        if (!lineHasText) break;
        lineHasText = false;
      } else if (code !== 0x20 && code !== 0x09 && code !== 0x0d) lineHasText = true;
    }
    // It looked for its closer up to here: an unclosed inline `$` is blanked alone, but only because nothing closed it.
    this.lookedAt(i);
    if (end < 0) end = display ? Math.min(i, to) : at + 1;
    this.buffer.blank(at, end);
    return end;
  }

  /** A `{...}` group at `from` (after spaces on the same line); an unmatched `{` is not a group. */
  private groupAt(from: number, allowSpaces = true): { open: number; close: number } | undefined {
    const open = allowSpaces ? this.skipSpaces(from) : from;
    if (this.source[open] !== '{') return undefined;
    const close = this.closeOf[open];
    return close >= 0 ? { open, close } : undefined;
  }

  /** A `[...]` option at `from`, skipping nested `{...}` groups; none across a blank line. */
  private optionAt(from: number, allowSpaces: boolean): { open: number; close: number } | undefined {
    const open = allowSpaces ? this.skipSpaces(from) : from;
    if (this.source[open] !== '[') return undefined;
    const limit = Math.min(this.source.length, open + MAX_OPTION_LENGTH);
    let lineBreaks = 0;
    // Whatever it finds, its caller may go on from before where it looked (a heading without its group).
    let close = -1;
    let i = open + 1;
    for (; i < limit; i++) {
      const ch = this.source[i];
      if (ch === ']') {
        close = i;
        break;
      }
      if (ch === '\\') i++;
      else if (ch === '{' && this.closeOf[i] >= 0) i = this.closeOf[i];
      else if (ch === '\n' && ++lineBreaks > 1) break;
    }
    this.lookedAt(i);
    return close >= 0 ? { open, close } : undefined;
  }

  private skipSpaces(from: number): number {
    let i = from;
    while (this.source[i] === ' ' || this.source[i] === '\t') i++;
    return i;
  }

  private addBreak(at: number, kind: BlockKind): void {
    if (at < this.holeUntil) return; // \item inside a footnote does not cut the paragraph around it
    const brk = { at, kind };
    this.breaks.push(brk);
    if (at >= this.flowBreak.at) this.flowBreak = brk;
  }

  private lookedAt(position: number): void {
    if (position > this.reach) this.reach = position;
  }

  private addHole(open: number, close: number, kind: BlockKind): void {
    this.holes.push({ open, close, kind });
    this.holeUntil = Math.max(this.holeUntil, close);
  }

  /** The kind of running text here: inside a table or a quote, or in a list item once \item was seen. */
  private flowKind(): BlockKind {
    for (let i = this.environments.length - 1; i >= 0; i--) {
      const environment = this.environments[i];
      if (TABLE_ENVIRONMENTS.has(environment.name)) return 'table-cell';
      if (QUOTE_ENVIRONMENTS.has(environment.name)) return 'quote';
      if (environment.itemSeen) return 'list-item';
    }
    return 'paragraph';
  }

  private buildBlocks(prose: string): Block[] {
    const holeSpans = this.holes.map((hole) => ({ start: hole.open, end: hole.close + 1 })).sort((a, b) => a.start - b.start);
    const blocks: Block[] = [];
    const breaks = [...this.breaks].sort((a, b) => a.at - b.at);
    const bodyEnd = Math.min(this.bodyEnd, this.until);
    let segmentStart = this.bodyStart;
    let kind: BlockKind = this.state.kind;
    for (const next of [...breaks, { at: bodyEnd, kind: 'paragraph' as BlockKind }]) {
      const segmentEnd = Math.min(Math.max(next.at, segmentStart), bodyEnd);
      blocks.push(...blocksBetweenBlankLines(this.source, prose, segmentStart, segmentEnd, kind, holeSpans));
      segmentStart = segmentEnd;
      kind = next.kind;
    }
    for (const hole of this.holes) {
      blocks.push(...blocksBetweenBlankLines(this.source, prose, hole.open + 1, hole.close, hole.kind, holeSpans));
    }
    return blocks.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

/**
 * For every `{` before `until`, the index of its matching `}` (or -1), in one pass.
 * Escaped braces, comments and verbatim-like environments do not count. A reading
 * may restart only where no brace is open: the `bracesClosed` checkpoints record where.
 */
function matchBraces(source: string, until: number, bracesClosed: Checkpoints<true>): Int32Array {
  const closeOf = new Int32Array(until).fill(-1);
  const open: number[] = [];
  let i = 0;
  for (; i < until; i++) {
    if (i >= bracesClosed.next) bracesClosed.pass(i, open.length === 0 || undefined);
    const ch = source[i];
    if (ch === '\\') {
      if (source.startsWith('begin{', i + 1)) {
        const nameEnd = source.indexOf('}', i + 7);
        const name = nameEnd > 0 ? source.slice(i + 7, nameEnd) : '';
        if (VERBATIM_ENVIRONMENTS.has(name.replace(/\*$/, ''))) {
          const end = source.indexOf(`\\end{${name}}`, nameEnd);
          i = end < 0 ? source.length : end;
          continue;
        }
      }
      i++;
    } else if (ch === '%') {
      i = endOfLine(source, i);
    } else if (ch === '{') {
      open.push(i);
    } else if (ch === '}') {
      const match = open.pop();
      if (match !== undefined) closeOf[match] = i;
    }
  }
  bracesClosed.pass(i, open.length === 0 || undefined);
  return closeOf;
}
