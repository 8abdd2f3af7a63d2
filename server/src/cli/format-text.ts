// `path:line:col  severity  rule  message` per finding, then one summary line.
import type { Severity } from '../engine/types';
import type { Palette } from './colour';
import type { FileReport, Formatter, Totals } from './report';
import { quotingFlagged } from '../lsp/protocol';

const SEVERITY_LABEL: Record<Exclude<Severity, 'off'>, string> = {
  error: 'error',
  warning: 'warning',
  information: 'info',
  hint: 'hint',
};

export function textFormatter(write: (text: string) => void, colours: Palette, quiet: boolean): Formatter {
  return {
    file({ path, findings }: FileReport) {
      let out = '';
      for (const f of findings) {
        const location = colours.bold(`${path}:${f.line}:${f.column}`);
        out += `${location}  ${colours.severity(f.severity, SEVERITY_LABEL[f.severity])}  ${colours.dim(f.rule)}  ${quoting(f.text, f.message)}\n`;
      }
      if (out) write(out);
    },
    finish(totals: Totals) {
      if (!quiet) write(colours.bold(summaryLine(totals)) + '\n');
    },
  };
}

/** How many words of a flagged span (an unsupported claim is a whole sentence) the text output quotes. */
/** The message, quoting what it flags (shared with the editor's diagnostics: lsp/protocol.ts). */
export const quoting = quotingFlagged;

export function summaryLine(t: Totals): string {
  const counts = [
    count(t.error, 'error', 'errors'),
    count(t.warning, 'warning', 'warnings'),
    count(t.information, 'info', 'info'),
    count(t.hint, 'hint', 'hints'),
  ];
  return `${count(t.findings, 'finding', 'findings')} (${counts.join(', ')}) in ${count(t.files, 'file', 'files')}`;
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
