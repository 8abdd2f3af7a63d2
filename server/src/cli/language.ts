// Which engine language a file is analysed as, from its extension.
import { extname } from 'node:path';
import type { LanguageId } from '../engine/types';

const LANGUAGE_BY_EXTENSION: Readonly<Record<string, LanguageId>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.qmd': 'quarto',
  '.rmd': 'rmarkdown',
  '.tex': 'latex',
  '.latex': 'latex',
  '.txt': 'plaintext',
  '.text': 'plaintext',
};

/** Anything without a known extension (and stdin) is read as plain text. */
export function languageForPath(path: string): LanguageId {
  return LANGUAGE_BY_EXTENSION[extname(path).toLowerCase()] ?? 'plaintext';
}

/** Files a directory search picks up: only the extensions above. */
export function isSupportedFile(path: string): boolean {
  return extname(path).toLowerCase() in LANGUAGE_BY_EXTENSION;
}
