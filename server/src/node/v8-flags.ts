// The V8 flags both launchers (dist/cli.js, dist/server.js) set before they compile their bundle: the compile cache
// is written and read under the same flags.
import { setFlagsFromString } from 'node:v8';

export function setEngineFlags(): void {
  // V8 optimises a function (TurboFan, on a background thread) once it has run for a budget of bytecode. A CLI run,
  // and a server's first analysis of a document, is cold code: on a busy or small machine those compiles took the CPU
  // from the analysis itself. On 2 shared cores, the cold analysis of 10,000 words took 103 ms with the default budget
  // and 69 ms with eight times it, 100,000 words 980 and 397 ms (medians of 6); the server from spawn to the first
  // diagnostics of 10,000 words, paired starts, medians 3.5 % and 2.4 % shorter (15 and 21 pairs). Eight times still
  // optimises what a long run keeps hot: 1.8 million words in 60 files cost the same CPU (4.0-4.6 s) as with the
  // default, where turning TurboFan off cost 5.9 s; 50,000 words, 2 x 360 paired keystrokes through the server,
  // p95 28.3 -> 26.1 and 21.8 -> 20.1 ms, p50 14.4 -> 13.4 and 11.7 -> 11.8 ms.
  setFlagsFromString('--interrupt-budget=540672');
  // V8 compiles a regex to bytecode on its first run and again, to machine code, on its second: the engine's few
  // hundred regexes (some are word lists of a thousand characters) were compiled twice in every run. Compiled once,
  // to machine code: a 1,000-word CLI run's CPU time (profiled, medians of 10-12 interleaved runs) 136 -> 114,
  // 171 -> 131, 143 -> 116 and 128 -> 124 ms in four rounds; 10,000 words 241 -> 236 and 287 -> 265 ms; the server's
  // CPU from spawn to the first diagnostics of 10,000 words, medians of 8 interleaved starts, 395 -> 370 ms. A server
  // runs its regexes many times: it compiled them all to machine code anyway.
  setFlagsFromString('--no-regexp-tier-up');
}
