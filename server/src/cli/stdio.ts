// The CLI's stdout and stderr, made only when written to, and without process.stdout where it can do
// without: for a pipe or a file (a CI job, a pre-commit hook, `evident … | grep`), making
// process.stdout loads Node's net module, ~2.5 ms of a start, where fs.writeSync writes the same
// bytes, synchronously and in order, as process.stdout does for pipes and files on Linux and macOS.
// A terminal, or anything fstat cannot tell, is written through process.stdout as before.
import { fstatSync, writeSync } from 'node:fs';
import type { Io } from './io';

/** Whether the descriptor is a pipe (a FIFO, or the socket pair a Node or libuv parent gives its child) or a regular file. */
function pipeOrFile(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isSocket() || stat.isFile();
  } catch {
    return false;
  }
}

/** A reader that goes away early (`evident … | head`) is not an error: the process ends as it would have. */
function endOnBrokenPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
}

let stdoutStream: NodeJS.WriteStream | undefined;

/** process.stdout, made on first use, with the broken-pipe handling. */
function processStdout(): NodeJS.WriteStream {
  if (stdoutStream) return stdoutStream;
  stdoutStream = process.stdout;
  stdoutStream.on('error', endOnBrokenPipe);
  return stdoutStream;
}

export function cliStdout(): Io['stdout'] {
  const direct = pipeOrFile(1);
  let broken = false;
  return {
    get isTTY() {
      return direct ? false : processStdout().isTTY;
    },
    write(text: string): boolean {
      if (!direct || stdoutStream) return processStdout().write(text);
      if (broken) return true;
      const bytes = Buffer.from(text);
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(1, bytes, written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A descriptor left non-blocking by the parent: the rest (and all after it) goes through the stream, in order.
        if (code === 'EAGAIN') return processStdout().write(bytes.subarray(written));
        if (code !== 'EPIPE') throw error;
        // As the stream reports a broken pipe: on the next tick, whatever is written meanwhile is dropped.
        broken = true;
        process.nextTick(() => endOnBrokenPipe(error as NodeJS.ErrnoException));
      }
      return true;
    },
    once(event: 'drain', listener: () => void) {
      return processStdout().once(event, listener);
    },
  };
}

/** process.stderr, made when first written to or asked whether it is a terminal. */
export function cliStderr(): Io['stderr'] {
  return {
    get isTTY() {
      return process.stderr.isTTY;
    },
    write(text: string) {
      return process.stderr.write(text);
    },
  };
}
