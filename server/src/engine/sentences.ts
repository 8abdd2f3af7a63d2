// Sentence splitting over extracted prose: one linear scan per block, with a
// bounded look-back for abbreviations and a look-ahead over spaces and markers.
// Sentences never cross blocks; blocks nested in a block (LaTeX footnotes,
// captions) are skipped while scanning it and split on their own.
import { MONTH_ABBREVIATIONS } from './grammar';
import { isLetterOrDigit, isSpace } from './prose/buffer';
import { holdsLetterOrDigit, isDigits, isInitials, madeOnFirstUse } from './text-shape';
import type { Block, EvidenceMarker, ProseDoc, Sentence, Span } from './types';

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const OPENERS = new Set(['"', "'", '“', '‘', '«', '(', '[']);
/** A sentence may start with a letter, a digit or one of these; bullets, dashes and emoji before it are left out. */
const SENTENCE_OPENERS = new Set([...OPENERS, '¿', '¡', '$', '€', '£', '¥', '#', '%', '+', '-', '–', '§', '@']);
const ABBREVIATION_LOOKBACK = 12;
/** Longer than any real sentence (the longest in the labelled sets is about 1,000 characters). */
const MAX_SENTENCE_LENGTH = 3_000;

/** Abbreviations after which a sentence never ends: a name, number or reference follows. */
const ALWAYS_CONTINUES = new Set([
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Prof',
  'Sr',
  'St',
  'No',
  'Nos',
  'Fig',
  'Figs',
  'Eq',
  'Vol',
  'Art',
  'Sec',
  'Ch',
  'Gen',
  'Sen',
  'Rep',
  'Gov',
  'Lt',
  'Col',
  'Capt',
  'Rev',
  'Hon',
  'vs',
  'cf',
  'approx',
  'p',
  'pp',
  'ca',
  'viz',
  'para',
  'e.g',
  'i.e',
  'fig',
  'no',
  'vol',
  'ed',
  'eds',
]);
/** Abbreviations that can also end a sentence ("... in the U.S. The ..."): they end one only before a typical sentence opener. */
const ENDS_BEFORE_STARTER = new Set(['etc', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Jr', 'al', 'est', 'a.m', 'p.m', ...MONTH_ABBREVIATIONS]);
const SENTENCE_STARTERS = new Set([
  'The',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'Its',
  'In',
  'On',
  'At',
  'As',
  'But',
  'And',
  'Or',
  'However',
  'Yet',
  'So',
  'A',
  'An',
  'We',
  'They',
  'He',
  'She',
  'I',
  'You',
  'There',
  'Their',
  'Our',
  'Such',
  'Many',
  'Most',
  'Some',
  'If',
  'When',
  'While',
  'Although',
  'Moreover',
  'Furthermore',
  'Meanwhile',
  'Nevertheless',
  'Thus',
  'Therefore',
  'Hence',
  'Instead',
  'Still',
  'What',
  'Why',
  'How',
  'Who',
  'Since',
  'After',
  'Before',
  'For',
  'With',
  'By',
  'To',
  'Despite',
  'According',
  'Overall',
  'Finally',
  'First',
  'Second',
  'Third',
  'Also',
  'Even',
  'Only',
  'Both',
  'Each',
  'All',
  'Not',
  'One',
  'Another',
  'Given',
  'Under',
  'Over',
  'From',
  'Between',
  'Today',
]);
// Compiled once: a regex literal in a function is a new object on every call. The Unicode ones only run on text that is
// not ASCII, decided first by character codes: compiling a Unicode property class costs a cold run about 0.3 ms each,
// and a plain regex some 30 µs.
const LETTER = madeOnFirstUse(() => /\p{L}/u);
const FULL_STOP = 0x2e;

export function splitSentences(doc: ProseDoc): Sentence[] {
  const markerEndAt = new Map<number, number>();
  for (const marker of doc.markers)
    if (!namesItsSource(doc.source, marker)) markerEndAt.set(marker.start, Math.max(marker.end, markerEndAt.get(marker.start) ?? 0));
  const sentences: Sentence[] = [];
  const { blocks } = doc;
  const terminators = new NextTerminator(doc.prose);
  let nesting = false;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const nested: Span[] = [];
    for (let k = index + 1; k < blocks.length && blocks[k].start < block.end; k++) {
      if (blocks[k].end <= block.end && blocks[k].start >= block.start) nested.push(blocks[k]);
    }
    nesting ||= nested.length > 0;
    new BlockSplitter(doc.prose, block, index, nested, markerEndAt, terminators, sentences).run();
  }
  return nesting ? withoutCoveredSentences(sentences) : sentences;
}

/**
 * "… close to zero. [Sandoval (2018)](https://doi.org/…) found larger effects", "… zero. Sandoval (2018) found …": a link
 * whose words open with a capital, or a narrative citation, is the subject of the sentence it starts, not a marker trailing
 * the sentence before ("… in 2019. [1](…)" and "… in 2019. (Smith 2019)" trail).
 */
function namesItsSource(source: string, marker: EvidenceMarker): boolean {
  const at = source.charCodeAt(marker.start);
  // ("Smith (2019) found …": a narrative author–year citation opens its sentence the same way)
  if (marker.kind === 'author-year') return isCapital(at);
  return marker.kind === 'link' && at === 0x5b /* [ */ && isCapital(source.charCodeAt(marker.start + 1));
}
const isCapital = (code: number) => code >= 0x41 && code <= 0x5a;

/**
 * A footnote written mid-sentence ("The reform\footnote{...} cut costs.") is
 * read as part of the sentence around it, so its own sentences are dropped;
 * the rest is put in document order.
 */
function withoutCoveredSentences(sentences: Sentence[]): Sentence[] {
  const ordered = [...sentences].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Sentence[] = [];
  let coveredUntil = -1;
  for (const sentence of ordered) {
    if (sentence.end <= coveredUntil) continue;
    kept.push(sentence);
    coveredUntil = Math.max(coveredUntil, sentence.end);
  }
  return kept;
}

class BlockSplitter {
  private nextHole = 0;
  private sentenceStart = -1;
  /** Set by afterTerminator: the end of the terminator and the closers after it. */
  private contentEnd = -1;

  constructor(
    private readonly prose: string,
    private readonly block: Block,
    private readonly blockIndex: number,
    private readonly holes: readonly Span[],
    private readonly markerEndAt: ReadonlyMap<number, number>,
    private readonly terminators: NextTerminator,
    private readonly out: Sentence[],
  ) {}

  run(): void {
    const { prose } = this;
    const end = Math.min(this.block.end, prose.length);
    let i = Math.max(0, this.block.start);
    const firstHoleStart = this.holes.length > 0 ? this.holes[0].start : end;
    // Where the sentence's content ends so far: a local, as it changes at every character.
    let contentEnd = -1;
    while (i < end) {
      if (i >= firstHoleStart) {
        const holeEnd = this.holeEndAt(i);
        if (holeEnd > i) {
          i = holeEnd;
          continue;
        }
      }
      if (this.sentenceStart >= 0) {
        // Inside a sentence only a terminator acts before the next nested block or the run-on cut: jump to it with
        // one native scan instead of visiting every character (most of the splitter's cost before the JIT).
        const nextHole = this.nextHole < this.holes.length ? this.holes[this.nextHole].start : end;
        const stop = Math.min(this.terminators.next(i), end, nextHole, this.sentenceStart + MAX_SENTENCE_LENGTH);
        if (stop > i) {
          contentEnd = contentEndBefore(prose, i, stop, contentEnd);
          i = stop;
          continue;
        }
      }
      const code = prose.charCodeAt(i);
      // Printable ASCII is never a space: most characters skip the call.
      if ((code <= 0x20 || code >= 0x7f) && isSpace(code)) {
        // A run-on "sentence" (pasted data, a list without stops) is cut at a space: the rules cost more than linear in its length.
        if (this.sentenceStart >= 0 && i - this.sentenceStart >= MAX_SENTENCE_LENGTH) this.emit(contentEnd);
        i++;
        continue;
      }
      const width = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(prose.charCodeAt(i + 1)) ? 2 : 1;
      if (this.sentenceStart < 0) {
        if (!canStartSentence(prose.slice(i, i + width))) {
          i += width;
          continue;
        }
        this.sentenceStart = i;
      }
      if (code === 0x2e || code === 0x3f || code === 0x21 || code === 0x2026 /* . ? ! … */) {
        i = this.afterTerminator(i, end);
        contentEnd = this.contentEnd; // after the closing quotes and brackets it stepped over
      } else contentEnd = i += width;
    }
    if (this.sentenceStart >= 0) this.emit(this.absorbTrailing(contentEnd, end).sentenceEnd);
  }

  /** Decides whether the terminator at `at` ends the sentence; returns where scanning goes on. */
  private afterTerminator(at: number, end: number): number {
    const { prose } = this;
    let closersEnd = at + 1;
    let terminators = 1;
    while (closersEnd < end && (isTerminator(prose[closersEnd]) || CLOSERS.has(prose[closersEnd]))) {
      if (isTerminator(prose[closersEnd])) terminators++;
      closersEnd++;
    }
    this.contentEnd = closersEnd;
    // "7.4%", "v1.2", "U.S" inside "U.S.": no space after, no boundary — unless a marker follows ("2019.[1]").
    if (
      closersEnd < end &&
      !isSpace(prose.charCodeAt(closersEnd)) &&
      !this.markerEndAt.has(closersEnd) &&
      this.holeEndAt(closersEnd) <= closersEnd
    ) {
      return closersEnd;
    }
    const holeBeforeLookAhead = this.nextHole;
    const { sentenceEnd, next } = this.absorbTrailing(closersEnd, end);
    if (next < end && !this.endsSentence(at, terminators, next)) {
      this.nextHole = holeBeforeLookAhead; // scanning resumes before the holes we looked past
      return closersEnd;
    }
    this.emit(sentenceEnd);
    return next;
  }

  /**
   * Steps over spaces, nested blocks and evidence markers after `from`: markers
   * there belong to the sentence before ("... in 2019. [@key]").
   */
  private absorbTrailing(from: number, end: number): { sentenceEnd: number; next: number } {
    let sentenceEnd = from;
    let k = from;
    while (k < end) {
      const markerEnd = this.markerEndAt.get(k);
      if (markerEnd !== undefined && markerEnd > k) {
        sentenceEnd = Math.min(Math.max(sentenceEnd, markerEnd), end);
        k = markerEnd;
        continue;
      }
      const holeEnd = this.holeEndAt(k);
      if (holeEnd > k) k = holeEnd;
      else if (isSpace(this.prose.charCodeAt(k))) k++;
      else break;
    }
    return { sentenceEnd, next: k };
  }

  private endsSentence(terminatorAt: number, terminators: number, next: number): boolean {
    const { prose } = this;
    let wordStart = next;
    while (OPENERS.has(prose[wordStart])) wordStart++;
    const first = prose[wordStart] ?? '';
    if (isLowercase(first)) return false; // "e.g. the", "... and", "U.S. economy"
    if (terminators > 1 || prose[terminatorAt] !== '.') return true;

    const word = this.wordBefore(terminatorAt);
    if (word === '') return true;
    if (this.sentenceStart === terminatorAt - word.length && isDigits(word)) return false; // "1. Reduce costs"
    if (ALWAYS_CONTINUES.has(word)) return false;
    // J. / U.S. / a.m.
    if (isInitials(word) || ENDS_BEFORE_STARTER.has(word)) return SENTENCE_STARTERS.has(wordAt(prose, wordStart));
    return true;
  }

  /** The letters-and-dots word right before `at` ("U.S", "e.g", "Dr", "7"), or '' if it is longer than an abbreviation. */
  private wordBefore(at: number): string {
    const { prose } = this;
    let start = at;
    const limit = Math.max(this.block.start, at - ABBREVIATION_LOOKBACK);
    for (; start > limit; start--) {
      const code = prose.charCodeAt(start - 1);
      // ASCII decided here, without a call per character.
      if (
        code < 0x80
          ? !((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === FULL_STOP)
          : !isLetterOrDigit(prose[start - 1])
      )
        break;
    }
    if (start > this.block.start && isLetterOrDigit(prose[start - 1])) return '';
    // Each character of the word is a letter, a digit or a dot on its own (half a surrogate pair never is): it starts with a letter or digit unless it is empty or starts with a dot.
    if (start === at || prose.charCodeAt(start) === FULL_STOP) return '';
    const word = prose.slice(start, at);
    return /\d/.test(word) && !isDigits(word) ? '' : word;
  }

  private emit(sentenceEnd: number): void {
    const start = this.sentenceStart;
    this.sentenceStart = -1;
    const text = this.prose.slice(start, sentenceEnd);
    if (!holdsLetterOrDigit(text)) return;
    this.out.push({ start, end: sentenceEnd, text, blockIndex: this.blockIndex });
  }

  /** End of the nested block starting at or containing `at`, or -1. Holes are visited in order. */
  private holeEndAt(at: number): number {
    while (this.nextHole < this.holes.length && this.holes[this.nextHole].end <= at) this.nextHole++;
    const hole = this.holes[this.nextHole];
    return hole !== undefined && hole.start <= at ? hole.end : -1;
  }
}

const TERMINATOR = /[.?!\u2026]/g;

/**
 * The first terminator (. ? ! …) at or after a position, or the prose's length. The answer is kept with
 * the position it was searched from: the splitter asks from increasing positions, block after block, so
 * the scans stay linear overall (a block without terminators does not scan on to the next one again).
 * A position before that (a nested block, split after its parent) is searched again.
 */
class NextTerminator {
  private searchedFrom = Infinity;
  private found = -1;

  constructor(private readonly prose: string) {}

  next(position: number): number {
    if (position < this.searchedFrom || position > this.found) {
      TERMINATOR.lastIndex = position;
      const match = TERMINATOR.exec(this.prose);
      this.searchedFrom = position;
      this.found = match === null ? this.prose.length : match.index;
    }
    return this.found;
  }
}

/**
 * Where the sentence's content ends after the characters [from, to), none of them a terminator:
 * after the last one that is not a space (a surrogate pair counted whole), or `contentEnd` if all are spaces.
 */
function contentEndBefore(prose: string, from: number, to: number, contentEnd: number): number {
  for (let k = to - 1; k >= from; k--) {
    const code = prose.charCodeAt(k);
    if ((code > 0x20 && code < 0x7f) || !isSpace(code))
      return code >= 0xd800 && code <= 0xdbff && isLowSurrogate(prose.charCodeAt(k + 1)) ? k + 2 : k + 1;
  }
  return contentEnd;
}

function isTerminator(ch: string): boolean {
  return ch === '.' || ch === '?' || ch === '!' || ch === '…';
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isLowercase(ch: string): boolean {
  return ch !== '' && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function canStartSentence(ch: string): boolean {
  // Openers first: the quotes among them are not ASCII, where the letter test is a Unicode regex.
  return SENTENCE_OPENERS.has(ch) || isLetterOrDigit(ch);
}

function wordAt(prose: string, start: number): string {
  let end = start;
  for (; end < prose.length; end++) {
    const code = prose.charCodeAt(end);
    if (code < 0x80 ? !((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) : !LETTER().test(prose[end])) break;
  }
  return prose.slice(start, end);
}
