// `npm run demo`: Evident on the example draft, for a new user. Each finding is shown in its
// sentence with the flagged words marked (» « when piped, colour on a terminal), then the
// sentences left alone on purpose and why, then what the stricter claim setting adds.
// Findings are the point of a demo: only a real failure of the CLI (exit 2) fails the command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const DRAFT = 'examples/draft-brief.md';
const source = readFileSync(join(root, DRAFT), 'utf8');

/** Sentences of the draft that look like findings but are not, and why. Checked below against the real run. */
const LEFT_ALONE = [
  ['Exports fell by 18% in the first quarter of 2025 [@fao2025].', 'a figure with its citation'],
  ['Shipping through the western corridor resumed in March.', 'the cited sentence after it bears it out'],
  ['According to the Ministry of Agriculture, 41 vessels left Odesa in April.', 'a figure from a named source'],
  ['The Commission suggests a phased inspection scheme.', '"suggests" proposes a plan here; it is no hedge'],
  ['Member States may submit comments by 30 June.', '"may" gives permission here; it is no hedge'],
  ['Applicants may not apply twice.', 'a prohibition, not a hedge'],
  ['The Council should fund a joint inspection centre.', 'a recommendation: it says what to do, not what is so'],
  ['Prices could rise again if the corridor closes.', 'switched off by the comment at the end of its line'],
];

const colour = process.env.NO_COLOR
  ? false
  : process.env.FORCE_COLOR !== undefined
    ? process.env.FORCE_COLOR !== '0'
    : process.stdout.isTTY === true;
const SEVERITY_COLOUR = { error: 31, warning: 33, information: 34, hint: 2 };
const SEVERITY_NAME = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };
const paint = (code, text) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
const dim = (text) => paint(2, text);
const bold = (text) => paint(1, text);

function lint(settings) {
  const args = [join(root, 'dist/cli.js'), '--format', 'json', DRAFT];
  let scratch;
  if (settings) {
    scratch = mkdtempSync(join(tmpdir(), 'evident-demo-'));
    writeFileSync(join(scratch, 'config.json'), JSON.stringify(settings));
    args.splice(1, 0, '--config', join(scratch, 'config.json'));
  }
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  if (run.status !== 0 && run.status !== 1) {
    process.stderr.write(run.stderr);
    process.exit(run.status ?? 2);
  }
  return JSON.parse(run.stdout)[0].findings;
}

const lineOf = (offset) => source.slice(0, offset).split('\n').length;
const fold = (text) => text.replace(/\s+/g, ' ');
const WINDOW = 60;

/** The finding's sentence on one line, its words marked, cut to about WINDOW characters either side. */
function inSentence(finding) {
  const { start, end } = finding.sentence;
  let before = fold(source.slice(start, finding.start));
  let after = fold(source.slice(finding.end, end));
  if (before.length > WINDOW) before = `…${before.slice(before.indexOf(' ', before.length - WINDOW))}`;
  if (after.length > WINDOW) after = `${after.slice(0, after.lastIndexOf(' ', WINDOW))} …`;
  const words = fold(source.slice(finding.start, finding.end));
  const marked = colour ? paint(`1;4;${SEVERITY_COLOUR[finding.severity]}`, words) : `»${words}«`;
  return `${before}${marked}${after}`;
}

function show(finding) {
  const where = `line ${String(lineOf(finding.start)).padEnd(3)}`;
  const label = paint(SEVERITY_COLOUR[finding.severity], `${finding.rule} (${SEVERITY_NAME[finding.severity]})`);
  const fix = finding.fixes[0] ? `\n           ${dim(`fix: ${finding.fixes[0].title}`)}` : '';
  return `  ${dim(where)}  ${label}\n           ${inSentence(finding)}\n           ${finding.message}${fix}`;
}

const findings = lint();
const key = (f) => `${f.rule}:${f.start}:${f.end}`;
const shown = new Set(findings.map(key));
const strictOnly = lint({ claimStrictness: 'strict' }).filter((f) => !shown.has(key(f)));

const out = [];
out.push(bold(`Evident on ${DRAFT}: ${findings.length} findings.`), '');
out.push(bold(`Flagged${colour ? '' : ' (the flagged words between » «)'}:`), '');
for (const finding of findings) out.push(show(finding), '');

out.push(bold('Left alone on purpose:'), '');
const leftAlone = LEFT_ALONE.map(([sentence, why]) => {
  const at = source.indexOf(sentence);
  if (at < 0) throw new Error(`demo: "${sentence}" is no longer in ${DRAFT}`);
  return { sentence, why, at };
}).sort((a, b) => a.at - b.at);
for (const { sentence, why, at } of leftAlone) {
  const flagged = findings.some((f) => f.start >= at && f.start < at + sentence.length);
  out.push(
    `  ${dim(`line ${String(lineOf(at)).padEnd(3)}`)}  ${sentence}`,
    `           ${dim(flagged ? `meant to be left alone (${why}), but flagged` : why)}`,
  );
}
out.push('');

out.push(bold(`Stricter: with "claimStrictness": "strict", plain dated facts need a source too (${strictOnly.length} more):`), '');
for (const finding of strictOnly) out.push(show(finding), '');
out.push(dim('Check your own files: node dist/cli.js <file or folder>  ·  settings: docs/settings.md'));
process.stdout.write(`${out.join('\n')}\n`);
