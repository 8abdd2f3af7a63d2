// The Markdown shortcut that skips the parser for plain paragraphs and simple headings
// must give exactly what the parser gives, or not apply.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStructure, plainParagraphs } from '../../server/src/engine/prose/markdown';

function assertSameAsParser(source: string): void {
  const plain = plainParagraphs(source);
  assert.ok(plain, `the shortcut applies to ${JSON.stringify(source)}`);
  const parsed = parseStructure(source, '');
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
