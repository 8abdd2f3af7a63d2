// Finds and reads the `.evident.json` governing a document in the editor: the first one upward from
// the document's folder, never above its workspace folder. Read through the platform's files (in the
// web build, the editor's, when it answers for them), cached per folder until a project file changes.
import { canRead, type BibliographyFiles } from './bibliographies';
import { foldersUpward, parseProjectConfig, PROJECT_CONFIG_NAME, type ProjectConfig } from './projectConfig';

export interface FoundProjectConfig {
  uri: string;
  /** The file's folder, ending in "/". */
  folder: string;
  text: string;
  config: ProjectConfig;
  problems: string[];
  /** The file could not be read or is not a JSON object: the quick fix leaves it alone rather than overwrite it. */
  broken?: true;
}

/** A project file larger than this is not read. */
const MAX_BYTES = 1_000_000;

export class ProjectConfigReader {
  private readonly byFolder = new Map<string, Promise<FoundProjectConfig | undefined>>();

  constructor(
    private readonly files: BibliographyFiles,
    private readonly workspaceFolders: () => string[],
  ) {}

  /** The workspace folder holding `uri` (ending in "/"), if any. */
  workspaceFolderOf(uri: string): string | undefined {
    return this.workspaceFolders()
      .map((f) => (f.endsWith('/') ? f : `${f}/`))
      .filter((f) => uri.startsWith(f))
      .sort((a, b) => b.length - a.length)[0];
  }

  /** Whether documents at URIs like `uri` can have a project file (file: on the desktop; the web build's editor reads others). */
  readable(uri: string): boolean {
    return canRead(this.files, uri);
  }

  /** Where a new project file goes for `uri`: its workspace folder, else its own folder. */
  newFileFor(uri: string): string | undefined {
    const folder = this.workspaceFolderOf(uri) ?? foldersUpward(uri)[0];
    return folder && `${folder}${PROJECT_CONFIG_NAME}`;
  }

  forDocument(uri: string): Promise<FoundProjectConfig | undefined> {
    if (!this.readable(uri)) return Promise.resolve(undefined);
    const workspace = this.workspaceFolderOf(uri);
    // Outside every workspace folder only the document's own folder is looked at.
    const folders = workspace ? foldersUpward(uri, workspace) : foldersUpward(uri).slice(0, 1);
    return this.search(folders);
  }

  /** A project file was created, changed or deleted: everything is looked up again. */
  invalidate(): void {
    this.byFolder.clear();
  }

  private search(folders: string[]): Promise<FoundProjectConfig | undefined> {
    if (folders.length === 0) return Promise.resolve(undefined);
    const [folder, ...above] = folders;
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.read(folder).then((here) => here ?? this.search(above));
      this.byFolder.set(folder, found);
    }
    return found;
  }

  private async read(folder: string): Promise<FoundProjectConfig | undefined> {
    const uri = `${folder}${PROJECT_CONFIG_NAME}`;
    const label = decodeURIComponent(new URL(uri).pathname);
    let text: string;
    try {
      const stat = await this.files.stat(uri);
      if (!stat || stat.kind !== 'file') return undefined;
      if (stat.size > MAX_BYTES)
        return {
          uri,
          folder,
          text: '',
          config: { engine: {}, ignore: [], documents: {} },
          problems: [`${label}: larger than ${MAX_BYTES} bytes; the file is ignored.`],
          broken: true,
        };
      text = new TextDecoder().decode(await this.files.read(uri, MAX_BYTES));
    } catch (error) {
      return {
        uri,
        folder,
        text: '',
        config: { engine: {}, ignore: [], documents: {} },
        problems: [`${label}: could not be read (${(error as Error).message}); the file is ignored.`],
        broken: true,
      };
    }
    const { config, problems, broken } = parseProjectConfig(text, label);
    return { uri, folder, text, config, problems, broken };
  }
}
