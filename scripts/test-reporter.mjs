// A test reporter for people: a dot line while tests run, each failure in full as it happens,
// each skip with its reason, then a summary by suite folder. `npm test` uses it; CI logs stay short.
import { relative, sep } from 'node:path';

const suiteOf = (file) => {
  if (!file) return 'other';
  const parts = relative(process.cwd(), file).split(sep);
  return parts[0] === 'test' && parts.length > 2 ? `test/${parts[1]}` : parts.slice(0, -1).join('/') || parts[0];
};

const indent = (text, by = '    ') =>
  String(text)
    .split('\n')
    .map((line) => by + line)
    .join('\n');

export default async function* humanReporter(source) {
  const suites = new Map();
  const failures = [];
  const skips = [];
  let dots = 0;
  const started = Date.now();
  const stats = (file) => {
    const name = suiteOf(file);
    if (!suites.has(name)) suites.set(name, { pass: 0, fail: 0, skip: 0, ms: 0 });
    return suites.get(name);
  };
  for await (const event of source) {
    const data = event.data ?? {};
    if (event.type !== 'test:pass' && event.type !== 'test:fail') {
      if (event.type === 'test:stderr' && /error|warn/i.test(data.message ?? '')) yield `\n${data.message}`;
      continue;
    }
    if (data.details?.type === 'suite') continue; // counted through their tests
    const s = stats(data.file);
    s.ms += data.details?.duration_ms ?? 0;
    if (data.skip !== undefined && data.skip !== false) {
      s.skip++;
      skips.push({ name: data.name, file: data.file, reason: typeof data.skip === 'string' ? data.skip : '' });
      continue;
    }
    if (event.type === 'test:pass') {
      s.pass++;
      dots++;
      yield dots % 100 === 0 ? '.\n' : '.';
      continue;
    }
    s.fail++;
    const error = data.details?.error;
    const cause = error?.cause ?? error;
    failures.push(data);
    yield `\n\n✖ ${data.name}\n  ${relative(process.cwd(), data.file ?? '')}\n${indent(cause?.stack ?? cause?.message ?? String(cause))}\n`;
  }
  const rows = [...suites].sort(([a], [b]) => a.localeCompare(b));
  const total = rows.reduce((t, [, s]) => ({ pass: t.pass + s.pass, fail: t.fail + s.fail, skip: t.skip + s.skip }), {
    pass: 0,
    fail: 0,
    skip: 0,
  });
  const lines = ['', '', 'Summary by suite:'];
  for (const [name, s] of rows) {
    lines.push(
      `  ${s.fail > 0 ? '✖' : '✔'} ${name.padEnd(18)} ${String(s.pass).padStart(5)} passed${s.fail ? `, ${s.fail} failed` : ''}${s.skip ? `, ${s.skip} skipped` : ''}`,
    );
  }
  for (const skip of skips) lines.push(`  skipped: ${skip.name}${skip.reason ? ` (${skip.reason})` : ''}`);
  lines.push(
    `${total.fail > 0 ? '✖' : '✔'} ${total.pass + total.fail + total.skip} tests: ${total.pass} passed, ${total.fail} failed, ${total.skip} skipped in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  if (failures.length > 0) lines.push(`Failed: ${failures.map((f) => f.name).join('; ')}`);
  yield `${lines.join('\n')}\n`;
}
