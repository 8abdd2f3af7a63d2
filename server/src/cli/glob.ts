// A small glob matcher (`*`, `**`, `?`, `{a,b}`) and the file-system walk
// behind directory and glob arguments. Node 20 has no fs.globSync.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { globToRegExp } from '../lsp/glob';

export { globToRegExp };

const GLOB_MAGIC = /[*?{]/;

/** Directories a search never enters unless a pattern names them. */
function isSkippedByDefault(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export function hasGlobMagic(pattern: string): boolean {
  return GLOB_MAGIC.test(pattern);
}

/**
 * Files under `root` (as `root/relative` paths, sorted) whose forward-slash path
 * relative to `root` passes `accept`. Skips dot entries and node_modules unless
 * `allowName` says otherwise; does not follow symlinked directories (no cycles).
 */
export function walkFiles(
  root: string,
  accept: (relativePath: string) => boolean,
  allowName: (name: string) => boolean = (name) => !isSkippedByDefault(name),
  maxDepth = Infinity,
): string[] {
  const found: string[] = [];
  const visit = (dir: string, relativeDir: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // an unreadable subdirectory is skipped, as `find` would report but go on
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (!allowName(entry.name)) continue;
      const path = join(dir, entry.name);
      const relativePath = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (depth < maxDepth) visit(path, relativePath, depth + 1);
      } else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(path))) && accept(relativePath)) found.push(path);
    }
  };
  visit(root, '', 1);
  return found;
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Files matching a glob such as `docs/**\/*.md` or `{a,b}/*.txt`, sorted. */
export function expandGlob(pattern: string): string[] {
  const segments = pattern.split('/');
  const firstMagic = segments.findIndex((segment) => hasGlobMagic(segment));
  const baseSegments = segments.slice(0, firstMagic);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  const rest = segments.slice(firstMagic).join('/');
  const matcher = globToRegExp(rest);
  // Dot entries and node_modules are walked into only when the pattern spells them out.
  const namedInPattern = new Set(rest.split(/[/{},]/));
  // Without `**` no match lies deeper than the pattern's own number of segments.
  const maxDepth = rest.includes('**') ? Infinity : rest.split('/').length;
  return walkFiles(
    base,
    (relativePath) => matcher.test(relativePath),
    (name) => !isSkippedByDefault(name) || namedInPattern.has(name),
    maxDepth,
  );
}
