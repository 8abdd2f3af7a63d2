// The pipeline, per chunk: a sentence's hits become planned findings under the settings (severity, sensitivity,
// evidence, accepted terms, which rule yields to which), with the sentence's class (cached by chunk).
import { AGENTLESS_ACT, bodiesOfByline, isClaim } from '../claims';
import { isCitationSite, planFixes, type PlannedFix } from '../fixes';
import { hasFootnotes, type ChunkProse } from '../prose';
import { isLetterOrDigit } from '../prose/buffer';
import { NON_PROSE_BLOCKS } from '../prose/structure';
import { policyOf, type Hit } from '../rules';
import { splitSentences } from '../sentences';
import { madeOnFirstUse } from '../text-shape';
import type {
  BlockKind,
  CitationKeys,
  Directive,
  EvidenceMarker,
  Finding,
  LanguageId,
  ProseDoc,
  RuleId,
  SentenceClass,
  SentenceReport,
  Settings,
  Severity,
  Span,
} from '../types';
import { byPosition, type Placement } from './assemble';
import {
  CITATION_RULE,
  assignMarkers,
  checkCitationKeys,
  citesWork,
  paragraphEvidence,
  quotedRuns,
  unknownCitationFinding,
} from './evidence-scope';
import { analyzeSentenceText, asEntry, asNonProse, type LocalResult } from './sentence';
import { CLASS_TEXT, ORDER, RULE_BY_ID, capped, severityOf } from './shared';

/**
 * A document instructs its reader (guidance, a handbook, a policy) when at least this share of its running sentences,
 * and this many, tell the reader what to do. There, "Models may contain errors" states what can happen (Hit.circumstantial).
 * Guidance chapters and handbooks that also explain run at about a fifth (the project's own genre documents: 0.18–0.19);
 * arguments, speeches and reports at a tenth or less.
 */
export const INSTRUCTING_SHARE = 0.18;

/**
 * The share that makes a document instructing where it says it is a guide to doing something ("This chapter sets out how
 * the team draws samples", "This guide explains how to …", GUIDE_SELF_REFERENCE): a handbook of practice tells its reader
 * what to do in fewer imperatives, describing how things are done. Among the project's genre documents, the handbooks
 * and guides that say so instruct in 0.08 to 0.15 of their sentences and were read as arguments; this share reads them as
 * guidance (9 wrong findings fewer there, 2 in the real documents), and with them one strategy whose chapter "sets out
 * how the Government will …" (one right hedge lost). The corpus's documents do not change.
 */
export const GUIDE_INSTRUCTING_SHARE = 0.1;

export const INSTRUCTING_MIN_SENTENCES = 8;

/**
 * A document narrates what named actors did (commentary, reporting) when at least this share of its running sentences
 * tell a past act and name an actor ("Russia vetoed the panel in March 2024"); there, a past act is a claim a reader
 * wants sourced (Hit.narrative). Among the corpus's dev documents and the project's genre documents, guidance, reports,
 * papers and speeches run at 0.058 or less and commentary, op-eds and news analysis at 0.073 or more: the line sits
 * between them.
 */
export const NARRATING_SHARE = 0.065;

/**
 * A document that speaks as "we" in at least this share of its running sentences speaks for a side — a government's
 * message, a ministry's briefing, an organisation's own report — and the acts it tells are its side's record or history
 * its audience shares, not commentary on what others did: it never narrates. Among the corpus's dev documents and the
 * project's genre documents, commentary, news analysis and reactions run at 0.20 or less (a ministry's press briefing
 * and a charity's report of its own work at 0.26 and 0.59); on the real documents, the speeches and messages that
 * narrated while speaking as "we" (0.29 to 0.69) held 5 claims a reader wanted sourced among 32 findings it drops.
 */
export const COLLECTIVE_SHARE = 0.25;

const FIRST_PERSON_PLURAL = /\b(?:[Ww]e|[Oo]ur|[Uu]s)\b/;

/**
 * A document that keeps public accounts — a budget message, a government's annual financial statement — names its
 * receipts, expenditures and appropriations at length, by fiscal year, and speaks as their holder ("I estimate", "I am
 * recommending", "this Government", "our surplus revenues"): its figures are its own, as a document of its own analysis
 * (see assemble). Among the corpus's documents and the project's genre documents, a fiscal-rules paper names the accounts
 * 19 times but never a fiscal year, and no other more than 10 times; the government messages that keep them, 19 to 44
 * times with 4 to 14 fiscal years, and an excerpt of 1,000 words of one (1878) 14 times with 8. A President's message
 * speaks as the holder also where it reads its departments' reports ("the report of the Secretary of the Navy shows"),
 * and where it reports to a legislature on the nation's purse ("I invite your attention to …", "our revenue").
 */
export const ACCOUNT_TERMS_MIN = 12;
export const FISCAL_YEARS_MIN = 3;

/** One sentence of a cached chunk: its report and its findings before document-level filters and fixes. */
export interface ChunkSentence {
  report: Omit<SentenceReport, 'findings'>;
  findings: PlannedFinding[];
  words: number;
  /** The sentence as a document that instructs its reader reads it, when its circumstantial hedges then drop (Hit.circumstantial). */
  ifInstructing?: { class: SentenceClass; uncertain: boolean };
  /** The sentence as a document that narrates reads it, when a past act it tells is a claim (Hit.narrative). */
  ifNarrating?: { class: SentenceClass; uncertain: boolean };
  /** The sentence as a document that speaks for the body it names reads it, when that body's act is first-hand (Hit.actOf). */
  ifOwnBody?: { class: SentenceClass; uncertain: boolean };
}

/** `measured`: an unsupported claim of a measurement (a figure, a trend, a comparison), which a document of its own analysis answers itself (see assemble). */
export type PlannedFinding = Omit<Finding, 'fixes'> & {
  fixes: PlannedFix[];
  measured?: boolean;
  /** An agentless estimate of a figure ("are estimated at 31.5 billion dollars"), the holder's own in a document that keeps public accounts (see assemble). */
  ownEstimate?: boolean;
  /** A measured claim in a sentence that names an account ("The receipts from customs were …"): the holder's own figure where the document keeps public accounts. */
  ofAccounts?: boolean;
  /** A measured claim about the public purse's own books ("The receipts into the Treasury during the present year will amount to …"): the government's own figure where the document speaks for it (see assemble). */
  ofPublicLedger?: boolean;
  circumstantial?: boolean;
  narrative?: boolean;
  actOf?: string;
};

/**
 * A chunk's analysis with offsets relative to the chunk. What depends on the rest
 * of the document (directives, the citation style and footnote labels behind the
 * citation fix, the chunk's position) is applied at assembly, never cached.
 */
export interface ChunkAnalysis {
  sentences: ChunkSentence[];
  directives: Directive[];
  footnoteLabels: string[];
  bracketCitations: boolean;
  footnotes: boolean;
  /** Whether a finding offers a citation, whose form depends on the document. */
  cites: boolean;
  /** Whether the chunk shows the document doing its own analysis: a table of figures, "Table 2 shows", "we estimate". */
  ownAnalysis: boolean;
  /**
   * Running sentences, those of them that tell the reader what to do (see INSTRUCTING_SHARE), those that tell a named
   * actor's past act (NARRATING_SHARE), and those that speak as "we" (COLLECTIVE_SHARE).
   */
  running: number;
  instructing: number;
  /** Sentences in which the document calls itself a guide: "This chapter explains how …", "This handbook sets out …". */
  namesItselfAGuide: number;
  narrating: number;
  collective: number;
  /** The bodies the chunk speaks for: "my Administration", "our Department", "this Government" (see Hit.actOf). */
  ownBodies: string[];
  /**
   * The bodies a title, byline or letterhead in the chunk says the document speaks for ("Deputy Governor of the Bank of
   * Canada"), each with its sentence's offset in the chunk: only the document's front counts (see BYLINE_SPAN).
   */
  bylineBodies: { body: string; at: number; onlyInPressRelease?: boolean }[];
  /** The offset in the chunk of a line that calls the document a press release ("PRESS STATEMENT"), or -1. */
  pressReleaseAt: number;
  /** How often the chunk names public accounts and fiscal years, and whether it speaks as their holder (see ACCOUNT_TERMS_MIN). */
  accounts: { terms: number; fiscalYears: number; holder: boolean };
  /** The chunk's latest placement in a document, reused while its place and the citation form stay. */
  placement?: Placement;
}

export function analyzeChunk(
  source: string,
  chunk: ChunkProse,
  languageId: LanguageId,
  settings: Settings,
  bibliography?: CitationKeys,
): ChunkAnalysis {
  const doc: ProseDoc = {
    source,
    prose: chunk.prose,
    languageId,
    blocks: chunk.blocks,
    markers: chunk.markers,
    directives: chunk.directives,
    citationStyle: 'none',
    footnoteLabels: [],
  };
  const sentences = splitSentences(doc);
  const keyCheck = bibliography ? checkCitationKeys(source, doc.markers, bibliography) : undefined;
  const markersBySentence = assignMarkers(keyCheck ? keyCheck.evidence : doc.markers, sentences, doc);
  const unknownBySentence = keyCheck && keyCheck.unknown.length > 0 ? assignMarkers(keyCheck.unknown, sentences, doc) : undefined;
  const unknownSeverity = CITATION_RULE ? severityOf(CITATION_RULE.meta.id, settings) : 'off';
  // Headings, captions, table cells and block quotes are not the writer's running prose: no rule applies.
  // A list item that opens with its label describes a term or a category: no claim in it.
  const locals = sentences.map((s) => {
    const local = analyzeSentenceText(s.text);
    const kind = doc.blocks[s.blockIndex]?.kind;
    if (NON_PROSE_BLOCKS.has(kind)) return asNonProse(local);
    // In a list of recommendations or options, "Congress could pair the credit with grants" proposes (Hit.listedOption).
    const listed = (kind === 'list-item' || kind === 'entry') && local.hits.some((h) => h.listedOption);
    const read = listed ? { ...local, hits: local.hits.filter((h) => !h.listedOption) } : local;
    return kind === 'entry' || kind === 'statement' ? asEntry(read) : read;
  });
  quotedRuns(sentences, locals);
  const evidenceBySentence = paragraphEvidence(sentences, markersBySentence, locals, doc.blocks);
  const accepted = settings.acceptedTerms.map((t) => t.toLowerCase());
  const thorough = settings.sensitivity === 'thorough';

  // Indexed loops and no per-sentence closures: most of this runs once per document, in the interpreter.
  const analysed: ChunkSentence[] = [];
  let running = 0;
  let instructing = 0;
  let narrating = 0;
  let collective = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const local = locals[si];
    const { hits } = local;
    const evidence = evidenceBySentence[si];
    // A past act is a claim only where the document narrates (Hit.narrative): read without it here, with it in ifNarrating.
    const narrative = hits.length > 0 && hits.some((h) => h.narrative);
    const sentenceClass = classifySentence(narrative ? { ...local, hits: hits.filter((h) => !h.narrative) } : local, evidence, settings);
    const narratingClass = narrative ? classifySentence(local, evidence, settings) : sentenceClass;
    const findings: PlannedFinding[] = [];

    // Most sentences have no hit: nothing below runs for them.
    const shown =
      hits.length === 0 ? NO_SHOWN : hits.map((hit) => isShown(hit, evidence, local.namedSource !== undefined, settings, thorough));
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
        explanation: explain(hit, hit.narrative ? narratingClass : sentenceClass, markersBySentence[si]),
        category: hit.category,
        alternatives: hit.alternatives,
        fixes: planFixes(fixKindsFor(leadsShownStack(hit, hits, shown) ? STACK_LEAD_FIXES(hit.fixes) : hit.fixes, evidence), {
          source,
          sentence: { start: s.start, end: s.end },
          finding: {
            start,
            end,
            text: flagged,
            parts: hit.parts?.map((p) => ({ start: s.start + p.start, end: s.start + p.end })),
            rewrite: hit.rewrite && {
              start: s.start + hit.rewrite.start,
              end: s.start + hit.rewrite.end,
              plain: hit.rewrite.plain,
              snippet: hit.rewrite.snippet,
              shown: hit.rewrite.shown,
            },
            removal: hit.removal && { start: s.start + hit.removal.start, end: s.start + hit.removal.end },
            source: hit.source && { start: s.start + hit.source.start, end: s.start + hit.source.end, after: hit.source.after },
          },
        }),
        sentence: { start: s.start, end: s.end, class: hit.narrative ? narratingClass : sentenceClass },
        measured: policyOf(hit.rule).sentenceClass === 'unsupported' && (hit.data?.measured === 'yes' || computes(source, s)),
        ownEstimate: hit.data?.estimate === 'yes',
        ofAccounts: namesAnAccount(s.text),
        ofPublicLedger:
          ((PUBLIC_LEDGER.test(s.text) || OWN_ACCOUNT_SUBJECT.test(s.text)) && SUM_OF_MONEY.test(s.text)) ||
          (PUBLIC_SERVICE.test(s.text) && A_COUNT.test(s.text)),
        circumstantial: hit.circumstantial,
        narrative: hit.narrative,
        actOf: hit.actOf,
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
    if (findings.some((f) => f.circumstantial)) {
      const kept = { ...local, hits: hits.filter((h) => !h.circumstantial && !h.narrative) };
      sentence.ifInstructing = { class: classifySentence(kept, evidence, settings), uncertain: hasUncertainHit(kept.hits) };
    }
    if (findings.some((f) => f.narrative)) sentence.ifNarrating = { class: narratingClass, uncertain: hasUncertainHit(hits) };
    if (findings.some((f) => f.actOf)) {
      const kept = { ...local, hits: hits.filter((h) => !h.actOf && !h.narrative) };
      sentence.ifOwnBody = { class: classifySentence(kept, evidence, settings), uncertain: hasUncertainHit(kept.hits) };
    }
    analysed.push(sentence);
    if (!local.reported && !local.question) {
      running++;
      if (local.instructs) instructing++;
      if (FIRST_PERSON_PLURAL.test(s.text)) collective++;
    }
    if (local.narrates && !NON_PROSE_BLOCKS.has(doc.blocks[s.blockIndex]?.kind)) narrating++;
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
    namesItselfAGuide: countGuideSelfReferences(sentences),
    narrating,
    collective,
    ownBodies: bodiesSpokenFor(sentences),
    bylineBodies: bodiesOfBylines(sentences, doc.blocks),
    pressReleaseAt: sentences.find((s) => FRONT_BLOCKS.has(doc.blocks[s.blockIndex]?.kind) && PRESS_RELEASE.test(s.text))?.start ?? -1,
    accounts: accountsNamed(sentences),
  };
}

const ACCOUNT_TERM = /\b(?:receipts|revenues|expenditures?|appropriations?|outlays|cash balance|surplus|deficits?|authorizations?)\b/gi;

/** A sentence that names an account, a budget or a fiscal year: in a document that keeps accounts, its figures are the holder's. */
const ACCOUNT_SENTENCE =
  /\b(?:receipts|revenues?|expenditures?|appropriations?|outlays|balances?|surplus|deficits?|authorizations?|budget|fiscal year|debt|taxes|tax|treasury|estimates?|credits?|loans?|bonds|obligations|dollars)\b|\$\s?\d/i;

function namesAnAccount(text: string): boolean {
  return ACCOUNT_SENTENCE.test(text);
}
const FISCAL_YEAR = /\bfiscal year\b/gi;

/**
 * The books a government keeps: the Treasury, the public debt and its funds, a department's revenues and expenditures.
 * Where the document speaks for the government that keeps them ("this Government", "my Administration"), their figures
 * are its own accounts, told first-hand, as a finance minister's deficit is (annotation guide); the economy's figures
 * (prices, wages, output) stay claims. A 1,000-word excerpt of an old message names them too seldom, and never by fiscal
 * year, for the account-keeping test (ACCOUNT_TERMS_MIN).
 */
const SUM_OF_MONEY = /\$\s?\d|\d\s*(?:dollars|millions? of dollars)\b/i;
const PUBLIC_LEDGER =
  /\b(?:the Treasury|public debt|national debt|funded debt|bonded debt|interest-bearing debt|debt of the (?:Government|United States)|demand liabilities|sinking[- ]fund|coinage|surplus revenues?|excess of (?:revenues?|receipts)|public expenditures?|interest (?:saved|on the (?:public|national) debt)|bonds of the Government|Government bonds|pension fund|Post[- ]Office Department|expenses? of the (?:\w+ )?(?:service|department|bureau|office|establishment)|at an (?:annual )?(?:expense|cost) of|appropriated by (?:the )?(?:Congress|Parliament|Legislature)|a saving (?:during|in|of)|(?:revenues?|receipts|expenditures?|disbursements|appropriations?|estimates?|balance) (?:of|for|into|at|in|from) the (?:Treasury|Department|Government|War Department|Navy Department|Post[- ]Office))\b/i;
/**
 * A sentence that opens on an account with no other holder named: "The expenditures for the first three quarters amount
 * to …", "Of the loan of $12,000,000 … only $5,432,726.88 have been negotiated", "Revenues next year will be $111 billion",
 * "Total spending in the administrative budget will be …", "The national debt will rise to over $500 billion", "This
 * year, our deficit is projected to be $10 billion". Where the document speaks as the government, the accounts it names
 * so are its own.
 */
const OWN_ACCOUNT_SUBJECT =
  /^(?:(?:The|Of the) (?:total |gross |net |ordinary |estimated |aggregate )?|Total )?(?:expenditures?|receipts|[Rr]evenues?|spending|outlays|disbursements|balance in the Treasury|loan|deficit|surplus|(?:national|public) debt)\b(?! of (?:the )?(?:[A-Z]|other|foreign|private))|\b[Oo]ur (?:budget )?(?:deficit|surplus|national debt) (?:is|was|will)\b/;
/**
 * The public services' own record: post offices, money orders, the mails, pension rolls, patents, the public lands'
 * entries, the Navy's vessels, counted ("There were 14,304,041 money orders issued during the year"). Where the
 * document speaks as the government that runs them, their counts are its own, as its accounts are (PUBLIC_LEDGER).
 */
const PUBLIC_SERVICE =
  /\b(?:post[- ]offices|money[- ]orders|pensioners|pension[- ]rolls?|(?:land )?patents (?:issued|granted)|mail matter|postal (?:revenues?|receipts)|(?:acres|lands?) (?:were |was )?(?:sold|disposed of|entered|surveyed|patented)|(?:sales?|proceeds) of (?:the )?public lands|enumeration of (?:the )?(?:persons|inhabitants|population)|vessels (?:in commission|of the Navy)|prize property)\b/i;
const A_COUNT = /\d{1,3}(?:,\d{3})+|\d{4,}/;
const ACCOUNT_HOLDER =
  /\b(?:(?:to|for|invite|call|ask|solicit) your (?:attention|consideration|notice|favorable consideration|deliberations)|[Oo]ur (?:revenues?|fiscal|finances|public debt)|I (?:estimate|anticipate|recommend|am recommending|have recommended|propose|am proposing)|(?:[Oo]ur|[Mm]y|[Tt]his) (?:Government|Administration|Treasury|Budget|budget|surplus|revenues|receipts|expenditures)\b|(?:[Tt]he|[Mm]y) (?:report of the )?(?:Secretary of (?:the )?(?:Treasury|War|Navy|Interior)|Postmaster-General)(?:'s)? (?:reports?|estimates?|shows?|states?|recommends?|presents?|submits?|exhibits?)\b)/;

function accountsNamed(sentences: readonly { text: string }[]): ChunkAnalysis['accounts'] {
  let terms = 0;
  let fiscalYears = 0;
  let holder = false;
  for (const { text } of sentences) {
    terms += text.match(ACCOUNT_TERM)?.length ?? 0;
    fiscalYears += text.match(FISCAL_YEAR)?.length ?? 0;
    holder ||= ACCOUNT_HOLDER.test(text);
  }
  return { terms, fiscalYears, holder };
}

/** "my Administration", "our Department", "this Government": a body the writer speaks for, named with "my", "our" or "this". */
const BODY_SPOKEN_FOR =
  /\b(?:my|our|this) (administration|government|department|ministry|agency|council|office|commission|committee|board|bank|authority|organi[sz]ation|charity|foundation|institute|delegation)\b/gi;

const PUBLIC_BODIES = new Set([
  'administration',
  'government',
  'department',
  'ministry',
  'agency',
  'council',
  'office',
  'commission',
  'authority',
  'delegation',
]);

/**
 * The legislature or body the document addresses with a request ("I ask the Congress to …", "I urge Parliament to …",
 * "I recommend that the Congress …"): its own acts, told to it, are on its own record (see Hit.actOf).
 */
const BODY_ADDRESSED =
  /\b(?:I|we)\s+(?:(?:also|again|now|therefore|strongly|respectfully|earnestly)\s+)?(?:ask|urge|call on|call upon|request|invite|appeal to|am asking|are asking|am calling on|recommend that|recommend to|am recommending to)\s+(?:the\s+|this\s+)?(Congress|Senate|House|Parliament|Assembly|Legislature|Commission)\b/g;

const LEGISLATURE_ADDRESSED = /\b(?:[Tt]his|[Oo]ur) (Congress|Parliament|Legislature)\b/g;
const MESSAGE_TO_LEGISLATURE =
  /^(?:To the|Fellow[- ]Citizens of the) Senate and (?:the )?House of Representatives\b|\bmy (?:last |first |present |former )?(?:annual )?message to (?:the )?Congress\b/;
const EXECUTIVE_SELF = /\b[Tt]he Executive\b(?![ \t]+[A-Z])/;

/** "This chapter sets out how the team draws samples", "This guide explains what …": the document says it is a guide. */
const GUIDE_SELF_REFERENCE =
  /^(?:This|The present) (?:chapter|section|handbook|manual|guide|guidance|toolkit|playbook|primer|note) (?:sets out|explains|describes|shows|covers) (?:how|what)\b/;

function countGuideSelfReferences(sentences: readonly { text: string }[]): number {
  let n = 0;
  for (const s of sentences) if (GUIDE_SELF_REFERENCE.test(s.text)) n++;
  return n;
}

/** Blocks that may hold a document's title, byline or letterhead: the words around its prose. */
const FRONT_BLOCKS = new Set<BlockKind | undefined>(['heading', 'fragment', 'front', 'quote', 'caption']);
const PRESS_RELEASE = /\b(?:PRESS|NEWS|MEDIA) (?:STATEMENT|RELEASE)\b|^(?:Press|News|Media) (?:statement|release)\b/;
const SENTENCE_END = /[.!?:;]["”’')\]]*\s*$/;
/** "I speak on behalf of the European Union": the writer says whom she speaks for. */
const SPEAKS_ON_BEHALF = /\b(?:I|[Ww]e)\b[^.;]*\bon behalf of\b/;

function speaksOnBehalf(text: string): boolean {
  // (the words first: most sentences have none, and the pattern would scan on from every "we")
  const at = text.indexOf('on behalf of');
  return at > 0 && SPEAKS_ON_BEHALF.test(text.slice(Math.max(0, at - 300), at + 12));
}

function bodiesOfBylines(
  sentences: readonly { text: string; start: number; blockIndex: number }[],
  blocks: ProseDoc['blocks'],
): ChunkAnalysis['bylineBodies'] {
  const bodies: ChunkAnalysis['bylineBodies'] = [];
  for (const sentence of sentences) {
    const kind = blocks[sentence.blockIndex]?.kind;
    // (a paragraph that ends without a full stop is a line of metadata: "Feedback from: Mozilla Corporation")
    const front = FRONT_BLOCKS.has(kind) || (kind === 'paragraph' && !SENTENCE_END.test(sentence.text));
    if (!front && !speaksOnBehalf(sentence.text)) continue;
    // (a letterhead is a line of its own, or a heading in capitals; a heading that names a body may be the document's subject)
    const line = kind === 'fragment' || kind === 'front' || (kind === 'heading' && sentence.text === sentence.text.toUpperCase());
    const named = bodiesOfByline(sentence.text, line ? 'body' : 'none');
    for (const body of named) bodies.push({ body, at: sentence.start });
    // (a press release's letterhead is its issuer's name, whatever the name: the pipeline sees whether it is one)
    if (line)
      for (const body of bodiesOfByline(sentence.text, 'any'))
        if (!named.includes(body)) bodies.push({ body, at: sentence.start, onlyInPressRelease: true });
  }
  return bodies;
}

function bodiesSpokenFor(sentences: readonly { text: string }[]): string[] {
  const bodies = new Set<string>();
  for (const sentence of sentences) {
    if (!sentence.text.includes(' ')) continue;
    BODY_SPOKEN_FOR.lastIndex = 0;
    for (let m = BODY_SPOKEN_FOR.exec(sentence.text); m; m = BODY_SPOKEN_FOR.exec(sentence.text)) {
      const body = m[1].toLowerCase();
      bodies.add(body);
      // a public body's record: its acts told in the passive with no agent are its own
      if (PUBLIC_BODIES.has(body)) bodies.add(AGENTLESS_ACT);
    }
    // "the Executive", capitalised and alone: the executive branch naming itself, as a President's message does ("the
    // Executive Board", "the Executive Director" name an organ of another body)
    if (EXECUTIVE_SELF.test(sentence.text)) bodies.add('executive').add(AGENTLESS_ACT);
    // "To the Senate and House of Representatives:", "since my last annual message to Congress": a head of government's
    // message to the legislature, which speaks for the government it heads
    if (MESSAGE_TO_LEGISLATURE.test(sentence.text)) bodies.add('government').add(AGENTLESS_ACT);
    // "This Congress produced a budget that …": the legislature the writer addresses, by its title ("this assembly elected
    // a general" in a message on Mexico names another)
    LEGISLATURE_ADDRESSED.lastIndex = 0;
    for (let m = LEGISLATURE_ADDRESSED.exec(sentence.text); m; m = LEGISLATURE_ADDRESSED.exec(sentence.text))
      bodies.add(m[1].toLowerCase());
    BODY_ADDRESSED.lastIndex = 0;
    for (let m = BODY_ADDRESSED.exec(sentence.text); m; m = BODY_ADDRESSED.exec(sentence.text)) bodies.add(m[1].toLowerCase());
  }
  return [...bodies];
}

export const NO_HITS: LocalResult['hits'] = [];

/**
 * The fixes a finding offers in its sentence: a hedge is taken away only where the sentence carries
 * evidence (the claim then rests on it), and a citation is offered only where there is none yet.
 */
export function fixKindsFor(kinds: Hit['fixes'], evidence: boolean): Hit['fixes'] {
  if (evidence ? !kinds.includes('cite') && !kinds.includes('cite-basis') : !kinds.includes('remove-hedge')) return kinds;
  return kinds.filter((kind) => (evidence ? kind !== 'cite' && kind !== 'cite-basis' : kind !== 'remove-hedge'));
}

export const DIGIT = /\d/;

/** A number standing as a figure in a table cell ("12.5", "$1,200", "45%"), not part of a name ("GPLv3"). */
export const FIGURE_IN_CELL = madeOnFirstUse(() => /(?<![\p{L}\d.])[$€£¥]?\d[\d,.]*%?(?![\p{L}\d])/gu);

/** A year standing alone: a table of dates (a timeline, a list of versions by year) holds no figures of the writer's analysis. */
export const YEAR = /^(?:1[89]|20)\d\d$/;

/** How many figures a document's tables must hold to be a table of its own figures, not a table that mentions a version or a year. */
export const TABLE_FIGURES = 3;

/**
 * Inline code that prints a result into the prose (R Markdown and Quarto: `r x`, `{r} x`); not the version of the software
 * or today's date ("Version `r packageVersion('forecast')` was used"), which a paper about software prints of itself.
 */
export const INLINE_RESULT =
  /`(?:\{r\}|r)\s(?!\s*(?:packageVersion|R\.version|getRversion|Sys\.(?:Date|time)|format\(\s*Sys\.|citation)\b)/;

/** A code chunk of R Markdown or Quarto, from its opening fence (the body up to a closing fence of as many backticks). */
const CODE_CHUNK = /^[ \t]*(`{3,})[ \t]*\{r\b[^\n]*(?:\n([\s\S]*?)^[ \t]*\1[ \t]*$)?/gm;

/**
 * A call that computes no result: it shows a picture or a page, sets knitr's options or loads a package. A handbook
 * or guide in R Markdown places its figures with `knitr::include_graphics("img/workflow.png")`: it shows them, it does
 * not compute them.
 */
const COMPUTES_NOTHING =
  /(?:\w+::)?(?:include_graphics|include_url|opts_chunk\$set|opts_knit\$set|library|require|requireNamespace|suppressPackageStartupMessages)\((?:[^()]|\([^()]*\))*\)/g;

/** Whether the source holds a code chunk that computes something: the document computes its own results. */
export function computesInCodeChunks(source: string): boolean {
  CODE_CHUNK.lastIndex = 0;
  for (let m = CODE_CHUNK.exec(source); m; m = CODE_CHUNK.exec(source)) {
    // (a chunk with no closing fence is read as computing, as every chunk was before)
    if (m[2] === undefined || m[2].replace(/#.*$/gm, '').replace(COMPUTES_NOTHING, '').trim() !== '') return true;
  }
  return false;
}

/** Whether the sentence's figure is printed by inline code: a result the document computes itself. */
export function computes(source: string, sentence: Span): boolean {
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
export function showsOwnAnalysis(doc: ProseDoc, locals: readonly LocalResult[]): boolean {
  for (let i = 0; i < locals.length; i++) if (locals[i].writerStance === 'exhibit' || locals[i].writerStance === 'own-method') return true;
  let figures = 0;
  for (const block of doc.blocks) {
    if (block.kind !== 'table-cell' || !DIGIT.test(doc.prose.slice(block.start, block.end))) continue;
    const cell = doc.prose.slice(block.start, block.end);
    const figure = FIGURE_IN_CELL();
    figure.lastIndex = 0;
    for (let m = figure.exec(cell); m; m = figure.exec(cell)) if (!YEAR.test(m[0]) && ++figures >= TABLE_FIGURES) return true;
  }
  // R Markdown or Quarto that computes its results in code chunks or prints them inline
  return doc.source.includes('`') && (computesInCodeChunks(doc.source) || INLINE_RESULT.test(doc.source));
}

/** Whether the hit lies inside one of the spans. */
export const NO_SHOWN: boolean[] = [];

/** Whether the hit becomes a finding here: its rule on, not a hint unless thorough, not answered by evidence or a named source, within the claim strictness. */
export function isShown(
  hit: LocalResult['hits'][number],
  evidence: boolean,
  namedSource: boolean,
  settings: Settings,
  thorough: boolean,
): boolean {
  const meta = RULE_BY_ID.get(hit.rule)!.meta;
  if (capped(severityOf(hit.rule, settings), hit.cap) === 'off') return false;
  // Weak cues (capped at hint) are right too rarely on real drafts to show by default.
  if (hit.cap === 'hint' && !thorough) return false;
  if (meta.silencedByEvidence && evidence) return false;
  if (meta.silencedByAttribution && namedSource) return false;
  return !(hit.level && ORDER.indexOf(hit.level) > ORDER.indexOf(settings.claimStrictness));
}

/** A shown finding of a rule this one yields to covers its words. */
export function yieldsToShown(hit: LocalResult['hits'][number], hits: LocalResult['hits'], shown: readonly boolean[]): boolean {
  const yieldsTo = policyOf(hit.rule).yieldsTo;
  if (!yieldsTo) return false;
  for (let k = 0; k < hits.length; k++) {
    const other = hits[k];
    if (!shown[k] || other === hit || !yieldsTo.includes(other.rule) || other.start > hit.start || hit.end > other.end) continue;
    // A stack's first hedge is what its fix keeps, so it stays a hedge of its own; the hedges the fix drops yield.
    if (other.parts && !other.parts.some((part) => part.start < hit.end && hit.start < part.end)) continue;
    return true;
  }
  return false;
}

/** The hedge a shown stack starts with: the stack's fix keeps it, and a rewrite of it alone would clash with the rest. */
function leadsShownStack(hit: LocalResult['hits'][number], hits: LocalResult['hits'], shown: readonly boolean[]): boolean {
  for (let k = 0; k < hits.length; k++) if (shown[k] && hits[k] !== hit && hits[k].parts && hits[k].start === hit.start) return true;
  return false;
}

/** A stack's first hedge offers only its citation: "will probably (about 70 %) possibly" is no fix. */
const STACK_LEAD_FIXES = (fixes: Hit['fixes']) => fixes.filter((kind) => kind !== 'likelihood' && kind !== 'remove-hedge');

/** The cues of the vague sources that introduce what follows with a verb ("studies show"): they introduce a claim. */
export function sourceCues(hits: LocalResult['hits']): string[] {
  const cues: string[] = [];
  for (let h = 0; h < hits.length; h++) if (policyOf(hits[h].rule).framesClaims === 'saying') cues.push(hits[h].data?.cue ?? '');
  return cues;
}

export function hasUncertainHit(hits: LocalResult['hits']): boolean {
  for (let h = 0; h < hits.length; h++) if (policyOf(hits[h].rule).marksUncertain) return true;
  return false;
}

export function classifySentence(local: LocalResult, evidence: boolean, settings: Settings): SentenceClass {
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

export function isAccepted(accepted: readonly string[], flagged: string, sentence: string, hit: Hit & { rule: RuleId }): boolean {
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
export const PLACEHOLDER = /\{\{(\w+)\}\}/g;

export const WHITESPACE_RUN = /\s+/g;

export function format(template: string, data: Record<string, string> | undefined): string {
  // Values quote the document: fold its line breaks so a message stays on one line.
  return template.replace(PLACEHOLDER, (_, key: string) => (data?.[key] ?? '').replace(WHITESPACE_RUN, ' '));
}

export function explain(hit: Hit, sentenceClass: SentenceClass, markers: readonly EvidenceMarker[]): string {
  const evidence = markers.length > 0 ? ` Evidence found: ${markers.map((m) => `${m.kind} ${m.label}`).join(', ')}.` : '';
  return `${hit.reason}\n\nThis sentence ${CLASS_TEXT[sentenceClass]}.${evidence}`;
}
