// Command-line parsing. Anything malformed is a UsageError (exit 2 with usage).
import { parseArgs } from 'node:util';
import { LANGUAGE_IDS, type LanguageId } from '../engine/types';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface LintCommand {
  kind: 'lint';
  /** Files, directories, globs, or `-` for stdin. */
  targets: string[];
  format: OutputFormat;
  configPath?: string;
  /** Forces one language for every input; otherwise it comes from each file's extension. */
  language?: LanguageId;
  quiet: boolean;
  /** Report only findings whose fingerprint is not in this baseline file. */
  baselinePath?: string;
  /** Record every finding's fingerprint in this file. */
  writeBaselinePath?: string;
  /** Bibliography files for every input (--bibliography), besides those each document names. */
  bibliographies: string[];
}

export interface ClassifyCommand {
  kind: 'classify';
  /** A file, or `-` for stdin. */
  target: string;
}

export const REPORT_FORMATS = ['html', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportCommand {
  kind: 'report';
  /** Files, directories, globs, or `-` for stdin. */
  targets: string[];
  format: ReportFormat;
  /** Where to write the report; stdout when undefined. */
  outputPath?: string;
  configPath?: string;
  language?: LanguageId;
  bibliographies: string[];
}

export type Command = LintCommand | ClassifyCommand | ReportCommand | { kind: 'help' } | { kind: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: evident [options] <file | directory | glob | ->...
       evident classify <file | ->
       evident report [options] <file | directory | glob | ->... [-o report.html]

Flags hedging, vague sources, speculation and unsupported claims in policy writing.

Options:
  -f, --format <format>   text (default), json or sarif
                          (report: html or markdown)
  -c, --config <file>     JSON settings: rules, acceptedTerms, claimStrictness,
                          sensitivity, documentKind. Without it, each input uses the
                          .evident.json found upward from its folder; with it,
                          no .evident.json is read (--config wins)
  -l, --language <id>     ${LANGUAGE_IDS.join(', ')}
                          (default: from the extension; plaintext for stdin)
  -b, --bibliography <file>
                          a .bib or CSL-JSON file for every input, besides
                          those a document names (front matter, \\bibliography,
                          \\addbibresource); repeatable. With a bibliography,
                          unknown citation keys are errors (unknown-citation)
  -q, --quiet             no summary line
      --write-baseline <file>
                          record every finding (its fingerprint) in <file>
      --baseline <file> --new-only
                          report and count only findings not in <file>, so CI
                          fails only on what a change introduces
  -h, --help              show this help
  -v, --version           print the version

Directories are searched for .md .markdown .qmd .rmd .tex .latex .txt .text
files, skipping node_modules and dot-directories. Quote globs so the shell
leaves them alone: evident 'docs/**/*.{md,qmd}'

report writes one self-contained HTML page (no network, nothing loaded from
outside): each document's text with every claim marked by what it rests on,
a bar per section of supported against unsupported claims, hedge density per
section and the findings with line numbers. Options: -o, --output <file>
(default: stdout), --format html (default) or markdown (for a pull-request
comment), and --config, --language, --bibliography as above. Exit status 0
once written, whatever it found.

classify reads one sentence or paragraph per line and prints one JSON object
per line: {"uncertain","claim","evidence","class","findings"}.

Exit status: 0 nothing at warning or above, 1 warnings or errors found,
2 usage error or an input that could not be read.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  language: { type: 'string', short: 'l' },
  quiet: { type: 'boolean', short: 'q' },
  baseline: { type: 'string' },
  'new-only': { type: 'boolean' },
  'write-baseline': { type: 'string' },
  bibliography: { type: 'string', short: 'b', multiple: true },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export function parseCommandLine(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs' own messages suggest `--` for positionals; the first sentence is the useful part.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  if (positionals[0] === 'classify') {
    const lintOnly = (
      ['format', 'config', 'language', 'quiet', 'baseline', 'new-only', 'write-baseline', 'bibliography', 'output'] as const
    ).filter((name) => values[name] !== undefined);
    if (lintOnly.length > 0) throw new UsageError(`classify takes no options (got --${lintOnly.join(', --')}).`);
    if (positionals.length !== 2) throw new UsageError('classify takes exactly one input: a file, or - for stdin.');
    return { kind: 'classify', target: positionals[1] };
  }

  if (positionals[0] === 'report') {
    const notForReport = (['quiet', 'baseline', 'new-only', 'write-baseline'] as const).filter((name) => values[name] !== undefined);
    if (notForReport.length > 0) throw new UsageError(`report does not take --${notForReport.join(', --')}.`);
    if (positionals.length < 2) throw new UsageError('report needs an input (files, directories, globs, or - for stdin).');
    const format = values.format ?? 'html';
    if (!(REPORT_FORMATS as readonly string[]).includes(format))
      throw new UsageError(`unknown report --format ${JSON.stringify(format)} (expected ${REPORT_FORMATS.join(', ')}).`);
    const reportLanguage = values.language;
    if (reportLanguage !== undefined && !(LANGUAGE_IDS as readonly string[]).includes(reportLanguage)) {
      throw new UsageError(`unknown --language ${JSON.stringify(reportLanguage)} (expected ${LANGUAGE_IDS.join(', ')}).`);
    }
    return {
      kind: 'report',
      targets: positionals.slice(1),
      format: format as ReportFormat,
      outputPath: values.output,
      configPath: values.config,
      language: reportLanguage as LanguageId | undefined,
      bibliographies: values.bibliography ?? [],
    };
  }
  if (values.output !== undefined) throw new UsageError('--output goes with `evident report`; the findings are written to stdout.');

  if (positionals.length === 0) throw new UsageError('no input given (files, directories, globs, or - for stdin).');
  const format = values.format ?? 'text';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown --format ${JSON.stringify(format)} (expected ${OUTPUT_FORMATS.join(', ')}).`);
  }
  const language = values.language;
  if (language !== undefined && !(LANGUAGE_IDS as readonly string[]).includes(language)) {
    throw new UsageError(`unknown --language ${JSON.stringify(language)} (expected ${LANGUAGE_IDS.join(', ')}).`);
  }
  if (values['new-only'] && values.baseline === undefined)
    throw new UsageError('--new-only needs --baseline <file>: the findings to leave out.');
  if (values.baseline !== undefined && !values['new-only'])
    throw new UsageError('--baseline <file> goes with --new-only (report only findings not in the baseline).');
  return {
    kind: 'lint',
    baselinePath: values.baseline,
    writeBaselinePath: values['write-baseline'],
    targets: positionals,
    format: format as OutputFormat,
    configPath: values.config,
    language: language as LanguageId | undefined,
    quiet: values.quiet ?? false,
    bibliographies: values.bibliography ?? [],
  };
}
