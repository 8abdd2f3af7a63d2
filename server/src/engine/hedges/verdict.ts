// hedge: what a sense check returns, and the senses an entry of data/hedges.json may name.
import { type CueEntry } from '../lexicon';

/** The senses a hedge entry in data/hedges.json may name; each has its check in senseReason (a test holds the data to this list). */
export const SENSES = [
  'weak',
  'stance',
  'expect',
  'inference',
  'modal',
  'plain',
  'evidential',
  'appearance',
  'likely',
  'possible',
  'whether',
  'predicative',
  'attributive',
  'should',
  'possibility',
  'forecast',
  'frame',
  'dispositional',
  'generalising',
] as const;

export type Sense = (typeof SENSES)[number];

export interface HedgeCue {
  from: number;
  to: number;
  entry: CueEntry;
  reason: string;
  /** Weak cues count for the sentence's class but are shown as hints. */
  cap?: 'hint';
  /** The hedge reports another work's inference: "Earlier studies suggest that …", and the hedges in that clause. */
  reportsWork?: boolean;
  /** A modal of doing or of what can happen ("Models may contain errors"): see Hit.circumstantial. */
  circumstantial?: boolean;
  /** "could" proposing a course of action when its sentence is a list item: see Hit.listedOption. */
  listedOption?: boolean;
}

/** A sense check's verdict: why the cue is epistemic here, and whether it is too weak to show as more than a hint. */
export type Verdict = string | { reason: string; cap?: 'hint'; circumstantial?: boolean; listedOption?: boolean } | undefined;

export const hint = (reason: string): Verdict => ({ reason, cap: 'hint' });
