// The Markdown shortcut that skips the parser for paragraphs, headings, simple lists,
// emphasis, inline links, footnotes, pandoc citations and pipe tables must give exactly what the
// parser gives, or not apply.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStructure } from '../../server/src/engine/prose/markdown';
import { readSimpleChunk, type ShortcutOptions } from '../../server/src/engine/prose/markdown-shortcut';
import { Random } from '../robustness/fuzz';

/** What the document defines elsewhere, as the parser sees it and as the shortcut is told. */
const DEFINITIONS = '[x]: https://example.org\n[^1]: .\n[^Note]: .';
const OPTIONS: ShortcutOptions = { citationBrackets: true, footnotes: new Set(['1', 'note']) };

/** A document that defines footnotes but no link: no "[text]" can be a link. */
const FOOTNOTE_DEFINITIONS = '[^1]: .\n[^Note]: .';
const NO_LINK_OPTIONS: ShortcutOptions = { ...OPTIONS, literalBrackets: true };

function assertSameAsParser(source: string, options = OPTIONS, definitions = DEFINITIONS) {
  const short = readSimpleChunk(source, options);
  assert.ok(short, `the shortcut applies to ${JSON.stringify(source)}`);
  const parsed = parseStructure(source, definitions);
  const label = JSON.stringify(source);
  assert.equal(short.buffer.toString(), parsed.buffer.toString(), label);
  assert.deepEqual(short.blocks, parsed.blocks, label);
  assert.deepEqual(short.markers, parsed.markers, label);
  assert.deepEqual(short.footnoteDefinitions, parsed.footnoteDefinitions, label);
  return short;
}

function assertLeftToParser(sources: string[]): void {
  for (const source of sources) assert.equal(readSimpleChunk(source, OPTIONS), undefined, JSON.stringify(source));
}

/** Random documents built from pieces; every one the shortcut takes must equal the parser's reading. */
function agreeOnRandomText(
  seed: number,
  rounds: number,
  build: (pick: <T>(items: T[]) => T, random: () => number) => string,
  options = OPTIONS,
  definitions = DEFINITIONS,
): { applied: number; sources: string[] } {
  const random = new Random(seed);
  const next = () => random.next();
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const sources: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const source = build(pick, next);
    if (!readSimpleChunk(source, options)) continue;
    assertSameAsParser(source, options, definitions);
    sources.push(source);
  }
  return { applied: sources.length, sources };
}

describe('Markdown shortcut: paragraphs and headings', () => {
  it('reads plain paragraphs and simple ATX headings as the parser does', () => {
    assertSameAsParser('## Summary\n');
    assertSameAsParser('# The economic effects of the carbon border adjustment\n\n');
    assertSameAsParser('## Summary\nCosts fell.\n\n###### Outlook\r\nIt may rain.\n');
    assertSameAsParser('Costs fell.\n# Heading right after a paragraph line\nMore text.');
    assert.deepEqual(readSimpleChunk('## Summary\nCosts fell.')?.blocks, [
      { kind: 'heading', start: 0, end: 10 },
      { kind: 'paragraph', start: 11, end: 22 },
    ]);
    assert.equal(readSimpleChunk('## Summary\n')?.buffer.toString(), '   Summary\n');
    assert.deepEqual(readSimpleChunk('  Costs fell.  \nSharply.\n\nNext one.')?.blocks, [
      { kind: 'paragraph', start: 2, end: 24 },
      { kind: 'paragraph', start: 26, end: 35 },
    ]);
  });

  it('leaves headings and blocks it cannot read exactly to the parser', () => {
    assertLeftToParser(['####### Seven', '#No space', '# Closing #', '# Trailing \n', '#\n', '   # Indented', '# Two  # marks', '#\tTab']);
    assertLeftToParser([
      'Text\n---',
      'Text\n===',
      '    code',
      'a\tb',
      'Line\n> quote',
      '`code`',
      'A <b>tag</b>',
      'Escaped \\*',
      '***',
      '- - -',
      '~~~',
    ]);
  });

  it('agrees with the parser on random lines of headings and text', () => {
    const starts = ['# ', '## ', '###### ', '####### ', '#', ' # ', '', '', 'Word ', '1. ', '- '];
    const words = [
      'Costs',
      'fell',
      '7.4%',
      'é',
      '😀',
      '#',
      ' ',
      '  ',
      '.',
      '&amp;',
      'U.S.',
      '(x)',
      ':',
      '"',
      '\u00a0',
      '&#10;',
      '=',
      '~',
      '$',
      '{',
    ];
    const { applied, sources } = agreeOnRandomText(11, 600, (pick, random) => {
      const lines: string[] = [];
      for (let l = 0; l < 1 + Math.floor(random() * 5); l++) {
        let line = pick(starts);
        for (let w = 0; w < Math.floor(random() * 6); w++) line += pick(words);
        lines.push(line);
      }
      return lines.join(pick(['\n', '\n\n', '\r\n', '\r', '\n  \n']));
    });
    const withHeading = sources.filter((s) => /^#/m.test(s)).length;
    assert.ok(applied > 100 && withHeading > 30, `the shortcut applied to ${applied} cases, ${withHeading} with a heading`);
  });
});

describe('Markdown shortcut: lists', () => {
  it('reads bullet and numbered items, their continuation lines and nested items', () => {
    const source =
      'Options:\n- Raise the levy.\n* Cut the *rate*,\n  phased in.\n\n1. First\n2. Second\n   - nested item\n\nAfter the list.';
    const short = assertSameAsParser(source);
    assert.deepEqual(
      short.blocks.map((b) => [b.kind, source.slice(b.start, b.end)]),
      [
        ['paragraph', 'Options:'],
        ['list-item', 'Raise the levy.'],
        ['list-item', 'Cut the *rate*,\n  phased in.'],
        ['list-item', 'First'],
        ['list-item', 'Second'],
        ['list-item', 'nested item'],
        ['paragraph', 'After the list.'],
      ],
    );
    assert.equal(short.buffer.toString().split('\n')[1], '  Raise the levy.');
    assertSameAsParser('- Item\n\n  More of the same item.\n\nA paragraph.');
    assertSameAsParser('1. One\ncontinued lazily\n2. Two');
  });

  it('leaves what the parser might read otherwise to it', () => {
    assertLeftToParser([
      'Text\n2. Two', // a list not starting at 1 cannot interrupt a paragraph
      '- One\n2. Two',
      '- Item\n\n   Not quite under the item.',
      '1.  Item\n\n        code in the item',
      '- # Heading in an item',
      '- 1. Nested on one line',
      '- [ ] task',
      '-     five spaces: code',
      '    - indented four',
      '- a\n  - b\n    - c',
    ]);
  });

  it('agrees with the parser on random lists', () => {
    const prefixes = [
      '',
      '',
      '- ',
      '* ',
      '+ ',
      '1. ',
      '2. ',
      '1) ',
      '3) ',
      '10. ',
      '  ',
      '   ',
      '  - ',
      '   - ',
      '  1. ',
      '   2. ',
      '    ',
      '-  ',
      '1.  ',
      '- **',
      '* _',
      '**',
      '_',
      '# ',
      '-',
      '- 1. ',
      ' ',
    ];
    const words = ['Costs', 'fell', 'sharply', 'é', '7.4%', '*big*', '**bold**', '_it_', 'a_b', '(x)', 'end.', '*', '&amp;', 'U.S.', '1.'];
    const { applied, sources } = agreeOnRandomText(3, 3000, (pick, random) => {
      let source = '';
      for (let l = 0; l < 1 + Math.floor(random() * 7); l++) {
        let line = pick(prefixes);
        for (let w = 0; w < Math.floor(random() * 5); w++) line += (w ? ' ' : '') + pick(words);
        source += line + pick(['\n', '\n', '\n\n', '\r\n']);
      }
      return source;
    });
    const withList = sources.filter((s) => readSimpleChunk(s, OPTIONS)!.blocks.some((b) => b.kind === 'list-item')).length;
    assert.ok(applied > 100 && withList > 50, `the shortcut applied to ${applied} cases, ${withList} with a list`);
  });
});

describe('Markdown shortcut: emphasis and links', () => {
  it('blanks emphasis marks and reads inline links as the parser does', () => {
    const source =
      '**To:** the Minister. The levy is *not* a tax; see [the 2024 review](https://example.org/review_2024?p=4) and __this__, snake_case.';
    const short = assertSameAsParser(source);
    assert.equal(
      short.buffer.toString(),
      '  To:   the Minister. The levy is  not  a tax; see  the 2024 review                                       and   this  , snake_case.',
    );
    assert.deepEqual(short.markers, [
      { kind: 'link', start: source.indexOf('[the'), end: source.indexOf(' and'), label: 'https://example.org/review_2024?p=4' },
    ]);
  });

  it('leaves emphasis and brackets it cannot pair exactly to the parser', () => {
    assertLeftToParser([
      'A *word.',
      'x*y*z',
      '*a **b** c*',
      '***all***',
      'a * b',
      'See [x].',
      '[a *b*](c)',
      '![image](a.png)',
      '[a](b "title")',
      '[a](<b c>)',
      '[a][x]',
      'Odd ] bracket',
      '[a](b c)',
    ]);
  });

  it('leaves brackets around plain text as text where the document defines no link, as the parser does', () => {
    const source = 'Tokyo has many, which are listed [here]. The [British Medical Acupuncture Society] agrees.[^wl-1] See [^1].';
    const short = assertSameAsParser(source, NO_LINK_OPTIONS, FOOTNOTE_DEFINITIONS);
    assert.equal(
      short.buffer.toString(),
      'Tokyo has many, which are listed [here]. The [British Medical Acupuncture Society] agrees.[^wl-1] See     .',
    );
    assert.deepEqual(short.markers, [{ kind: 'footnote', start: source.indexOf('[^1]'), end: source.length - 1, label: '1' }]);
    // A link definition anywhere could give "[here]" a target: the parser decides.
    assertLeftToParser(['Listed [here].']);
    for (const undecided of ['See ![here].', 'See [*here*].', 'See [here]: x', 'See [here][].', 'See [a [b] c].'])
      assert.equal(readSimpleChunk(undecided, NO_LINK_OPTIONS), undefined, undecided);
  });

  it('agrees with the parser on random brackets where the document defines no link', () => {
    const pieces = [
      'Costs',
      ' fell',
      ' ',
      '\n',
      '[',
      ']',
      '[here]',
      '[a b]',
      '[^1]',
      '[^9]',
      '[^x y]',
      '[@key]',
      '(',
      ')',
      '(y)',
      ':',
      '!',
      '*',
      '_',
      'x',
      '.',
      '[^Note]',
    ];
    const { applied, sources } = agreeOnRandomText(
      17,
      4000,
      (pick, random) => {
        let source = '';
        for (let i = 0; i < 1 + Math.floor(random() * 12); i++) source += pick(pieces);
        return source;
      },
      NO_LINK_OPTIONS,
      FOOTNOTE_DEFINITIONS,
    );
    const literal = sources.filter((s) => /\[[^\]^@]*\](?![(\[:])/.test(s)).length;
    assert.ok(applied > 300 && literal > 60, `the shortcut applied to ${applied} cases, ${literal} with literal brackets`);
  });

  it('agrees with the parser on random inline markup', () => {
    const pieces = [
      'Costs',
      'fell',
      ' ',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '*',
      '**',
      '_',
      '__',
      '***',
      '[',
      ']',
      '(',
      ')',
      '[x](https://x.org/a_b)',
      '[the report](y)',
      '!',
      '.',
      ',',
      ':',
      'é',
      'a_b',
      'x*y',
      '"',
      '&amp;',
      '- ',
      '1. ',
      '# ',
    ];
    const { applied, sources } = agreeOnRandomText(9, 4000, (pick, random) => {
      let source = '';
      for (let i = 0; i < 1 + Math.floor(random() * 16); i++) source += pick(pieces);
      return source;
    });
    const marked = sources.filter((s) => /[*_\[]/.test(s)).length;
    assert.ok(applied > 300 && marked > 100, `the shortcut applied to ${applied} cases, ${marked} with markup`);
  });
});

describe('Markdown shortcut: pipe tables', () => {
  it('reads a pipe table one block per cell, its pipes and delimiter row blank, as the tree walk does', () => {
    const source =
      '| Exporter | Share | Main product |\n|---|:---:|---|\n| India | 81% | steel, *fertiliser* |\n| Norway | 7% | [cement](https://x.org) |\n\nAfter the table.';
    const short = assertSameAsParser(source);
    assert.deepEqual(
      short.blocks.map((b) => [b.kind, source.slice(b.start, b.end)]),
      [
        ['table-cell', 'Exporter'],
        ['table-cell', 'Share'],
        ['table-cell', 'Main product'],
        ['table-cell', 'India'],
        ['table-cell', '81%'],
        ['table-cell', 'steel, *fertiliser*'],
        ['table-cell', 'Norway'],
        ['table-cell', '7%'],
        ['table-cell', '[cement](https://x.org)'],
        ['paragraph', 'After the table.'],
      ],
    );
    assertSameAsParser('Text | with a pipe.\n\n- | a | b |\n  |---|---|\n  | 1 | 2 |');
  });

  it('agrees with the parser on random tables', () => {
    const rows = [
      '| a | b |',
      '|---|---|',
      '| :--- | ---: |',
      '|-|',
      '| Costs | *fell* |',
      'x | y',
      '| [a](b) | 7% |',
      '|',
      '||',
      '| - |',
      '  | c |',
      '---|---',
      '| a |\t',
      '- | a |',
      '1. | b |',
      '# | h |',
      '| é | 😀 |',
    ];
    const { applied, sources } = agreeOnRandomText(7, 3000, (pick, random) => {
      let source = '';
      for (let l = 0; l < 1 + Math.floor(random() * 6); l++) source += pick(rows) + pick(['\n', '\n', '\n\n', '\r\n']);
      return source;
    });
    const tables = sources.filter((s) => readSimpleChunk(s, OPTIONS)!.blocks.some((b) => b.kind === 'table-cell')).length;
    assert.ok(applied > 300 && tables > 100, `the shortcut applied to ${applied} cases, ${tables} with a table`);
  });
});

describe('Markdown shortcut: footnotes', () => {
  it('reads footnote references defined in the document and footnote definitions', () => {
    const source =
      'Waits doubled.[^1] Costs rose.[^note]\n\n[^1]: Health Service, *Waiting lists*, 2024.\n[^Note]: A second source,\ncontinued.\n\n    Indented, still the note.\n\nText again.';
    const short = assertSameAsParser(source);
    assert.deepEqual(short.markers, [
      { kind: 'footnote', start: source.indexOf('[^1]'), end: source.indexOf('[^1]') + 4, label: '1' },
      { kind: 'footnote', start: source.indexOf('[^note]'), end: source.indexOf('[^note]') + 7, label: 'note' },
    ]);
    assert.deepEqual(short.footnoteDefinitions, [
      { label: '1', start: source.indexOf('[^1]:') },
      { label: 'Note', start: source.indexOf('[^Note]:') },
    ]);
    assert.deepEqual(
      short.blocks.map((b) => source.slice(b.start, b.end)),
      ['Waits doubled.[^1] Costs rose.[^note]', 'Text again.'],
    );
  });

  it('leaves undefined references and unusual definitions to the parser', () => {
    assertLeftToParser(['Costs[^2].', '[^1]:\nText', '[^1]:     code', '[^1]: - a list', '[^a b]: spaced label', 'See ![^1]']);
  });

  it('agrees with the parser on random footnotes', () => {
    const prefixes = ['[^1]: ', '[^Note]: ', '[^2]: ', '[^1]:', '', '', '    ', '- ', '# '];
    const words = ['[^1]', '[^note].', '[^2]', 'x[^1]', '[^1](x)', 'Costs', 'fell', '*big*', '[a](b)', '[@k]', 'end.'];
    const { sources } = agreeOnRandomText(5, 3000, (pick, random) => {
      let source = '';
      for (let l = 0; l < 1 + Math.floor(random() * 6); l++) {
        let line = pick(prefixes);
        for (let w = 0; w < Math.floor(random() * 4); w++) line += (w ? ' ' : '') + pick(words);
        source += line + pick(['\n', '\n\n']);
      }
      return source;
    });
    const withFootnotes = sources.filter((s) => s.includes('[^')).length;
    assert.ok(withFootnotes > 100, `the shortcut applied to ${withFootnotes} cases with footnotes`);
  });
});

describe('Markdown shortcut: pandoc citations in brackets', () => {
  it('reads [@key] citations as literal text, as the parser does when no definition has that label', () => {
    assertSameAsParser('Costs rose [@hmt2023] by 5%.\n');
    assertSameAsParser('# Costs [see @ons2024, p. 4; @hmt]\nThey fell [-@lee2020].');
    assertLeftToParser([
      'See [x].',
      'Costs [@k](https://x.org).',
      'Costs [@k][x].',
      '[@k]: https://x.org',
      'A [@k [@j]].',
      'Odd ] bracket [@k].',
      'Image ![@k](a.png).',
    ]);
    assert.equal(readSimpleChunk('Costs rose [@hmt2023].'), undefined, 'not when a definition could have the label');
  });

  it('agrees with the parser on random text with brackets', () => {
    const pieces = [
      'Costs',
      ' ',
      '[@k]',
      '[see @k; @j]',
      '[@k, p. 4]',
      '[',
      ']',
      '[x]',
      '(',
      ')',
      ':',
      '!',
      '@k',
      '^',
      '[^1]',
      '\n',
      '\n\n',
      '# ',
      '.',
      'é',
    ];
    const { applied, sources } = agreeOnRandomText(5, 800, (pick, random) => {
      let source = '';
      for (let i = 0; i < 1 + Math.floor(random() * 14); i++) source += pick(pieces);
      return source;
    });
    const cited = sources.filter((s) => s.includes('[@') || s.includes('[see')).length;
    assert.ok(applied > 100 && cited > 40, `the shortcut applied to ${applied} cases, ${cited} with citations`);
  });
});
