// extractProse: reduce a document to same-length prose plus its structure
// (blocks, evidence markers, directives), whatever its source language.
import type { LanguageId, ProseDoc } from '../types';
import { extractLatex } from './latex';
import { extractMarkdown } from './markdown';
import { extractPlaintext } from './plaintext';

export { isSuppressed } from './directives';

export function extractProse(source: string, languageId: string): ProseDoc {
  const language = toLanguageId(languageId);
  try {
    switch (language) {
      case 'markdown':
      case 'quarto':
      case 'rmarkdown':
        return extractMarkdown(source, language);
      case 'latex':
        return extractLatex(source);
      case 'plaintext':
        return extractPlaintext(source);
    }
  } catch {
    // A parser bug must not take the editor down: read the document as plain text.
    return { ...extractPlaintext(source), languageId: language };
  }
}

function toLanguageId(languageId: string): LanguageId {
  switch (languageId) {
    case 'markdown':
    case 'quarto':
    case 'rmarkdown':
    case 'latex':
      return languageId;
    case 'tex':
      return 'latex';
    default:
      return 'plaintext';
  }
}
