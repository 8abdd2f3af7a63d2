// The project-file edits the quick fixes and the accept-term command make (server/src/lsp/projectEdits.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyProjectChange } from '../../server/src/lsp/projectEdits';
import { parseProjectConfig } from '../../server/src/lsp/projectConfig';

describe('project-file edits', () => {
  it('accepts a term for one document or for the project, once (case folded), keeping the other keys', () => {
    const start = JSON.stringify({ rules: { hedge: 'hint' }, documents: { 'a.md': { acceptedTerms: ['May'] } } });
    const forDoc = applyProjectChange(start, { kind: 'acceptTerm', term: ' may ', document: 'a.md' });
    assert.deepEqual(JSON.parse(forDoc), { rules: { hedge: 'hint' }, documents: { 'a.md': { acceptedTerms: ['May'] } } });
    const forOther = applyProjectChange(forDoc, { kind: 'acceptTerm', term: 'may', document: 'notes/b.md' });
    assert.deepEqual(JSON.parse(forOther).documents['notes/b.md'], { acceptedTerms: ['may'] });
    const forProject = applyProjectChange(forOther, { kind: 'acceptTerm', term: 'arguably' });
    assert.deepEqual(JSON.parse(forProject).acceptedTerms, ['arguably']);
    // What it writes reads back as the configuration it means.
    const { config, problems } = parseProjectConfig(forProject, '.evident.json');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.documents['notes/b.md'].engine.acceptedTerms, ['may']);
    assert.deepEqual(config.engine.acceptedTerms, ['arguably']);
  });

  it('adds an ignore entry once, whitespace folded; turns a rule off for one document; creates the file when there is none', () => {
    const once = applyProjectChange(undefined, { kind: 'ignore', rule: 'hedge', sentence: 'It may\n  rain.', document: 'a.md' });
    const twice = applyProjectChange(once, { kind: 'ignore', rule: 'hedge', sentence: 'It may rain.', document: 'a.md' });
    assert.equal(twice, once);
    assert.deepEqual(JSON.parse(once), { documents: { 'a.md': { ignore: [{ rule: 'hedge', sentence: 'It may rain.' }] } } });
    const off = applyProjectChange(once, { kind: 'ruleOff', rule: 'booster', document: 'a.md' });
    assert.deepEqual(JSON.parse(off).documents['a.md'], {
      ignore: [{ rule: 'hedge', sentence: 'It may rain.' }],
      rules: { booster: 'off' },
    });
    assert.ok(off.endsWith('}\n') && off.includes('\n  "documents"'), 'two-space JSON with a final newline');
  });

  it('sets the kind of one document, and the setting reads back', () => {
    const kind = applyProjectChange(JSON.stringify({ documentKind: 'argument' }), {
      kind: 'documentKind',
      value: 'guidance',
      document: 'a.md',
    });
    assert.deepEqual(JSON.parse(kind), { documentKind: 'argument', documents: { 'a.md': { documentKind: 'guidance' } } });
    const back = applyProjectChange(kind, { kind: 'documentKind', value: 'auto', document: 'a.md' });
    const { config, problems } = parseProjectConfig(back, '.evident.json');
    assert.deepEqual(problems, []);
    assert.equal(config.engine.documentKind, 'argument');
    assert.equal(config.documents['a.md'].engine.documentKind, 'auto');
  });
});
