// `npm run demo`: the CLI on the example draft. Findings (exit 1) are the point of a demo,
// so only a real failure (exit 2: usage or I/O error) fails the command.
import { spawnSync } from 'node:child_process';

const run = spawnSync(process.execPath, ['dist/cli.js', 'examples/draft-brief.md'], { stdio: 'inherit' });
process.exit(run.status === 1 ? 0 : (run.status ?? 2));
