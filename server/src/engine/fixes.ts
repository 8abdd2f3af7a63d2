// Builds the text edits behind quick-fixes. Edits are computed on the ORIGINAL source
// with absolute offsets, so a client applies them without re-running the analysis.
import type { FixKind } from './rules/rule';
import type { Fix, LanguageId, ProseDoc, Span, TextEdit } from './types';

export interface FixContext {
  doc: ProseDoc;
  sentence: Span; // absolute, trimmed
  finding: Span & { text: string; parts?: Span[] };
}

export function buildFixes(kinds: readonly FixKind[], ctx: FixContext): Fix[] {
  const fixes: Fix[] = [];
  for (const kind of kinds) {
    const fix = BUILDERS[kind](ctx);
    if (fix) fixes.push(fix);
  }
  return fixes;
}

const BUILDERS: Record<FixKind, (ctx: FixContext) => Fix | undefined> = {
  remove: ({ doc, sentence, finding }) => ({
    title: `Remove "${finding.text}"`,
    edits: removalEdits(doc.source, finding, sentence),
    safe: true,
  }),
  'keep-first': ({ doc, sentence, finding }) => ({
    title: `Keep one hedge: remove ${(finding.parts ?? []).map((p) => `"${doc.source.slice(p.start, p.end)}"`).join(', ')}`,
    edits: withoutOverlaps((finding.parts ?? []).flatMap((p) => removalEdits(doc.source, p, sentence))),
    safe: true,
  }),
  'name-source': ({ doc, finding }) => nameSource(doc, finding),
  attribute: ({ doc, sentence }) => {
    const first = doc.source.slice(sentence.start, sentence.start + 1);
    const rest = lowerFirstIfCommon(doc.source.slice(sentence.start, Math.min(sentence.end, sentence.start + 12)));
    const replaced = rest !== doc.source.slice(sentence.start, Math.min(sentence.end, sentence.start + 12));
    const end = replaced ? sentence.start + 1 : sentence.start;
    const lowered = replaced ? first.toLowerCase() : '';
    return {
      title: 'Attribute it: "According to <source>, ..."',
      edits: [{ start: sentence.start, end, newText: `According to [source], ${lowered}` }],
      snippetEdits: [{ start: sentence.start, end, newText: `According to \${1:source}, ${lowered}` }],
      safe: false,
    };
  },
  cite: ({ doc, sentence }) => citation(doc, sentence),
};

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
    const next = source.slice(end).match(/^\p{Ll}/u);
    if (next && /^\p{Lu}/u.test(source.slice(target.start, target.start + 1))) {
      edits[0] = { start, end: end + 1, newText: next[0].toUpperCase() };
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

function lowerFirstIfCommon(text: string): string {
  return text.replace(/^(The|This|These|Those|It|There|Its|Their|His|Her|A|An)\b/, (w) => w.toLowerCase());
}

const REPORTING_TAIL = /\s+(say|says|said|show|shows|showed|shown|report|reports|reported|argue|argues|argued|believe|believes|claim|claims|claimed|suggest|suggests|suggested|find|finds|found|indicate|indicates|agree|agree|warn|warns|warned|note|notes|noted|state|states|stated|estimate|estimates|estimated|have shown|has shown|have found|has found)$/i;

function nameSource(doc: ProseDoc, finding: FixContext['finding']): Fix {
  const text = finding.text;
  // Passive attribution: "It is widely believed" → "It is widely believed by <source>".
  if (/(ed|wn|ght|id)$/i.test(text) && /\b(is|are|was|were|been)\b/i.test(text)) {
    return {
      title: 'Name who holds this view: "... by <source>"',
      edits: [{ start: finding.end, end: finding.end, newText: ' by [source]' }],
      snippetEdits: [{ start: finding.end, end: finding.end, newText: ' by ${1:source}' }],
      safe: false,
    };
  }
  const according = text.match(/^according to\s+/i);
  let start = finding.start;
  let end = finding.end;
  if (according) start += according[0].length;
  else {
    const tail = text.match(REPORTING_TAIL);
    if (tail) end -= tail[0].length;
  }
  const original = doc.source.slice(start, end);
  return {
    title: `Name the source instead of "${original}"`,
    edits: [{ start, end, newText: '[named source]' }],
    snippetEdits: [{ start, end, newText: `\${1:${escapeSnippet(original)}}` }],
    safe: false,
  };
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** Where a citation goes: before the sentence's closing punctuation (and closing quotes). */
function citationPoint(source: string, sentence: Span): number {
  let k = sentence.end;
  while (k > sentence.start && /[\s"'”’)\]*_]/.test(source[k - 1])) k--;
  if (k > sentence.start && /[.!?;:]/.test(source[k - 1])) return k - 1;
  return sentence.end;
}

function citation(doc: ProseDoc, sentence: Span): Fix {
  const at = citationPoint(doc.source, sentence);
  const style = citationStyleFor(doc.languageId, doc.citationStyle);
  switch (style) {
    case 'latex':
      return { title: 'Add a citation: \\cite{key}', edits: [{ start: at, end: at, newText: '~\\cite{key}' }], snippetEdits: [{ start: at, end: at, newText: '~\\cite{${1:key}}' }], safe: false };
    case 'pandoc':
      return { title: 'Add a citation: [@key]', edits: [{ start: at, end: at, newText: ' [@key]' }], snippetEdits: [{ start: at, end: at, newText: ' [@${1:key}]' }], safe: false };
    case 'footnote': {
      const label = nextFootnoteLabel(doc.footnoteLabels);
      const afterPunct = doc.source[at] && /[.!?]/.test(doc.source[at]) ? at + 1 : at;
      const eof = doc.source.length;
      const sep = doc.source.endsWith('\n\n') ? '' : doc.source.endsWith('\n') ? '\n' : '\n\n';
      const eol = doc.source.includes('\r\n') ? '\r\n' : '\n';
      const tail = (sep + `[^${label}]: `).replace(/\n/g, eol);
      return {
        title: `Add a footnote [^${label}] with its source`,
        edits: [
          { start: afterPunct, end: afterPunct, newText: `[^${label}]` },
          { start: eof, end: eof, newText: `${tail}Source.${eol}` },
        ],
        snippetEdits: [
          { start: afterPunct, end: afterPunct, newText: `[^${label}]` },
          { start: eof, end: eof, newText: `${tail}\${1:Source.}${eol}` },
        ],
        safe: false,
      };
    }
    default:
      return { title: 'Mark it: [citation needed]', edits: [{ start: at, end: at, newText: ' [citation needed]' }], safe: false };
  }
}

function citationStyleFor(languageId: LanguageId, docStyle: ProseDoc['citationStyle']): 'latex' | 'pandoc' | 'footnote' | 'none' {
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
