// BibliographyFiles read by the editor, for a server that has no file system (the web build in a
// worker): each stat and read is a request to the client (protocol.ts: evident/fileStat,
// evident/readFile), which VS Code's web client answers with vscode.workspace.fs. Any hierarchical
// URI the editor has a file system for is read (vscode-remote:, vscode-vfs:, file:), never http(s):
// nothing is fetched.
import type { Connection } from 'vscode-languageserver';
import type { BibliographyFiles, FileStat } from './bibliographies';
import {
  base64ToBytes,
  FILE_STAT_REQUEST,
  READ_FILE_REQUEST,
  type FileStatParams,
  type FileStatResult,
  type ReadFileParams,
  type ReadFileResult,
} from './protocol';

export function clientFiles(connection: Connection): BibliographyFiles {
  return {
    readable: (uri) => /^[a-z][a-z0-9+.-]*:\/\//i.test(uri) && !/^https?:/i.test(uri),
    async stat(uri): Promise<FileStat | undefined> {
      const result = await connection.sendRequest<FileStatResult>(FILE_STAT_REQUEST, { uri } satisfies FileStatParams);
      return result ?? undefined;
    },
    async read(uri, maxBytes): Promise<Uint8Array> {
      const result = await connection.sendRequest<ReadFileResult>(READ_FILE_REQUEST, { uri, maxBytes } satisfies ReadFileParams);
      const bytes = base64ToBytes(result.base64);
      return bytes.length > maxBytes ? bytes.subarray(0, maxBytes) : bytes;
    },
  };
}
