// `evident classify <file | ->`: one JSON object per input line, in order
// (JSON Lines), from the engine's classify(). Streams both ways, so it keeps
// up with large inputs and with pipes that are read while they are written.
import { classify } from '../engine/index';
import type { ClassifyCommand } from './args';
import { EXIT_OK, EXIT_TROUBLE, type Io } from './io';
import { InputError, looksBinary, readTextFile } from './read';

const FILE_BATCH_LINES = 1000;

export async function runClassify(command: ClassifyCommand, io: Io): Promise<number> {
  const name = command.target === '-' ? '<stdin>' : command.target;
  try {
    const batches = command.target === '-' ? stdinLineBatches(io.stdin) : fileLineBatches(command.target);
    // One write per batch, so a pipe read line by line gets answers as its lines arrive.
    for await (const batch of batches) await write(io.stdout, batch.map((line) => classifyLine(line) + '\n').join(''));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`evident: ${name}: ${error.message}\n`);
    return EXIT_TROUBLE;
  }
  return EXIT_OK;
}

/** Waits for the consumer when its buffer is full, so memory stays flat. */
async function write(stdout: Io['stdout'], text: string): Promise<void> {
  if (text && !stdout.write(text)) await new Promise<void>((done) => stdout.once('drain', done));
}

export function classifyLine(line: string): string {
  const result = classify(line);
  return JSON.stringify({
    uncertain: result.uncertain,
    claim: result.claim,
    evidence: result.evidence,
    class: result.class,
    findings: result.findings.map(({ rule, start, end, text }) => ({ rule, start, end, text })),
  });
}

function* fileLineBatches(path: string): Generator<string[]> {
  const lines = splitLines(readTextFile(path), true);
  for (let i = 0; i < lines.length; i += FILE_BATCH_LINES) yield lines.slice(i, i + FILE_BATCH_LINES);
}

/** Lines of `text`; a trailing line without a newline counts only at the end of input. */
function splitLines(text: string, final: boolean): string[] {
  const lines = text.split('\n');
  const last = lines.pop() as string;
  if (final && last !== '') lines.push(last);
  return lines.map(withoutCarriageReturn);
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

async function* stdinLineBatches(stdin: NodeJS.ReadableStream): AsyncGenerator<string[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let byteOffset = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (byteOffset === 0 && looksBinary(bytes)) throw new InputError('binary file, skipped');
    try {
      pending += decoder.decode(bytes, { stream: true });
    } catch {
      throw new InputError(`not valid UTF-8 (between byte offsets ${byteOffset} and ${byteOffset + bytes.length})`);
    }
    byteOffset += bytes.length;
    const lastNewline = pending.lastIndexOf('\n');
    if (lastNewline === -1) continue;
    yield splitLines(pending.slice(0, lastNewline + 1), false);
    pending = pending.slice(lastNewline + 1);
  }
  try {
    pending += decoder.decode();
  } catch {
    throw new InputError('not valid UTF-8 (truncated at the end of the input)');
  }
  yield splitLines(pending, true);
}
