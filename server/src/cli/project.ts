// The project file (.evident.json) for each CLI input: the first one found upward from the
// input's folder (stdin: the working directory) to the filesystem root, read once per folder.
import { isFile } from './glob';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Settings } from '../engine/types';
import { estimativeScale, type EstimativeScale } from '../lsp/estimative';
import { globToRegExp } from '../lsp/glob';
import {
  documentKey,
  forDocumentPath,
  mergeEngineSettings,
  parseProjectConfig,
  PROJECT_CONFIG_NAME,
  type IgnoreEntry,
  type ProjectConfig,
} from '../lsp/projectConfig';

export interface ProjectForInput {
  settings: Settings;
  ignore: IgnoreEntry[];
  /** Absolute bibliography paths the file names. */
  bibliographies: string[];
  /** Whether the file's `exclude` globs match the input. */
  excluded: boolean;
  /** The probability scale the file names (`estimativeLanguage`): its words are no hedges. */
  estimative?: EstimativeScale;
}

interface LoadedProject {
  folder: string;
  config: ProjectConfig;
  settings: Settings;
  ignore: IgnoreEntry[];
  bibliographies: string[];
  exclude: RegExp[];
}

export class ProjectConfigs {
  /** Folder → the project file governing it (undefined: none up to the root). */
  private readonly byFolder = new Map<string, LoadedProject | undefined>();
  /** Project file path → parsed, so one file is read once. */
  private readonly byFile = new Map<string, LoadedProject>();

  constructor(
    private readonly base: Settings,
    private readonly cwd: string,
    private readonly warn: (message: string) => void,
  ) {}

  forInput(path: string | undefined): ProjectForInput {
    const cwd = this.cwd;
    const absolute = path === undefined ? undefined : resolve(cwd, path);
    const project = this.forFolder(absolute === undefined ? resolve(cwd) : dirname(absolute));
    if (!project) return { settings: this.base, ignore: [], bibliographies: [], excluded: false };
    const rel = absolute === undefined ? undefined : relative(project.folder, absolute).split(sep).join('/');
    // A document with its own section (`documents["<path>"]`): its rules, terms and suppressions on top of the file's.
    const key = rel === undefined ? undefined : documentKey(rel);
    const own = key !== undefined && project.config.documents[key] ? forDocumentPath(project.config, key) : undefined;
    return {
      settings: own ? mergeEngineSettings(this.base, own.engine) : project.settings,
      ignore: own ? own.ignore : project.ignore,
      bibliographies: project.bibliographies,
      excluded: rel !== undefined && project.exclude.some((glob) => glob.test(rel)),
      estimative: estimativeScale(project.config.estimativeLanguage),
    };
  }

  private forFolder(folder: string): LoadedProject | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    let found: LoadedProject | undefined;
    const candidate = join(folder, PROJECT_CONFIG_NAME);
    if (isFile(candidate)) found = this.load(candidate, folder);
    else {
      const parent = dirname(folder);
      found = parent === folder ? undefined : this.forFolder(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }

  private load(file: string, folder: string): LoadedProject {
    let loaded = this.byFile.get(file);
    if (loaded) return loaded;
    const label = relative(this.cwd, file) || file;
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      this.warn(`${label}: could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the file is ignored.`);
    }
    const { config, problems } =
      text === undefined ? { config: { engine: {}, ignore: [], documents: {} }, problems: [] } : parseProjectConfig(text, label);
    for (const problem of problems) this.warn(problem);
    loaded = {
      folder,
      config,
      settings: mergeEngineSettings(this.base, config.engine),
      ignore: config.ignore,
      bibliographies: (config.bibliographies ?? []).map((path) => resolve(folder, path)),
      exclude: (config.exclude ?? []).map((glob) => globToRegExp(glob)),
    };
    this.byFile.set(file, loaded);
    return loaded;
  }
}
