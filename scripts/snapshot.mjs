// The identity check (issue 16): the engine's full output — findings with their spans, messages
// and fixes, and every sentence's class — for the example draft, the test fixtures and the bench
// paragraphs, written to test/golden/ as text a reviewer can read in a diff; for documents that
// may not be copied into the repository (the corpus in ../shared) and for the generated bench
// documents, one digest line each. `npm test` compares (test/engine/golden.test.ts); after a
// change that is meant to change the output, rewrite them and review the diff like code:
//
//   node scripts/snapshot.mjs --update
import { loadEngineFromSource } from './eval/engine-source.mjs';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateDocument, loadCorpusBlocks, toLatex } from './bench/documents.mjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const goldenDir = join(repoRoot, 'test', 'golden');
const corpusDir = resolve(process.env.EVIDENT_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus'));

const LANGUAGE_BY_EXTENSION = {
  '.md': 'markdown',
  '.txt': 'plaintext',
  '.tex': 'latex',
  '.qmd': 'quarto',
  '.Rmd': 'rmarkdown',
  '.rmd': 'rmarkdown',
};
const languageOf = (path) => LANGUAGE_BY_EXTENSION[path.slice(path.lastIndexOf('.'))] ?? 'plaintext';

/** The documents written out in full: the example draft, the editor-test fixtures, the bench paragraphs. */
function repoDocuments() {
  const docs = [
    join(repoRoot, 'examples', 'draft-brief.md'),
    ...['brief.md', 'sourced.md'].map((f) => join(repoRoot, 'test', 'e2e', 'fixtures', f)),
  ];
  const bench = join(repoRoot, 'bench', 'corpus');
  for (const name of readdirSync(bench).sort()) if (/\.(md|txt|tex)$/.test(name)) docs.push(join(bench, name));
  return docs.map((path) => ({ name: relative(repoRoot, path), path, text: readFileSync(path, 'utf8') }));
}

/** Line and column (1-based) of each offset, for a diff a person can follow. */
function locator(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo] + 1}`;
  };
}

const quote = (text) => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);

/** The bibliography a document names in its front matter or preamble, read beside it, or undefined. */
function bibliographyFor(engine, doc, languageId) {
  const paths = engine
    .findBibliographyPaths(doc.text, languageId)
    .map((p) => resolve(dirname(doc.path), p))
    .filter(existsSync);
  if (paths.length === 0) return undefined;
  const parsed = paths.map((p) => engine.parseBibliography(readFileSync(p, 'utf8'), basename(p)));
  return new engine.Bibliography(parsed.flatMap((p) => p.entries));
}

/** One document's output as golden text: its findings (with fixes), then its sentences' classes. */
export function renderDocument(engine, doc) {
  const languageId = languageOf(doc.path);
  const { findings, sentences, summary } = engine.analyzeDocument(doc.text, {
    languageId,
    bibliography: bibliographyFor(engine, doc, languageId),
  });
  const at = locator(doc.text);
  const out = [`# ${doc.name} (${languageId}): ${findings.length} findings`, ''];
  for (const f of findings) {
    out.push(`${at(f.start)}-${at(f.end)} ${f.rule}:${f.messageId} ${f.severity} ${quote(f.text)} ${f.message}`);
    for (const fix of f.fixes)
      out.push(
        `    fix ${JSON.stringify(fix.title)}${fix.safe ? ' (safe)' : ''}: ${fix.edits.map((e) => `${at(e.start)}-${at(e.end)} ${JSON.stringify(e.newText)}`).join('; ')}`,
      );
  }
  out.push('', '## sentences');
  for (const s of sentences)
    out.push(
      `${at(s.start)} ${s.class}${s.uncertain ? ' uncertain' : ''}${s.claim ? ' claim' : ''}${s.evidence ? ' evidence' : ''} ${quote(s.text)}`,
    );
  out.push('', '## summary', JSON.stringify(summary), '');
  return out.join('\n');
}

/** The labelled fixture sentences, one line each: what classify says about it. */
export function renderFixtureSentences(engine) {
  const lines = readFileSync(join(repoRoot, 'test', 'fixtures', 'policy-labelled.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const out = ['# test/fixtures/policy-labelled.jsonl: each sentence through classify', ''];
  for (const line of lines) {
    const { text } = JSON.parse(line);
    const c = engine.classify(text);
    out.push(
      `${c.class}${c.uncertain ? ' uncertain' : ''}${c.claim ? ' claim' : ''}${c.evidence ? ' evidence' : ''} [${c.findings.map((f) => `${f.rule} ${JSON.stringify(f.text)}`).join(', ')}] ${quote(text)}`,
    );
  }
  return out.join('\n') + '\n';
}

/** A digest line for a document whose text stays out of the repository: counts per rule and a hash of the full output. */
function digestLine(engine, name, text, languageId) {
  const analysis = engine.analyzeDocument(text, { languageId });
  const counts = {};
  for (const f of analysis.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  const hash = createHash('sha256').update(JSON.stringify(analysis)).digest('hex').slice(0, 16);
  return `${name} ${analysis.findings.length} findings ${JSON.stringify(counts)} ${hash}`;
}

/** Generated bench documents (10,000 words, Markdown and LaTeX) and, when ../shared is there, the corpus. */
export function renderDigests(engine) {
  const blocks = loadCorpusBlocks(join(repoRoot, 'bench', 'corpus'));
  const markdown = generateDocument(blocks, 10_000, 1);
  const lines = ['# digests: documents too long to read in a diff, or not ours to copy', ''];
  lines.push(digestLine(engine, 'generated-10k.md', markdown, 'markdown'));
  lines.push(digestLine(engine, 'generated-10k.tex', toLatex(markdown), 'latex'));
  return lines.join('\n') + '\n';
}

export function renderCorpusDigests(engine) {
  const docs = join(corpusDir, 'docs');
  if (!existsSync(docs)) return undefined;
  const lines = ['# corpus digests (../shared/corpus/docs): the text stays there; counts and a hash of the output', ''];
  for (const name of readdirSync(docs).sort())
    lines.push(digestLine(engine, name, readFileSync(join(docs, name), 'utf8'), languageOf(name)));
  return lines.join('\n') + '\n';
}

/** Every golden file: → Map(file name in test/golden → content). Corpus digests only when ../shared is there. */
export function snapshots(engine) {
  const files = new Map();
  for (const doc of repoDocuments()) files.set(`${doc.name.replace(/[\\/]/g, '__')}.txt`, renderDocument(engine, doc));
  files.set('fixture-sentences.txt', renderFixtureSentences(engine));
  files.set('digests.txt', renderDigests(engine));
  const corpus = renderCorpusDigests(engine);
  if (corpus !== undefined) files.set('corpus-digests.txt', corpus);
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const update = process.argv.includes('--update');
  const files = snapshots(await loadEngineFromSource());
  mkdirSync(goldenDir, { recursive: true });
  let changed = 0;
  for (const [name, content] of files) {
    const path = join(goldenDir, name);
    const same = existsSync(path) && readFileSync(path, 'utf8') === content;
    if (same) continue;
    changed++;
    if (update) writeFileSync(path, content);
    console.log(`${update ? 'wrote' : 'differs'}: test/golden/${name}`);
  }
  console.log(
    changed === 0
      ? 'golden files match the engine'
      : update
        ? `${changed} golden files rewritten: review the diff`
        : `${changed} golden files differ (node scripts/snapshot.mjs --update to rewrite them)`,
  );
  if (changed > 0 && !update) process.exitCode = 1;
}
