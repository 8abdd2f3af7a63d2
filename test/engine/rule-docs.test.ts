// docs/rules/<id>.md is what the editor links to from each diagnostic: it must exist and
// match the rule's metadata (regenerate with `node --import tsx scripts/gen-rule-docs.ts`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { RULES } from '../../server/src/engine';
import { ruleDoc } from '../../scripts/gen-rule-docs';

for (const rule of RULES) {
  test(`docs/rules/${rule.meta.id}.md is up to date`, () => {
    assert.equal(readFileSync(`docs/rules/${rule.meta.id}.md`, 'utf8'), ruleDoc(rule));
  });
}
