// What makes a sentence a checkable claim: figures and statistics, trends, causal links,
// comparisons and rankings, absolute generalisations, forecasts and (strictly) dated facts.
import type { SentenceContext } from './context';
import { claimCues, statisticLevel, statisticNouns, type ClaimFeatureKind } from './lexicon';
import { lexiconTag } from './nlp';
import type { ClaimStrictness } from './types';

export interface ClaimFeature {
  kind: ClaimFeatureKind | 'figure' | 'dated-fact';
  start: number;
  end: number;
  level: ClaimStrictness;
  text: string;
}

const PERCENT = /\b\d+(?:[.,]\d+)*\s?(?:%|per ?cent\b|percent\b|percentage points?\b|pp\b)/giu;
const MONEY = /(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k)\b)?|\b\d[\d,.]*\s?(?:million|billion|trillion|bn)\b)/giu;
const NUMBER = /\b\d[\d,]*(?:\.\d+)?\b/gu;
const YEAR = /^(1[89]\d\d|20\d\d)$/;
const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
const MODALS_BEFORE = new Set(['to', 'should', 'must', 'can', 'could', 'would', 'may', 'might', 'shall', 'will', 'not']);

export function findClaimFeatures(ctx: SentenceContext): ClaimFeature[] {
  const out: ClaimFeature[] = [];
  const text = ctx.text;
  const add = (kind: ClaimFeature['kind'], start: number, end: number, level: ClaimStrictness) =>
    out.push({ kind, start, end, level, text: text.slice(start, end) });

  for (const re of [PERCENT, MONEY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) add('figure', m.index, m.index + m[0].length, 'lenient');
  }

  // Plain numbers count when they measure something: a statistic noun or a trend nearby.
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    if (out.some((f) => f.start <= m!.index && m!.index < f.end)) continue;
    const k = ctx.tokens.findIndex((t) => t.start <= m!.index && m!.index < t.end);
    if (k < 0) continue;
    const before = ctx.word(k - 1);
    const after = ctx.word(k + 1);
    if (YEAR.test(m[0]) || MONTHS.test(before) || MONTHS.test(after) || /^\d+(st|nd|rd|th)$/.test(ctx.word(k))) {
      if (YEAR.test(m[0])) add('dated-fact', m.index, m.index + m[0].length, 'strict');
      continue;
    }
    const near = [ctx.word(k + 1), ctx.word(k + 2), ctx.word(k + 3), before];
    if (near.some((w) => statisticNouns.has(w))) add('figure', m.index, m.index + m[0].length, statisticLevel);
    else add('figure', m.index, m.index + m[0].length, 'strict');
  }

  for (const m of claimCues.findAll(ctx.tokens)) {
    const { kind, group } = m.value;
    const prev = ctx.word(m.from - 1);
    const first = ctx.word(m.from);
    if (kind === 'trend' || kind === 'causal') {
      if (MODALS_BEFORE.has(prev)) continue; // "to increase", "should reduce": a goal, not a claim
      if (kind === 'causal' && first === 'due' && ['be', 'to'].includes(ctx.word(m.to))) continue; // "due to be held"
      if (ctx.isDeterminer(m.from - 1) && /ed$/.test(first)) continue; // "the reduced rate": an adjective
    }
    if (kind === 'prediction') {
      const subj = ctx.word(ctx.subjectBefore(m.from));
      if (subj === 'i' || subj === 'we' || subj === 'you' || ctx.endsWithQuestion()) continue;
    }
    add(kind, ctx.tokens[m.from].start, ctx.tokens[m.to - 1].end, group.level);
  }

  // Superlatives after "the": "the largest donor", "the most important".
  for (let i = 1; i < ctx.tokens.length; i++) {
    if (ctx.word(i - 1) === 'the' && lexiconTag(ctx.word(i)) === 'Superlative' && !out.some((f) => f.start <= ctx.tokens[i].start && ctx.tokens[i].start < f.end)) {
      add('comparison', ctx.tokens[i - 1].start, ctx.tokens[i].end, 'standard');
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const ORDER: ClaimStrictness[] = ['lenient', 'standard', 'strict'];

export function countsAt(feature: ClaimFeature, strictness: ClaimStrictness): boolean {
  return ORDER.indexOf(feature.level) <= ORDER.indexOf(strictness);
}

const NORMATIVE = /\b(should|must|ought to|need to|needs to|have to|has to|it is (?:essential|vital|crucial|necessary|imperative|important) (?:that|to)|(?:we|i) (?:recommend|urge|propose|call on|call for)|recommends? that|is recommended|are recommended|shall)\b/i;

/** A recommendation or obligation: "Member States should", "we recommend that". */
export function isNormative(ctx: SentenceContext): boolean {
  return NORMATIVE.test(ctx.text);
}

/**
 * The `claim` of the classify contract: checkable at the standard level, whatever evidence
 * it has. Questions are not claims; "studies show that ..." introduces one.
 */
export function isClaim(features: readonly ClaimFeature[], hits: readonly { rule: string; data?: Record<string, string> }[], question: boolean): boolean {
  if (question) return false;
  return features.some((f) => f.level !== 'strict') || hits.some((h) => h.rule === 'weasel' && /\b(show|shows|showed|shown|found|find|finds)\b/i.test(h.data?.cue ?? ''));
}
