// Public entry of the analysis engine. Pure: no editor imports, no Node APIs.
// TEMPORARY wiring stub: the real pipeline lands in the core-engine commit.
import type { AnalyzeOptions, DocumentAnalysis, Finding, SentenceReport } from './types';

export * from './types';

export function analyzeDocument(text: string, _options: AnalyzeOptions = {}): DocumentAnalysis {
  return {
    findings: [],
    sentences: [],
    summary: { sentences: 0, claims: 0, supportedClaims: 0, hedgeDensity: 0, words: text.split(/\s+/).filter(Boolean).length, counts: {}, classes: {} },
  };
}

export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  return analyzeDocument(text, options).findings;
}

/** One sentence or paragraph, as the `evident classify` contract reports it. */
export function classify(text: string): Omit<SentenceReport, 'start' | 'end' | 'text'> {
  return { class: 'neutral', uncertain: false, claim: false, evidence: false, findings: [] };
}
