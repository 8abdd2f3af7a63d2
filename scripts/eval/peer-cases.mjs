// Other projects' published test cases, run against the engine (issue 12): the sentences that
// write-good and weasel-words test themselves on (their spec files) and the example in
// retext-intensify's readme, read from node_modules at run time (never copied here). Each case
// gets the annotation guide's call, written below: what a careful editor wants flagged in it, by
// rule and cue, or nothing. Those projects flag style (passive voice, "so", adverbs); the guide
// flags hedges, vague sources and unsupported claims, so most of their cases are ones to leave alone.
//
//   node scripts/eval/peer-cases.mjs [--json]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where each project keeps its cases, and how to read the sentences out of the file. */
const SOURCES = [
  { project: 'write-good', file: 'node_modules/write-good/test/basic.spec.js', cases: (text) => callArguments(text, 'writeGood') },
  { project: 'weasel-words', file: 'node_modules/weasel-words/test/weasel.spec.js', cases: (text) => callArguments(text, 'weasel') },
  { project: 'retext-intensify', file: 'node_modules/retext-intensify/readme.md', cases: (text) => readmeExample(text) },
];

/**
 * The guide's call on each case, keyed by the sentence: [rule, cue] pairs that must be flagged
 * (by default, the precise sensitivity), and a reason. A case with no call written is reported,
 * so that a new case in an upgraded package is noticed.
 */
const CALLS = {
  'Remarkably few developers write well.': {
    flag: [],
    why: 'a generalisation, but "few developers" stands in for no source; a hint at most (quantifiers are right too rarely on real drafts)',
  },
  'It has been said that few developers write well.': {
    flag: [['passive-attribution', 'It has been said']],
    why: 'a view credited to nobody',
  },
  'Some people say there are quite some problems, apparently.': {
    flag: [
      ['weasel', 'Some people say'],
      ['hedge', 'apparently'],
    ],
    why: 'an unnamed source, and a hedge on the claim',
  },
  'A transfer visa may be required at check-in between any connecting flight.': {
    flag: [],
    why: 'a requirement that applies in some cases, not a hedged claim',
  },
  'As a matter of fact, this sentence could be simpler.': { flag: [], why: 'a suggestion to the reader' },
  'Your readers will be adversely impacted by this sentence.': {
    flag: [],
    why: 'a forecast without a figure: flagged only at strict claim strictness',
  },
  'The script was killed': { flag: [], why: 'a passive of an act, attributing no view' },
  'This sentence is extremely good.': { flag: [], why: 'a degree intensifier is not a booster' },
  'This sentence is simply terrible': { flag: [], why: 'an adverb of degree, no certainty claimed' },
  'Never write read-only sentences.': { flag: [], why: 'an instruction' },
  'So the best thing to do is wait.': { flag: [], why: 'advice' },
  'There is a use for this construction.': { flag: [], why: 'nothing checkable' },
  'There are uses for this construction.': { flag: [], why: 'nothing checkable' },
  'Writing specs puts me at loose ends.': { flag: [], why: 'the writer about herself' },
  'Everything is ok.': { flag: [], why: 'nothing checkable' },
  'I have too many things.': { flag: [], why: '"too many" judges, names no source' },
  'I have too few things.': { flag: [], why: '"too few" judges, names no source' },
  'This changes the code so that it works.': { flag: [], why: 'the writer describing her own change' },
  'Some silly sausages start sentences stating so.': { flag: [], why: 'nothing a source would support' },
  'This is a test; so it should pass or fail.': { flag: [], why: 'nothing checkable' },
  'So adds no meaning.': { flag: [], why: 'a remark on usage' },
  'there is unnecessary verbiage.': { flag: [], why: 'a remark on style' },
  'NodeJs is awesome ;)': { flag: [], why: 'an opinion, no claim to check' },
  "There's no place like localhost": { flag: [], why: 'a saying' },
  'Isle of Man': { flag: [], why: 'a name, not a sentence' },
};

/** The first string argument of every call to `name(...)` in a spec file, unescaped; blank and fragment cases left out. */
function callArguments(text, name) {
  const found = [];
  const call = new RegExp(`\\b${name}\\(\\s*'((?:[^'\\\\]|\\\\.)*)'`, 'g');
  for (const m of text.matchAll(call)) {
    const sentence = m[1].replace(/\\n/g, '\n').replace(/\\(.)/g, '$1').trim();
    if (/[a-z]{2,}.*[a-z]{2,}/i.test(sentence) && sentence.split(/\s+/).length >= 3) found.push(sentence);
  }
  return found;
}

/** The readme's example document: the txt block after "contains:", one case per paragraph. */
function readmeExample(text) {
  const m = /contains:\s*```txt\n([\s\S]*?)```/.exec(text);
  return m
    ? m[1]
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
    : [];
}

/** Runs the cases through the built CLI's classify: → [{ project, text, call, found: [[rule, text]], ok }]. */
export function runPeerCases(cliPath = join(repoRoot, 'dist', 'cli.js')) {
  const cases = [];
  const missing = [];
  for (const source of SOURCES) {
    const path = join(repoRoot, source.file);
    if (!existsSync(path)) {
      missing.push(source.file);
      continue;
    }
    for (const text of new Set(source.cases(readFileSync(path, 'utf8')))) cases.push({ project: source.project, text });
  }
  const unique = [...new Map(cases.map((c) => [c.text, c])).values()];
  const result = spawnSync(process.execPath, [cliPath, 'classify', '-'], {
    input: unique.map((c) => c.text.replace(/\n/g, ' ')).join('\n') + '\n',
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`evident classify exited with ${result.status}: ${result.stderr.slice(0, 300)}`);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  return {
    missing,
    cases: unique.map((c, i) => {
      const found = lines[i].findings.filter((f) => f.severity !== 'hint').map((f) => [f.rule, f.text]);
      const call = CALLS[c.text];
      const ok = call ? sameFindings(found, call.flag) : undefined;
      return { ...c, call, found, ok };
    }),
  };
}

const sameFindings = (found, expected) =>
  found.length === expected.length && expected.every(([rule, cue]) => found.some(([r, t]) => r === rule && t === cue));

export function renderPeerCases({ missing, cases }) {
  const called = cases.filter((c) => c.call);
  const right = called.filter((c) => c.ok);
  const out = [
    `  other projects' published test cases (${[...new Set(cases.map((c) => c.project))].join(', ')}): ${right.length} of ${called.length} as the guide calls them`,
  ];
  for (const c of called.filter((c) => !c.ok))
    out.push(
      `    differs: ${JSON.stringify(c.text)} — expected ${JSON.stringify(c.call.flag)}, got ${JSON.stringify(c.found)} (${c.call.why})`,
    );
  for (const c of cases.filter((c) => !c.call)) out.push(`    no call written yet: ${JSON.stringify(c.text)} (${c.project})`);
  for (const file of missing) out.push(`    skipped: ${file} is not installed`);
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runPeerCases();
  console.log(process.argv.includes('--json') ? JSON.stringify(result, null, 2) : renderPeerCases(result));
}
