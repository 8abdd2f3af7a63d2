// Fuzzes the engine with seeded random documents in every language, then with extreme ones.
// Every analysis must keep the invariants in ./fuzz.ts, and analysing again (warm cache, or
// cold in a fresh process) must give the same result.
// Reproduce a run: EVIDENT_FUZZ_SEED=<seed> EVIDENT_FUZZ_COUNT=<n> node --import tsx --test test/robustness/engine-fuzz.test.ts
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeDocument, type DocumentAnalysis, type Settings } from '../../server/src/engine';
import { DEFAULT_SEED, extremeDocuments, FUZZ_LANGUAGES, invariantViolations, Random, randomDocument } from './fuzz';

const SEED = Number(process.env.EVIDENT_FUZZ_SEED ?? DEFAULT_SEED);
const COUNT = Number(process.env.EVIDENT_FUZZ_COUNT ?? 3_000);
/** Inputs analysed again in a fresh process, whose sentence cache is empty. */
const COLD_SAMPLE = 25;
/** Far above what any extreme input takes on 2 cores; catches quadratic blow-ups (minutes), not noise. */
const EXTREME_BUDGET_MS = 20_000;

interface FuzzInput {
  text: string;
  languageId: string;
  settings: Partial<Settings>;
}

/** Settings vary too: every rule at another severity, the strictest claims, accepted terms that overlap cues. */
function randomSettings(random: Random): Partial<Settings> {
  switch (random.int(3)) {
    case 0:
      return {};
    case 1:
      return {
        rules: {
          hedge: 'error',
          'hedge-stack': 'hint',
          booster: 'warning',
          weasel: 'information',
          'passive-attribution': 'error',
          speculation: 'hint',
          'unsupported-claim': 'error',
        },
        claimStrictness: 'strict',
      };
    default:
      return { acceptedTerms: ['may', 'studies show', 'clearly', '$', 'it'], claimStrictness: 'lenient', rules: { booster: 'off' } };
  }
}

function describeInput(input: FuzzInput, index: number): string {
  const shown = input.text.length > 600 ? `${input.text.slice(0, 600)}… (${input.text.length} chars)` : input.text;
  return `seed ${SEED}, input #${index} (${input.languageId}, settings ${JSON.stringify(input.settings)}): ${JSON.stringify(shown)}`;
}

const asJson = (analysis: DocumentAnalysis) => JSON.parse(JSON.stringify(analysis)) as unknown;

describe('engine fuzzing', () => {
  it(`keeps every invariant on ${COUNT} random documents (seed ${SEED})`, (t) => {
    const random = new Random(SEED);
    const inputs: FuzzInput[] = [];
    const warm: DocumentAnalysis[] = [];
    let findings = 0;
    let characters = 0;
    const started = performance.now();
    for (let index = 0; index < COUNT; index++) {
      const languageId = FUZZ_LANGUAGES[index % FUZZ_LANGUAGES.length];
      const input = { text: randomDocument(random, languageId), languageId, settings: randomSettings(random) };
      inputs.push(input);
      characters += input.text.length;
      let first: DocumentAnalysis;
      try {
        first = analyzeDocument(input.text, input);
      } catch (error) {
        assert.fail(`analysis threw ${(error as Error).stack}\n${describeInput(input, index)}`);
      }
      const violations = invariantViolations(input.text, first);
      assert.deepEqual(violations, [], describeInput(input, index));
      assert.deepEqual(analyzeDocument(input.text, input), first, `a second analysis differs: ${describeInput(input, index)}`);
      findings += first.findings.length;
      if (index < COLD_SAMPLE) warm.push(first);
    }
    const seconds = (performance.now() - started) / 1000;

    const cold = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'cold-analysis.ts')], {
      input: JSON.stringify(inputs.slice(0, COLD_SAMPLE)),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    assert.equal(cold.status, 0, cold.stderr);
    const coldAnalyses = JSON.parse(cold.stdout) as unknown[];
    assert.equal(coldAnalyses.length, warm.length);
    for (const [index, analysis] of warm.entries()) {
      assert.deepEqual(coldAnalyses[index], asJson(analysis), `cold and warm analyses differ: ${describeInput(inputs[index], index)}`);
    }
    t.diagnostic(
      `fuzz seed ${SEED}: ${COUNT} documents (${characters.toLocaleString('en-US')} characters, ${findings.toLocaleString('en-US')} findings) ` +
        `in ${seconds.toFixed(1)} s, ${COLD_SAMPLE} re-checked cold, 0 crashes, 0 invariant violations`,
    );
  });

  for (const extreme of extremeDocuments()) {
    it(`survives ${extreme.name} in ${extreme.languages.join(', ')}`, (t) => {
      for (const languageId of extreme.languages) {
        const started = performance.now();
        const analysis = analyzeDocument(extreme.text, { languageId });
        const elapsed = performance.now() - started;
        assert.deepEqual(invariantViolations(extreme.text, analysis), [], `${extreme.name} as ${languageId}`);
        for (const flag of extreme.expect) {
          const count = analysis.findings.filter((finding) => finding.rule === flag.rule && finding.text === flag.text).length;
          assert.equal(count, flag.count, `${extreme.name} as ${languageId}: ${flag.rule} on "${flag.text}"`);
        }
        assert.ok(elapsed < EXTREME_BUDGET_MS, `${extreme.name} as ${languageId} took ${Math.round(elapsed)} ms`);
        t.diagnostic(
          `${languageId}: ${extreme.text.length.toLocaleString('en-US')} chars, ${analysis.findings.length} findings, ${Math.round(elapsed)} ms`,
        );
      }
    });
  }
});
