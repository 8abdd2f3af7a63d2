// Plain-text rendering of the evaluation results.

const TASK_TITLES = {
  uncertain: 'UNCERTAINTY (sentence holds a hedge / speculation / weasel cue)',
  claim: 'CLAIMS (check-worthy factual statement)',
};

const pad = (value, width) => String(value).padStart(width);
const fixed = (value) => value.toFixed(1);

function systemTable(taskResult) {
  const nameWidth = Math.max(34, ...taskResult.systems.map((system) => system.name.length + 1));
  const header = `${'system'.padEnd(nameWidth)}| tune  P     R    F1  | held-out P   R    F1  |    TP     FP     FN | sent/s`;
  const rows = taskResult.systems.map((system) => {
    const { tune, heldOut, all } = system;
    return (
      `${system.name.padEnd(nameWidth)}|` +
      ` ${pad(fixed(tune.precision), 6)}${pad(fixed(tune.recall), 6)}${pad(fixed(tune.f1), 6)}  |` +
      ` ${pad(fixed(heldOut.precision), 9)}${pad(fixed(heldOut.recall), 6)}${pad(fixed(heldOut.f1), 6)}  |` +
      `${pad(all.tp, 6)} ${pad(all.fp, 6)} ${pad(all.fn, 6)} |${pad(Math.round(system.sentencesPerSecond), 7)}`
    );
  });
  return [header, '-'.repeat(header.length), ...rows].join('\n');
}

function cueList(title, cues, describe) {
  if (cues.length === 0) return `  ${title}: none`;
  return [`  ${title}:`, ...cues.map((cue) => `    ${pad(cue.count, 5)}  ${describe(cue).padEnd(34)} e.g. "${cue.example}"`)].join('\n');
}

const starred = (cue) => (cue.source === 'hedge lexicon' ? `* ${cue.cue}` : cue.cue);

function errorSection(errors) {
  return [
    cueList(
      'Engine false-positive cues (rule: cue; "words" = sentence words where no short cue fired)',
      errors.falsePositiveCues,
      (cue) => `${cue.rule}: ${starred(cue)}`,
    ),
    cueList('Engine false negatives: missed cues (* = in a hedge lexicon)', errors.falseNegativeCues, starred),
  ].join('\n');
}

function exampleSection(examples) {
  const lines = ['  Sample false positives:'];
  for (const example of examples.falsePositives) lines.push(`    - ${example.text}   [${example.cues.join(', ')}]`);
  lines.push('  Sample false negatives:');
  for (const example of examples.falseNegatives) {
    lines.push(`    - ${example.text}${example.goldCues ? `   [gold: ${example.goldCues.join(', ')}]` : ''}`);
  }
  return lines.join('\n');
}

export function renderReport(results) {
  const out = [`Evident evaluation — data: ${results.dataDir}   engine: ${results.engine}`];
  for (const task of ['uncertain', 'claim']) {
    const sets = results.sets.filter((set) => set.tasks[task]);
    if (sets.length === 0) continue;
    out.push('', `==== ${TASK_TITLES[task]} ====`);
    for (const set of sets) {
      const taskResult = set.tasks[task];
      const { tune, heldOut } = taskResult.counts;
      out.push(
        '',
        `-- ${set.name}${set.parts ? ` (= ${set.parts.join(' + ')})` : ''}: ${tune.sentences + heldOut.sentences} sentences,` +
          ` ${tune.positives + heldOut.positives} positive` +
          ` | TUNE ${tune.sentences} (${tune.positives} positive) | HELD-OUT ${heldOut.sentences} (${heldOut.positives} positive)`,
      );
      if (set.reference) out.push(`   (${set.reference}; these are its training files.)`);
      out.push(systemTable(taskResult));
      if (taskResult.errors) out.push(errorSection(taskResult.errors));
      if (taskResult.examples) out.push(exampleSection(taskResult.examples));
    }
  }
  out.push('', `Total time ${results.seconds.toFixed(1)} s. P/R/F1 in %; TP/FP/FN over all sentences; sent/s includes process start-up.`);
  return out.join('\n');
}
