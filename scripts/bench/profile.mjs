// Summarises a V8 .cpuprofile (node --cpu-prof) as the functions with the most self time.
// Locations inside the esbuild bundle are named by the source module esbuild marks
// with a `// path/to/module.ts` comment, so the list points at engine files.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

/** [first bundle line, source module] pairs, in order. */
function bundleModules(bundlePath) {
  const modules = [];
  readFileSync(bundlePath, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const match = /^\/\/ ((?:node_modules|server|client)\/\S+)$/.exec(line);
      if (match) modules.push([index, match[1]]);
    });
  return modules;
}

function moduleAt(modules, line) {
  let found = '?';
  for (const [start, path] of modules) {
    if (start > line) break;
    found = path;
  }
  return found;
}

/** The package (node_modules) or source file a bundle module belongs to. */
const ownerOf = (modulePath) => /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(modulePath)?.[1] ?? modulePath;

/** Top functions and top owners (packages or engine files) by self time. */
export function summarizeProfile(profilePath, bundlePath, count) {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  // Sample i lasts until sample i + 1 (the way Chrome DevTools attributes self time).
  const selfMicros = new Map();
  for (let i = 0; i + 1 < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + profile.timeDeltas[i + 1]);
  }
  const bundleUrl = pathToFileURL(bundlePath).href;
  const modules = bundleModules(bundlePath);
  const byFunction = new Map();
  const byOwner = new Map();
  let totalMs = 0;
  for (const [id, micros] of selfMicros) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    if (functionName === '(idle)') continue;
    const selfMs = micros / 1000;
    totalMs += selfMs;
    const module = url === bundleUrl ? moduleAt(modules, lineNumber) : undefined;
    const location = module ? `${module} (bundle line ${lineNumber + 1})` : url ? `${basename(url)}:${lineNumber + 1}` : '';
    const key = `${functionName}\u0000${location}`;
    const entry = byFunction.get(key) ?? { functionName: functionName || '(anonymous)', location, selfMs: 0 };
    entry.selfMs += selfMs;
    byFunction.set(key, entry);
    const owner = module ? ownerOf(module) : url ? 'node internals' : functionName; // (garbage collector), (program)
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + selfMs);
  }
  const top = (entries) =>
    entries
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, count)
      .map((entry) => ({ ...entry, percent: (100 * entry.selfMs) / totalMs }));
  return {
    totalMs,
    functions: top([...byFunction.values()]),
    owners: top([...byOwner].map(([owner, selfMs]) => ({ owner, selfMs }))),
  };
}
