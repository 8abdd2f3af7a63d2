// Runs the Evident engine through its public `evident classify` contract:
// one sentence per line on stdin, one JSON object per line on stdout.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const ENGINE_NAME = 'Evident engine';

/** → [{ uncertain, claim, evidence, class, findings: [{ rule, start, end, text }] }], one per text. */
export function classifyWithCli(cliPath, texts) {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} not found: build it first (node esbuild.mjs)`);
  const input = texts.map((text) => text.replace(/[\r\n]+/g, ' ')).join('\n') + '\n';
  const run = spawnSync(process.execPath, [cliPath, 'classify', '-'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`evident classify exited with ${run.status}: ${run.stderr.trim().slice(0, 500)}`);
  const results = run.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
  if (results.length !== texts.length) {
    throw new Error(`evident classify answered ${results.length} lines for ${texts.length} sentences`);
  }
  return results;
}

/** The engine as a system: one run gives both the uncertainty and the claim predictions. */
export function engineSystem(cliPath) {
  return {
    tasks: ['uncertain', 'claim'],
    run: async (texts) => {
      const results = classifyWithCli(cliPath, texts);
      const findings = results.map((result) => result.findings ?? []);
      return [
        { name: ENGINE_NAME, task: 'uncertain', predicted: results.map((result) => Boolean(result.uncertain)), findings },
        { name: ENGINE_NAME, task: 'claim', predicted: results.map((result) => Boolean(result.claim)), findings },
      ];
    },
  };
}
