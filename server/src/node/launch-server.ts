// dist/server.js: runs the language server bundle (dist/server-main.js) through V8's code cache
// (see compile-cache.ts). The editors start this file; argv and the IPC channel are the process's own.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runWithCompileCache } from './compile-cache';

// V8 optimises later than by default (four times the interrupt budget; the CLI takes eight, see
// launch-cli.ts): the first analysis of a document is not slowed by TurboFan compiles competing for
// the CPU, and what keystrokes keep hot is still optimised. Through the server on 2 shared cores:
// opening 50,000 words 245-272 -> 187-207 ms, first diagnostics of 10,000 words 150 -> 136-147 ms,
// keystrokes at 50k p95 8.0-8.8 -> 8.3-10.0 ms (two runs of 200 each).
setFlagsFromString('--interrupt-budget=270336');

runWithCompileCache(join(__dirname, 'server-main.js'));
