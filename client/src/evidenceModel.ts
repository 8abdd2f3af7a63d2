// The evidence map of the active document (evident/evidenceMap), fetched once per change and shared
// by the status bar, the Claims & Evidence view and the evidence report: one source, so they agree
// with each other and with the diagnostics the server published for the same version.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { EVIDENCE_MAP_REQUEST, type EvidenceMapParams, type EvidenceMapResult } from '../../server/src/lsp/protocol';

const REFRESH_DELAY_MS = 100;

export type EvidenceResult = NonNullable<EvidenceMapResult>;

export interface EvidenceState {
  document: vscode.TextDocument;
  result: EvidenceResult;
}

export class EvidenceModel implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after each refresh, whether or not the map changed. */
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private state: EvidenceState | undefined;
  private generation = 0;
  /** Whether the sections are wanted (the view is visible), or the totals only (the status bar). */
  private detailed = false;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly isSupported: (document: vscode.TextDocument) => boolean,
    private readonly isDisabled: (uri: vscode.Uri) => boolean,
  ) {
    this.subscriptions.push(
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.refreshSoon();
      }),
    );
  }

  /** The map of the active document, if Evident checks it and the server has analysed it. */
  get current(): EvidenceState | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && this.state?.document === document ? this.state : undefined;
  }

  /** The view asks for the sections while it is visible; otherwise only the totals travel. */
  setDetailed(detailed: boolean): void {
    if (detailed === this.detailed) return;
    this.detailed = detailed;
    if (detailed) this.refreshSoon();
  }

  refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    let next: EvidenceState | undefined;
    if (document && this.isSupported(document) && !this.isDisabled(document.uri)) {
      const result = await this.requestMap(document, this.detailed);
      if (generation !== this.generation) return; // a newer refresh is on its way
      // While the server is restarting (undefined), the last map stays.
      next =
        result === undefined ? (this.state?.document === document ? this.state : undefined) : result ? { document, result } : undefined;
    }
    this.state = next;
    this.emitter.fire();
  }

  /** The server's map of a document: null when it does not check it, undefined when the server cannot answer. */
  async requestMap(document: vscode.TextDocument, sections = true): Promise<EvidenceMapResult | undefined> {
    const client = this.client();
    if (!client?.isRunning()) return undefined;
    try {
      return await client.sendRequest<EvidenceMapResult>(EVIDENCE_MAP_REQUEST, {
        uri: document.uri.toString(),
        sections,
      } satisfies EvidenceMapParams);
    } catch {
      return undefined;
    }
  }

  /** The map of exactly the document's current version, asking again while the server catches up. */
  async mapOfVersion(document: vscode.TextDocument, limitMs = 10_000): Promise<EvidenceResult | null | undefined> {
    const deadline = Date.now() + limitMs;
    for (;;) {
      const result = await this.requestMap(document);
      if (!result || result.version === document.version || Date.now() > deadline) return result;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/**
 * The range of a sentence the map located at `start`–`end` in version `version`. When the document
 * has changed since, the sentence is looked for near its old place by its text.
 */
export function sentenceRange(document: vscode.TextDocument, start: number, end: number, version: number, text?: string): vscode.Range {
  if (version !== document.version && text) {
    const source = document.getText();
    // The map's text is whitespace-folded: its first words, any spacing between them.
    const words = text
      .split(' ')
      .slice(0, 8)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const probe = new RegExp(words.join('\\s+'), 'g');
    const candidates: number[] = [];
    for (const found of source.matchAll(probe)) candidates.push(found.index);
    if (candidates.length > 0) {
      const best = candidates.reduce((a, b) => (Math.abs(b - start) < Math.abs(a - start) ? b : a));
      return new vscode.Range(document.positionAt(best), document.positionAt(best + (end - start)));
    }
  }
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** Selects a range in the document's editor (opening it if needed) and scrolls it into the middle. */
export async function revealRange(document: vscode.TextDocument, range: vscode.Range): Promise<void> {
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
