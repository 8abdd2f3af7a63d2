// The evidence report: one self-contained HTML page (or Markdown for a pull-request comment) per
// set of documents — each document's text with every listed sentence marked by its status (a
// marker and a line style besides the colour), the findings' messages on hover or keyboard focus,
// a bar per section of supported against unsupported claims, hedge density per section, and the
// findings with their line numbers. Pure string building: used by the CLI (`evident report`) and,
// with a script that links back to the text, by the VS Code webview. Nothing is loaded from outside.
import type { EvidenceEntry, EvidenceMap, EvidenceSection, MapFinding } from '../engine/evidence-map';
import type { DocumentReading } from '../engine/types';
import { readingNotes } from './reading';
import { EVIDENCE_STATUSES, STATUS_INFO, type EvidenceStatus } from '../engine/evidence-status';

export interface ReportDocument {
  /** The name shown: a path, or the editor's relative path. */
  name: string;
  source: string;
  map: EvidenceMap;
  /** Only the first part of the document was analysed (evident.maxDocumentSize). */
  truncated?: boolean;
  /** How the document was read as a whole (guidance or argument, …): said in the report, as in the summary. */
  reading?: DocumentReading;
}

export interface HtmlOptions {
  /** Page title. */
  title?: string;
  /** The webview: its CSP source and nonce, and a script posting `{type:'reveal', start, end}` when a finding or mark is activated (and keeping the scroll position when the page is rebuilt). */
  webview?: { nonce: string; cspSource: string };
  /** e.g. "Evident 0.1.0". */
  generator?: string;
}

const SEVERITY_LABEL = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' } as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** 1-based line of an offset. */
export function lineFinder(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** "2 ✓ supported, 1 ◆ attributed, …": the statuses with a count, in order. */
export function statusCountsText(statuses: Record<EvidenceStatus, number>, all = false): string {
  const parts = EVIDENCE_STATUSES.filter((s) => all || statuses[s] > 0).map(
    (s) => `${statuses[s]} ${STATUS_INFO[s].marker} ${STATUS_INFO[s].label}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'no claims';
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Sections worth showing: any with words or listed sentences (a bare title heading is left out). */
export function shownSections(map: EvidenceMap): EvidenceSection[] {
  return map.sections.filter((s) => s.entries.length > 0 || s.counts.words > 0);
}

function allFindings(map: EvidenceMap): { finding: MapFinding; entry: EvidenceEntry }[] {
  const out: { finding: MapFinding; entry: EvidenceEntry }[] = [];
  for (const s of map.sections) for (const e of s.entries) for (const f of e.findings) out.push({ finding: f, entry: e });
  return out.sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);
}

// ---- HTML ---------------------------------------------------------------------------------------

const CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;
--supported:#1a7f37;--supported-bg:#dafbe1;--attributed:#0969da;--attributed-bg:#ddf4ff;--vague:#9a6700;--vague-bg:#fff8c5;
--speculative:#8250df;--speculative-bg:#fbefff;--unsupported:#cf222e;--unsupported-bg:#ffebe9;--flagged:#bc4c00;--flagged-bg:#fff1e5;--tip-bg:#24292f;--tip-fg:#fff}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--panel:#151b23;
--supported:#3fb950;--supported-bg:#12261e;--attributed:#4493f8;--attributed-bg:#121d2f;--vague:#d29922;--vague-bg:#272115;
--speculative:#ab7df8;--speculative-bg:#211a33;--unsupported:#f85149;--unsupported-bg:#2d1214;--flagged:#db6d28;--flagged-bg:#2b1a10;--tip-bg:#e6edf3;--tip-fg:#0d1117}}
body.vscode-light{color-scheme:light;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;
--supported:#1a7f37;--supported-bg:#dafbe1;--attributed:#0969da;--attributed-bg:#ddf4ff;--vague:#9a6700;--vague-bg:#fff8c5;
--speculative:#8250df;--speculative-bg:#fbefff;--unsupported:#cf222e;--unsupported-bg:#ffebe9;--flagged:#bc4c00;--flagged-bg:#fff1e5;--tip-bg:#24292f;--tip-fg:#fff}
body.vscode-dark,body.vscode-high-contrast{color-scheme:dark;--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--panel:#151b23;
--supported:#3fb950;--supported-bg:#12261e;--attributed:#4493f8;--attributed-bg:#121d2f;--vague:#d29922;--vague-bg:#272115;
--speculative:#ab7df8;--speculative-bg:#211a33;--unsupported:#f85149;--unsupported-bg:#2d1214;--flagged:#db6d28;--flagged-bg:#2b1a10;--tip-bg:#e6edf3;--tip-fg:#0d1117}
*{box-sizing:border-box}
body{margin:0;padding:1.5rem clamp(1rem,4vw,3rem);background:var(--bg);color:var(--fg);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
.muted,.gen{color:var(--muted)}
a{color:var(--attributed)}
a:focus-visible,mark:focus-visible{outline:2px solid var(--attributed);outline-offset:2px}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;padding:0;list-style:none;margin:.5rem 0}
.legend li{white-space:nowrap}
table{border-collapse:collapse;width:100%;max-width:60rem}
th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid var(--line);vertical-align:middle}
th{font-weight:600;color:var(--muted)}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.bar{display:block;width:12rem;height:.8rem}
.bar .sup{fill:var(--supported)}.bar .uns{fill:var(--unsupported)}.bar .none{fill:var(--line)}
.bar-cell{white-space:nowrap}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.7 Georgia,"Times New Roman",serif;background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:1rem 1.25rem;max-width:60rem}
mark{color:inherit;background:none;position:relative;border-bottom:2px solid;padding:0 1px;cursor:help}
mark .b{font:600 .75em system-ui,sans-serif;margin-right:.15em;vertical-align:.1em}
mark.supported{border-color:var(--supported);border-bottom-style:solid;background:var(--supported-bg)}mark.supported .b{color:var(--supported)}
mark.attributed{border-color:var(--attributed);border-bottom-style:double;border-bottom-width:3px;background:var(--attributed-bg)}mark.attributed .b{color:var(--attributed)}
mark.vague-source{border-color:var(--vague);border-bottom-style:dashed;background:var(--vague-bg)}mark.vague-source .b{color:var(--vague)}
mark.speculative{border-color:var(--speculative);border-bottom-style:dotted;border-bottom-width:3px;background:var(--speculative-bg)}mark.speculative .b{color:var(--speculative)}
mark.unsupported{border-color:var(--unsupported);border-bottom-width:3px;background:var(--unsupported-bg)}mark.unsupported .b{color:var(--unsupported)}
mark.flagged{border-color:var(--flagged);border-bottom-style:dashed;background:var(--flagged-bg)}mark.flagged .b{color:var(--flagged)}
.cue{font-weight:600;text-decoration:underline wavy;text-underline-offset:3px}
.tip{display:none;position:absolute;left:0;top:100%;z-index:2;min-width:16rem;max-width:28rem;margin-top:.3rem;padding:.4rem .6rem;border-radius:4px;background:var(--tip-bg);color:var(--tip-fg);font:13px/1.4 system-ui,sans-serif;white-space:normal;box-shadow:0 2px 8px rgba(0,0,0,.25)}
mark:hover>.tip,mark:focus>.tip,mark:target>.tip{display:block}
mark:target{outline:2px solid var(--attributed);outline-offset:2px}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.findings{padding-left:1.5rem;max-width:60rem}.findings li{margin:.3rem 0}
.sev{display:inline-block;min-width:4.2rem;font:600 .8em system-ui,sans-serif;text-transform:uppercase;letter-spacing:.02em}
.sev.error,.sev.warning{color:var(--unsupported)}.sev.information{color:var(--attributed)}.sev.hint{color:var(--muted)}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.quote{color:var(--muted)}
`;

const REVEAL_SCRIPT = `(function(){const vscode=acquireVsCodeApi();const state=vscode.getState();if(state&&typeof state.y==='number')window.scrollTo(0,state.y);let t;window.addEventListener('scroll',function(){clearTimeout(t);t=setTimeout(function(){vscode.setState({y:window.scrollY});},100);});function go(el){vscode.postMessage({type:'reveal',start:Number(el.dataset.start),end:Number(el.dataset.end)});}
document.addEventListener('click',function(e){const el=e.target.closest('[data-reveal]');if(!el)return;e.preventDefault();go(el);});
document.addEventListener('keydown',function(e){if(e.key!=='Enter')return;const el=e.target.closest&&e.target.closest('mark[data-reveal]');if(el){e.preventDefault();go(el);}});})();`;

/** The whole page. */
export function renderHtml(documents: readonly ReportDocument[], options: HtmlOptions = {}): string {
  const title =
    options.title ?? (documents.length === 1 ? `Evidence report: ${documents[0].name}` : `Evidence report: ${documents.length} documents`);
  const nonce = options.webview?.nonce;
  const csp = options.webview
    ? `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${options.webview.cspSource}`
    : "default-src 'none'; style-src 'unsafe-inline'";
  const nonceAttr = nonce ? ` nonce="${escapeHtml(nonce)}"` : '';
  const body = documents.map((doc, i) => renderDocument(doc, `d${i}`, Boolean(options.webview))).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(title)}</title>
<style${nonceAttr}>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="gen">${options.generator ? `Made by ${escapeHtml(options.generator)}. ` : ''}Each sentence that makes a claim, or that Evident flags, is marked by what it rests on; hover or focus a mark (Tab) for the findings.</p>
<ul class="legend" aria-label="Legend">
${EVIDENCE_STATUSES.map((s) => `<li><mark class="${s}"><span class="b" aria-hidden="true">${STATUS_INFO[s].marker}</span>${STATUS_INFO[s].label}</mark> <span class="muted">${escapeHtml(STATUS_INFO[s].meaning)}</span></li>`).join('\n')}
</ul>
</header>
<main>
${body}
</main>
${options.webview ? `<script${nonceAttr}>${REVEAL_SCRIPT}</script>` : ''}
</body>
</html>
`;
}

function renderDocument(doc: ReportDocument, id: string, links: boolean): string {
  const { map, source } = doc;
  const line = lineFinder(source);
  const t = map.totals;
  const listed = EVIDENCE_STATUSES.reduce((n, s) => n + t.statuses[s], 0);
  const findings = allFindings(map);
  const entryId = new Map<EvidenceEntry, string>();
  let n = 0;
  for (const s of map.sections) for (const e of s.entries) entryId.set(e, `${id}-e${n++}`);
  const sectionId = new Map<EvidenceSection, string>();
  map.sections.forEach((s, i) => sectionId.set(s, `${id}-s${i}`));
  const reveal = (start: number, end: number) => (links ? ` data-reveal data-start="${start}" data-end="${end}"` : '');

  const rows = shownSections(map)
    .map((s) => {
      const c = s.counts;
      const total = c.supported + c.unsupported;
      const supW = total ? (100 * c.supported) / total : 0;
      const bar =
        total === 0
          ? `<svg class="bar" role="img" aria-label="no claims graded"><rect class="none" x="0" y="0" width="100%" height="100%"/></svg>`
          : `<svg class="bar" role="img" aria-label="${c.supported} supported, ${c.unsupported} unsupported"><rect class="sup" x="0" y="0" width="${supW.toFixed(1)}%" height="100%"/><rect class="uns" x="${supW.toFixed(1)}%" y="0" width="${(100 - supW).toFixed(1)}%" height="100%"/></svg>`;
      const heading = s.level === 0 ? `<em>${escapeHtml(s.title)}</em>` : escapeHtml(s.title);
      const link = `<a href="#${sectionId.get(s)}"${reveal(s.headingStart, s.headingEnd)}>${heading}</a>`;
      return `<tr><td>${link}</td><td class="bar-cell">${bar}</td><td class="n">${c.supported}</td><td class="n">${c.unsupported}</td><td>${escapeHtml(statusCountsText(c.statuses))}</td><td class="n">${c.hedgeDensity.toFixed(1)} <span class="muted">(${c.hedges} in ${c.words.toLocaleString('en-US')} words)</span></td></tr>`;
    })
    .join('\n');

  return `<section class="document" aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(doc.name)}</h2>
<p><strong>${plural(listed, 'sentence listed', 'sentences listed')}</strong>: ${escapeHtml(statusCountsText(t.statuses))}. ${t.supported} of ${t.supported + t.unsupported} graded claims rest on evidence or a named source. ${plural(t.hedges, 'hedge', 'hedges')} in ${plural(t.words, 'word', 'words')} (${t.hedgeDensity.toFixed(1)} per 1,000 words). ${plural(t.findings, 'finding', 'findings')}.</p>
${doc.truncated ? '<p><strong>Only the first part of this long document was checked.</strong></p>' : ''}
${
  doc.reading
    ? readingNotes(doc.reading)
        .map((note) => `<p>${escapeHtml(note).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`)
        .join('\n')
    : ''
}
<h3>By section</h3>
<table>
<thead><tr><th scope="col">Section</th><th scope="col">Supported (green) against unsupported (red)</th><th scope="col" class="n">Supported</th><th scope="col" class="n">Unsupported</th><th scope="col">Claims by status</th><th scope="col" class="n">Hedges per 1,000 words</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="6">No sections.</td></tr>'}
</tbody>
</table>
<p class="muted">Supported: a citation, footnote, link or reference (✓), or a named source (◆). Unsupported: a vague source (?), hedged or speculative with no evidence (~), or no evidence at all (✗).</p>
<h3>Findings</h3>
${findings.length === 0 ? '<p>No findings.</p>' : `<ol class="findings">\n${findings.map(({ finding: f, entry }) => `<li><a href="#${entryId.get(entry)}"${reveal(f.start, f.end)}>line ${line(f.start)}</a> <span class="sev ${f.severity}">${SEVERITY_LABEL[f.severity]}</span> <code>${f.rule}</code> ${escapeHtml(f.message)} <span class="quote">“${escapeHtml(fold(f.text, 80))}”</span></li>`).join('\n')}\n</ol>`}
<h3>Text</h3>
<div class="text">${markedText(source, map, entryId, sectionId, reveal)}</div>
</section>`;
}

function fold(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The source with each listed sentence in a focusable mark, its cue words underlined, and an anchor at each heading. */
function markedText(
  source: string,
  map: EvidenceMap,
  entryId: Map<EvidenceEntry, string>,
  sectionId: Map<EvidenceSection, string>,
  reveal: (start: number, end: number) => string,
): string {
  const out: string[] = [];
  let at = 0;
  const entries = map.sections.flatMap((s) => s.entries);
  const anchors = map.sections.filter((s) => s.level > 0).map((s) => ({ at: s.headingStart, id: sectionId.get(s)! }));
  let a = 0;
  const emitPlain = (to: number) => {
    while (a < anchors.length && anchors[a].at <= to) {
      if (anchors[a].at >= at) {
        out.push(escapeHtml(source.slice(at, anchors[a].at)));
        at = anchors[a].at;
      }
      out.push(`<span id="${anchors[a].id}"></span>`);
      a++;
    }
    out.push(escapeHtml(source.slice(at, to)));
    at = to;
  };
  for (const e of entries) {
    if (e.start < at) continue; // overlapping sentences do not happen; never mark twice
    emitPlain(e.start);
    const info = STATUS_INFO[e.status];
    const id = entryId.get(e)!;
    const tipHtml = `<span class="tip" role="tooltip" id="${id}-tip"><strong>${info.marker} ${escapeHtml(info.label)}</strong>: ${escapeHtml(info.meaning)}.${e.findings.map((f) => `<br><code>${f.rule}</code> ${escapeHtml(f.message)}`).join('')}</span>`;
    out.push(
      `<mark class="${e.status}" id="${id}" tabindex="0" aria-describedby="${id}-tip"${reveal(e.start, e.end)}><span class="b" aria-hidden="true">${info.marker}</span><span class="vh">[${escapeHtml(info.label)}] </span>`,
    );
    out.push(withCues(source, e));
    out.push(`${tipHtml}</mark>`);
    at = e.end;
  }
  emitPlain(source.length);
  return out.join('');
}

/** The sentence's text with its findings' cue words (not whole-sentence findings) underlined; overlapping cues are merged. */
function withCues(source: string, e: EvidenceEntry): string {
  const cues = e.findings
    .filter((f) => !f.claim && f.start >= e.start && f.end <= e.end && f.end - f.start < e.end - e.start)
    .sort((x, y) => x.start - y.start);
  let html = '';
  let at = e.start;
  for (const c of cues) {
    if (c.start < at) {
      if (c.end > at) {
        html += `<span class="cue">${escapeHtml(source.slice(at, c.end))}</span>`;
        at = c.end;
      }
      continue;
    }
    html += escapeHtml(source.slice(at, c.start)) + `<span class="cue">${escapeHtml(source.slice(c.start, c.end))}</span>`;
    at = c.end;
  }
  return html + escapeHtml(source.slice(at, e.end));
}

// ---- Markdown -----------------------------------------------------------------------------------

/** The report as Markdown for a pull-request comment: totals, a table of sections with a text bar, the findings. */
export function renderMarkdown(documents: readonly ReportDocument[], options: { generator?: string } = {}): string {
  const parts: string[] = [];
  for (const doc of documents) {
    const { map } = doc;
    const t = map.totals;
    const line = lineFinder(doc.source);
    const findings = allFindings(map);
    parts.push(`### Evidence report: \`${doc.name.replace(/`/g, "'")}\``);
    parts.push('');
    parts.push(
      `**${t.supported} of ${t.supported + t.unsupported} graded claims** rest on evidence or a named source: ${statusCountsText(t.statuses)}. ` +
        `${plural(t.hedges, 'hedge', 'hedges')} in ${plural(t.words, 'word', 'words')} (${t.hedgeDensity.toFixed(1)} per 1,000 words). ${plural(t.findings, 'finding', 'findings')}.`,
    );
    if (doc.truncated) parts.push('', '_Only the first part of this long document was checked._');
    if (doc.reading) for (const note of readingNotes(doc.reading)) parts.push('', note);
    parts.push('');
    const sections = shownSections(map);
    if (sections.length > 0) {
      parts.push('| Section | Supported / unsupported | ✓ | ◆ | ? | ~ | ✗ | Hedges per 1,000 words |');
      parts.push('|---|---|--:|--:|--:|--:|--:|--:|');
    } else parts.push('No text to report.');
    for (const s of sections) {
      const c = s.counts;
      const st = c.statuses;
      parts.push(
        `| ${cell(s.title)} | ${textBar(c.supported, c.unsupported)} ${c.supported} / ${c.unsupported} | ${st.supported} | ${st.attributed} | ${st['vague-source']} | ${st.speculative} | ${st.unsupported} | ${c.hedgeDensity.toFixed(1)} |`,
      );
    }
    parts.push('');
    parts.push('✓ supported (cited) · ◆ attributed (named source) · ? vague source · ~ speculative · ✗ unsupported');
    parts.push('');
    if (findings.length === 0) parts.push('No findings.');
    else {
      parts.push(`<details><summary>${plural(findings.length, 'finding', 'findings')}</summary>`, '');
      parts.push('| Line | Severity | Rule | Finding |', '|--:|---|---|---|');
      for (const { finding: f } of findings)
        parts.push(
          `| ${line(f.start)} | ${SEVERITY_LABEL[f.severity]} | \`${f.rule}\` | ${cell(f.message)} — “${cell(fold(f.text, 80))}” |`,
        );
      parts.push('', '</details>');
    }
    parts.push('');
  }
  if (options.generator) parts.push(`<sub>${options.generator}</sub>`, '');
  return parts.join('\n');
}

/** Ten blocks: supported share filled, the rest light; empty when nothing is graded. */
function textBar(supported: number, unsupported: number): string {
  const total = supported + unsupported;
  if (total === 0) return '';
  const filled = Math.round((10 * supported) / total);
  return `\`${'█'.repeat(filled)}${'░'.repeat(10 - filled)}\``;
}

/** Text safe in a Markdown table cell: pipes escaped, line breaks folded, HTML neutralised. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
