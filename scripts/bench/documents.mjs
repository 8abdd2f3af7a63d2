// Builds large benchmark documents from a small corpus of paragraphs.
// Paragraphs are shuffled with a seeded PRNG and lightly varied per copy (numbers,
// years, place names, synonyms, sentence openers), so a 100k-word document is
// deterministic yet does not repeat the same sentences verbatim — identical
// sentences would flatter any per-sentence cache in the engine.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: tiny, fast, good enough for shuffling. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, items) => items[Math.floor(random() * items.length)];

/** Fisher–Yates on a copy. */
function shuffled(random, items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function countWords(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Blank-line separated blocks (paragraphs, headings, lists, tables, footnotes); YAML front matter dropped. */
export function splitBlocks(text) {
  const body = text.replace(/\r\n?/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean);
}

export function loadCorpusBlocks(corpusDir) {
  return readdirSync(corpusDir)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .flatMap((name) => splitBlocks(readFileSync(join(corpusDir, name), 'utf8')));
}

// Place names are swapped only among each other, so sentences stay plausible.
const PLACES = [
  'Estonia',
  'Finland',
  'Poland',
  'Latvia',
  'Lithuania',
  'Germany',
  'Denmark',
  'Sweden',
  'Norway',
  'Kazakhstan',
  'India',
  'China',
  'Russia',
  'Türkiye',
  'Mozambique',
  'Portugal',
  'Ireland',
  'Chile',
];
const CITIES = ['Astana', 'Beijing', 'Moscow', 'Helsinki', 'Tallinn', 'Riga', 'Warsaw', 'Vilnius', 'Oslo', 'Lisbon'];
// Same-sense alternatives: a swap keeps whatever the engine would flag in the original.
const SYNONYMS = [
  ['rose', 'increased', 'climbed'],
  ['fell', 'declined', 'dropped'],
  ['Ministry', 'Department'],
  ['government', 'administration'],
  ['region', 'area'],
  ['households', 'families'],
  ['significant', 'substantial'],
  ['published', 'released'],
  ['measures', 'steps'],
  ['modest', 'small'],
];
// Sentence openers: neutral connectives (no hedges or boosters) and place or time
// frames. There are enough combinations that a sentence rarely repeats verbatim.
const CONNECTIVES = [
  'In practice',
  'At the same time',
  'Meanwhile',
  'In addition',
  'For now',
  'Even so',
  'In this context',
  'By comparison',
  'Today',
  'Overall',
  'Here',
  'In turn',
];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
function opener(random) {
  const year = 1990 + Math.floor(random() * 40);
  switch (Math.floor(random() * 4)) {
    case 0:
      return pick(random, CONNECTIVES);
    case 1:
      return `In ${pick(random, PLACES)}`;
    case 2:
      return `By ${pick(random, MONTHS)} ${year}`;
    default:
      return `Since ${year}`;
  }
}
function varyNumber(random, digits) {
  const value = Number(digits);
  if (digits.length === 4 && value >= 1900 && value <= 2099) return String(1990 + Math.floor(random() * 40));
  if (digits.length === 1) return String(1 + Math.floor(random() * 9));
  const low = 10 ** (digits.length - 1);
  return String(low + Math.floor(random() * (9 * low)));
}

const CROSS_REFERENCES = ['see section', 'see annex', 'see table', 'cf. figure', 'see paragraph'];
const crossReference = (random) => `${pick(random, CROSS_REFERENCES)} ${1 + Math.floor(random() * 9)}.${1 + Math.floor(random() * 9)}`;

/**
 * Half the sentences get an opener, a quarter an internal cross-reference.
 * `commonWords` (words seen in lower case) decides whether a sentence's first
 * word is lower-cased after an opener, so proper nouns keep their capital.
 */
function varySentences(random, block, commonWords) {
  // List items only get cross-references; headings, tables and footnote definitions stay as they are.
  if (/^([-*]|\d+\.)\s/.test(block)) {
    return block.replace(/[.;]$/gm, (end) => (random() < 0.5 ? ` (${crossReference(random)})${end}` : end));
  }
  if (/^(#|[|>]|\[\^)/.test(block)) return block;
  return block
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((sentence) => {
      const roll = random();
      if (roll < 0.5) {
        const firstWord = /^[A-Za-z]+/.exec(sentence)?.[0] ?? '';
        const rest = commonWords.has(firstWord.toLowerCase()) ? sentence[0].toLowerCase() + sentence.slice(1) : sentence;
        return `${opener(random)}, ${rest}`;
      }
      if (roll < 0.75 && sentence.endsWith('.')) return `${sentence.slice(0, -1)} (${crossReference(random)}).`;
      return sentence;
    })
    .join(' ');
}

const isListNumber = (text, offset, digits) => (offset === 0 || text[offset - 1] === '\n') && text[offset + digits.length] === '.';

/** A random one-to-one renaming, so two different places never collapse into one. */
function swapsWithin(random, names) {
  const renamed = shuffled(random, names);
  return new Map(names.map((name, index) => [name, renamed[index]]));
}

/** One varied copy of a block; `copy` makes citation and footnote labels unique per copy. */
export function varyBlock(random, block, copy, commonWords) {
  const placeOf = swapsWithin(random, PLACES);
  const cityOf = swapsWithin(random, CITIES);
  let text = block
    .replace(/\[\^([\w-]+)\]/g, (_, label) => `[^${label}-${copy}]`)
    .replace(/@([A-Za-z]+\d{4}[a-z]?)/g, (_, key) => `@${key}x${copy}`)
    // Digits inside citation keys, footnote labels and URLs stay as they are.
    .replace(/(?<![\w@^/.-])\d+(?![\w-]*\])/g, (digits, offset, whole) =>
      isListNumber(whole, offset, digits) ? digits : varyNumber(random, digits),
    )
    .replace(new RegExp(`\\b(${PLACES.join('|')})\\b`, 'g'), (place) => placeOf.get(place))
    .replace(new RegExp(`\\b(${CITIES.join('|')})\\b`, 'g'), (city) => cityOf.get(city));
  text = text.replace(/\b(about|around|roughly)(?= \d)/g, () => pick(random, ['about', 'around', 'roughly']));
  for (const group of SYNONYMS) {
    text = text.replace(new RegExp(`\\b(${group.join('|')})\\b`, 'g'), () => pick(random, group));
  }
  return varySentences(random, text, commonWords);
}

/** A markdown document of at least `targetWords` words (stops at the first block boundary past it). */
export function generateDocument(blocks, targetWords, seed = 1) {
  const random = seededRandom(seed);
  const commonWords = new Set(blocks.join(' ').match(/\b[a-z]+\b/g));
  const parts = [`# Benchmark document (${targetWords} words, seed ${seed})`];
  let words = countWords(parts[0]);
  for (let copy = 1; words < targetWords; copy++) {
    for (const original of shuffled(random, blocks)) {
      if (words >= targetWords) break;
      const block = varyBlock(random, original, copy, commonWords);
      parts.push(block);
      words += countWords(block);
    }
  }
  return parts.join('\n\n') + '\n';
}

/** Share of sentences that occur only once: the sentence cache can't be flattered by repeats. */
export function distinctSentenceShare(text) {
  const sentences = text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
  return sentences.length ? new Set(sentences).size / sentences.length : 0;
}

// ---- the same text as LaTeX ------------------------------------------------------

const LATEX_SPECIALS = /[\\%$&#_{}~^]/g;
const LATEX_ESCAPES = {
  '\\': '\\textbackslash{}',
  '%': '\\%',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const escapeLatex = (text) => text.replace(LATEX_SPECIALS, (ch) => LATEX_ESCAPES[ch]);

/** Inline Markdown as LaTeX: citations, footnote references, links, strong and emphasis; the rest escaped. */
function inlineLatex(text, footnotes) {
  const out = [];
  const INLINE = /\[@([^\]\s,;]+)(?:,\s*([^\]]+))?\]|\[\^([^\]]+)\]|\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*/g;
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const [, key, locator, note, linkText, url, strong, emphasis] = m;
    const before = escapeLatex(text.slice(last, m.index));
    out.push(key ? before.trimEnd() : before); // "hardship~\cite{key}": the tie replaces the space
    if (key) out.push(locator ? `~\\cite[${escapeLatex(locator)}]{${key}}` : `~\\cite{${key}}`);
    else if (note) out.push(`\\footnote{${inlineLatex(footnotes.get(note) ?? `Note ${note}.`, footnotes)}}`);
    else if (linkText) out.push(`\\href{${url.replace(/[%#]/g, (ch) => `\\${ch}`)}}{${escapeLatex(linkText)}}`);
    else if (strong) out.push(`\\textbf{${escapeLatex(strong)}}`);
    else out.push(`\\emph{${escapeLatex(emphasis)}}`);
    last = m.index + m[0].length;
  }
  out.push(escapeLatex(text.slice(last)));
  return out.join('');
}

/**
 * The Markdown that generateDocument writes, as a LaTeX article: headings as sections, lists as
 * itemize/enumerate, pipe tables as tabular, [@key] as \cite, footnotes as \footnote, links as \href.
 * The bench types into it to measure keystrokes in LaTeX on the same prose.
 */
export function toLatex(markdown) {
  const blocks = splitBlocks(markdown);
  const footnotes = new Map();
  for (const block of blocks) {
    const definition = /^\[\^([^\]]+)\]:\s*([\s\S]*)$/.exec(block);
    if (definition) footnotes.set(definition[1], definition[2].replace(/\s+/g, ' '));
  }
  const body = [];
  for (const block of blocks) {
    if (/^\[\^[^\]]+\]:/.test(block)) continue; // its text went into \footnote
    const heading = /^(#{1,6})\s+(.*)$/.exec(block);
    if (heading) {
      body.push(`\\${heading[1].length <= 2 ? 'section' : 'subsection'}{${inlineLatex(heading[2], footnotes)}}`);
      continue;
    }
    const lines = block.split('\n');
    if (lines.every((line) => /^\s*([-*]|\d+\.)\s/.test(line))) {
      const environment = /^\s*\d/.test(lines[0]) ? 'enumerate' : 'itemize';
      body.push(
        `\\begin{${environment}}\n${lines.map((line) => `  \\item ${inlineLatex(line.replace(/^\s*([-*]|\d+\.)\s+/, ''), footnotes)}`).join('\n')}\n\\end{${environment}}`,
      );
      continue;
    }
    if (lines.every((line) => line.trim().startsWith('|'))) {
      const rows = lines
        .filter((line) => !/^\s*\|?[\s:|-]+\|?\s*$/.test(line))
        .map((line) =>
          line
            .trim()
            .replace(/^\||\|$/g, '')
            .split('|')
            .map((cell) => inlineLatex(cell.trim(), footnotes)),
        );
      body.push(
        `\\begin{tabular}{${'l'.repeat(rows[0].length)}}\n${rows.map((cells) => `  ${cells.join(' & ')} \\\\`).join('\n')}\n\\end{tabular}`,
      );
      continue;
    }
    body.push(inlineLatex(lines.join(' '), footnotes));
  }
  return `\\documentclass{article}\n\\usepackage{hyperref}\n\n\\begin{document}\n\n${body.join('\n\n')}\n\n\\end{document}\n`;
}
