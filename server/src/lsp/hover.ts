// Hover text for findings only: what was flagged and why, what to do, and where to read more.
// Reads the cached analysis only. A sentence without a finding gets no hover: reading is not
// interrupted by the tool agreeing with the writer.
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../engine/index';
import type { DocumentAnalysis, Finding } from '../engine/types';
import { toRange } from './convert';
import { escapeMarkdown, findingReason, ruleDocCommandLink } from './protocol';

const TITLE = new Map(RULES.map((rule) => [rule.meta.id, rule.meta.title]));

export function hoverAt(document: TextDocument, analysis: DocumentAnalysis, offset: number): Hover | null {
  const findings = analysis.findings
    .filter((finding) => finding.start <= offset && offset < finding.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  if (findings.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: findings.map(describeFinding).join('\n\n---\n\n') }, range: toRange(document, findings[0]) };
}

/** One line saying what and why, the reason the context gave, the alternatives, the rule's page. */
export function describeFinding(finding: Finding): string {
  const lines = [`**${escapeMarkdown(TITLE.get(finding.rule) ?? finding.rule)}**: ${escapeMarkdown(finding.message)}`];
  const reason = findingReason(finding.explanation);
  if (reason) lines.push(escapeMarkdown(reason));
  const alternatives = finding.alternatives.map((alternative) => `“${escapeMarkdown(alternative)}”`).join(' · ');
  lines.push(`${alternatives ? `Instead: ${alternatives} · ` : ''}[About this rule](${ruleDocCommandLink(finding.rule)})`);
  return lines.join('\n\n');
}
