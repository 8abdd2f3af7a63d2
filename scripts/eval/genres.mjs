// Documents of the project's own, written in the genres the corpus's tuning half lacks (guidance, a handbook,
// an indicator report, an economics report, a paper's introduction, commentary, a blog round-up) and labelled
// by the annotation guide like the corpus. Their errors may be read: they are text written for the purpose, so
// their figures are reported apart from the corpus's and never stand for it.
//
// test/fixtures/genres/docs/<name>.<ext> — the document; gold/<name>.labels.jsonl — one label a line, in
// document order, with the unit's exact text (located here by searching forward from the previous unit).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GENRES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'genres');
/** Real documents by others (public domain), labelled the same way: test/fixtures/real/README.md. */
export const REAL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'real');

/** → { docs: [{ name, path, units }] } in loadCorpus's shape, or { missing: reason }. */
export function loadGenres(dir = GENRES_DIR) {
  const docsDir = join(dir, 'docs');
  if (!existsSync(docsDir)) return { missing: `no ${docsDir}` };
  const docs = [];
  for (const file of readdirSync(docsDir).sort()) {
    const stem = file.replace(/\.[^.]+$/, '');
    const text = readFileSync(join(docsDir, file), 'utf8');
    const units = labelledUnits(file, text, join(dir, 'gold', `${stem}.labels.jsonl`), `${file}#`);
    docs.push({ name: file, path: join(docsDir, file), units });
  }
  return { docs };
}

/** A labels file's units, each located in the document's text by searching forward from the previous one. */
export function labelledUnits(file, text, labelsPath, idPrefix) {
  const labels = readFileSync(labelsPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
  let at = 0;
  return labels.map((label, n) => {
    const start = text.indexOf(label.text, at);
    if (start < 0) throw new Error(`${labelsPath}: unit ${n + 1} not found after offset ${at}`);
    at = start + label.text.length;
    const id = `${idPrefix}${n + 1}`;
    return { doc: file, id, start, end: at, text: label.text, label: { ...label, id } };
  });
}
