// Edits to the project file (.evident.json) that the editor's quick fixes and the accept-term
// command make: an ignore entry, a rule off for one document, an accepted term, the kind of a document, for the whole
// project or for one document (`documents["<path>"]`). Pure and free of imports, so the VS Code
// client computes the new text from the file as the editor has it (an open, edited copy included).

/** What a writer asked for; `document` is the document's path relative to the project file's folder. */
export type ProjectChange =
  | { kind: 'ignore'; rule: string; sentence: string; document?: string }
  | { kind: 'ruleOff'; rule: string; document: string }
  | { kind: 'acceptTerm'; term: string; document?: string }
  | { kind: 'documentKind'; value: 'auto' | 'guidance' | 'argument'; document?: string };

/** The arguments of the VS Code client's `evident.editProjectFile` command. */
export interface ProjectEditArguments {
  /** The project file to edit or create. */
  file: string;
  change: ProjectChange;
}

export const EDIT_PROJECT_FILE_COMMAND = 'evident.editProjectFile';

/** The sentence text as stored in `ignore`: whitespace runs folded to one space, trimmed. */
export function foldSentence(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function parse(text: string | undefined): Json {
  if (text === undefined) return {};
  try {
    const raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    return isObject(raw) ? raw : {};
  } catch {
    return {}; // a broken file reads as nothing (callers leave broken files alone)
  }
}

/** The file's text with the change made (other keys and entries kept, in their order; two-space JSON). */
export function applyProjectChange(text: string | undefined, change: ProjectChange): string {
  const root = parse(text);
  let section = root;
  if (change.document !== undefined) {
    const documents = isObject(root.documents) ? root.documents : (root.documents = {});
    section = isObject(documents[change.document]) ? (documents[change.document] as Json) : ((documents[change.document] = {}) as Json);
  }
  if (change.kind === 'ignore') {
    const list = Array.isArray(section.ignore) ? section.ignore : (section.ignore = []);
    const entry = { rule: change.rule, sentence: foldSentence(change.sentence) };
    const same = (e: unknown) =>
      isObject(e) && e.rule === entry.rule && typeof e.sentence === 'string' && foldSentence(e.sentence) === entry.sentence;
    if (!(list as unknown[]).some(same)) (list as unknown[]).push(entry);
  } else if (change.kind === 'ruleOff') {
    const rules = isObject(section.rules) ? section.rules : (section.rules = {});
    rules[change.rule] = 'off';
  } else if (change.kind === 'documentKind') {
    section.documentKind = change.value;
  } else {
    const terms = Array.isArray(section.acceptedTerms) ? section.acceptedTerms : (section.acceptedTerms = []);
    const term = change.term.trim();
    if (!(terms as unknown[]).some((t) => typeof t === 'string' && t.toLowerCase() === term.toLowerCase())) (terms as unknown[]).push(term);
  }
  return `${JSON.stringify(root, null, 2)}\n`;
}
