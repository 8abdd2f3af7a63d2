// The anatomy every rule shares. A rule looks at ONE sentence and reports candidate hits
// with spans relative to the sentence; the pipeline (analyze.ts) turns them into findings,
// applying evidence, settings, inline directives and accepted terms, and builds the fixes.
import type { ClaimFeature } from '../claims';
import type { SentenceContext } from '../context';
import type { ClaimStrictness, RuleId, Severity } from '../types';

export type FixKind =
  | 'remove' // delete the cue (and a comma after it), recapitalise the sentence
  | 'keep-first' // hedge-stack: keep the first hedge, drop the others
  | 'name-source' // replace a vague source with a placeholder for the named one
  | 'attribute' // prefix "According to <source>, "
  | 'cite' // add a citation in the document's style
  | 'cite-basis' // hedge: the same, titled "Cite what it rests on"
  | 'likelihood' // hedge: say how likely the claim is, in place of the bare hedge (Hit.rewrite)
  | 'remove-hedge'; // hedge: take it away (Hit.removal), offered only where the sentence carries evidence

/** A rewrite of the hedge that states the likelihood, offsets relative to the sentence. */
export interface Rewrite {
  start: number;
  end: number;
  /** The text for clients without snippets: "[N]" marks the figure to fill in. */
  plain: string;
  /** LSP snippet syntax: "is ${1:likely} (about ${2:70} %) to". */
  snippet: string;
  /** As the fix's title shows it: "is likely (about 70 %) to". */
  shown: string;
}

export interface Hit {
  start: number;
  end: number;
  /** Key into meta.messages; {{cue}} and the data fields are substituted. */
  messageId: string;
  data?: Record<string, string>;
  category: string;
  /** Why this occurrence was flagged: which cue, which context decided it. */
  reason: string;
  alternatives: string[];
  fixes: FixKind[];
  /** The most this hit may weigh, whatever the rule's severity: subtle cues stay hints. */
  cap?: Exclude<Severity, 'off'>;
  /** unsupported-claim: the least strict setting at which this hit counts. */
  level?: ClaimStrictness;
  /** Sub-spans for keep-first: the hedges to remove. */
  parts?: { start: number; end: number }[];
  /**
   * hedge, hedge-stack: the hedge reports what someone else's work infers ("Earlier studies suggest that … may"): left
   * alone when the sentence itself cites that work (a citation, footnote or link marker), which only extraction can see.
   */
  reportsWork?: boolean;
  /**
   * hedge: a modal of doing or of what can happen ("Models may contain errors", "a coordinator may drop a cluster"), not
   * one that holds a claim open: in a document that instructs its reader (guidance, a handbook) it states a circumstance
   * or an option, not the writer's doubt; the pipeline, which sees the whole document, leaves it alone there.
   * passive-attribution: "is expected to be used in good faith", which such a document says of what it expects.
   */
  circumstantial?: boolean;
  /**
   * hedge: "could" opening a sentence's first clause before a verb of doing ("Congress could pair the credit with grants",
   * "Libraries could extend their hours"): in a list item, one of a list of recommendations or options, it proposes a course
   * of action, not a possibility; the pipeline, which sees the block, leaves it alone there.
   */
  listedOption?: boolean;
  /**
   * unsupported-claim: the claim rests only on a past act of someone else ("Bolsonaro won the runoff", "They moved to
   * encrypted apps"): a claim in a document that narrates what named actors did (commentary, reporting), background
   * or the writer's own record elsewhere; the pipeline decides with the document.
   */
  narrative?: boolean;
  /**
   * unsupported-claim: the claim rests only on the act of a body named by its title ("The Government has invested £2 billion
   * in hospitals"): the writer's own act, first-hand, in a document that speaks for that body ("our Government", "my
   * Administration"; annotation guide: "Ireland has ratified…" in Ireland's speech), a claim elsewhere; the pipeline decides.
   */
  actOf?: string;
  /** hedge: the rewrite behind the 'likelihood' fix. */
  rewrite?: Rewrite;
  /**
   * weasel, passive-attribution: where the 'name-source' fix names the source — the vague source's words
   * it replaces ("Some experts" in "Some experts say"), or, with `after`, the point after a passive frame
   * where it adds the agent ("It is widely believed" + " by <source>").
   */
  source?: { start: number; end: number; after?: boolean };
  /** hedge: the words the 'remove-hedge' fix takes away ("It seems that"). */
  removal?: { start: number; end: number };
  /** unsupported-claim: the claim features the hit rests on (see narrowClaim). */
  features?: ClaimFeature[];
}

export interface RuleExample {
  text: string;
  /** For examples that must be flagged: the exact flagged text. */
  flagged?: string;
  /** A weak cue: flagged (as a hint) only with the `thorough` sensitivity, left alone by default. */
  thorough?: boolean;
}

export interface RuleMeta {
  id: RuleId;
  title: string;
  description: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  /** Silenced when its sentence (or the citation closing its paragraph) carries evidence. */
  silencedByEvidence: boolean;
  /** Silenced when the sentence names its source ("according to the IMF"). */
  silencedByAttribution: boolean;
  messages: Record<string, string>;
  /** How the pipeline and the editor treat the rule's findings: declared here, so nothing else names the rule. */
  policy: RulePolicy;
  examples: { flag: RuleExample[]; allow: string[] };
  /** A bibliography (BibTeX) the examples are checked against, for rules that need one. */
  exampleBibliography?: string;
}

/**
 * What the rule's findings mean for everything around them. The pipeline (analyze.ts), the summary
 * and the editor read these; they never test a rule's id.
 */
export interface RulePolicy {
  /** The class a hit gives its sentence when nothing cites it: a vague source, speculation, or an unsupported claim. */
  sentenceClass?: 'vague-source' | 'speculative' | 'unsupported';
  /** A hit marks its sentence uncertain (classify's `uncertain`). */
  marksUncertain: boolean;
  /** Rules whose shown finding on the same words already says it: "might possibly" is a stack, not also a hedge. */
  yieldsTo?: RuleId[];
  /**
   * Its cue at a sentence's head frames what follows as someone's claim, so the claim keeps its own
   * words: 'always' ("It is believed …"), or 'saying' when the cue ends with a verb of saying ("Critics argue …").
   */
  framesClaims?: 'always' | 'saying';
  /** A cue inside quotation marks still counts: the rule reads the whole sentence (a claim), not a word someone else used. */
  readsQuotations?: boolean;
  /** An accepted term silences a finding only when the term covers the flagged words (a claim spans a sentence). */
  acceptedTermCovers?: boolean;
  /** Counted in the summary's hedges (hedge density). */
  countsAsHedge?: boolean;
  /** Its cue words can be a probability word of an estimative scale (evident.estimativeLanguage): "likely", "may". */
  statesLikelihood?: boolean;
  /** Held back while the writer is still typing the paragraph (lsp/analyzer.ts): a claim she may be about to cite. */
  heldWhileTyping?: boolean;
  /** Its cues are vocabulary a writer may accept as a term (a hedge, a booster, a frame), not sources, motives or claims. */
  acceptsTerms?: boolean;
  /**
   * A shown hit marks a claim that rests on no named source ("Critics argue that …", an actor's motive stated as
   * fact): the claim is unsupported too, and the rule with `claimResting` reports it when no claim feature did.
   */
  claimWithoutSource?: boolean;
  /** The findings named as a writer would, for "Fix all … in this document". */
  plural: string;
  /**
   * What the status bar counts the findings as ("hedge" for hedges and stacked hedges alike), and where
   * in its line (`order`, ascending; the first two groups always show); rules naming the same group are summed.
   */
  statusGroup?: { one: string; many: string; order: number };
}

export interface Rule {
  meta: RuleMeta;
  /**
   * Words of which a sentence must hold one for the rule to flag it (every hit starts from one),
   * so the pipeline skips the rule on other sentences. Undefined: the rule reads every sentence.
   */
  cueWords?: Iterable<string>;
  check(ctx: SentenceContext): Hit[];
  /**
   * For a rule that reads citation keys rather than sentences (the pipeline checks each chunk's keys
   * against the bibliography): what it says of a key no bibliography defines.
   */
  unknownKey?(key: string, placeholder: boolean): { messageId: string; explanation: string; category: string };
  /**
   * For a rule whose hit spans a sentence (a claim): narrows the hit to [start, end) — the words outside
   * another finding's frame — and says what it still rests on; false when nothing of it is left there.
   */
  narrow?(hit: Hit, start: number, end: number): boolean;
  /**
   * For the claim rule: the claim of a sentence whose other hit `on` (of a rule whose sentence class is
   * `onClass`) rests it on no named source (a policy's `claimWithoutSource`), when the rule's own check found none; undefined when the sentence asserts nothing
   * (a recommendation, the writer's stance).
   */
  claimResting?(ctx: SentenceContext, on: Hit, onClass: RulePolicy['sentenceClass']): Hit | undefined;
}

export function span(ctx: SentenceContext, from: number, to: number): { start: number; end: number } {
  return { start: ctx.tokens[from].start, end: ctx.tokens[to - 1].end };
}
