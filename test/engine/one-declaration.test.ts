// One place for each concern (issue 16): no word list (an upper-case constant) and no predicate or
// helper (a top-level function) is declared under one name in two files of server/src. Shared
// closed classes live in engine/grammar.ts; open vocabularies are data.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

test('no list or function name is declared in two files of server/src', () => {
  const declaredIn = new Map<string, string[]>();
  for (const file of sources('server/src')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:export )?(?:const ([A-Z][A-Z0-9_]+) =|function\*? ([A-Za-z_]\w*)\()/gm)) {
      const name = m[1] ?? m[2];
      declaredIn.set(name, [...(declaredIn.get(name) ?? []), file]);
    }
  }
  const twice = [...declaredIn].filter(([, files]) => files.length > 1).map(([name, files]) => `${name}: ${files.join(', ')}`);
  assert.deepEqual(twice, []);
});
