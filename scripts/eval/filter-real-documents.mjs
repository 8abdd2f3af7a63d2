// Does a finding filter (filter-experiment.mjs's model) learn anything that carries to real documents by others it
// has not seen? (issue #12; docs/model-filter.md)
//
//   node scripts/eval/filter-real-documents.mjs [--context] [--words]
//
// Candidates: the precise findings (the model can only take findings away), labelled as the corpus scorer does.
// Training: the 14 dev corpus documents, the project's own documents (test/fixtures/genres) and the real documents
// (test/fixtures/real) of every batch but one; the held-out batch is filtered. A batch is the set of real documents
// added together (the commit that added them), so no batch is scored by a model that saw its
// siblings. Prints the held-out real documents' precision and recall at a sweep of thresholds (0 = the rules).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, splitOf, summarise, scoreDocument } from './corpus.mjs';
import { batchesByCommit, corpusCandidates, loadFilterEngine, probability, trainLogistic } from './finding-filter.mjs';
import { loadGenres, REAL_DIR } from './genres.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = loadCorpus(resolve(process.env.EVIDENT_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus')));
if (corpus.missing) {
  console.log(`skipping: ${corpus.missing}`);
  process.exit(0);
}
const PARAMS = { lambda: 0.003, minCount: 2 }; // the pooled model chosen in docs/model-filter.md
const THRESHOLDS = [0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];

const engine = await loadFilterEngine();
// --context: the words next to the cue; --words: the sentence's words (filter-features.mjs).
const OPTIONS = { context: process.argv.includes('--context'), words: process.argv.includes('--words') };
/** The precise findings as candidates, with the features and labels corpusCandidates gives them. */
function preciseCandidates(set) {
  return corpusCandidates(engine, set, OPTIONS).map((d) => {
    const precise = new Set(d.precise.map((f) => `${f.rule}@${f.start}:${f.end}`));
    return { ...d, candidates: d.candidates.filter((c) => precise.has(`${c.finding.rule}@${c.finding.start}:${c.finding.end}`)) };
  });
}
const dev = preciseCandidates({ docs: corpus.docs.filter((d) => splitOf(d.name) === 'dev') });
const own = preciseCandidates(loadGenres());
const real = preciseCandidates(loadGenres(REAL_DIR));

const batchOf = batchesByCommit(repoRoot, 'test/fixtures/real/docs');
const folds = new Map();
for (const d of real) {
  const batch = batchOf.get(d.doc.path.split('/').pop()) ?? d.doc.name;
  folds.set(batch, [...(folds.get(batch) ?? []), d]);
}

const trainable = (docs) => docs.flatMap((d) => d.candidates).filter((c) => c.group);
/** Each fold of `docs` filtered by a model trained on the other folds and on `alwaysTrained`. */
function heldOut(folds, docs, alwaysTrained) {
  const scored = [];
  for (const held of folds) {
    const model = trainLogistic(alwaysTrained.concat(trainable(docs.filter((d) => !held.includes(d)))), PARAMS);
    for (const d of held) scored.push({ d, p: d.candidates.map((c) => (c.group ? probability(model, c.features) : 1)) });
  }
  return scored;
}

function sweep(scored) {
  console.log('threshold  findings  right  precision  recall');
  for (const threshold of THRESHOLDS) {
    const { all } = summarise(
      scored.map(({ d, p }) =>
        scoreDocument(
          d.doc,
          d.candidates.filter((_, i) => p[i] >= threshold).map((c) => c.finding),
        ),
      ),
    );
    console.log(
      `${String(threshold).padEnd(11)}${String(all.findings).padEnd(10)}${String(all.right).padEnd(7)}${String(all.precision).padEnd(11)}${all.recall}`,
    );
  }
}

console.log(`real documents ${real.length} in ${folds.size} batches, each filtered by a model that saw none of its batch`);
sweep(heldOut([...folds.values()], real, trainable([...dev, ...own])));
// The corpus's kinds of document: does what the model learns on real documents carry to them?
console.log(`\ndev corpus documents ${dev.length}, each filtered by a model trained on the others, our documents and the real ones`);
sweep(
  heldOut(
    dev.map((d) => [d]),
    dev,
    trainable([...own, ...real]),
  ),
);
