// The CLI reads the bibliographies a document names and those given with --bibliography:
// unknown citation keys are findings (errors), also in SARIF; a bad bibliography is a warning.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, scratchDir } from './helpers';

const REFS = readFileSync(resolve(__dirname, '../fixtures/bib/refs.bib'), 'utf8');
const CITED =
  'Rents rose by a third in coastal towns in 2021 [@smith2020rents].\n\nRural clinics often lack a pharmacist [@lee2022clinix].\n';

describe('--bibliography', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = scratchDir({
      'refs.bib': REFS,
      'plain.md': CITED,
      'front.md': `---\ntitle: Brief\nbibliography: refs.bib\n---\n\n${CITED}`,
      'missing.md': `---\nbibliography: nowhere.bib\n---\n\n${CITED}`,
      'paper.tex':
        'Rents rose by a third in coastal towns in 2021~\\cite{smith2020rents}.\nClinics lack pharmacists~\\cite{nobody}.\n\\bibliography{refs}\n',
    }));
  });
  after(() => cleanup());

  it('without a bibliography, keys are not checked', () => {
    const run = runCli(['plain.md'], { cwd: dir });
    assert.doesNotMatch(run.stdout, /unknown-citation/);
  });

  it('--bibliography checks every key against the file', () => {
    const run = runCli(['--bibliography', 'refs.bib', 'plain.md'], { cwd: dir });
    assert.match(run.stdout, /plain\.md:3:\d+ +error +unknown-citation/);
    assert.doesNotMatch(run.stdout, /smith2020rents/);
    assert.equal(run.code, 1);
  });

  it('front matter and \\bibliography name the file, relative to the document', () => {
    assert.match(runCli(['front.md'], { cwd: dir }).stdout, /front\.md:\d+:\d+ +error +unknown-citation/);
    const tex = runCli(['paper.tex'], { cwd: join(dir) }).stdout;
    assert.match(tex, /paper\.tex:2:\d+ +error +unknown-citation/);
    assert.doesNotMatch(tex, /paper\.tex:1:/);
  });

  it('a missing bibliography is a warning naming it; the document is still checked, keys unchecked', () => {
    const run = runCli(['missing.md'], { cwd: dir });
    assert.match(run.stderr, /warning: bibliography nowhere\.bib does not exist/);
    assert.doesNotMatch(run.stdout, /unknown-citation/);
  });

  it('SARIF lists unknown-citation as a rule and its results as errors', () => {
    const sarif = JSON.parse(runCli(['-f', 'sarif', '-b', 'refs.bib', 'plain.md'], { cwd: dir }).stdout);
    const run = sarif.runs[0];
    assert.ok(run.tool.driver.rules.some((r: { id: string }) => r.id === 'unknown-citation'));
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'unknown-citation');
    assert.equal(result.level, 'error');
  });
});
