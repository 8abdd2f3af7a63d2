// write-good and retext-intensify on the corpus, for comparison with the engine in the same run.
// They know no rules of ours, so a finding is right when it lands on a prose unit and overlaps a
// labelled cue of any cue rule (hedge, booster, weasel, passive-attribution, speculation): a
// generous reading. Each tool runs on each unit's text alone, so markup between units is not theirs
// to trip on; findings are counted once per unit, as the engine's are per (unit, rule).
import { createRequire } from 'node:module';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';

const require = createRequire(import.meta.url);
const writeGood = require('write-good');
const intensify = retext().use(retextEnglish).use(retextIntensify).freeze();

const CUE_FIELDS = ['hedge', 'booster', 'weasel', 'passive_attribution', 'speculation'];

function cueSpans(unit) {
  const spans = [];
  for (const field of CUE_FIELDS) {
    for (const cue of unit.label[field]) {
      for (let at = unit.text.indexOf(cue); at !== -1; at = unit.text.indexOf(cue, at + 1)) spans.push([at, at + cue.length]);
    }
  }
  return spans;
}

const onlyWeasel = Object.fromEntries(
  ['illusion', 'so', 'thereIs', 'passive', 'adverb', 'tooWordy', 'cliches'].map((check) => [check, false]),
);

const TOOLS = {
  'write-good (weasel check)': async (text) => writeGood(text, onlyWeasel).map((s) => [s.index, s.index + s.offset]),
  'write-good (all checks)': async (text) => writeGood(text).map((s) => [s.index, s.index + s.offset]),
  'retext-intensify': async (text) =>
    (await intensify.process(text)).messages.map((m) => [m.place?.start?.offset ?? 0, m.place?.end?.offset ?? 0]),
};

/** → [{ name, findings, right, precision, unitsWithCues, found, recall, nonProseHit, nonProseUnits }] */
export async function corpusBaselines(corpus) {
  const units = corpus.docs.flatMap((doc) => doc.units);
  const rows = [];
  for (const [name, run] of Object.entries(TOOLS)) {
    let findings = 0;
    let right = 0;
    let nonProseHit = 0;
    let nonProseUnits = 0;
    let unitsWithCues = 0;
    for (const unit of units) {
      const prose = unit.label.kind === 'prose';
      const cues = prose ? cueSpans(unit) : [];
      if (cues.length > 0) unitsWithCues++;
      if (!prose) nonProseUnits++;
      const spans = await run(unit.text);
      if (spans.length === 0) continue;
      findings++;
      if (!prose) nonProseHit++;
      if (spans.some(([s, e]) => cues.some(([cs, ce]) => s < ce && cs < e))) right++;
    }
    const pct = (n, d) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);
    rows.push({
      name,
      findings,
      right,
      precision: pct(right, findings),
      unitsWithCues,
      recall: pct(right, unitsWithCues),
      nonProseHit,
      nonProseUnits,
      nonProseShare: pct(nonProseHit, nonProseUnits),
    });
  }
  return rows;
}
