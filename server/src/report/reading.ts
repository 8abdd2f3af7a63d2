// How the engine read a document as a whole (DocumentReading), in the writer's terms: why some of its sentences are
// left alone, and the setting that changes it. Plain text; `code` between backticks.
import type { DocumentReading } from '../engine/types';

export function readingNotes(reading: DocumentReading): string[] {
  const notes: string[] = [];
  if (reading.kind === 'guidance')
    notes.push(
      reading.kindFrom === 'setting'
        ? 'Read as guidance (`evident.documentKind`): "may", "might" and "could" that state what can happen are not flagged as hedges.'
        : 'Read as guidance, since a fifth or more of its sentences tell the reader what to do: "may", "might" and "could" that state what can happen are not flagged as hedges. If it argues rather than instructs, set `evident.documentKind` to `argument`.',
    );
  else if (reading.kindFrom === 'setting') notes.push('Read as an argument (`evident.documentKind`): its modals are hedges.');
  if (reading.ownAnalysis)
    notes.push(
      'It carries out its own analysis: its figures, trends and comparisons are read as its results, not as claims that need a source.',
    );
  if (reading.narrates) notes.push('It tells what named actors did: their past acts are read as claims that need a source.');
  return notes;
}
