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
// V8 compiles a regex to bytecode on its first run and again, to machine code, on its second: the engine's
// few hundred regexes (some are word lists of a thousand characters) were compiled twice in every run. Compiled
// once, to machine code: a 1,000-word run's CPU time (profiled, medians of 10-12 interleaved runs) 136 -> 114,
// 171 -> 131, 143 -> 116 and 128 -> 124 ms in four rounds; 10,000 words 241 -> 236 and 287 -> 265 ms.
setFlagsFromString('--no-regexp-tier-up');

runWithCompileCache(join(__dirname, 'cli-main.js'));
