// Builds the text edits behind quick-fixes. Edits are computed on the ORIGINAL source
// with absolute offsets, so a client applies them without re-running the analysis.
// Two steps, so a chunk's fixes can be cached: planFixes works on the chunk's own text;
// placeFixes moves them to the chunk's place and gives citations the document's form.
import { CLOSING_MARKS } from './prose/structure';
import type { FixKind, Rewrite } from './rules/rule';
import { asciiWordEnd, isWhitespace, leadingLowerCaseLetter, startsWithCapital } from './text-shape';
import type { CitationStyle, Fix, LanguageId, Span, TextEdit } from './types';

export interface FixContext {
  /** The text the spans below are offsets into: a chunk of the document, or all of it. */
  source: string;
  sentence: Span; // trimmed
  finding: Span & { text: string; parts?: Span[]; rewrite?: Rewrite; removal?: Span; source?: Span & { after?: boolean } };
}

/** Where a citation goes; its form depends on the whole document. */
interface CitationSite {
  citeAt: number;
  /** After the sentence's closing punctuation: where a footnote reference goes. */
  footnoteAt: number;
  /** A hedge's citation cites what the hedged claim rests on: "Cite what it rests on: [@key]". */
  basis?: boolean;
}

export type PlannedFix = Fix | CitationSite;

export function planFixes(kinds: readonly FixKind[], ctx: FixContext): PlannedFix[] {
  const fixes: PlannedFix[] = [];
  for (const kind of kinds) {
    const fix = BUILDERS[kind](ctx);
    if (fix) fixes.push(fix);
  }
  return fixes;
}

/** What a citation's form depends on, read once per document. */
export interface DocumentFacts {
  languageId: LanguageId;
  citationStyle: CitationStyle;
  footnoteLabels: readonly string[];
  source: string;
}

export function isCitationSite(fix: PlannedFix): fix is CitationSite {
  return 'citeAt' in fix;
}

/** Everything the form of a citation fix depends on, as one string: equal keys, equal citations. */
export function citationFormKey(facts: DocumentFacts): string {
  const style = citationStyleFor(facts.languageId, facts.citationStyle);
  if (style !== 'footnote') return style;
  // A footnote is numbered after the document's own and defined at its end.
  return `footnote:${nextFootnoteLabel(facts.footnoteLabels)}:${facts.source.length}:${facts.source.endsWith('\n\n')}:${facts.source.endsWith('\n')}:${facts.source.includes('\r\n')}`;
}

/** Planned fixes moved by `shift` characters, citations in the document's style. */
export function placeFixes(planned: readonly PlannedFix[], shift: number, facts: DocumentFacts): Fix[] {
  return planned.map((fix) => {
    if (isCitationSite(fix)) {
      const citation = citationFormOf(facts)({ citeAt: fix.citeAt + shift, footnoteAt: fix.footnoteAt + shift });
      if (fix.basis) citation.title = basisTitle(citation.title); // a fresh object per site
      return citation;
    }
    if (shift === 0) return fix;
    const moved: Fix = { ...fix, edits: shiftEdits(fix.edits, shift) };
    if (fix.snippetEdits) moved.snippetEdits = shiftEdits(fix.snippetEdits, shift);
    return moved;
  });
}

function shiftEdits(edits: readonly TextEdit[], shift: number): TextEdit[] {
  return edits.map((edit) => ({ start: edit.start + shift, end: edit.end + shift, newText: edit.newText }));
}

const BUILDERS: Record<FixKind, (ctx: FixContext) => PlannedFix | undefined> = {
  remove: ({ source, sentence, finding }) => ({
    title: `Remove "${finding.text}"`,
    edits: removalEdits(source, finding, sentence),
    safe: true,
  }),
  'keep-first': ({ source, sentence, finding }) => ({
    title: `Keep one hedge: remove ${(finding.parts ?? []).map((p) => `"${source.slice(p.start, p.end)}"`).join(', ')}`,
    edits: withoutOverlaps((finding.parts ?? []).flatMap((p) => removalEdits(source, p, sentence))),
    safe: true,
  }),
  'name-source': ({ source, finding }) => nameSource(source, finding),
  likelihood: ({ finding }) => {
    const r = finding.rewrite;
    if (!r) return undefined;
    return {
      title: `State the likelihood: "${r.shown.trim()}"`,
      edits: [{ start: r.start, end: r.end, newText: r.plain }],
      snippetEdits: [{ start: r.start, end: r.end, newText: r.snippet }],
      safe: false,
    };
  },
  // Only where the sentence carries evidence (analyze.ts): the claim then rests on it, not on the hedge's doubt.
  'remove-hedge': ({ source, sentence, finding }) => {
    const target = finding.removal ?? finding;
    return {
      title: `Remove the hedge "${source.slice(target.start, target.end)}"`,
      edits: removalEdits(source, target, sentence),
      safe: false,
    };
  },
  attribute: ({ source, sentence }) => {
    // "The regime wants ..." → "According to <source>, the regime wants ..."; names keep their capital.
    const lower = opensWithCommonWord(source.slice(sentence.start, sentence.end));
    const end = lower ? sentence.start + 1 : sentence.start;
    const first = lower ? source[sentence.start].toLowerCase() : '';
    return {
      title: 'Attribute it: "According to <source>, ..."',
      edits: [{ start: sentence.start, end, newText: `According to [source], ${first}` }],
      snippetEdits: [{ start: sentence.start, end, newText: `According to \${1:source}, ${first}` }],
      safe: false,
    };
  },
  cite: ({ source, sentence }) => citationSite(source, sentence),
  'cite-basis': ({ source, sentence }) => citationSite(source, sentence, true),
};

function citationSite(source: string, sentence: Span, basis?: boolean): CitationSite {
  const citeAt = citationPoint(source, sentence);
  const site: CitationSite = { citeAt, footnoteAt: SENTENCE_END_MARKS.has(source[citeAt]) ? citeAt + 1 : citeAt };
  if (basis) site.basis = true;
  return site;
}

const FOOTNOTE_TITLE = 'Add a footnote ';
const FOOTNOTE_TITLE_END = ' with its source';

/** "Add a citation: [@key]" → "Cite what it rests on: [@key]"; "Add a footnote [^1] with its source" → "Cite what it rests on in a footnote [^1]". */
function basisTitle(title: string): string {
  if (title.startsWith('Add a citation: ')) return `Cite what it rests on: ${title.slice('Add a citation: '.length)}`;
  if (title.startsWith(FOOTNOTE_TITLE) && title.endsWith(FOOTNOTE_TITLE_END))
    return `Cite what it rests on in a footnote ${title.slice(FOOTNOTE_TITLE.length, -FOOTNOTE_TITLE_END.length)}`;
  return title;
}

/** Removes a span with the spacing and punctuation around it, recapitalising a sentence start. */
export function removalEdits(source: string, target: Span, sentence: Span): TextEdit[] {
  let start = target.start;
  let end = target.end;
  // "Obviously, the" → "the": take a comma and the space after the cue.
  if (source[end] === ',') end++;
  if (source[end] === ' ') end++;
  else if (start > sentence.start && source[start - 1] === ' ') start--;
  const edits: TextEdit[] = [{ start, end, newText: '' }];
  if (target.start === sentence.start) {
    const next = leadingLowerCaseLetter(source.slice(end, end + 2));
    if (next !== undefined && startsWithCapital(source.slice(target.start, target.start + 1))) {
      edits[0] = { start, end: end + 1, newText: next.toUpperCase() };
    }
  }
  return edits;
}

/** Removals of neighbouring hedges may both claim the space between them ("may possibly\nresume"); the first keeps it. */
function withoutOverlaps(edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const previous = out.at(-1);
    out.push(previous && edit.start < previous.end ? { ...edit, start: previous.end } : edit);
  }
  return out;
}

/** Sentence openers that are no name: "According to <source>, the regime ..." lower-cases them. */
const COMMON_OPENERS = new Set(['The', 'This', 'These', 'Those', 'It', 'There', 'Its', 'Their', 'His', 'Her', 'A', 'An']);

/** Whether the sentence's first word (ASCII letters, digits, '_': what /\b/ sees as one) is a common opener. */
function opensWithCommonWord(sentence: string): boolean {
  return COMMON_OPENERS.has(sentence.slice(0, asciiWordEnd(sentence, 0)));
}

/** "Name who holds this view" after a passive frame, or "Name the source" in place of the vague one: where, the rule says (Hit.source). */
function nameSource(source: string, finding: FixContext['finding']): Fix | undefined {
  const where = finding.source;
  if (!where) return undefined;
  if (where.after) {
    return {
      title: 'Name who holds this view: "... by <source>"',
      edits: [{ start: where.start, end: where.start, newText: ' by [source]' }],
      snippetEdits: [{ start: where.start, end: where.start, newText: ' by ${1:source}' }],
      safe: false,
    };
  }
  const original = source.slice(where.start, where.end);
  return {
    title: `Name the source instead of "${original}"`,
    edits: [{ start: where.start, end: where.end, newText: '[named source]' }],
    snippetEdits: [{ start: where.start, end: where.end, newText: `\${1:${escapeSnippet(original)}}` }],
    safe: false,
  };
}

function escapeSnippet(text: string): string {
  if (!text.includes('$') && !text.includes('}') && !text.includes('\\')) return text; // mostly: nothing to escape, no regex
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** Quotes, brackets and emphasis that close a sentence after its punctuation. */
/** The sentence's closing punctuation, before which a citation goes. */
const PUNCTUATION_BEFORE_CITATION = new Set(['.', '!', '?', ';', ':']);
/** After these, a footnote reference goes after the punctuation. */
const SENTENCE_END_MARKS = new Set(['.', '!', '?']);

/** Where a citation goes: before the sentence's closing punctuation (and closing quotes). */
function citationPoint(source: string, sentence: Span): number {
  let k = sentence.end;
  while (k > sentence.start && (isWhitespace(source[k - 1]) || CLOSING_MARKS.has(source[k - 1]))) k--;
  if (k > sentence.start && PUNCTUATION_BEFORE_CITATION.has(source[k - 1])) return k - 1;
  return sentence.end;
}

// Built once per document's facts, not per finding: the footnote form reads every footnote label.
const citationForms = new WeakMap<DocumentFacts, (site: CitationSite) => Fix>();

function citationFormOf(facts: DocumentFacts): (site: CitationSite) => Fix {
  let form = citationForms.get(facts);
  if (!form) citationForms.set(facts, (form = citationFormFor(facts)));
  return form;
}

function citationFormFor(facts: DocumentFacts): (site: CitationSite) => Fix {
  switch (citationStyleFor(facts.languageId, facts.citationStyle)) {
    case 'latex':
      return ({ citeAt: at }) => ({
        title: 'Add a citation: \\cite{key}',
        edits: [{ start: at, end: at, newText: '~\\cite{key}' }],
        snippetEdits: [{ start: at, end: at, newText: '~\\cite{${1:key}}' }],
        safe: false,
      });
    case 'pandoc':
      return ({ citeAt: at }) => ({
        title: 'Add a citation: [@key]',
        edits: [{ start: at, end: at, newText: ' [@key]' }],
        snippetEdits: [{ start: at, end: at, newText: ' [@${1:key}]' }],
        safe: false,
      });
    case 'footnote': {
      const { source } = facts;
      const label = nextFootnoteLabel(facts.footnoteLabels);
      const eof = source.length;
      const sep = source.endsWith('\n\n') ? '' : source.endsWith('\n') ? '\n' : '\n\n';
      const eol = source.includes('\r\n') ? '\r\n' : '\n';
      const tail = (sep + `[^${label}]: `).replace(/\n/g, eol);
      return ({ footnoteAt }) => ({
        title: `Add a footnote [^${label}] with its source`,
        edits: [
          { start: footnoteAt, end: footnoteAt, newText: `[^${label}]` },
          { start: eof, end: eof, newText: `${tail}Source.${eol}` },
        ],
        snippetEdits: [
          { start: footnoteAt, end: footnoteAt, newText: `[^${label}]` },
          { start: eof, end: eof, newText: `${tail}\${1:Source.}${eol}` },
        ],
        safe: false,
      });
    }
    default:
      return ({ citeAt: at }) => ({
        title: 'Mark it: [citation needed]',
        edits: [{ start: at, end: at, newText: ' [citation needed]' }],
        safe: false,
      });
  }
}

function citationStyleFor(languageId: LanguageId, docStyle: CitationStyle): 'latex' | 'pandoc' | 'footnote' | 'none' {
  if (languageId === 'latex') return 'latex';
  if (docStyle === 'pandoc' || languageId === 'quarto' || languageId === 'rmarkdown') return 'pandoc';
  if (languageId === 'markdown') return 'footnote';
  return 'none';
}

function nextFootnoteLabel(labels: readonly string[]): string {
  let max = 0;
  for (const l of labels) if (/^\d+$/.test(l)) max = Math.max(max, Number(l));
  let n = max + 1;
  while (labels.includes(String(n))) n++;
  return String(n);
}
