// The web server reads no file itself: in a browser worker it asks the editor (evident/fileStat,
// evident/readFile), which VS Code's web client answers with vscode.workspace.fs. Here a stub
// client answers from an in-memory file system at the URIs github.dev gives a repository
// (vscode-vfs://github/owner/repo/...), and the tests check what is asked for, what comes of the
// answers (bibliography findings, hovers, the project file) and what is never asked for.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { resolvePath } from '../../server/src/lsp/bibliographies';
import { TestClient, type ClientFileSystem } from '../lsp/client';

const REPO = 'vscode-vfs://github/policy-team/briefs';
const REFS = '@report{ons2024,\n  author = {{Office for National Statistics}},\n  title = {Labour Market Overview},\n  year = {2024}\n}\n';
const CLAIM = 'Unemployment rose to 7.4% in 2023';

/** Files at URIs, as vscode.workspace.fs would see them; `failing` URIs answer with an error. */
class MemoryFileSystem implements ClientFileSystem {
  readonly files = new Map<string, { text: string; mtime: number }>();
  readonly failing = new Map<string, string>();
  async stat(uri: string) {
    const failure = this.failing.get(uri);
    if (failure) throw new Error(failure);
    const file = this.files.get(uri);
    if (file) return { kind: 'file' as const, size: new TextEncoder().encode(file.text).length, mtime: file.mtime };
    return [...this.files.keys()].some((key) => key.startsWith(`${uri}/`)) ? { kind: 'directory' as const, size: 0, mtime: 0 } : null;
  }
  async read(uri: string) {
    const file = this.files.get(uri);
    if (!file) throw new Error(`EntryNotFound (FileSystemError): ${uri}`);
    return new TextEncoder().encode(file.text);
  }
}

const asked = (client: TestClient, method: string) => client.fileRequests.filter((r) => r.method === method).map((r) => r.uri);
const codesByLine = (diagnostics: { code?: unknown; range: { start: { line: number } } }[]) =>
  diagnostics.map((d) => [d.code, d.range.start.line]).sort();

describe('the web server reads files through its client', () => {
  let client: TestClient;
  const fs = new MemoryFileSystem();
  before(async () => {
    fs.files.set(`${REPO}/refs/sources.bib`, { text: REFS, mtime: 1 });
    client = await TestClient.start({ server: 'web', fileSystem: fs, workspaceFolder: REPO });
  });
  after(() => client.stop());

  it("reads the bibliography the front matter names, at the document's own URI scheme: a known key is evidence, an unknown one an error", async () => {
    const uri = `${REPO}/drafts/brief.md`;
    const text = `---\nbibliography: ../refs/sources.bib\n---\n\n${CLAIM} [@ons2024].\n\nRents rose by a third in 2021 [@nosuchkey2024].\n`;
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(codesByLine(diagnostics), [
      ['unknown-citation', 6],
      ['unsupported-claim', 6],
    ]);
    const unknown = diagnostics.find((d) => d.code === 'unknown-citation')!;
    assert.deepEqual(unknown.range, { start: { line: 6, character: 32 }, end: { line: 6, character: 45 } });
    assert.equal(unknown.message, 'No bibliography defines the key "nosuchkey2024": check its spelling or add the entry.');
    assert.deepEqual(asked(client, 'evident/readFile'), [`${REPO}/refs/sources.bib`]);
    const hover = await client.hover(uri, { line: 4, character: CLAIM.length + 4 });
    assert.match((hover!.contents as { value: string }).value, /Office for National Statistics \(2024\)\. \*Labour Market Overview\*/);
  });

  it('says once that a named bibliography does not exist, and reads on', async () => {
    const uri = `${REPO}/drafts/missing.md`;
    await client.open(uri, `---\nbibliography: gone.bib\n---\n\n${CLAIM} [@ons2024].\n`);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(codesByLine(diagnostics), [], 'no bibliography read: the citation counts as a source, no key is checked');
    assert.ok(asked(client, 'evident/fileStat').includes(`${REPO}/drafts/gone.bib`));
    assert.ok(!asked(client, 'evident/readFile').includes(`${REPO}/drafts/gone.bib`), 'a file that is not there is not read');
    await client.waitFor(
      () => client.warnings.find((w) => w.message === 'Evident: bibliography gone.bib does not exist; not read.'),
      5_000,
      'the missing-file warning',
    );
  });

  it('passes on an error the editor answers with, naming the file', async () => {
    fs.failing.set(`${REPO}/drafts/locked.bib`, 'NoPermissions (FileSystemError): locked.bib');
    const uri = `${REPO}/drafts/locked.md`;
    await client.open(uri, `---\nbibliography: locked.bib\n---\n\n${CLAIM} [@ons2024].\n`);
    await client.diagnosticsFor(uri, 1);
    await client.waitFor(
      () =>
        client.warnings.find(
          (w) => w.message === 'Evident: bibliography locked.bib: NoPermissions (FileSystemError): locked.bib; not read.',
        ),
      5_000,
      'the error warning',
    );
    assert.ok(client.alive);
  });

  it('asks for nothing on the web: a bibliography at an http(s) address is not fetched', async () => {
    const uri = `${REPO}/drafts/remote.md`;
    await client.open(uri, `---\nbibliography: https://example.org/refs.bib\n---\n\n${CLAIM} [@ons2024].\n`);
    await client.diagnosticsFor(uri, 1);
    assert.deepEqual(
      client.fileRequests.filter((r) => !r.uri.startsWith(`${REPO}/`)),
      [],
    );
  });

  it('reads a changed bibliography again when the editor says it changed', async () => {
    const uri = `${REPO}/drafts/changed.md`;
    await client.open(uri, `---\nbibliography: ../refs/sources.bib\n---\n\n${CLAIM} [@ilo2025].\n`);
    assert.deepEqual(codesByLine(await client.diagnosticsFor(uri, 1)), [
      ['unknown-citation', 4],
      ['unsupported-claim', 4],
    ]);
    fs.files.set(`${REPO}/refs/sources.bib`, { text: `${REFS}@report{ilo2025, title = {World Employment}, year = {2025}}\n`, mtime: 2 });
    const mark = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: `${REPO}/refs/sources.bib`, type: 2 }],
    });
    assert.deepEqual(await client.diagnosticsFor(uri, 1, { afterIndex: mark }), []);
  });

  it('reads the project file (.evident.json) at the repository root through the client', async () => {
    fs.files.set(`${REPO}/.evident.json`, { text: JSON.stringify({ rules: { hedge: 'off' } }), mtime: 1 });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `${REPO}/.evident.json`, type: 1 }] });
    const uri = `${REPO}/drafts/hedged.md`;
    await client.open(uri, 'It may rain tomorrow. Obviously, it will.\n');
    assert.deepEqual(
      (await client.diagnosticsFor(uri, 1)).map((d) => d.code),
      ['booster'],
      'hedge is off in the project file',
    );
    assert.ok(asked(client, 'evident/readFile').includes(`${REPO}/.evident.json`));
  });
});

describe('paths a document names, on the web', () => {
  it("resolve on the document's own file system; a web address resolves to nothing", () => {
    assert.equal(resolvePath('../refs/my refs.bib', `${REPO}/drafts/`), `${REPO}/refs/my%20refs.bib`);
    assert.equal(
      resolvePath('/refs.bib', `${REPO}/drafts/`),
      'vscode-vfs://github/refs.bib',
      "an absolute path stays on the document's file system",
    );
    assert.equal(resolvePath('/refs.bib', 'file:///ws/drafts/'), 'file:///refs.bib');
    assert.equal(resolvePath('https://example.org/refs.bib', `${REPO}/drafts/`), undefined);
  });
});

describe('a client that does not read files', () => {
  it('is asked for nothing; citations go unchecked', async () => {
    const client = await TestClient.start({ server: 'web', fileSystem: null, workspaceFolder: REPO });
    try {
      const uri = `${REPO}/drafts/brief.md`;
      await client.open(uri, `---\nbibliography: ../refs/sources.bib\n---\n\n${CLAIM} [@nosuchkey2024].\n\nIt may rain tomorrow.\n`);
      assert.deepEqual(codesByLine(await client.diagnosticsFor(uri, 1)), [['hedge', 6]]);
      assert.deepEqual(client.fileRequests, []);
    } finally {
      await client.stop();
    }
  });
});
