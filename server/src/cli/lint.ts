// `evident [options] <inputs…>`: analyse every input, report, choose the exit code.
import { relative, resolve, sep } from 'node:path';
import { policyOf } from '../engine/rules';
import { pathToFileURL } from 'node:url';
import { BibliographyLoader } from '../lsp/bibliographies';
import { nodeFiles } from '../node/files';
import { analyzeDocument, RULES } from '../engine/index';
import type { Finding, Settings } from '../engine/types';
import type { LintCommand } from './args';
import { colourEnabled, palette } from './colour';
import { loadConfig } from './config';
import { ProjectConfigs } from './project';
import { withoutIgnored } from '../lsp/projectConfig';
import { findingsWithScale, fixWithScale } from '../lsp/estimative';
import { DEFAULT_SETTINGS } from '../engine/settings';
import { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE, type Io } from './io';
import { expandTargets, type Input } from './inputs';
import { languageForPath } from './language';
import { LineIndex } from './positions';
import { Progress } from './progress';
import { InputError, readTextFile, readTextStream } from './read';
import { addToTotals, emptyTotals, type Formatter } from './report';
import { fingerprints, readBaseline, writeBaseline, type Baseline } from './baseline';
import { jsonFormatter } from './format-json';
import { sarifFormatter } from './format-sarif';
import { textFormatter } from './format-text';

export async function runLint(command: LintCommand, io: Io): Promise<number> {
  const settings = loadSettings(command.configPath, io);
  if (!settings) return EXIT_TROUBLE;
  let baseline: Baseline | undefined;
  if (command.baselinePath !== undefined) {
    try {
      baseline = readBaseline(command.baselinePath);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`evident: baseline ${command.baselinePath}: ${error.message}\n`);
      return EXIT_TROUBLE;
    }
  }
  const recorded = new Map<string, string[]>();

  const { inputs, problems } = expandTargets(command.targets);
  let failed = problems.length > 0;
  for (const problem of problems) io.stderr.write(`evident: ${problem.target}: ${problem.message}\n`);

  const progress = new Progress(io.stderr, inputs.length);
  const write = (text: string) => {
    progress.clear();
    io.stdout.write(text);
  };
  const formatter = createFormatter(command, write, io);
  // Bibliography problems (a missing file, a syntax error) are warnings: the analysis goes on.
  const bibliographies = new BibliographyLoader(nodeFiles, (message) => {
    progress.clear();
    io.stderr.write(`evident: warning: ${message.replace(/^Evident: /, '')}\n`);
  });
  // Without --config, each input's settings come from the .evident.json found upward from its folder.
  const projects =
    command.configPath === undefined
      ? new ProjectConfigs({ ...DEFAULT_SETTINGS, ...settings } as Settings, io.cwd, (message) => {
          progress.clear();
          io.stderr.write(`evident: warning: ${message}\n`);
        })
      : undefined;
  const cwdUri = pathToFileURL(resolve(io.cwd) + sep).href;
  const configured = command.bibliographies.map((path) => pathToFileURL(resolve(io.cwd, path)).href);
  const totals = emptyTotals();

  for (const [index, input] of inputs.entries()) {
    const project = projects?.forInput(input.kind === 'file' ? input.path : undefined);
    if (project?.excluded) continue;
    let text: string;
    try {
      text = input.kind === 'stdin' ? await readTextStream(io.stdin) : readTextFile(input.path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      progress.clear();
      io.stderr.write(`evident: ${input.path}: ${error.message}\n`);
      failed = true;
      continue;
    }
    progress.update(index + 1, input.path, text.length);
    const languageId = command.language ?? languageForPath(input.kind === 'file' ? input.path : '');
    let findings: Finding[];
    try {
      const bibliography = await bibliographies.load({
        documentUri: input.kind === 'file' ? pathToFileURL(resolve(io.cwd, input.path)).href : `${cwdUri}stdin`,
        source: text,
        languageId,
        configured: project ? [...configured, ...project.bibliographies.map((path) => pathToFileURL(path).href)] : configured,
        trusted: true, // the command line reads what its user names
        workspaceFolders: [cwdUri],
      });
      findings = analyzeDocument(text, { languageId, settings: project?.settings ?? settings, bibliography }).findings;
      findings = findingsWithScale(withoutIgnored(findings, text, project?.ignore ?? []), project?.estimative);
      // With a probability scale, "State the likelihood" in its words (JSON and SARIF carry the fixes).
      const scale = project?.estimative;
      if (scale)
        findings = findings.map((f) =>
          policyOf(f.rule).statesLikelihood ? { ...f, fixes: f.fixes.map((fix) => fixWithScale(fix, scale, f)) } : f,
        );
    } catch (error) {
      // An engine bug on one input must not hide the results for the others.
      progress.clear();
      io.stderr.write(`evident: ${input.path}: internal error: ${(error as Error).message}\n`);
      failed = true;
      continue;
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end); // reading order, whatever the rules' order
    // A fingerprint is a SHA-256 (and node:crypto ~5 ms of a start): made only when something reads it
    // (a baseline, --format json or sarif), not for the text report.
    let prints: string[] | undefined;
    const printOf = (i: number) => (prints ??= fingerprints(text, findings))[i];
    if (command.writeBaselinePath !== undefined)
      recorded.set(
        input.path,
        findings.map((_, i) => printOf(i)),
      );
    const known = baseline?.files.get(input.path);
    const reported = findings.map((finding, index) => ({ finding, index })).filter(({ index }) => !known?.has(printOf(index)));
    const positions = new LineIndex(text);
    addToTotals(
      totals,
      reported.map(({ finding }) => finding),
    );
    formatter.file({
      path: input.path,
      uri: uriFor(input, io.cwd),
      findings: reported.map(({ finding, index }) => ({
        ...positions.locate(finding),
        get fingerprint() {
          return printOf(index);
        },
      })),
      positions,
    });
  }
  progress.clear();
  formatter.finish(totals);
  if (command.writeBaselinePath !== undefined) {
    try {
      writeBaseline(command.writeBaselinePath, recorded);
    } catch (error) {
      io.stderr.write(`evident: baseline ${command.writeBaselinePath}: ${(error as Error).message}\n`);
      return EXIT_TROUBLE;
    }
  }

  if (failed) return EXIT_TROUBLE;
  return totals.error + totals.warning > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** The settings from --config (warnings printed), or undefined after printing why it is unusable. */
function loadSettings(configPath: string | undefined, io: Io): Partial<Settings> | undefined {
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

function createFormatter(command: LintCommand, write: (text: string) => void, io: Io): Formatter {
  switch (command.format) {
    case 'json':
      return jsonFormatter(write);
    case 'sarif':
      return sarifFormatter(
        write,
        RULES.map((rule) => rule.meta),
      );
    case 'text':
      return textFormatter(write, palette(colourEnabled(io.stdout, io.env)), command.quiet);
  }
}

/** Relative to the working directory, forward slashes, each segment URI-encoded. */
function uriFor(input: Input, cwd: string): string {
  if (input.kind === 'stdin') return 'stdin';
  return relative(cwd, resolve(cwd, input.path)).split(sep).map(encodeURIComponent).join('/');
}
