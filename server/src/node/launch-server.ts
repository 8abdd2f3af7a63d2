// dist/server.js: runs the language server bundle (dist/server-main.js) through V8's code cache
// (see compile-cache.ts). The editors start this file; argv and the IPC channel are the process's own.
import { join } from 'node:path';
import { runWithCompileCache } from './compile-cache';
import { setEngineFlags } from './v8-flags';

setEngineFlags();
runWithCompileCache(join(__dirname, 'server-main.js'));
