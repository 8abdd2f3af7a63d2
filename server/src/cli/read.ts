// Reading inputs as text: read-only, size-capped, binary-detected, strictly
// decoded. Every failure is an InputError whose message names what went wrong.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
const BINARY_SNIFF_BYTES = 8 * 1024;
const MAX_CONTROL_CHAR_RATIO = 0.3;

export class InputError extends Error {}

/** Reads a file as text. Throws InputError for anything that is not readable text. */
export function readTextFile(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new InputError(describeFsError(error));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError('is a directory');
    if (stat.size > MAX_INPUT_BYTES) throw new InputError(tooLarge(stat.size));
    const bytes = readFileSync(fd);
    // Devices and FIFOs report size 0, so check again after reading.
    if (bytes.length > MAX_INPUT_BYTES) throw new InputError(tooLarge(bytes.length));
    return decodeText(bytes);
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(describeFsError(error));
  } finally {
    closeSync(fd);
  }
}

/** Reads all of a stream (stdin) as text, with the same checks as a file. */
export async function readTextStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(tooLarge(size, 'more than'));
    chunks.push(bytes);
  }
  return decodeText(Buffer.concat(chunks));
}

/**
 * Bytes → text. UTF-16 with a BOM is accepted; otherwise the bytes must be
 * valid UTF-8. A UTF-8 BOM is dropped (editors hide it too, so line and column
 * numbers are unaffected; offsets count from the first character after it).
 */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(`not valid ${utf16.toUpperCase()}`);
    }
  }
  if (looksBinary(bytes)) throw new InputError('binary file, skipped');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`not valid UTF-8 (at byte offset ${firstInvalidUtf8Offset(bytes)})`);
  }
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** NUL bytes, or mostly control characters, in the first 8 KB mean this is not prose. */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  // Read natively, as Latin-1 (a character per byte): a loop over 8 KB ran ~1 ms in the interpreter.
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, length).toString('latin1');
  if (sample.includes('\0')) return true;
  // Tab, line feed, vertical tab, form feed, carriage return and escape occur in text.
  const controls = sample.match(CONTROL_CHARACTERS)?.length ?? 0;
  return length > 0 && controls / length > MAX_CONTROL_CHAR_RATIO;
}

const CONTROL_CHARACTERS = /[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]/g;

/** Byte offset where a UTF-8 decoder first fails (start of the bad sequence). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    let length: number;
    let min = 0x80; // allowed range of the first continuation byte (rules out overlongs and surrogates)
    let max = 0xbf;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0;
      if (lead === 0xed) max = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90;
      if (lead === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      const low = k === 1 ? min : 0x80;
      const high = k === 1 ? max : 0xbf;
      if (byte === undefined || byte < low || byte > high) return i;
    }
    i += length;
  }
  return bytes.length;
}

function tooLarge(size: number, qualifier = ''): string {
  const megabytes = (size / (1024 * 1024)).toFixed(1);
  return `too large (${qualifier ? `${qualifier} ` : ''}${megabytes} MB; the limit is ${MAX_INPUT_BYTES / (1024 * 1024)} MB)`;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read (${code ?? (error as Error)?.message ?? String(error)})`;
  }
}
