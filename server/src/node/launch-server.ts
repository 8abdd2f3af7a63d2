// dist/server.js: runs the language server bundle (dist/server-main.js) through V8's code cache
// (see compile-cache.ts). The editors start this file; argv and the IPC channel are the process's own.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runWithCompileCache } from './compile-cache';

// Each regex compiled once, to machine code, not to bytecode first and again on its second run (see
// launch-cli.ts): the CPU time from spawn to the first diagnostics of 10,000 words, profiled, medians of 8
// interleaved starts, 395 -> 370 ms. A server runs its regexes many times: it compiled them all to machine
// code anyway. Set before the bundle is compiled, as the compile cache is written and read under the same flags.
setFlagsFromString('--no-regexp-tier-up');

runWithCompileCache(join(__dirname, 'server-main.js'));
