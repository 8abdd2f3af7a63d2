// `evident [options] <inputs…>`: analyse every input, report, choose the exit code.
import { CliDocuments, loadSettings } from './documents';
import { relative, resolve, sep } from 'node:path';
import { policyOf } from '../engine/rules';
import { countAnalysedCharacters } from '../analysed-characters';
import { analyzeDocument, RULES } from '../engine/index';
import type { Finding } from '../engine/types';
import type { LintCommand } from './args';
import { colourEnabled, palette } from './colour';
import { withoutIgnored } from '../lsp/projectConfig';
import { findingsWithScale, fixWithScale } from '../lsp/estimative';
import { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE, type Io } from './io';
import { expandTargets, type Input } from './inputs';
import { languageForPath } from './language';
import { LineIndex } from './positions';
import { Progress } from './progress';
import { InputError } from './read';
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
  // Bibliography and project-file problems are warnings: the analysis goes on.
  const documents = new CliDocuments(io, settings, command, (message) => {
    progress.clear();
    io.stderr.write(`evident: warning: ${message}\n`);
  });
  const totals = emptyTotals();

  for (const [index, input] of inputs.entries()) {
    const project = documents.project(input);
    if (project?.excluded) continue;
    const text = await documents.read(input, () => progress.clear());
    if (text === undefined) {
      failed = true;
      continue;
    }
    progress.update(index + 1, input.path, text.length);
    const languageId = command.language ?? languageForPath(input.kind === 'file' ? input.path : '');
    let findings: Finding[];
    try {
      const bibliography = await documents.bibliography(input, text, languageId, project);
      findings = analyzeDocument(text, { languageId, settings: project?.settings ?? settings, bibliography }).findings;
      countAnalysedCharacters(text.length);
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
