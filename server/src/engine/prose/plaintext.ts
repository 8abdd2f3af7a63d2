// Plain text: everything is prose except raw URLs and directive comments;
// paragraphs are separated by blank lines.
import type { ProseDoc } from '../types';
import { blocksBetweenBlankLines } from './blocks';
import { ProseBuffer } from './buffer';
import { findHtmlDirectives } from './directives';
import { findRawUrls, findTextualMarkers } from './markers';

export function extractPlaintext(source: string): ProseDoc {
  const buffer = new ProseBuffer(source, 'copy');
  const directives = findHtmlDirectives(source);
  for (const directive of directives) buffer.blank(directive.start, directive.end);
  const urls = findRawUrls(buffer.toString());
  for (const url of urls) buffer.blank(url.start, url.end);
  const prose = buffer.toString();
  return {
    source,
    prose,
    languageId: 'plaintext',
    blocks: blocksBetweenBlankLines(source, prose, 0, source.length, 'paragraph'),
    markers: [...urls, ...findTextualMarkers(prose)].sort((a, b) => a.start - b.start),
    directives,
    citationStyle: 'none',
    footnoteLabels: [],
  };
}
