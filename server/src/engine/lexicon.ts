// Word lists live in data/*.json (each entry with a note and alternatives); this module
// loads them once and builds the matchers the rules use.
import attributionData from './data/attribution.json';
import boosterData from './data/boosters.json';
import claimData from './data/claims.json';
import contextData from './data/context.json';
import hedgeData from './data/hedges.json';
import sourceData from './data/sources.json';
import speculationData from './data/speculation.json';
import { PhraseMatcher } from './tokens';
import type { ClaimStrictness } from './types';

export interface CueEntry {
  phrase: string;
  sense: string;
  category: string;
  fix: 'remove' | 'none';
  note: string;
  alternatives: string[];
  /** The cue counts only after one of these word sequences, which the flagged span then takes in ("to our" + "knowledge"). */
  preceded?: string[];
}

export interface WordGroup {
  note: string;
  alternatives?: string[];
  words: string[];
}

export const hedges = new PhraseMatcher<CueEntry>((hedgeData.entries as CueEntry[]).map((e) => [e.phrase, e] as [string, CueEntry]));
export const boosters = new PhraseMatcher<CueEntry>((boosterData.entries as CueEntry[]).map((e) => [e.phrase, e] as [string, CueEntry]));

export interface Participle {
  word: string;
  note: string;
  alternatives: string[];
}
export const attributionParticiples = new Map<string, Participle>(
  attributionData.participles.map((p) => [p.word, p] as [string, Participle]),
);
export const attributionContextOnly = new Set(attributionData.contextOnly.words);
export const attributionIntensifiers = new Set(attributionData.intensifiers.words);
export const attributionVagueAgents = new Set(attributionData.vagueAgents.words);
export const attributionAddressees = new Set(attributionData.addressees.words);
export const attributionRuleStatuses = new Set(attributionData.ruleStatuses.words);
export const attributionRuleNouns = new Set(attributionData.ruleNouns.words);
export const attributionSourceRecords = new Set(attributionData.sourceRecords.words);
export const attributionFrontedAgents = new Set(attributionData.frontedAgents.words);
export const attributionCausal = new Set(attributionData.causalAttribution.words);
export const attributionSpeechActs = attributionData.speechActNouns as WordGroup;
export const attributionSpeechActNouns = new Set(attributionData.speechActNouns.words);
export const attributionSpeechActVerbs = new Set(attributionData.speechActVerbs.words);
export const attributionHearsayAdverbs = attributionData.hearsayAdverbs as WordGroup;
export const attributionReputationGroup = attributionData.reputation as WordGroup;
export const attributionReputation = new PhraseMatcher<WordGroup>(
  attributionData.reputation.words.map((w) => [w, attributionReputationGroup] as [string, WordGroup]),
);

export const sources = {
  vagueHeads: new Set(sourceData.vagueHeads.words),
  vagueHeadsGroup: sourceData.vagueHeads as WordGroup,
  quantifiers: new PhraseMatcher<string>(sourceData.quantifiers.words.map((w) => [w, w] as [string, string])),
  vagueAdjectives: new Set(sourceData.vagueAdjectives.words),
  reportingVerbs: new PhraseMatcher<string>(sourceData.reportingVerbs.words.map((w) => [w, w] as [string, string])),
  forecastVerbs: new Set(sourceData.forecastVerbs.words),
  /** Saying, showing, believing or feeling: what a vague group can be said to do. */
  anyAttributionVerb: new PhraseMatcher<string>(
    [...sourceData.reportingVerbs.words, ...sourceData.attitudeVerbs.words].map((w) => [w, w] as [string, string]),
  ),
  demonyms: new PhraseMatcher<string>(sourceData.demonyms.words.map((w) => [w, w] as [string, string])),
  /** "the council", "the central bank": a definite body, named by the document's context. */
  institutions: new PhraseMatcher<string>(sourceData.institutions.words.map((w) => [w, w] as [string, string])),
  quantifierStarts: new Set(sourceData.quantifiers.words.map((w) => w.split(' ')[0])),
  demonymStarts: new Set(sourceData.demonyms.words.map((w) => w.split(' ')[0])),
  /** People, places, sources and works: groups a vague quantifier leaves unidentified. */
  groupNouns: new Set(sourceData.groupNouns.words),
  /** "received acclaim", "drew criticism": a verdict with no one giving it. */
  reception: new Set(sourceData.reception.words),
  receptionGroup: sourceData.reception as WordGroup,
  /** "the most influential": a ranking by reputation or taste. */
  evaluativeSuperlatives: new Set(sourceData.evaluativeSuperlatives.words),
  evaluativeSuperlativesGroup: sourceData.evaluativeSuperlatives as WordGroup,
  /** "popular belief", "conventional wisdom": opinion credited to everyone and no one. */
  publicOpinion: new PhraseMatcher<WordGroup>(
    sourceData.publicOpinion.words.map((w) => [w, sourceData.publicOpinion as WordGroup] as [string, WordGroup]),
  ),
  /** "there are reports that", "there is speculation": hearsay nouns after an existential "there". */
  hearsay: new Set(sourceData.hearsay.words),
  hearsayGroup: sourceData.hearsay as WordGroup,
  /** "there is evidence that", "there are statistics that": evidence after an existential "there", with no source. */
  unnamedEvidence: new Set(sourceData.unnamedEvidence.words),
  unnamedEvidenceGroup: sourceData.unnamedEvidence as WordGroup,
  /** "expert advice", "the scientific consensus": expertise credited to no expert. */
  unnamedExpertise: new PhraseMatcher<string>(sourceData.unnamedExpertise.words.map((w) => [w, w] as [string, string])),
  unnamedExpertiseGroup: sourceData.unnamedExpertise as WordGroup,
  /** "evidence does not support", "statistics underscore": evidence vouching for a claim. */
  evidentialVerbs: new PhraseMatcher<string>(sourceData.evidentialVerbs.words.map((w) => [w, w] as [string, string])),
  /** "I was told that", "we have heard that": the writer's informant, unnamed. */
  firstPersonHearsay: new Set(sourceData.firstPersonHearsay.words),
  firstPersonHearsayGroup: sourceData.firstPersonHearsay as WordGroup,
  /** "legend has it", "according to legend": a belief credited to folklore or rumour. */
  folklore: new Set(sourceData.folklore.words),
  folkloreGroup: sourceData.folklore as WordGroup,
};

function words(group: WordGroup): PhraseMatcher<WordGroup> {
  return new PhraseMatcher(group.words.map((w) => [w, group] as [string, WordGroup]));
}

export const speculation = {
  purpose: words(speculationData.purpose),
  purposeGroup: speculationData.purpose as WordGroup,
  intention: words(speculationData.intention),
  intentionGroup: speculationData.intention as WordGroup,
  feeling: new Set(speculationData.feeling.words),
  feelingGroup: speculationData.feeling as WordGroup,
  feelingVerbs: new Set(speculationData.feelingVerbs.words),
  feelingVerbsGroup: speculationData.feelingVerbs as WordGroup,
  reportedFrames: words(speculationData.reportedFrames),
  assessmentFrames: words(speculationData.assessmentFrames),
  purposeOwners: new Set(speculationData.purposeOwners.words),
  adversaries: new Set(speculationData.adversaries.words),
  institutionalActors: new Set(speculationData.institutionalActors.words),
  wantingVerbs: new Set(speculationData.wantingVerbs.words),
  hostilePurposes: new Set(speculationData.hostilePurposes.words),
  hostilePurposesGroup: speculationData.hostilePurposes as WordGroup,
  purposeParticiples: words(speculationData.purposeParticiples),
  purposeParticiplesGroup: speculationData.purposeParticiples as WordGroup,
  coerciveAdverbs: new Set(speculationData.coerciveAdverbs.words),
  motiveAdverbs: new Set(speculationData.motiveAdverbs.words),
  motiveAdverbsGroup: speculationData.motiveAdverbs as WordGroup,
  knowing: new Set(speculationData.knowing.words),
  knowingGroup: speculationData.knowing as WordGroup,
  hiddenAims: words(speculationData.hiddenAims),
  hiddenAimsGroup: speculationData.hiddenAims as WordGroup,
};

export type ClaimFeatureKind = 'trend' | 'causal' | 'absolute' | 'comparison' | 'statistic' | 'prediction' | 'prevalence' | 'evaluation';

interface ClaimGroup extends WordGroup {
  level: ClaimStrictness;
}

const claimGroups: [ClaimFeatureKind, ClaimGroup][] = [
  ['trend', claimData.trendVerbs as ClaimGroup],
  ['causal', claimData.causalPhrases as ClaimGroup],
  ['absolute', claimData.absolutes as ClaimGroup],
  ['comparison', claimData.comparatives as ClaimGroup],
  ['prediction', claimData.predictionVerbs as ClaimGroup],
  ['prevalence', claimData.prevalence as ClaimGroup],
  ['evaluation', claimData.evaluations as ClaimGroup],
];

export const claimCues = new PhraseMatcher<{ kind: ClaimFeatureKind; group: ClaimGroup }>(
  claimGroups.flatMap(([kind, group]) =>
    group.words.map((w) => [w, { kind, group }] as [string, { kind: ClaimFeatureKind; group: ClaimGroup }]),
  ),
);
export const claimGroupFor = Object.fromEntries(claimGroups) as Record<ClaimFeatureKind, ClaimGroup>;
export const statisticNouns = new Set(claimData.statisticNouns.words);
export const salienceAdjectives = new Set(claimData.salienceAdjectives.words);
export const statisticLevel = claimData.statisticNouns.level as ClaimStrictness;

/** Context vocabularies (data/context.json): each list decides one question of sense. */
type ContextList = Exclude<keyof typeof contextData, '$note'>;
export const contextWords = {} as Record<ContextList, ReadonlySet<string>>;
for (const key of Object.keys(contextData) as (keyof typeof contextData)[]) {
  if (key !== '$note') contextWords[key] = new Set(contextData[key].words);
}
