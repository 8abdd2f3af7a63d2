// Engine bugs the fuzzer found, each pinned by the smallest input that showed it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, analyzeDocument } from '../../server/src/engine';
import { applyThroughPositions, invariantViolations } from './fuzz';

describe('engine regressions found by fuzzing', () => {
  it('keeps the edits of "keep one hedge" apart when a hard line break follows the last hedge', () => {
    // Both removals used to take the space after "may": overlapping edits, which editors refuse to apply.
    const text = 'Perhaps the talks may possibly\nresume in spring.';
    const stack = analyze(text, { languageId: 'markdown' }).find((finding) => finding.rule === 'hedge-stack');
    assert.ok(stack, 'a hedge-stack finding');
    assert.equal(stack.text, 'Perhaps the talks may possibly');
    const keepFirst = stack.fixes[0];
    assert.deepEqual(keepFirst.edits, [
      { start: 18, end: 22, newText: '' },
      { start: 22, end: 30, newText: '' },
    ]);
    const document = TextDocument.create('untitled:x', 'markdown', 0, text);
    assert.equal(applyThroughPositions(document, keepFirst.edits), 'Perhaps the talks \nresume in spring.');
    assert.deepEqual(invariantViolations(text, analyzeDocument(text, { languageId: 'markdown' })), []);
  });
});
