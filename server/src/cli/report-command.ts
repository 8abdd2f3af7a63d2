// `evident report <inputs…> [-o report.html] [--format html|markdown]`: the evidence report of
// each input (server/src/report), read and analysed as `evident` reads them — the same settings,
// project files, bibliographies and ignored findings — written as one file.
import { writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BibliographyLoader } from '../lsp/bibliographies';
import { analysisWithoutIgnored } from '../lsp/projectConfig';
import { nodeFiles } from '../node/files';
import { analyzeDocument } from '../engine/index';
import { buildEvidenceMap } from '../engine/evidence-map';
import { DEFAULT_SETTINGS } from '../engine/settings';
import type { Settings } from '../engine/types';
import { renderHtml, renderMarkdown, type ReportDocument } from '../report/evidence-report';
import type { ReportCommand } from './args';
import { loadConfig } from './config';
import { expandTargets } from './inputs';
import { EXIT_OK, EXIT_TROUBLE, type Io } from './io';
import { languageForPath } from './language';
import { VERSION } from './package-info';
import { ProjectConfigs } from './project';
import { InputError, readTextFile, readTextStream } from './read';

export async function runReport(command: ReportCommand, io: Io): Promise<number> {
  let settings: Partial<Settings> = {};
  if (command.configPath !== undefined) {
    try {
      const config = loadConfig(command.configPath);
      for (const warning of config.warnings) io.stderr.write(`evident: warning: ${command.configPath}: ${warning}\n`);
      settings = config.settings;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`evident: config ${command.configPath}: ${error.message}\n`);
      return EXIT_TROUBLE;
    }
  }
  const { inputs, problems } = expandTargets(command.targets);
  let failed = problems.length > 0;
  for (const problem of problems) io.stderr.write(`evident: ${problem.target}: ${problem.message}\n`);
  const warn = (message: string) => io.stderr.write(`evident: warning: ${message.replace(/^Evident: /, '')}\n`);
  const bibliographies = new BibliographyLoader(nodeFiles, warn);
  const projects =
    command.configPath === undefined ? new ProjectConfigs({ ...DEFAULT_SETTINGS, ...settings } as Settings, io.cwd, warn) : undefined;
  const cwdUri = pathToFileURL(resolve(io.cwd) + sep).href;
  const configured = command.bibliographies.map((path) => pathToFileURL(resolve(io.cwd, path)).href);

  const documents: ReportDocument[] = [];
  for (const input of inputs) {
    const project = projects?.forInput(input.kind === 'file' ? input.path : undefined);
    if (project?.excluded) continue;
    let text: string;
    try {
      text = input.kind === 'stdin' ? await readTextStream(io.stdin) : readTextFile(input.path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`evident: ${input.path}: ${error.message}\n`);
      failed = true;
      continue;
    }
    const languageId = command.language ?? languageForPath(input.kind === 'file' ? input.path : '');
    try {
      const bibliography = await bibliographies.load({
        documentUri: input.kind === 'file' ? pathToFileURL(resolve(io.cwd, input.path)).href : `${cwdUri}stdin`,
        source: text,
        languageId,
        configured: project ? [...configured, ...project.bibliographies.map((path) => pathToFileURL(path).href)] : configured,
        trusted: true,
        workspaceFolders: [cwdUri],
      });
      const analysis = analysisWithoutIgnored(
        analyzeDocument(text, { languageId, settings: project?.settings ?? settings, bibliography }),
        text,
        project?.ignore ?? [],
      );
      documents.push({ name: input.path, source: text, map: buildEvidenceMap(text, languageId, analysis.sentences, analysis.findings) });
    } catch (error) {
      io.stderr.write(`evident: ${input.path}: internal error: ${(error as Error).message}\n`);
      failed = true;
    }
  }
  if (documents.length === 0) {
    io.stderr.write('evident: nothing to report: no input could be read.\n');
    return EXIT_TROUBLE;
  }
  const generator = `Evident ${VERSION}`;
  const output = command.format === 'markdown' ? renderMarkdown(documents, { generator }) : renderHtml(documents, { generator });
  if (command.outputPath === undefined) io.stdout.write(output);
  else {
    try {
      writeFileSync(resolve(io.cwd, command.outputPath), output);
    } catch (error) {
      io.stderr.write(`evident: ${command.outputPath}: cannot write the report: ${(error as Error).message}\n`);
      return EXIT_TROUBLE;
    }
    io.stderr.write(`evident: wrote ${command.outputPath} (${documents.length} ${documents.length === 1 ? 'document' : 'documents'})\n`);
  }
  return failed ? EXIT_TROUBLE : EXIT_OK;
}
