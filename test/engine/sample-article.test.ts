// The shared sample article is real policy writing (not ours to copy): read it in place
// and check what the engine must find and must leave alone. Skipped when it is absent.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../../server/src/engine';

const path = new URL('../../../shared/samples/krasnyak-2019-putin-kim-summit.txt', import.meta.url);
const present = existsSync(path);

test('sample article: the findings an analyst expects', { skip: !present && 'shared sample absent' }, () => {
  const text = readFileSync(path, 'utf8');
  const findings = analyze(text, { languageId: 'plaintext' });
  const has = (rule: string, phrase: string) =>
    findings.some(
      (f) =>
        f.rule === rule &&
        (f.text.includes(phrase) || phrase.includes(f.text)) &&
        text.slice(f.start, f.end) === f.text &&
        overlaps(text, f, phrase),
    );
  const expected: [string, string][] = [
    ['hedge', 'perhaps'],
    ['weasel', 'according to Russian sources'],
    ['weasel', 'observers reported'],
    ['hedge', 'might'],
    ['speculation', 'Kim would be very flattered'],
    ['unsupported-claim', 'has never been a priority'],
    ['booster', 'Obviously'],
    ['passive-attribution', 'are presumed'],
  ];
  for (const [rule, phrase] of expected) assert.ok(has(rule, phrase), `${rule} on "${phrase}"`);

  const at = (phrase: string) => text.indexOf(phrase);
  const flaggedAt = (phrase: string) =>
    findings.filter((f) => f.rule !== 'unsupported-claim' && f.start < at(phrase) + phrase.length && f.end > at(phrase));
  assert.deepEqual(flaggedAt('suggests a more realistic scenario'), [], 'proposal "suggests" is not a hedge');
  assert.deepEqual(
    findings.filter((f) => f.start <= at('about 1700 kilometers') && f.end > at('about 1700 kilometers')),
    [],
    'distance',
  );
});

function overlaps(text: string, f: { start: number; end: number }, phrase: string): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) if (f.start < i + phrase.length && f.end > i) return true;
  return false;
}
