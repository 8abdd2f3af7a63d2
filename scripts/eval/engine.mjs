// Runs the Evident engine through its public `evident classify` contract:
// one sentence per line on stdin, one JSON object per line on stdout.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const ENGINE_NAME = 'Evident engine';

/** → [{ uncertain, claim, evidence, class, findings: [{ rule, start, end, text }] }], one per text. */
export async function classifyWithCli(cliPath, texts) {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} not found: build it first (node esbuild.mjs)`);
  const child = spawn(process.execPath, [cliPath, 'classify', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stdout = [];
  const stderr = [];
  child.stdout.on('data', (chunk) => stdout.push(chunk));
  child.stderr.on('data', (chunk) => stderr.push(chunk));
  const exited = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  child.stdin.on('error', () => {}); // a CLI that dies early closes the pipe; its exit code tells why
  child.stdin.end(texts.map((text) => text.replace(/[\r\n]+/g, ' ')).join('\n') + '\n');
  const code = await exited;
  if (code !== 0) throw new Error(`evident classify exited with ${code}: ${Buffer.concat(stderr).toString().trim().slice(0, 500)}`);
  const results = Buffer.concat(stdout)
    .toString('utf8')
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
      const results = await classifyWithCli(cliPath, texts);
      const findings = results.map((result) => result.findings ?? []);
      return [
        { name: ENGINE_NAME, task: 'uncertain', predicted: results.map((result) => Boolean(result.uncertain)), findings },
        { name: ENGINE_NAME, task: 'claim', predicted: results.map((result) => Boolean(result.claim)), findings },
      ];
    },
  };
}
