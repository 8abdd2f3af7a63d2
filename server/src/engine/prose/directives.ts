// In-document switches: `<!-- evident-disable hedge -->`, `% evident-enable`,
// `<!-- evident-disable-next-line weasel booster -->`, and `<!-- evident-disable-line hedge -->`
// at the end of the line it silences (inside a paragraph it renders as nothing and keeps the
// paragraph whole, where a comment on a line of its own would end it). A directive's span is
// its whole comment; an empty rule list means every rule.
import type { Directive, Span } from '../types';
import { endOfLine } from './buffer';

const DIRECTIVE = /^\s*evident-(disable-next-line|disable-line|disable|enable)(?=\s|$)([^]*)$/;
const HTML_COMMENT_OPEN = '<!--';
const HTML_COMMENT_CLOSE = '-->';

/** Reads a directive from a comment's inner text ("evident-disable hedge"), if it is one. */
export function parseDirective(commentBody: string, start: number, end: number): Directive | undefined {
  const match = DIRECTIVE.exec(commentBody);
  if (!match) return undefined;
  const rules = match[2]
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((rule) => rule.toLowerCase());
  return { kind: match[1] as Directive['kind'], rules, start, end };
}

/** HTML comments `<!-- ... -->` in source[from, to); unterminated comments are ignored. */
export function findHtmlComments(source: string, from = 0, to = source.length): Array<{ start: number; end: number; body: string }> {
  const comments: Array<{ start: number; end: number; body: string }> = [];
  let at = source.indexOf(HTML_COMMENT_OPEN, from);
  while (at >= 0 && at < to) {
    const close = source.indexOf(HTML_COMMENT_CLOSE, at + HTML_COMMENT_OPEN.length);
    if (close < 0 || close + HTML_COMMENT_CLOSE.length > to) break;
    const end = close + HTML_COMMENT_CLOSE.length;
    comments.push({ start: at, end, body: source.slice(at + HTML_COMMENT_OPEN.length, close) });
    at = source.indexOf(HTML_COMMENT_OPEN, end);
  }
  return comments;
}

/** Directives written as HTML comments within source[from, to). */
export function findHtmlDirectives(source: string, from = 0, to = source.length): Directive[] {
  const directives: Directive[] = [];
  for (const comment of findHtmlComments(source, from, to)) {
    const directive = parseDirective(comment.body, comment.start, comment.end);
    if (directive) directives.push(directive);
  }
  return directives;
}

/** Whether `ruleId` is switched off at `offset` (see Suppressions). */
export function isSuppressed(directives: readonly Directive[], source: string, ruleId: string, offset: number): boolean {
  return new Suppressions(directives, source).has(ruleId, offset);
}

/**
 * A document's directives, ordered once for many questions. Directives apply
 * in document order: disable…enable regions, and disable-next-line for the
 * first line holding text after the comment's last line.
 */
export class Suppressions {
  private readonly ordered: Directive[];
  /** For each disable-next-line and disable-line directive, the line it switches off. */
  private readonly nextLines: Array<Span | undefined>;

  constructor(directives: readonly Directive[], source: string) {
    this.ordered = [...directives].sort((a, b) => a.start - b.start);
    this.nextLines = this.ordered.map((d) =>
      d.kind === 'disable-next-line' ? nextTextLine(source, d.end) : d.kind === 'disable-line' ? lineHolding(source, d.start) : undefined,
    );
  }

  get empty(): boolean {
    return this.ordered.length === 0;
  }

  has(ruleId: string, offset: number): boolean {
    if (this.ordered.length === 0) return false;
    const rule = ruleId.toLowerCase();
    let allDisabled = false;
    const disabled = new Set<string>();
    const reEnabled = new Set<string>();
    for (const [index, directive] of this.ordered.entries()) {
      if (directive.kind === 'disable-next-line' || directive.kind === 'disable-line') {
        if (appliesTo(directive, rule) && lineContains(this.nextLines[index], offset)) return true;
        continue;
      }
      if (directive.end > offset) continue;
      if (directive.kind === 'disable') {
        if (directive.rules.length === 0) {
          allDisabled = true;
          reEnabled.clear();
        } else {
          for (const r of directive.rules) {
            disabled.add(r);
            reEnabled.delete(r);
          }
        }
      } else if (directive.rules.length === 0) {
        allDisabled = false;
        disabled.clear();
        reEnabled.clear();
      } else {
        for (const r of directive.rules) {
          disabled.delete(r);
          reEnabled.add(r);
        }
      }
    }
    return disabled.has(rule) || (allDisabled && !reEnabled.has(rule));
  }
}

function appliesTo(directive: Directive, rule: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(rule);
}

function lineContains(line: { start: number; end: number } | undefined, offset: number): boolean {
  return line !== undefined && offset >= line.start && offset < line.end;
}

/** The line holding `offset`. */
function lineHolding(source: string, offset: number): { start: number; end: number } {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  return { start, end: endOfLine(source, offset) };
}

/** The first line after the one holding `from` that has a non-whitespace character. */
function nextTextLine(source: string, from: number): { start: number; end: number } | undefined {
  let lineStart = nextLineStart(source, from);
  while (lineStart < source.length) {
    const lineEnd = endOfLine(source, lineStart);
    if (/\S/.test(source.slice(lineStart, lineEnd))) return { start: lineStart, end: lineEnd };
    lineStart = nextLineStart(source, lineEnd);
  }
  return undefined;
}

function nextLineStart(source: string, from: number): number {
  const eol = endOfLine(source, from);
  if (eol >= source.length) return source.length;
  return source[eol] === '\r' && source[eol + 1] === '\n' ? eol + 2 : eol + 1;
}
