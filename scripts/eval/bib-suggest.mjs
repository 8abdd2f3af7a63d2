// How often the quick fix for an unsupported claim offers the right source: on the corpus
// documents that cite with keys, each citation is removed in turn, and the removed key must be
// among the three entries the fix offers (BM25 of the sentence against the document's
// bibliography: title, abstract, keywords). Prints figures only, no document text (one of the
// documents is a check document of the corpus: its text is not to be read).
//
//   node scripts/eval/bib-suggest.mjs [--json]
import { loadEngineFromSource } from './engine-source.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHECK_DOCS } from './corpus.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = resolve(process.env.EVIDENT_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus'));

export const BIB_DOCUMENTS = [
  {
    doc: 'report-wssspe1-software-sustainability-policy.tex',
    languageId: 'latex',
    bibs: ['report-wssspe1-software-sustainability-policy.bib'],
  },
  {
    doc: 'position-paper-de-rse-central-rse-units.tex',
    languageId: 'latex',
    bibs: ['position-paper-de-rse-central-rse-units__bibliography.bib', 'position-paper-de-rse-central-rse-units__positionpaper.bib'],
  },
  {
    doc: 'worldbank-dime-handbook-credible-research.Rmd',
    languageId: 'rmarkdown',
    bibs: ['worldbank-dime-handbook-credible-research.bib'],
  },
];
export const TARGET = 0.6;

/** Citations with their keys and offsets: \cite-like commands in LaTeX, [@key] and @key elsewhere. */
function citations(text, languageId) {
  const found = [];
  if (languageId === 'latex') {
    for (const m of text.matchAll(/\\[A-Za-z]*cite[A-Za-z]*\*?(?:\s*\[[^\]]*\]){0,2}\s*\{([^}]*)\}/g)) {
      if (/^\\nocite/.test(m[0])) continue;
      found.push({
        at: m.index,
        keys: m[1]
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean),
      });
    }
  } else {
    for (const m of text.matchAll(/(?<=^|[\s[;(-])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*[\p{L}\p{N}_]|[\p{L}\p{N}_])/gmu)) {
      found.push({ at: m.index, keys: [m[1]] });
    }
  }
  return found;
}

export async function measureBibSuggestions() {
  const engine = await loadEngineFromSource();
  const perDocument = [];
  for (const { doc, languageId, bibs } of BIB_DOCUMENTS) {
    const docPath = join(corpusDir, 'docs', doc);
    if (!existsSync(docPath) || !bibs.every((b) => existsSync(join(corpusDir, 'bib', b)))) continue;
    const text = readFileSync(docPath, 'utf8');
    const parsed = bibs.map((b) => engine.parseBibliography(readFileSync(join(corpusDir, 'bib', b), 'utf8'), b));
    const bibliography = new engine.Bibliography(parsed.flatMap((p) => p.entries));
    const sentences = engine.analyzeDocument(text, { languageId }).sentences;
    const all = citations(text, languageId);
    const counts = new Map();
    for (const c of all) for (const k of c.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    const useCited = process.argv.includes('--cited'); // an experiment: boost keys cited elsewhere in the document (hurt on the dev documents)
    const useContext = !process.argv.includes('--no-context');
    let pairs = 0;
    let hits = 0;
    let groups = 0;
    let groupHits = 0;
    const sentenceHit = new Map();
    for (const { at, keys } of all) {
      // The sentence the citation belongs to: the one holding it, or the one it follows.
      let sentence;
      for (const s of sentences) {
        if (s.start <= at && at < s.end + 2) sentence = s;
        if (s.start > at) break;
        if (!sentence && s.end <= at) sentence = undefined;
      }
      if (!sentence) sentence = [...sentences].reverse().find((s) => s.end <= at && at - s.end < 40);
      if (!sentence) continue;
      let groupHit = false;
      let counted = false;
      for (const key of keys) {
        if (!bibliography.has(key)) continue;
        // The sentence without this citation: its prose already has citations blanked.
        // The writer's other citations (this one removed) and the paragraph around the sentence.
        const cited = new Set([...counts].filter(([k, n]) => n - (k === key ? 1 : 0) > 0).map(([k]) => k));
        const i = sentences.indexOf(sentence);
        const context = [sentences[i - 1], sentences[i + 1]]
          .filter(
            (s) =>
              s &&
              s.end > sentence.start - 2000 &&
              text.slice(Math.min(s.end, sentence.end), Math.max(s.start, sentence.start)).indexOf('\n\n') < 0,
          )
          .map((s) => s.text)
          .join(' ');
        const offered = bibliography
          .suggest(sentence.text, 3, { cited: useCited ? cited : undefined, context: useContext ? context : undefined })
          .map((e) => e.key);
        pairs++;
        const hit = offered.includes(key);
        // --misses: what was offered instead, for the documents that are not check documents only.
        if (!hit && process.argv.includes('--misses') && !CHECK_DOCS.has(doc))
          console.log(
            `MISS ${key} | offered ${offered.join(', ')}\n  ${sentence.text.replace(/\s+/g, ' ').slice(0, 300)}\n  title: ${bibliography.get(key).title}`,
          );
        if (hit) hits++;
        counted = true;
        groupHit ||= hit;
        sentenceHit.set(sentence.start, (sentenceHit.get(sentence.start) ?? false) || hit);
      }
      if (counted) {
        groups++;
        if (groupHit) groupHits++;
      }
    }
    const sentencesHit = [...sentenceHit.values()].filter(Boolean).length;
    perDocument.push({
      doc,
      entries: bibliography.entries.size,
      groups,
      groupHits,
      citations: pairs,
      hits,
      sentences: sentenceHit.size,
      sentencesHit,
    });
  }
  const total = perDocument.reduce(
    (t, d) => ({
      groups: t.groups + d.groups,
      groupHits: t.groupHits + d.groupHits,
      citations: t.citations + d.citations,
      hits: t.hits + d.hits,
      sentences: t.sentences + d.sentences,
      sentencesHit: t.sentencesHit + d.sentencesHit,
    }),
    { groups: 0, groupHits: 0, citations: 0, hits: 0, sentences: 0, sentencesHit: 0 },
  );
  return { perDocument, total };
}

export function renderBibSuggestions({ perDocument, total }) {
  const pct = (a, b) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)} %`);
  const lines = [
    'Source suggestions (quick fix for an unsupported claim): each citation removed in turn; is a removed key among the 3 offered?',
    '',
  ];
  lines.push(`${'document'.padEnd(50)} entries  citations  hit      keys  hit      sentences  hit`);
  const row = (name, d, entries) =>
    `${name.padEnd(50)} ${entries.padStart(7)}  ${String(d.groups).padStart(9)}  ${pct(d.groupHits, d.groups)}  ${String(d.citations).padStart(4)}  ${pct(d.hits, d.citations)}  ${String(d.sentences).padStart(9)}  ${pct(d.sentencesHit, d.sentences)}`;
  for (const d of perDocument) lines.push(row(d.doc, d, String(d.entries)));
  lines.push(row('all', total, ''));
  lines.push('', 'citations: a [@a; @b] or \\cite{a,b} removed, hit when one of its keys is offered; keys: each key on its own;');
  lines.push('sentences: cited sentences where a key of theirs is offered.');
  lines.push(
    `target: >= ${TARGET * 100} % of cited sentences: ${total.sentences && total.sentencesHit / total.sentences >= TARGET ? 'met' : 'NOT met'}`,
  );
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureBibSuggestions();
  console.log(process.argv.includes('--json') ? JSON.stringify(result, null, 2) : renderBibSuggestions(result));
}
