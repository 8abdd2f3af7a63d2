// Every rule has its own case file beside the others (test/engine/rules/<id>.test.ts).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../../../server/src/engine';

test('every rule has test/engine/rules/<id>.test.ts', () => {
  assert.deepEqual(
    RULES.map((r) => r.meta.id).filter((id) => !existsSync(join(__dirname, `${id}.test.ts`))),
    [],
  );
});
