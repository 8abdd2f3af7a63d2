// Precision / recall / F1 from a confusion matrix, as percentages with one decimal.

export function confusion(predicted, gold) {
  if (predicted.length !== gold.length) throw new Error(`${predicted.length} predictions for ${gold.length} labels`);
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i]) counts[gold[i] ? 'tp' : 'fp']++;
    else counts[gold[i] ? 'fn' : 'tn']++;
  }
  return counts;
}

/**
 * Scores with the conventions of the CoNLL-2010 scorer: a measure whose denominator is zero is 0
 * (no predictions means no precision to speak of, rather than a perfect one).
 */
export function prf({ tp, fp, fn, tn = 0 }) {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    tp,
    fp,
    fn,
    tn,
    precision: Math.round(precision * 1000) / 10,
    recall: Math.round(recall * 1000) / 10,
    f1: Math.round(f1 * 1000) / 10,
  };
}

export function score(predicted, gold) {
  return prf(confusion(predicted, gold));
}
