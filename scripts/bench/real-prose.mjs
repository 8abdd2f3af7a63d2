// Bench documents of real prose: the CoNLL-2010 Wikipedia weasel training sentences
// (../shared/data/hedge/wiki-weasel-train.csv), in the file's order (consecutive sentences come
// from the same article), five to a paragraph, a section heading every eight paragraphs. Built
// at bench time from ../shared, never copied into the repository; without ../shared, the real-prose
// figures are skipped with the reason.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords } from './documents.mjs';

export const WEASEL_CSV = join('data', 'hedge', 'wiki-weasel-train.csv');

/** The sentences of the CSV (`text,label`, text quoted, "" for a quote), with the tokeniser's marks undone. */
export function readWeaselSentences(csvPath) {
  const body = readFileSync(csvPath, 'utf8').replace(/\r\n?/g, '\n');
  const sentences = [];
  for (const match of body.slice(body.indexOf('\n') + 1).matchAll(/"((?:[^"]|"")*)",\d/g)) {
    const text = detokenize(match[1].replace(/""/g, '"'));
    if (text) sentences.push(text);
  }
  return sentences;
}

const BRACKETS = { '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}' };

/**
 * "-LRB- 2-10-2 -RRB-" → "(2-10-2)", "`` x ''" → "“x”", "` x'" → "‘x'", "Pepper 's" → "Pepper's"; one
 * line. The backticks are the tokeniser's opening quotes, not the writers': left in, each would be
 * read as the start of a Markdown code span.
 */
function detokenize(text) {
  return text
    .replace(/-[LR][RSC]B-/g, (mark) => BRACKETS[mark])
    .replace(/([([{]) /g, '$1')
    .replace(/ ([)\]}])/g, '$1')
    .replace(/`` ?/g, '“')
    .replace(/ ?''/g, '”')
    .replace(/` ?/g, '‘')
    .replace(/ ('s|n't|'re|'ve|'ll|'d|'m)\b/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A Markdown document of real sentences with at least `targetWords` words, or undefined with the
 * reason when `sharedDir` has no weasel sentences.
 */
export function realProseDocument(sharedDir, targetWords) {
  const csv = join(sharedDir, WEASEL_CSV);
  if (!existsSync(csv)) return { skipped: `${csv} not found (../shared is absent): real-prose documents not built` };
  const sentences = readWeaselSentences(csv);
  const parts = [`# Real prose: Wikipedia sentences (${targetWords} words)`];
  let words = countWords(parts[0]);
  for (let next = 0, paragraph = 0; words < targetWords; paragraph++) {
    if (next >= sentences.length) throw new Error(`only ${words} words of real sentences; ${targetWords} asked`);
    if (paragraph > 0 && paragraph % 8 === 0) parts.push(`## Section ${paragraph / 8}`);
    const text = sentences.slice(next, next + 5).join(' ');
    next += 5;
    parts.push(text);
    words += countWords(text);
  }
  return { text: parts.join('\n\n') + '\n', words };
}
