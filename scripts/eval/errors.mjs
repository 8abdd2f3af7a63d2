// Error analysis for the engine: which cues it over-fires on, and which it misses.
import { STOP_WORDS } from './stopwords.mjs';
import { fnv1a, truncate } from './text.mjs';

/** Findings that can make a sentence count as uncertain / as a claim. */
const RULES_FOR_TASK = {
  uncertain: new Set(['hedge', 'hedge-stack', 'weasel', 'passive-attribution', 'speculation']),
  claim: new Set(['unsupported-claim']),
};

const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function tally(counter, key, example, extra = {}) {
  const entry = counter.get(key) ?? { ...extra, count: 0, example: truncate(example) };
  entry.count++;
  counter.set(key, entry);
}

// Most frequent first; among equals, hedge-lexicon entries first, then alphabetical, so the list is stable.
const top = (counter, limit) =>
  [...counter.values()]
    .sort(
      (a, b) =>
        b.count - a.count || (a.source === 'hedge lexicon' ? 0 : 1) - (b.source === 'hedge lexicon' ? 0 : 1) || a.cue.localeCompare(b.cue),
    )
    .slice(0, limit);

/** Unigrams and bigrams of a sentence, once each, lower-cased. */
export function ngrams(text) {
  const words = (text.toLowerCase().match(WORD) ?? []).map((word) => word.replace(/’/g, "'"));
  const grams = new Set(words);
  for (let i = 1; i < words.length; i++) grams.add(`${words[i - 1]} ${words[i]}`);
  return grams;
}

const NUMERIC = /^\p{N}/u;

/** Kept when it is a hedge-lexicon entry, or when none of its words is a stop word or a number. */
function isTelling(gram, hedgeLexicon) {
  return hedgeLexicon.has(gram) || gram.split(' ').every((word) => !STOP_WORDS.has(word) && !NUMERIC.test(word));
}

/** Longer findings (an unsupported-claim finding spans its whole sentence) say nothing about the cause. */
const MAX_CUE_WORDS = 4;

function tallyTellingGrams(counter, sentence, hedgeLexicon, extra = {}) {
  for (const gram of ngrams(sentence.text)) {
    if (!isTelling(gram, hedgeLexicon)) continue;
    tally(counter, `${extra.rule ?? ''}\u0000${gram}`, sentence.text, {
      ...extra,
      cue: gram,
      source: hedgeLexicon.has(gram) ? 'hedge lexicon' : 'n-gram',
    });
  }
}

/**
 * False positives: the engine's cues (finding text, lower-cased, per rule); where a sentence has no short
 * cue, its telling words under the rule "words". False negatives: the gold cues where the set has them
 * (CoNLL), otherwise the telling words of the missed sentences.
 * @param sentences [{ text, gold, cues? }]
 * @param predicted boolean[] for `task`
 * @param findings  per sentence, the engine's findings
 * @param hedgeLexicon Set of lower-cased hedge phrases from the published lexicons
 */
export function analyseErrors({ task, sentences, predicted, findings, limit, hedgeLexicon }) {
  const falsePositiveCues = new Map();
  const falseNegativeCues = new Map();
  const rules = RULES_FOR_TASK[task];
  const hasGoldCues = sentences.some((sentence) => sentence.cues);
  sentences.forEach((sentence, i) => {
    const gold = sentence.gold[task];
    if (predicted[i] && !gold) {
      const cues = findings[i].filter((finding) => rules.has(finding.rule) && finding.text.split(/\s+/).length <= MAX_CUE_WORDS);
      if (cues.length === 0) tallyTellingGrams(falsePositiveCues, sentence, hedgeLexicon, { rule: 'words' });
      for (const finding of cues) {
        const cue = finding.text.toLowerCase();
        tally(falsePositiveCues, `${finding.rule}\u0000${cue}`, sentence.text, { rule: finding.rule, cue });
      }
    } else if (!predicted[i] && gold) {
      if (!hasGoldCues) tallyTellingGrams(falseNegativeCues, sentence, hedgeLexicon);
      for (const cue of sentence.cues ?? []) {
        tally(falseNegativeCues, cue.toLowerCase(), sentence.text, { cue: cue.toLowerCase(), source: 'gold cue' });
      }
    }
  });
  return { falsePositiveCues: top(falsePositiveCues, limit), falseNegativeCues: top(falseNegativeCues, limit) };
}

/** A fixed sample of misclassified sentences (the same on every run), with the engine's cues for false positives. */
export function sampleErrors({ task, sentences, predicted, findings, count }) {
  const pick = (wanted) =>
    sentences
      .map((sentence, i) => ({ sentence, i }))
      .filter(({ sentence, i }) => wanted(predicted[i], sentence.gold[task]))
      .sort((a, b) => fnv1a(a.sentence.text) - fnv1a(b.sentence.text))
      .slice(0, count);
  const rules = RULES_FOR_TASK[task];
  return {
    falsePositives: pick((p, g) => p && !g).map(({ sentence, i }) => ({
      text: truncate(sentence.text, 200),
      cues: findings[i].filter((finding) => rules.has(finding.rule)).map((finding) => `${finding.rule}:${truncate(finding.text, 40)}`),
    })),
    falseNegatives: pick((p, g) => !p && g).map(({ sentence }) => ({
      text: truncate(sentence.text, 200),
      ...(sentence.cues ? { goldCues: sentence.cues } : {}),
    })),
  };
}
