// ruleCases: one rule's cases in the style of ESLint's RuleTester. The rule runs alone (every
// other rule off), over a policy-prose sentence or paragraph; an invalid case names the message
// (messageId), the flagged text and, where the rule offers one, the text after its first fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument, RULES, type Finding, type LanguageId, type RuleId, type Severity } from '../../../server/src/engine';
import { Bibliography, parseBibliography } from '../../../server/src/engine/bib';

export interface InvalidCase {
  code: string;
  errors: { messageId: string; text: string }[];
  /** The text after the first fix of the first finding is applied. */
  output?: string;
  /** The title of that fix, when `output` is given and the finding offers more than one. */
  fix?: string;
  language?: LanguageId;
  /** Weak cues shown only with the thorough sensitivity. */
  thorough?: boolean;
}
export type ValidCase = string | { code: string; language?: LanguageId; thorough?: boolean };

/** The findings of `rule` alone on `code`. */
export function runRule(
  rule: RuleId,
  code: string,
  language: LanguageId = 'markdown',
  thorough = false,
  bibliography?: Bibliography,
): Finding[] {
  const rules = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.id === rule ? r.meta.defaultSeverity : 'off'])) as Record<
    RuleId,
    Severity
  >;
  return analyzeDocument(code, { languageId: language, settings: { rules, sensitivity: thorough ? 'thorough' : 'precise' }, bibliography })
    .findings;
}

function applyFix(code: string, finding: Finding, title?: string): string {
  const fix = title ? finding.fixes.find((f) => f.title === title) : finding.fixes[0];
  assert.ok(
    fix,
    `no fix${title ? ` titled ${JSON.stringify(title)}` : ''} on "${finding.text}": ${JSON.stringify(finding.fixes.map((f) => f.title))}`,
  );
  let out = code;
  // From the end backwards; edits at one offset keep their order, as an editor applies them.
  const edits = fix.edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.start - a.edit.start || b.index - a.index);
  for (const { edit } of edits) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

/** `bibtex`: a bibliography every case is checked against (for unknown-citation). */
export function ruleCases(rule: RuleId, cases: { valid: ValidCase[]; invalid: InvalidCase[]; bibtex?: string }): void {
  const bibliography = cases.bibtex === undefined ? undefined : new Bibliography(parseBibliography(cases.bibtex, 'cases.bib').entries);
  describe(`rule ${rule}`, () => {
    for (const valid of cases.valid) {
      const { code, language, thorough } = typeof valid === 'string' ? { code: valid, language: undefined, thorough: false } : valid;
      it(`leaves alone: ${code}`, () => {
        assert.deepEqual(
          runRule(rule, code, language, thorough, bibliography).map((f) => f.text),
          [],
        );
      });
    }
    for (const invalid of cases.invalid) {
      it(`flags: ${invalid.code}`, () => {
        const found = runRule(rule, invalid.code, invalid.language, invalid.thorough, bibliography);
        assert.deepEqual(
          found.map((f) => ({ messageId: f.messageId, text: f.text })),
          invalid.errors,
        );
        for (const f of found) assert.equal(invalid.code.slice(f.start, f.end), f.text, 'the span is the flagged text');
        if (invalid.output !== undefined) assert.equal(applyFix(invalid.code, found[0], invalid.fix), invalid.output);
      });
    }
  });
}
