// The "Claims & Evidence" view (Explorer): the active document's sections, and under each the
// sentences that make claims or carry a finding, with an icon and a label for what they rest on;
// counts per section; a filter for only what needs work; a click selects the sentence. It reads
// the shared EvidenceModel, so it agrees with the status bar and the diagnostics.
import * as vscode from 'vscode';
import type { EvidenceEntry, EvidenceSection } from '../../server/src/engine/evidence-map';
import { STATUS_INFO, type EvidenceStatus } from '../../server/src/engine/evidence-status';
import { revealRange, sentenceRange, type EvidenceModel } from './evidenceModel';
import { statusText } from './statusBar';

export const EVIDENCE_VIEW_ID = 'evident.evidence';
export const REVEAL_SENTENCE_COMMAND = 'evident.evidence.reveal';
export const NEEDS_WORK_ONLY_COMMAND = 'evident.evidence.needsWorkOnly';
export const SHOW_ALL_COMMAND = 'evident.evidence.showAll';
const FILTER_CONTEXT = 'evident.evidence.needsWorkOnly';
const FILTER_STATE_KEY = 'evident.evidence.needsWorkOnly';

const ICONS: Record<EvidenceStatus, { icon: string; colour: string }> = {
  supported: { icon: 'pass', colour: 'charts.green' },
  attributed: { icon: 'mention', colour: 'charts.blue' },
  'vague-source': { icon: 'question', colour: 'charts.yellow' },
  speculative: { icon: 'lightbulb', colour: 'charts.purple' },
  unsupported: { icon: 'error', colour: 'charts.red' },
  flagged: { icon: 'warning', colour: 'charts.orange' },
};

type Node = { kind: 'section'; section: EvidenceSection; index: number } | { kind: 'entry'; entry: EvidenceEntry; section: number };

/** Tree label of a sentence: its first words, as the view shows them (also what the UI test looks for). */
export function entryLabel(text: string): string {
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}

/** "unsupported · 2 hedges": the status label, and the hedges when there are any. */
export function entryDescription(entry: Pick<EvidenceEntry, 'status' | 'hedges'>): string {
  const hedges = entry.hedges > 0 ? ` · ${entry.hedges} ${entry.hedges === 1 ? 'hedge' : 'hedges'}` : '';
  return `${STATUS_INFO[entry.status].label}${hedges}`;
}

/** "2 of 5 claims supported · 1 hedge (12.5 per 1,000 words)". */
export function sectionDescription(section: EvidenceSection): string {
  const c = section.counts;
  const graded = c.supported + c.unsupported;
  const claims = graded === 0 ? 'no claims' : `${c.supported} of ${graded} ${graded === 1 ? 'claim' : 'claims'} supported`;
  const hedges = c.hedges > 0 ? ` · ${c.hedges} ${c.hedges === 1 ? 'hedge' : 'hedges'} (${c.hedgeDensity.toFixed(1)} per 1,000 words)` : '';
  return claims + hedges;
}

export class EvidenceView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private needsWorkOnly: boolean;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly model: EvidenceModel,
  ) {
    this.needsWorkOnly = context.workspaceState.get<boolean>(FILTER_STATE_KEY, false);
    void vscode.commands.executeCommand('setContext', FILTER_CONTEXT, this.needsWorkOnly);
    this.view = vscode.window.createTreeView(EVIDENCE_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.changed,
      this.view,
      model.onDidChange(() => this.update()),
      this.view.onDidChangeVisibility(({ visible }) => model.setDetailed(visible)),
      vscode.commands.registerCommand(NEEDS_WORK_ONLY_COMMAND, () => this.setFilter(true)),
      vscode.commands.registerCommand(SHOW_ALL_COMMAND, () => this.setFilter(false)),
      vscode.commands.registerCommand(REVEAL_SENTENCE_COMMAND, (uri: string, start: number, end: number, version: number, text?: string) =>
        this.reveal(uri, start, end, version, text),
      ),
    );
    model.setDetailed(this.view.visible);
    this.update();
  }

  private setFilter(needsWorkOnly: boolean): void {
    this.needsWorkOnly = needsWorkOnly;
    void this.context.workspaceState.update(FILTER_STATE_KEY, needsWorkOnly);
    void vscode.commands.executeCommand('setContext', FILTER_CONTEXT, needsWorkOnly);
    this.update();
  }

  private update(): void {
    const state = this.model.current;
    if (!state) {
      this.view.message = vscode.window.activeTextEditor
        ? 'Evident does not check this document, or has not checked it yet.'
        : 'Open a draft to see its claims and evidence.';
      this.view.description = undefined;
      this.view.badge = undefined;
    } else {
      const t = state.result.map.totals;
      const graded = t.supported + t.unsupported;
      // The status bar's words, from the same counts: the two always read the same.
      this.view.message = `${statusText(t)} — ${t.supported} of ${graded} claims supported${state.result.truncated ? ' (first part only: evident.maxDocumentSize)' : ''}`;
      this.view.description = this.needsWorkOnly ? 'needs work' : undefined;
      this.view.badge =
        t.needsWork > 0
          ? { value: t.needsWork, tooltip: `${t.needsWork} ${t.needsWork === 1 ? 'sentence needs' : 'sentences need'} work` }
          : undefined;
    }
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const state = this.model.current;
    if (!state) return [];
    const sections = state.result.map.sections;
    if (!node) {
      return sections
        .map((section, index) => ({ kind: 'section' as const, section, index }))
        .filter(({ section }) =>
          this.needsWorkOnly ? section.counts.needsWork > 0 : section.entries.length > 0 || section.counts.words > 0,
        );
    }
    if (node.kind === 'entry') return [];
    return node.section.entries
      .filter((entry) => !this.needsWorkOnly || entry.needsWork)
      .map((entry) => ({ kind: 'entry' as const, entry, section: node.index }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const state = this.model.current!;
    const uri = state.document.uri.toString();
    const version = state.result.version;
    if (node.kind === 'section') {
      const { section } = node;
      const shown = this.needsWorkOnly ? section.entries.filter((e) => e.needsWork).length : section.entries.length;
      const item = new vscode.TreeItem(
        section.title,
        shown > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
      );
      item.id = `${uri}#section-${node.index}-${section.title}`;
      item.description = sectionDescription(section);
      item.iconPath = new vscode.ThemeIcon(section.counts.needsWork > 0 ? 'list-tree' : 'check-all');
      item.tooltip = sectionTooltip(section);
      item.contextValue = 'evidenceSection';
      if (section.level > 0)
        item.command = {
          title: 'Go to section',
          command: REVEAL_SENTENCE_COMMAND,
          arguments: [uri, section.headingStart, section.headingEnd, version],
        };
      return item;
    }
    const { entry } = node;
    const item = new vscode.TreeItem(entryLabel(entry.text), vscode.TreeItemCollapsibleState.None);
    item.id = `${uri}#${node.section}-${entry.start}-${entry.status}`;
    item.description = entryDescription(entry);
    const icon = ICONS[entry.status];
    item.iconPath = new vscode.ThemeIcon(icon.icon, new vscode.ThemeColor(icon.colour));
    item.tooltip = entryTooltip(entry);
    item.accessibilityInformation = { label: `${STATUS_INFO[entry.status].label}: ${entry.text}`, role: 'treeitem' };
    item.contextValue = entry.needsWork ? 'evidenceEntry.needsWork' : 'evidenceEntry';
    item.command = {
      title: 'Select the sentence',
      command: REVEAL_SENTENCE_COMMAND,
      arguments: [uri, entry.start, entry.end, version, entry.text],
    };
    return item;
  }

  private async reveal(uri: string, start: number, end: number, version: number, text?: string): Promise<void> {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (!document) return;
    await revealRange(document, sentenceRange(document, start, end, version, text));
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function entryTooltip(entry: EvidenceEntry): vscode.MarkdownString {
  const info = STATUS_INFO[entry.status];
  const md = new vscode.MarkdownString(`${info.marker} **${info.label}**: ${info.meaning}.`);
  for (const f of entry.findings) md.appendMarkdown(`\n\n\`${f.rule}\` ${escapeMarkdown(f.message)}`);
  if (
    entry.findings.length === 0 &&
    (entry.status === 'unsupported' || entry.status === 'speculative' || entry.status === 'vague-source')
  ) {
    md.appendMarkdown('\n\nNo finding is shown for it (turned off, ignored, or waiting while you type its paragraph).');
  }
  return md;
}

function sectionTooltip(section: EvidenceSection): vscode.MarkdownString {
  const c = section.counts;
  const rows = (Object.keys(STATUS_INFO) as EvidenceStatus[])
    .filter((s) => c.statuses[s] > 0)
    .map((s) => `${STATUS_INFO[s].marker} ${c.statuses[s]} ${STATUS_INFO[s].label}`);
  return new vscode.MarkdownString(
    `**${escapeMarkdown(section.title)}**\n\n${rows.join(' · ') || 'No claims.'}\n\n${c.hedges} hedges in ${c.words.toLocaleString('en-US')} words (${c.hedgeDensity.toFixed(1)} per 1,000); ${c.findings} findings.`,
  );
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (ch) => `\\${ch}`);
}
