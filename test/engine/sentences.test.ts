// Sentence splitting over extracted prose: exact spans on fixtures written for
// these tests, including abbreviations, decimals, citations after the period,
// closing quotes, line wraps, CRLF and UTF-16 offsets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractProse } from '../../server/src/engine/prose/index';
import { splitSentences } from '../../server/src/engine/sentences';
import type { Sentence } from '../../server/src/engine/types';

function sentencesOf(source: string, languageId = 'plaintext'): Sentence[] {
  const doc = extractProse(source, languageId);
  const sentences = splitSentences(doc);
  for (const sentence of sentences) assert.equal(sentence.text, doc.prose.slice(sentence.start, sentence.end));
  return sentences;
}

/** The source text each sentence spans. */
function spans(source: string, languageId = 'plaintext'): string[] {
  return sentencesOf(source, languageId).map((s) => source.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits at . ? and ! with exact, trimmed spans', () => {
    const source = '  Unemployment rose to 7.4% in 2023. Studies show that sanctions rarely work! Will it last?  It may rain tomorrow.  ';
    assert.deepEqual(sentencesOf(source), [
      { start: 2, end: 36, text: 'Unemployment rose to 7.4% in 2023.', blockIndex: 0 },
      { start: 37, end: 77, text: 'Studies show that sanctions rarely work!', blockIndex: 0 },
      { start: 78, end: 91, text: 'Will it last?', blockIndex: 0 },
      { start: 93, end: 114, text: 'It may rain tomorrow.', blockIndex: 0 },
    ]);
  });

  it('reads across hard line wraps', () => {
    const source = 'Obviously, the U.S. would\nnot be welcomed. Member States may submit\ncomments by 30 June.';
    assert.deepEqual(spans(source), ['Obviously, the U.S. would\nnot be welcomed.', 'Member States may submit\ncomments by 30 June.']);
  });

  it('does not split after abbreviations, initials, decimals or versions', () => {
    for (const sentence of [
      'Prices in the U.S. and the U.K. rose by 2%.',
      'Some levies, e.g. fuel duty, i.e. an excise, etc. were frozen.',
      'Dr. Smith met Mr. Lee, Mrs. Patel and Prof. Ito on St. Patrick’s Day.',
      'See No. 10 vs. the Treasury, cf. Fig. 3 and approx. 40 pages.',
      'Smith et al. (2019) found the same in Jan. 2020 at Acme Inc. in Leeds.',
      'From Jan. to Dec. prices rose at Acme Ltd. and its suppliers.',
      'J. Smith and A. B. Jones wrote it.',
      'Growth was 7.4% under v1.2 of the model.',
      'Costs rose... and then fell.',
    ]) {
      assert.deepEqual(spans(`${sentence} Next one.`), [sentence, 'Next one.'], sentence);
    }
  });

  it('splits after an abbreviation that ends the sentence before a typical opener', () => {
    assert.deepEqual(spans('Exports fell in the U.S. The U.K. held up.'), ['Exports fell in the U.S.', 'The U.K. held up.']);
    assert.deepEqual(spans('They sold fuel, food, etc. The rest was kept.'), ['They sold fuel, food, etc.', 'The rest was kept.']);
    assert.deepEqual(spans('Inflation was 7.4. Then it fell.'), ['Inflation was 7.4.', 'Then it fell.']);
    assert.deepEqual(spans('Costs rose... Then they fell.'), ['Costs rose...', 'Then they fell.']);
  });

  it('keeps a citation after the final period with the sentence before', () => {
    const source =
      'Unemployment rose to 7.4% in 2023. [@ons2024] Studies show that sanctions rarely work.[^1] Costs fell [2]. Growth slowed. [3]\n\n[^1]: Labour Force Survey.\n';
    assert.deepEqual(spans(source, 'markdown'), [
      'Unemployment rose to 7.4% in 2023. [@ons2024]',
      'Studies show that sanctions rarely work.[^1]',
      'Costs fell [2].',
      'Growth slowed. [3]',
    ]);
    assert.deepEqual(spans('Costs fell by 3%. (Smith, 2019) Growth slowed.'), ['Costs fell by 3%. (Smith, 2019)', 'Growth slowed.']);
  });

  it('starts a sentence at a narrative citation or a link whose words open with a capital', () => {
    assert.deepEqual(
      spans(
        'Most estimates were close to zero. [Sandoval (2018)](https://doi.org/10.5555/lej.2018.0212), by contrast, found larger effects. Costs fell. [1](https://example.org/a)\n',
        'markdown',
      ),
      [
        'Most estimates were close to zero.',
        '[Sandoval (2018)](https://doi.org/10.5555/lej.2018.0212), by contrast, found larger effects.'.slice(1),
        'Costs fell. [1](https://example.org/a)',
      ],
    );
    assert.deepEqual(spans('Prices rose in 2019. Smith (2019) found a fall. Growth slowed. (Smith, 2019)'), [
      'Prices rose in 2019.',
      'Smith (2019) found a fall.',
      'Growth slowed. (Smith, 2019)',
    ]);
  });

  it('keeps a trailing citation in a sentence without a final period', () => {
    const source = '- Unemployment rose to 7.4% in 2023 [@ons2024]\n- Prices fell\n';
    const sentences = sentencesOf(source, 'markdown');
    assert.deepEqual(
      sentences.map((s) => source.slice(s.start, s.end)),
      ['Unemployment rose to 7.4% in 2023 [@ons2024]', 'Prices fell'],
    );
    assert.deepEqual(
      sentences.map((s) => s.blockIndex),
      [0, 1],
    );
  });

  it('keeps closing quotes and brackets after the period', () => {
    const source = 'He said "costs will fall." Then they rose. (This was expected.) Growth returned.';
    assert.deepEqual(spans(source), ['He said "costs will fall."', 'Then they rose.', '(This was expected.)', 'Growth returned.']);
  });

  it('emits only sentences holding a letter or digit, and leaves bullets and dashes out', () => {
    assert.deepEqual(spans('Costs rose. ... !!! — Growth fell.\n\n* * *\n\n• Wages held.'), ['Costs rose.', 'Growth fell.', 'Wages held.']);
  });

  it('does not split a numbered list marker from its text; a list mark that opens a line is not part of its sentence', () => {
    assert.deepEqual(spans('1. Reduce costs. 2. Raise taxes.'), ['Reduce costs.', '2. Raise taxes.']);
  });

  it('never crosses blocks', () => {
    const source = '# Outlook\nUnemployment rose\n\n- Costs rose\n- Prices fell\n';
    const sentences = sentencesOf(source, 'markdown');
    assert.deepEqual(
      sentences.map((s) => [s.blockIndex, source.slice(s.start, s.end)]),
      [
        [0, 'Outlook'],
        [1, 'Unemployment rose'],
        [2, 'Costs rose'],
        [3, 'Prices fell'],
      ],
    );
  });

  it('handles CRLF line endings', () => {
    const source = 'Costs rose.\r\nPrices fell\r\nsharply.\r\n\r\nA new paragraph.\r\n';
    assert.deepEqual(sentencesOf(source), [
      { start: 0, end: 11, text: 'Costs rose.', blockIndex: 0 },
      { start: 13, end: 34, text: 'Prices fell\r\nsharply.', blockIndex: 0 },
      { start: 38, end: 54, text: 'A new paragraph.', blockIndex: 1 },
    ]);
  });

  it('counts offsets in UTF-16 code units after an emoji', () => {
    const source = '📉 Unemployment rose. 🚀 Growth slowed.';
    const sentences = sentencesOf(source);
    assert.deepEqual(sentences, [
      { start: 3, end: 21, text: 'Unemployment rose.', blockIndex: 0 },
      { start: 25, end: 39, text: 'Growth slowed.', blockIndex: 0 },
    ]);
    assert.equal(source.slice(25, 39), 'Growth slowed.');
  });

  it('reads a LaTeX footnote after a sentence on its own, and one inside a sentence with it', () => {
    const source = String.raw`Costs fell.\footnote{See ONS. It may rise.} Growth slowed. The reform\footnote{Law 12.} cut costs.`;
    assert.deepEqual(spans(source, 'latex'), [
      'Costs fell.\\footnote',
      'See ONS.',
      'It may rise.',
      'Growth slowed.',
      'The reform\\footnote{Law 12.} cut costs.',
    ]);
  });

  it('stays linear on pathological input', () => {
    for (const unit of ['U.S. ', 'a. ', '. ', '...', 'e.g. (1) [2] ', '7.4.']) {
      const source = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const started = performance.now();
      splitSentences(extractProse(source, 'plaintext'));
      const elapsed = performance.now() - started;
      // Linear is well under a second; a quadratic scan of 1 MB would take hours.
      assert.ok(elapsed < 20_000, `${JSON.stringify(unit)}: ${elapsed} ms`);
    }
  });
});
