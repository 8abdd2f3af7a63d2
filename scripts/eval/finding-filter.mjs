// What a finding filter is trained and measured on: the engine's thorough findings on the corpus, each with its
// features (filter-features.mjs: what the engine could compute from the document alone) and its gold label as the
// corpus scorer sees it; an L2-regularised logistic regression in plain JS; leave-one-document-out probabilities.
// Used by filter-experiment.mjs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { scoreDocument, summarise } from './corpus.mjs';
import { importFromSource } from './engine-source.mjs';
import { findingFeaturesWith, groupOf } from './filter-features.mjs';

/** The engine and the CLI's language table, from the TypeScript sources (no build needed). */
export function loadFilterEngine() {
  return importFromSource(
    ["export { analyzeDocument } from './server/src/engine/index';", "export { languageForPath } from './server/src/cli/language';"].join(
      '\n',
    ),
    'node',
  );
}

/**
 * Every corpus document's candidates: the findings of the thorough sensitivity with the model off, their features
 * and labels (whether the finding alone makes its (unit, rule) pair right), and the precise findings (the rules).
 */
export function corpusCandidates(engine, corpus, options = {}) {
  return corpus.docs.map((doc) => {
    const source = readFileSync(doc.path, 'utf8');
    const languageId = engine.languageForPath(doc.path);
    const thorough = engine.analyzeDocument(source, { languageId, settings: { sensitivity: 'thorough' } });
    const precise = engine.analyzeDocument(source, { languageId, settings: { sensitivity: 'precise' } });
    const features = findingFeaturesWith(source, languageId, thorough, options);
    const candidates = thorough.findings.map((finding, i) => {
      const { pairs } = scoreDocument(doc, [finding]);
      return {
        finding,
        group: groupOf(finding.rule),
        features: features[i],
        label: pairs.length === 1 && pairs[0].right ? 1 : 0,
      };
    });
    return { doc, source, languageId, candidates, precise: precise.findings };
  });
}

// ---- logistic regression ---------------------------------------------------------------------------------

/** The feature names seen in at least `minCount` training candidates: the model's vocabulary. */
export function vocabulary(candidates, minCount) {
  const counts = new Map();
  for (const c of candidates) for (const name of c.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= minCount)
    .map(([name]) => name)
    .sort();
}

/**
 * L2-regularised logistic regression by full-batch gradient descent (deterministic): minimises the mean log loss
 * plus lambda/2 · |w|² (the bias is not penalised). → { bias, weights: { name: w } }.
 */
export function trainLogistic(candidates, { lambda, minCount, iterations = 600, rate = 0.5 }) {
  const names = vocabulary(candidates, minCount);
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = candidates.map((c) => {
    const idx = [];
    const val = [];
    for (const [name, value] of c.features) {
      const k = index.get(name);
      if (k !== undefined) idx.push(k), val.push(value);
    }
    return { idx, val, y: c.label };
  });
  const n = rows.length;
  const w = new Float64Array(names.length);
  let b = 0;
  if (n === 0) return { bias: 0, weights: {} };
  const mean = rows.reduce((s, r) => s + r.y, 0) / n;
  b = Math.log((mean + 1e-3) / (1 - mean + 1e-3));
  const grad = new Float64Array(names.length);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (let j = 0; j < r.idx.length; j++) z += w[r.idx[j]] * r.val[j];
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      gb += err;
      for (let j = 0; j < r.idx.length; j++) grad[r.idx[j]] += err * r.val[j];
    }
    b -= (rate * gb) / n;
    for (let k = 0; k < w.length; k++) w[k] -= rate * (grad[k] / n + lambda * w[k]);
  }
  const weights = {};
  names.forEach((name, k) => {
    if (Math.abs(w[k]) >= 1e-4) weights[name] = Math.round(w[k] * 1e4) / 1e4;
  });
  return { bias: Math.round(b * 1e4) / 1e4, weights };
}

export function probability(model, features) {
  let z = model.bias;
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (w !== undefined) z += w * value;
  }
  return 1 / (1 + Math.exp(-z));
}

// ---- scoring kept findings ----------------------------------------------------------------------------------

/** The corpus summary of the documents' findings kept where `keep(candidate, docIndex)` says. */
export function summariseKept(docs, keep) {
  return summarise(
    docs.map((d, di) =>
      scoreDocument(
        d.doc,
        d.candidates.filter((c) => keep(c, di)).map((c) => c.finding),
      ),
    ),
  );
}

export function summariseFindings(docs, findingsOf) {
  return summarise(docs.map((d) => scoreDocument(d.doc, findingsOf(d))));
}

/**
 * Out-of-fold probabilities: for each document, a model per group trained on the other documents — on the group's
 * candidates, or, `pooled`, on the candidates of every group (one model across the rules, which its rule features
 * tell apart), with the group's hyperparameters.
 */
export function outOfFold(docs, params, groups, pooled = false) {
  return docs.map((held, hi) => {
    const train = docs.filter((_, i) => i !== hi).flatMap((d) => d.candidates);
    const models = Object.fromEntries(
      groups.map((g) => [
        g,
        trainLogistic(
          train.filter((c) => (pooled ? c.group !== undefined : c.group === g)),
          params[g],
        ),
      ]),
    );
    return held.candidates.map((c) => (c.group && models[c.group] ? probability(models[c.group], c.features) : 1));
  });
}

/** The area under the ROC curve: the chance a right candidate scores above a wrong one (ties count half). */
export function auc(scored) {
  const pos = scored.filter((s) => s.label === 1);
  const neg = scored.filter((s) => s.label === 0);
  if (pos.length === 0 || neg.length === 0) return null;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p.p > n.p ? 1 : p.p === n.p ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/**
 * Out-of-fold probabilities by fold: the documents sharing `foldOf(doc)` are held out together (a batch of own
 * documents, or one document alone), each scored by models trained on every other fold's documents.
 */
export function outOfFoldBy(docs, foldOf, params, groups, pooled = false) {
  const folds = docs.map(foldOf);
  const probs = new Array(docs.length);
  for (const fold of new Set(folds)) {
    const train = docs.filter((_, i) => folds[i] !== fold).flatMap((d) => d.candidates);
    const models = Object.fromEntries(
      groups.map((g) => [
        g,
        trainLogistic(
          train.filter((c) => (pooled ? c.group !== undefined : c.group === g)),
          params[g],
        ),
      ]),
    );
    docs.forEach((held, i) => {
      if (folds[i] === fold)
        probs[i] = held.candidates.map((c) => (c.group && models[c.group] ? probability(models[c.group], c.features) : 1));
    });
  }
  return probs;
}

/** The batch each document of a folder came in: the commit that added it (git), by file name; empty without git. */
export function batchesByCommit(repoRoot, folder) {
  try {
    const out = execFileSync('git', ['log', '--diff-filter=A', '--format=@@%h', '--name-only', '--', folder], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    const batch = new Map();
    let commit = null;
    for (const line of out.split('\n')) {
      if (line.startsWith('@@')) commit = line.slice(2);
      else if (line.trim()) batch.set(line.trim().split('/').pop(), commit);
    }
    return batch;
  } catch {
    return new Map();
  }
}
