// Hover text for findings only: why it was flagged, what to write instead, and where to read more.
// Reads the cached analysis only. A sentence without a finding gets no hover: reading is not
// interrupted by the tool agreeing with the writer.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { policyOf } from '../engine/rules';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../engine/index';
import type { DocumentAnalysis, Finding } from '../engine/types';
import { toRange } from './convert';
import { scaleLine, type EstimativeScale } from './estimative';
import { escapeMarkdown, findingReason, ruleDocCommandLink } from './protocol';

const TITLE = new Map(RULES.map((rule) => [rule.meta.id, rule.meta.title]));

export function hoverAt(document: TextDocument, analysis: DocumentAnalysis, offset: number, scale?: EstimativeScale): Hover | null {
  const findings = analysis.findings
    .filter((finding) => finding.start <= offset && offset < finding.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  if (findings.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: findings.map((finding) => describeFinding(finding, scale)).join('\n\n---\n\n') },
    range: toRange(document, findings[0]),
  };
}

/**
 * The rule and the reason the context gave, then what to write instead and the rule's page. The
 * finding's message is not repeated: editors show it with the diagnostic, right above this.
 */
export function describeFinding(finding: Finding, scale?: EstimativeScale): string {
  const title = `**${escapeMarkdown(TITLE.get(finding.rule) ?? finding.rule)}**`;
  const reason = findingReason(finding.explanation);
  const alternatives = finding.alternatives.map((alternative) => `“${escapeMarkdown(alternative)}”`).join(' · ');
  return [
    reason ? `${title}: ${escapeMarkdown(reason)}` : title,
    // With a probability scale, a hedge is answered in its words.
    ...(scale && policyOf(finding.rule).countsAsHedge ? [escapeMarkdown(scaleLine(scale))] : []),
    `${alternatives ? `Instead: ${alternatives} · ` : ''}[About this rule](${ruleDocCommandLink(finding.rule)})`,
  ].join('\n\n');
}
