// ANSI colour for a terminal only: off when not a TTY or NO_COLOR is set,
// forced on by FORCE_COLOR (as most command-line tools agree).
import type { Severity } from '../engine/types';

export function colourEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return stream.isTTY === true;
}

const wrap = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;
const plain = (text: string) => text;

export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: Exclude<Severity, 'off'>, text: string): string;
}

export function palette(enabled: boolean): Palette {
  if (!enabled) return { bold: plain, dim: plain, severity: (_severity, text) => text };
  const bySeverity = { error: wrap(31, 39), warning: wrap(33, 39), information: wrap(34, 39), hint: wrap(2, 22) };
  return { bold: wrap(1, 22), dim: wrap(2, 22), severity: (severity, text) => bySeverity[severity](text) };
}
