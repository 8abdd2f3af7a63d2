// BibliographyFiles on the file system (desktop server and CLI). Only regular files are read,
// and at most the bytes asked for: a device or FIFO is refused at stat, a growing file is cut.
import { open, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BibliographyFiles, FileStat } from '../lsp/bibliographies';

export const nodeFiles: BibliographyFiles = {
  async stat(uri: string): Promise<FileStat | undefined> {
    try {
      const s = await stat(fileURLToPath(uri));
      return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size, mtime: s.mtimeMs };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw new Error((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
  },
  async read(uri: string, maxBytes: number): Promise<Uint8Array> {
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
