// The Claims & Evidence data and the evidence report of one document, in a fresh process: analyse
// it (as the server has done before a view asks), then time the evidence map (what the view, the
// status bar and the report read), its JSON (what the server sends), the HTML page and the
// Markdown. Prints one JSON line. Usage: node report-worker.mjs <bundle> <document>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [bundle, documentPath] = process.argv.slice(2);
const { analyzeDocument, buildEvidenceMap, renderHtml, renderMarkdown } = createRequire(import.meta.url)(bundle);
const text = readFileSync(documentPath, 'utf8');
const ROUNDS = 7;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

function time(work) {
  const samples = [];
  let result;
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    result = work();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), first: samples[0], result };
}

const analysisStart = performance.now();
const analysis = analyzeDocument(text, { languageId: 'markdown' });
const analyzeMs = performance.now() - analysisStart;
const map = time(() => buildEvidenceMap(text, 'markdown', analysis.sentences, analysis.findings));
const json = time(() => JSON.stringify(map.result));
const documents = [{ name: 'bench.md', source: text, map: map.result }];
const html = time(() => renderHtml(documents, { generator: 'bench' }));
const markdown = time(() => renderMarkdown(documents));
const t = map.result.totals;
console.log(
  JSON.stringify({
    analyzeMs,
    mapMs: map.ms,
    mapFirstMs: map.first,
    jsonMs: json.ms,
    jsonBytes: Buffer.byteLength(json.result),
    htmlMs: html.ms,
    htmlBytes: Buffer.byteLength(html.result),
    markdownMs: markdown.ms,
    sections: map.result.sections.length,
    entries: map.result.sections.reduce((n, s) => n + s.entries.length, 0),
    findings: t.findings,
  }),
);
