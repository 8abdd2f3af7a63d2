// A system: { tasks, run(texts) → Promise<[{ name, task, predicted: boolean[], findings? }]> }; one run may
// give several rows (retext-intensify's two readings, the engine's two tasks).

/** Runs every system that answers one of `tasks`, timing each run; keeps only the rows for `tasks`. */
export async function runTimed(systems, texts, tasks) {
  const rows = [];
  for (const system of systems.filter((s) => s.tasks.some((task) => tasks.includes(task)))) {
    const started = performance.now();
    const produced = await system.run(texts);
    const seconds = (performance.now() - started) / 1000;
    rows.push(...produced.filter((row) => tasks.includes(row.task)).map((row) => ({ ...row, seconds })));
  }
  return rows;
}
