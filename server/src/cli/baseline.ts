// Fingerprints that follow a finding across edits elsewhere in its file, and the baseline file
// that lets CI fail only on findings a change introduces (`--write-baseline`, `--baseline … --new-only`).
import { readFileSync, writeFileSync } from 'node:fs';
import type { Finding } from '../engine/types';
import { InputError } from './read';

const BASELINE_VERSION = 1;

// node:crypto costs ~5 ms to load on Node 20: required when a fingerprint is first made, not at start.
let createHash: typeof import('node:crypto').createHash | undefined;
const sha256 = () => (createHash ??= (require('node:crypto') as typeof import('node:crypto')).createHash)('sha256');

/**
 * A finding's fingerprint: its rule, the words it flags and the words of its sentence (spacing
 * folded, so re-wrapping a paragraph keeps it), and which repeat of those it is in the file. Moving
 * text, or editing other sentences, leaves it unchanged; editing the sentence makes a new finding.
 */
export function fingerprints(source: string, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
    const key = `${finding.rule}\u0000${fold(finding.text)}\u0000${fold(source.slice(finding.sentence.start, finding.sentence.end))}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    return sha256().update(`${key}\u0000${repeat}`).digest('hex').slice(0, 32);
  });
}

export interface Baseline {
  /** Fingerprints recorded per file path, as the CLI was given it. */
  files: Map<string, Set<string>>;
}

export function readBaseline(path: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InputError(`cannot read the baseline (${reason}); write one with --write-baseline`);
  }
  const files = (raw as { version?: unknown; files?: unknown })?.files;
  if ((raw as { version?: unknown })?.version !== BASELINE_VERSION || typeof files !== 'object' || files === null || Array.isArray(files)) {
    throw new InputError(`not an evident baseline (version ${BASELINE_VERSION}, with "files"); write one with --write-baseline`);
  }
  const byPath = new Map<string, Set<string>>();
  for (const [file, prints] of Object.entries(files)) {
    if (!Array.isArray(prints) || !prints.every((p) => typeof p === 'string'))
      throw new InputError(`baseline entry for ${file} is not a list of fingerprints`);
    byPath.set(file, new Set(prints));
  }
  return { files: byPath };
}

export function writeBaseline(path: string, files: ReadonlyMap<string, readonly string[]>): void {
  const sorted = Object.fromEntries(
    [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, prints]) => [file, [...prints].sort()]),
  );
  writeFileSync(path, `${JSON.stringify({ version: BASELINE_VERSION, tool: 'evident', files: sorted }, null, 2)}\n`);
}
