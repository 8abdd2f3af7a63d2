// Plain text: everything is prose except raw URLs, bracketed pandoc citations and directive comments;
// paragraphs are separated by blank lines.
import type { ProseDoc } from '../types';
import { blocksBetweenBlankLines } from './blocks';
import { ProseBuffer } from './buffer';
import { splitAtBlankLines, type ChunkProse, type DocumentChunks } from './chunks';
import { findHtmlComments, findHtmlDirectives } from './directives';
import { findPandocCitations, findRawUrls, findTextualMarkers } from './markers';

/** Paragraphs are independent, unless a comment runs across a blank line. */
export function plaintextChunks(source: string): DocumentChunks {
  const chunks = splitAtBlankLines(source, findHtmlComments(source));
  return {
    chunks,
    contexts: chunks.map(() => 'plaintext'),
    extract: (indices) => indices.map((index) => asChunk(extractPlaintext(source.slice(chunks[index].start, chunks[index].end)))),
  };
}

export function extractPlaintext(source: string): ProseDoc {
  const buffer = new ProseBuffer(source, 'copy');
  const directives = findHtmlDirectives(source);
  for (const directive of directives) buffer.blank(directive.start, directive.end);
  const urls = findRawUrls(buffer.toString());
  for (const url of urls) buffer.blank(url.start, url.end);
  // "[@smith2020]", "[see @oecd2021, p. 4]": a pandoc citation pasted into plain text. Bare "@name" is no citation here (a handle, a mention).
  const citations = findPandocCitations(buffer.toString(), true);
  for (const citation of citations) buffer.blank(citation.start, citation.end);
  const prose = buffer.toString();
  return {
    source,
    prose,
    languageId: 'plaintext',
    blocks: blocksBetweenBlankLines(source, prose, 0, source.length, 'paragraph'),
    markers: [...urls, ...citations, ...findTextualMarkers(prose)].sort((a, b) => a.start - b.start),
    directives,
    citationStyle: 'none',
    footnoteLabels: [],
  };
}

/** A whole-text extraction as the extraction of one chunk. */
export function asChunk(doc: ProseDoc): ChunkProse {
  return {
    prose: doc.prose,
    blocks: doc.blocks,
    markers: doc.markers,
    directives: doc.directives,
    footnoteDefinitions: [],
    bracketCitations: false,
  };
}
