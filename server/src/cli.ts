// The `evident` command (bundled to dist/cli.js). Everything lives in ./cli/.
import { main } from './cli/main';
import { cliStderr, cliStdout } from './cli/stdio';

// stdin is a getter: making process.stdin costs ~1 ms, and only `evident -` reads it. stdout and
// stderr are made when written to, stdout not at all for a pipe or a file (see stdio.ts).
const io = {
  get stdin() {
    return process.stdin;
  },
  stdout: cliStdout(),
  stderr: cliStderr(),
  cwd: process.cwd(),
  env: process.env,
};
main(process.argv.slice(2), io).then(
  (code) => {
    // exitCode rather than exit(): lets piped output drain before the process ends.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`evident: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
