// `evident report <inputs…> [-o report.html] [--format html|markdown]`: the evidence report of
// each input (server/src/report), read and analysed as `evident` reads them — the same settings,
// project files, bibliographies and ignored findings — written as one file.
import { CliDocuments, loadSettings } from './documents';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analysisWithoutIgnored } from '../lsp/projectConfig';
import { analyzeDocument } from '../engine/index';
import { buildEvidenceMap } from '../engine/evidence-map';
import { renderHtml, renderMarkdown, type ReportDocument } from '../report/evidence-report';
import type { ReportCommand } from './args';
import { expandTargets } from './inputs';
import { EXIT_OK, EXIT_TROUBLE, type Io } from './io';
import { languageForPath } from './language';
import { VERSION } from './package-info';

export async function runReport(command: ReportCommand, io: Io): Promise<number> {
  const settings = loadSettings(command.configPath, io);
  if (!settings) return EXIT_TROUBLE;
  const { inputs, problems } = expandTargets(command.targets);
  let failed = problems.length > 0;
  for (const problem of problems) io.stderr.write(`evident: ${problem.target}: ${problem.message}\n`);
  const inputsRead = new CliDocuments(io, settings, command, (message) => io.stderr.write(`evident: warning: ${message}\n`));

  const documents: ReportDocument[] = [];
  for (const input of inputs) {
    const project = inputsRead.project(input);
    if (project?.excluded) continue;
    const text = await inputsRead.read(input);
    if (text === undefined) {
      failed = true;
      continue;
    }
    const languageId = command.language ?? languageForPath(input.kind === 'file' ? input.path : '');
    try {
      const bibliography = await inputsRead.bibliography(input, text, languageId, project);
      const analysis = analysisWithoutIgnored(
        analyzeDocument(text, { languageId, settings: project?.settings ?? settings, bibliography }),
        text,
        project?.ignore ?? [],
      );
      documents.push({
        name: input.path,
        source: text,
        map: buildEvidenceMap(text, languageId, analysis.sentences, analysis.findings),
        reading: analysis.summary.reading,
      });
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
