// Hover text for findings and for claim sentences. Reads the cached analysis only.
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeClass } from '../engine/index';
import type { DocumentAnalysis, Finding, SentenceReport } from '../engine/types';
import { toRange } from './convert';
import { ruleDocUrl } from './protocol';

export function hoverAt(document: TextDocument, analysis: DocumentAnalysis, offset: number): Hover | null {
  const findings = analysis.findings
    .filter((finding) => finding.start <= offset && offset < finding.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  const sentence = analysis.sentences.find((s) => s.start <= offset && offset < s.end);
  if (findings.length > 0) {
    const parts = findings.map(describeFinding);
    if (sentence) parts.push(sentenceStatus(sentence));
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: toRange(document, findings[0]) };
  }
  if (sentence?.claim) {
    const supported = sentence.evidence || sentence.class === 'attributed';
    return {
      contents: {
        kind: MarkupKind.Markdown,
        value: `Evident · ${supported ? 'supported' : 'unsupported'} claim (**${sentence.class}**): this sentence ${describeClass(sentence.class)}.`,
      },
      range: toRange(document, sentence),
    };
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

function sentenceStatus(sentence: SentenceReport): string {
  return `Sentence: **${sentence.class}** · ${sentence.claim ? 'a claim' : 'no claim'} · ${sentence.evidence ? 'evidence found' : 'no evidence'}`;
}
