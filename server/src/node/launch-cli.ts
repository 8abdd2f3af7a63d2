// dist/cli.js: runs the CLI bundle (dist/cli-main.js) through V8's code cache (see compile-cache.ts).
import { join } from 'node:path';
import { runWithCompileCache } from './compile-cache';
import { setEngineFlags } from './v8-flags';

setEngineFlags();
runWithCompileCache(join(__dirname, 'cli-main.js'));
