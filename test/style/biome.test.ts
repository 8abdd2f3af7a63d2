// The formatter and the linter (biome.json) hold for the whole tree: `npm run format` settles layout,
// and the lint rules (unused imports and variables, loose equality, function length in server/src
// and client/src) must pass. Offline: Biome is a devDependency with its binary in node_modules.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const BIOME = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'biome.cmd' : 'biome');

test('the tree is formatted and passes the lint rules (biome ci)', () => {
  assert.ok(existsSync(BIOME), 'Biome is installed (npm ci)');
  const run = spawnSync(BIOME, ['ci', '--colors=off', '.'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, `biome ci found problems (npm run format fixes layout):\n${(run.stdout + run.stderr).slice(0, 4000)}`);
});

test("Biome formats with the project's settings (single quotes, semicolons, spacing)", () => {
  const run = spawnSync(BIOME, ['format', '--colors=off', '--stdin-file-path=check.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    input: 'const a  =  ["x",2 ,3]\n',
  });
  assert.equal(run.stdout, "const a = ['x', 2, 3];\n");
});
