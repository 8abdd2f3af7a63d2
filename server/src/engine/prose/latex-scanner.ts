// The scan of LaTeX source into prose: the loop over the text, comments, backslashes, math, groups and
// options, and the blocks the text flow makes. What each command does is latex.ts's (LatexScanner.command).
import type { Block, BlockKind, Directive, EvidenceMarker, ProseDoc } from '../types';
import { blocksBetweenBlankLines } from './blocks';
import { endOfLine, isLineBreak, ProseBuffer } from './buffer';
import { parseDirective } from './directives';
import { findRawUrls, findTextualMarkers } from './markers';

/** Skipped environments whose content may hold unbalanced braces. */
export const VERBATIM_ENVIRONMENTS = new Set(['verbatim', 'Verbatim', 'lstlisting', 'minted', 'comment']);

export interface ListOrQuote {
  name: string;
  itemSeen: boolean;
}

/** What the reading carries across a restart point: the lists and quotes open there, and the kind of the text flowing. */
export interface FlowState {
  environments: readonly Readonly<ListOrQuote>[];
  kind: BlockKind;
}

/** The document's body: between `\begin{document}` (if any) and `\end{document}` (or the end). */
export interface LatexBody {
  /** Where `\begin{document}` starts, or -1: the preamble before it is not prose. */
  begin: number;
  start: number;
  end: number;
}

export type Reading = Pick<ProseDoc, 'prose' | 'blocks' | 'markers' | 'directives'>;

/**
 * For every `{` before `until`, the index of its matching `}` (or -1), in one pass.
 * Escaped braces, comments and verbatim-like environments do not count. `braceTops`
 * records at each checkpoint the innermost brace open there (-1: none), for
 * LatexScannerBase.restStates; `strayClosers`, whether a `}` closed no brace.
 */
export function matchBraces(source: string, until: number, braceTops: Checkpoints<number>): { closeOf: Int32Array; strayClosers: boolean } {
  const closeOf = new Int32Array(until).fill(-1);
  const open: number[] = [];
  let strayClosers = false;
  let i = 0;
  for (; i < until; i++) {
    if (i >= braceTops.next) braceTops.pass(i, open.length === 0 ? -1 : open[open.length - 1]);
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
      else strayClosers = true;
    }
  }
  braceTops.pass(i, open.length === 0 ? -1 : open[open.length - 1]);
  return { closeOf, strayClosers };
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

/** The state at the start of a body. */
export const BODY_START: FlowState = { environments: [], kind: 'paragraph' };

export const MAX_OPTION_LENGTH = 1000;

/** Tables: their cells are read as table cells, which get no finding. */
export const TABLE_ENVIRONMENTS = new Set(['tabular', 'tabular*', 'tabularx', 'tabulary', 'longtable', 'supertabular', 'xtabular', 'tblr']);

export const QUOTE_ENVIRONMENTS = new Set(['quote', 'quotation', 'verse', 'displayquote']);

/**
 * The writer's own formal statements (amsthm's theorem-like environments, by their usual names, and proofs): a model's
 * assumption, a proposition and its proof are the writer's own analysis, not claims about the world to source; a hedge
 * in them is still a hedge.
 */
export const STATEMENT_ENVIRONMENTS = new Set(
  ['assumption', 'axiom', 'claim', 'conjecture', 'corollary', 'definition', 'lemma', 'proof', 'proposition', 'theorem'].flatMap(
    (name) => [name, `${name}*`], // \newtheorem*: unnumbered
  ),
);

/** Floats and their notes: text in them beside the \caption ("\footnotesize Note: …", a tablenotes \item) is a caption's. */
export const FLOAT_ENVIRONMENTS = new Set([
  'figure',
  'figure*',
  'table',
  'table*',
  'sidewaysfigure',
  'sidewaystable',
  'wrapfigure',
  'wraptable',
  'subfigure',
  'threeparttable',
  'tablenotes',
]);

/**
 * Positions a pass over the text goes through in order, recording at each the state
 * the pass was at rest in there, if it was. A position it jumps over (a step running
 * across it) is not one it rests at.
 */
export class Checkpoints<State> {
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
export abstract class LatexScannerBase {
  protected readonly buffer: ProseBuffer;
  protected readonly markers: EvidenceMarker[] = [];
  protected readonly directives: Directive[] = [];
  /** The braces of csquotes' quotations (`\enquote{…}`), opening and closing in turn: written as quotation marks once read. */
  protected readonly quotationBraces: number[] = [];
  /** Blocks nested in the text flow (footnote, caption) or cut out of it (heading), keyed by their `{`. */
  protected readonly holes: Array<{ open: number; close: number; kind: BlockKind }> = [];
  protected readonly breaks: Array<{ at: number; kind: BlockKind }> = [];
  protected readonly environments: ListOrQuote[];
  protected readonly closeOf: Int32Array;
  /** The innermost brace open at each checkpoint (see matchBraces), and where the scan was at rest (see restState). */
  protected readonly braceTops: Checkpoints<number>;
  /** Whether a `}` in the text read closed no brace. */
  readonly strayClosers: boolean;
  protected readonly scanAtRest: Checkpoints<FlowState>;
  protected holeUntil = -1;
  /** The furthest position a step looked at, which may be past where the scan goes on (optionAt, dollarMath). */
  protected reach = -1;
  /** The break that sets the kind of the text flow here: the last one in the order buildBlocks sorts them. */
  protected flowBreak: { at: number; kind: BlockKind };
  protected readonly bodyStart: number;
  protected readonly bodyEnd: number;

  constructor(
    protected readonly source: string,
    protected readonly until: number,
    protected readonly body: LatexBody,
    protected readonly state: FlowState,
    checkpoints: readonly number[],
  ) {
    this.environments = state.environments.map((environment) => ({ ...environment }));
    this.flowBreak = { at: -1, kind: state.kind };
    this.buffer = new ProseBuffer(until === source.length ? source : source.slice(0, until), 'copy');
    this.bodyStart = body.start;
    this.bodyEnd = body.end;
    this.braceTops = new Checkpoints(checkpoints);
    ({ closeOf: this.closeOf, strayClosers: this.strayClosers } = matchBraces(source, until, this.braceTops));
    this.scanAtRest = new Checkpoints(checkpoints);
  }

  /**
   * Per checkpoint: the state a reading could start in there and read on as this one does, if it could. Not where a
   * brace open there closes after it. Where the text read runs to the document's end, a brace it leaves open never
   * closes, and the reading after it does not depend on it (an unclosed group is no group, and an unclosed footnote
   * or caption is a hole to the end, where the scan is not at rest): a reading may restart past it. (Braces close
   * innermost first, so the braces open at a checkpoint that never close are all below the innermost one that does:
   * whether the innermost closes tells.) Elsewhere the text after `until` may close it: no restart.
   */
  get restStates(): Array<FlowState | undefined> {
    const toTheEnd = this.until === this.source.length;
    return this.scanAtRest.atRest.map((state, index) => {
      const top = this.braceTops.atRest[index];
      return top === -1 || (toTheEnd && top !== undefined && this.closeOf[top] === -1) ? state : undefined;
    });
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
    for (let k = 0; k + 1 < this.quotationBraces.length; k += 2) {
      this.buffer.put(this.quotationBraces[k], '\u201c');
      this.buffer.put(this.quotationBraces[k + 1], '\u201d');
    }
    const urls = findRawUrls(this.buffer.toString());
    for (const url of urls) this.buffer.blank(url.start, url.end);
    const prose = this.buffer.toString();
    const textual = proseBefore
      ? findTextualMarkers(proseBefore + prose, proseBefore.length).map((marker) => ({
          ...marker,
          start: marker.start - proseBefore.length,
          end: marker.end - proseBefore.length,
        }))
      : findTextualMarkers(prose);
    return {
      prose,
      blocks: this.buildBlocks(prose),
      markers: [...this.markers, ...urls, ...textual].sort((a, b) => a.start - b.start),
      directives: this.directives,
    };
  }

  protected scan(from: number, stop: number): void {
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
  protected restState(at: number): FlowState | undefined {
    if (!(at < this.bodyEnd && this.holeUntil < at && this.reach < at && this.flowBreak.at < at)) return undefined;
    const { environments, flowBreak } = this;
    if (environments.length === 0 && flowBreak.kind === 'paragraph') return BODY_START;
    return { environments: environments.map((environment) => ({ ...environment })), kind: flowBreak.kind };
  }

  protected comment(at: number): number {
    const end = endOfLine(this.source, at);
    const directive = parseDirective(this.source.slice(at + 1, end), at, end);
    if (directive) this.directives.push(directive);
    this.buffer.blank(at, end);
    return end;
  }

  protected readPreambleDirectives(to: number): void {
    for (let at = this.source.indexOf('%'); at >= 0 && at < to; at = this.source.indexOf('%', at + 1)) {
      if (at > 0 && this.source[at - 1] === '\\') continue;
      at = this.comment(at);
    }
  }

  protected backslash(at: number): number {
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
    if (',;:! -/\'`"^~=.'.includes(next)) {
      // Spacing, hyphenation hints and accents: markup through and through.
      this.buffer.blank(at, at + 2);
      return at + 2;
    }
    // Escaped characters (\% \& \$ \# \_ \{ \}): the character stays, the backslash goes.
    this.buffer.blank(at, at + 1);
    return at + 2;
  }

  protected blankArguments(from: number): number {
    let end = from;
    for (;;) {
      const argument = this.optionAt(end, true) ?? this.groupAt(end);
      if (!argument) return end;
      end = argument.close + 1;
      this.buffer.blank(argument.open, end);
    }
  }

  /** `$...$` and `$$...$$`, never across a blank line. An unclosed inline `$` is blanked alone. */
  protected dollarMath(at: number): number {
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
  protected groupAt(from: number, allowSpaces = true): { open: number; close: number } | undefined {
    const open = allowSpaces ? this.skipSpaces(from) : from;
    if (this.source[open] !== '{') return undefined;
    const close = this.closeOf[open];
    return close >= 0 ? { open, close } : undefined;
  }

  /** A `[...]` option at `from`, skipping nested `{...}` groups; none across a blank line. */
  protected optionAt(from: number, allowSpaces: boolean): { open: number; close: number } | undefined {
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

  protected skipSpaces(from: number): number {
    let i = from;
    while (this.source[i] === ' ' || this.source[i] === '\t') i++;
    return i;
  }

  protected addBreak(at: number, kind: BlockKind): void {
    if (at < this.holeUntil) return; // \item inside a footnote does not cut the paragraph around it
    const brk = { at, kind };
    this.breaks.push(brk);
    if (at >= this.flowBreak.at) this.flowBreak = brk;
  }

  protected lookedAt(position: number): void {
    if (position > this.reach) this.reach = position;
  }

  protected addHole(open: number, close: number, kind: BlockKind): void {
    this.holes.push({ open, close, kind });
    this.holeUntil = Math.max(this.holeUntil, close);
  }

  /** The kind of running text here: inside a table or a quote, or in a list item once \item was seen. */
  protected flowKind(): BlockKind {
    for (let i = this.environments.length - 1; i >= 0; i--) {
      const environment = this.environments[i];
      if (TABLE_ENVIRONMENTS.has(environment.name)) return 'table-cell';
      if (QUOTE_ENVIRONMENTS.has(environment.name)) return 'quote';
      if (FLOAT_ENVIRONMENTS.has(environment.name)) return 'caption';
      if (STATEMENT_ENVIRONMENTS.has(environment.name)) return 'statement';
      if (environment.itemSeen) return 'list-item';
    }
    return 'paragraph';
  }

  protected buildBlocks(prose: string): Block[] {
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

  /** A command's handler (latex.ts): what it blanks, keeps or records, and where the scan goes on. */
  protected abstract command(name: string, start: number, nameEnd: number): number;
}
