// The pipeline, per sentence: every rule's hits on one sentence, independent of document, settings and
// position (cached by sentence text), shaped so that one squiggle says one thing.
import { findClaimFeatures, isNormative, operativeClause, writerStance, type ClaimFeature, type WriterStance } from '../claims';
import { cueBit, SentenceContext } from '../context';
import { TELLING } from '../grammar';
import { findNamedSource, NAMED_SOURCE_CUE, type NamedSource } from '../evidence';
import { sources } from '../lexicon';
import { isSpace, ownCopy } from '../prose/buffer';
import { hasQuote, isForeignLanguage, isMostlyQuotation, opensWithAttributedQuote, quotations } from '../prose/structure';
import { policyOf, RULES, type Hit } from '../rules';
import type { RuleId, Span } from '../types';
import { NO_HITS } from './chunk';
import { RULE_BY_ID } from './shared';

export const SECOND_PERSON = /\byour?\b/i;

/** What one sentence yields on its own, independent of document, settings and position. */
export interface LocalResult {
  hits: (Hit & { rule: RuleId })[];
  namedSource: NamedSource | undefined;
  claimFeatures: ClaimFeature[];
  normative: boolean;
  /** The sentence tells its reader what to do: a recommendation, an instruction, "you". */
  instructs: boolean;
  /** A past act of a named actor ("Russia vetoed the panel"): the sentence narrates (see NARRATING_SHARE). */
  narrates: boolean;
  question: boolean;
  /** The writer's own stance that decides the sentence (an instruction, the document, the writer's method). */
  writerStance: WriterStance | undefined;
  /** Someone else's words (mostly a quotation) or another language than English: no rule applies. */
  reported: boolean;
  words: number;
}

// Sentence results depend only on the sentence text, so an edit re-analyses only the
// sentences it touched. Bounded so a long session cannot grow it without limit.
// About 3 KB an entry: 20,000 sentences (three 100k-word drafts) stay under 60 MB.
export const LOCAL_CACHE_LIMIT = 20_000;

export const localCache = new Map<string, LocalResult>();

export function analyzeSentenceText(text: string): LocalResult {
  const cached = localCache.get(text);
  if (cached) return cached;
  // The cache keeps its own copy: a slice would keep the whole prose of its document version alive.
  text = ownCopy(text);
  const ctx = new SentenceContext(text);
  const hits: LocalResult['hits'] = [];
  // A question asks, a quotation reports: neither is the writer's assertion (annotation guide, "Units").
  const question = ctx.endsWithQuestion();
  const reported = isMostlyQuotation(text) || isForeignLanguage(text) || opensWithAttributedQuote(text);
  const cued = !question && !reported && ctx.holds(LEXICAL_CUE);
  for (let r = 0; r < RULES.length; r++) {
    if (question || reported) break;
    const rule = RULES[r];
    const bit = RULE_CUE_BITS[r];
    if (bit !== 0 && !(cued && ctx.holds(bit))) continue;
    const id = rule.meta.id;
    const ruleHits = rule.check(ctx);
    for (let h = 0; h < ruleHits.length; h++) hits.push(withRule(ruleHits[h], id));
  }
  if (hits.length > 0) addClaimResting(ctx, hits);
  const result: LocalResult = {
    hits: hits.length > 1 ? claimsOutsideFrames(ctx, withinWriterText(text, hits)) : hits.length > 0 ? withinWriterText(text, hits) : hits,
    namedSource: ctx.holds(NAMED_SOURCE_CUE) ? findNamedSource(ctx) : undefined,
    claimFeatures: findClaimFeatures(ctx),
    normative: isNormative(ctx),
    instructs: false,
    narrates: false,
    question,
    writerStance: writerStance(ctx),
    reported,
    words: ctx.tokens.length,
  };
  // (a council's "CALLS ON Member States to …" directs others, not the reader)
  result.instructs = (result.normative && !operativeClause(ctx)) || result.writerStance === 'instruction' || SECOND_PERSON.test(text);
  // (a quotation attributed to a named speaker narrates too: "“…,” said Tusk")
  result.narrates = !question && namesActorActing(ctx, result.claimFeatures);
  if (localCache.size >= LOCAL_CACHE_LIMIT) localCache.delete(localCache.keys().next().value as string);
  localCache.set(text, result);
  return result;
}

/**
 * The hits as the writer's own words bound them: a cue inside quotation marks is someone else's
 * word, or a word mentioned ('The word "many" is vague'), not the writer's hedge or source, and is
 * dropped; a span that ends on a figure keeps its unit sign ("around 10%", not "around 10").
 */
export function withinWriterText(text: string, hits: LocalResult['hits']): LocalResult['hits'] {
  const quoted = hasQuote(text) ? quotations(text) : [];
  const kept: LocalResult['hits'] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    if (!policyOf(hit.rule).readsQuotations && quoted.some((q) => q.start <= hit.start && hit.start < q.end)) continue;
    const after = text.charCodeAt(hit.end);
    if ((after === 0x25 /* % */ || after === 0x2030) /* ‰ */ && isDigitCode(text.charCodeAt(hit.end - 1))) hit.end++;
    hit.end = closingBracketsEnd(text, hit.start, hit.end);
    kept.push(hit);
  }
  return kept;
}

/**
 * One squiggle says one thing: an unsupported claim does not take in the words of another finding
 * that frames it. A cue at the head of the sentence, set off by a comma, colon or dash or followed
 * by "that" ("According to sources, …", "Clearly, …", "Critics argue that …"), or a vague source
 * whose last word is its saying verb ("Some experts say …", "It is believed …"), leaves the claim
 * to start after it; a cue closing the sentence after a comma ("…, critics argue") leaves it to end
 * before; a cue set off on both sides in the middle ("The scheme, critics argue, never worked")
 * leaves it the side that states more of the claim; a frame heading a later clause ("With the
 * election over, it is clear that …") leaves it the words after, when all of the claim is there.
 * A cue that is no frame leaves the claim the clause that holds all of it (clauseApart); one inside
 * the claim's own clause ("many households are …") stays inside: a claim is one stretch of words.
 * When the frame's words were all there was to the claim ("Most economists agree that …"), the
 * frame's finding says it, and the claim goes.
 */
export function claimsOutsideFrames(ctx: SentenceContext, hits: LocalResult['hits']): LocalResult['hits'] {
  let claim: (Hit & { rule: RuleId }) | undefined;
  for (let h = 0; h < hits.length; h++) if (policyOf(hits[h].rule).sentenceClass === 'unsupported') claim = hits[h];
  if (!claim) return hits;
  const { tokens } = ctx;
  let dropped = false;
  for (let h = 0; h < hits.length; h++) {
    const cue = hits[h];
    if (cue === claim || cue.end <= claim.start || cue.start >= claim.end) continue;
    const first = tokenStartingAt(tokens, cue.start);
    let after = tokenAfter(tokens, cue.end);
    if (first < 0) continue;
    // "Diplomats say privately that …", "Officials told reporters that …": an adverb of the saying, or the one told,
    // stands between the frame and its "that".
    if (
      after + 1 < tokens.length &&
      ctx.word(after + 1) === 'that' &&
      (ctx.lexTag(after) === 'Adverb' || ctx.word(after).endsWith('ly') || TELLING.has(ctx.word(after - 1)))
    )
      after++;
    const lead = cue.start <= claim.start;
    const tail = cue.end >= claim.end || after >= tokens.length;
    let part: Span | undefined;
    // what follows a frame: "that", "how", a comma, or a vague source that ends with its verb
    const that = after < tokens.length && ctx.word(after) === 'that';
    const frames =
      after < tokens.length &&
      (that ||
        ctx.word(after) === 'how' ||
        ctx.word(after - 1) === 'that' ||
        ctx.breakBefore(after) ||
        policyOf(cue.rule).framesClaims === 'always' ||
        (policyOf(cue.rule).framesClaims === 'saying' && endsWithSayingVerb(ctx, first, after)));
    const rest = frames ? tokens[that && after + 1 < tokens.length ? after + 1 : after].start : -1;
    if (lead && after < tokens.length) {
      if (frames) part = { start: rest, end: claim.end };
    } else if (
      frames &&
      first > 0 &&
      ctx.breakBefore(first) &&
      featuresWithin(claim, { start: rest, end: claim.end }) === (claim.features?.length ?? -1)
    ) {
      // a frame heading a later clause, with all of the claim after it: "With software now a research product, it is easy to see how …"
      part = { start: rest, end: claim.end };
    } else if (tail && !lead && first > 0 && ctx.breakBefore(first)) {
      part = { start: claim.start, end: tokens[first - 1].end };
    } else if (!lead && !tail && first > 0 && ctx.breakBefore(first) && ctx.breakBefore(after)) {
      const before = { start: claim.start, end: tokens[first - 1].end };
      const behind = { start: tokens[after].start, end: claim.end };
      part = featuresWithin(claim, behind) >= featuresWithin(claim, before) ? behind : before;
    }
    // Not a frame ("Moscow wants to keep the war going, which led to …"): the clause that states all of the claim, when one does.
    part ??= clauseApart(ctx, claim, first, after);
    if (part && !RULE_BY_ID.get(claim.rule)!.narrow?.(claim, part.start, part.end)) dropped = true;
    if (dropped) break;
  }
  return dropped ? hits.filter((hit) => hit !== claim) : hits;
}

/** Every feature of the claim hit lies inside a shown vague source's words ("Many" of "Many observers say"). */
function featuresInsideSource(claim: LocalResult['hits'][number], hits: LocalResult['hits']): boolean {
  const features = claim.features ?? [];
  if (features.length === 0) return false;
  return hits.some(
    (source) =>
      policyOf(source.rule).claimWithoutSource &&
      source.cap !== 'hint' &&
      features.every((f) => f.start >= source.start && f.end <= source.end),
  );
}

/**
 * A vague source or a guess rests the sentence's claim on no named source ("Critics argue that the levy
 * failed"): when no claim feature made it a claim, the claim rule reports it as one (annotation guide:
 * `unsupported` is a claim without evidence, whoever it leans on).
 */
function addClaimResting(ctx: SentenceContext, hits: LocalResult['hits']): void {
  let on: LocalResult['hits'][number] | undefined;
  let narrative = -1;
  for (let h = 0; h < hits.length; h++) {
    const policy = policyOf(hits[h].rule);
    // (a claim that rests only on a past act counts only where the document narrates: the vague source's claim counts anywhere;
    // so does one whose only feature is the source's own quantifier, "Many observers say …", which the frame's finding says)
    if (policy.sentenceClass === 'unsupported' && (hits[h].narrative || featuresInsideSource(hits[h], hits))) narrative = h;
    else if (policy.sentenceClass === 'unsupported') return;
    // a shown finding's claim before a hint's ("Some utilities …" is a weak cue, "in order to protect" is not)
    if (policy.claimWithoutSource && (on === undefined || (on.cap === 'hint' && hits[h].cap !== 'hint'))) on = hits[h];
  }
  if (on === undefined) return;
  const onClass = policyOf(on.rule).sentenceClass;
  for (let r = 0; r < RULES.length; r++) {
    const hit = RULES[r].claimResting?.(ctx, on, onClass);
    if (!hit) continue;
    if (narrative >= 0) hits.splice(narrative, 1);
    hits.push(withRule(hit, RULES[r].meta.id));
    return;
  }
}

/**
 * The clause of the claim, after or before the cue's words, that holds every feature the claim rests
 * on: "Moscow wants to keep the war going, which led to a collapse in trade" → "which led to …";
 * "Rents rose by 9% in 2023, and the council clearly failed" → "Rents rose by 9% in 2023". Undefined
 * when the claim's features lie on both sides of the cue, or in the cue's own clause.
 */
export function clauseApart(ctx: SentenceContext, claim: Hit, first: number, after: number): Span | undefined {
  const features = claim.features ?? [];
  if (features.length === 0) return undefined;
  const { tokens } = ctx;
  for (let b = Math.max(after, 1); b < tokens.length && tokens[b].start < claim.end; b++) {
    if (tokens[b].start > claim.start && ctx.breakBefore(b) && features.every((f) => f.start >= tokens[b].start))
      return { start: tokens[b].start, end: claim.end };
  }
  for (let b = first; b > 0 && tokens[b - 1].end > claim.start; b--) {
    if (tokens[b - 1].end < claim.end && ctx.breakBefore(b) && features.every((f) => f.end <= tokens[b - 1].end))
      return { start: claim.start, end: tokens[b - 1].end };
  }
  return undefined;
}

/** The index of the token that starts at `offset`, or -1. */
export function tokenStartingAt(tokens: SentenceContext['tokens'], offset: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].start >= offset) return tokens[i].start === offset ? i : -1;
  return -1;
}

/** The index of the first token that starts at or after `offset` (tokens.length if none). */
export function tokenAfter(tokens: SentenceContext['tokens'], offset: number): number {
  let i = 0;
  while (i < tokens.length && tokens[i].start < offset) i++;
  return i;
}

/** Whether the words [from, to) end with a saying, showing or believing verb ("Some experts say"). */
export function endsWithSayingVerb(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (sources.anyAttributionVerb.matchAt(ctx.tokens, k)?.end === to) return true;
  return false;
}

export function featuresWithin(claim: Hit, span: Span): number {
  let n = 0;
  for (const f of claim.features ?? []) if (f.start >= span.start && f.end <= span.end) n++;
  return n;
}

export const MAX_BRACKET_LOOKAHEAD = 200;

/**
 * A span that leaves a bracket open ("… (see [Section 3") ends after the brackets that close it,
 * when only spaces (blanked markup: a link's target) stand between.
 */
export function closingBracketsEnd(text: string, start: number, end: number): number {
  // Most spans open no bracket: found natively, without a loop over their characters.
  const paren = text.indexOf('(', start);
  const square = text.indexOf('[', start);
  if ((paren < 0 || paren >= end) && (square < 0 || square >= end)) return end;
  let open = 0;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x28 || code === 0x5b) open++;
    else if ((code === 0x29 || code === 0x5d) && open > 0) open--;
  }
  let closed = end;
  for (let k = end; open > 0 && k < text.length && k - end < MAX_BRACKET_LOOKAHEAD; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x29 || code === 0x5d) {
      open--;
      closed = k + 1;
    } else if (!isSpace(code)) break;
  }
  return closed;
}

export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The hit with its rule's id: set in place, as every check returns hits of its own (a spread copy cost an object per hit). */
export function withRule(hit: Hit, rule: RuleId): Hit & { rule: RuleId } {
  (hit as Hit & { rule: RuleId }).rule = rule;
  return hit as Hit & { rule: RuleId };
}

// The cheap lexical pass (the context looks each word up once, see cueBit). Each rule names the
// words all its hits start from (Rule.cueWords) and is skipped on a sentence with none of them;
// a sentence with none of any rule's skips them all (unsupported-claim reads every sentence: the
// claim features are needed anyway). The index is built here from the rules' own declarations.
export const LEXICAL_CUE = cueBit(RULES.flatMap((rule) => (rule.cueWords ? [...rule.cueWords] : [])));

/** Per rule: the bit of its cue words, or 0 for a rule that reads every sentence. */
export const RULE_CUE_BITS = RULES.map((rule) => (rule.cueWords ? cueBit(rule.cueWords) : 0));

/** Whether any word of the sentence is a cue word of the lexicon. */
export function hasLexicalCue(ctx: SentenceContext): boolean {
  return ctx.holds(LEXICAL_CUE);
}

/** The sentence's result as a unit that is not running prose: no hits, no claim, no named source. */
export function asNonProse(local: LocalResult): LocalResult {
  return { ...local, hits: NO_HITS, namedSource: undefined, claimFeatures: [], normative: false, reported: true };
}

/** The sentence as the description of a labelled entry: its cues stay, it makes no claim. */
export function asEntry(local: LocalResult): LocalResult {
  if (local.claimFeatures.length === 0) return local;
  return { ...local, hits: local.hits.filter((hit) => policyOf(hit.rule).sentenceClass !== 'unsupported'), claimFeatures: [] };
}

/** The sentence tells a past act and names an actor (a person, a state, a party): "Bolsonaro won the runoff in 2018". */
function namesActorActing(ctx: SentenceContext, features: readonly ClaimFeature[]): boolean {
  let event = false;
  for (let f = 0; f < features.length; f++) if (features[f].kind === 'event') event = true;
  if (!event) return false;
  for (let k = 0; k < ctx.tokens.length; k++) if (ctx.isEntity(k)) return true;
  return false;
}
