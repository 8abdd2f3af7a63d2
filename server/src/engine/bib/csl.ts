// CSL-JSON bibliographies (Zotero, Pandoc): items with ids, names and dates, read into the same entries as BibTeX.

import { LineCounter, MAX_FIELD, MAX_PROBLEMS, lineAt, type BibEntry, type BibProblem, type ParsedBibliography } from './parse';

export function parseCslJson(text: string, file: string): ParsedBibliography {
  let data: unknown;
  try {
    data = JSON.parse(text); // iterative in V8 and browsers: deep nesting throws, it does not crash
  } catch (error) {
    const m = /position (\d+)/.exec(String((error as Error).message));
    const line = m ? lineAt(text, Number(m[1])) : 1;
    return {
      entries: [],
      problems: [
        { file, line, message: `${file}:${line}: not valid CSL-JSON (${String((error as Error).message).slice(0, 120)}); not read.` },
      ],
    };
  }
  const items = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items)
      ? (data as { items: unknown[] }).items
      : undefined;
  if (!items) return { entries: [], problems: [{ file, line: 1, message: `${file}:1: CSL-JSON should be an array of items; not read.` }] };
  const entries: BibEntry[] = [];
  const problems: BibProblem[] = [];
  const lines = new LineCounter(text);
  let searchFrom = 0;
  for (const item of items) {
    if (
      !item ||
      typeof item !== 'object' ||
      (typeof (item as { id?: unknown }).id !== 'string' && typeof (item as { id?: unknown }).id !== 'number')
    ) {
      if (problems.length < MAX_PROBLEMS) problems.push({ file, line: 1, message: `${file}: an item without an "id"; skipped.` });
      continue;
    }
    const it = item as Record<string, unknown>;
    const key = String(it.id);
    // The item's place in the file: where its id is written (for go to definition).
    const quoted = JSON.stringify(key);
    let at = text.indexOf(quoted, searchFrom);
    if (at < 0) at = text.indexOf(quoted);
    if (at >= searchFrom) searchFrom = at;
    const names = [...asArray(it.author), ...(asArray(it.author).length ? [] : asArray(it.editor))].map(cslName).filter(Boolean);
    const issued = it.issued as { 'date-parts'?: unknown[][]; raw?: string; literal?: string } | undefined;
    const year = issued?.['date-parts']?.[0]?.[0] ?? /\d{4}/.exec(String(issued?.raw ?? issued?.literal ?? ''))?.[0] ?? '';
    entries.push({
      key,
      type: str(it.type),
      title: str(it.title),
      authors: names,
      year: String(year),
      container: str(it['container-title']) || str(it.publisher),
      abstract: str(it.abstract),
      keywords: str(it.keyword),
      doi: str(it.DOI),
      url: str(it.URL),
      file,
      line: at >= 0 ? lines.lineOf(at) : 0,
      offset: Math.max(0, at),
    });
  }
  return { entries, problems };
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
export function str(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_FIELD) : typeof value === 'number' ? String(value) : '';
}
export function cslName(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  const n = value as Record<string, unknown>;
  if (typeof n.literal === 'string') return n.literal;
  const family = str(n.family);
  const given = str(n.given);
  return family && given ? `${family}, ${given}` : family || given;
}
