// `path:line:col  severity  rule  message` per finding, then one summary line.
import type { Severity } from '../engine/types';
import type { Palette } from './colour';
import type { FileReport, Formatter, Totals } from './report';

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
const QUOTED_WORDS = 8;

/**
 * The message, quoting what it flags: most messages quote their cue ("\"may\" hedges…"); one that
 * quotes nothing (an unsupported claim) is led by the flagged text's first words, so that the
 * line says which sentence it is about without opening the file.
 */
export function quoting(flagged: string, message: string): string {
  if (message.includes('"')) return message;
  const words = flagged.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return message;
  const head = words.slice(0, QUOTED_WORDS).join(' ');
  return `"${head}${words.length > QUOTED_WORDS ? '…' : ''}" — ${message}`;
}

export function summaryLine(t: Totals): string {
  const counts = [count(t.error, 'error', 'errors'), count(t.warning, 'warning', 'warnings'), count(t.information, 'info', 'info'), count(t.hint, 'hint', 'hints')];
  return `${count(t.findings, 'finding', 'findings')} (${counts.join(', ')}) in ${count(t.files, 'file', 'files')}`;
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
