// The engine's public vocabulary. Pure data: no editor types, no Node APIs.
// All offsets are UTF-16 code-unit offsets into the ORIGINAL document text,
// exactly as VS Code's TextDocument.positionAt() counts them.

export const RULE_IDS = [
  'hedge',
  'hedge-stack',
  'booster',
  'weasel',
  'passive-attribution',
  'speculation',
  'unsupported-claim',
  'unknown-citation',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';

/** What a sentence rests on. One class per sentence; see classes.ts for the precedence. */
export type SentenceClass =
  | 'evidence' // carries (or its paragraph closes with) a citation, footnote, link or reference
  | 'attributed' // names its source: "according to the IMF", "Eurostat data show"
  | 'vague-source' // leans on an unnamed source: "some experts say", "observers reported"
  | 'speculative' // hedged or speculating about motives, with no evidence
  | 'unsupported' // a checkable claim with no evidence marker
  | 'normative' // a recommendation: should / must / need to
  | 'neutral';

export const LANGUAGE_IDS = ['markdown', 'plaintext', 'latex', 'quarto', 'rmarkdown'] as const;
export type LanguageId = (typeof LANGUAGE_IDS)[number];

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes keep the meaning and grammar; only these may be applied by "fix all". */
  safe: boolean;
  /** `snippet` edits use LSP snippet syntax (${1:placeholder}) in newText; clients without snippet support get `edits`. */
  snippetEdits?: TextEdit[];
}

/** A structural or textual evidence marker. */
export interface EvidenceMarker extends Span {
  /** `own-data`: a pointer to the document's own table, figure or chart ('(see Figure 1)'): the sentence states the writer's own analysis, which the document gives. */
  kind: 'citation' | 'footnote' | 'link' | 'numeric' | 'author-year' | 'named-source' | 'own-data';
  /** e.g. the citation key, the URL or the named source, for hovers. */
  label: string;
}

export interface Finding extends Span {
  rule: RuleId;
  /** The flagged text, exactly source.slice(start, end). */
  text: string;
  severity: Exclude<Severity, 'off'>;
  /** Which of the rule's messages (its meta.messages key): tests and tools match on it, not on the wording. */
  messageId: string;
  message: string;
  /** Markdown for hovers: why this was flagged, which cue and which context decided it. */
  explanation: string;
  /** e.g. "modal verb of possibility", "unnamed collective source". */
  category: string;
  alternatives: string[];
  fixes: Fix[];
  sentence: Span & { class: SentenceClass };
}

export type ClaimStrictness = 'lenient' | 'standard' | 'strict';

/** precise: only what a careful editor would want flagged; thorough: also the weak cues, as hints. */
export type Sensitivity = 'precise' | 'thorough';

/**
 * What the writer says her document is, where the engine's own reading of it is wrong. auto: decided from the document
 * (a fifth of its sentences telling the reader what to do make it guidance); guidance: a handbook, procedure or policy,
 * whose modals state what can happen rather than doubt a claim; argument: a brief, report, paper or commentary, never
 * read as guidance.
 */
export type DocumentKind = 'auto' | 'guidance' | 'argument';

export interface Settings {
  /** Severity per rule; missing rules use the rule's default. */
  rules: Partial<Record<RuleId, Severity>>;
  /** Phrases the writer accepts: never flagged (case-insensitive, whole words). */
  acceptedTerms: string[];
  /** lenient: only figures and absolutes; standard: + causal, trends, comparisons; strict: + plain dated facts. */
  claimStrictness: ClaimStrictness;
  /** precise (default): weak cues are not reported; thorough: they are, as hints. */
  sensitivity: Sensitivity;
  /** auto (default): the document's kind is read from it; guidance or argument: the writer says. */
  documentKind: DocumentKind;
}

export interface AnalyzeOptions {
  languageId?: string;
  settings?: Partial<Settings>;
  /**
   * Whether a paragraph whose text shows another kind (a caption, a table, a title-like fragment
   * without a sentence end) is read as that kind and gets no finding. Default true; off for a text
   * the caller gives as one sentence (classify).
   */
  readStructure?: boolean;
  /**
   * The document's bibliographies (see engine/bib): citation keys they do not define are
   * `unknown-citation` findings and no evidence. Undefined: no bibliography, every key is evidence.
   */
  bibliography?: CitationKeys;
}

/** What the analysis needs of a bibliography: its keys, and an id that changes with them. */
export interface CitationKeys {
  has(key: string): boolean;
  readonly id: string;
}

export interface SentenceReport extends Span {
  text: string;
  class: SentenceClass;
  /** CoNLL-2010 sense: any hedge, weasel, passive-attribution or speculation cue. */
  uncertain: boolean;
  /** States something checkable a reader would want evidence for (with or without it). */
  claim: boolean;
  /** Has an evidence marker in the sentence, or in a citation closing its paragraph. */
  evidence: boolean;
  findings: Finding[];
}

/** A group of findings as the status bar counts them ("3 hedges"): from the rules' policies. */
export interface StatusGroupCount {
  one: string;
  many: string;
  count: number;
}

/** How the document was read as a whole: each reading decides how some of its sentences read (pipeline/assemble.ts). */
export interface DocumentReading {
  /** guidance: a modal that states what can happen is no hedge ("Models may contain errors"); argument: it is. */
  kind: 'guidance' | 'argument';
  /** Who said so: the document itself (a fifth of its sentences tell the reader what to do) or settings.documentKind. */
  kindFrom: 'document' | 'setting';
  /** It carries out its own analysis (a model, a survey, its charts): its figures, trends and comparisons are its results. */
  ownAnalysis: boolean;
  /** It tells what named actors did (commentary, reporting): their past acts are claims that need a source. */
  narrates: boolean;
}

export interface DocumentSummary {
  sentences: number;
  claims: number;
  supportedClaims: number;
  /** hedges per 1,000 words */
  hedgeDensity: number;
  words: number;
  counts: Partial<Record<RuleId, number>>;
  /** The counts grouped as the status bar shows them, in the rules' order. */
  groups: StatusGroupCount[];
  classes: Partial<Record<SentenceClass, number>>;
  reading: DocumentReading;
}

export interface DocumentAnalysis {
  findings: Finding[];
  sentences: SentenceReport[];
  summary: DocumentSummary;
}

// ---- Prose extraction (engine/prose) --------------------------------------

/**
 * Read off the text (prose/structure.ts): `fragment`, a title, byline or date line, or a list item
 * that is a phrase, not a sentence; `reference`, a bibliography entry or an endnote; `question`, a
 * checklist item; `front`, a paragraph of a section such as Acknowledgements, About the author or a
 * disclosure statement.
 * `entry`, a list item that opens with its label ("**Secured** when a legal requirement …",
 * "Point of contact – usually …"): the description of a term or a category, read for every rule but claims.
 * `statement`, the writer's own formal statement (a LaTeX assumption, proposition, theorem or proof): read, like an
 * entry, for every rule but claims.
 */
export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'entry'
  | 'quote'
  | 'table-cell'
  | 'caption'
  | 'fragment'
  | 'reference'
  | 'question'
  | 'proposal'
  | 'front'
  | 'statement';

export interface Block extends Span {
  kind: BlockKind;
  /**
   * A list item under a lead-in that gives a source ("According to the notice, the measures are:"): it shares that
   * source (annotation guide, "Scope of evidence": bullets under a lead-in that gives a source share it).
   */
  sharesSource?: boolean;
}

export interface Directive extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty means every rule. */
  rules: string[];
}

export type CitationStyle = 'pandoc' | 'latex' | 'footnote' | 'none';

/**
 * A document reduced to its prose. `prose` has exactly the length of `source`:
 * every character that is not prose (markup, code, math, URLs, comments) is
 * replaced by a space, line breaks are kept, so an offset in `prose` IS the
 * offset in `source`. One markup prints characters of its own: the braces of
 * LaTeX's `\enquote{…}` become the quotation marks “ and ”.
 */
export interface ProseDoc {
  source: string;
  prose: string;
  languageId: LanguageId;
  blocks: Block[];
  /** Structural markers found while extracting (links, footnote refs, [@key], \cite{}). */
  markers: EvidenceMarker[];
  directives: Directive[];
  citationStyle: CitationStyle;
  /** Footnote labels already defined, so a new one can be numbered after them. */
  footnoteLabels: string[];
}

export interface Sentence extends Span {
  /** prose.slice(start, end) */
  text: string;
  blockIndex: number;
}
