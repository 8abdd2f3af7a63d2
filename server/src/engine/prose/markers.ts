// Evidence markers that can be read off plain text in any source language:
// numeric references "[1, 3-5]", author–year citations "(Smith et al. 2019)"
// and raw URLs. Scans are linear: each candidate bracket looks at most a
// bounded window ahead, and every regex runs on that short window only.
import { MONTH_ABBREVIATIONS, MONTHS } from '../grammar';
import type { EvidenceMarker } from '../types';
import { holdsDigit, isWhitespace, madeOnFirstUse } from '../text-shape';
import { isLetterOrDigit } from './buffer';

const MAX_NUMERIC_LENGTH = 40;
const MAX_PAREN_LENGTH = 200;
const MAX_URL_LENGTH = 2048;

const NUMERIC_CONTENT = /^\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*\s*$/;
const YEAR_PATTERN = String.raw`(?:1[5-9]|20)\d{2}[a-z]?`;
// In raw templates the en dash and the curly apostrophe are written as regex escapes (\u2013, \u2019):
// the bundles are ASCII only (esbuild.mjs), and a raw template would keep an escape as text.
// A locator in the work cited: "p. 4", "pp. 33-35", "chap. 2", "Table 2", "Figure 3.1", "box 4".
const LOCATOR = String.raw`(?:,\s*(?:(?:pp?\.|paras?\.|ch\.|chap\.|[Tt]ables?|[Ff]igures?|[Cc]harts?|[Bb]ox|[Aa]nnex|[Ss]ections?|[Ff]ig\.|[Ss]ec\.)\s*)?[A-Z]?\d+(?:\.\d+)?(?:[-\u2013]\d+)?)?`;
// An author's name; initials and abbreviations keep their dots ("U.S. Census Bureau").
const AUTHOR = String.raw`(?:[A-Z][\p{L}'\u2019\-]*(?:\.[A-Z][\p{L}'\u2019\-]*)*\.?)`;
const AUTHORS = String.raw`${AUTHOR}(?:(?:\s+(?:and|&)\s+|,\s+|\s+)${AUTHOR})*(?:\s+et\s+al\.?)?`;
/** One part of "(see Smith et al. 2019, p. 4; Lee 2020)". */
const AUTHOR_YEAR_PART = madeOnFirstUse(
  () =>
    new RegExp(
      String.raw`^\s*(?:(?:see|see also|e\.g\.,?|cf\.|also)\s+)?(${AUTHORS}),?\s+${YEAR_PATTERN}(?:,\s*${YEAR_PATTERN})*${LOCATOR}\s*$`,
      'u',
    ),
);
/** A year at the start or after a space: both forms hold one. */
const YEAR_AFTER_SPACE = new RegExp(String.raw`(?:^|\s)${YEAR_PATTERN}`);
/** The parenthesis after a narrative citation: "Smith (2019)", "Smith (2019a, p. 4)". */
const YEARS_ONLY = madeOnFirstUse(() => new RegExp(String.raw`^\s*${YEAR_PATTERN}(?:\s*[,;]\s*${YEAR_PATTERN})*${LOCATOR}\s*$`, 'u'));
/** Capitalised words that look like an author before a year but are dates ("(June 2019)"). */
const NOT_AUTHORS = new Set([
  ...MONTHS,
  ...MONTH_ABBREVIATIONS,
  'Spring',
  'Summer',
  'Autumn',
  'Fall',
  'Winter',
  'FY',
  'CY',
  'Since',
  'Until',
  'Before',
  'After',
  'From',
  'In',
  'By',
  'End',
  'Mid',
  'Early',
  'Late',
]);

/**
 * Numeric and author–year markers whose bracket opens at or after `from`. They stay in
 * the prose; callers only record them. A narrative citation's author is looked for in
 * the NARRATIVE_LOOKBACK characters before its parenthesis.
 */
export function findTextualMarkers(prose: string, from = 0): EvidenceMarker[] {
  const markers: EvidenceMarker[] = [];
  // Only brackets open a marker: jump from one to the next, past each marker found.
  const opening = /[\[(]/g;
  opening.lastIndex = from;
  for (let found = opening.exec(prose); found; found = opening.exec(prose)) {
    const i = found.index;
    const marker = prose[i] === '[' ? numericAt(prose, i) : authorYearAfter(prose, i);
    if (marker) {
      markers.push(marker);
      opening.lastIndex = marker.end;
    }
  }
  return addSourceLines(prose, from, markers);
}

/** "Source: Eurostat, trade tables." on a line of its own: the writer names the source of what it follows. */
const SOURCE_LINE = /(?:^|\n)[ \t*_]*((?:sources?|data sources?)[ \t]*[*_]*:)[^\n]*/gi;

function addSourceLines(prose: string, from: number, markers: EvidenceMarker[]): EvidenceMarker[] {
  if (!/ource/.test(prose)) return markers;
  SOURCE_LINE.lastIndex = from;
  let added = false;
  for (let m = SOURCE_LINE.exec(prose); m; m = SOURCE_LINE.exec(prose)) {
    const start = m.index + m[0].indexOf(m[1]);
    let end = m.index + m[0].length;
    while (end > start && (prose[end - 1] === ' ' || prose[end - 1] === '\t' || prose[end - 1] === '\r')) end--;
    const label = prose.slice(start + m[1].length, end).trim();
    if (label === '' || start < from || markers.some((marker) => marker.start < end && start < marker.end)) continue;
    markers.push({ kind: 'citation', start, end, label });
    added = true;
  }
  return added ? markers.sort((a, b) => a.start - b.start) : markers;
}

/** Keys of an "alpha" style: a name's first letters, a two- or four-digit year, maybe a letter ("ston87a"); several by commas. */
const ALPHA_KEY = '[A-Za-z]{2,8}\\+?(?:\\d{2}|\\d{4})[a-z]?';
const ALPHA_KEYS = new RegExp(`^\\s*${ALPHA_KEY}(?:\\s*[,;]\\s*${ALPHA_KEY})*\\s*$`);

/** "[^3]", "[^note-2]" left as text (its definition is outside the text read): a footnote mark all the same. */
const FOOTNOTE_LABEL = /^\^[\w\-]{1,40}$/;

function numericAt(prose: string, open: number): EvidenceMarker | undefined {
  const close = findCloser(prose, open, ']', MAX_NUMERIC_LENGTH);
  if (close > 0 && prose[open + 1] === '^' && FOOTNOTE_LABEL.test(prose.slice(open + 1, close)))
    return { kind: 'footnote', start: open, end: close + 1, label: prose.slice(open + 2, close) };
  if (close > 0 && NUMERIC_CONTENT.test(prose.slice(open + 1, close)))
    return { kind: 'numeric', start: open, end: close + 1, label: prose.slice(open + 1, close).trim() };
  // "[ston86]", "[Knu84, rowe87]": an alphabetic citation key, as an "alpha" bibliography style prints it (a numbered
  // reference list's kin: its entries open with the key)
  if (close > 0 && ALPHA_KEYS.test(prose.slice(open + 1, close)))
    return { kind: 'numeric', start: open, end: close + 1, label: prose.slice(open + 1, close).trim() };
  // "[para 55]", "[paras 11–13]": a pinpoint in square brackets, as court summaries write them.
  return close > 0 ? pinpointAt(prose, open, close) : undefined;
}

function authorYearAfter(prose: string, open: number): EvidenceMarker | undefined {
  const close = findCloser(prose, open, ')', MAX_PAREN_LENGTH);
  if (close < 0) return undefined;
  return (
    sourceNoteAt(prose, open, close) ?? ownDataAt(prose, open, close) ?? pinpointAt(prose, open, close) ?? authorYearAt(prose, open, close)
  );
}

/**
 * "(para 63)", "(paras 71–74)", "(§ 12)", "[para 55]", "[Day 1, p. 12]", "(pp. 3–5)": a pinpoint in the judgment, transcript
 * or text under discussion, its day, volume or tab first ("see paragraph 3" points within).
 */
const PINPOINT =
  /^\s*(?:(?:day|vol\.?|volume|tab|transcript|exhibit|bundle)\s*\d{1,4}\s*,\s*)?(?:paras?\.?|paragraphs?|§§?|pp?\.|pages?)\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?(?:\s*(?:,|and)\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?)*\s*$/i;

function pinpointAt(prose: string, open: number, close: number): EvidenceMarker | undefined {
  const content = prose.slice(open + 1, close);
  return holdsDigit(content) && PINPOINT.test(content)
    ? { kind: 'citation', start: open, end: close + 1, label: content.trim() }
    : undefined;
}

/** "(see Figure 1)", "(Table 2, column 3)", "(Charts 4 and 5 below)": a pointer to the document's own data. */
const OWN_DATA_NOTE =
  /^\s*(?:see\s+(?:also\s+)?)?(?:tables?|figures?|figs?\.|charts?|graphs?|maps?|exhibits?|box)\s+[A-Z]?\d{1,3}[a-z]?(?:\.\d{1,3})*(?:\s*(?:and|,|–|-|&)\s*[A-Z]?\d{1,3}[a-z]?(?:\.\d{1,3})*)*(?:\s+(?:below|above))?(?:[,;][^()]*)?\s*$/i;

function ownDataAt(prose: string, open: number, close: number): EvidenceMarker | undefined {
  const content = prose.slice(open + 1, close);
  // The pattern wants a number: a parenthesis without a digit skips it (and a cold run its compile).
  return holdsDigit(content) && OWN_DATA_NOTE.test(content)
    ? { kind: 'own-data', start: open, end: close + 1, label: content.trim() }
    : undefined;
}

/** "(Source: Eurostat trade tables)", "(Sources: ONS; HMRC)", "(Data: IMF WEO)": the writer names the source in brackets. */
const SOURCE_NOTE = /^\s*(?:sources?|data(?: sources?)?|source data)\s*:\s*\S/i;

function sourceNoteAt(prose: string, open: number, close: number): EvidenceMarker | undefined {
  const colon = prose.indexOf(':', open + 1); // the pattern's colon: most parentheses hold none, and skip it
  if (colon < 0 || colon >= close) return undefined;
  const content = prose.slice(open + 1, close);
  if (!SOURCE_NOTE.test(content)) return undefined;
  return { kind: 'citation', start: open, end: close + 1, label: content.slice(content.indexOf(':') + 1).trim() };
}

function authorYearAt(prose: string, open: number, close: number): EvidenceMarker | undefined {
  const content = prose.slice(open + 1, close);
  // Most parentheses hold no such year: they are passed without the Unicode regexes below (compiling those costs a cold run about 0.5 ms).
  if (!YEAR_AFTER_SPACE.test(content)) return undefined;
  if (YEARS_ONLY().test(content)) {
    const authorStart = narrativeAuthorStart(prose, open);
    if (authorStart < 0) return undefined;
    const author = prose.slice(authorStart, open).trim();
    return { kind: 'author-year', start: authorStart, end: close + 1, label: `${author} ${content.trim()}` };
  }
  const parts = content.split(';');
  for (const part of parts) {
    const match = AUTHOR_YEAR_PART().exec(part);
    if (!match || NOT_AUTHORS.has(match[1])) return undefined;
  }
  return { kind: 'author-year', start: open, end: close + 1, label: content.trim() };
}

const NARRATIVE_AUTHORS = madeOnFirstUse(() => /((?:[A-Z][\p{L}'’\-]*\s+(?:and|&)\s+)?[A-Z][\p{L}'’\-]*(?:\s+et\s+al\.?)?)\s?$/u);

/** How far before "(2019)" its author may start. */
export const NARRATIVE_LOOKBACK = 80;

/** Start of "Smith", "Smith and Lee" or "Smith et al." right before "(2019)", or -1. */
function narrativeAuthorStart(prose: string, open: number): number {
  const before = prose.slice(Math.max(0, open - NARRATIVE_LOOKBACK), open);
  const match = NARRATIVE_AUTHORS().exec(before);
  if (!match || NOT_AUTHORS.has(match[1].split(/\s/)[0])) return -1;
  return open - before.length + match.index;
}

/** Index of `closer` within `limit` characters after `open`, not crossing a blank line or another opener; -1 if none. */
function findCloser(text: string, open: number, closer: ']' | ')', limit: number): number {
  // Found natively: the closer within the limit, with no opener and no second line break before it.
  const close = text.indexOf(closer, open + 1);
  if (close < 0 || close >= Math.min(text.length, open + 1 + limit)) return -1;
  const opener = text.indexOf(text[open], open + 1);
  if (opener >= 0 && opener < close) return -1;
  const lineBreak = text.indexOf('\n', open + 1);
  if (lineBreak >= 0 && lineBreak < close) {
    const second = text.indexOf('\n', lineBreak + 1);
    if (second >= 0 && second < close) return -1;
  }
  return close;
}

/** Raw http(s):// and www. URLs, without trailing sentence punctuation. */
export function findRawUrls(text: string): EvidenceMarker[] {
  const urls: EvidenceMarker[] = [];
  const http = new NextOccurrence(text, 'http');
  const www = new NextOccurrence(text, 'www.');
  let i = 0;
  while (i < text.length) {
    const start = Math.min(http.from(i), www.from(i));
    if (start === Infinity) break;
    if (!isUrlStart(text, start)) {
      i = start + 1;
      continue;
    }
    let end = start;
    const limit = Math.min(text.length, start + MAX_URL_LENGTH);
    while (end < limit && !URL_STOP.has(text[end]) && text.charCodeAt(end) > 0x20) end++;
    end = trimUrlEnd(text, start, end);
    urls.push({ kind: 'link', start, end, label: text.slice(start, end) });
    i = Math.max(end, start + 1);
  }
  return urls;
}

/** indexOf with memory, so repeated look-ups from increasing positions stay linear overall. */
class NextOccurrence {
  private at = -2;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  from(position: number): number {
    if (this.at === -1) return Infinity;
    if (this.at < position) this.at = this.text.indexOf(this.needle, position);
    return this.at === -1 ? Infinity : this.at;
  }
}

const URL_STOP = new Set(['<', '>', '"', '`', '\u00a0', '\u201c', '\u201d']);
const URL_TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '’', '*', '_']);

/** Besides letters and digits, what a URL cannot follow. */
const BEFORE_NO_URL = new Set(['_', '/', '.', '@', '-']);

function isUrlStart(text: string, at: number): boolean {
  if (at > 0 && (isLetterOrDigit(text[at - 1]) || BEFORE_NO_URL.has(text[at - 1]))) return false;
  if (text.startsWith('https://', at) || text.startsWith('http://', at)) return true;
  return text.startsWith('www.', at) && isLetterOrDigit(text[at + 4] ?? '');
}

function trimUrlEnd(text: string, start: number, end: number): number {
  let stop = end;
  for (;;) {
    const last = text[stop - 1];
    if (URL_TRAILING.has(last)) stop--;
    else if (last === ')' || last === ']') {
      // Keep a closing bracket only when the URL opened it: en.wikipedia.org/wiki/X_(Y)
      const opener = last === ')' ? '(' : '[';
      const body = text.slice(start, stop);
      if (body.split(opener).length - 1 >= body.split(last).length - 1) break;
      stop--;
    } else break;
    if (stop <= start) return end;
  }
  return stop;
}

// ---- Pandoc citations ---------------------------------------------------------

/** Besides letters, digits and _ (which start and end a key), what a key may hold inside. */
const CITATION_KEY_INNER_PUNCTUATION = new Set([':', '.', '#', '$', '%', '&', '-', '+', '?', '<', '>', '~', '/']);
const MAX_BRACKET_CITATION = 400;
/** What the citation scan stops at: brackets, line breaks and @. */
const CITATION_SYNTAX = /[[\]\n@]/g;
/** The kinds of Quarto/pandoc-crossref references (@fig-gdp, @tbl:costs, @eq-growth): they point inside the document, not to a source. */
const CROSS_REFERENCE_KINDS = new Set(['fig', 'tbl', 'sec', 'eq', 'lst', 'thm', 'lem', 'cor', 'prp', 'cnj', 'def', 'exm', 'exr']);

/** "fig-gdp", "tbl:costs", "eq-growth": a key that starts with a kind of cross-reference (2 or 3 letters) and '-' or ':'. */
function isCrossReference(key: string): boolean {
  return (
    ((key[2] === '-' || key[2] === ':') && CROSS_REFERENCE_KINDS.has(key.slice(0, 2))) ||
    ((key[3] === '-' || key[3] === ':') && CROSS_REFERENCE_KINDS.has(key.slice(0, 3)))
  );
}

/**
 * `[@key]`, `[@a; @b, p. 4]`, `[see @key]` and bare `@key` (not e-mail addresses).
 * Label: the keys, comma-separated.
 */
export function findPandocCitations(prose: string, bracketedOnly = false): EvidenceMarker[] {
  const citations: EvidenceMarker[] = [];
  if (!prose.includes('@')) return citations; // every citation holds a key after an @
  let bracketOpen = -1;
  let bracketKeys: string[] = [];
  // Only brackets, line breaks and @ matter: jump from one to the next.
  CITATION_SYNTAX.lastIndex = 0;
  for (let found = CITATION_SYNTAX.exec(prose); found; found = CITATION_SYNTAX.exec(prose)) {
    const i = found.index;
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
    } else if (
      ch === '\n' &&
      bracketOpen >= 0 &&
      (i - bracketOpen > MAX_BRACKET_CITATION || /^[ \t\r]*\n/.test(prose.slice(i + 1, i + 40)))
    ) {
      bracketOpen = -1; // a citation never crosses a blank line
    } else if (ch === '@' && isCitationBoundary(prose, i)) {
      const keyEnd = citationKeyEnd(prose, i + 1);
      if (keyEnd <= i + 1) continue;
      const key = prose.slice(i + 1, keyEnd);
      const start = i > 0 && prose[i - 1] === '-' ? i - 1 : i;
      if (!isCrossReference(key) && (!bracketedOnly || bracketOpen >= 0)) {
        citations.push({ kind: 'citation', start, end: keyEnd, label: key });
        if (bracketOpen >= 0) bracketKeys.push(key);
      }
      CITATION_SYNTAX.lastIndex = keyEnd;
    }
  }
  return citations;
}

function isCitationBoundary(prose: string, at: number): boolean {
  if (at === 0) return true;
  const before = prose[at - 1];
  return before === '[' || before === '-' || before === ';' || before === '(' || isWhitespace(before);
}

/** End of a key starting at `from`: internal punctuation is allowed, trailing punctuation is not. */
function citationKeyEnd(prose: string, from: number): number {
  if (prose[from] === '{') {
    const close = prose.indexOf('}', from);
    return close > from && close - from < 200 ? close + 1 : from;
  }
  if (!isCitationKeyStart(prose[from] ?? '')) return from;
  let end = from + 1;
  let i = from + 1;
  for (; i < prose.length; i++) {
    if (isCitationKeyStart(prose[i])) end = i + 1;
    else if (!CITATION_KEY_INNER_PUNCTUATION.has(prose[i])) break;
  }
  return end;
}

/** A letter, a digit or _ (one UTF-16 unit): the shared letter-or-digit test decides ASCII without a Unicode regex. */
function isCitationKeyStart(ch: string): boolean {
  return ch === '_' || isLetterOrDigit(ch);
}

/**
 * A note's number glued to the punctuation that ends a sentence, as text copied from a PDF has it: "by 20 percent.4
 * However, …". After a word it is no decimal. (After a figure, "in fiscal year 2024.3 Cloud …", only the notes at the
 * document's end could tell, and a paragraph is read without the others.)
 */
const GLUED_NOTE = /(?<=[\p{L}%)\]"\u201d\u2019][.,;:!?])\d{1,3}(?=[ \t]+["\u201c(]?[A-Z]|[ \t]*(?:\r?\n|$))/gu;

const REFERENCE_ABBREVIATIONS = new Set([
  'p',
  'pp',
  'no',
  'nos',
  'vol',
  'fig',
  'figs',
  'sec',
  'para',
  'paras',
  'art',
  'arts',
  'ch',
  'chap',
  's',
  'ss',
  'eq',
  'eqs',
  'ref',
  'refs',
  'op',
  'cf',
  'v',
  'vs',
]);

export function findGluedNoteNumbers(text: string): EvidenceMarker[] {
  if (!/[.,;:!?]\d/.test(text)) return [];
  const notes: EvidenceMarker[] = [];
  GLUED_NOTE.lastIndex = 0;
  for (let m = GLUED_NOTE.exec(text); m; m = GLUED_NOTE.exec(text)) {
    // ("p.4", "No.3", "Fig.2": an abbreviation and its number)
    const word = /[\p{L}]+(?=[.,;:!?]$)/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0];
    if (word !== undefined && REFERENCE_ABBREVIATIONS.has(word.toLowerCase())) continue;
    notes.push({ kind: 'footnote', start: m.index, end: m.index + m[0].length, label: m[0] });
  }
  return notes;
}
