// The `evident` command (bundled to dist/cli.js). Everything lives in ./cli/.
import { main } from './cli/main';

// A reader that goes away early (`evident … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// stdin is a getter: making process.stdin costs ~1 ms, and only `evident -` reads it.
const io = {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
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
