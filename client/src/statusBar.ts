// "$(checklist) Evident: 2 unsupported claims · 3 hedges" for the active supported document,
// counting exactly what is flagged: it reads the evidence map the server built from the
// diagnostics it published (EvidenceModel), as the Claims & Evidence view does.
// A click opens a small menu: summary, problems, turn off/on for this document, settings.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { RULE_IDS, type StatusGroupCount } from '../../server/src/engine/types';
import type { EvidenceCounts } from '../../server/src/engine/evidence-map';
import type { EvidenceModel } from './evidenceModel';

export class SummaryStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('evident.summary', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly isSupported: (document: vscode.TextDocument) => boolean,
    private readonly isDisabled: (uri: vscode.Uri) => boolean,
    private readonly model: EvidenceModel,
  ) {
    this.item.name = 'Evident summary';
    this.item.command = { title: 'Evident menu', command: STATUS_MENU_COMMAND };
    this.subscriptions.push(
      vscode.commands.registerCommand(STATUS_MENU_COMMAND, () => showStatusMenu(this.isDisabled)),
      model.onDidChange(() => this.render()),
    );
    this.refreshSoon();
  }

  /** Asks the model again (server state, toggles and settings changed); the item follows its answer. */
  refreshSoon(): void {
    this.model.refreshSoon();
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.client() || !this.isSupported(document)) {
      this.item.hide();
      return;
    }
    if (this.isDisabled(document.uri)) {
      this.item.text = '$(circle-slash) Evident: off';
      this.item.tooltip = 'Evident is off for this document. Click to turn it back on, or for more.';
      this.item.show();
      return;
    }
    const state = this.model.current;
    if (!state) {
      this.item.hide();
      return;
    }
    const totals = state.result.map.totals;
    this.item.text = `$(checklist) Evident: ${statusText(totals)}`;
    this.item.tooltip = tooltip(totals, state.result.truncated);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

const STATUS_MENU_COMMAND = 'evident.statusMenu';

/** Counts of what is flagged, as the squiggles and the Problems view show it, in the groups the server sends (the first two always show). */
export function statusText(summary: { groups: readonly StatusGroupCount[] }): string {
  if (summary.groups.every(({ count }) => count === 0)) return 'nothing flagged';
  return summary.groups
    .filter(({ count }, index) => index < 2 || count > 0)
    .map(({ one, many, count }) => `${count} ${count === 1 ? one : many}`)
    .join(' · ');
}

async function showStatusMenu(isDisabled: (uri: vscode.Uri) => boolean): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const off = document ? isDisabled(document.uri) : false;
  const items: (vscode.QuickPickItem & { command: string; args?: unknown[] })[] = [
    { label: '$(list-unordered) Show document summary', command: 'evident.showSummary' },
    { label: '$(preview) Open evidence report', command: 'evident.openEvidenceReport' },
    { label: '$(list-tree) Show claims and evidence', command: 'evident.evidence.focus' },
    { label: '$(warning) Show problems', command: 'workbench.actions.view.problems' },
    {
      label: off ? '$(check) Turn Evident on for this document' : '$(circle-slash) Turn Evident off for this document',
      command: 'evident.toggleDocument',
    },
    { label: '$(gear) Evident settings', command: 'workbench.action.openSettings', args: ['@ext:evident.evident'] },
  ];
  const chosen = await vscode.window.showQuickPick(items, { title: 'Evident' });
  if (chosen) await vscode.commands.executeCommand(chosen.command, ...(chosen.args ?? []));
}

function tooltip(totals: EvidenceCounts, truncated: boolean): vscode.MarkdownString {
  const rows = RULE_IDS.map((rule) => `| ${rule} | ${totals.rules[rule] ?? 0} |`);
  const graded = totals.supported + totals.unsupported;
  const markdown = new vscode.MarkdownString(
    [
      `**Evident**: ${statusText(totals)} (${totals.hedgeDensity.toFixed(1)} hedges per 1,000 words); ${totals.supported} of ${graded} claims supported`,
      '',
      '| Rule | Findings |',
      '| --- | ---: |',
      ...rows,
      '',
      truncated ? 'Only the first part of this long document was checked (`evident.maxDocumentSize`).\n\n' : '',
      'Click for the summary, the problems, turning Evident off for this document, and settings.',
    ].join('\n'),
  );
  return markdown;
}
