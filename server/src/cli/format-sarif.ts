// --format sarif: one SARIF 2.1.0 log with one run, for code-scanning tools.
import type { Severity, TextEdit } from '../engine/types';
import { HOME_URL, VERSION } from './package-info';
import type { LineIndex } from './positions';
import type { FileReport, Formatter } from './report';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The part of the engine's rule metadata SARIF shows. */
export interface RuleDescriptor {
  id: string;
  /** A short human name: "Stacked hedges". */
  title: string;
  /** One sentence: what the rule flags. */
  description: string;
  defaultSeverity: Severity;
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note', off: 'none' };

export function sarifFormatter(write: (text: string) => void, rules: readonly RuleDescriptor[]): Formatter {
  const results: object[] = [];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  return {
    file({ uri, findings, positions }: FileReport) {
      for (const finding of findings) {
        results.push({
          ruleId: finding.rule,
          ruleIndex: ruleIndex.get(finding.rule),
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          // Lets code scanning follow a finding across edits elsewhere in the file.
          partialFingerprints: { 'evidentFinding/v1': finding.fingerprint },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri },
                region: { ...region(positions, finding), snippet: { text: finding.text } },
              },
            },
          ],
          ...(finding.fixes.length > 0 && {
            fixes: finding.fixes.map((fix) => ({
              description: { text: fix.title },
              artifactChanges: [{ artifactLocation: { uri }, replacements: fix.edits.map((edit) => replacement(positions, edit)) }],
            })),
          }),
        });
      }
    },
    finish() {
      const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'Evident',
                version: VERSION,
                informationUri: HOME_URL,
                rules: rules.map((rule) => ({
                  id: rule.id,
                  name: rule.title,
                  shortDescription: { text: rule.description },
                  helpUri: `${HOME_URL}#rule-${rule.id}`,
                  defaultConfiguration: { level: LEVEL[rule.defaultSeverity], ...(rule.defaultSeverity === 'off' && { enabled: false }) },
                })),
              },
            },
            columnKind: 'utf16CodeUnits',
            results,
          },
        ],
      };
      write(JSON.stringify(log, null, 2) + '\n');
    },
  };
}

/** SARIF regions are 1-based; endColumn is the column just after the region, as ours is. */
function region(positions: LineIndex, span: { start: number; end: number }) {
  const start = positions.position(span.start);
  const end = positions.position(span.end);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

function replacement(positions: LineIndex, edit: TextEdit) {
  return { deletedRegion: region(positions, edit), insertedContent: { text: edit.newText } };
}
