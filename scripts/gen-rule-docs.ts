// Writes docs/rules/<id>.md and the rules' descriptions in package.json's settings from each
// rule's own metadata, so the docs and settings the editor shows cannot drift from the rules.
// Run: node --import tsx scripts/gen-rule-docs.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../server/src/engine';

/**
 * The rule's description in the settings editor: its title once, then what it flags. A rule's
 * description never opens with its title's words (test/lsp/manifest.test.ts), so the label reads once.
 */
export function ruleSettingDescription(meta: (typeof RULES)[number]['meta']): string {
  return `${meta.title}: ${meta.description}`;
}

/** The same, as the settings editor renders it (VS Code shows markdownDescription where there is one). */
export function ruleSettingMarkdown(meta: (typeof RULES)[number]['meta']): string {
  return `**${meta.title}**: ${meta.description}`;
}

export function ruleDoc(rule: (typeof RULES)[number]): string {
  const m = rule.meta;
  const flag = m.examples.flag.map((e) => `- ${e.text} — flags **${e.flagged}**`).join('\n');
  const allow = m.examples.allow.map((t) => `- ${t}`).join('\n');
  const silenced = [
    m.silencedByEvidence && 'a citation, footnote, link or reference in the sentence or closing its paragraph',
    m.silencedByAttribution && 'a named source ("according to the IMF")',
  ]
    .filter(Boolean)
    .join('; or ');
  return `# \`${m.id}\` — ${m.title}\n\n${m.description}\n\nDefault severity: **${m.defaultSeverity}**. ${silenced ? `Silenced by ${silenced}.` : 'Reported whatever evidence the sentence has.'}\n\nSet its severity with \`"evident.rules": { "${m.id}": "off" | "hint" | "information" | "warning" | "error" }\`, or switch it off for one line with \`<!-- evident-disable-line ${m.id} -->\` at the end of the line (Markdown; it renders as nothing) or \`% evident-disable-line ${m.id}\` (LaTeX).\n\n## Flags\n\n${flag}\n\n## Leaves alone\n\n${allow}\n`;
}

if (process.argv[1]?.endsWith('gen-rule-docs.ts')) {
  mkdirSync('docs/rules', { recursive: true });
  for (const rule of RULES) writeFileSync(`docs/rules/${rule.meta.id}.md`, ruleDoc(rule));
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const rules = manifest.contributes.configuration.properties['evident.rules'].properties;
  for (const { meta } of RULES) {
    rules[meta.id].description = ruleSettingDescription(meta);
    rules[meta.id].markdownDescription = ruleSettingMarkdown(meta);
  }
  writeFileSync('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote ${RULES.length} rule docs and their settings descriptions`);
}
