// What every output format receives: one report per analysed file, then totals.
import type { Finding } from '../engine/types';
import type { LineIndex, LocatedFinding } from './positions';

/** A finding with its place in lines and columns, and its fingerprint (see baseline.ts). */
export type ReportedFinding = LocatedFinding & { fingerprint: string };

export interface FileReport {
  /** The path as shown to the user (as given, or as found in a directory/glob). */
  path: string;
  /** Forward-slash, URI-encoded path relative to the working directory (SARIF). */
  uri: string;
  findings: ReportedFinding[];
  /** Locates any other offset in the file, e.g. a fix's edits. */
  positions: LineIndex;
}

export interface Totals {
  findings: number;
  error: number;
  warning: number;
  information: number;
  hint: number;
  files: number;
}

export function emptyTotals(): Totals {
  return { findings: 0, error: 0, warning: 0, information: 0, hint: 0, files: 0 };
}

export function addToTotals(totals: Totals, findings: readonly Finding[]): void {
  totals.files++;
  totals.findings += findings.length;
  for (const finding of findings) totals[finding.severity]++;
}

export interface Formatter {
  file(report: FileReport): void;
  /** Called once after every input was tried. */
  finish(totals: Totals): void;
}
