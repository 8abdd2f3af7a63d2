// Bibliographies in the server: the loader (paths, settings, trust, caching, bad files) with a
// file system in memory, and the server end to end on real files.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { BibliographyLoader, resolvePath, type BibliographyFiles, type FileStat } from '../../server/src/lsp/bibliographies';
import { nodeFiles } from '../../server/src/node/files';
import { TestClient } from './client';

const REFS = readFileSync(resolve(import.meta.dirname, '../fixtures/bib/refs.bib'), 'utf8');
const CSL = readFileSync(resolve(import.meta.dirname, '../fixtures/bib/refs.json'), 'utf8');

class MemoryFiles implements BibliographyFiles {
  readonly files = new Map<string, { text: string | Uint8Array; mtime: number; kind?: FileStat['kind'] }>();
  reads = 0;
  async stat(uri: string): Promise<FileStat | undefined> {
    const f = this.files.get(uri);
    if (!f) return undefined;
    return { kind: f.kind ?? 'file', size: typeof f.text === 'string' ? f.text.length : f.text.length, mtime: f.mtime };
  }
  async read(uri: string): Promise<Uint8Array> {
    this.reads++;
    const f = this.files.get(uri)!;
    return typeof f.text === 'string' ? new TextEncoder().encode(f.text) : f.text;
  }
}

const DOC = 'file:///ws/drafts/brief.md';
const request = (source: string, extra: Partial<Parameters<BibliographyLoader['load']>[0]> = {}) => ({
  documentUri: DOC,
  source,
  languageId: 'markdown',
  configured: [],
  trusted: true,
  workspaceFolders: ['file:///ws'],
  ...extra,
});

describe('BibliographyLoader', () => {
  it('resolves paths relative to the document, absolute ones as file URIs, and fetches nothing', () => {
    assert.equal(resolvePath('refs.bib', 'file:///ws/drafts/'), 'file:///ws/drafts/refs.bib');
    assert.equal(resolvePath('../bib/my refs.bib', 'file:///ws/drafts/'), 'file:///ws/bib/my%20refs.bib');
    assert.equal(resolvePath('/home/me/Zotero/lib.bib', 'file:///ws/'), 'file:///home/me/Zotero/lib.bib');
    assert.equal(resolvePath('C:\\Users\\me\\lib.bib', 'file:///ws/'), 'file:///C:/Users/me/lib.bib');
    assert.equal(resolvePath('https://example.org/refs.bib', 'file:///ws/'), undefined);
  });

  it('merges front matter and configured files; none named is no bibliography', async () => {
    const fs = new MemoryFiles();
    fs.files.set('file:///ws/drafts/refs.bib', { text: REFS, mtime: 1 });
    fs.files.set('file:///home/me/lib.json', { text: CSL, mtime: 1 });
    const loader = new BibliographyLoader(fs, () => {});
    assert.equal(await loader.load(request('Text.')), undefined);
    const bib = await loader.load(request('---\nbibliography: refs.bib\n---\nText.', { configured: ['/home/me/lib.json'] }));
    assert.deepEqual([...bib!.entries.keys()].sort(), ['garcia2018', 'lee2022clinics', 'oecd2021tax', 'smith2020rents', 'wb2019water']);
    assert.equal(bib!.get('smith2020rents')!.file, 'file:///ws/drafts/refs.bib');
  });

  it('re-reads a file only when it changed', async () => {
    const fs = new MemoryFiles();
    fs.files.set('file:///ws/drafts/refs.bib', { text: REFS, mtime: 1 });
    const loader = new BibliographyLoader(fs, () => {});
    const source = '---\nbibliography: refs.bib\n---\n';
    const first = await loader.load(request(source));
    assert.equal(await loader.load(request(source)), first);
    assert.equal(fs.reads, 1);
    fs.files.set('file:///ws/drafts/refs.bib', { text: '@misc{new2024, title={New}}', mtime: 2 });
    const second = await loader.load(request(source));
    assert.deepEqual([...second!.entries.keys()], ['new2024']);
  });

  it('a missing file, a directory, a device, invalid UTF-8 and a syntax error are each one message; analysis goes on', async () => {
    const fs = new MemoryFiles();
    fs.files.set('file:///ws/drafts/dir.bib', { text: '', mtime: 1, kind: 'directory' });
    fs.files.set('file:///ws/drafts/dev.bib', { text: '', mtime: 1, kind: 'other' });
    fs.files.set('file:///ws/drafts/latin1.bib', {
      text: new Uint8Array([0x40, 0x6d, 0x69, 0x73, 0x63, 0x7b, 0x61, 0x2c, 0x0a, 0xe9, 0x7d]),
      mtime: 1,
    });
    fs.files.set('file:///ws/drafts/broken.bib', { text: '@article{ok, title={Fine}}\n@article{bad, title={never closed\n', mtime: 1 });
    const messages: string[] = [];
    const loader = new BibliographyLoader(fs, (m) => messages.push(m));
    const source = '---\nbibliography: [gone.bib, dir.bib, dev.bib, latin1.bib, broken.bib]\n---\n';
    const bib = await loader.load(request(source));
    await loader.load(request(source));
    assert.deepEqual([...bib!.entries.keys()], ['ok', 'bad']);
    assert.deepEqual(messages, [
      'Evident: bibliography gone.bib does not exist; not read.',
      'Evident: bibliography dir.bib is a directory; not read.',
      'Evident: bibliography dev.bib is not a regular file; not read.',
      'Evident: bibliography latin1.bib:2: not valid UTF-8; save the file as UTF-8. Not read.',
      'Evident: bibliography broken.bib:2: the entry starting here is not closed (a brace or quote is missing); read to the end of the file.',
    ]);
  });

  it("a Quarto project's _quarto.yml names the bibliography for documents without their own", async () => {
    const fs = new MemoryFiles();
    fs.files.set('file:///ws/_quarto.yml', {
      text: 'project:\n  type: book\nformat:\n  html:\n    bibliography: refs/main.bib\n',
      mtime: 1,
    });
    fs.files.set('file:///ws/refs/main.bib', { text: REFS, mtime: 1 });
    fs.files.set('file:///ws/drafts/own.bib', { text: '@misc{own, title={Own}}', mtime: 1 });
    const loader = new BibliographyLoader(fs, () => {});
    const project = await loader.load(request('Text.', { languageId: 'quarto' }));
    assert.ok(project!.has('smith2020rents'));
    const own = await loader.load(request('---\nbibliography: own.bib\n---\n', { languageId: 'quarto' }));
    assert.deepEqual([...own!.entries.keys()], ['own']);
    assert.equal(await loader.load(request('Text.', { languageId: 'latex' })), undefined);
  });

  it('a LaTeX chapter reads the bibliography of the main file its % !TEX root names', async () => {
    const fs = new MemoryFiles();
    fs.files.set('file:///ws/main.tex', {
      text: '\\documentclass{article}\n\\addbibresource{refs.bib}\n\\input{drafts/chapter}\n',
      mtime: 1,
    });
    fs.files.set('file:///ws/refs.bib', { text: REFS, mtime: 1 });
    const loader = new BibliographyLoader(fs, () => {});
    const bib = await loader.load(
      request('% !TEX root = ../main.tex\nRents rose~\\cite{smith2020rents}.', {
        languageId: 'latex',
        documentUri: 'file:///ws/drafts/chapter.tex',
      }),
    );
    assert.ok(bib!.has('smith2020rents'));
  });

  it('reports duplicate keys once, naming file and line', async () => {
    const fs = new MemoryFiles();
    fs.files.set('file:///ws/a.bib', { text: '@misc{same, title={A}}\n', mtime: 1 });
    fs.files.set('file:///ws/b.bib', { text: '\n@misc{same, title={B}}\n', mtime: 1 });
    const messages: string[] = [];
    const bib = await new BibliographyLoader(fs, (m) => messages.push(m)).load(
      request('Text.', { configured: ['a.bib', 'b.bib'], configuredBase: 'file:///ws/' }),
    );
    assert.equal(bib!.get('same')!.title, 'A');
    assert.deepEqual(messages, ['Evident: file:///ws/b.bib:2: the key "same" is defined again (the first definition is used).']);
  });

  it('in an untrusted workspace, paths the document names outside it are not read; settings still are', async () => {
    const fs = new MemoryFiles();
    fs.files.set('file:///etc/secret.bib', { text: REFS, mtime: 1 });
    fs.files.set('file:///ws/drafts/refs.bib', { text: '@misc{inside, title={In}}', mtime: 1 });
    fs.files.set('file:///home/me/lib.bib', { text: '@misc{mine, title={Mine}}', mtime: 1 });
    const messages: string[] = [];
    const loader = new BibliographyLoader(fs, (m) => messages.push(m));
    const source = '---\nbibliography: [/etc/secret.bib, ../../etc/secret.bib, refs.bib]\n---\n';
    const bib = await loader.load(request(source, { trusted: false, configured: ['/home/me/lib.bib'] }));
    assert.deepEqual([...bib!.entries.keys()].sort(), ['inside', 'mine']);
    assert.equal(messages.length, 2);
    assert.match(
      messages[0],
      /names the bibliography \/etc\/secret\.bib, which is outside the workspace; in an untrusted workspace it is not read/,
    );
    const trusted = await loader.load(request(source, { trusted: true }));
    assert.ok(trusted!.has('smith2020rents'));
  });

  it('the file system reader refuses a directory and a device, and reads no more than asked', async () => {
    assert.equal((await nodeFiles.stat(pathToFileURL(tmpdir()).href))!.kind, 'directory');
    assert.equal((await nodeFiles.stat('file:///dev/null'))!.kind, 'other');
    assert.equal(await nodeFiles.stat('file:///no/such/file.bib'), undefined);
  });
});

describe('server with bibliographies', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'evident-bib-'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'refs.bib'), REFS);
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the front matter bibliography: unknown keys are errors, known keys evidence', async () => {
    const uri = pathToFileURL(join(dir, 'drafts', 'brief.md')).href;
    const text =
      '---\nbibliography: refs.bib\n---\n\nRents rose by a third in coastal towns in 2021 [@smith2020rents].\n\nThe majority of rural clinics lack a full-time pharmacist [@lee2022].\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.severity]).sort(), [
      ['unknown-citation', 6, 1],
      ['unsupported-claim', 6, 2],
    ]);
  });

  it('shows syntax problems and duplicate keys in the bibliography file itself', async () => {
    writeFileSync(join(dir, 'drafts', 'dup.bib'), '@misc{one, title={One}}\n@misc{one, title={Again}}\n@misc{open, title={never closed\n');
    const uri = pathToFileURL(join(dir, 'drafts', 'dup.md')).href;
    const bibUri = pathToFileURL(join(dir, 'drafts', 'dup.bib')).href;
    await client.open(uri, '---\nbibliography: dup.bib\n---\n\nText [@one].\n');
    await client.diagnosticsFor(uri, 1);
    const published = await client.waitFor(() => client.lastPublished(bibUri), 5000, 'bibliography diagnostics');
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range.start.line]).sort(), [
      ['duplicate-key', 1],
      ['syntax', 2],
    ]);
    assert.match(
      published.diagnostics.find((d) => d.code === 'duplicate-key')!.message as string,
      /The key "one" is defined again; the first definition \(dup\.bib:1\) is used\./,
    );
  });
});

describe('citation sites', () => {
  it('finds the key being typed after [@, @ and in LaTeX cite commands; not in e-mail addresses', async () => {
    const { keyBeingTyped, keyAt } = await import('../../server/src/lsp/citations');
    const at = (text: string, languageId = 'markdown') => keyBeingTyped(text, text.length, languageId)?.key;
    assert.equal(at('Rents rose [@'), '');
    assert.equal(at('Rents rose [@smi'), 'smi');
    assert.equal(at('Rents rose [@smith2020rents; @le'), 'le');
    assert.equal(at('As @smi'), 'smi');
    assert.equal(at('Write to me@exa'), undefined);
    assert.equal(at('Rents rose'), undefined);
    assert.equal(at('Rents rose~\\cite{', 'latex'), '');
    assert.equal(at('Rents rose~\\citep[see][4]{smith2020rents, le', 'latex'), 'le');
    assert.equal(at('Rents rose~\\parencite{sm', 'latex'), 'sm');
    assert.equal(at('Rents rose~\\autocite{sm', 'latex'), 'sm');
    assert.equal(at('\\Citet{sm', 'latex'), 'sm'); // natbib's and biblatex's forms that open a sentence
    assert.equal(at('\\Textcite{sm', 'latex'), 'sm');
    assert.equal(at('\\textbf{sm', 'latex'), undefined);
    assert.equal(keyAt('See [@smith2020rents].', 8, 'markdown')?.key, 'smith2020rents');
    assert.equal(keyAt('As @smith2020rents.', 5, 'markdown')?.key, 'smith2020rents');
  });
});

describe('server: completion, hover, definition', () => {
  let client: TestClient;
  let dir: string;
  let bibUri: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'evident-cite-'));
    writeFileSync(join(dir, 'refs.bib'), REFS);
    writeFileSync(join(dir, 'refs.json'), CSL);
    bibUri = pathToFileURL(join(dir, 'refs.bib')).href;
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const complete = (uri: string, line: number, character: number) =>
    client.request<{ isIncomplete: boolean; items: { label: string; detail: string; textEdit: { newText: string } }[] } | null>(
      'textDocument/completion',
      { textDocument: { uri }, position: { line, character } },
    );

  it('completes keys with author, year and title, filtered as typed, the most relevant first', async () => {
    const uri = pathToFileURL(join(dir, 'brief.qmd')).href;
    const text = '---\nbibliography: [refs.bib, refs.json]\n---\n\nRural clinics often lack a full-time pharmacist [@\n';
    await client.open(uri, text, 'quarto');
    await client.diagnosticsFor(uri, 1);
    const all = await complete(uri, 4, 50);
    assert.equal(all!.items.length, 5);
    assert.equal(all!.items[0].label, 'lee2022clinics', 'the entry that matches the sentence first');
    assert.equal(all!.items[0].detail, 'Lee 2022: Pharmacist Staffing in Rural Clinics');
    await client.edit(uri, { start: { line: 4, character: 50 }, end: { line: 4, character: 50 } }, 'smi');
    const typed = await complete(uri, 4, 53);
    assert.deepEqual(
      typed!.items.map((i) => i.label),
      ['smith2020rents'],
    );
    const byTitle = await client.request<{ items: { label: string }[] }>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 4, character: 53 },
    });
    assert.ok(byTitle.items.length >= 1);
  });

  it('completes inside \\cite{ in LaTeX', async () => {
    const uri = pathToFileURL(join(dir, 'paper.tex')).href;
    await client.open(uri, '\\addbibresource{refs.bib}\nRents rose~\\parencite{wb\n', 'latex');
    await client.diagnosticsFor(uri, 1);
    const list = await complete(uri, 1, 24);
    assert.deepEqual(
      list!.items.map((i) => i.label),
      ['wb2019water'],
    );
  });

  it('hover shows the formatted reference; definition opens the entry in its file', async () => {
    const uri = pathToFileURL(join(dir, 'cited.md')).href;
    await client.open(uri, '---\nbibliography: refs.bib\n---\n\nRents rose by a third in coastal towns in 2021 [@smith2020rents].\n');
    await client.diagnosticsFor(uri, 1);
    const hover = await client.hover(uri, { line: 4, character: 52 });
    assert.match(
      (hover!.contents as { value: string }).value,
      /Smith, Jane; Doe, John \(2020\)\. \*Rent Controls and Housing Supply in Coastal Towns\*\. Journal of Housing Economics\. https:\/\/doi\.org\/10\.1000\/jhe\.2020\.1/,
    );
    const definition = await client.request<{ uri: string; range: { start: { line: number } } }>('textDocument/definition', {
      textDocument: { uri },
      position: { line: 4, character: 52 },
    });
    assert.equal(definition.uri, bibUri);
    assert.equal(definition.range.start.line, 3);
  });
});

describe("server: the quick fix offers the writer's sources", () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'evident-fix-'));
    writeFileSync(join(dir, 'refs.bib'), REFS);
    writeFileSync(join(dir, 'refs.json'), CSL);
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers the matching entry first; applying it removes the finding; a wrong key is an error', async () => {
    const uri = pathToFileURL(join(dir, 'memo.md')).href;
    await client.open(uri, '---\nbibliography: [refs.bib, refs.json]\n---\n\nThe majority of rural clinics lack a full-time pharmacist.\n');
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const claim = diagnostics.find((d) => d.code === 'unsupported-claim')!;
    const actions = await client.codeActions(uri, claim.range, { diagnostics: [claim] });
    assert.equal(actions[0].title, 'Cite lee2022clinics: Lee 2022, Pharmacist Staffing in Rural Clinics');
    assert.ok(actions.findIndex((a) => a.title.startsWith('Add a citation')) > 0);
    const version = await client.applyEdit(uri, actions[0].edit!);
    assert.equal(client.document(uri).text.split('\n')[4], 'The majority of rural clinics lack a full-time pharmacist [@lee2022clinics].');
    assert.deepEqual(
      (await client.diagnosticsFor(uri, version)).map((d) => d.code),
      [],
    );
    const wrong = await client.replaceAll(uri, client.document(uri).text.replace('lee2022clinics', 'lee2022clinix'));
    assert.deepEqual((await client.diagnosticsFor(uri, wrong)).map((d) => d.code).sort(), ['unknown-citation', 'unsupported-claim']);
  });
});
