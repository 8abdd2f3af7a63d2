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

describe('run-on text', () => {
  it('cuts a "sentence" without stops at the first space after 3,000 characters, so its cost stays linear', () => {
    // 120,000 characters without a full stop took 40 s in one piece (the rules are superlinear in sentence length).
    const text = 'It may perhaps possibly '.repeat(5_000) + 'rain.';
    const started = performance.now();
    const analysis = analyzeDocument(text, { languageId: 'plaintext' });
    const elapsed = performance.now() - started;
    assert.ok(analysis.sentences.length >= 40, `${analysis.sentences.length} sentences`);
    for (const sentence of analysis.sentences) {
      assert.ok(sentence.end - sentence.start <= 3_000 + 'possibly'.length, `sentence ${sentence.start}..${sentence.end}`);
      // Cut between words, never inside one.
      assert.ok(sentence.start === 0 || text[sentence.start - 1] === ' ', `starts mid-word at ${sentence.start}`);
      assert.ok(sentence.end === text.length || text[sentence.end] === ' ', `ends mid-word at ${sentence.end}`);
    }
    // Every piece still gets its findings, up to the end of the text.
    assert.ok(analysis.findings.at(-1)!.start > text.length - 3_000);
    assert.ok(elapsed < 10_000, `${Math.round(elapsed)} ms`);
  });

  it('leaves long real sentences whole', () => {
    const sentence = `Unemployment rose to 7.4% in 2023, ${'and the committee, meeting on Tuesday, agreed the agenda, '.repeat(20)}which nobody disputed.`;
    assert.ok(sentence.length > 1_000);
    const analysis = analyzeDocument(sentence, { languageId: 'plaintext' });
    assert.deepEqual(
      analysis.sentences.map((s) => [s.start, s.end]),
      [[0, sentence.length]],
    );
  });
});
