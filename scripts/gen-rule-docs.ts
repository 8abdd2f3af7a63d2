// Writes docs/rules/<id>.md from each rule's own metadata, so the docs the editor links to
// cannot drift from the rules. Run: node --import tsx scripts/gen-rule-docs.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { RULES } from '../server/src/engine';

export function ruleDoc(rule: (typeof RULES)[number]): string {
  const m = rule.meta;
  const flag = m.examples.flag.map((e) => `- ${e.text} — flags **${e.flagged}**`).join('\n');
  const allow = m.examples.allow.map((t) => `- ${t}`).join('\n');
  const silenced = [m.silencedByEvidence && 'a citation, footnote, link or reference in the sentence or closing its paragraph', m.silencedByAttribution && 'a named source ("according to the IMF")'].filter(Boolean).join('; or ');
  return `# \`${m.id}\` — ${m.title}\n\n${m.description}\n\nDefault severity: **${m.defaultSeverity}**. ${silenced ? `Silenced by ${silenced}.` : 'Reported whatever evidence the sentence has.'}\n\nSet its severity with \`"evident.rules": { "${m.id}": "off" | "hint" | "information" | "warning" | "error" }\`, or switch it off inline with \`<!-- evident-disable-next-line ${m.id} -->\` (Markdown) or \`% evident-disable-next-line ${m.id}\` (LaTeX).\n\n## Flags\n\n${flag}\n\n## Leaves alone\n\n${allow}\n`;
}

if (process.argv[1]?.endsWith('gen-rule-docs.ts')) {
  mkdirSync('docs/rules', { recursive: true });
  for (const rule of RULES) writeFileSync(`docs/rules/${rule.meta.id}.md`, ruleDoc(rule));
  console.log(`wrote ${RULES.length} rule docs`);
}
