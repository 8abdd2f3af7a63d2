// Stress against the real server process: 1,000 rapid incremental edits over several documents,
// hovers and code actions cancelled while in flight, documents opened and closed mid-analysis,
// and settings (valid and invalid) changed under it. Afterwards the server must agree with
// the engine on every open document, have cleared the closed ones, answer, and give memory back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, RULES } from '../../server/src/engine';
import { TestClient } from '../lsp/client';
import { POLICY_SENTENCES, Random } from './fuzz';

const SEED = Number(process.env.EVIDENT_FUZZ_SEED ?? 4242);
const EDITS = Number(process.env.EVIDENT_STRESS_EDITS ?? 1_000);
const WARM_UP_EDITS = 300;
const MAX_DOCUMENT_LENGTH = 60_000;
/** Memory the server may keep after the storm, over what it used once warmed up (the bounded sentence cache grows meanwhile). */
const RSS_ALLOWANCE_MB = 60;

/** Long enough (about 30,000 characters each) that analyses take a while and requests queue behind them. */
const BODY = POLICY_SENTENCES.join(' ').repeat(12);
const DOCUMENTS = [
  { uri: 'file:///work/drafts/stress-brief.md', languageId: 'markdown', text: `# Brief\n\nIt may rain tomorrow.\n\n${BODY}\n` },
  {
    uri: 'file:///work/drafts/stress-paper.tex',
    languageId: 'latex',
    text: `\\section{Findings}\nObviously, the U.S. would not be welcomed.\\footnote{See annex.}\n${BODY}\n`,
  },
  {
    uri: 'file:///work/drafts/stress-notes.txt',
    languageId: 'plaintext',
    text: `Unemployment rose to 7.4% in 2023.\r\n${BODY.replaceAll('. ', '.\r\n')}\r\n`,
  },
];
const INSERTS = [...POLICY_SENTENCES, '\n\n', '\r\n', ' ', '😀 ', '- ', '> ', '[@ons2024]', '\\cite{key}', 'مثال ', '\u200b'];

function rssMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) / 1024;
}

/** A random incremental edit of `text`: insert, delete or replace, kept under MAX_DOCUMENT_LENGTH. */
function randomEdit(random: Random, text: string): { start: number; end: number; newText: string } {
  const at = random.int(text.length + 1);
  if (text.length > MAX_DOCUMENT_LENGTH) return { start: at >> 1, end: (at >> 1) + (text.length >> 1), newText: '' };
  const roll = random.next();
  if (roll < 0.5) return { start: at, end: at, newText: random.pick(INSERTS) };
  const end = Math.min(text.length, at + 1 + random.int(40));
  return { start: at, end, newText: roll < 0.8 ? '' : random.pick(INSERTS) };
}

/** The diagnostics the server should publish for `text`: the engine's findings, as ranges and codes. */
function expectedDiagnostics(text: string, languageId: string): string[] {
  const document = TextDocument.create('untitled:x', languageId, 0, text);
  return analyze(text, { languageId }).map((f) => JSON.stringify([f.rule, document.positionAt(f.start), document.positionAt(f.end)]));
}

const brief = (diagnostics: Diagnostic[]) => diagnostics.map((d) => JSON.stringify([d.code, d.range.start, d.range.end]));

describe('LSP stress', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ settings: { debounceMs: 0 } });
  });
  after(() => client.stop());

  it(`survives ${EDITS} rapid edits with cancellations, open/close and settings changes, and ends consistent`, async (t) => {
    const random = new Random(SEED);
    const pid = client.child.pid!;
    for (const document of DOCUMENTS) await client.open(document.uri, document.text, document.languageId);
    for (const document of DOCUMENTS) await client.diagnosticsFor(document.uri, 1);
    const finalPublication = (uri: string): PublishDiagnosticsParams | undefined => {
      const last = client.lastPublished(uri);
      return last && last.version === client.document(uri).version ? last : undefined;
    };
    const allCurrent = async () => {
      for (const { uri } of DOCUMENTS)
        await client.waitFor(() => finalPublication(uri), 30_000, `diagnostics of the current version of ${uri}`);
    };
    let baselineMb = 0;

    const pending: Promise<unknown>[] = [];
    let answered = 0;
    let cancelled = 0;
    let transientOpened = 0;
    const transientUris: string[] = [];
    const settle = (request: Promise<unknown>) =>
      request.then(
        () => answered++,
        (error: unknown) => {
          // A cancelled request may answer or report the cancellation; nothing else is acceptable.
          if (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled) cancelled++;
          else throw error;
        },
      );

    const publishedBefore = client.published.length;
    for (let step = 0; step < EDITS; step++) {
      if (step === WARM_UP_EDITS) {
        // The baseline is taken once the heap has grown to its working size, so what is measured is growth over the rest.
        await allCurrent();
        baselineMb = rssMegabytes(pid);
      }
      const { uri } = random.pick(DOCUMENTS);
      const current = client.document(uri);
      const document = TextDocument.create(uri, current.languageId, current.version, current.text);
      const edit = randomEdit(random, current.text);
      await client.edit(uri, { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, edit.newText);

      if (step % 5 === 0) {
        const fresh = client.document(uri);
        const position = TextDocument.create(uri, fresh.languageId, fresh.version, fresh.text).positionAt(
          random.int(fresh.text.length + 1),
        );
        const tokens = new CancellationTokenSource();
        const published = client.lastPublished(uri)?.diagnostics ?? [];
        pending.push(settle(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }, tokens.token)));
        pending.push(
          settle(
            client.connection.sendRequest(
              'textDocument/codeAction',
              { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: published } },
              tokens.token,
            ),
          ),
        );
        // Cancel most of them at once, the rest after the next edits have overtaken them.
        if (random.chance(0.7)) tokens.cancel();
        else setTimeout(() => tokens.cancel(), random.int(20));
      }
      if (step % 40 === 20) {
        const transient = `file:///work/drafts/transient-${step}.md`;
        transientUris.push(transient);
        transientOpened++;
        await client.open(transient, `${random.pick(POLICY_SENTENCES)} ${random.pick(POLICY_SENTENCES)}\n`);
        if (random.chance(0.5))
          await client.edit(transient, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Obviously, ');
        await client.close(transient); // before, during or after its analysis
      }
      if (step % 100 === 50) {
        client.configurationDelayMs = random.int(30);
        const invalid = random.chance(0.5);
        await client.changeSettings(
          invalid
            ? { debounceMs: 'fast', rules: { hedge: 7, nosuch: 'warning' }, claimStrictness: [] }
            : { debounceMs: random.int(5), rules: { hedge: 'off' } },
        );
      }
    }
    // Back to defaults for the final comparison, while the last analyses may still be running.
    client.configurationDelayMs = 0;
    await client.changeSettings({ debounceMs: 0 });
    await Promise.all(pending);
    const publishedDuringStorm = client.published.length - publishedBefore;

    await allCurrent();
    // Settings changed last: wait until a publication after that change has come for each document.
    for (const { uri, languageId } of DOCUMENTS) {
      const final = client.document(uri);
      await client.waitFor(
        () =>
          JSON.stringify(brief(finalPublication(uri)?.diagnostics ?? [])) === JSON.stringify(expectedDiagnostics(final.text, languageId)),
        10_000,
        `diagnostics of ${uri} v${final.version} matching the engine`,
      );
      assert.deepEqual(brief(client.lastPublished(uri)!.diagnostics), expectedDiagnostics(final.text, languageId));
    }
    for (const uri of transientUris) {
      await client.waitFor(() => client.lastPublished(uri)?.diagnostics.length === 0, 10_000, `cleared diagnostics of ${uri}`);
      // Nothing arrives for a closed document after its clearing publication.
      const last = client.published.filter((p) => p.uri === uri).at(-1)!;
      assert.deepEqual([last.version, last.diagnostics], [undefined, []]);
    }

    // Alive and answering: a hover on one of the final findings names its rule (by title) and links its page.
    const target = DOCUMENTS.map(({ uri }) => ({ uri, diagnostics: client.lastPublished(uri)!.diagnostics })).find(
      (d) => d.diagnostics.length > 0,
    );
    assert.ok(target, 'some final document has findings');
    const hover = await client.hover(target.uri, target.diagnostics[0].range.start);
    assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents);
    const rule = RULES.find((r) => r.meta.id === target.diagnostics[0].code)!;
    assert.ok(hover.contents.value.startsWith(`**${rule.meta.title}**`), hover.contents.value);
    assert.ok(hover.contents.value.includes(encodeURIComponent(JSON.stringify([rule.meta.id]))), hover.contents.value);
    assert.ok(client.alive);
    assert.equal(client.errors.length, 0, client.errors.map((e) => e.message).join('\n'));
    assert.ok(!client.logs.join('').includes('unexpected error'), client.logs.join(''));

    // Memory comes back once the storm is over (V8 shrinks its heap lazily: poll, with a bound).
    let rssMb = rssMegabytes(pid);
    const peakMb = rssMb;
    await client.waitFor(
      () => (rssMb = rssMegabytes(pid)) < baselineMb + RSS_ALLOWANCE_MB,
      30_000,
      `RSS below ${Math.round(baselineMb + RSS_ALLOWANCE_MB)} MB (now ${Math.round(rssMb)} MB)`,
    );
    t.diagnostic(
      `seed ${SEED}: ${EDITS} edits over ${DOCUMENTS.length} documents, ${transientOpened} documents opened and closed mid-analysis, ` +
        `${pending.length} hover/codeAction requests (${answered} answered, ${cancelled} reported cancelled), ${publishedDuringStorm} publications, RSS ${Math.round(baselineMb)} MB → ${Math.round(peakMb)} MB after the edits → ${Math.round(rssMb)} MB`,
    );
  });
});
