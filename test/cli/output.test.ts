// What the CLI prints and how it exits: golden text lines, JSON, SARIF, help and version.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { quoting } from '../../server/src/cli/format-text';
import { RULE_IDS } from '../../server/src/engine/types';
import { CLI, FIXTURES, lines, runCli } from './helpers';

const packageVersion = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).version;

describe('text output', () => {
  it('prints one golden line per finding, then the summary; exit 1 for warnings', () => {
    const run = runCli(['draft.md']);
    assert.deepEqual(lines(run.stdout), GOLDEN_DRAFT_LINES);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
  });

  it('quotes the first words of a flagged claim, with an ellipsis when it goes on; a message that quotes its cue stays as it is', () => {
    const message = 'This claim (a trend) has no evidence: cite a source or name it.';
    assert.equal(
      quoting('Hospital admissions in the northern regions have risen sharply over the past three winters', message),
      '"Hospital admissions in the northern regions have risen…" — This claim (a trend) has no evidence: cite a source or name it.',
    );
    assert.equal(quoting('Exports fell.', message), '"Exports fell." — This claim (a trend) has no evidence: cite a source or name it.');
    assert.equal(quoting('may', '"may" hedges this claim.'), '"may" hedges this claim.');
  });

  it('flags nothing in a procedural "may" and exits 0', () => {
    const run = runCli(['clean.txt']);
    assert.equal(run.stdout, '0 findings (0 errors, 0 warnings, 0 info, 0 hints) in 1 file\n');
    assert.equal(run.code, 0);
  });

  it('exits 0 when the only findings are below warning', () => {
    const run = runCli(['-'], { input: 'It may rain tomorrow.\n' });
    assert.deepEqual(lines(run.stdout), [
      `<stdin>:1:4  info  hedge  ${HEDGE_MAY}`,
      '1 finding (0 errors, 0 warnings, 1 info, 0 hints) in 1 file',
    ]);
    assert.equal(run.code, 0);
  });

  it('--quiet drops the summary', () => {
    const run = runCli(['--quiet', 'draft.md']);
    assert.deepEqual(lines(run.stdout), GOLDEN_DRAFT_LINES.slice(0, -1));
  });

  it('colours only for a terminal (or FORCE_COLOR), never when piped or NO_COLOR', () => {
    assert.doesNotMatch(runCli(['draft.md']).stdout, /\x1b\[/);
    const forced = runCli(['draft.md'], { env: { FORCE_COLOR: '1' } }).stdout;
    assert.match(forced, /\x1b\[33mwarning\x1b\[39m/);
    assert.deepEqual(lines(forced.replace(/\x1b\[\d+m/g, '')), GOLDEN_DRAFT_LINES);
    assert.doesNotMatch(runCli(['draft.md'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout, /\x1b\[/);
  });
});

describe('where the output goes', () => {
  it('writes the same bytes to a file as to a pipe, and ends quietly when the reader leaves early', async () => {
    const piped = runCli(['--format', 'json', 'draft.md']);
    const dir = mkdtempSync(join(tmpdir(), 'evident-stdout-'));
    try {
      // stdout a file (the shell's `> out.json`)
      const out = join(dir, 'out.json');
      const fd = openSync(out, 'w');
      const toFile = spawnSync(process.execPath, [CLI, '--format', 'json', 'draft.md'], { cwd: FIXTURES, stdio: ['ignore', fd, 'pipe'] });
      closeSync(fd);
      assert.equal(toFile.status, piped.code);
      assert.equal(readFileSync(out, 'utf8'), piped.stdout);
      // `evident … | head -c 100`: megabytes of JSON, a reader that takes 100 bytes and goes
      const long = join(dir, 'long.md');
      writeFileSync(long, readFileSync(join(FIXTURES, 'draft.md'), 'utf8').repeat(300));
      const child = spawn(process.execPath, [CLI, '--format', 'json', long], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      const [code] = await once(child, 'close');
      assert.equal(stderr, '');
      assert.ok(code === 0 || code === 1, `exit code ${code}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('usage', () => {
  it('--help prints usage and exits 0; --version prints package.json version', () => {
    const help = runCli(['--help']);
    assert.match(help.stdout, /^Usage: evident \[options\] <file \| directory \| glob \| ->\.\.\.\n {7}evident classify <file \| ->\n/);
    assert.equal(help.code, 0);
    assert.deepEqual(runCli(['--version']), { code: 0, stdout: `${packageVersion}\n`, stderr: '' });
  });

  for (const [args, message] of [
    [['--bogus', 'draft.md'], "Unknown option '--bogus'."],
    [[], 'no input given (files, directories, globs, or - for stdin).'],
    [['--format', 'xml', 'draft.md'], 'unknown --format "xml" (expected text, json, sarif).'],
    [['--language', 'rst', 'draft.md'], 'unknown --language "rst" (expected markdown, plaintext, latex, quarto, rmarkdown).'],
    [['--format'], "Option '-f, --format <value>' argument missing"],
    [['classify', 'a.txt', 'b.txt'], 'classify takes exactly one input: a file, or - for stdin.'],
    [['classify', '--format', 'json', 'a.txt'], 'classify takes no options (got --format).'],
  ] as const) {
    it(`exits 2 with usage for: evident ${args.join(' ')}`, () => {
      const run = runCli([...args]);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.ok(run.stderr.startsWith(`evident: ${message}\n\nUsage: evident`), run.stderr);
    });
  }
});

describe('--format json', () => {
  it('gives every file with its findings, engine fields plus 1-based line/column', () => {
    const run = runCli(['--format', 'json', 'draft.md', 'clean.txt']);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(
      report.map((file: { path: string }) => file.path),
      ['draft.md', 'clean.txt'],
    );
    assert.deepEqual(report[1].findings, []);
    const source = readFileSync(join(FIXTURES, 'draft.md'), 'utf8');
    const sourceLines = source.split('\n');
    for (const finding of report[0].findings) {
      for (const field of [
        'rule',
        'start',
        'end',
        'text',
        'severity',
        'message',
        'explanation',
        'category',
        'alternatives',
        'fixes',
        'sentence',
      ]) {
        assert.ok(field in finding, `finding has ${field}`);
      }
      assert.equal(source.slice(finding.start, finding.end), finding.text);
      assert.equal(finding.line, finding.endLine);
      assert.equal(sourceLines[finding.line - 1].slice(finding.column - 1, finding.endColumn - 1), finding.text);
    }
    const hedge = report[0].findings.find((finding: { rule: string }) => finding.rule === 'hedge');
    assert.deepEqual(
      { line: hedge.line, column: hedge.column, endLine: hedge.endLine, endColumn: hedge.endColumn, text: hedge.text },
      { line: 3, column: 4, endLine: 3, endColumn: 7, text: 'may' },
    );
    assert.equal(run.code, 1);
  });
});

interface SarifResult {
  ruleId: string;
  locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
  fixes?: unknown[];
}
const uriOf = (result: SarifResult) => result.locations[0].physicalLocation.artifactLocation.uri;

describe('--format sarif', () => {
  const run = runCli(['--format', 'sarif', 'draft.md', '-'], { input: 'Obviously, the plan failed.\n' });
  const log = JSON.parse(run.stdout);
  const [sarifRun] = log.runs;

  it('is a SARIF 2.1.0 log with one run and the tool driver', () => {
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'Evident');
    assert.equal(driver.version, packageVersion);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(
      driver.rules.map((rule: { id: string }) => rule.id),
      [...RULE_IDS],
    );
    for (const rule of driver.rules) {
      assert.ok(rule.shortDescription.text.length > 10, `${rule.id} has a description`);
      assert.match(rule.helpUri, new RegExp(`^https://.*${rule.id}$`));
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), `${rule.id} level`);
    }
  });

  it('has results with rule, level, message and regions that point at the flagged text', () => {
    const source = readFileSync(join(FIXTURES, 'draft.md'), 'utf8').split('\n');
    assert.ok(sarifRun.results.length >= 4);
    for (const result of sarifRun.results) {
      assert.ok((RULE_IDS as readonly string[]).includes(result.ruleId));
      assert.equal(sarifRun.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.ok(result.message.text.length > 0);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      if (artifactLocation.uri === 'stdin') continue;
      assert.equal(artifactLocation.uri, 'draft.md');
      assert.equal(region.startLine, region.endLine);
      assert.equal(source[region.startLine - 1].slice(region.startColumn - 1, region.endColumn - 1), region.snippet.text);
      assert.equal('charOffset' in region, false);
    }
    const booster = sarifRun.results.find((result: SarifResult) => result.ruleId === 'booster' && uriOf(result) === 'draft.md');
    assert.deepEqual(booster.locations[0].physicalLocation.region, {
      startLine: 5,
      startColumn: 1,
      endLine: 5,
      endColumn: 10,
      snippet: { text: 'Obviously' },
    });
    assert.equal(booster.level, 'note');
  });

  it("carries the engine's fixes as replacements", () => {
    const withFixes = sarifRun.results.filter((result: SarifResult) => result.fixes);
    assert.ok(withFixes.length > 0, 'some result has a fix');
    for (const result of withFixes) {
      for (const fix of result.fixes) {
        assert.ok(fix.description.text);
        const [change] = fix.artifactChanges;
        assert.equal(change.artifactLocation.uri, result.locations[0].physicalLocation.artifactLocation.uri);
        for (const replacement of change.replacements) {
          assert.ok(replacement.deletedRegion.startLine >= 1 && replacement.deletedRegion.startColumn >= 1);
          assert.equal(typeof replacement.insertedContent.text, 'string');
        }
      }
    }
  });

  it('names stdin as an artifact too, and exits 1 for the warnings in draft.md', () => {
    const fromStdin = sarifRun.results.filter((result: SarifResult) => uriOf(result) === 'stdin');
    assert.deepEqual(
      fromStdin.map((result: SarifResult) => result.ruleId),
      ['booster'],
    );
    assert.equal(run.code, 1);
  });
});

// Messages are the engine's rule metadata wording.
const HEDGE_MAY = '"may" hedges this claim: say how certain it is and why, or state it plainly.';
const GOLDEN_DRAFT_LINES = [
  `draft.md:3:4  info  hedge  ${HEDGE_MAY}`,
  'draft.md:5:1  info  booster  "Obviously" asserts certainty without evidence: show why, or drop it.',
  'draft.md:7:1  warning  weasel  "Studies show" leans on an unnamed source: name it or cite it.',
  // An unsupported claim's message quotes nothing of its own: the line is led by the claim's first words.
  'draft.md:7:19  warning  unsupported-claim  "sanctions rarely work" — This claim (an absolute generalisation) has no evidence: cite a source or name it.',
  '4 findings (0 errors, 2 warnings, 2 info, 0 hints) in 1 file',
];
