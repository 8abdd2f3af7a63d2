// The project's own prose as sentences, for tests that compare two ways of reading the same text:
// the labelled policy fixtures (plain text) and the bench corpus (Markdown).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../server/src/engine/index';

const ROOT = join(import.meta.dirname, '..', '..');

export function sentencesOf(text: string, languageId = 'plaintext'): string[] {
  return analyzeDocument(text, { languageId }).sentences.map((s) => s.text);
}

/** Every sentence of test/fixtures/policy-labelled.jsonl and of the bench corpus. */
export function ownSentences(): string[] {
  const fixtures = readFileSync(join(ROOT, 'test', 'fixtures', 'policy-labelled.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const corpusDir = join(ROOT, 'bench', 'corpus');
  const corpus = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .flatMap((name) => sentencesOf(readFileSync(join(corpusDir, name), 'utf8'), 'markdown'));
  return [...fixtures.flatMap((text) => sentencesOf(text)), ...corpus];
}
