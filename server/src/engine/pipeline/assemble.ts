// The pipeline, per document: the chunks' findings moved to their places with the document-level facts applied
// (directives, citation style, own analysis, guidance), and the summary.
import { countFindings } from '../finding-counts';
import { citationFormKey, placeFixes, type DocumentFacts } from '../fixes';
import { citationStyleOf, Suppressions } from '../prose';
import type {
  Directive,
  DocumentAnalysis,
  DocumentKind,
  DocumentReading,
  DocumentSummary,
  Finding,
  LanguageId,
  SentenceReport,
  Span,
} from '../types';
import {
  ACCOUNT_TERMS_MIN,
  COLLECTIVE_SHARE,
  FISCAL_YEARS_MIN,
  INSTRUCTING_MIN_SENTENCES,
  GUIDE_INSTRUCTING_SHARE,
  INSTRUCTING_SHARE,
  NARRATING_SHARE,
  type ChunkAnalysis,
  type PlannedFinding,
} from './chunk';

/** A byline, title or letterhead is at a document's top: in its first this many characters. */
const BYLINE_SPAN = 3000;

export interface Placement {
  shift: number;
  ownAnalysis: boolean;
  keepsAccounts: boolean;
  instructs: boolean;
  narrates: boolean;
  ownBodies: string;
  citationForm: string;
  reports: SentenceReport[];
  findings: Finding[];
  words: number;
}

export function byPosition(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** The chunks' analyses moved to their places, with the document-level facts applied. */
export function assemble(
  source: string,
  languageId: LanguageId,
  chunks: readonly Span[],
  analyses: readonly ChunkAnalysis[],
  hasBibliography = false,
  documentKind: DocumentKind = 'auto',
): DocumentAnalysis {
  const directives: Directive[] = [];
  const footnoteLabels: string[] = [];
  let bracketCitations = false;
  let footnotes = false;
  let accountTerms = 0;
  let fiscalYears = 0;
  let accountHolder = false;
  let ownAnalysis = false;
  let running = 0;
  let instructing = 0;
  let namesItselfAGuide = 0;
  let narrating = 0;
  let collective = 0;
  // The bodies the document speaks for: the acts of those it names by title are its own, told first-hand (Hit.actOf).
  const spokenFor = new Set<string>();
  // And those its front names it speaking for ("Deputy Governor of the Bank of Canada"): their acts are its own too, but
  // a byline does not stop a commentary from narrating (a columnist's post is no body the column speaks for).
  const bylineFor = new Set<string>();
  const pressReleaseLetterheads = new Set<string>();
  let pressRelease = false;
  // (one pass over the chunks for all the document-level facts: a keystroke at 50,000 words makes it over 1,500 chunks)
  for (let index = 0; index < analyses.length; index++) {
    const analysis = analyses[index];
    const shift = chunks[index].start;
    for (const d of analysis.directives) directives.push({ ...d, start: d.start + shift, end: d.end + shift });
    for (const label of analysis.footnoteLabels) footnoteLabels.push(label);
    bracketCitations ||= analysis.bracketCitations;
    footnotes ||= analysis.footnotes;
    accountTerms += analysis.accounts.terms;
    fiscalYears += analysis.accounts.fiscalYears;
    accountHolder ||= analysis.accounts.holder;
    ownAnalysis ||= analysis.ownAnalysis;
    running += analysis.running;
    instructing += analysis.instructing;
    namesItselfAGuide += analysis.namesItselfAGuide;
    narrating += analysis.narrating;
    collective += analysis.collective;
    for (const body of analysis.ownBodies) spokenFor.add(body);
    for (const byline of analysis.bylineBodies)
      if (shift + byline.at < BYLINE_SPAN) (byline.onlyInPressRelease ? pressReleaseLetterheads : bylineFor).add(byline.body);
    if (analysis.pressReleaseAt >= 0 && shift + analysis.pressReleaseAt < BYLINE_SPAN) pressRelease = true;
  }
  if (pressRelease) for (const body of pressReleaseLetterheads) bylineFor.add(body);
  const actsOwn = (f: PlannedFinding) => f.actOf !== undefined && (spokenFor.has(f.actOf) || bylineFor.has(f.actOf));
  const suppressions = new Suppressions(directives, source);
  // A Markdown document with a bibliography cites with keys (Pandoc), whatever it holds so far.
  const citationStyle = hasBibliography && languageId === 'markdown' ? 'pandoc' : citationStyleOf(languageId, bracketCitations, footnotes);
  const facts: DocumentFacts = { languageId, citationStyle, footnoteLabels, source };

  const formKey = citationFormKey(facts);
  // In a document of its own analysis, a claim of a measurement (a figure, a trend, a comparison) is the writer's result:
  // the document is its evidence (ownAnalysis). And so, in a document that keeps public accounts, are its figures (see
  // ACCOUNT_TERMS_MIN).
  const keepsAccounts = accountHolder && accountTerms >= ACCOUNT_TERMS_MIN && fiscalYears >= FISCAL_YEARS_MIN;
  // (the writer may say what her document is: settings.documentKind)
  const instructs =
    documentKind === 'guidance' ||
    (documentKind === 'auto' &&
      running >= INSTRUCTING_MIN_SENTENCES &&
      instructing >= (namesItselfAGuide > 0 ? GUIDE_INSTRUCTING_SHARE : INSTRUCTING_SHARE) * running);
  // (two at least: one act told in a short guide does not make it commentary; and a document that speaks for a public
  // body or as the holder of its accounts, a President's message, tells its own record and its guests' stories: in the
  // real documents of that voice two in ten of the acts it told were claims a reader wanted sourced)
  const narrates =
    running >= INSTRUCTING_MIN_SENTENCES &&
    narrating >= 2 &&
    narrating >= NARRATING_SHARE * running &&
    !accountHolder &&
    spokenFor.size === 0 &&
    collective < COLLECTIVE_SHARE * running;
  const ownBodies = `${[...spokenFor].sort().join(' ')}|${[...bylineFor].sort().join(' ')}`;
  // (the public books' figures are the government's own where the document speaks for it: PUBLIC_LEDGER)
  const speaksForAGovernment = accountHolder || spokenFor.has('government') || spokenFor.has('administration');

  const reports: SentenceReport[] = [];
  const findings: Finding[] = [];
  let words = 0;
  analyses.forEach((analysis, index) => {
    const shift = chunks[index].start;
    // A chunk before an edit keeps its place: its last placement still holds.
    const citationForm = analysis.cites ? formKey : '';
    const last = analysis.placement;
    if (
      suppressions.empty &&
      last &&
      last.shift === shift &&
      last.citationForm === citationForm &&
      last.ownAnalysis === ownAnalysis &&
      last.keepsAccounts === keepsAccounts &&
      last.instructs === instructs &&
      last.narrates === narrates &&
      last.ownBodies === ownBodies
    ) {
      for (const report of last.reports) reports.push(report);
      for (const finding of last.findings) findings.push(finding);
      words += last.words;
      return;
    }
    const placement: Placement = {
      shift,
      ownAnalysis,
      keepsAccounts,
      instructs,
      narrates,
      ownBodies,
      citationForm,
      reports: [],
      findings: [],
      words: 0,
    };
    for (let si = 0; si < analysis.sentences.length; si++) {
      const sentence = analysis.sentences[si];
      const placed: Finding[] = [];
      for (let fi = 0; fi < sentence.findings.length; fi++) {
        const f = sentence.findings[fi];
        if (suppressions.has(f.rule, f.start + shift)) continue;
        if (ownAnalysis && f.measured) continue;
        // (in a document that keeps accounts, the figures of its accounts; the farm prices or relief funds of others stay claims)
        if (keepsAccounts && f.measured && f.ofAccounts) continue;
        // ("are estimated at 31.5 billion dollars" in a budget message: the holder's own estimate; in a paper of its own
        // analysis it may be another author's, and stays)
        if (keepsAccounts && f.ownEstimate) continue;
        if (speaksForAGovernment && f.measured && f.ofPublicLedger) continue;
        if (instructs && f.circumstantial) continue;
        if (!narrates && f.narrative) continue;
        if (actsOwn(f)) continue;
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
      const read =
        sentence.ifOwnBody && sentence.findings.some(actsOwn)
          ? sentence.ifOwnBody
          : narrates && sentence.ifNarrating
            ? sentence.ifNarrating
            : instructs && sentence.ifInstructing
              ? sentence.ifInstructing
              : r;
      placement.reports.push({
        start: r.start + shift,
        end: r.end + shift,
        text: r.text,
        class: read.class,
        uncertain: read.uncertain,
        claim: r.claim,
        evidence: r.evidence,
        findings: placed,
      });
      placement.words += sentence.words;
    }
    for (const report of placement.reports) reports.push(report);
    for (const finding of placement.findings) findings.push(finding);
    words += placement.words;
    if (suppressions.empty) analysis.placement = placement;
  });
  findings.sort(byPosition);
  const reading: DocumentReading = {
    kind: instructs ? 'guidance' : 'argument',
    kindFrom: documentKind === 'auto' ? 'document' : 'setting',
    ownAnalysis,
    narrates,
  };
  return { findings, sentences: reports, summary: summarize(reports, findings, words, reading) };
}

export function summarize(
  reports: readonly SentenceReport[],
  findings: readonly Finding[],
  words: number,
  reading: DocumentReading,
): DocumentSummary {
  const { counts, hedgeDensity, groups } = countFindings(findings, words);
  const classes: DocumentSummary['classes'] = {};
  let claims = 0;
  let supportedClaims = 0;
  for (const r of reports) {
    classes[r.class] = (classes[r.class] ?? 0) + 1;
    if (r.claim) {
      claims++;
      if (r.evidence || r.class === 'attributed') supportedClaims++;
    }
  }
  return {
    sentences: reports.length,
    claims,
    supportedClaims,
    hedgeDensity,
    words,
    counts,
    groups,
    classes,
    reading,
  };
}
