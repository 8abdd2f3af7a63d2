// "analysing 3/40 files…" on a terminal's stderr while long runs go on;
// silent when stderr is not a TTY, so logs and pipes stay clean.
const MANY_FILES = 10;
const LARGE_FILE_BYTES = 1024 * 1024;
const REDRAW_INTERVAL_MS = 100;

export class Progress {
  private shown = false;
  private lastDraw = 0;

  constructor(
    private readonly stream: { isTTY?: boolean; write(text: string): unknown },
    private readonly total: number,
  ) {}

  private get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  /** Before analysing input number `index` (1-based) of `size` characters. */
  update(index: number, path: string, size: number): void {
    const large = size >= LARGE_FILE_BYTES;
    // Asked after the cheap test: whether stderr is a terminal makes process.stderr.
    if ((this.total < MANY_FILES && !large) || !this.enabled) return;
    const now = Date.now();
    if (!large && now - this.lastDraw < REDRAW_INTERVAL_MS) return;
    this.lastDraw = now;
    const count = this.total > 1 ? `analysing ${index}/${this.total} files…` : 'analysing…';
    const detail = large ? ` ${path} (${(size / (1024 * 1024)).toFixed(1)} MB)` : '';
    this.stream.write(`\r\x1b[K${count}${detail}`);
    this.shown = true;
  }

  /** Erases the progress line, before other output or at the end. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
