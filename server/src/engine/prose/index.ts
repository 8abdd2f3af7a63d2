// extractProse: reduce a document to same-length prose plus its structure
// (blocks, evidence markers, directives), whatever its source language.
// chunkDocument: the same, chunk by chunk, for callers that cache per chunk.
import type { LanguageId, ProseDoc } from '../types';
import { joinChunks, type ChunkCorrespondence, type ChunkProse, type DocumentChunks } from './chunks';
import { latexChunks } from './latex-chunks';
import { markdownChunks } from './markdown';
import { asChunk, extractPlaintext, plaintextChunks } from './plaintext';
import { textChange } from './buffer';
import { chunkFacts, isForeignChunk } from './chunk-facts';
import { findSections, refineBlocks, type SectionStart } from './structure';

export { isSuppressed, Suppressions } from './directives';
export { citationStyleOf, hasFootnotes, type ChunkProse, type DocumentChunks } from './chunks';

export function extractProse(source: string, languageId: string): ProseDoc {
  const { language, chunks, extract } = chunkDocument(source, languageId);
  return joinChunks(source, language, chunks, extract(chunks.map((_, index) => index)));
}

/** The text the structure pass read last. */
let lastRead: string | undefined;

/**
 * `structure`: whether paragraphs whose text shows another kind (captions, pipe tables, short
 * fragments without a sentence end) get that kind; off for a caller that hands over one sentence.
 */
export function chunkDocument(source: string, languageId: string, structure = true): DocumentChunks & { language: LanguageId } {
  const language = toLanguageId(languageId);
  let split: DocumentChunks;
  try {
    split = chunksOf(source, language);
  } catch {
    split = plaintextChunks(source);
  }
  const { chunks } = split;
  // A chunk after one that ends "He wrote:" opens with the quoted words, and so does one after a quoted passage in
  // another language (a block quote, or paragraphs after a lead-in): its translation. Its reading depends on that.
  const afterLeadIn: boolean[] = [];
  // A chunk after one that ends with a lead-in giving a source ("According to the notice, the measures are:") opens
  // with the list that shares it.
  const afterSourcedLeadIn: boolean[] = [];
  // A chunk after a checklist's heading or lead-in ("Before fieldwork starts, make sure that:") opens with its tests.
  const afterChecklistLeadIn: boolean[] = [];
  // A chunk after the writer's lead-in to her proposals ("I therefore propose to the Congress:") opens with them.
  const afterProposalLeadIn: boolean[] = [];
  let sameText: ChunkCorrespondence | undefined;
  // What changed since the last call (most often the same document, a keystroke before): what the structure pass read
  // of the text that did not change is kept (chunk-facts.ts, findSections).
  const change = structure && lastRead !== undefined ? textChange(lastRead, source) : undefined;
  if (structure) {
    lastRead = source;
    const read = chunkFacts(source, chunks, change);
    const facts = read.facts;
    sameText = read.sameText;
    let quotedForeign = false;
    for (let index = 0; index < chunks.length; index++) {
      const previous = facts[index - 1];
      afterLeadIn.push(index > 0 && (previous.quoteLeadIn || quotedForeign));
      // (a loose list, its items apart, is a chunk an item: an item after an item of the lead-in's list is in it too)
      const listGoesOn = index > 1 && previous.listMark && facts[index].listMark;
      afterSourcedLeadIn.push(index > 0 && (previous.sourcedLeadIn || (listGoesOn && afterSourcedLeadIn[index - 1])));
      afterChecklistLeadIn.push(index > 0 && (previous.checklistLeadIn || (listGoesOn && afterChecklistLeadIn[index - 1])));
      afterProposalLeadIn.push(index > 0 && (previous.proposalLeadIn || (listGoesOn && afterProposalLeadIn[index - 1])));
      // (the language is read last: only a quoted chunk's, not every chunk's on every keystroke)
      quotedForeign =
        language !== 'latex' && (afterLeadIn[index] || facts[index].quoteMark) && isForeignChunk(source, chunks[index], facts[index]);
    }
  }
  // References and acknowledgements sections: each chunk's reading depends on the section it opens in.
  const sections = structure
    ? findSections(source, language === 'latex' ? 'latex' : language === 'plaintext' ? 'plaintext' : 'markdown', change)
    : [];
  // (chunks and sections both come in reading order: one pass over each, not one over the sections per chunk)
  let next = 0;
  let kind: SectionStart['kind'];
  const openingSection = chunks.map(({ start }) => {
    for (; next < sections.length && sections[next].at < start; next++) kind = sections[next].kind;
    return kind;
  });
  const sectionsOf = (index: number): SectionStart[] => {
    const { start, end } = chunks[index];
    const inside = sections
      .filter((section) => section.at >= start && section.at < end)
      .map((section) => ({ at: section.at - start, kind: section.kind }));
    return openingSection[index] ? [{ at: 0, kind: openingSection[index] }, ...inside] : inside;
  };
  return {
    language,
    chunks,
    sameText,
    contexts: structure
      ? split.contexts.map((context, index) => {
          const reading = `${afterLeadIn[index] ? '|quote' : ''}${afterSourcedLeadIn[index] ? '|sourced' : ''}${afterChecklistLeadIn[index] ? '|checklist' : ''}${afterProposalLeadIn[index] ? '|proposal' : ''}${openingSection[index] ? `|${openingSection[index]}` : ''}`;
          return reading === '' ? context : context + reading;
        })
      : split.contexts,
    extract(indices) {
      let extracted: ChunkProse[];
      try {
        extracted = split.extract(indices);
      } catch {
        // A parser bug must not take the editor down: read those chunks as plain text.
        extracted = indices.map((index) => asChunk(extractPlaintext(source.slice(chunks[index].start, chunks[index].end))));
      }
      if (structure) {
        const markdown = language === 'markdown' || language === 'quarto' || language === 'rmarkdown';
        extracted.forEach((chunk, k) => {
          const text = markdown ? source.slice(chunks[indices[k]].start, chunks[indices[k]].end) : undefined;
          chunk.blocks = refineBlocks(
            chunk.prose,
            chunk.blocks,
            chunk.markers,
            text,
            afterLeadIn[indices[k]],
            sectionsOf(indices[k]),
            afterSourcedLeadIn[indices[k]],
            afterChecklistLeadIn[indices[k]],
            afterProposalLeadIn[indices[k]],
          );
        });
      }
      return extracted;
    },
  };
}

function chunksOf(source: string, language: LanguageId): DocumentChunks {
  switch (language) {
    case 'markdown':
    case 'quarto':
    case 'rmarkdown':
      return markdownChunks(source, language);
    case 'latex':
      return latexChunks(source);
    case 'plaintext':
      return plaintextChunks(source);
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
