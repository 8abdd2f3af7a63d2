// Finds, reads and parses the bibliographies of a document: the paths its front matter or LaTeX
// names (relative to the document), plus the configured default files (evident.bibliographies
// or --bibliography). Files are read through one small interface (BibliographyFiles): the
// desktop server and the CLI back it with the file system (server/src/node/files.ts); the web
// build asks the editor, which reads through vscode.workspace.fs (lsp/clientFiles.ts). Parsed
// files are cached by modification time, so a changed file is re-read at the next analysis.
// Every problem (missing file, a directory or device, too large, invalid UTF-8, a syntax error)
// is one message naming the file and line; analysis goes on.
import {
  Bibliography,
  decodeBibliography,
  findBibliographyPaths,
  MAX_BIBLIOGRAPHY_BYTES,
  parseBibliographyInSteps,
  yamlBibliographyPaths,
  type BibEntry,
  type BibProblem,
} from '../engine/bib';

export interface FileStat {
  kind: 'file' | 'directory' | 'other';
  size: number;
  mtime: number;
}

export interface BibliographyFiles {
  /** Undefined when nothing is there. */
  stat(uri: string): Promise<FileStat | undefined>;
  /** At most `maxBytes` bytes of the file (a caller reading more sees the file is too large). */
  read(uri: string, maxBytes: number): Promise<Uint8Array>;
  /** Whether URIs like this one can be read at all (by scheme); without it, only file: URIs. */
  readable?(uri: string): boolean;
}

/** Whether `files` can read URIs like `uri` (file: only, unless it says otherwise). */
export function canRead(files: BibliographyFiles, uri: string): boolean {
  return files.readable ? files.readable(uri) : uri.startsWith('file:');
}

export interface BibliographyRequest {
  documentUri: string;
  source: string;
  languageId: string;
  /** Configured files (the user's settings or the command line): absolute, or relative to `configuredBase`. */
  configured: readonly string[];
  /** A folder URI (ending in /) that relative configured paths start from; default the document's folder. */
  configuredBase?: string;
  /** Whether the workspace is trusted: if not, paths the document names outside the workspace are not read. */
  trusted: boolean;
  /** Workspace folder URIs. */
  workspaceFolders: readonly string[];
}

export interface FileProblem {
  line: number;
  message: string;
  kind: 'syntax' | 'duplicate-key';
}

interface CachedFile {
  mtime: number;
  size: number;
  entries: BibEntry[];
  problems: BibProblem[];
}

export class BibliographyLoader {
  private readonly files = new Map<string, CachedFile>();
  private readonly merged = new Map<string, Bibliography>();
  private readonly reported = new Set<string>();
  /** Every bibliography URI read so far: a change to one of them re-analyses the documents. */
  readonly watched = new Set<string>();

  constructor(
    private readonly fs: BibliographyFiles,
    private readonly report: (message: string) => void,
    /** Problems of one bibliography file, for an editor to show in that file (0-based lines); an empty list clears them. */
    private readonly publish?: (uri: string, problems: FileProblem[]) => void,
  ) {}

  /** The document's bibliographies merged, or undefined when it has none (none named, or none readable). */
  async load(request: BibliographyRequest): Promise<Bibliography | undefined> {
    const uris: string[] = [];
    const base = request.configuredBase ?? folderOf(request.documentUri);
    for (const path of request.configured) {
      const uri = resolvePath(path, base);
      if (uri) uris.push(uri);
    }
    const named: { path: string; base: string; by: string }[] = findBibliographyPaths(request.source, request.languageId).map((path) => ({
      path,
      base: folderOf(request.documentUri),
      by: request.documentUri,
    }));
    // A Quarto project's _quarto.yml names the bibliography for all its documents.
    if (named.length === 0 && (request.languageId === 'quarto' || request.languageId === 'markdown'))
      named.push(...(await this.quartoProject(request)));
    // A chapter of a multi-file LaTeX project: the main file its `% !TEX root = main.tex` names.
    if (named.length === 0 && request.languageId === 'latex') named.push(...(await this.latexRoot(request)));
    for (const { path, base, by } of named) {
      const uri = resolvePath(path, base);
      if (!uri) continue;
      if (!request.trusted && !insideWorkspace(uri, request.workspaceFolders)) {
        this.once(
          `Evident: ${displayName(by)} names the bibliography ${path}, which is outside the workspace; in an untrusted workspace it is not read. Trust the workspace, or add the file to evident.bibliographies in your user settings.`,
        );
        continue;
      }
      uris.push(uri);
    }
    if (uris.length === 0) return undefined;
    const read: { uri: string; file: CachedFile }[] = [];
    for (const uri of [...new Set(uris)]) {
      const file = await this.readFile(uri);
      if (file) read.push({ uri, file });
    }
    if (read.length === 0) return undefined;
    const key = read.map(({ uri, file }) => `${uri}@${file.mtime}:${file.size}`).join('\n');
    let bibliography = this.merged.get(key);
    if (!bibliography) {
      bibliography = new Bibliography(
        read.flatMap(({ file }) => file.entries),
        read.flatMap(({ file }) => file.problems),
      );
      bibliography.prepare(); // the search index, now rather than at the first keystroke
      if (this.publish) {
        for (const { uri, file } of read) {
          const problems: FileProblem[] = file.problems.map((p) => ({
            line: p.line - 1,
            message: p.message.replace(/^[^:]*:\d+: /, ''),
            kind: 'syntax',
          }));
          for (const d of bibliography.duplicates) {
            if (d.file !== uri) continue;
            const first = bibliography.get(d.key)!;
            problems.push({
              line: d.line,
              message: `The key "${d.key}" is defined again; the first definition (${displayName(first.file)}:${first.line + 1}) is used.`,
              kind: 'duplicate-key',
            });
          }
          this.publish(uri, problems);
        }
      }
      for (const duplicate of bibliography.duplicates.slice(0, 5)) {
        this.once(
          `Evident: ${duplicate.file}:${duplicate.line + 1}: the key "${duplicate.key}" is defined again (the first definition is used).`,
        );
      }
      if (this.merged.size > 20) this.merged.delete(this.merged.keys().next().value as string);
      this.merged.set(key, bibliography);
    }
    return bibliography;
  }

  /** The bibliography paths of the nearest _quarto.yml in the document's folder or above (within the workspace). */
  private async quartoProject(request: BibliographyRequest): Promise<{ path: string; base: string; by: string }[]> {
    const workspace = request.workspaceFolders.find((folder) => insideWorkspace(request.documentUri, [folder]));
    let folder = folderOf(request.documentUri);
    for (let depth = 0; depth < 8 && canRead(this.fs, folder); depth++) {
      const uri = `${folder}_quarto.yml`;
      try {
        const stat = await this.fs.stat(uri);
        if (stat?.kind === 'file' && stat.size < 1_000_000) {
          this.watched.add(uri);
          const text = new TextDecoder().decode(await this.fs.read(uri, 1_000_000));
          return yamlBibliographyPaths(text, true).map((path) => ({ path, base: folder, by: uri }));
        }
      } catch {
        return [];
      }
      if (!workspace || folder.length <= (workspace.endsWith('/') ? workspace : `${workspace}/`).length) break;
      const parent = folderOf(folder.slice(0, -1));
      if (parent === folder || !/^[a-z][a-z0-9+.-]*:\/\/[^/]*\//i.test(parent)) break;
      folder = parent;
    }
    return [];
  }

  private async latexRoot(request: BibliographyRequest): Promise<{ path: string; base: string; by: string }[]> {
    const magic = /^%\s*!\s*TEX\s+root\s*=\s*(.+?)\s*$/im.exec(request.source.slice(0, 5_000));
    const uri = magic && resolvePath(magic[1], folderOf(request.documentUri));
    if (!uri || uri === request.documentUri) return [];
    if (!request.trusted && !insideWorkspace(uri, request.workspaceFolders)) return [];
    try {
      const stat = await this.fs.stat(uri);
      if (stat?.kind !== 'file' || stat.size > 5_000_000) return [];
      const text = new TextDecoder().decode(await this.fs.read(uri, 5_000_000));
      return findBibliographyPaths(text, 'latex').map((path) => ({ path, base: folderOf(uri), by: uri }));
    } catch {
      return [];
    }
  }

  /** Forgets a changed file, so the next load reads it again. */
  changed(uri: string): boolean {
    return this.files.delete(uri) || this.watched.has(uri);
  }

  private async readFile(uri: string): Promise<CachedFile | undefined> {
    const name = displayName(uri);
    this.watched.add(uri);
    let stat: FileStat | undefined;
    try {
      stat = await this.fs.stat(uri);
    } catch (error) {
      this.once(`Evident: bibliography ${name}: ${(error as Error).message}; not read.`);
      return undefined;
    }
    if (!stat) {
      this.once(`Evident: bibliography ${name} does not exist; not read.`);
      return undefined;
    }
    if (stat.kind !== 'file') {
      this.once(`Evident: bibliography ${name} is ${stat.kind === 'directory' ? 'a directory' : 'not a regular file'}; not read.`);
      return undefined;
    }
    if (stat.size > MAX_BIBLIOGRAPHY_BYTES) {
      this.once(`Evident: bibliography ${name} is larger than ${MAX_BIBLIOGRAPHY_BYTES / 1_000_000} MB; not read.`);
      return undefined;
    }
    const cached = this.files.get(uri);
    if (cached && cached.mtime === stat.mtime && cached.size === stat.size) return cached;
    let bytes: Uint8Array;
    try {
      bytes = await this.fs.read(uri, MAX_BIBLIOGRAPHY_BYTES + 1);
    } catch (error) {
      this.once(`Evident: bibliography ${name}: ${(error as Error).message}; not read.`);
      return undefined;
    }
    const { text, problem } = decodeBibliography(bytes, name);
    const parsed = text === undefined ? { entries: [], problems: [problem!] } : await parseOffTheTypingPath(text, name);
    for (const p of parsed.problems.slice(0, 3)) this.once(`Evident: bibliography ${p.message}`);
    if (parsed.problems.length > 3) this.once(`Evident: bibliography ${name}: ${parsed.problems.length - 3} more problems.`);
    for (const entry of parsed.entries) entry.file = uri; // go to definition needs the file's URI
    const file: CachedFile = { mtime: stat.mtime, size: stat.size, entries: parsed.entries, problems: parsed.problems };
    if (text === undefined) return undefined;
    this.files.set(uri, file);
    return file;
  }

  private once(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.report(message);
  }
}

/** Parses in steps, letting other work (hovers, completion, other documents) run in between. */
async function parseOffTheTypingPath(text: string, name: string) {
  const steps = parseBibliographyInSteps(text, name);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function insideWorkspace(uri: string, folders: readonly string[]): boolean {
  return folders.some((folder) => uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`));
}

function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

function displayName(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname.split('/').pop() ?? uri);
  } catch {
    return uri;
  }
}

/** A path as written (absolute, ~ not expanded, or relative to `base`) as a URI; undefined when it cannot be one. */
export function resolvePath(path: string, base: string): string | undefined {
  const p = path.trim().replace(/\\/g, '/');
  if (!p) return undefined;
  try {
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(p)) return p.startsWith('file:') ? new URL(p).href : undefined; // nothing is fetched
    if (/^[A-Za-z]:\//.test(p)) return new URL(`file:///${encodePath(p)}`).href;
    // An absolute path in a document that is not a file: (the web build's vscode-remote:, vscode-vfs:)
    // is on the document's own file system.
    if (p.startsWith('/'))
      return base.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:\/\//i.test(base)
        ? new URL(`file://${encodePath(p)}`).href
        : new URL(encodePath(p), base).href;
    return new URL(encodePath(p), base).href;
  } catch {
    return undefined;
  }
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => (/^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
}
