// Hover text for findings and for claim sentences. Reads the cached analysis only.
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, Finding, SentenceClass, SentenceReport } from '../engine/types';
import { toRange } from './convert';
import { ruleDocUrl } from './protocol';

const CLASS_LINES: Record<SentenceClass, string> = {
  evidence: '**supported** — the sentence or its paragraph cites a source',
  attributed: '**attributed** — names its source',
  'vague-source': '**vague source** — leans on an unnamed source',
  speculative: '**speculative** — hedged or guessing at motives, with no evidence',
  unsupported: '**unsupported** — a checkable claim with no citation, footnote, link or named source',
  normative: '**recommendation** — says what should be done',
  neutral: '**neutral** — no checkable claim',
};

export function hoverAt(document: TextDocument, analysis: DocumentAnalysis, offset: number): Hover | null {
  const findings = analysis.findings
    .filter((finding) => finding.start <= offset && offset < finding.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  const sentence = analysis.sentences.find((s) => s.start <= offset && offset < s.end);
  if (findings.length > 0) {
    const parts = findings.map(describeFinding);
    const sentenceClass = sentence?.class ?? findings[0].sentence.class;
    parts.push(sentenceLine(sentenceClass, sentence));
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: toRange(document, findings[0]) };
  }
  if (sentence?.claim) {
    return { contents: { kind: MarkupKind.Markdown, value: `Evident · ${sentenceLine(sentence.class, sentence)}` }, range: toRange(document, sentence) };
  }
  return null;
}

function describeFinding(finding: Finding): string {
  const lines = [`**${finding.rule}** · ${finding.category}`, finding.explanation];
  if (finding.alternatives.length > 0) {
    lines.push(`Alternatives: ${finding.alternatives.map((alternative) => `“${alternative}”`).join(', ')}`);
  }
  lines.push(`[Rule documentation](${ruleDocUrl(finding.rule)})`);
  return lines.join('\n\n');
}

function sentenceLine(sentenceClass: SentenceClass, sentence: SentenceReport | undefined): string {
  const claim = sentence?.claim ? 'Claim' : 'Sentence';
  return `${claim}: ${CLASS_LINES[sentenceClass]}.`;
}
