// The Markdown shortcut that skips the parser for plain paragraphs and simple headings
// must give exactly what the parser gives, or not apply.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStructure, plainParagraphs } from '../../server/src/engine/prose/markdown';

function assertSameAsParser(source: string, definitions = ''): void {
  const plain = plainParagraphs(source, true);
  assert.ok(plain, `the shortcut applies to ${JSON.stringify(source)}`);
  const parsed = parseStructure(source, definitions);
  assert.deepEqual(parsed.markers, [], JSON.stringify(source));
  assert.equal(plain.buffer.toString(), parsed.buffer.toString(), JSON.stringify(source));
  assert.deepEqual(plain.blocks, parsed.blocks, JSON.stringify(source));
}

describe('Markdown shortcut: headings', () => {
  it('reads simple ATX headings, before, after and between paragraphs, as the parser does', () => {
    assertSameAsParser('## Summary\n');
    assertSameAsParser('# The economic effects of the carbon border adjustment\n\n');
    assertSameAsParser('## Summary\nCosts fell.\n\n###### Outlook\r\nIt may rain.\n');
    assertSameAsParser('Costs fell.\n# Heading right after a paragraph line\nMore text.');
    assert.deepEqual(plainParagraphs('## Summary\nCosts fell.')?.blocks, [
      { kind: 'heading', start: 0, end: 10 },
      { kind: 'paragraph', start: 11, end: 22 },
    ]);
    assert.equal(plainParagraphs('## Summary\n')?.buffer.toString(), '   Summary\n');
  });

  it('leaves headings it cannot read exactly to the parser', () => {
    for (const source of ['####### Seven', '#No space', '# Closing #', '# Trailing \n', '#\n', '   # Indented', '# Two  # marks', '#\tTab']) {
      assert.equal(plainParagraphs(source), undefined, JSON.stringify(source));
    }
  });

  it('agrees with the parser on random lines of headings and text', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const starts = ['# ', '## ', '###### ', '####### ', '#', ' # ', '', '', 'Word ', '1. ', '- '];
    const words = ['Costs', 'fell', '7.4%', 'é', '😀', '#', ' ', '  ', '.', '&amp;', 'U.S.', '(x)', ':', '"'];
    let applied = 0;
    let withHeading = 0;
    for (let round = 0; round < 600; round++) {
      const lines: string[] = [];
      for (let l = 0; l < 1 + Math.floor(random() * 5); l++) {
        let line = starts[Math.floor(random() * starts.length)];
        for (let w = 0; w < Math.floor(random() * 6); w++) line += words[Math.floor(random() * words.length)];
        lines.push(line);
      }
      const source = lines.join(random() < 0.5 ? '\n' : '\n\n');
      const plain = plainParagraphs(source);
      if (!plain) continue;
      applied++;
      if (plain.blocks.some((b) => b.kind === 'heading')) withHeading++;
      assertSameAsParser(source);
    }
    assert.ok(applied > 60 && withHeading > 30, `the shortcut applied to ${applied} cases, ${withHeading} with a heading`);
  });
});

describe('Markdown shortcut: pandoc citations in brackets', () => {
  const DEFINITIONS = '[x]: https://example.org\n[^1]: .';

  it('reads [@key] citations as literal text, as the parser does when no definition has that label', () => {
    assertSameAsParser('Costs rose [@hmt2023] by 5%.\n', DEFINITIONS);
    assertSameAsParser('# Costs [see @ons2024, p. 4; @hmt]\nThey fell [-@lee2020].', DEFINITIONS);
    for (const source of ['See [x].', 'Costs [@k](https://x.org).', 'Costs [@k][x].', '[@k]: https://x.org', 'A [@k [@j]].', 'Costs[^1].', 'Odd ] bracket [@k].', 'Image ![@k](a.png).']) {
      assert.equal(plainParagraphs(source, true), undefined, JSON.stringify(source));
    }
    assert.equal(plainParagraphs('Costs rose [@hmt2023].'), undefined, 'not when a definition could have the label');
  });

  it('agrees with the parser on random text with brackets', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const pieces = ['Costs', ' ', '[@k]', '[see @k; @j]', '[@k, p. 4]', '[', ']', '[x]', '(', ')', ':', '!', '@k', '^', '[^1]', '\n', '\n\n', '# ', '.', 'é'];
    let applied = 0;
    let cited = 0;
    for (let round = 0; round < 800; round++) {
      let source = '';
      for (let i = 0; i < 1 + Math.floor(random() * 14); i++) source += pieces[Math.floor(random() * pieces.length)];
      if (!plainParagraphs(source, true)) continue;
      applied++;
      if (source.includes('[')) cited++;
      assertSameAsParser(source, DEFINITIONS);
    }
    assert.ok(applied > 100 && cited > 40, `the shortcut applied to ${applied} cases, ${cited} with brackets`);
  });
});
