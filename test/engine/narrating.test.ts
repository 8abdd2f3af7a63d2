// A document that narrates what named actors did (commentary, reporting) makes each past act a claim a reader wants
// sourced; a guidance chapter or a report telling the same act in passing does not (annotation guide; issue 12).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, analyzeDocument } from '../../server/src/engine';

const claims = (text: string) =>
  analyze(text)
    .filter((f) => f.rule === 'unsupported-claim')
    .map((f) => f.text);

const ACT = 'Moscow withdrew the licence of a foreign news agency in March.';

// Ten sentences of commentary on named actors (names the lexicon knows): most tell what they did.
const COMMENTARY = [
  'Russia has spent the past year tightening its grip on the press.',
  'In January, Putin signed a decree that created a new media regulator.',
  'The regulator blocked three opposition news sites in Moscow within a week.',
  ACT,
  'Opposition leaders in Russia called the decision an attack on free speech.',
  'Their supporters organised protests in Moscow and in two provincial towns.',
  'The police arrested dozens of students outside the university.',
  'The question now is what the regulator will do next.',
  'Much depends on the election that is due next year.',
  'Few expect the pressure on the press to ease before then.',
].join(' ');

// Ten sentences of guidance, one of which mentions the same act in passing.
const GUIDANCE = [
  'This guide explains how to apply for a broadcasting licence.',
  'You must apply at least eight weeks before you open.',
  'The application form asks for the address of the premises.',
  ACT,
  'Applicants should keep a copy of every document they send.',
  'The regulator checks each application within four weeks.',
  'You can appeal against a refusal within 28 days.',
  'Fees are set out in the table below.',
  'Contact the licensing team if your circumstances change.',
  'Keep your licence on display at the premises.',
].join(' ');

describe('narrating documents', () => {
  it('flags a past act in commentary that narrates named actors, with its own message', () => {
    const found = analyze(COMMENTARY).filter((f) => f.rule === 'unsupported-claim');
    const act = found.find((f) => f.text === ACT.slice(0, -1));
    assert.ok(act, JSON.stringify(found.map((f) => f.text)));
    assert.equal(act.message, 'This claim (a reported event) has no evidence: cite a source or name it.');
    assert.match(act.explanation, /The document tells what named actors did, so an act it reports is a claim a reader wants sourced\./);
    assert.match(act.explanation, /This sentence states a claim with no evidence\./);
    assert.equal(act.sentence.class, 'unsupported');
    // the sentence is read as an unsupported claim there, and the summary agrees with the findings
    const report = analyzeDocument(COMMENTARY).sentences.find((s) => s.text === ACT);
    assert.equal(report?.class, 'unsupported');
  });

  it('leaves the same act alone where the writer speaks as "we" for her side, as a government message does', () => {
    // the same commentary, spoken by a side: a quarter of its sentences and more say "we" or "our"
    const spoken = COMMENTARY.replace('Russia has spent the past year', 'We have watched Russia spend the past year')
      .replace('Their supporters organised', 'Our embassy saw their supporters organise')
      .replace('The question now is', 'The question for us now is');
    assert.deepEqual(
      claims(spoken).filter((text) => text === ACT.slice(0, -1)),
      [],
    );
    assert.ok(claims(COMMENTARY).includes(ACT.slice(0, -1)));
  });

  it('leaves the same act alone in guidance, where past acts are background', () => {
    assert.deepEqual(claims(GUIDANCE), []);
    const report = analyzeDocument(GUIDANCE).sentences.find((s) => s.text === ACT);
    assert.notEqual(report?.class, 'unsupported');
  });

  it('does not flag a speech act reported, a lead-in, or a past act with its source', () => {
    const reported = COMMENTARY.replace(ACT, 'Navalny told reporters in Moscow that the licence had been withdrawn.');
    assert.ok(!claims(reported).some((t) => t.startsWith('Navalny told')));
    const sourced = COMMENTARY.replace(ACT, 'Moscow withdrew the licence in March, according to the Moscow Times.');
    assert.ok(!claims(sourced).some((t) => t.startsWith('Moscow withdrew')));
  });

  it("leaves the writer's side's own acts alone in a narrating document", () => {
    for (const own of ['Our government signed the agreement last year.', 'We ratified the treaty in 2016.']) {
      const text = COMMENTARY.replace(ACT, own);
      assert.deepEqual(
        claims(text).filter((t) => t.startsWith(own.slice(0, 10))),
        [],
        own,
      );
    }
  });

  it('leaves past acts alone where the document speaks for a public body: its own record, not commentary', () => {
    // the same narration, opening with the voice of a government ("my Administration") or of the holder of its accounts
    // (or where the executive branch names itself, as a President's message does: "the Executive")
    for (const voice of [
      'My Administration has kept the promises it made.',
      'I recommend that the Congress renew the press law.',
      'The Executive has kept the Senate informed of these events.',
    ]) {
      const text = `${voice} ${COMMENTARY}`;
      assert.ok(!claims(text).includes(ACT.slice(0, -1)), voice);
      const report = analyzeDocument(text).sentences.find((s) => s.text === ACT);
      assert.notEqual(report?.class, 'unsupported', voice);
    }
    // a measured trend it tells is still a claim there
    const trend = 'The circulation of independent newspapers fell by 40% last year.';
    assert.ok(claims(`My Administration has kept the promises it made. ${COMMENTARY} ${trend}`).includes(trend.slice(0, -1)));
  });

  it('still narrates where "the Executive" names an organ of another body', () => {
    const text = `The Executive Board of the Fund met in Moscow in May. ${COMMENTARY}`;
    assert.ok(claims(text).includes(ACT.slice(0, -1)));
  });

  it('leaves a closing disclaimer alone in a narrating document', () => {
    assert.deepEqual(
      claims(`${COMMENTARY} The views expressed here are the author's alone.`).filter((t) => t.startsWith('The views')),
      [],
    );
  });

  it('a vague source over a past act is unsupported in any document', () => {
    assert.deepEqual(claims('Western intelligence agencies suspect the convoy carried missile parts.'), [
      'the convoy carried missile parts',
    ]);
  });
});

describe('translations of quoted passages', () => {
  it('reads the paragraph after a block quote in another language as the quoted words again', () => {
    const text =
      'Le Monde put it bluntly:\n\n> Le gouvernement a clairement échoué et les loyers ont doublé en deux ans.\n\nThe government has clearly failed, and rents have doubled in two years.\n\nRents doubled in two years.\n';
    assert.deepEqual(
      analyze(text).map((f) => [f.rule, f.text]),
      [['unsupported-claim', 'Rents doubled in two years']],
    );
  });

  it('reads the paragraph after a post in another script, quoted after a lead-in whose link is long, as its translation', () => {
    const link = `http://blog.example/${'%D8%A7'.repeat(60)}`;
    const text = `A blogger launched a strong attack on the president. He [wrote](${link}):\n\nتوفق الرئيس في شد أنفاس القطيع العربي بمن فيهم البلهى من المثقفين العرب\n\nThe president clearly captured the imagination of the crowd, and rents have doubled in two years.\n`;
    assert.deepEqual(analyze(text), []);
  });

  it('does not read the paragraph after a byline in another language as a translation', () => {
    const text =
      'Sergio Abranches, Ex-professor titular do Departamento de Economia da Universidade Federal do Rio de Janeiro\n\nRents doubled in two years.\n';
    assert.deepEqual(
      analyze(text).map((f) => [f.rule, f.text]),
      [['unsupported-claim', 'Rents doubled in two years']],
    );
  });
});

describe('quotations attributed after them', () => {
  it('reads a sentence that opens with quoted words and goes on to say who said them as reported', () => {
    assert.deepEqual(analyze('"There is a landing zone," one EU diplomat said, speaking on condition of anonymity.'), []);
    assert.deepEqual(
      analyze('“The duties were designed for a world where Europe held the cards,” said Liang Qiao, who follows trade in Hong Kong.'),
      [],
    );
    // a quoted title inside the writer's own sentence stays the writer's
    assert.deepEqual(
      analyze('"Rents rose by 20% in two years." That is the headline figure, and it doubled in 2024.').map((f) => f.rule),
      ['unsupported-claim'],
    );
  });
});

describe('narrating decided again as the document changes', () => {
  it("flags the same paragraph's act while the document narrates, not once the narration is edited away, and again after", () => {
    // (the act first, so its paragraph keeps its place in every version)
    const first = (text: string) => `${ACT}\n\n${text.replace(`${ACT} `, '').split('. ').join('.\n\n')}`;
    const narration = first(COMMENTARY);
    const act = ACT.slice(0, -1);
    const flagged = (text: string) =>
      analyzeDocument(text, { languageId: 'markdown' })
        .findings.filter((f) => f.rule === 'unsupported-claim')
        .map((f) => f.text);
    assert.ok(flagged(narration).includes(act));
    // the same paragraph, cached, in a report that neither narrates nor instructs: the act is background there
    const report = first(
      [
        'This report describes the licensing system for broadcasters.',
        'The system has three parts: a register, a fee and an appeal.',
        'The register lists every licensed broadcaster.',
        'The fee depends on the size of the audience.',
        'An appeal goes to an independent panel.',
        'The panel publishes its decisions on its website.',
        'The rest of this report describes each part in turn.',
        'The annex lists the fees for each kind of licence.',
        'A glossary at the end defines the terms used.',
      ].join(' '),
    );
    assert.ok(!flagged(report).includes(act));
    // and back: the narration returns, and so does the claim
    assert.ok(flagged(narration).includes(act));
  });
});
