// Markdown evidence markers beyond the syntax tree: links (a source, or a cross-reference to another
// part of the document, or the document's own table), footnote and superscript note marks, and MyST
// roles.
import type { EvidenceMarker } from '../types';

/** "Section 3.1", "Chapter 2", "Annex B", "above": a link with this text points to another part of the document. */
export const CROSS_REFERENCE_TEXT =
  /^\s*(?:(?:section|sections|chapter|part|annex|appendix|paragraph|para\.|footnote|note|page|step|recommendation|option)\s+[\w.\-–]{1,12}|above|below|here|earlier|later|previous section|next section|next page|previous page)\s*$/i;
/** "Table 2", "Chart 1", "Figure 3": a link to the document's own data, which bears out the sentence as its own analysis. */
export const OWN_DATA_TEXT = /^\s*(?:table|figure|fig\.|chart|graph|map|exhibit|box)\s+[\w.\-–]{1,12}\s*$/i;
/** "1", "[12]", "^3", "*", "†": a link with this text is a footnote mark. */
export const NOTE_LABEL = /^\s*\[?\^?(?:\d{1,3}[a-z]?|[*†‡§]{1,3}|[ivx]{1,5})\]?\s*$/;
/** Pages of a site or book: a relative link to one of these is a chapter of the same document. */
export const PAGE_PATH = /(?:^|\/)[^/.?#]*(?:\.(?:md|markdown|qmd|rmd|html?|ipynb|mdx))?\/?(?:[?#].*)?$/i;

/**
 * Link markers as the guide reads them: a link whose text is a note number is a footnote mark;
 * a link to the document's own sections or chapters (an #anchor, a relative link to a page, a
 * site's root with an anchor, or link text such as "Section 2") is a cross-reference, not
 * evidence, and is dropped. A link to the document's own table or chart ("Table 2") stays: the
 * sentence states the writer's own analysis, which the document gives. Other markers pass unchanged.
 */
export function readLinks(text: string, markers: readonly EvidenceMarker[]): EvidenceMarker[] {
  const read: EvidenceMarker[] = [];
  for (const marker of markers) {
    if (marker.kind !== 'link' || text[marker.start] !== '[') {
      read.push(marker);
      continue;
    }
    const close = linkTextEnd(text, marker.start, marker.end);
    const linkText = text.slice(marker.start + 1, close);
    if (NOTE_LABEL.test(linkText)) read.push({ ...marker, kind: 'footnote', label: linkText.replace(/[\s[\]^]/g, '') });
    else if (OWN_DATA_TEXT.test(linkText)) read.push({ ...marker, kind: 'own-data' });
    else if (!isCrossReferenceLink(marker.label, linkText)) read.push(marker);
  }
  return read;
}

export function isCrossReferenceLink(url: string, linkText: string): boolean {
  if (CROSS_REFERENCE_TEXT.test(linkText)) return true;
  const target = url.trim();
  if (target.startsWith('#')) return true;
  // "https://site.gov#_Ref123": a converted page's anchor into itself.
  if (/^https?:\/\/[^/?#]+\/?#/i.test(target)) return true;
  if (/^[a-z][a-z0-9+.\-]*:/i.test(target) || target.startsWith('//') || target === '') return false;
  return PAGE_PATH.test(target);
}

/** The `]` closing the link text that opens at `open`, or `end`. */
export function linkTextEnd(text: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i;
  }
  return end;
}

export const MAX_NOTE_MARK = 300;
export const SUPERSCRIPT_CONTENT = /^\s*\[?(?:\d{1,3}[a-z]?(?:\s*[,–\-]\s*\d{1,3}[a-z]?)*|[*†‡§]{1,3}|[ivx]{1,5})\]?\s*$/;
export const PANDOC_SUPERSCRIPT = /\^(\d{1,3}(?:[,–\-]\d{1,3})*)\^/g;
export const MYST_ROLE = /\{([a-z][\w:\-]*)\}`([^`\n]{1,300})`/g;
export const TAG = /<[^>]*>/g;

/**
 * Marks of notes and citations the parser leaves in the text: `<sup>5</sup>` and
 * `<sup><a href="#fn5">5</a></sup>` (footnote), pandoc `^5^` (footnote) and `^[an inline note]`
 * (footnote, its text is the note's, not the sentence's), MyST roles: `{cite:p}`key`` (citation),
 * `{ref}`sec`` and other roles (markup only, returned as kind 'link' for blanking, never kept).
 * Only where the prose kept the text (inline, in a paragraph), so nothing leaks into the next sentence.
 */
export function findNoteMarks(text: string, prose: string): EvidenceMarker[] {
  const marks: EvidenceMarker[] = [];
  const kept = (from: number, to: number) => {
    for (let k = from; k < to; k++)
      if (prose.charCodeAt(k) !== 0x20 && prose.charCodeAt(k) !== 0x0a && prose.charCodeAt(k) !== 0x0d) return true;
    return false;
  };
  const lower = text.includes('<sup') || text.includes('<SUP') ? text.toLowerCase() : '';
  for (let at = lower.indexOf('<sup'); at >= 0; at = lower.indexOf('<sup', at + 4)) {
    if (lower[at + 4] !== '>' && lower[at + 4] !== ' ') continue;
    const close = lower.indexOf('</sup>', at);
    if (close < 0 || close - at > MAX_NOTE_MARK) continue;
    const end = close + 6;
    const content = text.slice(at, end).replace(TAG, '');
    if (!SUPERSCRIPT_CONTENT.test(content) || !kept(at, end)) continue;
    marks.push({ kind: 'footnote', start: at, end, label: content.trim() });
    at = close;
  }
  if (prose.includes('^')) {
    PANDOC_SUPERSCRIPT.lastIndex = 0;
    for (let m = PANDOC_SUPERSCRIPT.exec(prose); m; m = PANDOC_SUPERSCRIPT.exec(prose))
      marks.push({ kind: 'footnote', start: m.index, end: m.index + m[0].length, label: m[1] });
    for (let at = prose.indexOf('^['); at >= 0; at = prose.indexOf('^[', at + 2)) {
      const close = linkTextEnd(prose, at + 1, Math.min(prose.length, at + 1 + MAX_NOTE_MARK * 4));
      if (prose[close] !== ']') continue;
      marks.push({ kind: 'footnote', start: at, end: close + 1, label: prose.slice(at + 2, Math.min(close, at + 2 + 80)).trim() });
      at = close;
    }
  }
  if (text.includes('}`')) {
    MYST_ROLE.lastIndex = 0;
    for (let m = MYST_ROLE.exec(text); m; m = MYST_ROLE.exec(text)) {
      if (prose[m.index] !== '{') continue;
      const cite = /^(?:foot)?cite(?::|$)/.test(m[1]);
      marks.push({ kind: cite ? 'citation' : 'link', start: m.index, end: m.index + m[0].length, label: m[2].trim() });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}
