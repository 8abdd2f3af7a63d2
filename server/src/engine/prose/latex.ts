// LaTeX through a small scanner (no TeX engine): command names, math, comments,
// verbatim-like environments and the arguments of non-prose commands are blanked;
// the arguments of text commands (\emph, \section, \footnote, \caption) stay.
// Nothing is unescaped: we only mask, so offsets never move.
import {
  BODY_START,
  LatexScannerBase,
  FLOAT_ENVIRONMENTS,
  QUOTE_ENVIRONMENTS,
  STATEMENT_ENVIRONMENTS,
  TABLE_ENVIRONMENTS,
  type FlowState,
  type LatexBody,
  type Reading,
} from './latex-scanner';
import type { ProseDoc, Span } from '../types';
import { isLineBreak, ownCopy } from './buffer';
import { splitAtBlankLines, type ChunkProse } from './chunks';

export const BEGIN_DOCUMENT = '\\begin{document}';
export const END_DOCUMENT = '\\end{document}';

/** Environments whose whole content is not prose (math, code, drawings). */
const SKIPPED_ENVIRONMENTS = new Set([
  'equation',
  'align',
  'gather',
  'math',
  'displaymath',
  'multline',
  'flalign',
  'alignat',
  'eqnarray',
  'tikzpicture',
  'verbatim',
  'Verbatim',
  'lstlisting',
  'minted',
  'comment',
  // A reference list: entries, not claims.
  'thebibliography',
]);
/** Environments taking `{...}` arguments right after `\begin{name}` (column specs, widths). */
const ENVIRONMENTS_WITH_ARGUMENTS = new Set([
  'tabular',
  'tabular*',
  'tabularx',
  'longtable',
  'array',
  'minipage',
  'multicols',
  'wrapfigure',
]);
const LIST_ENVIRONMENTS = new Set(['itemize', 'enumerate', 'description']);

/** csquotes' quotation commands (`\enquote*` as well): their argument is a quotation. */
const QUOTATION_COMMANDS = new Set(['enquote', 'textquote', 'blockquote', 'foreignquote', 'hyphenquote']);

/** Environments the reading keeps open until their end: a list, quote, table, float or formal statement changes how text in it reads. */
const TRACKED_ENVIRONMENTS = new Set([
  ...LIST_ENVIRONMENTS,
  ...QUOTE_ENVIRONMENTS,
  ...TABLE_ENVIRONMENTS,
  ...FLOAT_ENVIRONMENTS,
  ...STATEMENT_ENVIRONMENTS,
]);

/**
 * Whether `\end{name}` is the end of the open environment `open` half typed or mistyped (`\end{enume}`,
 * `\end{itemzie}`): it ends that environment, as the writer means it to. Read as the end of nothing, it left the
 * list open to the end of the document, and every keystroke until the name was whole re-read all of it. The end of
 * another environment (`\end{center}` in a list) is none.
 */
function endBeingTyped(name: string, open: string): boolean {
  if (TRACKED_ENVIRONMENTS.has(name) || /[^a-z*]/i.test(name)) return false;
  return open.startsWith(name) || withinTwoEdits(name, open);
}

/** Whether at most two insertions, deletions, substitutions or swaps of neighbours turn `a` into `b` (short names only). */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2 || a.length > 30 || b.length > 30) return false;
  // Damerau-Levenshtein (optimal string alignment) over the two short names.
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[i].push(j);
        continue;
      }
      let cost = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cost = Math.min(cost, rows[i - 2][j - 2] + 1);
      rows[i].push(cost);
    }
  }
  return rows[a.length][b.length] <= 2;
}

const HEADING_COMMANDS = new Set(['part', 'chapter', 'section', 'subsection', 'subsubsection', 'paragraph', 'subparagraph']);
/** Commands all of whose arguments are labels, keys, paths or lengths. */
const NON_PROSE_COMMANDS = new Set([
  'label',
  'ref',
  'eqref',
  'cref',
  'Cref',
  'autoref',
  'pageref',
  'nameref',
  'includegraphics',
  'input',
  'include',
  'bibliography',
  'bibliographystyle',
  'addbibresource',
  'printbibliography',
  'usepackage',
  'documentclass',
  'nocite',
  'vspace',
  'hspace',
  'setlength',
  'addtolength',
  'setcounter',
  'newcommand',
  'renewcommand',
  'providecommand',
  'newenvironment',
  'renewenvironment',
  'pagestyle',
  'thispagestyle',
  'graphicspath',
  'hypersetup',
  'geometry',
  'color',
  'definecolor',
  'hyperref',
  'multicolumn',
  // Front matter written in the body: title, authors, affiliations, dates.
  'title',
  'subtitle',
  'author',
  'date',
  'thanks',
  'affil',
  'affiliation',
  'address',
  'email',
  'institute',
  'keywords',
  'titlerunning',
  'authorrunning',
]);
// (\Citet, \Textcite: the forms that open a sentence)
const CITE_COMMAND = /^[A-Za-z]*[Cc]ite[a-z]*$/;
const FOOTNOTE_LABEL_LENGTH = 80;
/**
 * What a footnote that gives a source holds: a citation or link command, a URL or DOI, a year, a
 * page, "et al.", "see", "available", or a publication word. A footnote with none (a translation,
 * a gloss: "\footnote{Verbundforschung: joint research}") explains a term and supports no claim.
 */
const SOURCE_SIGN =
  /\\(?:[a-z]*cite[a-z]*|url|href)\b|https?:|www\.|doi|\b(?:1[6-9]|20)\d\d\b|\bp{1,2}\.\s?\d|et al|\bsee\b|\bavailable\b|\b(?:report|survey|study|paper|data|statistics|press release|website|database|census)\b/i;

function givesASource(footnote: string): boolean {
  return SOURCE_SIGN.test(footnote);
}

export function sameFlow(a: FlowState, b: FlowState): boolean {
  return (
    a.kind === b.kind &&
    a.environments.length === b.environments.length &&
    a.environments.every((e, i) => e.name === b.environments[i].name && e.itemSeen === b.environments[i].itemSeen)
  );
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
  /** Whether a `}` in the stretch closed no brace of it: read whole, it may close one opened before the stretch. */
  strayClosers: boolean;
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
export function readLatexStretch(
  source: string,
  from: number,
  until: number,
  body: LatexBody,
  state: FlowState,
  proseBefore: string,
): LatexStretch {
  // The scanner sees the document up to its end: a look-ahead past `until` finds what the whole reading finds.
  const text = from === 0 ? source : source.slice(from);
  const length = until - from;
  const candidates = splitAtBlankLines(length === text.length ? text : text.slice(0, length), []);
  const candidateStarts = candidates.map((candidate) => candidate.start);
  // The first candidate starts the stretch: its restart is the caller's to know.
  const scanner = new LatexScanner(text, length, { begin: body.begin - from, start: body.start - from, end: body.end - from }, state, [
    ...candidateStarts.slice(1),
    length,
  ]);
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
    strayClosers: scanner.strayClosers,
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

/** The scan of one stretch of a LaTeX document: the commands and environments it meets (the scan itself: latex-scanner.ts). */
class LatexScanner extends LatexScannerBase {
  protected command(name: string, start: number, nameEnd: number): number {
    if (name === 'begin') return this.beginEnvironment(start, nameEnd);
    if (name === 'end') return this.endEnvironment(start, nameEnd);
    if (HEADING_COMMANDS.has(name)) return this.heading(start, nameEnd);
    if (name === 'footnote' || name === 'footnotetext' || name === 'caption') return this.nestedBlock(name, start, nameEnd);
    if (name === 'item') {
      const option = this.optionAt(nameEnd, true);
      if (option) this.buffer.blank(option.open, option.close + 1);
      const innermost = this.environments[this.environments.length - 1];
      if (innermost) innermost.itemSeen = true;
      this.addBreak(start, FLOAT_ENVIRONMENTS.has(innermost?.name ?? '') ? 'caption' : 'list-item');
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
    if (QUOTATION_COMMANDS.has(name)) return this.quotation(name, start, nameEnd);
    if (NON_PROSE_COMMANDS.has(name)) return this.blankArguments(nameEnd);
    // Any other command: its name and options go, its {text} stays.
    const option = this.optionAt(nameEnd, false);
    if (option) this.buffer.blank(option.open, option.close + 1);
    return option ? option.close + 1 : nameEnd;
  }

  /**
   * csquotes' `\enquote{…}`, `\textquote[cite][punct]{…}`, `\blockquote{…}`: the command and its options go, the braces
   * read as the quotation marks they print, and the text inside is read on: someone else's words, not the writer's.
   */
  protected quotation(name: string, start: number, nameEnd: number): number {
    let end = this.source[nameEnd] === '*' ? nameEnd + 1 : nameEnd;
    // (\foreignquote{language}{…} and \hyphenquote name the language first)
    const language = name === 'foreignquote' || name === 'hyphenquote' ? this.groupAt(end, false) : undefined;
    if (language) end = language.close + 1;
    for (let option = this.optionAt(end, false); option; option = this.optionAt(end, false)) end = option.close + 1;
    this.buffer.blank(start, end);
    const group = this.groupAt(end, false);
    if (!group) return end;
    this.quotationBraces.push(group.open, group.close);
    return group.open;
  }

  protected beginEnvironment(start: number, nameEnd: number): number {
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
    if (TRACKED_ENVIRONMENTS.has(name)) this.environments.push({ name, itemSeen: false });
    this.addBreak(start, this.flowKind());
    for (;;) {
      const argument = this.optionAt(end, false) ?? (ENVIRONMENTS_WITH_ARGUMENTS.has(name) ? this.groupAt(end, false) : undefined);
      if (!argument) break;
      end = argument.close + 1;
      this.buffer.blank(argument.open, end);
    }
    return end;
  }

  protected endEnvironment(start: number, nameEnd: number): number {
    const group = this.groupAt(nameEnd);
    if (!group) return nameEnd;
    const name = this.source.slice(group.open + 1, group.close);
    const end = group.close + 1;
    this.buffer.blank(start, end);
    const innermost = this.environments[this.environments.length - 1];
    if (innermost && (innermost.name === name || endBeingTyped(name, innermost.name))) this.environments.pop();
    this.addBreak(end, this.flowKind());
    return end;
  }

  protected heading(start: number, nameEnd: number): number {
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
  protected nestedBlock(name: string, start: number, nameEnd: number): number {
    const option = this.optionAt(nameEnd, true);
    if (option) this.buffer.blank(option.open, option.close + 1);
    const open = this.skipSpaces(option ? option.close + 1 : nameEnd);
    if (this.source[open] !== '{') return open;
    const close = this.closeOf[open] >= 0 ? this.closeOf[open] : this.bodyEnd;
    if (name === 'footnote') {
      const text = this.source
        .slice(open + 1, close)
        .trim()
        .replace(/\s+/g, ' ');
      // A footnote that only glosses a term ("\footnote{Landesamt: state office}") is no source.
      if (givesASource(text)) this.markers.push({ kind: 'footnote', start, end: nameEnd, label: text.slice(0, FOOTNOTE_LABEL_LENGTH) });
    }
    this.addHole(open, close, name === 'caption' ? 'caption' : 'paragraph');
    return open;
  }

  protected citation(start: number, nameEnd: number): number {
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

  protected url(start: number, nameEnd: number): number {
    const group = this.groupAt(nameEnd);
    if (!group) return nameEnd;
    this.buffer.blank(start, group.close + 1);
    this.markers.push({ kind: 'link', start, end: group.close + 1, label: this.source.slice(group.open + 1, group.close).trim() });
    return group.close + 1;
  }

  /** \href{url}{text}: the URL goes, the text stays. */
  protected href(start: number, nameEnd: number): number {
    const target = this.groupAt(nameEnd);
    if (!target) return nameEnd;
    this.buffer.blank(start, target.close + 1);
    const text = this.groupAt(target.close + 1);
    const end = text ? text.close + 1 : target.close + 1;
    this.markers.push({ kind: 'link', start, end, label: this.source.slice(target.open + 1, target.close).trim() });
    return target.close + 1;
  }

  /** \verb|code|: any delimiter, on one line. */
  protected verb(start: number, nameEnd: number): number {
    const delimiter = this.source[nameEnd];
    if (delimiter === undefined || isLineBreak(delimiter.charCodeAt(0))) return nameEnd;
    let end = nameEnd + 1;
    while (end < this.source.length && this.source[end] !== delimiter && !isLineBreak(this.source.charCodeAt(end))) end++;
    end = Math.min(this.source.length, end + 1);
    this.buffer.blank(start, end);
    return end;
  }
}
