// "$(checklist) Evident: 9/12 claims supported · 3 hedges" for the active supported document,
// refreshed whenever that document's diagnostics change.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RULE_IDS } from '../../server/src/engine/types';
import { SUMMARY_REQUEST, type SummaryParams, type SummaryResult } from '../../server/src/lsp/protocol';

const REFRESH_DELAY_MS = 100;

export class SummaryStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('evident.summary', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly isSupported: (document: vscode.TextDocument) => boolean,
    private readonly isDisabled: (uri: vscode.Uri) => boolean,
  ) {
    this.item.name = 'Evident summary';
    this.item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.refreshSoon();
      }),
    );
    this.refreshSoon();
  }

  refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const client = this.client();
    if (!document || !client || !this.isSupported(document)) {
      this.item.hide();
      return;
    }
    if (this.isDisabled(document.uri)) {
      this.item.text = '$(circle-slash) Evident: off';
      this.item.tooltip = 'Evident is disabled for this document. Run "Evident: Toggle for This Document" to enable it.';
      this.item.show();
      return;
    }
    let summary: SummaryResult;
    try {
      summary = await client.sendRequest<SummaryResult>(SUMMARY_REQUEST, { uri: document.uri.toString() } satisfies SummaryParams);
    } catch {
      return; // The server is restarting; the next diagnostics refresh this.
    }
    if (vscode.window.activeTextEditor?.document !== document) return;
    if (!summary) {
      this.item.hide();
      return;
    }
    this.item.text = `$(checklist) Evident: ${statusText(summary)}`;
    this.item.tooltip = tooltip(summary);
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

export function statusText(summary: NonNullable<SummaryResult>): string {
  // Counted as the engine's hedge density counts them.
  const hedges = (summary.counts.hedge ?? 0) + (summary.counts['hedge-stack'] ?? 0);
  return `${summary.supportedClaims}/${summary.claims} claims supported · ${hedges} ${hedges === 1 ? 'hedge' : 'hedges'}`;
}

function tooltip(summary: NonNullable<SummaryResult>): vscode.MarkdownString {
  const rows = RULE_IDS.map((rule) => `| ${rule} | ${summary.counts[rule] ?? 0} |`);
  const markdown = new vscode.MarkdownString(
    [
      `**Evident** — ${summary.supportedClaims} of ${summary.claims} claims supported, ${summary.hedgeDensity.toFixed(1)} hedges per 1,000 words`,
      '',
      '| Rule | Findings |',
      '| --- | ---: |',
      ...rows,
      '',
      summary.truncated ? 'Only the first part of this long document was checked (`evident.maxDocumentSize`).\n\n' : '',
      'Click to open the Problems view.',
    ].join('\n'),
  );
  return markdown;
}
