// `evident report`: the self-contained HTML page and the Markdown for a pull-request comment, on a
// draft of our own (fixtures/report-draft.md): every finding there with its line, the counts per
// section right, and nothing loaded from outside (checked on the parsed tags and styles).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lines, runCli, scratchDir, FIXTURES } from './helpers';

const DRAFT = readFileSync(join(FIXTURES, 'report-draft.md'), 'utf8');

interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Offset of the tag in the page. */
  at: number;
}

/**
 * A small HTML tokenizer, enough for a page we write: start tags with their attributes (quoted or
 * not), comments and the raw text of <style> and <script> skipped as the HTML parser does.
 */
function parseTags(html: string): { tags: Tag[]; styles: string[]; scripts: string[] } {
  const tags: Tag[] = [];
  const styles: string[] = [];
  const scripts: string[] = [];
  const TAG = /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\/?([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
  const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html))) {
    if (!m[1] || m[0].startsWith('</')) continue;
    const name = m[1].toLowerCase();
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs.set(a[1].toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? ''));
    tags.push({ name, attrs, at: m.index });
    if (name === 'style' || name === 'script') {
      const close = html.indexOf(`</${name}`, TAG.lastIndex);
      assert.ok(close >= 0, `<${name}> is closed`);
      (name === 'style' ? styles : scripts).push(html.slice(TAG.lastIndex, close));
      TAG.lastIndex = close;
    }
  }
  return { tags, styles, scripts };
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e as string]!);
}

/** Text of the element starting at a tag's offset, tags removed (for <li> and tooltips). */
function textAt(html: string, at: number, name: string, between = ''): string {
  const end = html.indexOf(`</${name}>`, at);
  return decode(html.slice(at, end).replace(/<[^>]*>/g, between));
}

/** Whether a URL reaches outside the page: a scheme other than in-page, or protocol-relative. */
function external(url: string): boolean {
  const u = url.trim().toLowerCase();
  return u.startsWith('//') || /^[a-z][a-z0-9+.-]*:/.test(u);
}

function assertSelfContained(html: string): void {
  const { tags, styles, scripts } = parseTags(html);
  for (const tag of tags) {
    for (const attr of ['src', 'href', 'action', 'poster', 'srcset', 'data', 'xlink:href', 'background', 'formaction']) {
      const value = tag.attrs.get(attr);
      if (value !== undefined) assert.ok(!external(value), `<${tag.name} ${attr}="${value}"> loads from outside`);
    }
    assert.ok(
      !['img', 'iframe', 'embed', 'object', 'link', 'audio', 'video', 'source', 'base'].includes(tag.name),
      `<${tag.name}> in a self-contained page`,
    );
    if (tag.name === 'script') assert.ok(!tag.attrs.has('src'), 'no external script');
    const style = tag.attrs.get('style');
    if (style !== undefined) assert.doesNotMatch(style, /url\(|@import/i);
  }
  for (const css of styles) {
    assert.doesNotMatch(css, /@import/i, 'no @import');
    assert.doesNotMatch(css, /url\s*\(/i, 'no url()');
    assert.doesNotMatch(css, /@font-face/i, 'no font faces');
  }
  assert.deepEqual(scripts, [], 'the standalone page needs no script');
  const csp = tags.find((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  assert.ok(csp, 'the page carries a Content-Security-Policy');
  assert.match(csp.attrs.get('content')!, /default-src 'none'/);
}

/** Findings as `evident --format json` reports them for the same file. */
function lintFindings(file: string, cwd = FIXTURES): { line: number; rule: string; message: string; severity: string }[] {
  const run = runCli(['--format', 'json', file], { cwd });
  return JSON.parse(run.stdout)[0].findings;
}

describe('evident report (HTML)', () => {
  const { dir, cleanup } = scratchDir({ 'draft.md': DRAFT });
  const run = runCli(['report', 'draft.md', '-o', 'out/../report.html'], { cwd: dir });
  const html = run.code === 0 ? readFileSync(join(dir, 'report.html'), 'utf8') : '';
  const { tags } = parseTags(html);
  cleanup();

  it('writes one file and says so; exit 0 whatever it found', () => {
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'evident: wrote out/../report.html (1 document)\n');
    assert.match(html, /^<!DOCTYPE html>/);
  });

  it('loads nothing from outside: no external src or href, no stylesheet link, no @import or url(), no script', () => {
    assertSelfContained(html);
    // The check itself catches each way a page can reach out.
    const page = (extra: string) => `<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="default-src 'none'">${extra}`;
    assertSelfContained(page('<a href="#d0-e1">in-page</a>'));
    for (const bad of [
      '<img src="//cdn.example/x.png">',
      '<a href=https://example.org>x</a>',
      "<link rel='stylesheet' href='s.css'>",
      '<script src="a.js"></script>',
      '<style>@import "x.css";</style>',
      '<style>body{background:url(x.png)}</style>',
      '<p style="background:url(http://x)">x</p>',
      '<svg><image xlink:href="http://x/y.png"/></svg>',
    ]) {
      assert.throws(() => assertSelfContained(page(bad)), bad);
    }
    assert.throws(() => assertSelfContained('<!DOCTYPE html><p>no policy</p>'), 'a page without a CSP');
  });

  it('lists every finding the linter reports, with its line, severity, rule and message', () => {
    const expected = lintFindings('report-draft.md'); // the same text, in the fixtures folder
    assert.equal(expected.length, 7);
    const items = tags.filter((t) => t.name === 'li' && html.slice(t.at, t.at + 200).includes('<a href="#d0-e'));
    const shown = items.map((t) => textAt(html, t.at, 'li'));
    assert.equal(shown.length, expected.length);
    const SEVERITY: Record<string, string> = { warning: 'warning', information: 'info', error: 'error', hint: 'hint' };
    expected.forEach((f, i) => {
      assert.ok(shown[i].startsWith(`line ${f.line} ${SEVERITY[f.severity]} ${f.rule} ${f.message}`), `finding ${i}: ${shown[i]}`);
    });
    assert.deepEqual(
      expected.map((f) => [f.line, f.rule]),
      [
        [3, 'unsupported-claim'],
        [8, 'weasel'],
        [9, 'unsupported-claim'],
        [9, 'hedge'],
        [9, 'hedge-stack'],
        [13, 'booster'],
        [14, 'unsupported-claim'],
      ],
    );
  });

  it('marks each listed sentence with its status: a marker and a label besides the colour, focusable, its findings in its description', () => {
    const marks = tags.filter((t) => t.name === 'mark' && t.attrs.has('id'));
    assert.deepEqual(
      marks.map((m) => m.attrs.get('class')),
      ['supported', 'unsupported', 'attributed', 'vague-source', 'speculative', 'flagged', 'unsupported'],
    );
    const MARKERS: Record<string, string> = {
      supported: '✓',
      attributed: '◆',
      'vague-source': '?',
      speculative: '~',
      unsupported: '✗',
      flagged: '!',
    };
    const ids = new Set(tags.map((t) => t.attrs.get('id')).filter(Boolean));
    for (const mark of marks) {
      const status = mark.attrs.get('class')!;
      assert.equal(mark.attrs.get('tabindex'), '0', 'reachable with Tab');
      const tip = mark.attrs.get('aria-describedby')!;
      assert.ok(ids.has(tip), `described by #${tip}`);
      const inner = html.slice(mark.at, html.indexOf('</mark>', mark.at));
      assert.ok(inner.includes(`<span class="b" aria-hidden="true">${MARKERS[status]}</span>`), `${status}: a visible marker`);
      assert.match(
        inner,
        new RegExp(`<span class="vh">\\[${status === 'vague-source' ? 'vague source' : status}\\] </span>`),
        `${status}: a text label`,
      );
    }
    // The weasel's message is in its sentence's tooltip, shown on hover and on focus.
    const vague = marks.find((m) => m.attrs.get('class') === 'vague-source')!;
    const tipText = textAt(html, html.indexOf(`id="${vague.attrs.get('aria-describedby')}"`), 'span');
    assert.match(tipText, /"Some analysts say" leans on an unnamed source: name it or cite it\./);
    // Shown on hover, on keyboard focus, and when a finding's link leads to it (#id).
    assert.match(html, /mark:hover>\.tip,mark:focus>\.tip,mark:target>\.tip\{display:block\}/);
  });

  it('counts supported against unsupported claims per section, with a bar and the hedge density', () => {
    const rows = tags
      .filter((t) => t.name === 'tr')
      .slice(1)
      .map((t) => textAt(html, t.at, 'tr', ' ').replace(/\s+/g, ' ').trim());
    assert.deepEqual(rows, [
      'Water tariffs and household arrears 1 1 1 ✓ supported, 1 ✗ unsupported 0.0 (0 in 24 words)',
      'What we know 1 2 1 ◆ attributed, 1 ? vague source, 1 ~ speculative 66.7 (2 in 30 words)',
      'Options 0 1 1 ✗ unsupported, 1 ! flagged 0.0 (0 in 25 words)',
    ]);
    const bars = tags.filter((t) => t.name === 'svg').map((t) => t.attrs.get('aria-label'));
    assert.deepEqual(bars, ['1 supported, 1 unsupported', '1 supported, 2 unsupported', '0 supported, 1 unsupported']);
    const rects = tags.filter((t) => t.name === 'rect').map((t) => `${t.attrs.get('class')} ${t.attrs.get('width')}`);
    assert.deepEqual(rects, ['sup 50.0%', 'uns 50.0%', 'sup 33.3%', 'uns 66.7%', 'sup 0.0%', 'uns 100.0%']);
  });

  it("reads in light and dark themes, and keeps the document's markup as text", () => {
    assert.match(html, /@media \(prefers-color-scheme:dark\)/);
    assert.ok(!html.includes('<script>alert(1)</script>'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });
});

describe('evident report (Markdown)', () => {
  it('gives totals, a row per section and every finding with its line, for a pull-request comment', () => {
    const run = runCli(['report', '--format', 'markdown', 'report-draft.md']);
    assert.equal(run.code, 0, run.stderr);
    const out = lines(run.stdout);
    assert.equal(out[0], '### Evidence report: `report-draft.md`');
    assert.equal(
      out[1],
      '**2 of 6 graded claims** rest on evidence or a named source: 1 ✓ supported, 1 ◆ attributed, 1 ? vague source, 1 ~ speculative, 2 ✗ unsupported, 1 ! flagged. 2 hedges in 79 words (25.3 per 1,000 words). 7 findings.',
    );
    assert.deepEqual(
      out.filter((l) => /^\| (Water|What|Options)/.test(l)),
      [
        '| Water tariffs and household arrears | `█████░░░░░` 1 / 1 | 1 | 0 | 0 | 0 | 1 | 0.0 |',
        '| What we know | `███░░░░░░░` 1 / 2 | 0 | 1 | 1 | 1 | 0 | 66.7 |',
        '| Options | `░░░░░░░░░░` 0 / 1 | 0 | 0 | 0 | 0 | 1 | 0.0 |',
      ],
    );
    const findingRows = out.filter((l) => /^\| \d+ \|/.test(l));
    const expected = lintFindings('report-draft.md');
    assert.equal(findingRows.length, expected.length);
    expected.forEach((f, i) =>
      assert.ok(
        findingRows[i].startsWith(
          `| ${f.line} | ${f.severity === 'information' ? 'info' : f.severity} | \`${f.rule}\` | ${f.message.replace(/\|/g, '\\|')} — “`,
        ),
        findingRows[i],
      ),
    );
    assert.ok(run.stdout.includes('&lt;script&gt;'), 'HTML in the draft is neutralised in the comment');
  });

  it('says how a document was read when the writer or the document made it guidance', () => {
    const { dir, cleanup } = scratchDir({
      'guides/.evident.json': JSON.stringify({ documentKind: 'guidance' }),
      'guides/manual.md': 'Models may contain errors.\n',
    });
    try {
      const markdown = runCli(['report', '--format', 'markdown', 'guides/manual.md'], { cwd: dir });
      assert.equal(markdown.code, 0, markdown.stderr);
      assert.ok(
        lines(markdown.stdout).includes(
          'Read as guidance (`evident.documentKind`): "may", "might" and "could" that state what can happen are not flagged as hedges.',
        ),
        markdown.stdout,
      );
      const html = runCli(['report', 'guides/manual.md'], { cwd: dir });
      assert.ok(html.stdout.includes('<p>Read as guidance (<code>evident.documentKind</code>): &quot;may&quot;'), 'the note in the page');
      // A draft read as an argument by default says nothing of it.
      assert.ok(!runCli(['report', '--format', 'markdown', 'report-draft.md']).stdout.includes('Read as'));
    } finally {
      cleanup();
    }
  });

  it('reports several files, one after the other, and stdin', () => {
    const run = runCli(['report', '--format', 'markdown', 'report-draft.md', '-'], { input: 'Freight rates doubled in 2024.\n' });
    assert.equal(run.code, 0, run.stderr);
    const heads = lines(run.stdout).filter((l) => l.startsWith('### '));
    assert.deepEqual(heads, ['### Evidence report: `report-draft.md`', '### Evidence report: `<stdin>`']);
    assert.match(run.stdout, /\*\*0 of 1 graded claims\*\* rest on evidence or a named source: 1 ✗ unsupported\./);
  });
});

describe('evident report: usage', () => {
  it("needs an input, knows its formats, and leaves the linter's options alone", () => {
    for (const [args, message] of [
      [['report'], 'report needs an input'],
      [['report', '--format', 'sarif', 'x.md'], 'unknown report --format "sarif" (expected html, markdown)'],
      [['report', '--quiet', 'x.md'], 'report does not take --quiet'],
      [['-o', 'out.html', 'report-draft.md'], '--output goes with `evident report`'],
      [['--format', 'html', 'report-draft.md'], 'unknown --format "html"'],
    ] as const) {
      const run = runCli([...args]);
      assert.equal(run.code, 2, args.join(' '));
      assert.ok(run.stderr.includes(message), `${args.join(' ')}: ${run.stderr.split('\n')[0]}`);
      assert.equal(run.stdout, '');
    }
  });

  it('names an input it cannot read, reports the others, exits 2', () => {
    const run = runCli(['report', '--format', 'markdown', 'missing.md', 'report-draft.md']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^evident: missing\.md: /);
    assert.match(run.stdout, /### Evidence report: `report-draft.md`/);
  });

  it('the help names the report command', () => {
    const run = runCli(['--help']);
    assert.match(run.stdout, /evident report \[options\] <file \| directory \| glob \| ->\.\.\. \[-o report\.html\]/);
  });
});
