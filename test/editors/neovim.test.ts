// Any editor that speaks LSP: Neovim's built-in client against the built server, as a user's
// config would start it (`evident-language-server`, stdio). Needs Debian's neovim (CI installs it;
// EVIDENT_NEOVIM=required makes its absence a failure).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { quotingFlagged } from '../../server/src/lsp/protocol';

const ROOT = resolve(import.meta.dirname, '../..');
const SERVER = join(ROOT, 'dist/server.js');
const DRAFT = join(ROOT, 'examples/draft-brief.md');
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const installed = nvim.status === 0;
const required = process.env.EVIDENT_NEOVIM === 'required';
const skip = !installed && !required && 'Neovim not installed (apt-get install neovim); EVIDENT_NEOVIM=required makes this a failure';

test("Neovim's built-in LSP client gets the findings, a hover and a quick fix from the server", { skip, timeout: 60_000 }, () => {
  assert.ok(installed, 'EVIDENT_NEOVIM=required, but nvim is not installed: apt-get install neovim');
  const dir = mkdtempSync(join(tmpdir(), 'evident-nvim-'));
  try {
    const draft = join(dir, 'draft-brief.md');
    copyFileSync(DRAFT, draft);
    copyFileSync(DRAFT.replace(/\.md$/, '.bib'), join(dir, 'draft-brief.bib')); // its front matter names it
    const out = join(dir, 'result.json');
    const setup = `lua EVIDENT_SERVER=${JSON.stringify(SERVER)} EVIDENT_DRAFT=${JSON.stringify(draft)} EVIDENT_OUT=${JSON.stringify(out)}`;
    const run = spawnSync(
      'nvim',
      ['--headless', '-u', 'NONE', '-i', 'NONE', '-c', setup, '-c', `luafile ${join(import.meta.dirname, 'neovim-client.lua')}`],
      {
        encoding: 'utf8',
        timeout: 50_000,
        env: { ...process.env, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir },
      },
    );
    const result = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(result.errors, [], `${run.stderr}`);

    const text = readFileSync(DRAFT, 'utf8');
    const expected = analyze(text, { languageId: 'markdown' }).filter((f) => f.rule !== 'unknown-citation');
    assert.deepEqual(
      result.diagnostics.map((d: { code: string; message: string }) => [d.code, d.message]),
      expected.map((f) => [f.rule, quotingFlagged(f.text, f.message)]),
      'the same findings as the engine, in reading order',
    );
    const first = expected[0];
    assert.ok(
      typeof result.hover === 'string' && result.hover.includes('[About this rule]'),
      `a hover on the first finding: ${result.hover}`,
    );
    const booster = expected.find((f) => f.rule === 'booster')!;
    assert.equal(result.action, booster.fixes[0].title);
    const line = text.split('\n')[text.slice(0, booster.start).split('\n').length - 1];
    assert.equal(result.line_after, line.replace('Obviously, the exporters', 'The exporters'));
    assert.ok(first);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
