// weasel: vague sources of other shapes: reception ("is widely seen"), expertise, folklore, hearsay, "there is evidence that".
import { type SentenceContext } from '../../context';
import { namesSource } from '../../evidence';
import { sources } from '../../lexicon';
import type { Hit } from '../rule';
import {
  OPENING_CONJUNCTIONS,
  EVIDENCE_FILLERS,
  EVIDENCE_LINKS,
  EXISTENTIAL_FILLERS,
  EXISTENTIAL_VERBS,
  FOLK_MODIFIERS,
  GATHERING,
  HEARSAY_AUXILIARIES,
  OPINION_FRAMES,
  OPINION_VERBS,
  RESEARCH_ACTIVITY,
  SEEKING,
} from './words';

/** A verb of gathering in the clause before `k`. */
export function gatheredBefore(ctx: SentenceContext, k: number): boolean {
  for (let m = k - 1; m >= Math.max(0, k - 8); m--) {
    if (GATHERING.test(ctx.word(m))) return true;
    if (ctx.breakBefore(m) && m < k - 1 && OPENING_CONJUNCTIONS.has(ctx.word(m))) return false;
  }
  return false;
}

/** A comparison in the clause before `k`, whose target follows: "how they compare with", "compares our results with those of". */
export function comparedBefore(ctx: SentenceContext, k: number): boolean {
  for (let m = k - 1; m >= Math.max(0, k - 8); m--) {
    if (COMPARING.has(ctx.word(m))) return true;
    if (ctx.breakBefore(m) && m < k - 1 && OPENING_CONJUNCTIONS.has(ctx.word(m))) return false;
  }
  return false;
}

/** Verbs and nouns of comparing. */
const COMPARING = new Set([
  'compare',
  'compares',
  'compared',
  'comparing',
  'comparison',
  'comparisons',
  'benchmark',
  'benchmarks',
  'benchmarked',
]);

/** A verb of research activity within the next six words, before a break: "studies of the tax focus on". */
export function researchActivityAhead(ctx: SentenceContext, k: number): boolean {
  for (let m = k; m < Math.min(ctx.tokens.length, k + 6); m++) {
    if (m > k && ctx.breakBefore(m)) return false;
    if (RESEARCH_ACTIVITY.test(ctx.word(m))) return true;
  }
  return false;
}

/** The public-opinion phrase at [from, to) is the source of the claim, not its topic. */
export function opinionAsSource(ctx: SentenceContext, from: number, to: number): boolean {
  const next = ctx.word(to);
  // "conventional wisdom holds that", "popular belief has it", "the common view is that".
  if (
    !ctx.breakBefore(to) &&
    OPINION_VERBS.test(next) &&
    ((next !== 'has' && next !== 'had') || ctx.word(to + 1) === 'it') &&
    ((next !== 'is' && next !== 'was') || ctx.word(to + 1) === 'that')
  )
    return true;
  // "contrary to popular belief", "according to conventional wisdom", "in line with the received view", "despite public perception".
  const before = ctx.word(from - 1) === 'the' ? from - 2 : from - 1;
  return (
    OPINION_FRAMES.test(ctx.word(before)) &&
    (ctx.word(before) !== 'to' || /^(contrary|according|opposed)$/.test(ctx.word(before - 1))) &&
    (ctx.word(before) !== 'with' || ctx.word(before - 1) === 'line')
  );
}

/** A verb of receiving at i with a reception noun within three words and no named source after it ("from the BBC"); the index after the noun. */
export function receptionAt(ctx: SentenceContext, i: number): number | undefined {
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 4); k++) {
    if (ctx.breakBefore(k)) return undefined;
    if (sources.reception.has(ctx.word(k))) {
      const after = ctx.word(k + 1);
      if ((after === 'from' || after === 'by' || after === 'in') && namesSource(ctx, k + 2, Math.min(ctx.tokens.length, k + 6)))
        return undefined;
      return k + 1;
    }
  }
  return undefined;
}

/** An evidential verb at k with an object after it, its subject at `start` governed by no preposition: "statistics underscore the point"; not the noun of "for research data support". */
export function evidentialVerbAt(ctx: SentenceContext, start: number, k: number): { end: number } | undefined {
  const m = sources.evidentialVerbs.matchAt(ctx.tokens, k);
  if (!m || ctx.clauseEndsBefore(m.end)) return undefined;
  for (let b = start - 1; b >= Math.max(0, start - 3); b--) {
    if (ctx.breakBefore(b + 1)) break;
    if (ctx.lexTag(b) === 'Preposition' || /^(for|of|in|on|with|to|from|by|about)$/.test(ctx.word(b))) return undefined;
  }
  return m;
}

/** Unnamed expertise at i, not sought or given, and named by no source after it; the index after the phrase. */
export function expertiseAt(ctx: SentenceContext, i: number): number | undefined {
  const m = sources.unnamedExpertise.matchAt(ctx.tokens, i);
  if (!m) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (SEEKING.test(ctx.word(k))) return undefined;
  // "the cost of expert evidence", "the quality of expert advice": a thing measured, not leaned on ("on the basis of" leans).
  if (ctx.word(i - 1) === 'of' && /^(cost|costs|price|fees|quality|supply|use|lack|shortage|volume|amount)$/.test(ctx.word(i - 2)))
    return undefined;
  if (/^(from|of|by)$/.test(ctx.word(m.end)) && namesSource(ctx, m.end + 1, Math.min(ctx.tokens.length, m.end + 6))) return undefined;
  return m.end;
}

/** Whether a hit already covers the token starting at `start`. A loop, not hits.some(...): a callback would be a closure per call. */
export function covered(hits: readonly Hit[], start: number): boolean {
  for (let h = 0; h < hits.length; h++) if (hits[h].start <= start && start < hits[h].end) return true;
  return false;
}

/** "according to (local) legend", or a bare folklore noun as a teller: "Legend has it", "Local tradition holds"; the index after the cue. */
export function folkloreAt(ctx: SentenceContext, i: number): number | undefined {
  const w = ctx.word(i);
  const according = w === 'according' && ctx.word(i + 1) === 'to';
  // Asked at every word: most start no such phrase, and are passed before the clause test reads the gap before them.
  if (!according && !FOLK_MODIFIERS.has(w) && !sources.folklore.has(w)) return undefined;
  let k = according ? i + 2 : i;
  if (!according && !(i === 0 || ctx.breakBefore(i) || OPENING_CONJUNCTIONS.has(ctx.word(i - 1)))) return undefined;
  if (FOLK_MODIFIERS.has(ctx.word(k))) k++;
  if (!sources.folklore.has(ctx.word(k))) return undefined;
  if (according) return k + 1;
  // "Legend has it that", "Tradition claims", "rumours suggest"; not "Tradition is important to the town".
  if (ctx.word(k + 1) === 'has' && ctx.word(k + 2) === 'it') return k + 3;
  if (/^(holds|held|tells|told|relates|related)$/.test(ctx.word(k + 1))) return k + 2;
  const verb = sources.reportingVerbs.matchAt(ctx.tokens, k + 1);
  return verb ? verb.end : undefined;
}

/** "there" at i, forms of "be" and a few modifiers, then a hearsay noun with no named source after it ("from the UN"); the index after the noun. */
export function hearsayAt(ctx: SentenceContext, i: number): number | undefined {
  if (!EXISTENTIAL_VERBS.has(ctx.word(i + 1))) return undefined;
  for (let k = i + 2; k < Math.min(ctx.tokens.length, i + 8); k++) {
    if (ctx.breakBefore(k)) return undefined;
    const w = ctx.word(k);
    // "there is evidence that", "there are a wide range of statistics that", "there is no evidence of": evidence nobody is credited with.
    if (sources.unnamedEvidence.has(w)) {
      if (!EVIDENCE_LINKS.has(ctx.word(k + 1)) || ctx.breakBefore(k + 1)) return undefined;
      if (/^(from|by|in)$/.test(ctx.word(k + 2)) && namesSource(ctx, k + 3, Math.min(ctx.tokens.length, k + 7))) return undefined;
      return k + 1;
    }
    if (sources.hearsay.has(w)) {
      // "there is a report from the ombudsman", "there are claims by the union": the teller is named.
      if (/^(from|by|in)$/.test(ctx.word(k + 1)) && namesSource(ctx, k + 2, Math.min(ctx.tokens.length, k + 6))) return undefined;
      // "there is a claim for compensation", "there is a report to the board": a legal claim or a document, not hearsay.
      if (/^(for|to|on|against)$/.test(ctx.word(k + 1)) && !/^(rumou?rs?|speculation|allegations?|talk)$/.test(w)) return undefined;
      return k + 1;
    }
    if (!EXISTENTIAL_FILLERS.has(w) && !EVIDENCE_FILLERS.has(w)) return undefined;
  }
  return undefined;
}

/** After "learned" at k: "this the hard way", "it from experience", "by experience": how the lesson was learned. */
function learnedByExperience(ctx: SentenceContext, k: number): boolean {
  const m = /^(this|that|it)$/.test(ctx.word(k)) ? k + 1 : k;
  return (
    (ctx.word(m) === 'the' && ctx.word(m + 1) === 'hard' && ctx.word(m + 2) === 'way') ||
    (/^(from|by)$/.test(ctx.word(m)) && /^(experience|bitter)$/.test(ctx.word(m + 1)))
  );
}

/** "I was told that", "we have heard that", "I learned that", "asking around": the index after the cue, unless a source follows. */
export function firstPersonHearsayAt(ctx: SentenceContext, i: number): number | undefined {
  const w = ctx.word(i);
  if (w === 'asking') return ctx.word(i + 1) === 'around' ? i + 2 : undefined;
  let k = i + 1;
  while (k < i + 4 && HEARSAY_AUXILIARIES.test(ctx.word(k))) k++;
  const verb = ctx.word(k);
  if (!sources.firstPersonHearsay.has(verb)) return undefined;
  // "we told the board": the writer told someone; only the passive "we were told" is hearsay.
  if (verb === 'told' && !/^(was|were|am|are|been|'m|'re)$/.test(ctx.word(k - 1))) return undefined;
  const next = ctx.word(k + 1);
  if (/^(from|by)$/.test(next) && namesSource(ctx, k + 2, Math.min(ctx.tokens.length, k + 7))) return undefined;
  if (ctx.breakBefore(k + 1)) return undefined;
  // "I learned I had cancer", "we heard that we had won": news of the writer's own life, not a claim resting on an informant.
  const subject = next === 'that' ? k + 2 : k + 1;
  if (/^(i|we|my|our|me|us)$/.test(ctx.word(subject))) return undefined;
  // "I learned this the hard way", "we learned it from experience": a lesson of the writer's own experience, no informant.
  if (verb === 'learned' && learnedByExperience(ctx, k + 1)) return undefined;
  // "We have learned that the well-being of workers depends on high production": a lesson the writer's side has drawn,
  // not news from an informant ("I learned that the minister had resigned" still is).
  if (verb === 'learned' && ctx.word(k - 1) === 'have' && ctx.word(k - 2) === 'we') return undefined;
  // "we have learned that by working together we can …": a lesson of the writer's side, after a phrase that opens its clause.
  if (/^(by|when|if|once|with|without|through|in|after|unless|as)$/.test(ctx.word(subject)))
    for (let j = subject + 1; j < Math.min(ctx.tokens.length, subject + 8); j++) {
      if (/^(i|we)$/.test(ctx.word(j))) return undefined;
      if (ctx.isSubjectPronoun(j)) break;
    }
  const clause =
    next === 'that' || ctx.isSubjectPronoun(k + 1) || (verb !== 'told' && ctx.isName(k + 1) && ctx.lexTag(k + 2) !== 'Preposition');
  return clause ? k + 1 : undefined;
}
