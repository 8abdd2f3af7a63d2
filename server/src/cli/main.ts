// Dispatches a command line to lint, classify, report, help or version; returns the exit code.
import { parseCommandLine, USAGE, UsageError, type Command } from './args';
import { runClassify } from './classify';
import { EXIT_OK, EXIT_TROUBLE, type Io } from './io';
import { runLint } from './lint';
import { VERSION } from './package-info';
import { runReport } from './report-command';

export async function main(argv: string[], io: Io): Promise<number> {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`evident: ${error.message}\n\n${USAGE}`);
    return EXIT_TROUBLE;
  }
  switch (command.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    case 'classify':
      return runClassify(command, io);
    case 'lint':
      return runLint(command, io);
    case 'report':
      return runReport(command, io);
  }
}
