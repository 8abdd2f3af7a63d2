// BibliographyFiles on the file system (desktop server and CLI). Only regular files are read,
// and at most the bytes asked for: a device or FIFO is refused at stat, a growing file is cut.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BibliographyFiles, FileStat } from '../lsp/bibliographies';

export const nodeFiles: BibliographyFiles = {
  // Synchronous, and no exception for a missing file: every CLI run looks for _quarto.yml up the
  // folders, and a rejected fs/promises stat (an Error with its stack) cost ~3 ms of a 100 ms run.
  async stat(uri: string): Promise<FileStat | undefined> {
    try {
      const s = statSync(fileURLToPath(uri), { throwIfNoEntry: false });
      if (!s) return undefined;
      return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size, mtime: s.mtimeMs };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw new Error((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
  },
  async read(uri: string, maxBytes: number): Promise<Uint8Array> {
    // node:fs/promises is loaded when a bibliography is read, not at start.
    const { open } = require('node:fs/promises') as typeof import('node:fs/promises');
    const handle = await open(fileURLToPath(uri), 'r');
    try {
      const size = (await handle.stat()).size;
      maxBytes = Math.min(maxBytes, size + 1); // one byte more than the file shows: a file that grew is seen as too large
      const buffer = new Uint8Array(maxBytes);
      let length = 0;
      while (length < maxBytes) {
        const { bytesRead } = await handle.read(buffer, length, maxBytes - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  },
};
