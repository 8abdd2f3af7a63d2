// Runs the baselines in a worker thread, so that they use the second core while the engine's CLI
// process uses the first, and the main thread stays free to time that process.
import { parentPort, workerData } from 'node:worker_threads';
import { claimBaselines, uncertaintyBaselines } from './baselines.mjs';
import { runTimed } from './systems.mjs';

const systems = [...uncertaintyBaselines(workerData), ...claimBaselines()];

parentPort.on('message', async ({ id, texts, tasks }) => {
  try {
    parentPort.postMessage({ id, rows: await runTimed(systems, texts, tasks) });
  } catch (error) {
    parentPort.postMessage({ id, error: error.stack ?? String(error) });
  }
});
