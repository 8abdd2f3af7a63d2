// The pipeline: chunks → prose extraction → sentences → per-sentence rule hits (cached by
// sentence text) → chunk findings (evidence, settings, accepted terms, fixes; cached by
// chunk) → document assembly (offsets, directives, citation style).
import { findClaimFeatures, isClaim, isNormative, writerStance, type ClaimFeature, type WriterStance } from './claims';
import { cueBit, SentenceContext } from './context';
import { findNamedSource, NAMED_SOURCE_CUE, type NamedSource } from './evidence';
import { attributionContextOnly, attributionIntensifiers, attributionParticiples, attributionReputation, attributionVagueAgents, boosters, hedges, sources, speculation } from './lexicon';
import { citationFormKey, isCitationSite, placeFixes, planFixes, type DocumentFacts, type PlannedFix } from './fixes';
import { chunkDocument, citationStyleOf, hasFootnotes, Suppressions, type ChunkProse } from './prose';
import { isLetterOrDigit, isSpace, ownCopy } from './prose/buffer';
import { ChunkCache } from './prose/chunks';
import { hasQuote, isForeignLanguage, isMostlyQuotation, NON_PROSE_BLOCKS, quotationLeftOpen, quotations } from './prose/structure';
import { policyOf, RULES, type Hit, type Rule } from './rules';
import { narrowClaim } from './rules/unsupported-claim';
import { splitSentences } from './sentences';
import { DEFAULT_SETTINGS } from './settings';
import type {
  AnalyzeOptions,
  CitationKeys,
  Directive,
  DocumentAnalysis,
  DocumentSummary,
  EvidenceMarker,
  Finding,
  LanguageId,
  ProseDoc,
  RuleId,
  Sentence,
  SentenceClass,
  SentenceReport,
  Settings,
  Severity,
  Span,
} from './types';

const RULE_BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.meta.id, r]));
const ORDER = ['lenient', 'standard', 'strict'] as const;

const SECOND_PERSON = /\byour?\b/i;
/**
 * A document instructs its reader (guidance, a handbook, a policy) when at least this share of its running sentences,
 * and this many, tell the reader what to do. There, "Models may contain errors" states what can happen (Hit.generic).
 */
const INSTRUCTING_SHARE = 0.25;
const INSTRUCTING_MIN_SENTENCES = 8;

/** What one sentence yields on its own, independent of document, settings and position. */
interface LocalResult {
  hits: (Hit & { rule: RuleId })[];
  namedSource: NamedSource | undefined;
  claimFeatures: ClaimFeature[];
  normative: boolean;
  /** The sentence tells its reader what to do: a recommendation, an instruction, "you". */
  instructs: boolean;
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
const LOCAL_CACHE_LIMIT = 20_000;
const localCache = new Map<string, LocalResult>();

export function analyzeSentenceText(text: string): LocalResult {
  const cached = localCache.get(text);
  if (cached) return cached;
  // The cache keeps its own copy: a slice would keep the whole prose of its document version alive.
  text = ownCopy(text);
  const ctx = new SentenceContext(text);
  const hits: LocalResult['hits'] = [];
  // A question asks, a quotation reports: neither is the writer's assertion (annotation guide, "Units").
  const question = ctx.endsWithQuestion();
  const reported = isMostlyQuotation(text) || isForeignLanguage(text);
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
  const result: LocalResult = {
    hits: hits.length > 1 ? claimsOutsideFrames(ctx, withinWriterText(text, hits)) : hits.length > 0 ? withinWriterText(text, hits) : hits,
    namedSource: ctx.holds(NAMED_SOURCE_CUE) ? findNamedSource(ctx) : undefined,
    claimFeatures: findClaimFeatures(ctx),
    normative: isNormative(ctx),
    instructs: false,
    question,
    writerStance: writerStance(ctx),
    reported,
    words: ctx.tokens.length,
  };
  result.instructs = result.normative || result.writerStance === 'instruction' || SECOND_PERSON.test(text);
  if (localCache.size >= LOCAL_CACHE_LIMIT) localCache.delete(localCache.keys().next().value as string);
  localCache.set(text, result);
  return result;
}

/**
 * The hits as the writer's own words bound them: a cue inside quotation marks is someone else's
 * word, or a word mentioned ('The word "many" is vague'), not the writer's hedge or source, and is
 * dropped; a span that ends on a figure keeps its unit sign ("around 10%", not "around 10").
 */
function withinWriterText(text: string, hits: LocalResult['hits']): LocalResult['hits'] {
  const quoted = hasQuote(text) ? quotations(text) : [];
  const kept: LocalResult['hits'] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    if (!policyOf(hit.rule).readsQuotations && quoted.some((q) => q.start <= hit.start && hit.start < q.end)) continue;
    const after = text.charCodeAt(hit.end);
    if ((after === 0x25 /* % */ || after === 0x2030 /* ‰ */) && isDigitCode(text.charCodeAt(hit.end - 1))) hit.end++;
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
function claimsOutsideFrames(ctx: SentenceContext, hits: LocalResult['hits']): LocalResult['hits'] {
  let claim: (Hit & { rule: RuleId }) | undefined;
  for (let h = 0; h < hits.length; h++) if (policyOf(hits[h].rule).sentenceClass === 'unsupported') claim = hits[h];
  if (!claim) return hits;
  const { tokens } = ctx;
  let dropped = false;
  for (let h = 0; h < hits.length; h++) {
    const cue = hits[h];
    if (cue === claim || cue.end <= claim.start || cue.start >= claim.end) continue;
    const first = tokenStartingAt(tokens, cue.start);
    const after = tokenAfter(tokens, cue.end);
    if (first < 0) continue;
    const lead = cue.start <= claim.start;
    const tail = cue.end >= claim.end || after >= tokens.length;
    let part: Span | undefined;
    // what follows a frame: "that", "how", a comma, or a vague source that ends with its verb
    const that = after < tokens.length && ctx.word(after) === 'that';
    const frames = after < tokens.length && (that || ctx.word(after) === 'how' || ctx.word(after - 1) === 'that' || ctx.breakBefore(after) || (policyOf(cue.rule).framesClaims === 'always' || (policyOf(cue.rule).framesClaims === 'saying' && endsWithSayingVerb(ctx, first, after))));
    const rest = frames ? tokens[that && after + 1 < tokens.length ? after + 1 : after].start : -1;
    if (lead && after < tokens.length) {
      if (frames) part = { start: rest, end: claim.end };
    } else if (frames && first > 0 && ctx.breakBefore(first) && featuresWithin(claim, { start: rest, end: claim.end }) === (claim.features?.length ?? -1)) {
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
    if (part && !narrowClaim(claim, part.start, part.end)) dropped = true;
    if (dropped) break;
  }
  return dropped ? hits.filter((hit) => hit !== claim) : hits;
}

/**
 * The clause of the claim, after or before the cue's words, that holds every feature the claim rests
 * on: "Moscow wants to keep the war going, which led to a collapse in trade" → "which led to …";
 * "Rents rose by 9% in 2023, and the council clearly failed" → "Rents rose by 9% in 2023". Undefined
 * when the claim's features lie on both sides of the cue, or in the cue's own clause.
 */
function clauseApart(ctx: SentenceContext, claim: Hit, first: number, after: number): Span | undefined {
  const features = claim.features ?? [];
  if (features.length === 0) return undefined;
  const { tokens } = ctx;
  for (let b = Math.max(after, 1); b < tokens.length && tokens[b].start < claim.end; b++) {
    if (tokens[b].start > claim.start && ctx.breakBefore(b) && features.every((f) => f.start >= tokens[b].start)) return { start: tokens[b].start, end: claim.end };
  }
  for (let b = first; b > 0 && tokens[b - 1].end > claim.start; b--) {
    if (tokens[b - 1].end < claim.end && ctx.breakBefore(b) && features.every((f) => f.end <= tokens[b - 1].end)) return { start: claim.start, end: tokens[b - 1].end };
  }
  return undefined;
}

/** The index of the token that starts at `offset`, or -1. */
function tokenStartingAt(tokens: SentenceContext['tokens'], offset: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].start >= offset) return tokens[i].start === offset ? i : -1;
  return -1;
}

/** The index of the first token that starts at or after `offset` (tokens.length if none). */
function tokenAfter(tokens: SentenceContext['tokens'], offset: number): number {
  let i = 0;
  while (i < tokens.length && tokens[i].start < offset) i++;
  return i;
}

/** Whether the words [from, to) end with a saying, showing or believing verb ("Some experts say"). */
function endsWithSayingVerb(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (sources.anyAttributionVerb.matchAt(ctx.tokens, k)?.end === to) return true;
  return false;
}

function featuresWithin(claim: Hit, span: Span): number {
  let n = 0;
  for (const f of claim.features ?? []) if (f.start >= span.start && f.end <= span.end) n++;
  return n;
}

const MAX_BRACKET_LOOKAHEAD = 200;

/**
 * A span that leaves a bracket open ("… (see [Section 3") ends after the brackets that close it,
 * when only spaces (blanked markup: a link's target) stand between.
 */
function closingBracketsEnd(text: string, start: number, end: number): number {
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

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The hit with its rule's id: set in place, as every check returns hits of its own (a spread copy cost an object per hit). */
function withRule(hit: Hit, rule: RuleId): Hit & { rule: RuleId } {
  (hit as Hit & { rule: RuleId }).rule = rule;
  return hit as Hit & { rule: RuleId };
}

// The cheap lexical pass (the context looks each word up once, see cueBit). A sentence holding
// none of the lexicon's cue words (the first words of its phrases) skips every rule but
// unsupported-claim, which reads the claim features every sentence needs anyway. Each of
// those rules also names the words all its hits start from (Rule.cueWords), and is skipped
// on a sentence with none of its own; so is the search for a named source.
const LEXICAL_CUE = cueBit(lexicalCueWords());
/** Per rule: the bit of its cue words, or 0 for a rule that reads every sentence. */
const RULE_CUE_BITS = RULES.map((rule) => (rule.cueWords ? cueBit(rule.cueWords) : 0));

/** The words of the lists and phrase starts of the lexicon that the cued rules look up. */
function* lexicalCueWords(): Iterable<string> {
  yield* hedges.firstWords();
  yield* boosters.firstWords();
  yield* attributionParticiples.keys();
  yield* attributionContextOnly;
  yield* attributionIntensifiers;
  yield* attributionVagueAgents;
  yield* attributionReputation.firstWords();
  yield* sources.vagueHeads;
  yield* sources.publicOpinion.firstWords();
  yield* sources.hearsay;
  yield* sources.folklore;
  yield* sources.quantifiers.firstWords();
  yield* sources.vagueAdjectives;
  yield* sources.reportingVerbs.firstWords();
  yield* sources.anyAttributionVerb.firstWords();
  yield* sources.demonyms.firstWords();
  yield* speculation.purpose.firstWords();
  yield* speculation.intention.firstWords();
  yield* speculation.feeling;
  yield* speculation.feelingVerbs;
  yield* speculation.reportedFrames.firstWords();
}

/** Whether any word of the sentence is a cue word of the lexicon. */
export function hasLexicalCue(ctx: SentenceContext): boolean {
  return ctx.holds(LEXICAL_CUE);
}

export function resolveSettings(partial: Partial<Settings> | undefined): Settings {
  return {
    rules: { ...DEFAULT_SETTINGS.rules, ...(partial?.rules ?? {}) },
    acceptedTerms: partial?.acceptedTerms ?? DEFAULT_SETTINGS.acceptedTerms,
    claimStrictness: partial?.claimStrictness ?? DEFAULT_SETTINGS.claimStrictness,
    sensitivity: partial?.sensitivity ?? DEFAULT_SETTINGS.sensitivity,
  };
}

/** One sentence of a cached chunk: its report and its findings before document-level filters and fixes. */
interface ChunkSentence {
  report: Omit<SentenceReport, 'findings'>;
  findings: PlannedFinding[];
  words: number;
  /** The sentence as a document that instructs its reader reads it, when its generic hedges then drop (Hit.generic). */
  ifInstructing?: { class: SentenceClass; uncertain: boolean };
}

/** `measured`: an unsupported claim of a measurement (a figure, a trend, a comparison), which a document of its own analysis answers itself (see assemble). */
type PlannedFinding = Omit<Finding, 'fixes'> & { fixes: PlannedFix[]; measured?: boolean; generic?: boolean };

/**
 * A chunk's analysis with offsets relative to the chunk. What depends on the rest
 * of the document (directives, the citation style and footnote labels behind the
 * citation fix, the chunk's position) is applied at assembly, never cached.
 */
interface ChunkAnalysis {
  sentences: ChunkSentence[];
  directives: Directive[];
  footnoteLabels: string[];
  bracketCitations: boolean;
  footnotes: boolean;
  /** Whether a finding offers a citation, whose form depends on the document. */
  cites: boolean;
  /** Whether the chunk shows the document doing its own analysis: a table of figures, "Table 2 shows", "we estimate". */
  ownAnalysis: boolean;
  /** Running sentences, and those of them that tell the reader what to do (see INSTRUCTING_SHARE). */
  running: number;
  instructing: number;
  /** The chunk's latest placement in a document, reused while its place and the citation form stay. */
  placement?: Placement;
}

interface Placement {
  shift: number;
  ownAnalysis: boolean;
  instructs: boolean;
  citationForm: string;
  reports: SentenceReport[];
  findings: Finding[];
  words: number;
}

// A keystroke re-analyses only the chunk it touched; the other chunks come from here.
// One cache per settings (the latest few), each bounded by the characters of its chunks.
const CHUNK_CACHE_CHARACTERS = 4_000_000;
const MAX_SETTINGS_CACHES = 4;
const chunkCaches = new Map<string, ChunkCache<ChunkAnalysis>>();

export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const steps = analyzeDocumentInSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How far a stepwise analysis has come, in characters of the document. */
export interface AnalysisProgress {
  analysed: number;
  total: number;
}

/**
 * analyzeDocument in steps of about `stepCharacters` of chunks that are not cached
 * yet: between steps the caller may let other work run (an editor server answers
 * hovers and other documents). The analysis is the generator's return value; a
 * caller that stops early keeps the chunks analysed so far in the cache.
 */
export function* analyzeDocumentInSteps(text: string, options: AnalyzeOptions = {}, stepCharacters = Infinity): Generator<AnalysisProgress, DocumentAnalysis, void> {
  const settings = resolveSettings(options.settings);
  const structure = options.readStructure ?? true;
  const bibliography = options.bibliography;
  const cache = chunkCacheFor(settings, structure, bibliography?.id);
  const { language, chunks, contexts, extract } = chunkDocument(text, options.languageId ?? 'plaintext', structure);
  const textOf = (index: number) => text.slice(chunks[index].start, chunks[index].end);
  const analyses = contexts.map((context, index) => cache.get(textOf(index), context));
  const missing = chunks.flatMap((_, index) => (analyses[index] ? [] : [index]));
  let analysed = text.length - missing.reduce((sum, index) => sum + textOf(index).length, 0);
  for (let from = 0; from < missing.length; ) {
    let to = from + 1;
    for (let size = textOf(missing[from]).length; to < missing.length && size + textOf(missing[to]).length <= stepCharacters; to++) size += textOf(missing[to]).length;
    const batch = missing.slice(from, to);
    extract(batch).forEach((prose, k) => {
      const chunkText = textOf(batch[k]);
      // Its own copy: findings quote it, and must not keep this version of the document alive.
      const analysis = analyzeChunk(ownCopy(chunkText), prose, language, settings, bibliography);
      analyses[batch[k]] = analysis;
      cache.set(chunkText, contexts[batch[k]], analysis);
      analysed += chunkText.length;
    });
    from = to;
    if (from < missing.length) yield { analysed, total: text.length };
  }
  return assemble(text, language, chunks, analyses as ChunkAnalysis[], bibliography !== undefined);
}

function chunkCacheFor(settings: Settings, structure: boolean, bibliography: string | undefined): ChunkCache<ChunkAnalysis> {
  const key = `${structure ? 's' : 'u'}${bibliography === undefined ? '' : `b${bibliography}`}${JSON.stringify(settings)}`;
  let cache = chunkCaches.get(key);
  if (cache) {
    chunkCaches.delete(key); // most recently used last
  } else {
    cache = new ChunkCache<ChunkAnalysis>(CHUNK_CACHE_CHARACTERS);
    if (chunkCaches.size >= MAX_SETTINGS_CACHES) chunkCaches.delete(chunkCaches.keys().next().value as string);
  }
  chunkCaches.set(key, cache);
  return cache;
}

function analyzeChunk(source: string, chunk: ChunkProse, languageId: LanguageId, settings: Settings, bibliography?: CitationKeys): ChunkAnalysis {
  const doc: ProseDoc = { source, prose: chunk.prose, languageId, blocks: chunk.blocks, markers: chunk.markers, directives: chunk.directives, citationStyle: 'none', footnoteLabels: [] };
  const sentences = splitSentences(doc);
  const keyCheck = bibliography ? checkCitationKeys(source, doc.markers, bibliography) : undefined;
  const markersBySentence = assignMarkers(keyCheck ? keyCheck.evidence : doc.markers, sentences, doc);
  const unknownBySentence = keyCheck && keyCheck.unknown.length > 0 ? assignMarkers(keyCheck.unknown, sentences, doc) : undefined;
  const unknownSeverity = CITATION_RULE ? severityOf(CITATION_RULE.meta.id, settings) : 'off';
  // Headings, captions, table cells and block quotes are not the writer's running prose: no rule applies.
  const locals = sentences.map((s) => {
    const local = analyzeSentenceText(s.text);
    return NON_PROSE_BLOCKS.has(doc.blocks[s.blockIndex]?.kind) ? asNonProse(local) : local;
  });
  quotedRuns(sentences, locals);
  const evidenceBySentence = paragraphEvidence(sentences, markersBySentence, locals);
  const accepted = settings.acceptedTerms.map((t) => t.toLowerCase());
  const thorough = settings.sensitivity === 'thorough';

  // Indexed loops and no per-sentence closures: most of this runs once per document, in the interpreter.
  const analysed: ChunkSentence[] = [];
  let running = 0;
  let instructing = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const local = locals[si];
    const { hits } = local;
    const evidence = evidenceBySentence[si];
    const sentenceClass = classify(local, evidence, settings);
    const findings: PlannedFinding[] = [];

    // Most sentences have no hit: nothing below runs for them.
    const shown = hits.length === 0 ? NO_SHOWN : hits.map((hit) => isShown(hit, evidence, local.namedSource !== undefined, settings, thorough));
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h];
      if (!shown[h]) continue;
      // "might possibly" is a stack, "It could be argued" a frame asking "by whom?", "Some research suggests" a vague
      // source: one finding on those words says it, the hedge inside is not a second one (unless that one is not shown).
      if (yieldsToShown(hit, hits, shown)) continue;
      const rule = RULE_BY_ID.get(hit.rule)!;
      const severity = capped(severityOf(hit.rule, settings), hit.cap) as Exclude<Severity, 'off'>;
      if (hit.reportsWork && citesWork(markersBySentence[si])) continue;
      const start = s.start + hit.start;
      const end = s.start + hit.end;
      const flagged = source.slice(start, end);
      if (isAccepted(accepted, flagged, s.text, hit)) continue;
      findings.push({
        rule: hit.rule,
        start,
        end,
        text: flagged,
        severity,
        messageId: hit.messageId,
        message: format(rule.meta.messages[hit.messageId], hit.data),
        explanation: explain(hit, sentenceClass, markersBySentence[si]),
        category: hit.category,
        alternatives: hit.alternatives,
        fixes: planFixes(fixKindsFor(hit.fixes, evidence), {
          source,
          sentence: { start: s.start, end: s.end },
          finding: {
            start,
            end,
            text: flagged,
            parts: hit.parts?.map((p) => ({ start: s.start + p.start, end: s.start + p.end })),
            rewrite: hit.rewrite && { start: s.start + hit.rewrite.start, end: s.start + hit.rewrite.end, plain: hit.rewrite.plain, snippet: hit.rewrite.snippet, shown: hit.rewrite.shown },
            removal: hit.removal && { start: s.start + hit.removal.start, end: s.start + hit.removal.end },
          },
        }),
        sentence: { start: s.start, end: s.end, class: sentenceClass },
        measured: policyOf(hit.rule).sentenceClass === 'unsupported' && (hit.data?.measured === 'yes' || computes(source, s)),
        generic: hit.generic,
      });
    }
    if (unknownBySentence && unknownSeverity !== 'off') {
      for (const m of unknownBySentence[si]) findings.push(unknownCitationFinding(m, source, unknownSeverity, s, sentenceClass));
    }
    // In reading order once here, so the document-wide sort at assembly runs over sorted input.
    if (findings.length > 1) findings.sort(byPosition);
    const sentence: ChunkSentence = {
      report: {
        start: s.start,
        end: s.end,
        text: s.text,
        class: sentenceClass,
        uncertain: hasUncertainHit(hits),
        claim: isClaim(local.claimFeatures, sourceCues(hits), local.question || local.reported),
        evidence,
      },
      findings,
      words: local.words,
    };
    if (findings.some((f) => f.generic)) {
      const kept = { ...local, hits: hits.filter((h) => !h.generic) };
      sentence.ifInstructing = { class: classify(kept, evidence, settings), uncertain: hasUncertainHit(kept.hits) };
    }
    analysed.push(sentence);
    if (!local.reported && !local.question) {
      running++;
      if (local.instructs) instructing++;
    }
  }
  return {
    sentences: analysed,
    directives: chunk.directives,
    footnoteLabels: chunk.footnoteDefinitions.map((f) => f.label),
    bracketCitations: chunk.bracketCitations,
    footnotes: hasFootnotes(chunk),
    cites: analysed.some((sentence) => sentence.findings.some((finding) => finding.fixes.some(isCitationSite))),
    ownAnalysis: showsOwnAnalysis(doc, locals),
    running,
    instructing,
  };
}

const NO_HITS: LocalResult['hits'] = [];

/** The key the "Add a citation" quick fix leaves (see fixes.ts). */
const PLACEHOLDER_KEY = 'key';

/**
 * The chunk's citation markers checked against the bibliography: `evidence`, every marker but the
 * citations whose keys are all unknown; `unknown`, one span per unknown key (label: the key).
 * Only keyed citations are checked ([@key], @key, \cite{key}, {cite}`key`), not "(Source: …)" notes.
 */
function checkCitationKeys(source: string, markers: readonly EvidenceMarker[], bibliography: CitationKeys): { evidence: EvidenceMarker[]; unknown: EvidenceMarker[] } {
  const evidence: EvidenceMarker[] = [];
  const unknown: EvidenceMarker[] = [];
  for (const m of markers) {
    const first = source[m.start];
    const keyed = m.kind === 'citation' && (first === '@' || first === '\\' || first === '{' || ((first === '[' || first === '-') && source.slice(m.start, m.end).includes('@')));
    if (!keyed) {
      evidence.push(m);
      continue;
    }
    let known = false;
    let from = m.start;
    for (const raw of m.label.split(',')) {
      const key = raw.trim().replace(/^\{|\}$/g, '');
      if (!key) continue;
      const at = source.indexOf(key, from);
      const start = at >= 0 && at < m.end ? at : m.start;
      if (at >= 0 && at < m.end) from = at + key.length;
      if (bibliography.has(key)) known = true;
      else unknown.push({ kind: 'citation', start, end: start === m.start && at !== start ? m.end : start + key.length, label: key });
    }
    if (known) evidence.push(m);
  }
  return { evidence, unknown };
}

/** The rule that reads citation keys against the bibliography (Rule.unknownKey), if any. */
const CITATION_RULE = RULES.find((rule) => rule.unknownKey !== undefined);

function unknownCitationFinding(m: EvidenceMarker, source: string, severity: Exclude<Severity, 'off'>, s: Span, sentenceClass: SentenceClass): PlannedFinding {
  const rule = CITATION_RULE!;
  const said = rule.unknownKey!(m.label, m.label === PLACEHOLDER_KEY);
  return {
    rule: rule.meta.id,
    start: m.start,
    end: m.end,
    text: source.slice(m.start, m.end),
    severity,
    messageId: said.messageId,
    message: format(rule.meta.messages[said.messageId], { key: m.label }),
    explanation: said.explanation,
    category: said.category,
    alternatives: [],
    fixes: [],
    // A citation after the full stop belongs to the sentence it follows: the span covers both.
    sentence: { start: Math.min(s.start, m.start), end: Math.max(s.end, m.end), class: sentenceClass },
  };
}

/**
 * The fixes a finding offers in its sentence: a hedge is taken away only where the sentence carries
 * evidence (the claim then rests on it), and a citation is offered only where there is none yet.
 */
function fixKindsFor(kinds: Hit['fixes'], evidence: boolean): Hit['fixes'] {
  if (evidence ? !kinds.includes('cite') && !kinds.includes('cite-basis') : !kinds.includes('remove-hedge')) return kinds;
  return kinds.filter((kind) => (evidence ? kind !== 'cite' && kind !== 'cite-basis' : kind !== 'remove-hedge'));
}

const DIGIT = /\d/;
/** A number standing as a figure in a table cell ("12.5", "$1,200", "45%"), not part of a name ("GPLv3"). */
const FIGURE_IN_CELL = /(?<![\p{L}\d.])[$€£¥]?\d[\d,.]*%?(?![\p{L}\d])/gu;
/** A year standing alone: a table of dates (a timeline, a list of versions by year) holds no figures of the writer's analysis. */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** How many figures a document's tables must hold to be a table of its own figures, not a table that mentions a version or a year. */
const TABLE_FIGURES = 3;
/** Inline code that prints a result into the prose (R Markdown and Quarto: `r x`, `{r} x`). */
const INLINE_RESULT = /`(?:\{r\}|r)\s/;
/** A code chunk of R Markdown or Quarto: the document computes its own results. */
const CODE_CHUNK = /^\s*```+\s*\{r\b/m;

/** Whether the sentence's figure is printed by inline code: a result the document computes itself. */
function computes(source: string, sentence: Span): boolean {
  return source.includes('`') && INLINE_RESULT.test(source.slice(sentence.start, sentence.end));
}
/**
 * The document carries out its own analysis (annotation guide: "the writer's own analysis means
 * analysis the document itself carries out (its model, data, survey, charts)"): it holds a table
 * of figures (a few numbers standing alone in its cells, not a "GPLv3" or a year), its prose
 * reads its own exhibits or methods ("Table 2 shows", "we estimate"), or it computes its results
 * in code (R Markdown or Quarto chunks, inline `r …`). A document describing itself ("This report
 * recommends…") or naming its terms ("we use the term…") carries out no analysis.
 */
function showsOwnAnalysis(doc: ProseDoc, locals: readonly LocalResult[]): boolean {
  for (let i = 0; i < locals.length; i++) if (locals[i].writerStance === 'exhibit' || locals[i].writerStance === 'own-method') return true;
  let figures = 0;
  for (const block of doc.blocks) {
    if (block.kind !== 'table-cell' || !DIGIT.test(doc.prose.slice(block.start, block.end))) continue;
    const cell = doc.prose.slice(block.start, block.end);
    FIGURE_IN_CELL.lastIndex = 0;
    for (let m = FIGURE_IN_CELL.exec(cell); m; m = FIGURE_IN_CELL.exec(cell)) if (!YEAR.test(m[0]) && ++figures >= TABLE_FIGURES) return true;
  }
  // R Markdown or Quarto that computes its results in code chunks or prints them inline
  return doc.source.includes('`') && (CODE_CHUNK.test(doc.source) || INLINE_RESULT.test(doc.source));
}

/**
 * A quotation that runs over several sentences of a paragraph ('She wrote: "Sales fell. Critics call it spyware."'):
 * the sentences after the one that opens it are quoted, up to the one that closes it.
 */
function quotedRuns(sentences: readonly Sentence[], locals: LocalResult[]): void {
  let closer = '';
  for (let si = 0; si < sentences.length; si++) {
    const text = sentences[si].text;
    if (closer !== '' && sentences[si - 1].blockIndex !== sentences[si].blockIndex) closer = '';
    if (closer !== '') {
      locals[si] = asNonProse(locals[si]);
      const at = text.indexOf(closer);
      closer = at < 0 ? closer : quotationLeftOpen(text.slice(at + 1));
      continue;
    }
    closer = hasQuote(text) ? quotationLeftOpen(text) : '';
  }
}

/** The sentence's result as a unit that is not running prose: no hits, no claim, no named source. */
function asNonProse(local: LocalResult): LocalResult {
  return { ...local, hits: NO_HITS, namedSource: undefined, claimFeatures: [], normative: false, reported: true };
}

function byPosition(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Whether the hit lies inside one of the spans. */
const NO_SHOWN: boolean[] = [];

/** Whether the hit becomes a finding here: its rule on, not a hint unless thorough, not answered by evidence or a named source, within the claim strictness. */
function isShown(hit: LocalResult['hits'][number], evidence: boolean, namedSource: boolean, settings: Settings, thorough: boolean): boolean {
  const meta = RULE_BY_ID.get(hit.rule)!.meta;
  if (capped(severityOf(hit.rule, settings), hit.cap) === 'off') return false;
  // Weak cues (capped at hint) are right too rarely on real drafts to show by default.
  if (hit.cap === 'hint' && !thorough) return false;
  if (meta.silencedByEvidence && evidence) return false;
  if (meta.silencedByAttribution && namedSource) return false;
  return !(hit.level && ORDER.indexOf(hit.level) > ORDER.indexOf(settings.claimStrictness));
}

/** A shown finding of a rule this one yields to covers its words. */
function yieldsToShown(hit: LocalResult['hits'][number], hits: LocalResult['hits'], shown: readonly boolean[]): boolean {
  const yieldsTo = policyOf(hit.rule).yieldsTo;
  if (!yieldsTo) return false;
  for (let k = 0; k < hits.length; k++) if (shown[k] && hits[k] !== hit && yieldsTo.includes(hits[k].rule) && hits[k].start <= hit.start && hit.end <= hits[k].end) return true;
  return false;
}

/** The cues of the vague sources that introduce what follows with a verb ("studies show"): they introduce a claim. */
function sourceCues(hits: LocalResult['hits']): string[] {
  const cues: string[] = [];
  for (let h = 0; h < hits.length; h++) if (policyOf(hits[h].rule).framesClaims === 'saying') cues.push(hits[h].data?.cue ?? '');
  return cues;
}

function hasUncertainHit(hits: LocalResult['hits']): boolean {
  for (let h = 0; h < hits.length; h++) if (policyOf(hits[h].rule).marksUncertain) return true;
  return false;
}

/** The chunks' analyses moved to their places, with the document-level facts applied. */
function assemble(source: string, languageId: LanguageId, chunks: readonly Span[], analyses: readonly ChunkAnalysis[], hasBibliography = false): DocumentAnalysis {
  const directives: Directive[] = [];
  const footnoteLabels: string[] = [];
  let bracketCitations = false;
  let footnotes = false;
  analyses.forEach((analysis, index) => {
    const shift = chunks[index].start;
    for (const d of analysis.directives) directives.push({ ...d, start: d.start + shift, end: d.end + shift });
    footnoteLabels.push(...analysis.footnoteLabels);
    bracketCitations ||= analysis.bracketCitations;
    footnotes ||= analysis.footnotes;
  });
  const suppressions = new Suppressions(directives, source);
  // A Markdown document with a bibliography cites with keys (Pandoc), whatever it holds so far.
  const citationStyle = hasBibliography && languageId === 'markdown' ? 'pandoc' : citationStyleOf(languageId, bracketCitations, footnotes);
  const facts: DocumentFacts = { languageId, citationStyle, footnoteLabels, source };

  const formKey = citationFormKey(facts);
  // In a document of its own analysis, a claim of a measurement (a figure, a trend, a comparison) is the writer's result: the document is its evidence.
  const ownAnalysis = analyses.some((analysis) => analysis.ownAnalysis);
  let running = 0;
  let instructing = 0;
  for (const analysis of analyses) (running += analysis.running), (instructing += analysis.instructing);
  const instructs = running >= INSTRUCTING_MIN_SENTENCES && instructing >= INSTRUCTING_SHARE * running;

  const reports: SentenceReport[] = [];
  const findings: Finding[] = [];
  let words = 0;
  analyses.forEach((analysis, index) => {
    const shift = chunks[index].start;
    // A chunk before an edit keeps its place: its last placement still holds.
    const citationForm = analysis.cites ? formKey : '';
    const last = analysis.placement;
    if (suppressions.empty && last && last.shift === shift && last.citationForm === citationForm && last.ownAnalysis === ownAnalysis && last.instructs === instructs) {
      reports.push(...last.reports);
      findings.push(...last.findings);
      words += last.words;
      return;
    }
    const placement: Placement = { shift, ownAnalysis, instructs, citationForm, reports: [], findings: [], words: 0 };
    for (let si = 0; si < analysis.sentences.length; si++) {
      const sentence = analysis.sentences[si];
      const placed: Finding[] = [];
      for (let fi = 0; fi < sentence.findings.length; fi++) {
        const f = sentence.findings[fi];
        if (suppressions.has(f.rule, f.start + shift)) continue;
        if (ownAnalysis && f.measured) continue;
        if (instructs && f.generic) continue;
        const finding: Finding = {
          rule: f.rule,
          start: f.start + shift,
          end: f.end + shift,
          text: f.text,
          severity: f.severity,
          messageId: f.messageId,
          message: f.message,
          explanation: f.explanation,
          category: f.category,
          alternatives: f.alternatives,
          fixes: placeFixes(f.fixes, shift, facts),
          sentence: { start: f.sentence.start + shift, end: f.sentence.end + shift, class: f.sentence.class },
        };
        placed.push(finding);
        placement.findings.push(finding);
      }
      const r = sentence.report;
      const read = instructs && sentence.ifInstructing ? sentence.ifInstructing : r;
      placement.reports.push({ start: r.start + shift, end: r.end + shift, text: r.text, class: read.class, uncertain: read.uncertain, claim: r.claim, evidence: r.evidence, findings: placed });
      placement.words += sentence.words;
    }
    reports.push(...placement.reports);
    findings.push(...placement.findings);
    words += placement.words;
    if (suppressions.empty) analysis.placement = placement;
  });
  findings.sort(byPosition);
  return { findings, sentences: reports, summary: summarize(reports, findings, words) };
}

const WEIGHT = ['off', 'hint', 'information', 'warning', 'error'] as const;

function capped(severity: Severity, cap: Hit['cap']): Severity {
  return cap && WEIGHT.indexOf(cap) < WEIGHT.indexOf(severity) ? cap : severity;
}

function severityOf(rule: RuleId, settings: Settings): Severity {
  return settings.rules[rule] ?? RULE_BY_ID.get(rule)!.meta.defaultSeverity;
}

function classify(local: LocalResult, evidence: boolean, settings: Settings): SentenceClass {
  if (evidence) return 'evidence';
  if (local.namedSource) return 'attributed';
  let vagueSource = false;
  let speculative = false;
  let unsupported = false;
  for (let h = 0; h < local.hits.length; h++) {
    const { rule, level } = local.hits[h];
    const implied = policyOf(rule).sentenceClass;
    if (implied === 'vague-source') vagueSource = true;
    else if (implied === 'speculative') speculative = true;
    else if (implied === 'unsupported' && ORDER.indexOf(level ?? 'lenient') <= ORDER.indexOf(settings.claimStrictness)) unsupported = true;
  }
  if (vagueSource) return 'vague-source';
  if (speculative) return 'speculative';
  if (unsupported) return 'unsupported';
  if (local.normative) return 'normative';
  return 'neutral';
}

/** The sentence carries a marker that points to a source: a citation, footnote or link (not a note on the writer's own data). */
function citesWork(markers: readonly EvidenceMarker[]): boolean {
  for (let m = 0; m < markers.length; m++) if (markers[m].kind !== 'own-data') return true;
  return false;
}

/** Each marker belongs to the sentence that holds it, or to the sentence it directly follows in its block. */
function assignMarkers(markers: readonly EvidenceMarker[], sentences: readonly Sentence[], doc: ProseDoc): EvidenceMarker[][] {
  const out: EvidenceMarker[][] = sentences.map(() => []);
  const sorted = [...markers].sort((a, b) => a.start - b.start);
  let si = 0;
  for (const m of sorted) {
    while (si + 1 < sentences.length && sentences[si + 1].start <= m.start) si++;
    if (sentences.length === 0) break;
    const s = sentences[si];
    // A citation that opens a sentence ("@lee2019 show that…", "\citet{lee2019} find…") or stands
    // before a paragraph's first sentence belongs to the sentence it opens, not to the one before.
    const next = m.start < s.start ? si : si + 1;
    const previous = next > 0 ? sentences[next - 1] : undefined;
    if (next < sentences.length && opensSentence(m, sentences[next], previous, doc)) {
      out[next].push(m);
      continue;
    }
    if (m.start >= s.start && (m.start < s.end || si + 1 >= sentences.length || sentences[si + 1].blockIndex !== s.blockIndex || m.start < sentences[si + 1].start)) {
      out[si].push(m);
    }
  }
  return out;
}

/** A narrative citation in the source: "@key" (Pandoc) or "\citet{key}", "\textcite{key}", "\citeauthor{key}" (LaTeX). */
const NARRATIVE_CITATION = /^(?:-?@|\\(?:[Cc]itet|[Tt]extcite|[Cc]iteauthor|citealt)\b)/;
/** Only blanks (spaces, line breaks and the blanked markup of the prose) between a marker and what follows it. */
const ONLY_BLANKS = /^\s*$/;
/** A blank line: a marker after one stands in the next paragraph. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/**
 * Whether the marker opens the sentence: nothing but blanks between them, and the marker either
 * stands before the document's first sentence or past the end of the previous sentence's
 * paragraph, or is a narrative citation, which is the subject of what follows.
 */
function opensSentence(m: EvidenceMarker, sentence: Sentence, previous: Sentence | undefined, doc: ProseDoc): boolean {
  if (m.end > sentence.start || !ONLY_BLANKS.test(doc.prose.slice(m.end, sentence.start))) return false;
  if (previous === undefined) return true;
  if (previous.blockIndex !== sentence.blockIndex && PARAGRAPH_BREAK.test(doc.prose.slice(previous.end, m.start))) return true; // past the paragraph before
  return NARRATIVE_CITATION.test(doc.source.slice(m.start, m.start + 16));
}

/**
 * The scope of evidence (annotation guide, "Scope of evidence"). A sentence has evidence when it
 * holds a marker, or when the last sentence of its paragraph does (a closing citation supports the
 * paragraph). A paragraph's topic sentence shares the evidence of the sentence right after it,
 * when that one cites or names its source: the cited sentence bears the topic sentence out. The
 * sentence right after one that opens "According to <source>, …" continues the report.
 */
function paragraphEvidence(sentences: readonly Sentence[], markers: readonly EvidenceMarker[][], locals: readonly LocalResult[]): boolean[] {
  const closing = new Map<number, boolean>();
  for (let i = 0; i < sentences.length; i++) {
    const last = i + 1 >= sentences.length || sentences[i + 1].blockIndex !== sentences[i].blockIndex;
    if (last) closing.set(sentences[i].blockIndex, markers[i].some((m) => m.kind !== 'named-source'));
  }
  const own = (i: number) => markers[i].length > 0 || locals[i].namedSource !== undefined;
  // A sentence that gives a vague source of its own ("Local observers reported…") rests on that
  // source, not on the one a neighbour names: it inherits no evidence but a citation's.
  const vague = (i: number) => locals[i].hits.some((hit) => policyOf(hit.rule).sentenceClass === 'vague-source');
  return sentences.map((s, i) => {
    if (markers[i].length > 0 || closing.get(s.blockIndex) === true) return true;
    if (vague(i)) return false;
    const first = i === 0 || sentences[i - 1].blockIndex !== s.blockIndex;
    const next = i + 1 < sentences.length && sentences[i + 1].blockIndex === s.blockIndex;
    if (first && next && own(i + 1)) return true;
    // "According to the ONS, … . Their figures also show …": the sentence right
    // after one that opens "according to <source>" goes on reporting it.
    return i > 0 && sentences[i - 1].blockIndex === s.blockIndex && locals[i - 1].namedSource?.how === 'according-to';
  });
}

function isAccepted(accepted: readonly string[], flagged: string, sentence: string, hit: Hit & { rule: RuleId }): boolean {
  if (accepted.length === 0) return false;
  const lower = sentence.toLowerCase();
  for (const term of accepted) {
    if (flagged.toLowerCase() === term) return true;
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      const wordEdges = !isLetterOrDigit(lower[at - 1] ?? ' ') && !isLetterOrDigit(lower[at + term.length] ?? ' ');
      if (wordEdges && at <= hit.start && hit.end <= at + term.length) return true;
      if (wordEdges && !policyOf(hit.rule).acceptedTermCovers && at >= hit.start && at + term.length <= hit.end) return true;
    }
  }
  return false;
}

// Compiled once (replace resets a global regex's lastIndex): a literal here was two new regexes per finding.
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const WHITESPACE_RUN = /\s+/g;

function format(template: string, data: Record<string, string> | undefined): string {
  // Values quote the document: fold its line breaks so a message stays on one line.
  return template.replace(PLACEHOLDER, (_, key: string) => (data?.[key] ?? '').replace(WHITESPACE_RUN, ' '));
}

const CLASS_TEXT: Record<SentenceClass, string> = {
  evidence: 'carries evidence (a citation, footnote, link or reference, here or closing its paragraph)',
  attributed: 'names its source',
  'vague-source': 'leans on an unnamed source',
  speculative: 'hedges or speculates, with no evidence',
  unsupported: 'states a claim with no evidence',
  normative: 'makes a recommendation',
  neutral: 'makes no claim that needs evidence',
};

export function describeClass(c: SentenceClass): string {
  return CLASS_TEXT[c];
}

function explain(hit: Hit, sentenceClass: SentenceClass, markers: readonly EvidenceMarker[]): string {
  const evidence = markers.length > 0 ? ` Evidence found: ${markers.map((m) => `${m.kind} ${m.label}`).join(', ')}.` : '';
  return `${hit.reason}\n\nThis sentence ${CLASS_TEXT[sentenceClass]}.${evidence}`;
}

function summarize(reports: readonly SentenceReport[], findings: readonly Finding[], words: number): DocumentSummary {
  const counts: DocumentSummary['counts'] = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  const classes: DocumentSummary['classes'] = {};
  for (const r of reports) classes[r.class] = (classes[r.class] ?? 0) + 1;
  const claims = reports.filter((r) => r.claim);
  let hedges = 0;
  for (const f of findings) if (policyOf(f.rule).countsAsHedge) hedges++;
  return {
    sentences: reports.length,
    claims: claims.length,
    supportedClaims: claims.filter((r) => r.evidence || r.class === 'attributed').length,
    hedgeDensity: words ? Math.round((hedges / words) * 10000) / 10 : 0,
    words,
    counts,
    classes,
  };
}

