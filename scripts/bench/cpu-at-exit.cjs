// Preloaded (node -r) into each process the start-up bench runs: prints the process's CPU time
// on stderr as it exits, so a whole run is measured in CPU as well as wall time.
const { writeSync } = require('node:fs');
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  try {
    writeSync(2, `\nEVIDENT_BENCH_CPU_MS ${(user + system) / 1000}\n`);
  } catch {}
});
