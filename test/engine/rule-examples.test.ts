// Every rule carries examples of what it must flag and what it must leave alone
// (in its own metadata); this runs all of them through the whole engine.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, RULES } from '../../server/src/engine';
import { Bibliography, parseBibliography } from '../../server/src/engine/bib';

for (const rule of RULES) {
  const id = rule.meta.id;
  // Rules that read citations are checked against the bibliography their examples come with.
  const bibliography =
    rule.meta.exampleBibliography === undefined
      ? undefined
      : new Bibliography(parseBibliography(rule.meta.exampleBibliography, 'examples.bib').entries);
  describe(`rule ${id}`, () => {
    test('has at least two examples of each kind', () => {
      assert.ok(rule.meta.examples.flag.length >= 2, 'flag examples');
      assert.ok(rule.meta.examples.allow.length >= 2, 'allow examples');
    });
    for (const example of rule.meta.examples.flag) {
      test(`flags${example.thorough ? ' (thorough only)' : ''}: ${example.text}`, () => {
        const sensitivity = example.thorough ? 'thorough' : 'precise';
        const found = analyze(example.text, { languageId: 'markdown', settings: { sensitivity }, bibliography }).filter(
          (f) => f.rule === id,
        );
        assert.deepEqual(
          found.map((f) => f.text),
          [example.flagged],
          `expected "${example.flagged}" flagged by ${id}`,
        );
        const f = found[0];
        assert.equal(example.text.slice(f.start, f.end), example.flagged);
        assert.ok(f.message.length > 10 && !f.message.includes('{{'), `message filled in: ${f.message}`);
        if (example.thorough) {
          assert.equal(f.severity, 'hint');
          assert.deepEqual(
            analyze(example.text, { languageId: 'markdown' }).filter((g) => g.rule === id),
            [],
            'a weak cue is left alone by default',
          );
        }
      });
    }
    for (const text of rule.meta.examples.allow) {
      test(`leaves alone: ${text}`, () => {
        const found = analyze(text, { languageId: 'markdown', bibliography }).filter((f) => f.rule === id);
        assert.deepEqual(
          found.map((f) => f.text),
          [],
          `expected no ${id} finding`,
        );
      });
    }
  });
}
