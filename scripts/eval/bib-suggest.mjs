// How often the quick fix for an unsupported claim offers the right source: on the corpus
// documents that cite with keys, each citation is removed in turn, and the removed key must be
// among the three entries the fix offers (BM25 of the sentence against the document's
// bibliography: title, abstract, keywords). Prints figures only, no document text (one of the
// documents is a check document of the corpus: its text is not to be read).
//
//   node scripts/eval/bib-suggest.mjs [--json]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = resolve(process.env.EVIDENT_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus'));

export const BIB_DOCUMENTS = [
  { doc: 'report-wssspe1-software-sustainability-policy.tex', languageId: 'latex', bibs: ['report-wssspe1-software-sustainability-policy.bib'] },
  { doc: 'position-paper-de-rse-central-rse-units.tex', languageId: 'latex', bibs: ['position-paper-de-rse-central-rse-units__bibliography.bib', 'position-paper-de-rse-central-rse-units__positionpaper.bib'] },
  { doc: 'worldbank-dime-handbook-credible-research.Rmd', languageId: 'rmarkdown', bibs: ['worldbank-dime-handbook-credible-research.bib'] },
];
export const TARGET = 0.6;

/** The engine and the bibliography module, bundled for plain node (the engine is TypeScript). */
async function loadEngine() {
  const result = await esbuild.build({
    stdin: { contents: "export { analyzeDocument } from './server/src/engine/index';\nexport * from './server/src/engine/bib/index';\n", resolveDir: repoRoot, loader: 'ts' },
    bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent', mainFields: ['module', 'main'],
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Citations with their keys and offsets: \cite-like commands in LaTeX, [@key] and @key elsewhere. */
function citations(text, languageId) {
  const found = [];
  if (languageId === 'latex') {
    for (const m of text.matchAll(/\\[A-Za-z]*cite[A-Za-z]*\*?(?:\s*\[[^\]]*\]){0,2}\s*\{([^}]*)\}/g)) {
      if (/^\\nocite/.test(m[0])) continue;
      found.push({ at: m.index, keys: m[1].split(',').map((k) => k.trim()).filter(Boolean) });
    }
  } else {
    for (const m of text.matchAll(/(?<=^|[\s[;(-])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*[\p{L}\p{N}_]|[\p{L}\p{N}_])/gmu)) {
      found.push({ at: m.index, keys: [m[1]] });
    }
  }
  return found;
}

export async function measureBibSuggestions() {
  const engine = await loadEngine();
  const perDocument = [];
  for (const { doc, languageId, bibs } of BIB_DOCUMENTS) {
    const docPath = join(corpusDir, 'docs', doc);
    if (!existsSync(docPath) || !bibs.every((b) => existsSync(join(corpusDir, 'bib', b)))) continue;
    const text = readFileSync(docPath, 'utf8');
    const parsed = bibs.map((b) => engine.parseBibliography(readFileSync(join(corpusDir, 'bib', b), 'utf8'), b));
    const bibliography = new engine.Bibliography(parsed.flatMap((p) => p.entries));
    const sentences = engine.analyzeDocument(text, { languageId }).sentences;
    let pairs = 0;
    let hits = 0;
    const sentenceHit = new Map();
    for (const { at, keys } of citations(text, languageId)) {
      // The sentence the citation belongs to: the one holding it, or the one it follows.
      let sentence;
      for (const s of sentences) {
        if (s.start <= at && at < s.end + 2) sentence = s;
        if (s.start > at) break;
        if (!sentence && s.end <= at) sentence = undefined;
      }
      if (!sentence) sentence = [...sentences].reverse().find((s) => s.end <= at && at - s.end < 40);
      if (!sentence) continue;
      for (const key of keys) {
        if (!bibliography.has(key)) continue;
        // The sentence without this citation: its prose already has citations blanked.
        const offered = bibliography.suggest(sentence.text, 3).map((e) => e.key);
        pairs++;
        const hit = offered.includes(key);
        if (hit) hits++;
        sentenceHit.set(sentence.start, (sentenceHit.get(sentence.start) ?? false) || hit);
      }
    }
    const sentencesHit = [...sentenceHit.values()].filter(Boolean).length;
    perDocument.push({ doc, entries: bibliography.entries.size, citations: pairs, hits, sentences: sentenceHit.size, sentencesHit });
  }
  const total = perDocument.reduce((t, d) => ({ citations: t.citations + d.citations, hits: t.hits + d.hits, sentences: t.sentences + d.sentences, sentencesHit: t.sentencesHit + d.sentencesHit }), { citations: 0, hits: 0, sentences: 0, sentencesHit: 0 });
  return { perDocument, total };
}

export function renderBibSuggestions({ perDocument, total }) {
  const pct = (a, b) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)} %`);
  const lines = ['Source suggestions (quick fix for an unsupported claim): removed key among the 3 offered', ''];
  lines.push(`${'document'.padEnd(56)} entries  cited keys  in top 3   cited sentences  any key in top 3`);
  for (const d of perDocument) lines.push(`${d.doc.padEnd(56)} ${String(d.entries).padStart(7)}  ${String(d.citations).padStart(10)}  ${pct(d.hits, d.citations)}  ${String(d.sentences).padStart(15)}  ${pct(d.sentencesHit, d.sentences)}`);
  lines.push(`${'all'.padEnd(56)} ${''.padStart(7)}  ${String(total.citations).padStart(10)}  ${pct(total.hits, total.citations)}  ${String(total.sentences).padStart(15)}  ${pct(total.sentencesHit, total.sentences)}`);
  lines.push('', `target: >= ${TARGET * 100} % of citations; ${total.citations && total.hits / total.citations >= TARGET ? 'met' : 'NOT met'}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureBibSuggestions();
  console.log(process.argv.includes('--json') ? JSON.stringify(result, null, 2) : renderBibSuggestions(result));
}
