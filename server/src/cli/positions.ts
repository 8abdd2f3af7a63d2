// Offsets → 1-based line/column as VS Code shows them: columns count UTF-16
// code units (JavaScript string indices), and \r\n, \n and \r each end a line.
import type { Finding } from '../engine/types';

export interface Position {
  line: number;
  column: number;
}

export type LocatedFinding = Finding & { line: number; column: number; endLine: number; endColumn: number };

export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    // indexOf finds the line ends (natively) where a loop over every character ran in the interpreter.
    let cr = text.indexOf('\r');
    let lf = text.indexOf('\n');
    while (cr >= 0 || lf >= 0) {
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1; // \r\n or \r
        cr = text.indexOf('\r', next);
        if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
      } else {
        next = lf + 1;
        lf = text.indexOf('\n', next);
      }
      this.lineStarts.push(next);
    }
  }

  position(offset: number): Position {
    // Binary search for the last line starting at or before the offset.
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }

  locate(finding: Finding): LocatedFinding {
    const start = this.position(finding.start);
    const end = this.position(finding.end);
    return { ...finding, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}
