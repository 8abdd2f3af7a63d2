// Engine findings (UTF-16 offsets) → LSP diagnostics and edits. The only place offsets become positions.
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity, Span, TextEdit } from '../engine/types';
import { DIAGNOSTIC_SOURCE, quotingFlagged, type DiagnosticData, type RangeEdit } from './protocol';

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toRangeEdit(document: TextDocument, edit: TextEdit): RangeEdit {
  return { range: toRange(document, edit), newText: edit.newText };
}

export function toDiagnostic(document: TextDocument, finding: Finding, ruleDocHref: (rule: string) => string): Diagnostic {
  const data: DiagnosticData = { rule: finding.rule, version: document.version };
  return {
    range: toRange(document, finding),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocHref(finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    // As the command line prints it: a message that quotes nothing is led by the flagged words.
    message: quotingFlagged(finding.text, finding.message),
    data,
  };
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<DiagnosticData>;
  return typeof data.rule === 'string' && typeof data.version === 'number';
}
