// Estimative language (evident.estimativeLanguage): for analysts who write to a probability scale
// such as ICD 203's. With a scale chosen, its words are the required vocabulary and are not flagged
// as hedges; a bare may/might/could is still flagged, and "State the likelihood" and the hover offer
// the scale's words with their bands instead of "likely (about 70 %)". The scales are data
// (data/estimative-scales.json). Pure: used by the language server and the CLI.
import scaleData from './data/estimative-scales.json';
import { policyOf } from '../engine/rules';
import type { DocumentAnalysis, Finding, Fix } from '../engine/types';
import { analysisKeeping } from './projectConfig';

export interface ScaleTerm {
  term: string;
  also: string[];
  band: string;
  /** The form that reads in "is ___ to rise". */
  adjective?: string;
  /** The form that reads in "will ___ rise". */
  adverb?: string;
}

export interface EstimativeScale {
  id: string;
  name: string;
  source: string;
  note: string;
  terms: ScaleTerm[];
}

const SCALES: EstimativeScale[] = Object.entries(scaleData as Record<string, unknown>)
  .filter(([id]) => id !== '$note')
  .map(([id, value]) => ({ id, ...(value as Omit<EstimativeScale, 'id'>) }));

/** The setting's values: "off" (the default: "likely (about 70 %)"), then one per scale. */
export const ESTIMATIVE_OPTIONS = ['off', ...SCALES.map((scale) => scale.id)] as const;

export function estimativeScale(id: string | undefined): EstimativeScale | undefined {
  return SCALES.find((scale) => scale.id === id);
}

export function allScales(): readonly EstimativeScale[] {
  return SCALES;
}

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Whether a hedge's words are one of the scale's own terms ("likely", "highly probable"). */
export function isScaleTerm(scale: EstimativeScale, text: string): boolean {
  const words = fold(text);
  return scale.terms.some((term) => fold(term.term) === words || term.also.some((also) => fold(also) === words));
}

/** The analysis without the hedges that are the scale's own words (summary counts follow). */
export function analysisWithScale(analysis: DocumentAnalysis, scale: EstimativeScale | undefined): DocumentAnalysis {
  if (!scale) return analysis;
  return analysisKeeping(analysis, (finding) => !(policyOf(finding.rule).statesLikelihood && isScaleTerm(scale, finding.text)));
}

/** The findings without the hedges that are the scale's own words. */
export function findingsWithScale(findings: Finding[], scale: EstimativeScale | undefined): Finding[] {
  if (!scale) return findings;
  return findings.filter((finding) => !(policyOf(finding.rule).statesLikelihood && isScaleTerm(scale, finding.text)));
}

/** "likely (55–80 %)" */
const withBand = (word: string, term: ScaleTerm) => `${word} (${term.band})`;
const capitalize = (word: string) => word[0].toUpperCase() + word.slice(1);
/** Characters a snippet choice must escape. */
const choice = (text: string) => text.replace(/[\\$}|,]/g, (ch) => `\\${ch}`);

const WORD_AND_SIZE = /\$\{1:(likely|probably|Probably)\} \(about \$\{2:\d+\} %\)/;
const PLAIN_WORD_AND_SIZE = /\b(likely|probably|Probably) \(about \[N\] %\)/;
const TITLE_WORD_AND_SIZE = /\b(likely|probably|Probably) \(about \d+ %\)/;

/**
 * "State the likelihood" in the scale's words: the snippet offers each term that reads in the
 * position (an adjective after "is", an adverb after "will"/"has"), the one for "likely" first,
 * each with its band; the plain edit and the title use that first one. Other fixes are unchanged.
 */
export function fixWithScale(fix: Fix, scale: EstimativeScale | undefined, finding?: Finding): Fix {
  if (!scale || !fix.title.startsWith('State the likelihood')) return fix;
  const replaced = finding && ownWordReplaced(fix, scale, finding);
  if (replaced) return replaced;
  const snippet = fix.snippetEdits?.find((edit) => WORD_AND_SIZE.test(edit.newText));
  const word = snippet && WORD_AND_SIZE.exec(snippet.newText)![1];
  if (!snippet || !word) return fix;
  const form = word === 'likely' ? 'adjective' : 'adverb';
  const terms = scale.terms.filter((term) => term[form] !== undefined);
  const first = terms.find((term) => term.term === 'likely') ?? terms.find((term) => term.also.includes('probably'));
  if (!first) return fix;
  const ordered = [first, ...terms.filter((term) => term !== first)];
  const shown = (term: ScaleTerm) => {
    const text = withBand(term[form]!, term);
    return word === 'Probably' ? capitalize(text) : text;
  };
  const choices = `\${1|${ordered.map((term) => choice(shown(term))).join(',')}|}`;
  return {
    ...fix,
    title: fix.title.replace(TITLE_WORD_AND_SIZE, shown(first)),
    edits: fix.edits.map((edit) => ({ ...edit, newText: edit.newText.replace(PLAIN_WORD_AND_SIZE, shown(first)) })),
    snippetEdits: fix.snippetEdits!.map((edit) => ({ ...edit, newText: edit.newText.replace(WORD_AND_SIZE, choices) })),
  };
}

const SIZE_ONLY = /^ \(about \$\{1:\d+\} %\)$/;
/** Probability words outside the scale, and the form of the scale's word that takes their place. */
const OWN_WORDS: Record<string, 'adjective' | 'adverb'> = {
  likely: 'adjective',
  probable: 'adjective',
  possible: 'adjective',
  unlikely: 'adjective',
  probably: 'adverb',
  possibly: 'adverb',
  'most likely': 'adverb',
  'in all likelihood': 'adverb',
};

/**
 * A probability word the scale does not use ("probably" under NATO's scale, "possibly" under any):
 * the fix that would add "(about 70 %)" after it replaces it with the scale's words instead.
 */
function ownWordReplaced(fix: Fix, scale: EstimativeScale, finding: Finding): Fix | undefined {
  const snippet = fix.snippetEdits?.length === 1 ? fix.snippetEdits[0] : undefined;
  const form = OWN_WORDS[fold(finding.text)];
  if (!snippet || !form || !SIZE_ONLY.test(snippet.newText) || snippet.start !== finding.end || snippet.end !== finding.end)
    return undefined;
  const terms = scale.terms.filter((term) => term[form] !== undefined);
  if (terms.length === 0) return undefined;
  // "unlikely" becomes the scale's band for it, the others the band for "likely".
  const negative = /^unlikely$/i.test(finding.text);
  const first = (negative ? terms.find((term) => term.term === 'unlikely') : terms.find((term) => term.term === 'likely')) ?? terms[0];
  const ordered = [first, ...terms.filter((term) => term !== first)];
  const capital = finding.text[0] !== finding.text[0].toLowerCase();
  const shown = (term: ScaleTerm) => (capital ? capitalize(withBand(term[form]!, term)) : withBand(term[form]!, term));
  return {
    ...fix,
    title: `State the likelihood: "${shown(first)}"`,
    edits: [{ start: finding.start, end: finding.end, newText: shown(first) }],
    snippetEdits: [{ start: finding.start, end: finding.end, newText: `\${1|${ordered.map((term) => choice(shown(term))).join(',')}|}` }],
  };
}

/** The hover's line for a hedge: "Say how likely, in ICD 203 terms: almost no chance (1–5 %) · …". */
export function scaleLine(scale: EstimativeScale): string {
  return `Say how likely, in ${scale.name} terms: ${scale.terms.map((term) => `${term.term} (${term.band})`).join(' · ')}`;
}
