// dist/cli.js: runs the CLI bundle (dist/cli-main.js) through V8's code cache (see compile-cache.ts).
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runWithCompileCache } from './compile-cache';

// V8 optimises a function (TurboFan, on a background thread) once it has run for a budget of
// bytecode; a CLI run is short, and on a busy or small machine those compiles took the CPU from
// the run itself: on 2 shared cores, the cold analysis of 10,000 words took 103 ms with the default
// budget and 69 ms with eight times it, 100,000 words 980 and 397 ms (medians of 6). Eight times
// still optimises what a long run (many files) keeps hot: 1.8 million words in 60 files cost the
// same CPU (4.0-4.6 s) as with the default, where turning TurboFan off cost 5.9 s. Set before the
// bundle is compiled; the compile cache is written and read under the same flags.
setFlagsFromString('--interrupt-budget=540672');

runWithCompileCache(join(__dirname, 'cli-main.js'));
