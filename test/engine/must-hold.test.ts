// The cases the engine promises, with exact spans, rule ids and fixed text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, type Finding } from '../../server/src/engine';

function brief(findings: Finding[]) {
  return findings.map((f) => [f.rule, f.text, f.start, f.end]);
}

function applyFix(text: string, finding: Finding, index = 0): string {
  const edits = [...finding.fixes[index].edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

test('a figure with no evidence is an unsupported claim', () => {
  const text = 'Unemployment rose to 7.4% in 2023.';
  assert.deepEqual(brief(analyze(text)), [['unsupported-claim', 'Unemployment rose to 7.4% in 2023', 0, 33]]);
});

test('a Pandoc citation or a named source supports it', () => {
  assert.deepEqual(analyze('Unemployment rose to 7.4% in 2023 [@ons2024].', { languageId: 'markdown' }), []);
  assert.deepEqual(analyze('According to the ONS, unemployment rose to 7.4% in 2023.'), []);
});

test('"studies show" is a vague source and the claim is unsupported, on words that do not overlap', () => {
  const text = 'Studies show that sanctions rarely work.';
  assert.deepEqual(brief(analyze(text)), [
    ['weasel', 'Studies show', 0, 12],
    ['unsupported-claim', 'sanctions rarely work', 18, 39],
  ]);
  assert.deepEqual(analyze('Studies show that sanctions rarely work (Hufbauer et al., 2007).'), []);
});

// One squiggle says one thing (issue 13, item 9): the vague source on its words, the claim on the claim.
function assertApart(findings: Finding[]) {
  for (const a of findings)
    for (const b of findings)
      if (a !== b) assert.ok(a.end <= b.start || b.end <= a.start, `${a.rule} "${a.text}" overlaps ${b.rule} "${b.text}"`);
}

test('a source frame heading a claim: the frame is the vague source, the rest the claim', () => {
  const cases: [string, string[][]][] = [
    [
      'Critics argue that the scheme never worked anywhere.',
      [
        ['weasel', 'Critics argue', '0', '13'],
        ['unsupported-claim', 'the scheme never worked anywhere', '19', '51'],
      ],
    ],
    [
      'According to sources, the scheme never worked anywhere.',
      [
        ['weasel', 'According to sources', '0', '20'],
        ['unsupported-claim', 'the scheme never worked anywhere', '22', '54'],
      ],
    ],
    [
      'Some experts say unemployment rose to 9% in 2023.',
      [
        ['weasel', 'Some experts say', '0', '16'],
        ['unsupported-claim', 'unemployment rose to 9% in 2023', '17', '48'],
      ],
    ],
    [
      'It is widely believed that the ban led to a collapse in trade.',
      [
        ['passive-attribution', 'It is widely believed', '0', '21'],
        ['unsupported-claim', 'the ban led to a collapse in trade', '27', '61'],
      ],
    ],
    [
      'It is believed the ban led to a collapse in trade.',
      [
        ['passive-attribution', 'It is believed', '0', '14'],
        ['unsupported-claim', 'the ban led to a collapse in trade', '15', '49'],
      ],
    ],
    [
      'Clearly, unemployment rose to 9% in 2023.',
      [
        ['booster', 'Clearly', '0', '7'],
        ['unsupported-claim', 'unemployment rose to 9% in 2023', '9', '40'],
      ],
    ],
    [
      'It is clear that the levy never worked anywhere.',
      [
        ['booster', 'It is clear that', '0', '16'],
        ['unsupported-claim', 'the levy never worked anywhere', '17', '47'],
      ],
    ],
  ];
  for (const [text, expected] of cases) {
    const findings = analyze(text, { languageId: 'markdown' });
    assert.deepEqual(
      brief(findings).map((row) => row.map(String)),
      expected,
      text,
    );
    assertApart(findings);
  }
});

test('a source frame closing or set inside a claim leaves the claim the other words', () => {
  assert.deepEqual(brief(analyze('The scheme never worked anywhere, critics argue.')), [
    ['unsupported-claim', 'The scheme never worked anywhere', 0, 32],
    ['weasel', 'critics argue', 34, 47],
  ]);
  assert.deepEqual(brief(analyze('The ban led to a collapse in trade, it is widely believed.')), [
    ['unsupported-claim', 'The ban led to a collapse in trade', 0, 34],
    ['passive-attribution', 'it is widely believed', 36, 57],
  ]);
  // set off by commas in the middle: the claim keeps the side that states it
  assert.deepEqual(brief(analyze('The scheme, critics argue, never worked anywhere.')), [
    ['weasel', 'critics argue', 12, 25],
    ['unsupported-claim', 'never worked anywhere', 27, 48],
  ]);
});

test('a frame heading a later clause leaves the claim the words after it, when all of the claim is there', () => {
  assert.deepEqual(brief(analyze('With the election over, it is clear that the levy never worked anywhere.')), [
    ['booster', 'it is clear that', 24, 40],
    ['unsupported-claim', 'the levy never worked anywhere', 41, 71],
  ]);
  // "In 2019" is part of the claim: the claim keeps its words on both sides of the frame
  assert.deepEqual(brief(analyze('In 2019, critics argued that the scheme never worked anywhere.')), [
    ['unsupported-claim', 'In 2019, critics argued that the scheme never worked anywhere', 0, 61],
    ['weasel', 'critics argued', 9, 23],
  ]);
});

test('a cue that is no frame leaves the claim the clause that states all of it', () => {
  assert.deepEqual(brief(analyze('Moscow wants to keep the war going, which led to a collapse in trade.')), [
    ['speculation', 'Moscow wants to keep', 0, 20],
    ['unsupported-claim', 'which led to a collapse in trade', 36, 68],
  ]);
  assert.deepEqual(brief(analyze('Rents rose by 9% in 2023, and the council obviously failed to act.')), [
    ['unsupported-claim', 'Rents rose by 9% in 2023', 0, 24],
    ['booster', 'obviously', 42, 51],
  ]);
});

test('the narrowed claim says what the claim words state, not what the frame did', () => {
  // "Many people" made it a claim of prevalence; the claim itself is a trend and a dated fact
  const [weasel, claim] = analyze('Many people say that crime has doubled since 2010.');
  assert.deepEqual([weasel.rule, weasel.text], ['weasel', 'Many people say']);
  assert.deepEqual([claim.rule, claim.text], ['unsupported-claim', 'crime has doubled since 2010']);
  assert.equal(claim.message, 'This claim (a trend, a dated fact) has no evidence: cite a source or name it.');
  // when the frame's quantifier was all that made it a claim, the claim is what the source says, as after "Critics argue that"
  const framed = analyze('Most economists agree that tariffs raise prices.', { settings: { claimStrictness: 'strict' } });
  assert.deepEqual(brief(framed), [
    ['weasel', 'Most economists agree', 0, 21],
    ['unsupported-claim', 'tariffs raise prices', 27, 47],
  ]);
  assert.equal(framed[1].message, 'This claim (a view from an unnamed source) has no evidence: cite a source or name it.');
  // a vague quantifier as the subject is no frame: the claim keeps its words
  assert.deepEqual(
    brief(analyze('Many people lost their jobs in 2020.', { settings: { claimStrictness: 'strict', sensitivity: 'thorough' } })),
    [
      ['weasel', 'Many people', 0, 11],
      ['unsupported-claim', 'Many people lost their jobs in 2020', 0, 35],
    ],
  );
});

test('a booster on an unsupported sentence, removed with its comma and the capital kept', () => {
  const text = 'Obviously, the U.S. would not be welcomed.';
  const findings = analyze(text);
  assert.deepEqual(brief(findings), [['booster', 'Obviously', 0, 9]]);
  assert.equal(findings[0].fixes[0].title, 'Remove "Obviously"');
  assert.equal(applyFix(text, findings[0]), 'The U.S. would not be welcomed.');
});

test('epistemic "may" is a hedge; permission "may" is not', () => {
  assert.deepEqual(brief(analyze('It may rain tomorrow.')), [['hedge', 'may', 3, 6]]);
  assert.deepEqual(analyze('Member States may submit comments by 30 June.'), []);
});

// Real fixes for hedges (issue 13), never one that makes a claim stronger than its evidence.
function fixed(text: string, finding: Finding, title: string, snippet = false): string {
  const fix = finding.fixes.find((x) => x.title === title);
  assert.ok(fix, `no fix "${title}" among ${JSON.stringify(finding.fixes.map((x) => x.title))}`);
  const edits = [...(snippet ? fix.snippetEdits! : fix.edits)].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

test('a hedge adverb is removed cleanly only where the sentence carries evidence', () => {
  const cited = 'Perhaps the talks will resume [@un2024].';
  const [f] = analyze(cited, { languageId: 'markdown' });
  assert.deepEqual([f.rule, f.text], ['hedge', 'Perhaps']);
  assert.deepEqual(
    f.fixes.map((x) => x.title),
    ['State the likelihood: "Probably (about 70 %)"', 'Remove the hedge "Perhaps"'],
  );
  assert.equal(fixed(cited, f, 'Remove the hedge "Perhaps"'), 'The talks will resume [@un2024].');
  assert.ok(
    f.fixes.every((x) => !x.safe),
    'no hedge fix is applied by "fix all": each changes what the claim says',
  );
  // with nothing to rest on, taking the hedge away would state the claim more strongly than its evidence
  const bare = 'Perhaps the talks will resume.';
  const [g] = analyze(bare);
  assert.deepEqual(
    g.fixes.map((x) => x.title),
    ['State the likelihood: "Probably (about 70 %)"', 'Mark it: [citation needed]'],
  );
  assert.equal(fixed(bare, g, 'State the likelihood: "Probably (about 70 %)"'), 'Probably (about [N] %) the talks will resume.');
  assert.equal(
    fixed(bare, g, 'State the likelihood: "Probably (about 70 %)"', true),
    '${1:Probably} (about ${2:70} %) the talks will resume.',
  );
});

test('a stack keeps its first hedge as a finding of its own, which offers only its citation', () => {
  const text = 'The talks might possibly resume in spring.';
  const findings = analyze(text);
  assert.deepEqual(
    findings.map((f) => [f.rule, f.text]),
    [
      ['hedge', 'might'],
      ['hedge-stack', 'might possibly'],
    ],
  );
  const [first, stack] = findings;
  // "will probably (about 70 %) possibly" would be no fix: the stack's own fix drops the second hedge first.
  assert.deepEqual(
    first.fixes.map((x) => x.title),
    ['Mark it: [citation needed]'],
  );
  assert.equal(fixed(text, stack, 'Keep one hedge: remove "possibly"'), 'The talks might resume in spring.');
});

test('"state the likelihood" reads right for each kind of hedge', () => {
  const cases: [string, string, string, string][] = [
    // text, hedge, title, text after the fix (snippet defaults filled in)
    ['It may rain tomorrow.', 'may', 'is likely (about 70 %) to rain', 'It is likely (about 70 %) to rain tomorrow.'],
    [
      'The costs of the plan could rise sharply.',
      'could',
      'are likely (about 70 %) to rise',
      'The costs of the plan are likely (about 70 %) to rise sharply.',
    ],
    [
      'Wages may not keep pace with prices.',
      'may',
      'are likely (about 70 %) not to keep',
      'Wages are likely (about 70 %) not to keep pace with prices.',
    ],
    [
      'The levy may have raised less than planned.',
      'may',
      'has probably (about 70 %) raised',
      'The levy has probably (about 70 %) raised less than planned.',
    ],
    ['Waiting lists may also grow.', 'may', 'will probably (about 70 %) also', 'Waiting lists will probably (about 70 %) also grow.'],
    [
      'Applicants might have missed the deadline.',
      'might',
      'have probably (about 70 %) missed',
      'Applicants have probably (about 70 %) missed the deadline.',
    ],
    [
      'Inflation could well exceed 5% this year.',
      'could',
      'is likely (about 70 %) to exceed',
      'Inflation is likely (about 70 %) to exceed 5% this year.',
    ],
    [
      'There may be delays at the border.',
      'may',
      'will probably (about 70 %) be',
      'There will probably (about 70 %) be delays at the border.',
    ],
    ['The agreement is likely to fail.', 'likely', 'likely (about 70 %)', 'The agreement is likely (about 70 %) to fail.'],
    [
      'The regime appears to be preparing a test.',
      'appears',
      'is likely (about 70 %) to',
      'The regime is likely (about 70 %) to be preparing a test.',
    ],
    [
      'The tenants seemed to accept the offer.',
      'seemed',
      'were likely (about 70 %) to',
      'The tenants were likely (about 70 %) to accept the offer.',
    ],
    [
      'It seems that the levy raised less than planned.',
      'seems',
      'is likely (about 70 %) that',
      'It is likely (about 70 %) that the levy raised less than planned.',
    ],
    [
      'It is possible that the pilot cut arrears.',
      'It is possible that',
      'It is possible (about 30 %)',
      'It is possible (about 30 %) that the pilot cut arrears.',
    ],
    [
      'The exact place was not announced, perhaps for security reasons.',
      'perhaps',
      'probably (about 70 %)',
      'The exact place was not announced, probably (about 70 %) for security reasons.',
    ],
  ];
  for (const [text, cue, shown, after] of cases) {
    const hedge = analyze(text).find((f) => f.rule === 'hedge');
    assert.ok(hedge, text);
    assert.equal(hedge.text, cue, text);
    const title = `State the likelihood: "${shown}"`;
    assert.equal(fixed(text, hedge, title, true).replace(/\$\{\d:([^}]*)\}/g, '$1'), after, text);
    assert.doesNotMatch(fixed(text, hedge, title), /\$\{/, 'the plain edit has no snippet syntax');
  }
  // an evidential verb has no likelihood to state: cite what it rests on
  const [suggest] = analyze('The data suggest that sanctions rarely work.');
  assert.deepEqual(
    suggest.fixes.map((x) => x.title),
    ['Mark it: [citation needed]'],
  );
});

test("a hedge cites what it rests on, in the document's citation style", () => {
  const titles = (text: string, languageId: string) =>
    analyze(text, { languageId })
      .find((f) => f.rule === 'hedge')!
      .fixes.map((x) => x.title);
  assert.deepEqual(titles('Fees may rise next year.\n\nRents rose [@ons2024].\n', 'markdown'), [
    'State the likelihood: "are likely (about 70 %) to rise"',
    'Cite what it rests on: [@key]',
  ]);
  assert.deepEqual(titles('Fees may rise next year.\n', 'latex'), [
    'State the likelihood: "are likely (about 70 %) to rise"',
    'Cite what it rests on: \\cite{key}',
  ]);
  assert.deepEqual(titles('Fees may rise next year.\n', 'markdown'), [
    'State the likelihood: "are likely (about 70 %) to rise"',
    'Cite what it rests on in a footnote [^1]',
  ]);
  const text = 'Fees may rise next year.\n';
  const [hedge] = analyze(text, { languageId: 'markdown' });
  assert.equal(fixed(text, hedge, 'Cite what it rests on in a footnote [^1]'), 'Fees may rise next year.[^1]\n\n[^1]: Source.\n');
});

test('"Remove the hedge" takes a whole hedging frame away where the sentence carries evidence', () => {
  const seems = 'It seems that the levy raised less than planned [@hmrc2024].';
  const [f] = analyze(seems, { languageId: 'markdown' });
  assert.equal(fixed(seems, f, 'Remove the hedge "It seems that"'), 'The levy raised less than planned [@hmrc2024].');
  const likely = 'It is likely that the levy raised less than planned [@hmrc2024].';
  const [g] = analyze(likely, { languageId: 'markdown' });
  assert.equal(fixed(likely, g, 'Remove the hedge "It is likely that"'), 'The levy raised less than planned [@hmrc2024].');
  // "unlikely" is no hedge to take away: without it the claim says the opposite
  const unlikely = 'It is unlikely that the levy raised more than planned [@hmrc2024].';
  const [h] = analyze(unlikely, { languageId: 'markdown' });
  assert.ok(!h.fixes.some((x) => x.title.startsWith('Remove')), JSON.stringify(h.fixes.map((x) => x.title)));
  // a citation is not offered where the sentence has one
  assert.ok(!f.fixes.some((x) => x.title.startsWith('Add a citation')));
});

test('an unsupported claim gets a citation in the document style', () => {
  const pandoc = 'Exports fell by 12% in 2022.\n\nImports rose [@ons2024].\n';
  const [f] = analyze(pandoc, { languageId: 'markdown' });
  assert.equal(f.rule, 'unsupported-claim');
  const cite = f.fixes.find((x) => x.title.startsWith('Add a citation'))!;
  assert.equal(applyFix(pandoc, f, f.fixes.indexOf(cite)), 'Exports fell by 12% in 2022 [@key].\n\nImports rose [@ons2024].\n');

  const latex = 'Exports fell by 12\\% in 2022.\n';
  const [g] = analyze(latex, { languageId: 'latex' });
  assert.equal(applyFix(latex, g), 'Exports fell by 12\\% in 2022~\\cite{key}.\n');

  const md = 'Exports fell by 12% in 2022.\n';
  const [h] = analyze(md, { languageId: 'markdown' });
  assert.equal(applyFix(md, h), 'Exports fell by 12% in 2022.[^1]\n\n[^1]: Source.\n');

  const plain = 'Exports fell by 12% in 2022.';
  const [p] = analyze(plain);
  assert.equal(applyFix(plain, p), 'Exports fell by 12% in 2022 [citation needed].');
});

test('a citation closing a paragraph supports the claims of that paragraph', () => {
  const text = 'Exports fell by 12% in 2022. Imports rose by 3% [@ons2024].\n\nTariffs doubled in 2023.\n';
  const findings = analyze(text, { languageId: 'markdown' });
  assert.deepEqual(
    findings.map((f) => f.text),
    ['Tariffs doubled in 2023'],
  );
});

test('settings: a rule turned off, accepted terms, strictness', () => {
  assert.deepEqual(analyze('It may rain tomorrow.', { settings: { rules: { hedge: 'off' } } }), []);
  assert.deepEqual(analyze('Obviously, it rained.', { settings: { acceptedTerms: ['obviously'] } }), []);
  assert.equal(analyze('Relations were established in 1948.').length, 0);
  assert.deepEqual(brief(analyze('Relations were established in 1948.', { settings: { claimStrictness: 'strict' } })), [
    ['unsupported-claim', 'Relations were established in 1948', 0, 34],
  ]);
  assert.equal(analyze('It may rain tomorrow.', { settings: { rules: { hedge: 'error' } } })[0].severity, 'error');
});

test('inline directives switch rules off', () => {
  const text = '<!-- evident-disable-next-line hedge -->\nIt may rain tomorrow.\n\nIt may snow.\n';
  assert.deepEqual(
    analyze(text, { languageId: 'markdown' }).map((f) => f.text),
    ['may'],
  );
  assert.equal(analyze(text, { languageId: 'markdown' })[0].start, text.lastIndexOf('may'));
});

test('a disable-line comment silences its own line only, in Markdown and LaTeX', () => {
  const markdown = 'It may rain tomorrow. <!-- evident-disable-line hedge -->\nIt may snow.\n';
  assert.deepEqual(
    analyze(markdown, { languageId: 'markdown' }).map((f) => [f.text, f.start]),
    [['may', markdown.lastIndexOf('may')]],
  );
  const latex = 'It may rain tomorrow. % evident-disable-line hedge\nIt may snow.\n';
  assert.deepEqual(
    analyze(latex, { languageId: 'latex' }).map((f) => [f.text, f.start]),
    [['may', latex.lastIndexOf('may')]],
  );
  const otherRule = 'It may rain tomorrow. <!-- evident-disable-line booster -->\n';
  assert.deepEqual(
    analyze(otherRule, { languageId: 'markdown' }).map((f) => f.text),
    ['may'],
  );
});

test('offsets are UTF-16 offsets into the original text', () => {
  const text = '🌍 Report.\n\nIt may rain tomorrow.';
  const [f] = analyze(text);
  assert.equal(text.slice(f.start, f.end), 'may');
  assert.equal(f.start, text.indexOf('may'));
});

test('claims in context: "the most" as effort, a limited absolute and a reported promise are left alone; a fraction and a dash-closed condition are not', () => {
  for (const text of [
    'Small charities make the most of their limited budgets.',
    'Appeals are not always heard within the statutory period.',
    'Inspectors almost never visit the smaller sites.',
    'The governor said we will see inflation fall sharply next year.',
  ]) {
    assert.deepEqual(brief(analyze(text, { settings: { claimStrictness: 'strict' } })), [], text);
  }
  assert.deepEqual(brief(analyze('A quarter of households rent their homes.')), [
    ['unsupported-claim', 'A quarter of households rent their homes', 0, 40],
  ]);
  const dashed = 'If the levy goes ahead -- and the vote is close -- households pay 12% more.';
  assert.deepEqual(
    brief(analyze(dashed)).filter(([rule]) => rule === 'unsupported-claim'),
    [['unsupported-claim', dashed.slice(0, -1), 0, dashed.length - 1]],
  );
});

test('a vague source after a named one is still vague: a neighbour\'s source does not answer "who?"', () => {
  const text =
    'According to the Ministry of Agriculture, 41 vessels left Odesa in April. Local observers reported that inspections now take two days.';
  assert.deepEqual(
    analyze(text, { languageId: 'markdown' })
      .filter((f) => f.rule === 'weasel')
      .map((f) => f.text),
    ['Local observers reported'],
  );
  const cited = 'Local observers reported that inspections now take two days [@unhcr2024].';
  assert.deepEqual(
    analyze(cited, { languageId: 'markdown' }).filter((f) => f.rule === 'weasel'),
    [],
    'a citation still answers it',
  );
});

test("words quoted with csquotes in LaTeX are the quoted speaker's, not the writer's claim", () => {
  const text = String.raw`As the minister put it, \enquote{sanctions caused exports to fall by 40\% in 2023}.

\begin{displayquote}
Sanctions caused exports to fall by 30\% in 2022.
\end{displayquote}

Sanctions caused exports to fall by 20\% in 2021, the \enquote{worst year} on record.
`;
  const claim = String.raw`Sanctions caused exports to fall by 20\% in 2021, the \enquote{worst year} on record`;
  const at = text.indexOf(claim);
  assert.deepEqual(brief(analyze(text, { languageId: 'latex' })), [['unsupported-claim', claim, at, at + claim.length]]);
});

test("a LaTeX paper's assumptions, propositions and proofs are its own analysis: no claim to source, a hedge still a hedge", () => {
  const text = String.raw`\begin{assumption}
Households cannot borrow, so consumption falls by 2\% after the shock.
\end{assumption}

\begin{proposition}
Under the assumption, output always falls after a consolidation, and the fall may be large.
\end{proposition}

\begin{proof}
The result follows because demand falls by more than supply.
\end{proof}

Consumption fell by 2\% after the 2012 consolidation.
`;
  const claim = 'Consumption fell by 2\\% after the 2012 consolidation';
  assert.deepEqual(brief(analyze(text, { languageId: 'latex' })), [
    ['hedge', 'may', text.indexOf('may be large'), text.indexOf('may be large') + 3],
    ['unsupported-claim', claim, text.indexOf(claim), text.indexOf(claim) + claim.length],
  ]);
});

test('the figures of an act of the body the writer speaks for are told first-hand, a perfect tense as well as a past', () => {
  for (const text of [
    'My Government has reduced emissions by 30 per cent since 2010.',
    'My Government reduced emissions by 30 per cent after 2010.',
    'We have reduced emissions by 30 per cent since 2010.',
  ])
    assert.deepEqual(brief(analyze(text)), [], text);
  const claim = 'Emissions have fallen by 30 per cent since 2010';
  assert.deepEqual(brief(analyze(`${claim}.`)), [['unsupported-claim', claim, 0, claim.length]]);
});

test("in guidance, what a scheme pays, charges or fines its reader, and the price of what it sells, are rules it sets; the reader's gains and the world's trends stay claims", () => {
  const guide = [
    '# Fishing licences',
    '',
    'You need a licence to fish. Apply online. Check your card first. You must carry the licence. Tell us if you move. Keep your receipt. Renew it each year. Call the helpline with questions.',
    '',
    'If you fish without one, you could be fined up to £2,500.',
    '',
    'You can get up to £1,000 a year if you care for someone.',
    '',
    'A 1-day licence costs £6.60. The fee for a junior licence is £5.',
    '',
    'You will save 30% of your time with the online service.',
    '',
    'Fines rose by 40% in 2024.',
    '',
  ].join('\n');
  const claims = ['You will save 30% of your time with the online service', 'Fines rose by 40% in 2024'];
  assert.deepEqual(
    brief(analyze(guide, { languageId: 'markdown' })),
    claims.map((claim) => ['unsupported-claim', claim, guide.indexOf(claim), guide.indexOf(claim) + claim.length]),
  );
  // The same sentence in an argument (no instructions around it) stays a claim.
  const argument = 'If you fish without one, you could be fined up to £2,500.';
  assert.deepEqual(brief(analyze(argument)), [['unsupported-claim', argument.slice(0, -1), 0, argument.length - 1]]);
  const price = 'A new home costs £290,000 on average';
  assert.deepEqual(brief(analyze(`${price}.`)), [['unsupported-claim', price, 0, price.length]]);
});

test('the citation commands that open a sentence (\\Citet, \\Textcite) are citations', () => {
  for (const text of [
    String.raw`\Citet{smith2019} show that spreads fell by 40\% after 2012.`,
    String.raw`\Textcite{smith2019} shows that spreads fell by 40\% after 2012.`,
  ])
    assert.deepEqual(brief(analyze(text, { languageId: 'latex' })), [], text);
});
