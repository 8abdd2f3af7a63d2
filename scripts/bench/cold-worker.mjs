// One cold measurement in a fresh process: load a checker, analyse the document
// once, print the timings as one JSON line on stdout.
// Usage: node cold-worker.mjs <evident|write-good|retext-intensify|harper> <document> [engine bundle]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [tool, documentPath, engineBundle] = process.argv.slice(2);
const text = readFileSync(documentPath, 'utf8');
const require = createRequire(import.meta.url);

/** Wall time, and CPU time of this process (less inflated than wall time when the machine is busy). */
async function timed(work) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, result };
}

/** The same text with one letter added inside a word near the middle: what a keystroke changes. */
function withOneCharacterEdit(source) {
  const at = source.indexOf(' ', source.length >> 1);
  return source.slice(0, at) + 's' + source.slice(at);
}

const checkers = {
  async evident() {
    const load = await timed(() => require(engineBundle));
    const { analyze } = load.result;
    const options = { languageId: 'markdown' };
    const cold = await timed(() => analyze(text, options));
    // The engine caches per sentence/paragraph: these two are the editor's steady state.
    const warm = await timed(() => analyze(text, options));
    const edited = await timed(() => analyze(withOneCharacterEdit(text), options));
    return {
      loadMs: load.ms,
      analyzeMs: cold.ms,
      analyzeCpuMs: cold.cpuMs,
      warmMs: warm.ms,
      editMs: edited.ms,
      findings: cold.result.length,
    };
  },
  async 'write-good'() {
    const load = await timed(() => require('write-good'));
    const cold = await timed(() => load.result(text));
    return { loadMs: load.ms, analyzeMs: cold.ms, analyzeCpuMs: cold.cpuMs, findings: cold.result.length };
  },
  async 'retext-intensify'() {
    const load = await timed(async () => {
      const [{ retext }, { default: english }, { default: intensify }] = await Promise.all([
        import('retext'),
        import('retext-english'),
        import('retext-intensify'),
      ]);
      return retext().use(english).use(intensify);
    });
    const cold = await timed(() => load.result.process(text));
    return { loadMs: load.ms, analyzeMs: cold.ms, analyzeCpuMs: cold.cpuMs, findings: cold.result.messages.length };
  },
  async harper() {
    const load = await timed(() => Promise.all([import('harper.js'), import('harper.js/binaryInlined')]));
    const [{ LocalLinter }, { binaryInlined }] = load.result;
    const linter = new LocalLinter({ binary: binaryInlined });
    const setup = await timed(() => linter.setup());
    const cold = await timed(() => linter.lint(text, { language: 'markdown' }));
    return { loadMs: load.ms, setupMs: setup.ms, analyzeMs: cold.ms, analyzeCpuMs: cold.cpuMs, findings: cold.result.length };
  },
};

if (!checkers[tool]) throw new Error(`unknown tool ${tool}; known: ${Object.keys(checkers).join(', ')}`);
process.stdout.write(JSON.stringify({ tool, ...(await checkers[tool]()) }) + '\n');
