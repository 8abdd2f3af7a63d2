// Bibliographies: BibTeX and CSL-JSON parsing (tolerant of hostile input), finding them in a
// document, lookup, formatting and the entries most relevant to a claim.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine';
import {
  Bibliography,
  decodeBibliography,
  findBibliographyPaths,
  formatReference,
  parseBibliography,
  shortReference,
  withSourceFixes,
} from '../../server/src/engine/bib';

const fixtures = resolve(import.meta.dirname, '../fixtures/bib');
const read = (name: string) => readFileSync(resolve(fixtures, name), 'utf8');

describe('BibTeX', () => {
  it('reads entries, @string macros, braced names, accents and dates', () => {
    const { entries, problems } = parseBibliography(read('refs.bib'), 'refs.bib');
    assert.deepEqual(problems, []);
    assert.deepEqual(
      entries.map((e) => e.key),
      ['smith2020rents', 'wb2019water', 'garcia2018'],
    );
    const [smith, wb, garcia] = entries;
    assert.deepEqual(smith.authors, ['Smith, Jane', 'Doe, John']);
    assert.equal(smith.container, 'Journal of Housing Economics');
    assert.equal(smith.line, 3);
    assert.deepEqual(wb.authors, ['World Bank']);
    assert.equal(wb.container, 'World Bank');
    assert.equal(wb.year, '2019');
    assert.deepEqual(garcia.authors, ['García, María']);
    assert.equal(garcia.title, 'Apprenticeships and the School-to-Work Transition');
    assert.equal(garcia.year, '2018');
  });

  it('formats a reference and a short one', () => {
    const smith = parseBibliography(read('refs.bib'), 'refs.bib').entries[0];
    assert.equal(
      formatReference(smith),
      'Smith, Jane; Doe, John (2020). *Rent Controls and Housing Supply in Coastal Towns*. Journal of Housing Economics. https://doi.org/10.1000/jhe.2020.1',
    );
    assert.equal(shortReference(smith), 'Smith & Doe 2020');
  });

  it('an unterminated entry is one problem naming file and line; the entries around it are kept', () => {
    const { entries, problems } = parseBibliography(read('broken.bib'), 'broken.bib');
    assert.deepEqual(
      entries.map((e) => e.key),
      ['ok1', 'broken1', 'ok2'],
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 6);
    assert.match(problems[0].message, /^broken\.bib:6: .*not closed/);
  });

  it('braces nested thousands deep neither crash nor take long', () => {
    const deep = `@article{deep, title = {${'{'.repeat(20_000)}x${'}'.repeat(20_000)}}}\n@book{after, title = {After}}\n`;
    const started = performance.now();
    const { entries } = parseBibliography(deep, 'deep.bib');
    assert.deepEqual(
      entries.map((e) => e.key),
      ['deep', 'after'],
    );
    const unclosed = `@article{open, title = {${'{'.repeat(20_000)}x\n@book{after, title = {After}}\n`;
    const second = parseBibliography(unclosed, 'open.bib');
    assert.ok(second.entries.some((e) => e.key === 'after'));
    assert.equal(second.problems.length, 1);
    assert.ok(performance.now() - started < 1000);
  });

  it('many unterminated entries stay linear', () => {
    let text = '';
    for (let i = 0; i < 5000; i++) text += `@article{k${i}, title = {{unbalanced ${i}}\n`;
    const started = performance.now();
    const { entries, problems } = parseBibliography(text, 'many.bib');
    assert.equal(entries.length, 5000);
    assert.equal(problems.length, 20, 'problems are capped');
    assert.ok(performance.now() - started < 2000);
  });

  it('an entry without a key and stray @ signs are skipped', () => {
    const { entries, problems } = parseBibliography('Mail me@example.org\n@article{, title={x}}\n@misc{m, title={M}}', 'x.bib');
    assert.deepEqual(
      entries.map((e) => e.key),
      ['m'],
    );
    assert.equal(problems.length, 1);
  });

  // How long it takes is a benchmark figure (npm run bench), not a test.
  it('a generated bibliography of 10,000 entries parses whole', () => {
    let text = '';
    for (let i = 0; i < 10_000; i++)
      text += `@article{key${i},\n  author = {Smith, John and Doe, Jane},\n  title = {Topic ${i} in research software and {P}olicy},\n  journal = {Journal},\n  year = {${1990 + (i % 30)}},\n  abstract = {Funding and careers of research software engineers, part ${i}.}\n}\n`;
    const { entries } = parseBibliography(text, 'big.bib');
    assert.equal(entries.length, 10_000);
    assert.equal(entries[9_999].key, 'key9999');
  });
});

describe('CSL-JSON', () => {
  it('reads items with literal and family/given names, dates, DOI', () => {
    const { entries, problems } = parseBibliography(read('refs.json'), 'refs.json');
    assert.deepEqual(problems, []);
    assert.deepEqual(
      entries.map((e) => [e.key, e.authors, e.year, e.container]),
      [
        ['oecd2021tax', ['OECD'], '2021', 'OECD Publishing'],
        ['lee2022clinics', ['Lee, Min'], '2022', 'Rural Health Review'],
      ],
    );
    assert.equal(entries[1].line, 12);
  });

  it('invalid JSON is one problem; deep nesting does not crash', () => {
    const bad = parseBibliography('[\n{"id": "a",}\n]', 'bad.json');
    assert.equal(bad.entries.length, 0);
    assert.equal(bad.problems.length, 1);
    assert.match(bad.problems[0].message, /^bad\.json:2: not valid CSL-JSON/);
    const deep = parseBibliography('['.repeat(100_000), 'deep.json');
    assert.equal(deep.problems.length, 1);
  });
});

describe('decoding', () => {
  it('invalid UTF-8 is one problem naming file and line', () => {
    const bytes = readFileSync(resolve(fixtures, 'latin1.bib'));
    const { text, problem } = decodeBibliography(bytes, 'latin1.bib');
    assert.equal(text, undefined);
    assert.equal(problem?.line, 2);
    assert.match(problem!.message, /^latin1\.bib:2: not valid UTF-8/);
  });
  it('an oversized file is refused before decoding', () => {
    const { problem } = decodeBibliography(new Uint8Array(25_000_000), 'huge.bib');
    assert.match(problem!.message, /larger than 20 MB/);
  });
  it('a byte-order mark is dropped', () => {
    assert.equal(decodeBibliography(new TextEncoder().encode('\uFEFF@misc{a}'), 'a.bib').text, '@misc{a}');
  });
});

describe('finding bibliographies', () => {
  it('YAML front matter: one path, a flow list, a block list', () => {
    assert.deepEqual(findBibliographyPaths('---\ntitle: Brief\nbibliography: refs.bib\n---\nText.', 'markdown'), ['refs.bib']);
    assert.deepEqual(findBibliographyPaths('---\nbibliography: [a.bib, "b.json"]\n---\n', 'quarto'), ['a.bib', 'b.json']);
    assert.deepEqual(findBibliographyPaths("---\nbibliography:\n  - a.bib\n  - 'sub/b.bib'\nlink-citations: true\n---\n", 'rmarkdown'), [
      'a.bib',
      'sub/b.bib',
    ]);
    assert.deepEqual(findBibliographyPaths('Text.\n\nbibliography: refs.bib\n', 'markdown'), [], 'only in front matter');
  });
  it('LaTeX: \\bibliography (with .bib added) and \\addbibresource, not in comments', () => {
    assert.deepEqual(findBibliographyPaths('\\addbibresource{refs.bib}\n% \\bibliography{old}\n\\bibliography{a, b.bib}\n', 'latex'), [
      'refs.bib',
      'a.bib',
      'b.bib',
    ]);
    assert.deepEqual(findBibliographyPaths('\\addbibresource[location=local]{x.bib}', 'latex'), ['x.bib']);
  });
});

describe('Bibliography', () => {
  const parsed = [parseBibliography(read('refs.bib'), 'refs.bib'), parseBibliography(read('refs.json'), 'refs.json')];
  const bib = new Bibliography(parsed.flatMap((p) => p.entries));
  it('merges files and finds keys', () => {
    assert.equal(bib.entries.size, 5);
    assert.ok(bib.has('lee2022clinics') && bib.has('smith2020rents') && !bib.has('nope'));
  });
  it('keeps the first of duplicate keys and lists the others', () => {
    const twice = new Bibliography([...parsed[0].entries, ...parsed[0].entries.slice(0, 1)]);
    assert.deepEqual(
      twice.duplicates.map((e) => e.key),
      ['smith2020rents'],
    );
  });
  it('suggests the entries that match the claim, best first', () => {
    assert.equal(bib.suggest('Rent controls reduced the supply of rental housing in coastal towns.')[0].key, 'smith2020rents');
    assert.equal(bib.suggest('Rural clinics often lack a full-time pharmacist.')[0].key, 'lee2022clinics');
    assert.equal(bib.suggest('Carbon taxes raise energy bills for poor households.')[0].key, 'oecd2021tax');
    assert.deepEqual(bib.suggest('Nothing in common whatsoever.'), []);
  });
  it('a different set of keys has a different id', () => {
    assert.notEqual(bib.id, new Bibliography(parsed[0].entries).id);
  });
});

describe('unknown-citation', () => {
  const bib = new Bibliography([
    ...parseBibliography(read('refs.bib'), 'refs.bib').entries,
    ...parseBibliography(read('refs.json'), 'refs.json').entries,
  ]);
  const rules = (text: string, languageId: string, withBib = true) =>
    analyze(text, { languageId, bibliography: withBib ? bib : undefined }).map((f) => `${f.rule}:${f.text}`);

  it('flags a key in no bibliography, and its claim becomes unsupported', () => {
    const text = 'Rents rose by a third in coastal towns in 2021 [@smith2021rents].\n';
    assert.deepEqual(rules(text, 'markdown'), [
      'unsupported-claim:Rents rose by a third in coastal towns in 2021',
      'unknown-citation:smith2021rents',
    ]);
    const [finding] = analyze(text, { languageId: 'markdown', bibliography: bib }).filter((f) => f.rule === 'unknown-citation');
    assert.equal(finding.severity, 'error');
    assert.equal(text.slice(finding.start, finding.end), 'smith2021rents');
  });

  it('a known key is evidence', () => {
    assert.deepEqual(rules('Rents rose by a third in coastal towns in 2021 [@smith2020rents].\n', 'markdown'), []);
    assert.deepEqual(rules('Rents rose by a third in coastal towns in 2021 [@smith2020rents; @nobody].\n', 'markdown'), [
      'unknown-citation:nobody',
    ]);
  });

  it('flags the placeholder left by the quick fix with its own message', () => {
    const [f] = analyze('Unemployment rose to 7.4% in 2023 [@key].\n', { languageId: 'quarto', bibliography: bib }).filter(
      (x) => x.rule === 'unknown-citation',
    );
    assert.equal(f.text, 'key');
    assert.match(f.message, /placeholder/);
  });

  it('reads LaTeX citations', () => {
    assert.deepEqual(rules('Rents rose by a third in coastal towns in 2021~\\citep{smith2020rents, lee2022clinix}.\n', 'latex'), [
      'unknown-citation:lee2022clinix',
    ]);
    assert.deepEqual(rules('Rents rose by a third in coastal towns in 2021~\\cite{typo2020}.\n', 'latex'), [
      'unsupported-claim:Rents rose by a third in coastal towns in 2021',
      'unknown-citation:typo2020',
    ]);
  });

  it('is silent without a bibliography: every key is evidence', () => {
    assert.deepEqual(rules('Rents rose by a third in coastal towns in 2021 [@smith2021rents].\n', 'markdown', false), []);
    assert.deepEqual(rules('Unemployment rose to 7.4% in 2023 [@key].\n', 'markdown', false), []);
  });

  it('leaves source notes and e-mail addresses alone', () => {
    assert.deepEqual(rules('Write to policy@example.org for the data.\n', 'markdown'), []);
    assert.deepEqual(rules('Unemployment rose to 7.4% in 2023 (Source: ONS labour market survey).\n', 'markdown'), []);
  });

  it('can be switched off', () => {
    assert.deepEqual(
      analyze('Rents rose [@nope].\n', {
        languageId: 'markdown',
        bibliography: bib,
        settings: { rules: { 'unknown-citation': 'off' } },
      }).filter((f) => f.rule === 'unknown-citation'),
      [],
    );
  });
});

describe("the quick fix offers the writer's own sources", () => {
  const bib = new Bibliography([
    ...parseBibliography(read('refs.bib'), 'refs.bib').entries,
    ...parseBibliography(read('refs.json'), 'refs.json').entries,
  ]);
  it('the entries most relevant to the claim first, then the placeholder', () => {
    const text = 'The majority of rural clinics lack a full-time pharmacist.\n';
    const [finding] = analyze(text, { languageId: 'quarto' }).filter((f) => f.rule === 'unsupported-claim');
    const fixes = withSourceFixes(finding.fixes, finding.text, bib);
    assert.equal(fixes[0].title, 'Cite lee2022clinics: Lee 2022, Pharmacist Staffing in Rural Clinics');
    assert.deepEqual(
      fixes[0].edits.map((e) => e.newText),
      [' [@lee2022clinics]'],
    );
    assert.equal(fixes[0].snippetEdits, undefined);
    assert.equal(fixes.at(-1)!.title, 'Add a citation: [@key]');
    assert.ok(fixes.length <= 4);
  });
  it('in LaTeX, \\cite{key} with the key', () => {
    const [finding] = analyze('Rent controls reduced the supply of rental housing in coastal towns.\n', { languageId: 'latex' }).filter(
      (f) => f.rule === 'unsupported-claim',
    );
    const fixes = withSourceFixes(finding.fixes, finding.text, bib);
    assert.deepEqual(
      fixes[0].edits.map((e) => e.newText),
      ['~\\cite{smith2020rents}'],
    );
  });
  it('a narrative citation: the author the sentence names comes first', () => {
    const names = new Bibliography(
      parseBibliography(
        '@article{a, author={Lee, Min}, title={Clinics and staffing}}\n@article{b, author={Park, Ji}, title={Clinics, staffing and pharmacists in rural areas}}\n',
        'n.bib',
      ).entries,
    );
    assert.equal(names.suggest('As Lee argues, rural clinics lack staffing.')[0].key, 'a');
  });
  it('nothing is added without a bibliography or without a placeholder citation', () => {
    const [finding] = analyze('The majority of rural clinics lack a full-time pharmacist.\n', { languageId: 'plaintext' }).filter(
      (f) => f.rule === 'unsupported-claim',
    );
    assert.deepEqual(withSourceFixes(finding.fixes, finding.text, bib), finding.fixes, '[citation needed] has no key');
    assert.deepEqual(withSourceFixes(finding.fixes, finding.text, undefined), finding.fixes);
  });
});

describe('parsing in steps', () => {
  it('a large bibliography is parsed in steps that give the same result', async () => {
    const { parseBibliographyInSteps } = await import('../../server/src/engine/bib');
    let text = '';
    for (let i = 0; i < 3000; i++)
      text += `@misc{k${i}, title = {Entry ${i} on water tariffs and utility finance in the region}, year = {2020}}\n`;
    const steps = parseBibliographyInSteps(text, 's.bib');
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    assert.ok(count >= 1, 'yields at least once');
    assert.deepEqual(step.value, parseBibliography(text, 's.bib'));
  });
});
