// Command-line targets → the list of inputs to analyse: files as given,
// directories searched for supported files, globs expanded, `-` for stdin.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { expandGlob, hasGlobMagic, walkFiles } from './glob';
import { isSupportedFile } from './language';

export const STDIN_PATH = '<stdin>';

export type Input = { kind: 'stdin'; path: typeof STDIN_PATH } | { kind: 'file'; path: string };

export interface TargetProblem {
  target: string;
  message: string;
}

export interface Expansion {
  inputs: Input[];
  problems: TargetProblem[];
}

export function expandTargets(targets: string[]): Expansion {
  const inputs: Input[] = [];
  const problems: TargetProblem[] = [];
  const seen = new Set<string>();
  const addFile = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: 'file', path });
  };

  for (const target of targets) {
    if (target === '-') {
      if (!seen.has(STDIN_PATH)) inputs.push({ kind: 'stdin', path: STDIN_PATH });
      seen.add(STDIN_PATH);
      continue;
    }
    const isDirectory = directoryOrNot(target);
    if (isDirectory) {
      walkFiles(target, isSupportedFile).forEach(addFile);
    } else if (isDirectory === undefined && hasGlobMagic(target)) {
      let matches: string[];
      try {
        matches = expandGlob(target);
      } catch (error) {
        problems.push({ target, message: (error as Error).message });
        continue;
      }
      if (matches.length === 0) problems.push({ target, message: 'no files match this pattern' });
      matches.forEach(addFile);
    } else {
      // Files, and paths that do not exist: reading them reports the precise error.
      addFile(target);
    }
  }
  return { inputs, problems };
}

/** undefined when the path cannot be stat'ed at all (missing, or a parent is unreadable). */
function directoryOrNot(path: string): boolean | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory();
  } catch {
    return undefined;
  }
}
