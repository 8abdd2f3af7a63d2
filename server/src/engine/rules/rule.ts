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
   * hedge: a modal over a generic subject ("Models may contain errors", "Users of the data may not be aware"): in a
   * document that instructs its reader (guidance, a handbook) it states what can happen, not the writer's doubt; the
   * pipeline, which sees the whole document, leaves it alone there.
   */
  generic?: boolean;
  /** hedge: the rewrite behind the 'likelihood' fix. */
  rewrite?: Rewrite;
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
  examples: { flag: RuleExample[]; allow: string[] };
  /** A bibliography (BibTeX) the examples are checked against, for rules that need one. */
  exampleBibliography?: string;
}

export interface Rule {
  meta: RuleMeta;
  /**
   * Words of which a sentence must hold one for the rule to flag it (every hit starts from one),
   * so the pipeline skips the rule on other sentences. Undefined: the rule reads every sentence.
   */
  cueWords?: Iterable<string>;
  check(ctx: SentenceContext): Hit[];
}

export function span(ctx: SentenceContext, from: number, to: number): { start: number; end: number } {
  return { start: ctx.tokens[from].start, end: ctx.tokens[to - 1].end };
}
