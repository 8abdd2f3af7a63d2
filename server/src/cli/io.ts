// The process surface the CLI uses, passed in so one place owns `process`.
export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: { isTTY?: boolean; write(text: string): boolean; once(event: 'drain', listener: () => void): unknown };
  stderr: { isTTY?: boolean; write(text: string): unknown };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
/** Findings at warning or error severity. */
export const EXIT_FINDINGS = 1;
/** Usage error, unreadable config, or any input that could not be read. */
export const EXIT_TROUBLE = 2;
