// The headings of a document, for the evidence map's sections: Markdown (ATX and setext, not in front
// matter, code or comments), LaTeX sectioning commands (not commented out), and short stand-alone
// lines of plain text.
import type { Heading } from './evidence-map';

/** The document's headings, in order: Markdown (ATX and setext; not in code or front matter), LaTeX sectioning commands, plain-text title lines. */
export function findHeadings(source: string, languageId: string): Heading[] {
  if (languageId === 'latex') return latexHeadings(source);
  if (languageId === 'plaintext') return plainHeadings(source);
  return markdownHeadings(source);
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

export function linesOf(source: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) && m[0].length > 0) {
    const text = m[0].replace(/[\r\n]+$/, '');
    lines.push({ start: m.index, end: m.index + text.length, text });
  }
  return lines;
}

export const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;
export const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

export function markdownHeadings(source: string): Heading[] {
  const headings: Heading[] = [];
  let at = 0;
  // YAML front matter
  if (/^---[ \t]*(\r?\n|$)/.test(source)) {
    const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
    close.lastIndex = 3;
    const found = close.exec(source);
    if (found) at = found.index + found[0].length;
  }
  let fence: string | undefined;
  let inComment = false;
  let previousBlank = true;
  // The line before, when it may be the text of a setext heading: its span.
  let previous: { start: number; end: number } | undefined;
  while (at <= source.length) {
    let end = source.indexOf('\n', at);
    if (end < 0) end = source.length;
    const lineEnd = end > at && source.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const start = at;
    at = end + 1;
    // The first character after up to three spaces decides whether the line needs a closer look.
    let first = start;
    while (first < lineEnd && first - start < 4 && source.charCodeAt(first) === 32) first++;
    const blank = first >= lineEnd && /^\s*$/.test(source.slice(start, lineEnd));
    const ch = source[first];
    if (fence) {
      if (source.startsWith(fence, first)) fence = undefined;
      previous = undefined;
      previousBlank = blank;
      if (end >= source.length) break;
      continue;
    }
    if (inComment) {
      if (source.slice(start, lineEnd).includes('-->')) inComment = false;
      previous = undefined;
      previousBlank = blank;
      if (end >= source.length) break;
      continue;
    }
    let candidate = false;
    if (first - start < 4) {
      if (ch === '#') {
        const atx = ATX.exec(source.slice(start, lineEnd));
        if (atx) {
          const title = cleanTitle(atx[2] ?? '');
          if (title) headings.push({ start, end: lineEnd, level: atx[1].length, title });
          previous = undefined;
          previousBlank = false;
          if (end >= source.length) break;
          continue;
        }
      } else if (ch === '`' || ch === '~') {
        const f = FENCE.exec(source.slice(start, lineEnd));
        if (f) {
          fence = f[1].slice(0, 3);
          previous = undefined;
          previousBlank = false;
          if (end >= source.length) break;
          continue;
        }
      } else if (ch === '<' && source.startsWith('<!--', first) && !source.slice(first, lineEnd).includes('-->')) {
        inComment = true;
        previous = undefined;
        previousBlank = false;
        if (end >= source.length) break;
        continue;
      } else if ((ch === '=' || ch === '-') && previous && SETEXT.test(source.slice(start, lineEnd))) {
        // "Title\n---" is a heading; "---" alone after a blank line is a rule (no previous line).
        headings.push({
          start: previous.start,
          end: lineEnd,
          level: ch === '=' ? 1 : 2,
          title: cleanTitle(source.slice(previous.start, previous.end)),
        });
        previous = undefined;
        previousBlank = false;
        if (end >= source.length) break;
        continue;
      }
      candidate = !blank && previousBlank && !/^([-*+>|]|\d+[.)])\s/.test(source.slice(first, Math.min(lineEnd, first + 12)));
    }
    previous = candidate ? { start, end: lineEnd } : undefined;
    previousBlank = blank;
    if (end >= source.length) break;
  }
  return headings;
}

/** Inline markup off a heading's text: emphasis, code ticks, link targets, attributes ({#id}). */
export function cleanTitle(text: string): string {
  return text
    .replace(/\{[#.][^}]*\}\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const LATEX_LEVELS: Record<string, number> = { part: 1, chapter: 1, section: 1, subsection: 2, subsubsection: 3, paragraph: 4 };
export const SECTIONING_COMMAND = /\\(part|chapter|section|subsection|subsubsection|paragraph)\*?\s*(?:\[[^\]]*\])?\s*\{/g;

export function latexHeadings(source: string): Heading[] {
  const headings: Heading[] = [];
  const hasChapters = /\\chapter\*?\s*[[{]/.test(source);
  SECTIONING_COMMAND.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SECTIONING_COMMAND.exec(source))) {
    const lineStart = source.lastIndexOf('\n', m.index) + 1;
    if (/(^|[^\\])%/.test(source.slice(lineStart, m.index))) continue; // commented out
    let depth = 1;
    let at = m.index + m[0].length;
    while (at < source.length && depth > 0) {
      const ch = source[at];
      if (ch === '\\') at++;
      else if (ch === '{') depth++;
      else if (ch === '}') depth--;
      at++;
    }
    const raw = source.slice(m.index + m[0].length, at - 1);
    const title = raw
      .replace(/\\[a-zA-Z]+\*?(\[[^\]]*\])?/g, '')
      .replace(/[{}~]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    let level = LATEX_LEVELS[m[1]];
    if (hasChapters && m[1] !== 'part' && m[1] !== 'chapter') level++;
    headings.push({ start: m.index, end: at, level, title: title || m[1] });
    SECTIONING_COMMAND.lastIndex = at;
  }
  return headings;
}

/**
 * Plain text has no markup: a heading is a short line standing alone (blank lines around it, or the
 * first line), starting with a capital or a section number, with no sentence end and no comma.
 */
export function plainHeadings(source: string): Heading[] {
  const lines = linesOf(source);
  const headings: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text.trim();
    if (!text) continue;
    const aloneBefore = i === 0 || lines[i - 1].text.trim() === '';
    const aloneAfter = i + 1 >= lines.length || lines[i + 1].text.trim() === '';
    if (!aloneBefore || !aloneAfter || i + 1 >= lines.length) continue;
    const words = text.split(/\s+/);
    if (words.length > 10 || text.length > 80) continue;
    if (/[.?!,;:"”)]$/.test(text) || !/^(\d+(\.\d+)*\.?\s+)?[\p{Lu}]/u.test(text)) continue;
    const numbered = /^(\d+(?:\.\d+)*)\.?\s/.exec(text);
    const level = numbered ? numbered[1].split('.').length : 1;
    headings.push({ start: lines[i].start, end: lines[i].end, level, title: text });
  }
  return headings;
}
