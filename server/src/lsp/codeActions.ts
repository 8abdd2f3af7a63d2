// Quick fixes from the server's analysis of the diagnostic's version (never by re-running it):
// the finding's own fixes, "disable for this line", "accept term" and "fix all".
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, DocumentKind, Finding, Fix, RuleId } from '../engine/types';
import { withSourceFixes, type Bibliography } from '../engine/bib';
import { policyOf } from '../engine/rules';
import { isDiagnosticData, toRangeEdit } from './convert';
import { ACCEPT_TERM_COMMAND, DIAGNOSTIC_SOURCE, FIX_ALL_KIND, type RangeEdit } from './protocol';
import { TextDocument as TextBuffer } from 'vscode-languageserver-textdocument';
import { fixWithScale, type EstimativeScale } from './estimative';
import { applyProjectChange, EDIT_PROJECT_FILE_COMMAND, type ProjectChange, type ProjectEditArguments } from './projectEdits';

/** The project file an "Ignore this finding" edit goes to: the nearest .evident.json (its text), or where a new one goes. */
export interface IgnoreTarget {
  uri: string;
  /** Undefined: no such file yet; the edit creates it. */
  text?: string;
  /** The document's path relative to the project file's folder: the key of its own section ("ignore in this document"). */
  documentPath?: string;
  /**
   * The client runs `evident.editProjectFile` (the VS Code extension): it edits the file as the
   * editor has it and saves it, so the server sees the change at once. Other clients get a
   * workspace edit (VS Code would leave a one-file edit unsaved, and the finding with it).
   */
  viaCommand?: boolean;
}

export interface EditCapabilities {
  documentChanges: boolean;
  snippetEdits: boolean;
}

/** Terms of more words than this are clauses ("Some experts say"), not vocabulary a writer would accept. */
const MAX_ACCEPTED_TERM_WORDS = 3;

export function codeActionsFor(
  document: TextDocument,
  params: CodeActionParams,
  analysis: DocumentAnalysis | undefined,
  capabilities: EditCapabilities,
  isCancelled: () => boolean,
  bibliography?: Bibliography,
  ignoreTarget?: IgnoreTarget,
  scale?: EstimativeScale,
): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  // (only when asked for source actions: the server looks the project file up for them, not on every lightbulb)
  if (only && wants(DOCUMENT_KIND_ACTION) && analysis && ignoreTarget)
    actions.push(...documentKindActions(analysis, ignoreTarget, capabilities));

  if (wants(CodeActionKind.QuickFix)) {
    const fixAllOffered = new Set<RuleId>();
    const ruleOffOffered = new Set<RuleId>();
    for (const diagnostic of params.context.diagnostics) {
      if (isCancelled()) return [];
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isDiagnosticData(diagnostic.data)) continue;
      const data = diagnostic.data;
      // Offsets from an older version would land in the wrong place; fresh diagnostics are on their way.
      if (data.version !== document.version) continue;
      const finding = analysis && findingOf(document, analysis, diagnostic, data.rule);
      if (finding) {
        // An unsupported claim in a document with a bibliography: the writer's own sources most relevant to it first.
        let fixes =
          policyOf(finding.rule).sentenceClass === 'unsupported' && bibliography
            ? sourceFixes(document, analysis!, finding, bibliography)
            : finding.fixes;
        // "State the likelihood" in the words of the writer's probability scale, if one is set.
        if (scale && policyOf(finding.rule).statesLikelihood) fixes = fixes.map((fix) => fixWithScale(fix, scale, finding));
        actions.push(...fixActions(document, diagnostic, fixes, capabilities));
      }
      const disable = disableLineAction(document, diagnostic, data.rule, capabilities);
      if (disable) actions.push(disable);
      // Keyed by the sentence's text as the server read it, so it survives edits elsewhere; for the
      // whole project, or in the document's own section of the project file.
      if (finding && ignoreTarget) {
        const sentence = document.getText().slice(finding.sentence.start, finding.sentence.end);
        const path = ignoreTarget.documentPath;
        const candidates: [string, ProjectChange | undefined][] = [
          [
            'Ignore this finding in this document only',
            path === undefined ? undefined : { kind: 'ignore', rule: finding.rule, sentence, document: path },
          ],
          ['Ignore this finding (project file)', { kind: 'ignore', rule: finding.rule, sentence }],
        ];
        for (const [title, change] of candidates) {
          const action = change && projectFileAction(title, diagnostic, change, ignoreTarget, capabilities);
          if (action) actions.push(action);
        }
      }
      // The rule off for this document alone, in the document's section of the project file.
      if (ignoreTarget?.documentPath !== undefined && !ruleOffOffered.has(data.rule)) {
        ruleOffOffered.add(data.rule);
        const action = projectFileAction(
          `Ignore all ${policyOf(data.rule).plural} in this document`,
          diagnostic,
          { kind: 'ruleOff', rule: data.rule, document: ignoreTarget.documentPath },
          ignoreTarget,
          capabilities,
        );
        if (action) actions.push(action);
      }
      // The diagnostic is of this version (checked above), so its range still holds the flagged text.
      const term = document.getText(diagnostic.range);
      if (isAcceptableTerm(data.rule, term)) {
        // The command asks where; with a project file it can also accept the term for this document or the project.
        const where: AcceptTermWhere | undefined =
          ignoreTarget?.viaCommand && ignoreTarget.documentPath !== undefined
            ? { file: ignoreTarget.uri, document: ignoreTarget.documentPath }
            : undefined;
        actions.push({
          title: `Add '${term}' to accepted terms…`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: `Add '${term}' to accepted terms…`, command: ACCEPT_TERM_COMMAND, arguments: where ? [term, where] : [term] },
        });
      }
      if (analysis && !fixAllOffered.has(data.rule)) {
        fixAllOffered.add(data.rule);
        const fixes = safeFixes(analysis, data.rule);
        // With a single fix the quick fix above already does it.
        if (fixes.length > 1) {
          actions.push({
            title: `Fix all ${policyOf(data.rule).plural} in this document`,
            kind: CodeActionKind.QuickFix,
            edit: workspaceEdit(
              document,
              fixes.flatMap((fix) => fix.edits.map((edit) => toRangeEdit(document, edit))),
              capabilities,
            ),
          });
        }
      }
    }
  }

  // Source actions are only listed when asked for (e.g. editor.codeActionsOnSave: source.fixAll).
  if (analysis && only !== undefined && wants(FIX_ALL_KIND)) {
    const fixes = safeFixes(analysis);
    if (fixes.length > 0) {
      actions.push({
        title: 'Fix all safe Evident findings',
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(
          document,
          fixes.flatMap((fix) => fix.edits.map((edit) => toRangeEdit(document, edit))),
          capabilities,
        ),
      });
    }
  }
  return actions;
}

/** The sentence's prose (markup and citations blanked), as the engine read it, and its neighbours in the paragraph. */
function sourceFixes(document: TextDocument, analysis: DocumentAnalysis, finding: Finding, bibliography: Bibliography): Fix[] {
  const [sentence, context] = sentenceAndContext(document, analysis, finding);
  return withSourceFixes(finding.fixes, sentence, bibliography, 3, context);
}

function sentenceAndContext(document: TextDocument, analysis: DocumentAnalysis, finding: Finding): [string, string] {
  const i = analysis.sentences.findIndex((s) => s.start === finding.sentence.start);
  if (i < 0) return [finding.text, ''];
  const text = document.getText();
  const sameParagraph = (a: { end: number }, b: { start: number }) => !/\n[ \t]*\r?\n/.test(text.slice(a.end, b.start));
  const before = analysis.sentences[i - 1];
  const after = analysis.sentences[i + 1];
  const context = [
    before && sameParagraph(before, analysis.sentences[i]) ? before.text : '',
    after && sameParagraph(analysis.sentences[i], after) ? after.text : '',
  ].join(' ');
  return [analysis.sentences[i].text, context];
}

/** The finding a diagnostic was made from: same rule, same range (the analysis is of the diagnostic's version). */
function findingOf(document: TextDocument, analysis: DocumentAnalysis, diagnostic: Diagnostic, rule: RuleId): Finding | undefined {
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return analysis.findings.find((finding) => finding.start === start && finding.end === end && finding.rule === rule);
}

function fixActions(document: TextDocument, diagnostic: Diagnostic, fixes: readonly Fix[], capabilities: EditCapabilities): CodeAction[] {
  const preferred = fixes.findIndex((fix) => fix.safe);
  return fixes.map((fix, index) => {
    const useSnippets = capabilities.snippetEdits && capabilities.documentChanges && fix.snippetEdits !== undefined;
    return {
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: index === preferred,
      edit: useSnippets
        ? snippetWorkspaceEdit(
            document,
            fix.snippetEdits!.map((edit) => toRangeEdit(document, edit)),
          )
        : workspaceEdit(
            document,
            fix.edits.map((edit) => toRangeEdit(document, edit)),
            capabilities,
          ),
    };
  });
}

/** Where the accept-term command may write besides the settings: the project file, for the project or for this document. */
export interface AcceptTermWhere {
  file: string;
  document: string;
}

/**
 * A change to the project file: a command for the VS Code client (which saves the file), else a workspace edit. A quick
 * fix of its diagnostic, or (with none) a source action on the whole document.
 */
function projectFileAction(
  title: string,
  diagnostic: Diagnostic | undefined,
  change: ProjectChange,
  target: IgnoreTarget,
  capabilities: EditCapabilities,
): CodeAction | undefined {
  const kind = diagnostic ? CodeActionKind.QuickFix : DOCUMENT_KIND_ACTION;
  const diagnostics = diagnostic ? { diagnostics: [diagnostic] } : {};
  if (target.viaCommand) {
    const args: ProjectEditArguments = { file: target.uri, change };
    return { title, kind, ...diagnostics, command: { title, command: EDIT_PROJECT_FILE_COMMAND, arguments: [args] } };
  }
  const newText = applyProjectChange(target.text, change);
  let edit: WorkspaceEdit;
  if (target.text === undefined) {
    // Creating a file needs documentChanges; an editor without them is offered nothing here.
    if (!capabilities.documentChanges) return undefined;
    edit = {
      documentChanges: [
        { kind: 'create', uri: target.uri, options: { ignoreIfExists: true } },
        {
          textDocument: { uri: target.uri, version: null },
          edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }],
        },
      ],
    };
  } else {
    const old = TextBuffer.create(target.uri, 'json', 0, target.text);
    const textEdit: TextEdit = { range: { start: { line: 0, character: 0 }, end: old.positionAt(target.text.length) }, newText };
    edit = capabilities.documentChanges
      ? { documentChanges: [{ textDocument: { uri: target.uri, version: null }, edits: [textEdit] }] }
      : { changes: { [target.uri]: [textEdit] } };
  }
  return { title, kind, ...diagnostics, edit };
}

/** The source action that says what kind of document this is (settings.documentKind), in its own project-file section. */
export const DOCUMENT_KIND_ACTION = `${CodeActionKind.Source}.evident.documentKind`;

/**
 * "Read this document as guidance" where Evident reads it as an argument, and the other way round; "Let the document
 * decide" where the writer has said. Written to the document's section of the project file, for co-authors and CI too.
 */
function documentKindActions(analysis: DocumentAnalysis, target: IgnoreTarget, capabilities: EditCapabilities): CodeAction[] {
  const document = target.documentPath;
  if (document === undefined) return [];
  const { kind, kindFrom } = analysis.summary.reading;
  const offers: [string, DocumentKind][] = [
    kind === 'guidance'
      ? ['Read this document as an argument: its modals are hedges (project file)', 'argument']
      : ['Read this document as guidance: modals of what can happen are no hedges (project file)', 'guidance'],
  ];
  if (kindFrom === 'setting') offers.push(['Let the document decide whether it is guidance (project file)', 'auto']);
  return offers.flatMap(
    ([title, value]) => projectFileAction(title, undefined, { kind: 'documentKind', value, document }, target, capabilities) ?? [],
  );
}

/** Languages with a comment that renders as nothing: the only ones where a finding can be silenced in the text. */
const COMMENT_FORM: Record<string, (rule: RuleId) => string> = {
  markdown: (rule) => ` <!-- evident-disable-line ${rule} -->`,
  quarto: (rule) => ` <!-- evident-disable-line ${rule} -->`,
  rmarkdown: (rule) => ` <!-- evident-disable-line ${rule} -->`,
  latex: (rule) => ` % evident-disable-line ${rule}`,
};

/**
 * The engine's ignore comment at the end of the finding's first line: it renders as nothing and,
 * unlike a comment on a line of its own, never splits a hard-wrapped paragraph. Plain text has no
 * such comment, so nothing is offered there.
 */
function disableLineAction(
  document: TextDocument,
  diagnostic: Diagnostic,
  rule: RuleId,
  capabilities: EditCapabilities,
): CodeAction | undefined {
  const comment = COMMENT_FORM[document.languageId];
  if (!comment) return undefined;
  const line = diagnostic.range.start.line;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  // After the line's text, before trailing spaces (two of them are a Markdown hard break).
  const end = lineText.replace(/[ \t]+$/, '').length;
  const edit: RangeEdit = { range: { start: { line, character: end }, end: { line, character: end } }, newText: comment(rule) };
  return {
    title: `Disable ${rule} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(document, [edit], capabilities),
  };
}

/** A word or a short phrase of words, flagged by a rule whose cues are vocabulary. */
export function isAcceptableTerm(rule: RuleId, text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    policyOf(rule).acceptsTerms === true &&
    words.length <= MAX_ACCEPTED_TERM_WORDS &&
    words.every((word) => /^[\p{L}][\p{L}'’-]*$/u.test(word))
  );
}

/** The first safe fix of each finding (of one rule, or of all), dropping any that overlap an earlier one. */
function safeFixes(analysis: DocumentAnalysis, rule?: RuleId): Fix[] {
  const candidates = analysis.findings
    .filter((finding) => rule === undefined || finding.rule === rule)
    .map((finding) => finding.fixes.find((fix) => fix.safe && fix.edits.length > 0))
    .filter((fix): fix is Fix => fix !== undefined)
    .map((fix) => ({ fix, start: Math.min(...fix.edits.map((e) => e.start)), end: Math.max(...fix.edits.map((e) => e.end)) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Fix[] = [];
  let reachedOffset = -1;
  for (const candidate of candidates) {
    if (candidate.start < reachedOffset) continue;
    chosen.push(candidate.fix);
    reachedOffset = candidate.end;
  }
  return chosen;
}

function workspaceEdit(document: TextDocument, edits: RangeEdit[], capabilities: EditCapabilities): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((edit) => ({ range: edit.range, newText: edit.newText }));
  if (capabilities.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: textEdits }] };
  }
  return { changes: { [document.uri]: textEdits } };
}

function snippetWorkspaceEdit(document: TextDocument, edits: RangeEdit[]): WorkspaceEdit {
  const snippetEdits: SnippetTextEdit[] = edits.map((edit) => ({ range: edit.range, snippet: { kind: 'snippet', value: edit.newText } }));
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: snippetEdits }] };
}
