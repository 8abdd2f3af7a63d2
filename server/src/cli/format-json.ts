// --format json: [{path, findings: [engine finding + line/column/endLine/endColumn]}].
import type { FileReport, Formatter } from './report';

export function jsonFormatter(write: (text: string) => void): Formatter {
  const files: { path: string; findings: FileReport['findings'] }[] = [];
  return {
    file({ path, findings }) {
      files.push({ path, findings });
    },
    finish() {
      write(JSON.stringify(files, null, 2) + '\n');
    },
  };
}
