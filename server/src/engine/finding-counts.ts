// Counting findings for a summary: per rule, the hedges (for hedge density) and the groups the status bar
// shows, each from the rules' policies. One place for the document summary, the evidence map and the
// editor's filtered summaries, so they always count alike.
import { policyOf, RULES } from './rules';
import type { RuleId, StatusGroupCount } from './types';

/** The status groups in the order the rules give them, with the rules in each. */
const GROUPS: { one: string; many: string; order: number; rules: RuleId[] }[] = [];
for (const rule of RULES) {
  const group = rule.meta.policy.statusGroup;
  if (!group) continue;
  const known = GROUPS.find((g) => g.one === group.one);
  if (known) known.rules.push(rule.meta.id);
  else GROUPS.push({ ...group, rules: [rule.meta.id] });
}
GROUPS.sort((a, b) => a.order - b.order);

/** The per-rule counts grouped as the status bar shows them (every group, zeros included). */
export function statusGroups(counts: Partial<Record<RuleId, number>>): StatusGroupCount[] {
  return GROUPS.map((g) => ({ one: g.one, many: g.many, count: g.rules.reduce((sum, rule) => sum + (counts[rule] ?? 0), 0) }));
}

/** Findings per rule, the hedges among them, hedges per 1,000 words (one decimal) and the status groups. */
export function countFindings(
  findings: readonly { rule: RuleId }[],
  words: number,
): { counts: Partial<Record<RuleId, number>>; hedges: number; hedgeDensity: number; groups: StatusGroupCount[] } {
  const counts: Partial<Record<RuleId, number>> = {};
  let hedges = 0;
  for (const f of findings) {
    counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    if (policyOf(f.rule).countsAsHedge) hedges++;
  }
  return { counts, hedges, hedgeDensity: hedgeDensity(hedges, words), groups: statusGroups(counts) };
}

/** Hedges per 1,000 words, rounded to one decimal. */
export function hedgeDensity(hedges: number, words: number): number {
  return words ? Math.round((hedges / words) * 10000) / 10 : 0;
}
