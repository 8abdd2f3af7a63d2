// Citation keys in the editor: completion after `[@`, `@` (Pandoc, Quarto, R Markdown) and inside
// \cite{…}, \citep{…}, \parencite{…}, \autocite{…} and the like; hover on a key shows the
// formatted reference; go to definition opens the entry in its bibliography file.
import type { CompletionItem, CompletionList, Hover, Location } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatReference, shortReference, type Bibliography } from '../engine/bib';

const MAX_ITEMS = 100;
/** How far back from the cursor a citation may start (a \cite{…} with several keys). */
const LOOKBACK = 300;

function isKeyChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_:.#$%&\-+?<>~/]/u.test(ch);
}

/** A LaTeX citation command before `{`: \cite, \citep, \citet*, \parencite, \autocite[see][4]{, \textcite, \footcite… */
const LATEX_CITE_BEFORE = /\\[A-Za-z]*[Cc]ite[A-Za-z]*\*?(?:\s*\[[^\]\n]*\]){0,2}\s*$/;

export interface KeySite {
  /** Offsets of the key (or the part typed so far) in the document. */
  start: number;
  end: number;
  key: string;
}

/** The citation key being typed at `offset` (up to it): after @, or in a LaTeX \cite{…}. */
export function keyBeingTyped(text: string, offset: number, languageId: string): KeySite | undefined {
  let start = offset;
  while (start > 0 && offset - start < LOOKBACK && isKeyChar(text[start - 1])) start--;
  const before = text[start - 1];
  if (languageId === 'latex') {
    // Back over earlier keys of the group: \cite{a, b, |
    let k = start;
    while (k > 0 && offset - k < LOOKBACK && (isKeyChar(text[k - 1]) || text[k - 1] === ',' || text[k - 1] === ' ')) k--;
    if (text[k - 1] !== '{') return undefined;
    const head = text.slice(Math.max(0, k - 1 - 80), k - 1);
    return LATEX_CITE_BEFORE.test(head) ? { start, end: offset, key: text.slice(start, offset) } : undefined;
  }
  if (before !== '@') return undefined;
  const ahead = text[start - 2];
  if (start - 1 > 0 && !(ahead === '[' || ahead === ';' || ahead === '-' || ahead === '(' || /\s/.test(ahead))) return undefined; // an e-mail address
  return { start, end: offset, key: text.slice(start, offset) };
}

/** The whole citation key under `offset`, if it is one. */
export function keyAt(text: string, offset: number, languageId: string): KeySite | undefined {
  let end = offset;
  while (end < text.length && end - offset < LOOKBACK && isKeyChar(text[end])) end++;
  // A key does not end in punctuation: "@smith2020." is smith2020.
  while (end > offset && /[:.#$%&\-+?<>~/]/.test(text[end - 1])) end--;
  const site = keyBeingTyped(text, end, languageId);
  return site && site.key ? site : undefined;
}

export function citationCompletions(document: TextDocument, offset: number, bibliography: Bibliography | undefined): CompletionList | null {
  if (!bibliography || bibliography.entries.size === 0) return null;
  const text = document.getText();
  const site = keyBeingTyped(text, offset, document.languageId);
  if (!site) return null;
  const typed = site.key.toLowerCase();
  // The sentence being written: its words rank the entries most relevant to it first.
  const sentenceStart = Math.max(text.lastIndexOf('\n\n', offset), text.lastIndexOf('. ', offset - 2), 0);
  const relevant = bibliography.suggest(text.slice(sentenceStart, offset), 10);
  const rank = new Map(relevant.map((e, i) => [e.key, i]));
  const matches = bibliography.matching(typed);
  // The relevant ones first, the others in the bibliography's order (a stable sort).
  if (rank.size > 0) matches.sort((a, b) => (rank.get(a.key) ?? 99) - (rank.get(b.key) ?? 99));
  const range = { start: document.positionAt(site.start), end: document.positionAt(site.end) };
  const items: CompletionItem[] = matches.slice(0, MAX_ITEMS).map((entry, i) => ({
    label: entry.key,
    kind: CompletionItemKind.Reference,
    detail: [shortReference(entry), entry.title].filter(Boolean).join(': '),
    documentation: { kind: MarkupKind.Markdown, value: formatReference(entry) },
    sortText: String(i).padStart(4, '0'),
    // Typing a word of the author or title finds the entry too.
    filterText: `${entry.key} ${entry.authors.map((a) => a.split(',')[0]).join(' ')} ${entry.title}`,
    textEdit: { range, newText: entry.key },
    insertTextFormat: InsertTextFormat.PlainText,
  }));
  return { isIncomplete: matches.length > MAX_ITEMS || typed.length === 0, items };
}

export function citationHover(document: TextDocument, offset: number, bibliography: Bibliography | undefined): Hover | null {
  if (!bibliography) return null;
  const site = keyAt(document.getText(), offset, document.languageId);
  const entry = site && bibliography.get(site.key);
  if (!site || !entry) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: `**${entry.key}** — ${formatReference(entry)}` },
    range: { start: document.positionAt(site.start), end: document.positionAt(site.start + site.key.length) },
  };
}

export function citationDefinition(document: TextDocument, offset: number, bibliography: Bibliography | undefined): Location | null {
  if (!bibliography) return null;
  const site = keyAt(document.getText(), offset, document.languageId);
  const entry = site && bibliography.get(site.key);
  if (!entry) return null;
  return { uri: entry.file, range: { start: { line: entry.line, character: 0 }, end: { line: entry.line, character: 0 } } };
}
