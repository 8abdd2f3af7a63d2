// What `evident` and `evident report` share about their inputs: the settings of --config, each input's
// project file, reading an input's text, and the bibliographies an input names (front matter, the
// preamble, --bibliography, its project file). One place, so the two commands read documents alike.
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bibliography } from '../engine/bib';
import { DEFAULT_SETTINGS } from '../engine/settings';
import type { LanguageId, Settings } from '../engine/types';
import { BibliographyLoader } from '../lsp/bibliographies';
import { nodeFiles } from '../node/files';
import { loadConfig } from './config';
import type { Input } from './inputs';
import type { Io } from './io';
import { type ProjectForInput as ProjectConfig, ProjectConfigs } from './project';
import { InputError, readTextFile, readTextStream } from './read';

/** The settings of --config (none without it), or undefined when the file cannot be read (said on stderr). */
export function loadSettings(configPath: string | undefined, io: Io): Partial<Settings> | undefined {
  if (configPath === undefined) return {};
  try {
    const config = loadConfig(configPath);
    for (const warning of config.warnings) io.stderr.write(`evident: warning: ${configPath}: ${warning}\n`);
    return config.settings;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`evident: config ${configPath}: ${error.message}\n`);
    return undefined;
  }
}

export class CliDocuments {
  private readonly bibliographies: BibliographyLoader;
  /** Without --config, each input's settings come from the .evident.json found upward from its folder. */
  private readonly projects: ProjectConfigs | undefined;
  private readonly cwdUri: string;
  private readonly configured: string[];

  /** `warn` says a problem that does not stop the run (a missing bibliography, a broken project file). */
  constructor(
    private readonly io: Io,
    settings: Partial<Settings>,
    command: { configPath?: string; bibliographies: readonly string[] },
    warn: (message: string) => void,
  ) {
    this.bibliographies = new BibliographyLoader(nodeFiles, (message) => warn(message.replace(/^Evident: /, '')));
    this.projects =
      command.configPath === undefined ? new ProjectConfigs({ ...DEFAULT_SETTINGS, ...settings } as Settings, io.cwd, warn) : undefined;
    this.cwdUri = pathToFileURL(resolve(io.cwd) + sep).href;
    this.configured = command.bibliographies.map((path) => pathToFileURL(resolve(io.cwd, path)).href);
  }

  /** The project file's settings and ignores for an input, if one is found (and --config is not given). */
  project(input: Input): ProjectConfig | undefined {
    return this.projects?.forInput(input.kind === 'file' ? input.path : undefined);
  }

  /** The input's text, or undefined when it cannot be read (said on stderr, after `beforeError`). */
  async read(input: Input, beforeError: () => void = () => {}): Promise<string | undefined> {
    try {
      return input.kind === 'stdin' ? await readTextStream(this.io.stdin) : readTextFile(input.path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      beforeError();
      this.io.stderr.write(`evident: ${input.path}: ${error.message}\n`);
      return undefined;
    }
  }

  /** The bibliographies the input names, with --bibliography and its project file's, read as one. */
  bibliography(input: Input, text: string, languageId: LanguageId, project: ProjectConfig | undefined): Promise<Bibliography | undefined> {
    return this.bibliographies.load({
      documentUri: input.kind === 'file' ? pathToFileURL(resolve(this.io.cwd, input.path)).href : `${this.cwdUri}stdin`,
      source: text,
      languageId,
      configured: project ? [...this.configured, ...project.bibliographies.map((path) => pathToFileURL(path).href)] : this.configured,
      trusted: true, // the command line reads what its user names
      workspaceFolders: [this.cwdUri],
    });
  }
}
