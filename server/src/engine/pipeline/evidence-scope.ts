// The pipeline: which sentences carry evidence — markers assigned to their sentences, the scope of a citation
// (annotation guide, "Scope of evidence"), quotations that run over sentences, and citation keys checked against
// the bibliography.
import { PLACEHOLDER_KEY } from '../bib';
import { endsWithQuoteLeadIn, hasQuote, quotationLeftOpen } from '../prose/structure';
import { policyOf, RULES } from '../rules';
import type { Block, CitationKeys, EvidenceMarker, ProseDoc, Sentence, SentenceClass, Severity, Span } from '../types';
import { format, type PlannedFinding } from './chunk';
import { asNonProse, type LocalResult } from './sentence';

/**
 * The chunk's citation markers checked against the bibliography: `evidence`, every marker but the
 * citations whose keys are all unknown; `unknown`, one span per unknown key (label: the key).
 * Only keyed citations are checked ([@key], @key, \cite{key}, {cite}`key`), not "(Source: …)" notes.
 */
export function checkCitationKeys(
  source: string,
  markers: readonly EvidenceMarker[],
  bibliography: CitationKeys,
): { evidence: EvidenceMarker[]; unknown: EvidenceMarker[] } {
  const evidence: EvidenceMarker[] = [];
  const unknown: EvidenceMarker[] = [];
  for (const m of markers) {
    const first = source[m.start];
    const keyed =
      m.kind === 'citation' &&
      (first === '@' ||
        first === '\\' ||
        first === '{' ||
        ((first === '[' || first === '-') && source.slice(m.start, m.end).includes('@')));
    if (!keyed) {
      evidence.push(m);
      continue;
    }
    let known = false;
    let from = m.start;
    for (const raw of m.label.split(',')) {
      const key = raw.trim().replace(/^\{|\}$/g, '');
      if (!key) continue;
      const at = source.indexOf(key, from);
      const start = at >= 0 && at < m.end ? at : m.start;
      if (at >= 0 && at < m.end) from = at + key.length;
      if (bibliography.has(key)) known = true;
      else unknown.push({ kind: 'citation', start, end: start === m.start && at !== start ? m.end : start + key.length, label: key });
    }
    if (known) evidence.push(m);
  }
  return { evidence, unknown };
}

/** The rule that reads citation keys against the bibliography (Rule.unknownKey), if any. */
export const CITATION_RULE = RULES.find((rule) => rule.unknownKey !== undefined);

export function unknownCitationFinding(
  m: EvidenceMarker,
  source: string,
  severity: Exclude<Severity, 'off'>,
  s: Span,
  sentenceClass: SentenceClass,
): PlannedFinding {
  const rule = CITATION_RULE!;
  const said = rule.unknownKey!(m.label, m.label === PLACEHOLDER_KEY);
  return {
    rule: rule.meta.id,
    start: m.start,
    end: m.end,
    text: source.slice(m.start, m.end),
    severity,
    messageId: said.messageId,
    message: format(rule.meta.messages[said.messageId], { key: m.label }),
    explanation: said.explanation,
    category: said.category,
    alternatives: [],
    fixes: [],
    // A citation after the full stop belongs to the sentence it follows: the span covers both.
    sentence: { start: Math.min(s.start, m.start), end: Math.max(s.end, m.end), class: sentenceClass },
  };
}

/**
 * A quotation that runs over several sentences of a paragraph ('She wrote: "Sales fell. Critics call it spyware."'):
 * the sentences after the one that opens it are quoted, up to the one that closes it.
 */
export function quotedRuns(sentences: readonly Sentence[], locals: LocalResult[]): void {
  let closer = '';
  let leadInBlock = -1;
  for (let si = 0; si < sentences.length; si++) {
    const text = sentences[si].text;
    if (closer !== '' && sentences[si - 1].blockIndex !== sentences[si].blockIndex) closer = '';
    // "He wrote (translated):" closing a line: the rest of the paragraph, on the lines below, is his.
    if (sentences[si].blockIndex === leadInBlock) {
      locals[si] = asNonProse(locals[si]);
      continue;
    }
    if (leadsInOnItsLine(text)) leadInBlock = sentences[si].blockIndex;
    if (closer !== '') {
      locals[si] = asNonProse(locals[si]);
      const at = text.indexOf(closer);
      closer = at < 0 ? closer : quotationLeftOpen(text.slice(at + 1));
      continue;
    }
    closer = hasQuote(text) ? quotationLeftOpen(text) : '';
  }
}

/** A line of the sentence ends with a lead-in to a quotation ("Han Han wrote (translated by the author):") and more follows. */
function leadsInOnItsLine(text: string): boolean {
  for (let at = text.indexOf(':\n'); at >= 0; at = text.indexOf(':\n', at + 1))
    if (text.slice(at + 2).trim() !== '' && endsWithQuoteLeadIn(text, 0, at + 1)) return true;
  return false;
}

/**
 * A sentence that opens by naming the source just cited or named again and reporting it: "They find that", "The authors
 * also show", "It projects that public debt will peak" (after "The Independent Fiscal Office forecasts …").
 */
const SOURCE_GOES_ON =
  /^(?:it will (?:also )?be (?:seen|perceived|observed) (?:from it |therefrom |by it )?that\b|(?:they|he|she|it|these authors|the authors|its authors|their authors|the researchers|these researchers|the study|this study|the review|this review|the survey|this survey|the report|this report)\s+(?:also\s+|further\s+)?(?:find|finds|found|show|shows|showed|report|reports|reported|estimate|estimates|estimated|conclude|concludes|concluded|argue|argues|argued|note|notes|noted|document|documents|documented|observe|observes|observed|expect|expects|expected|project|projects|projected|forecast|forecasts|predict|predicts|predicted)\b)/i;

/** A lead-in that announces a summary to follow, up to its colon: "the following being a summary statement of …:". */
const SUMMARY_FOLLOWS = /\b(?:the following|as follows)\b[^.;]*:/i;

/** "Of these, 61 per cent …", "Among them, …": a share of what the cited sentence before counted, from the same source. */
const SUBSET_GOES_ON = /^(?:of|among|amongst) (?:these|those|them)\b/i;

/** The sentence carries a marker that points to a source: a citation, footnote or link (not a note on the writer's own data). */
export function citesWork(markers: readonly EvidenceMarker[]): boolean {
  for (let m = 0; m < markers.length; m++) if (markers[m].kind !== 'own-data') return true;
  return false;
}

/** Each marker belongs to the sentence that holds it, or to the sentence it directly follows in its block. */
export function assignMarkers(markers: readonly EvidenceMarker[], sentences: readonly Sentence[], doc: ProseDoc): EvidenceMarker[][] {
  const out: EvidenceMarker[][] = sentences.map(() => []);
  const sorted = [...markers].sort((a, b) => a.start - b.start);
  let si = 0;
  for (const m of sorted) {
    while (si + 1 < sentences.length && sentences[si + 1].start <= m.start) si++;
    if (sentences.length === 0) break;
    const s = sentences[si];
    // A citation that opens a sentence ("@lee2019 show that…", "\citet{lee2019} find…") or stands
    // before a paragraph's first sentence belongs to the sentence it opens, not to the one before.
    const next = m.start < s.start ? si : si + 1;
    const previous = next > 0 ? sentences[next - 1] : undefined;
    if (next < sentences.length && opensSentence(m, sentences[next], previous, doc)) {
      out[next].push(m);
      continue;
    }
    if (
      m.start >= s.start &&
      (m.start < s.end || si + 1 >= sentences.length || sentences[si + 1].blockIndex !== s.blockIndex || m.start < sentences[si + 1].start)
    ) {
      out[si].push(m);
    }
  }
  return out;
}

/** A narrative citation in the source: "@key" (Pandoc) or "\citet{key}", "\textcite{key}", "\citeauthor{key}" (LaTeX). */
export const NARRATIVE_CITATION = /^(?:-?@|\\(?:[Cc]itet|[Tt]extcite|[Cc]iteauthor|citealt)\b)/;

/** Only blanks (spaces, line breaks and the blanked markup of the prose) between a marker and what follows it. */
export const ONLY_BLANKS = /^\s*$/;

/** A blank line: a marker after one stands in the next paragraph. */
export const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/**
 * Whether the marker opens the sentence: nothing but blanks between them, and the marker either
 * stands before the document's first sentence or past the end of the previous sentence's
 * paragraph, or is a narrative citation, which is the subject of what follows.
 */
export function opensSentence(m: EvidenceMarker, sentence: Sentence, previous: Sentence | undefined, doc: ProseDoc): boolean {
  if (m.end > sentence.start || !ONLY_BLANKS.test(doc.prose.slice(m.end, sentence.start))) return false;
  if (previous === undefined) return true;
  if (previous.blockIndex !== sentence.blockIndex && PARAGRAPH_BREAK.test(doc.prose.slice(previous.end, m.start))) return true; // past the paragraph before
  return NARRATIVE_CITATION.test(doc.source.slice(m.start, m.start + 16));
}

/**
 * The scope of evidence (annotation guide, "Scope of evidence"). A sentence has evidence when it
 * holds a marker, or when the last sentence of its paragraph does (a closing citation supports the
 * paragraph). A paragraph's topic sentence shares the evidence of the sentence right after it,
 * when that one cites or names its source: the cited sentence bears the topic sentence out. The
 * sentence right after one that opens "According to <source>, …" continues the report.
 */
export function paragraphEvidence(
  sentences: readonly Sentence[],
  markers: readonly EvidenceMarker[][],
  locals: readonly LocalResult[],
  blocks: readonly Block[] = [],
): boolean[] {
  const closing = new Map<number, boolean>();
  for (let i = 0; i < sentences.length; i++) {
    const last = i + 1 >= sentences.length || sentences[i + 1].blockIndex !== sentences[i].blockIndex;
    if (last)
      closing.set(
        sentences[i].blockIndex,
        markers[i].some((m) => m.kind !== 'named-source'),
      );
  }
  const own = (i: number) => markers[i].length > 0 || locals[i].namedSource !== undefined;
  // A sentence that gives a vague source of its own ("Local observers reported…") rests on that
  // source, not on the one a neighbour names: it inherits no evidence but a citation's.
  const vague = (i: number) => locals[i].hits.some((hit) => policyOf(hit.rule).sentenceClass === 'vague-source');
  // "I ask attention to the report of the Postmaster-General, the following being a summary statement of …:": a lead-in
  // that names its source and announces what follows covers the rest of its paragraph.
  const namedNext = (i: number) =>
    i + 1 < sentences.length &&
    sentences[i + 1].blockIndex === sentences[i].blockIndex &&
    markers[i + 1].some(
      (m) => (m.kind === 'author-year' || m.kind === 'link' || m.kind === 'citation') && m.start - sentences[i + 1].start <= 2,
    );
  let summaryBlock = -1;
  return sentences.map((s, i) => {
    if (i > 0 && summaryBlock === s.blockIndex && sentences[i - 1].blockIndex === s.blockIndex) return true;
    if (locals[i].namedSource !== undefined && SUMMARY_FOLLOWS.test(s.text)) summaryBlock = s.blockIndex;
    if (markers[i].length > 0 || closing.get(s.blockIndex) === true) return true;
    // ("Critics argue that …. Okafor and Lindqvist (2025) make the sharpest version …": the vague source named at once,
    // the next sentence opening on its citation)
    if (vague(i)) return namedNext(i);
    // Bullets under a lead-in that gives a source share it (Block.sharesSource).
    if (blocks[s.blockIndex]?.sharesSource) return true;
    const first = i === 0 || sentences[i - 1].blockIndex !== s.blockIndex;
    const next = i + 1 < sentences.length && sentences[i + 1].blockIndex === s.blockIndex;
    if (first && next && own(i + 1)) return true;
    // "Smith and Jones (2019) study rents in Leeds. They find that …": the cited source, named again by a pronoun or
    // "the authors", reported in the next sentence (annotation guide: a sentence restating the cited one before it).
    if (
      i > 0 &&
      sentences[i - 1].blockIndex === s.blockIndex &&
      (citesWork(markers[i - 1]) || locals[i - 1].namedSource !== undefined) &&
      (SOURCE_GOES_ON.test(s.text) || SUBSET_GOES_ON.test(s.text))
    )
      return true;
    // "According to the ONS, … . Their figures also show …": the sentence right
    // after one that opens "according to <source>" goes on reporting it.
    return i > 0 && sentences[i - 1].blockIndex === s.blockIndex && locals[i - 1].namedSource?.how === 'according-to';
  });
}
