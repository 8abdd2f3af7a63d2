// Claim detection in context: what makes a sentence a checkable claim (classify's `claim`)
// and when the unsupported-claim rule flags it, with exact spans and messages.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, analyzeDocument, classify, type ClaimStrictness } from '../../server/src/engine';
import { findClaimFeatures } from '../../server/src/engine/claims';
import { writerStance } from '../../server/src/engine/claims/stance';
import { readingNotes } from '../../server/src/report/reading';
import { SentenceContext } from '../../server/src/engine/context';

/** The unsupported-claim findings as [flagged text, start, end, message]. */
function claimFindings(text: string, claimStrictness: ClaimStrictness = 'standard') {
  return analyze(text, { settings: { claimStrictness } })
    .filter((f) => f.rule === 'unsupported-claim')
    .map((f) => [f.text, f.start, f.end, f.message]);
}

/** The claim features as [kind, level or '-', text]. */
function features(text: string) {
  return findClaimFeatures(new SentenceContext(text)).map((f) => [f.kind, f.level ?? '-', f.text]);
}

const message = (kinds: string) => `This claim (${kinds}) has no evidence: cite a source or name it.`;

describe('checkable statements are claims and, without evidence, findings', () => {
  test('a figure with a unit or a percentage (the message names every feature the sentence states)', () => {
    const text = 'Unemployment rose to 7.4% in 2023.';
    assert.deepEqual(features(text), [
      ['trend', 'standard', 'rose'],
      ['figure', 'lenient', '7.4%'],
      ['dated-fact', 'strict', '2023'],
    ]);
    assert.deepEqual(claimFindings(text), [['Unemployment rose to 7.4% in 2023', 0, 33, message('a trend, a figure, a dated fact')]]);
    assert.equal(classify(text).claim, true);
  });

  test('a spelled-out count of people is a statistic', () => {
    const text = 'Three million people lost their jobs.';
    assert.deepEqual(features(text), [['figure', 'lenient', 'Three million']]);
    assert.deepEqual(claimFindings(text), [['Three million people lost their jobs', 0, 36, message('a figure')]]);
  });

  test('a trend', () => {
    const text = 'Defence spending has doubled since 2014.';
    assert.deepEqual(claimFindings(text), [['Defence spending has doubled since 2014', 0, 39, message('a trend, a dated fact')]]);
    assert.equal(classify(text).claim, true);
  });

  test('a causal link', () => {
    const text = 'Sanctions led to a collapse in trade.';
    assert.deepEqual(claimFindings(text), [['Sanctions led to a collapse in trade', 0, 36, message('a causal link')]]);
  });

  test('a superlative that measures, and a graded one with a scope', () => {
    assert.deepEqual(claimFindings('Norway is the largest donor to the fund.'), [
      ['Norway is the largest donor to the fund', 0, 39, message('a comparison')],
    ]);
    assert.deepEqual(features('This is the worst recession since the 1930s.'), [['comparison', 'standard', 'the worst']]);
    assert.equal(classify('This is the worst recession since the 1930s.').claim, true);
  });

  test('a graded superlative without a scope is an opinion', () => {
    assert.deepEqual(features('This is the best way forward.'), []);
    assert.deepEqual(claimFindings('This is the best way forward.'), []);
    assert.equal(classify('Inflation is the quickest way to destroy jobs.').claim, false);
  });

  test('an absolute generalisation about the world', () => {
    assert.deepEqual(claimFindings('Sanctions never work.'), [['Sanctions never work', 0, 20, message('an absolute generalisation')]]);
    assert.equal(classify('Sanctions never work.').claim, true);
  });

  test('"never" about the speaker or about what is possible is no generalisation', () => {
    for (const text of ['I never said that.', 'We can never repay that debt.', 'Nobody can predict the outcome.']) {
      assert.deepEqual(claimFindings(text), [], text);
      assert.equal(classify(text).claim, false, text);
    }
  });

  test('a forecast with a figure is flagged; a bare forecast only at strict, and it is no claim', () => {
    assert.deepEqual(claimFindings('The deficit will reach 5% of GDP next year.'), [
      ['The deficit will reach 5% of GDP next year', 0, 42, message('a forecast, a figure')],
    ]);
    const bare = 'The talks will resume next week.';
    assert.deepEqual(claimFindings(bare), []);
    assert.deepEqual(claimFindings(bare, 'strict'), [['The talks will resume next week', 0, 31, message('a forecast')]]);
    assert.equal(classify(bare).claim, false);
  });

  test('what follows a forecast across commas is forecast too; a new clause after "and" or a semicolon is not', () => {
    assert.deepEqual(features('The regulator will audit every council, starting with those that have the highest arrears.'), [
      ['prediction', 'strict', 'will'],
    ]);
    assert.deepEqual(features('The new depot will open in March, and waiting times have already doubled.'), [
      ['prediction', 'strict', 'will'],
      ['trend', 'standard', 'doubled'],
    ]);
    assert.deepEqual(
      features('The regulator will audit every council; arrears have doubled.').map((f) => f[0]),
      ['prediction', 'trend'],
    );
  });

  test('a past action is a claim for classify but never a finding', () => {
    const text = 'The committee rejected the amendment by a narrow margin.';
    assert.deepEqual(features(text), [['event', '-', 'rejected']]);
    assert.equal(classify(text).claim, true);
    assert.deepEqual(claimFindings(text, 'strict'), []);
  });

  test('an "-ly" noun after a determiner is the subject of a past act; an "-ly" adverb is still passed over', () => {
    // "assembly" is not in the lexicon: its ending alone made it an adverb, and the act lost its subject.
    assert.deepEqual(features('The assembly ratified the treaty in 2021.'), [
      ['event', '-', 'ratified'],
      ['dated-fact', 'strict', '2021'],
    ]);
    assert.equal(classify('The assembly ratified the treaty in 2021.').claim, true);
    assert.deepEqual(features('Exports are sharply up this year.'), [['trend', 'standard', 'up']]);
    assert.deepEqual(
      features('Exports are sharply higher than forecast.').map(([kind]) => kind),
      ['comparison'],
    );
  });

  test('a count without a statistic noun is a claim, flagged only at strict', () => {
    const text = 'The agency employs 4,300 staff across 14 offices.';
    assert.deepEqual(features(text), [
      ['figure', 'strict', '4,300'],
      ['figure', 'strict', '14'],
    ]);
    assert.equal(classify(text).claim, true);
    assert.deepEqual(claimFindings(text), []);
    assert.deepEqual(claimFindings(text, 'strict'), [['The agency employs 4,300 staff across 14 offices', 0, 48, message('a figure')]]);
  });

  test('"the two leaders" refers back: no figure, only the past action', () => {
    const text = 'The two leaders signed the agreement in Vladivostok.';
    assert.deepEqual(features(text), [['event', '-', 'signed']]);
    assert.deepEqual(claimFindings(text, 'strict'), []);
    assert.equal(classify(text).claim, true);
  });

  test('"about 1,700 km" is a distance: a claim, but no finding at the standard strictness', () => {
    const text = 'Chita lies about 1,700 kilometres from Vladivostok.';
    assert.deepEqual(features(text), [['figure', 'strict', '1,700']]);
    assert.deepEqual(claimFindings(text), []);
    assert.equal(classify(text).claim, true);
  });

  test('a hedged claim is still a claim; the hedge rule speaks, not unsupported-claim', () => {
    const text = 'The sanctions may have slowed deliveries of components.';
    assert.equal(classify(text).claim, true);
    assert.deepEqual(
      analyze(text).map((f) => [f.rule, f.text]),
      [['hedge', 'may']],
    );
  });

  test('evidence silences the finding, not the claim', () => {
    const text = 'According to the ONS, unemployment rose to 7.4% in 2023.';
    assert.deepEqual(claimFindings(text), []);
    assert.equal(classify(text).claim, true);
  });
});

describe('what is not a claim', () => {
  test('greetings and thanks', () => {
    assert.deepEqual(features('Good morning, and welcome to this briefing.'), [['stance', '-', 'Good morning']]);
    for (const text of ['Good morning, and welcome to this briefing.', 'Thank you for the opportunity to respond to this consultation.']) {
      assert.deepEqual(analyze(text, { settings: { claimStrictness: 'strict' } }), [], text);
      assert.equal(classify(text).claim, false, text);
    }
  });

  test('procedure: references, deadlines and times are not figures', () => {
    for (const text of [
      'Section 3 sets out our recommendations.',
      'Applicants can request a review within 28 days of the decision.',
      'Member States may submit comments by 30 June.',
    ]) {
      assert.deepEqual(analyze(text, { settings: { claimStrictness: 'strict' } }), [], text);
      assert.equal(classify(text).claim, false, text);
    }
  });

  test('the minutes of a meeting are housekeeping, not a record to check', () => {
    assert.deepEqual(features('The minutes of the previous meeting were approved.'), []);
    assert.equal(classify('The minutes of the previous meeting were approved.').claim, false);
  });

  test('questions', () => {
    const text = 'Did unemployment rise in 2023?';
    assert.deepEqual(claimFindings(text, 'strict'), []);
    assert.equal(classify(text).claim, false);
  });

  test('opinions marked as such, unless they carry a figure', () => {
    assert.deepEqual(features('I think the reform is a mistake.'), [['stance', '-', 'I think']]);
    assert.equal(classify('I think the reform is a mistake.').claim, false);
    assert.equal(classify('I am concerned about the pace of the talks.').claim, false);
    assert.equal(classify('I believe there are 1.4 million children without health insurance.').claim, true);
  });

  test("a rule's scope and a permission given to the reader set policy, whatever figure they carry", () => {
    assert.equal(claimFindings('It applies to all grants of £10,000 or more awarded from 1 April 2026.').length, 0);
    assert.equal(claimFindings('You may also spend up to 5% of your grant on monitoring without asking us first.').length, 0);
  });

  test('a rule that exempts or entitles sets policy; it is no claim', () => {
    assert.equal(claimFindings('Consignments worth less than €500 are exempt.').length, 0);
    assert.equal(claimFindings('Households earning under £20,000 are eligible for the full grant.').length, 0);
    assert.equal(claimFindings('Consignments worth less than €500 rose by 20% in 2024.').length, 1);
  });

  test('"I am therefore recommending that …", "we are also urging …" recommend, whatever figures the proposal sets', () => {
    assert.equal(
      claimFindings('I am therefore recommending that the 1-year investment tax credit of 12 percent be extended an additional 2 years.')
        .length,
      0,
    );
    assert.equal(claimFindings('We therefore recommend that the levy rise to 12 percent in 2027.').length, 0);
    assert.equal(claimFindings('The levy rose to 12 percent in 2024.').length, 1);
  });

  test('an instruction after the purpose it serves is no claim; a purpose followed by an act still is', () => {
    assert.equal(claimFindings('To improve this, first order the data by increasing y values, leading to a faster sort.').length, 0);
    assert.equal(claimFindings('To improve this, simply sort the data, which leads to a faster search.').length, 0);
    assert.equal(claimFindings('To cut costs, many councils closed libraries, which led to a fall in literacy.').length, 1);
  });

  test('an instruction after a condition or an emphasis that opens the sentence is no claim; an act after one still is', () => {
    assert.equal(claimFindings('Whatever changes you need, always try not to cut the budget by more than 10%.').length, 0);
    assert.equal(claimFindings('Most notably, make sure that at least 40% of the sample is rural.').length, 0);
    assert.equal(claimFindings('When the levy was introduced, sales fell by 20%.').length, 1);
  });

  test('an instruction after a joining word and an opening clause, or a verb the lexicon files as a noun before an object pronoun, is no claim', () => {
    assert.equal(claimFindings('So when a colleague knows the data better than you do, ask them to check the model.').length, 0);
    assert.equal(claimFindings('And if the rate rises by 2%, publish the revised figures at once.').length, 0);
    assert.equal(claimFindings('Spread the reviews so evenly that no team carries more than its share.').length, 0);
    // a subject before the pronoun: the reform did something, a claim
    assert.equal(claimFindings('The reform made them richer than before.').length, 1);
    assert.equal(claimFindings('So when the levy was introduced, sales fell by 20%.').length, 1);
    assert.equal(
      claimFindings('When a feature is used only by staff (not by the public), and it works poorly, feel free to replace it.').length,
      0,
    );
  });

  test('advice with "had better" is no claim; "had better" before a noun is a comparison', () => {
    assert.equal(claimFindings('Departments had better publish their data before the audit starts.').length, 0);
    assert.equal(claimFindings('Exporters had better prospects than importers in 2019.').length, 1);
  });

  test('a term in quotation marks defined by what it is is no claim; the same term growing is one', () => {
    assert.equal(
      claimFindings('In this policy, a “custodian” is anyone who is responsible for a dataset and is named in the register.').length,
      0,
    );
    assert.equal(claimFindings('The “gig economy” is growing faster than any other part of the labour market.').length, 1);
    assert.equal(claimFindings('A “sandbox” is a regime that lets firms test products, and it has cut costs by 40%.').length, 1);
  });

  test('thanks to named people for their help is a courtesy; thanks to a cause before a main clause is a causal claim', () => {
    assert.equal(claimFindings('Thanks to Ann Lee, Raj Patel and Tom Wu for their comments on early drafts of this brief.').length, 0);
    assert.equal(claimFindings('Thanks to lower fees, Brazil, Chile and Peru saw deposits triple.').length, 1);
    assert.equal(claimFindings('Thanks to Germany, prices fell by a third.').length, 1);
  });

  test('a comparison with how a thing looks or sounds measures nothing', () => {
    assert.equal(claimFindings('Reconciling the two registers is harder than it looks.').length, 0);
    assert.equal(claimFindings('Reconciling the two registers is harder than it was in 2019.').length, 1);
  });

  test('how the writer regards a course of action is her stance; a reason with a figure after it is still a claim', () => {
    assert.equal(claimFindings('We view legal action as a last resort, to be taken only when mediation has failed.').length, 0);
    assert.equal(claimFindings('We regard the levy as a failure because revenue fell by 40%.').length, 1);
  });

  test('a practice the rules deprecate, discourage or forbid is a rule, not a claim', () => {
    assert.equal(claimFindings('Reporting more than 10 bugs for the same problem is a deprecated practice.').length, 0);
    assert.equal(claimFindings('Reporting more than 10 bugs for the same problem rose by 40% in 2023.').length, 1);
    assert.equal(
      claimFindings('It is essential not only that the budget be balanced but that the debt, now $252 billion, be reduced.').length,
      0,
    );
  });

  test('a course called necessary is a recommendation, with an adverb or a phrase between', () => {
    assert.equal(claimFindings('It is now necessary to authorize an annual appropriation of $5,000,000.').length, 0);
    assert.equal(
      claimFindings('It is necessary, in accordance with plans already sanctioned, to authorize an annual appropriation of $5,000,000.')
        .length,
      0,
    );
    assert.equal(claimFindings('It is necessary for growth that rates fall by 2%.').length, 1);
  });

  test("a step of the writer's derivation in TeX math is no claim", () => {
    assert.equal(claimFindings('This leads to $c + t_x/2$ correct selections out of $c + d + t_x$ choices.').length, 0);
    assert.equal(claimFindings('This leads to 40 per cent more correct selections than in 2019.').length, 1);
  });

  test('the document pointing to its own tables, figures and sections describes itself', () => {
    const stance = (text: string) => writerStance(new SentenceContext(text));
    assert.equal(stance('Before going on, the variables considered are presented in Table 3.'), 'document');
    assert.equal(stance('The results are summarised below.'), 'document');
    assert.equal(stance('The variables were presented in a new way in 1973.'), undefined);
    assert.equal(stance('The variables were presented in table form to ministers.'), undefined);
  });

  test("the writer's side's goal or task, named, sets its figure; someone else's past aim does not", () => {
    assert.equal(claimFindings('Our goal, our objective is to raise it to ninety or one hundred billion dollars.').length, 0);
    assert.equal(claimFindings('The first of these jobs is to cut waiting lists by 20% by 2027.').length, 0);
    assert.equal(claimFindings('The goal of the 2015 reform was to cut waiting times by 20%, and it failed.').length, 1);
    assert.equal(claimFindings('Our aim was to cut prices by 5%, which rose by 3%.').length, 1);
  });

  test('what no one proposes, set apart from the proposal, is no finding; what no one expected still is', () => {
    assert.equal(claimFindings('No reasonable person seeks a complete uniformity in wages in every part of the country.').length, 0);
    assert.equal(claimFindings('No one is suggesting that we abolish the national health service.').length, 0);
    assert.equal(claimFindings('No one expected inflation to reach 10% in 2022.').length, 1);
  });

  test('"the answer is to …" recommends; a participle in a "with" phrase is a state, not an act', () => {
    assert.equal(claimFindings('The answer is to pair a faster rise with a bridging pension, paid from 65.').length, 0);
    assert.equal(classify('The Council could set up a joint fund, with purchases coordinated through the existing platform.').claim, false);
  });

  test("the writer's own study named with its year or title is her own result; a partner's is not", () => {
    assert.equal(claimFindings('In our 2026 Household Finance Survey, 81 per cent of adults reported having an account.').length, 0);
    assert.equal(claimFindings('Our post-disaster needs assessment found that the cyclone damaged 46 per cent of homes.').length, 0);
    assert.equal(claimFindings("Our partner's 2026 survey found that 81 per cent of adults have an account.").length, 1);
  });

  test("the writer's organisation's own grants and help, reported first-hand, are no claim", () => {
    assert.equal(claimFindings('Since 2019 we have committed £48 million to 212 organisations.').length, 0);
    assert.equal(claimFindings('This year we have provided 46 million euros in humanitarian assistance.').length, 0);
    assert.equal(claimFindings('Since 2019 the fund has committed £48 million to 212 organisations.').length, 1);
  });

  test("the writer's own review or research, named as such, is her own result", () => {
    assert.equal(
      claimFindings('Our own review of the exercise schedules found that fewer than one in five took place in winter.').length,
      0,
    );
    assert.equal(claimFindings('A review of the exercise schedules found that fewer than one in five took place in winter.').length, 1);
  });

  test('"it is never too late" is an exhortation, no generalisation', () => {
    assert.equal(classify('For every adult who left school early: it is never too late.').claim, false);
    assert.equal(classify('Councils have never met the target.').claim, true);
  });

  test('"none of this" points back at what was said, no generalisation; "none of the regions" is one', () => {
    assert.equal(classify('None of this means wage growth can be ignored.').claim, false);
    assert.equal(classify('None of these options is as satisfying as a ban.').claim, false);
    assert.equal(classify('None of the regions met the target.').claim, true);
  });

  test('a claim resting only on a frequency adverb counts from the strict setting; a share or a ranking at the standard one', () => {
    assert.equal(claimFindings('Rural clinics often lack a full-time pharmacist.').length, 0);
    assert.deepEqual(
      claimFindings('Rural clinics often lack a full-time pharmacist.', 'strict').map((f) => f[0]),
      ['Rural clinics often lack a full-time pharmacist'],
    );
    assert.equal(classify('Rural clinics often lack a full-time pharmacist.').claim, true);
    assert.equal(claimFindings('The majority of rural clinics lack a full-time pharmacist.').length, 1);
    assert.equal(claimFindings('Back pain is the most common reason for sick leave in the sector.').length, 1);
    assert.equal(claimFindings('Rural clinics often lack a pharmacist, and closures rose by 12% in 2024.').length, 1);
  });

  test('how useful something usually is: advice, whatever frequency word it holds; how common something is stays a claim', () => {
    assert.equal(classify('The assumptions log is usually the most useful of the four.').claim, false);
    assert.equal(classify('Peer reviews are most useful when they happen early and often.').claim, false);
    assert.equal(classify('Small councils often lack data staff.').claim, true);
  });

  test('promises and obligations of the speaker', () => {
    assert.deepEqual(features('We will cut taxes for every family.'), [['stance', '-', 'We will']]);
    for (const text of [
      "We'll cut taxes for every family.",
      "We've got to cut the deficit before it grows.",
      'We must cut emissions by half.',
    ]) {
      assert.deepEqual(claimFindings(text), [], text);
      assert.equal(classify(text).claim, false, text);
    }
  });

  test("a promise that names a figure is checkable later, but it is the writer's plan: no finding (the guide: plans are not flagged)", () => {
    const text = 'We will cut taxes by 10% for every family.';
    assert.equal(classify(text).claim, true);
    assert.deepEqual(claimFindings(text), []);
    assert.deepEqual(claimFindings('First, we will build or preserve 12,000 homes by 2032.'), []);
    // what the speaker's side did, with its figure, is its own act told first-hand (the guide; in our labelled speeches and
    // statements, "we cut the permit time from fourteen months to five" is left alone); what its economy did is a claim
    assert.deepEqual(claimFindings('We cut taxes by 10% for every family last year.'), []);
    assert.deepEqual(claimFindings('Our economy grew by 3% last year.'), [
      ['Our economy grew by 3% last year', 0, 32, message('a trend, a figure')],
    ]);
  });
});

test('coherence: every finding up to the standard strictness sits on a classify claim', () => {
  const sentences = [
    'Unemployment rose to 7.4% in 2023.',
    'Sanctions never work.',
    'Norway is the largest donor to the fund.',
    'We will cut taxes by 10% for every family.',
    'I believe there are 1.4 million children without health insurance.',
    'The deficit will reach 5% of GDP next year.',
    'We must cut emissions by half.',
    "We've got to cut the deficit before it grows.",
    'I never said that.',
    'Exports are up by 4% this year.',
    'Coal jobs are not up.',
  ];
  let flagged = 0;
  for (const text of sentences) {
    if (claimFindings(text).length === 0) continue;
    flagged++;
    assert.equal(classify(text).claim, true, text);
  }
  assert.equal(flagged, 6);
});

describe('context decisions: whose act, which rank, how many facts', () => {
  test("a pronoun's past act with nothing named, dated or counted is a story, not a record", () => {
    for (const text of [
      'They talked about it for hours at the conference.',
      'He went to the regional office and spoke to the staff.',
      'She said it would be over within a few weeks of the vote.',
      'They went to the plant when I was there last spring.',
    ]) {
      assert.deepEqual(features(text), [], text);
      assert.equal(classify(text).claim, false, text);
    }
  });

  test('the same act is a record when the sentence names a place or an act of office', () => {
    assert.deepEqual(features('He went to Brussels and spoke to the commissioner.'), [['event', '-', 'went']]);
    assert.equal(classify('He went to Brussels and spoke to the commissioner.').claim, true);
    assert.deepEqual(features('They vetoed the bill without a debate.'), [['event', '-', 'vetoed']]);
    assert.equal(classify('They vetoed the bill without a debate.').claim, true);
    // an impersonal "it" is no pronoun pointing back at an actor
    assert.deepEqual(features('It has been suggested that the agency lacks the staff to enforce the rules.'), [
      ['event', '-', 'suggested'],
    ]);
  });

  test('the listener\'s act of office is a record ("you voted against"); other acts of "you" are not', () => {
    assert.deepEqual(features('You voted against the budget in committee last spring.'), [['event', '-', 'voted']]);
    assert.equal(classify('You voted against the budget in committee last spring.').claim, true);
    assert.deepEqual(features('You went to the meeting and listened for hours.'), []);
    // also when the lexicon lists the participle only as an adjective ("proposed")
    assert.deepEqual(features('I proposed the amendment in the finance committee.'), [['event', '-', 'proposed']]);
    assert.deepEqual(features('I traveled to the regional office and listened for hours.'), []);
  });

  test('who did something first is a record; the first step to take is advice', () => {
    const text = 'The agency was the first regulator to publish its full audit.';
    assert.deepEqual(features(text), [['comparison', 'standard', 'the first']]);
    assert.deepEqual(claimFindings(text), [
      ['The agency was the first regulator to publish its full audit', 0, 60, message('a comparison')],
    ]);
    assert.deepEqual(features('The first thing to do is to publish the audit.'), []);
    assert.equal(classify('The first thing to do is to publish the audit.').claim, false);
  });

  test('a rank without "the": "ranks third among"', () => {
    const text = 'The region now ranks third among member states in recycling.';
    assert.deepEqual(features(text), [['comparison', 'standard', 'third among']]);
    assert.equal(classify(text).claim, true);
  });

  test('"than" may close a comparison several words after "higher"', () => {
    const text = 'Denmark spends a higher share of its national income on training than any other member state.';
    assert.deepEqual(features(text), [['comparison', 'standard', 'higher']]);
    assert.equal(classify('Denmark is the greatest country on earth.').claim, false);
  });

  test('an absolute about the world counts; the speaker\'s habits and "nobody knows" do not', () => {
    assert.deepEqual(features('Regulators miss these breaches all the time.'), [['absolute', 'lenient', 'all the time']]);
    assert.deepEqual(claimFindings('Regulators miss these breaches all the time.'), [
      ['Regulators miss these breaches all the time', 0, 43, message('an absolute generalisation')],
    ]);
    assert.deepEqual(features('Nobody had access to the audit files.'), [['absolute', 'lenient', 'Nobody']]);
    for (const text of [
      'We meet the regulators all the time.',
      'Nobody knows how many firms comply.',
      'No one wants the consultation to drag on.',
    ]) {
      assert.deepEqual(features(text), [], text);
      assert.equal(classify(text).claim, false, text);
    }
  });

  test('a change under way: "has begun to rise", "more and more", "sharply up this year", "an all time low"', () => {
    assert.deepEqual(features('Rural bus services continue to decline in most regions.'), [['trend', 'standard', 'decline']]);
    assert.deepEqual(features('More and more firms are moving their plants abroad.'), [['trend', 'standard', 'More and more']]);
    assert.deepEqual(features('Grain shipments are sharply up this year.'), [['trend', 'standard', 'up']]);
    assert.deepEqual(features('Business confidence is at an all time low.'), [['comparison', 'standard', 'all time low']]);
    assert.deepEqual(claimFindings('Hospital admissions have begun to rise again.'), [
      ['Hospital admissions have begun to rise again', 0, 44, message('a trend')],
    ]);
    // a gerund after a preposition of aim or means names an activity: "a plan for growing the economy"
    assert.deepEqual(features('The strategy is based on growing the economy in the north.'), []);
    assert.deepEqual(claimFindings('The council balanced its books by cutting the arts budget.', 'strict'), []);
    // a goal stays a goal, also with a verb of phase
    assert.deepEqual(features('Member States should continue to reduce emissions.'), []);
    assert.equal(classify('Member States should continue to reduce emissions.').claim, false);
  });

  test('idioms that look like figures, trends or comparisons', () => {
    for (const text of [
      'Number three on the list is a public register.',
      'Many nurses now rent in the towns they grew up in.',
      'Decisions on school transport are up to the municipalities.',
      'Ministers are more than willing to meet the unions.',
      'Your two minutes are up, Minister.',
    ]) {
      // "Many nurses" opening the clause is a generalisation shown under strict only (see below); the idiom "grew up" is no trend
      assert.deepEqual(
        features(text).filter(([kind, level]) => !(kind === 'prevalence' && level === 'strict')),
        [],
        text,
      );
      assert.equal(classify(text).claim, false, text);
    }
    assert.deepEqual(features('Registrations are up to 4,000 a month.'), [['trend', 'standard', 'up']]);
    // a year written with an apostrophe is a date, not a count
    assert.deepEqual(features("The plant opened in '98 with a loan from the region."), [
      ['event', '-', 'opened'],
      ['dated-fact', 'strict', '98'],
    ]);
  });

  test('participles that are states, labels or futures are no past acts', () => {
    for (const text of [
      'The union is strongly opposed to the new levy on small farms.',
      'The scheme is run by a charity named Open Roads.',
      'Inspections will have continued for a decade by then.',
      "The levy is fair, and it's collected by the councils themselves.",
    ]) {
      assert.deepEqual(
        features(text).filter(([kind]) => kind === 'event'),
        [],
        text,
      );
      assert.equal(classify(text).claim, false, text);
    }
    // a relative "that" or a floating "both" still stands before a verb
    assert.deepEqual(features('The president named a new envoy to the region last week.'), [['event', '-', 'named']]);
    assert.deepEqual(features('The regulator issued a notice that warned the banks about the risk.'), [['event', '-', 'issued']]);
    assert.deepEqual(features('The two agencies have both moved their offices to the capital.'), [['event', '-', 'moved']]);
    // a past form after a determiner and an adjective is a noun: "a fair shot"
    assert.deepEqual(features('Every young person deserves a fair shot at a decent job in the region.'), []);
    assert.equal(classify('Every young person deserves a fair shot at a decent job in the region.').claim, false);
    // a participle that describes the object of a verb of wanting or seeing is no act
    for (const text of [
      'Unions want the new pay scale ratified before the summer.',
      'Residents would like to see the planning rules enforced.',
    ]) {
      assert.deepEqual(
        features(text).filter(([kind]) => kind === 'event'),
        [],
        text,
      );
    }
    assert.deepEqual(features('The council ratified the new pay scale before the summer.'), [['event', '-', 'ratified']]);
    // a negation or a degree word between the auxiliary and the participle changes neither reading
    assert.deepEqual(features('The guidance is not needed for small firms in the region.'), []);
    assert.deepEqual(features('The grant was not renewed by the ministry last year.'), [['event', '-', 'renewed']]);
    // "'s" after a person can be "has": "the minister's resigned"
    assert.deepEqual(features("The minister's resigned over the contract with the supplier."), [['event', '-', 'resigned']]);
  });

  test('"linked to" states a causal link', () => {
    assert.deepEqual(features('The rise in admissions is linked to the heatwave.'), [
      ['trend', 'standard', 'rise'],
      ['causal', 'standard', 'linked to'],
    ]);
  });

  test('a fact supposed in an "if" or "unless" clause is not stated; the main clause still is', () => {
    for (const text of [
      'If unemployment rose to 9%, the fund would run dry.',
      'It would be helpful if the guidance included worked examples.',
    ]) {
      assert.deepEqual(features(text), [], text);
      assert.equal(classify(text).claim, false, text);
      assert.deepEqual(claimFindings(text, 'strict'), [], text);
    }
    assert.deepEqual(features('Unemployment rose to 9% in the region, if the survey is right.'), [
      ['trend', 'standard', 'rose'],
      ['figure', 'lenient', '9%'],
    ]);
    // a comma that groups digits does not close the condition
    assert.deepEqual(features('If 50,000 workers lose their jobs because of the closure, the town will suffer.'), [
      ['prediction', 'strict', 'will'],
    ]);
    // "ask if" asks whether: no condition
    assert.deepEqual(features('Ministers asked if the agency had published its accounts.'), [['event', '-', 'asked']]);
  });

  test('a comparison may open the sentence; a drop is a trend', () => {
    assert.deepEqual(features('More households rent than own in the capital.'), [['comparison', 'standard', 'More']]);
    assert.deepEqual(features('Last year saw a drop in applications.'), [['trend', 'standard', 'a drop in']]);
  });

  test('what follows a forecast in its clause is forecast too, unless it is a measured figure', () => {
    for (const text of ['The new plant will be the largest in the region.', 'The agency will hire 40 inspectors next spring.']) {
      assert.deepEqual(features(text), [['prediction', 'strict', 'will']], text);
      assert.equal(classify(text).claim, false, text);
      assert.deepEqual(claimFindings(text), [], text);
    }
    assert.equal(classify('The reform will cost 2 billion euros.').claim, true);
    // a past act before the forecast's clause is still a record
    assert.deepEqual(features('The regulator fined the bank last year, and the agency will hire 40 inspectors.'), [
      ['event', '-', 'fined'],
      ['prediction', 'strict', 'will'],
    ]);
    assert.equal(classify('The regulator fined the bank last year, and the agency will hire 40 inspectors.').claim, true);
  });

  test('a sum spelled out in words is measured like one written with a currency sign', () => {
    assert.deepEqual(features('The programme cost four billion dollars.'), [['figure', 'lenient', 'four billion']]);
    assert.deepEqual(features('The programme cost $4 billion.'), [['figure', 'lenient', '$4 billion']]);
  });

  test('a forecast with "never" is no generalisation: "they\'ll never", "never going to"', () => {
    for (const text of ["The lenders'll never accept a longer moratorium.", 'The scheme is never going to cover its costs.']) {
      assert.deepEqual(features(text), [], text);
      assert.deepEqual(claimFindings(text, 'strict'), [], text);
    }
    assert.deepEqual(features('The scheme has never covered its costs.'), [
      ['absolute', 'lenient', 'never'],
      ['event', '-', 'covered'],
    ]);
  });

  test('a limited or counterfactual absolute is no generalisation: "not always", "almost never", "should have never"', () => {
    for (const text of [
      'Appeals are not always heard within the statutory period.',
      'Inspectors almost never visit the smaller sites.',
      'The levy should have never been applied to charities.',
    ]) {
      assert.deepEqual(features(text), [], text);
      assert.deepEqual(claimFindings(text, 'strict'), [], text);
    }
    assert.deepEqual(features('Inspectors never visit the smaller sites.'), [['absolute', 'lenient', 'never']]);
    // nor is a past act behind a modal perfect
    assert.deepEqual(features('The levy would not have been applied to charities.'), []);
    assert.deepEqual(features('The minister should have turned up in the chamber and voted for it.'), []);
    assert.deepEqual(features('The levy has been applied to charities since the spring.'), [['event', '-', 'applied']]);
  });

  test('"the most" as effort ranks nothing; before an adjective it grades unless a scope follows', () => {
    for (const text of [
      'The fund should help the councils that do the most.',
      'Small charities make the most of their limited budgets.',
      'Support goes first to the most vulnerable in our communities.',
    ]) {
      assert.deepEqual(features(text), [], text);
      assert.equal(classify(text).claim, false, text);
      assert.deepEqual(claimFindings(text, 'strict'), [], text);
    }
    assert.deepEqual(features('Norway gives the most aid per head.'), [['comparison', 'standard', 'the most']]);
    assert.deepEqual(features('The region has the most vulnerable households in Europe.'), [['comparison', 'standard', 'the most']]);
    assert.deepEqual(features('Texas received the most of any state.'), [
      ['event', '-', 'received'],
      ['comparison', 'standard', 'the most'],
    ]);
  });

  test('a verb of saying that opens a direct quotation reports words, not an act; reported speech stays a record', () => {
    for (const text of [
      "The minister said: 'We will appeal the ruling.'",
      'A tenant in Leeds told me, "I have lost my deposit twice."',
      'Then the inspector said, "I am not signing this report."',
    ]) {
      assert.deepEqual(
        features(text).filter(([kind]) => kind === 'event'),
        [],
        text,
      );
      assert.equal(classify(text).claim, false, text);
    }
    assert.deepEqual(features('The minister said the ruling was wrong.'), [['event', '-', 'said']]);
    assert.equal(classify('The minister said the ruling was wrong.').claim, true);
  });

  test('participles of relation and labels ("based on", "the staff involved", "a scheme called") are no past acts; the acts they can name still are', () => {
    for (const text of [
      'The new formula was based on a pilot in the north.',
      'The staff involved in the pilot were volunteers.',
      'The council runs a scheme called Fair Start.',
    ]) {
      assert.deepEqual(
        features(text).filter(([kind]) => kind === 'event'),
        [],
        text,
      );
      assert.equal(classify(text).claim, false, text);
    }
    assert.deepEqual(features('The council called a public meeting on the closures.'), [['event', '-', 'called']]);
    // a feeling is a state, unless it has an object
    assert.deepEqual(features('The minister was deeply disappointed by the outcome of the talks.'), []);
    assert.deepEqual(features('The ruling surprised the markets in the spring.'), [['event', '-', 'surprised']]);
    // "needed", like "wanted", reports no act
    assert.deepEqual(features('The reform did not do what it needed to do.'), []);
    assert.deepEqual(features('The union called for a strike in the ports.'), [['event', '-', 'called']]);
  });

  test('a promise reported after "said" is someone\'s recorded words, not the speaker\'s own stance', () => {
    const reported = 'The chancellor said we would cut the levy before the election.';
    assert.deepEqual(features(reported), [
      ['event', '-', 'said'],
      ['stance', '-', 'we would'],
    ]);
    assert.equal(classify(reported).claim, true);
    // the editor still leaves the reported promise alone, as it leaves the speaker's own
    assert.deepEqual(claimFindings('The governor said we will see inflation fall sharply next year.', 'strict'), []);
    assert.equal(classify('The governor said we will see inflation fall sharply next year.').claim, true);
    assert.deepEqual(features('We would cut the levy before the election.'), [['stance', '-', 'We would']]);
    assert.equal(classify('We would cut the levy before the election.').claim, false);
    // the speaker's own view before the report still frames it
    assert.equal(classify('I think the chancellor said so in her speech.').claim, false);
  });

  test('someone else\'s stated aim ("the Commission plans to") is a position on the record: a claim for classify, never a finding', () => {
    const text = 'The Commission plans to publish the guidance in the spring.';
    assert.deepEqual(features(text), [['position', '-', 'plans to']]);
    assert.equal(classify(text).claim, true);
    assert.deepEqual(claimFindings(text, 'strict'), []);
    for (const other of [
      'We want to extend the scheme to small farms.',
      'It wants to be a fair system for everyone.',
      'If the council wants to expand, it must consult first.',
    ]) {
      assert.deepEqual(
        features(other).filter(([kind]) => kind === 'position'),
        [],
        other,
      );
      assert.equal(classify(other).claim, false, other);
    }
  });

  test('a quarter is a fraction: "one-quarter of", "a quarter of"', () => {
    assert.deepEqual(features('Small firms employ one-quarter of all workers in the region.'), [['figure', 'lenient', 'one-quarter']]);
    assert.equal(classify('Small firms employ one-quarter of all workers in the region.').claim, true);
    assert.deepEqual(features('A quarter of households rent their homes.'), [['figure', 'lenient', 'quarter']]);
  });

  test('a double hyphen is a dash: it closes a condition like a comma', () => {
    const text = 'If the review goes ahead -- and it may not -- households will pay 12% more for water.';
    assert.deepEqual(features(text), [
      ['prediction', 'strict', 'will'],
      ['figure', 'lenient', '12%'],
    ]);
    assert.equal(classify(text).claim, true);
    assert.deepEqual(features('If households pay 12% more, the fund breaks even.'), []);
  });

  test("under the speaker's stance, several kinds of fact together still make a claim; one does not", () => {
    const several = 'I think the ministry cut the grant by half after the review was published.';
    assert.deepEqual(features(several), [
      ['stance', '-', 'I think'],
      ['trend', 'standard', 'cut'],
      ['figure', 'strict', 'half'],
      ['event', '-', 'published'],
    ]);
    assert.equal(classify(several).claim, true);
    assert.deepEqual(claimFindings(several), []); // the editor still leaves the speaker's view alone
    assert.equal(classify('I believe the programme has been cut.').claim, false);
  });
});

describe("the writer's own stance and the scope of evidence (annotation guide)", () => {
  const flagged = (text: string, languageId: 'plaintext' | 'markdown' = 'markdown') =>
    analyze(text, { languageId })
      .filter((f) => f.rule === 'unsupported-claim')
      .map((f) => f.text);

  test('an instruction opening with its verb is no claim; a noun subject that looks like a verb still makes one', () => {
    assert.deepEqual(flagged('Never share a password with a contractor.'), []);
    assert.deepEqual(flagged('Never open a repository to the public before review.'), []);
    assert.deepEqual(flagged('Publish the code under an open licence before the contract ends.'), []);
    assert.deepEqual(flagged('Support for the scheme has grown since the pilot ended.'), [
      'Support for the scheme has grown since the pilot ended',
    ]);
  });

  test("the document describing itself, and the writer's own methods and results, are no claims", () => {
    assert.deepEqual(flagged('Figure 3 shows that arrears rose in every region.'), []);
    assert.deepEqual(flagged('This brief sets out why the levy has failed to raise revenue.'), []);
    assert.deepEqual(flagged('In our model, output falls by 0.4% in the first year.'), []);
    assert.deepEqual(flagged('Arrears rose in every region.'), ['Arrears rose in every region']);
  });

  test('a result under a hypothetical "would" is a projection; a fact stated before its clause is still a claim', () => {
    assert.deepEqual(flagged('Closing the depot would lengthen response times in the valleys.'), []);
    assert.deepEqual(flagged('Energy prices doubled, so a rebate would help families this winter.'), [
      'Energy prices doubled, so a rebate would help families this winter',
    ]);
    assert.deepEqual(flagged('The reform would have doubled the number of apprentices.'), [
      'The reform would have doubled the number of apprentices',
    ]);
  });

  test('a topic sentence shares the evidence of the cited sentence right after it; a later sentence does not', () => {
    const paragraph =
      'Bus use in small towns has fallen sharply. Weekday boardings dropped by a third between 2015 and 2023 [@dft2024]. Fares have also risen.';
    assert.deepEqual(flagged(paragraph), ['Fares have also risen']);
  });

  test('the sentence right after one that names its source goes on reporting it; the one after that does not', () => {
    const paragraph =
      'According to the Resolution Foundation, younger households hold less wealth than their parents did. Their rate of home ownership has fallen since 1990. Pension saving has also declined.';
    assert.deepEqual(flagged(paragraph), ['Pension saving has also declined']);
  });

  test('a citation closing the paragraph supports every sentence of it', () => {
    assert.deepEqual(flagged('Bus use in small towns has fallen sharply. Fares have also risen [@dft2024].'), []);
  });

  test('in a document of its own analysis (a table of figures, "Table 1 shows", "we estimate"), a claim resting on a figure is the writer\'s result', () => {
    const own =
      'We estimate the cost of each option with the 2022 household survey.\n\nOption A costs £4.2 billion a year.\n\nWeekend closures led to longer waits in emergency departments.\n';
    assert.deepEqual(flagged(own), ['Weekend closures led to longer waits in emergency departments']);
    assert.deepEqual(flagged('Option A costs £4.2 billion a year.\n'), ['Option A costs £4.2 billion a year']);
    // The document as the subject of its method: "This report uses…", "This paper estimates…".
    assert.deepEqual(
      flagged('This report uses the 2022 household survey to cost each option.\n\nOption A costs £4.2 billion a year.\n'),
      [],
    );
    assert.deepEqual(flagged('This paper estimates the cost of each option.\n\nOption A costs £4.2 billion a year.\n'), []);
    // A single writer's estimate: a minister or president presenting a budget of her own ("I estimate receipts at …").
    const budget =
      'I estimate the total of new appropriations at 30,982 million dollars for the fiscal year.\n\nNet receipts will reach 31.5 billion dollars.\n';
    assert.deepEqual(flagged(budget), []);
    assert.deepEqual(flagged('Net receipts will reach 31.5 billion dollars.\n'), ['Net receipts will reach 31.5 billion dollars']);
    assert.deepEqual(flagged('This report recommends option B.\n\nOption A costs £4.2 billion a year.\n'), [
      'Option A costs £4.2 billion a year',
    ]);
  });

  test("in a document that speaks for a public body, the acts it tells are its record, and a change told in the passive with no agent is the body's own", () => {
    const story =
      'Russia vetoed the panel in March. China abstained from the vote in April. The Commission withdrew its proposal in May. Turkey closed the border in June. Brazil recalled its envoy in July. India joined the talks in August. Japan sent an observer in September. Kenya signed the accord in October.\n\nPeace and amnesty were promulgated in the islands on 4 July.\n';
    const acts = story.split(/\. |\.\n\n|\.\n/).filter(Boolean);
    assert.deepEqual(flagged(story), acts);
    // the same acts told by a government: its record of the year, not commentary on others (narrating.test.ts)
    assert.deepEqual(flagged(`This Government has worked with its neighbours all year.\n\n${story}`), []);
    // a change told so, with its figures; an agent named after "by" keeps it theirs
    const cut = 'Total spending was cut by 14 billion dollars below the amount planned.\n';
    assert.deepEqual(flagged(cut), ['Total spending was cut by 14 billion dollars below the amount planned']);
    assert.deepEqual(flagged(`This Government has kept its promises.\n\n${cut}`), []);
    assert.deepEqual(flagged('This Government has kept its promises.\n\nTotal spending was cut by the Senate by 14 billion dollars.\n'), [
      'Total spending was cut by the Senate by 14 billion dollars',
    ]);
  });

  test("a head of government's message to the legislature speaks for the government: the public books' figures are its own", () => {
    const coinage = 'The coinage of gold by the mints during the last fiscal year was $40,986,912.\n';
    assert.deepEqual(flagged(coinage), ['The coinage of gold by the mints during the last fiscal year was $40,986,912']);
    assert.deepEqual(flagged(`To the Senate and House of Representatives:\n\n${coinage}`), []);
    assert.deepEqual(flagged(`The most interesting events since my last annual message to Congress are financial.\n\n${coinage}`), []);
    const debt = 'The interest-bearing debt of the United States on the 1st day of December, 1897, was $847,365,620.\n';
    assert.deepEqual(flagged(`To the Senate and House of Representatives:\n\n${debt}`), []);
    // the economy's figures stay claims
    const wages = 'The wages earned in manufacturing were $1,221,170,454.\n';
    assert.deepEqual(flagged(`To the Senate and House of Representatives:\n\n${wages}`), [
      'The wages earned in manufacturing were $1,221,170,454',
    ]);
  });

  test('a document that keeps public accounts by fiscal year, and speaks as their holder, gives its own figures', () => {
    const accounts = [
      'Receipts for the fiscal year 2027 are put at 31.5 billion dollars, and expenditures at 35.8 billion dollars.',
      'Appropriations for defence fall to 12.1 billion dollars, and other appropriations rise to 9.4 billion dollars.',
      'The deficit for the fiscal year 2027 is 4.3 billion dollars, against a deficit of 28.6 billion dollars in the fiscal year 2026.',
      'Expenditures on veterans reach 4.2 billion dollars; receipts from customs reach 0.9 billion dollars.',
      'Outlays of the Government corporations add 1.1 billion dollars to expenditures, and authorizations reach 1.9 billion dollars.',
      'Receipts from excise taxes and receipts from estate taxes together reach 8.2 billion dollars, and the surplus of the trust funds 1.2 billion dollars.',
    ].join('\n\n');
    // Read by an analyst of the accounts, each figure wants its source; presented by their holder, they are his own.
    assert.deepEqual(
      flagged(accounts),
      accounts.split('\n\n').map((sentence) => sentence.slice(0, -1)),
    );
    assert.deepEqual(flagged(`In this Budget I am recommending new appropriations.\n\n${accounts}`), []);
    // the holder named by the reports of its own departments' heads, as a President's message names them
    assert.deepEqual(flagged(`The report of the Secretary of the Treasury shows the state of the finances.\n\n${accounts}`), []);
    // the prices and figures of others in such a document are not its accounts, and stay claims
    const prices = 'The average price of farm produce has fallen to about 80 per cent of the levels of 1928.';
    assert.deepEqual(flagged(`In this Budget I am recommending new appropriations.\n\n${accounts}\n\n${prices}`), [prices.slice(0, -1)]);
    // its agentless estimates of a figure are its own too; what is "widely expected" is not
    const passives = (text: string) =>
      analyze(text)
        .filter((f) => f.rule === 'passive-attribution')
        .map((f) => f.text);
    const estimates = 'Net receipts are estimated at 31.5 billion dollars.\n\nA recovery is widely expected to begin in 2027.\n';
    assert.deepEqual(passives(`${accounts}\n\n${estimates}`), ['are estimated', 'is widely expected']);
    assert.deepEqual(passives(`In this Budget I am recommending new appropriations.\n\n${accounts}\n\n${estimates}`), [
      'is widely expected',
    ]);
  });

  test("in a document of its own analysis, a measured trend or comparison is the writer's result too; a cause is still a claim", () => {
    const own =
      'Table 1 shows the take-up of the grant by region.\n\nTake-up has fallen in coastal districts.\n\nRural districts claim more than urban ones.\n\nThe long application form causes delays for older claimants.\n';
    assert.deepEqual(flagged(own), ['The long application form causes delays for older claimants']);
    const advocacy = 'Take-up has fallen in coastal districts.\n\nRural districts claim more than urban ones.\n';
    assert.deepEqual(flagged(advocacy), ['Take-up has fallen in coastal districts', 'Rural districts claim more than urban ones']);
  });

  test('a document describing itself, naming its terms or tabulating versions does no analysis of its own', () => {
    const claim = 'Take-up has fallen in coastal districts.\n';
    assert.deepEqual(flagged('This report recommends a single portal for grants.\n\n' + claim), [
      'Take-up has fallen in coastal districts',
    ]);
    assert.deepEqual(flagged('We use the term hub for a shared service team.\n\n' + claim), ['Take-up has fallen in coastal districts']);
    const versions = '| Licence | Use |\n|---|---|\n| GPLv3 | services |\n| APLv2 | libraries |\n\n';
    assert.deepEqual(flagged(versions + claim), ['Take-up has fallen in coastal districts']);
    const timeline = '| Year | Step |\n|---|---|\n| 2019 | pilot |\n| 2021 | roll-out |\n| 2023 | review |\n\n';
    assert.deepEqual(flagged(timeline + claim), ['Take-up has fallen in coastal districts']);
    const figures = '| Region | 2021 | 2023 |\n|---|---|---|\n| Coast | 41% | 33% |\n| Valleys | 38% | 35% |\n\n';
    assert.deepEqual(flagged(figures + claim), []);
  });

  test('a cause in a restrictive relative clause describes the noun; under "there are", after a comma or in the past it is asserted', () => {
    assert.deepEqual(flagged('The council funds projects that promote cycling to school.'), []);
    // a relative clause without its pronoun, its noun the verb's object
    assert.deepEqual(flagged('The register is only as useful as the conversations it prompts.'), []);
    assert.deepEqual(flagged('In the end it causes harm to small firms.'), ['In the end it causes harm to small firms']);
    // a plural noun before the relative agrees with a verb the lexicon reads as a noun ("changes which cause")
    assert.deepEqual(flagged('Hardware issues which result in security problems are handled by a separate team.'), []);
    assert.deepEqual(flagged('With few exceptions, changes which cause regressions are withdrawn.'), []);
    assert.deepEqual(flagged('The new tariffs, which cause delays at the border, apply from May.'), [
      'The new tariffs, which cause delays at the border, apply from May',
    ]);
    assert.deepEqual(flagged('There are procurement rules that prevent small firms from bidding.'), [
      'There are procurement rules that prevent small firms from bidding',
    ]);
    assert.deepEqual(flagged('The new levy, which drives up rents, applies to every tenancy.'), [
      'The new levy, which drives up rents, applies to every tenancy',
    ]);
    assert.deepEqual(flagged('Ministers backed the reform that cut waiting times.'), [
      'Ministers backed the reform that cut waiting times',
    ]);
  });

  test("an absolute over the writer's own material is her finding, not a generalisation about the world", () => {
    assert.deepEqual(flagged('By that standard none of the programmes reviewed here is a basic income.'), []);
    assert.deepEqual(flagged('None of the programmes in the region is a basic income.'), [
      'None of the programmes in the region is a basic income',
    ]);
  });

  test('a cue that is a plural noun after its preposition, and a cause sought, state no link', () => {
    assert.deepEqual(flagged('In the long run the supply of fuels to the domestic market is highly elastic.'), []);
    assert.deepEqual(flagged('Each stress stems in part from causes peculiar to itself.'), []);
    assert.deepEqual(flagged('Inspectors visited the homes before diagnosing the cause.'), []);
    assert.deepEqual(flagged('Cheap gas fuels demand in the domestic market.'), ['Cheap gas fuels demand in the domestic market']);
    assert.deepEqual(flagged('The drought was the cause of the fall in output.'), ['The drought was the cause of the fall in output']);
  });

  test('a change asked about in a "whether" clause is not asserted; the main clause still is', () => {
    assert.deepEqual(flagged('Whether the protests grow may depend on how many drivers join the strike.'), []);
    assert.deepEqual(flagged('Fares rose by 12% in 2024, whether paid in cash or by card.'), [
      'Fares rose by 12% in 2024, whether paid in cash or by card',
    ]);
  });

  test('a ranking inside a goal stated is what is aimed at, not a claim', () => {
    assert.deepEqual(flagged('The aim of the sequential test is to steer new development to the areas with the lowest risk.'), []);
    assert.deepEqual(flagged('Unemployment in Norvale is the highest in the country.'), [
      'Unemployment in Norvale is the highest in the country',
    ]);
  });

  test('the writer weighing what counts is her argument; what others value stays a claim', () => {
    assert.deepEqual(flagged('That delay matters less than what comes after.'), []);
    assert.deepEqual(flagged('In my assessment, the deal is less about gas than about leverage.'), []);
    assert.deepEqual(flagged('A stable framework matters more to investors than the size of any single grant.'), [
      'A stable framework matters more to investors than the size of any single grant',
    ]);
  });

  test("the grounds of the writer's judgement are her argument, not a cause in the world", () => {
    assert.deepEqual(flagged('This emphasis on skills is justified because of its importance to growth.'), []);
    assert.deepEqual(flagged('Livestock matter to this problem because of the volumes of antibiotics involved.'), []);
    assert.deepEqual(flagged('Rents rose because of the shortage of new homes.'), ['Rents rose because of the shortage of new homes']);
    assert.deepEqual(flagged('Emissions are significant due to coal.'), ['Emissions are significant due to coal']);
  });

  test('a source named with "reported in" supports its sentence', () => {
    assert.deepEqual(flagged('As reported last month in the Financial Times, rents in the capital rose sharply.'), []);
  });
});

describe('a document that computes its own results', () => {
  test('R Markdown that prints a figure with inline code, or computes in chunks, is its own analysis', () => {
    const rmd = '```{r}\ntotal <- sum(emissions$mt)\n```\n\nTotal emissions were `r round(total)` Mt in 2020, 4% below 2019.\n';
    assert.deepEqual(
      analyze(rmd, { languageId: 'rmarkdown' }).filter((f) => f.rule === 'unsupported-claim'),
      [],
    );
    const plain = 'Total emissions were 61.9 Mt in 2020, 4% below 2019.\n';
    assert.deepEqual(
      analyze(plain, { languageId: 'rmarkdown' })
        .filter((f) => f.rule === 'unsupported-claim')
        .map((f) => f.text),
      ['Total emissions were 61.9 Mt in 2020, 4% below 2019'],
    );
  });

  test('chunks that only show a picture, set options or load packages compute nothing: the claims stay claims', () => {
    const shows =
      '```{r setup, include=FALSE}\nknitr::opts_chunk$set(echo = FALSE)\nlibrary(knitr)\n```\n\n' +
      'Only 39% of psychology studies were reproduced when they were repeated in 2015.\n\n' +
      '```{r workflow, fig.cap="The workflow"}\n# drawn by hand\nknitr::include_graphics(file.path("img", "workflow.png"))\n```\n';
    assert.deepEqual(
      analyze(shows, { languageId: 'rmarkdown' })
        .filter((f) => f.rule === 'unsupported-claim')
        .map((f) => f.text),
      ['Only 39% of psychology studies were reproduced when they were repeated in 2015'],
    );
    const computes = `${shows}\n\`\`\`{r}\nshare <- mean(studies$reproduced)\n\`\`\`\n`;
    assert.deepEqual(
      analyze(computes, { languageId: 'rmarkdown' }).filter((f) => f.rule === 'unsupported-claim'),
      [],
    );
  });

  test('inline code that prints the software version or the date computes no result: the claims stay claims', () => {
    const rmd =
      "Version `r packageVersion('forecast')` of the package was used, on `r Sys.Date()`.\n\nIt is common to have over one thousand product lines that need forecasting at least monthly.\n";
    assert.deepEqual(
      analyze(rmd, { languageId: 'rmarkdown' })
        .filter((f) => f.rule === 'unsupported-claim')
        .map((f) => f.text),
      ['It is common to have over one thousand product lines that need forecasting at least monthly'],
    );
    const computed =
      'Sales fell by `r round(drop)` per cent.\n\nIt is common to have over one thousand product lines that need forecasting at least monthly.\n';
    assert.deepEqual(
      analyze(computed, { languageId: 'rmarkdown' }).filter((f) => f.rule === 'unsupported-claim'),
      [],
    );
  });
});

describe('what counts as evidence for a claim', () => {
  const flagged = (text: string, languageId: 'markdown' | 'latex' = 'markdown') =>
    analyze(text, { languageId })
      .filter((f) => f.rule === 'unsupported-claim')
      .map((f) => f.text);

  test('a name holding a reporting verb ("the United States", "State Library") names no source', () => {
    assert.deepEqual(flagged('Open budgets in the United States remain one of the few examples of success.'), [
      'Open budgets in the United States remain one of the few examples of success',
    ]);
    assert.deepEqual(flagged('The Ministry of Finance states that arrears have doubled since 2019.'), []);
  });

  test('"represented by", "led by" a named body source nothing; "published by" it does', () => {
    assert.deepEqual(flagged('The coalition, led by the Social Democratic Party, has weakened since the election.'), [
      'The coalition, led by the Social Democratic Party, has weakened since the election',
    ]);
    assert.deepEqual(flagged('Figures published by the Office for National Statistics show that arrears have doubled.'), []);
  });

  test('a narrative citation opening a sentence or a paragraph supports that sentence; a note after a full stop still supports the sentence before', () => {
    assert.deepEqual(flagged('Rents rose sharply. @lee2019 show that evictions doubled after 2015. Fees have also risen.\n'), [
      'Fees have also risen',
    ]);
    assert.deepEqual(flagged('Tenancies grew shorter in every region.\n\n@lee2019 show that evictions doubled after 2015.\n'), [
      'Tenancies grew shorter in every region',
    ]);
    assert.deepEqual(
      flagged('Tenancies grew shorter in every region.\n\n\\citet{lee2019} show that evictions doubled after 2015.\n', 'latex'),
      ['Tenancies grew shorter in every region'],
    );
    assert.deepEqual(
      flagged(
        'Evictions doubled after 2015.\\footnote{See the housing survey of 2019.}\n\nTenancies grew shorter in every region.\n',
        'latex',
      ),
      ['Tenancies grew shorter in every region'],
    );
    assert.deepEqual(
      flagged('Evictions doubled after 2015.[^1]\n\nTenancies grew shorter in every region.\n\n[^1]: Housing survey, 2019.\n'),
      ['Tenancies grew shorter in every region'],
    );
  });

  test('a LaTeX footnote that only glosses a term is no evidence; one that gives a source is', () => {
    const gloss = flagged(
      'Funders increasingly require data stewards in large consortia\\footnote{Verbundforschung: joint research}.\n',
      'latex',
    );
    assert.equal(gloss.length, 1);
    assert.ok(gloss[0].startsWith('Funders increasingly require data stewards in large consortia'));
    assert.deepEqual(
      flagged('Funders increasingly require data stewards in large consortia\\footnote{See the DFG guidelines of 2021.}.\n', 'latex'),
      [],
    );
  });
});

describe('a quantifier opening a clause generalises, shown under strict strictness only', () => {
  test('"Many councils…", "No government…" are flagged at strict and left alone at standard; "many of", "many thanks" are no generalisation', () => {
    const many = 'Many councils have closed their branch libraries.';
    assert.deepEqual(
      features(many).filter(([kind]) => kind === 'prevalence'),
      [['prevalence', 'strict', 'Many councils']],
    );
    assert.deepEqual(claimFindings(many), []);
    assert.deepEqual(
      claimFindings(many, 'strict').map(([text]) => text),
      ['Many councils have closed their branch libraries'],
    );
    assert.deepEqual(
      claimFindings('Today no regulator is able to inspect every care home.', 'strict').map(([text]) => text),
      ['Today no regulator is able to inspect every care home'],
    );
    assert.deepEqual(
      features('Many thanks to the staff of the library.').filter(([kind]) => kind === 'prevalence'),
      [],
    );
    assert.deepEqual(
      features('Many of the proposals came from tenants.').filter(([kind]) => kind === 'prevalence'),
      [],
    );
  });
});

describe('a document that instructs its reader (issue 12)', () => {
  const flagged = (text: string) =>
    analyze(text)
      .filter((f) => f.rule === 'unsupported-claim')
      .map((f) => f.text);
  const hedges = (text: string) =>
    analyze(text)
      .filter((f) => f.rule === 'hedge')
      .map((f) => f.text);
  // Nine sentences of guidance, three of them general statements about models, data and users.
  const guidance = [
    'Analysts should keep a log of every assumption.',
    'Models may contain errors that are hard to detect.',
    'You should agree the scope before you start.',
    'Administrative data may be incomplete.',
    'Teams must record who assured each model.',
    'Users of the outputs may not be aware of their limits.',
    'Record the version of every input file.',
    'This may be the most common cause of failure.',
    'Use version control for all analytical code.',
    // A head the lexicon also files as a verb ("code") is a noun in the subject's place.
    'Code may stay private until the security review ends.',
    // One of a kind is as generic as the plural, and so is a role named with "the".
    'A reviewer might miss an error in a large spreadsheet.',
    'The analyst might be asked to test outputs against benchmarks.',
  ].join(' ');

  test('a modal over a generic subject states what can happen, not a doubt; one about something specific is still a hedge', () => {
    const findings = analyze(guidance).filter((f) => f.rule === 'hedge');
    assert.deepEqual(
      findings.map((f) => [f.text, guidance.slice(f.sentence.start, f.sentence.end)]),
      [['may', 'This may be the most common cause of failure.']],
    );
  });

  test('the sentences left alone are not counted as speculative either', () => {
    const sentence = analyzeDocument(guidance).sentences.find((s) => s.text.startsWith('Models may'));
    assert.equal(sentence?.class, 'neutral');
    assert.equal(sentence?.uncertain, false);
  });

  test('a guidance chapter that mostly explains still instructs at a fifth of its sentences; an argument with one directive does not', () => {
    const explaining = [
      'Analysts should keep a log of every assumption.',
      'Quality assurance is the work of checking that analysis is fit for its purpose.',
      'The commissioner asks for the analysis and uses its results.',
      'The analyst carries out the work.',
      'The assurer checks the work and signs it off.',
      'Teams must record who assured each model.',
      'Models may contain errors that are hard to detect.',
      'Each role is described in the chapters that follow.',
      'The last chapter covers the publication of analysis.',
      'A glossary at the end defines the terms used.',
    ];
    assert.deepEqual(hedges(explaining.join(' ')), []);
    const arguing = explaining.map((sentence) => (sentence.startsWith('Teams must') ? 'Teams record who assured each model.' : sentence));
    assert.deepEqual(hedges(arguing.join(' ')), ['may']);
  });

  test('a handbook that says it sets out how things are done instructs at a tenth of its sentences; without saying so it does not', () => {
    // fourteen sentences: two instruct; the practice is described, as a handbook of a team's methods does
    const practice = [
      'This chapter sets out how the team draws samples for household surveys.',
      'Each survey starts from the most recent census frame.',
      'Enumeration areas are selected with probability proportional to size.',
      'Within each area, the field team lists every dwelling before selection.',
      'Field coordinators may replace an area that cannot be reached safely.',
      'Supervisors should check a tenth of the listings in person.',
      'Raw data are never edited.',
      'All corrections are made in the cleaning scripts.',
      'The sampling weights are computed by the methods group.',
      'Analysts must use the weights in every estimate.',
      'Each step is recorded in the survey log.',
      'The log is kept with the data in the project folder.',
      'The methods group reviews the log at the end of fieldwork.',
      'Its review is filed with the survey report.',
    ];
    assert.deepEqual(hedges(practice.join(' ')), []);
    assert.deepEqual(flagged(practice.join(' ')), []);
    const report = practice.map((sentence, n) => (n === 0 ? 'The team has surveyed households in the district since 2019.' : sentence));
    assert.deepEqual(hedges(report.join(' ')), ['may']);
    assert.deepEqual(flagged(report.join(' ')), ['Raw data are never edited']);
  });

  test('in guidance, a modal of doing is an option or a circumstance; one of a cause, an outcome or a comparison still hedges', () => {
    const withModals = `${guidance} The agreement could limit the data to pupils already known to social care. A coordinator may drop a cluster and select its replacement. Delays may reflect the pressure on teams to meet fixed deadlines. Costs may be higher in rural districts. Publication could perhaps improve the tools themselves.`;
    const findings = analyze(withModals).filter((f) => f.rule === 'hedge');
    assert.deepEqual(
      findings.map((f) => withModals.slice(f.sentence.start, f.sentence.end)),
      [
        'This may be the most common cause of failure.',
        'Delays may reflect the pressure on teams to meet fixed deadlines.',
        'Costs may be higher in rural districts.',
        'Publication could perhaps improve the tools themselves.',
      ],
    );
  });

  test('in guidance, what a passive "expected to" asks of someone is its rule; in an argument it is a view credited to nobody', () => {
    const attributions = (text: string) =>
      analyze(text)
        .filter((f) => f.rule === 'passive-attribution')
        .map((f) => f.text);
    const rule = 'This discretion is expected to be used in good faith.';
    assert.deepEqual(attributions(`${guidance} ${rule}`), []);
    assert.deepEqual(attributions(rule), ['is expected']);
    // "widely" makes it a view held by many, guidance or not
    assert.deepEqual(attributions(`${guidance} Prices are widely expected to rise next year.`), ['are widely expected']);
  });

  test('in a document that argues rather than instructs, the same generic modals are hedges', () => {
    const commentary =
      'Models may contain errors that are hard to detect. Administrative data may be incomplete. Users of the outputs may not be aware of their limits.';
    assert.deepEqual(hedges(commentary), ['may', 'may', 'may']);
    assert.deepEqual(hedges('A reviewer might miss an error in a large spreadsheet.'), ['might']);
    assert.deepEqual(hedges('The analyst might misread the benchmarks.'), ['might']);
    // what someone may be asked to do is a circumstance in any document
    assert.deepEqual(hedges('The analyst might be asked to test outputs against benchmarks.'), []);
    // Fewer than eight running sentences: too little to tell guidance from argument.
    assert.deepEqual(hedges('Analysts should keep a log. Models may contain errors. Teams must record every check.'), ['may']);
  });

  test('the writer can say what her document is (settings.documentKind): guidance reads a short text as guidance, argument an instructing one as argument', () => {
    const hedgesAs = (text: string, documentKind: 'auto' | 'guidance' | 'argument') =>
      analyze(text, { settings: { documentKind } })
        .filter((f) => f.rule === 'hedge')
        .map((f) => [f.text, text.slice(f.sentence.start, f.sentence.end)]);
    const short = 'Analysts should keep a log. Models may contain errors. Costs may be higher in rural districts.';
    assert.deepEqual(hedgesAs(short, 'auto'), [
      ['may', 'Models may contain errors.'],
      ['may', 'Costs may be higher in rural districts.'],
    ]);
    // guidance: what can happen is a circumstance; a comparison held open still hedges
    assert.deepEqual(hedgesAs(short, 'guidance'), [['may', 'Costs may be higher in rural districts.']]);
    // argument: the nine sentences of guidance above are read as claims, their generic modals as hedges
    assert.deepEqual(
      hedgesAs(guidance, 'argument').map(([, sentence]) => sentence),
      [
        'Models may contain errors that are hard to detect.',
        'Administrative data may be incomplete.',
        'Users of the outputs may not be aware of their limits.',
        'This may be the most common cause of failure.',
        'Code may stay private until the security review ends.',
        'A reviewer might miss an error in a large spreadsheet.',
      ],
    );
    assert.deepEqual(hedgesAs(guidance, 'auto'), hedgesAs(guidance, 'guidance'));
    // "may well" stacks a second hedge and stays; "as well" only adds
    const well = 'Data may arrive late as well. Data may well arrive late.';
    assert.deepEqual(hedgesAs(well, 'guidance'), [['may', 'Data may well arrive late.']]);
    const rule = 'This discretion is expected to be used in good faith.';
    assert.deepEqual(
      analyze(rule, { settings: { documentKind: 'guidance' } }).filter((f) => f.rule === 'passive-attribution'),
      [],
    );
  });

  test("the summary says how the document was read, and who said so; the notes say it in the writer's terms", () => {
    const reading = (text: string, documentKind?: 'guidance' | 'argument') =>
      analyzeDocument(text, documentKind ? { settings: { documentKind } } : {}).summary.reading;
    assert.deepEqual(reading(guidance), { kind: 'guidance', kindFrom: 'document', ownAnalysis: false, narrates: false });
    assert.deepEqual(reading(guidance, 'argument'), { kind: 'argument', kindFrom: 'setting', ownAnalysis: false, narrates: false });
    const short = 'Models may contain errors.';
    assert.deepEqual(reading(short), { kind: 'argument', kindFrom: 'document', ownAnalysis: false, narrates: false });
    assert.deepEqual(readingNotes(reading(short)), []);
    assert.equal(
      reading('We estimate the cost of each option with the 2022 household survey.\n\nOption A costs £4.2 billion a year.\n').ownAnalysis,
      true,
    );
    assert.deepEqual(readingNotes(reading(short, 'guidance')), [
      'Read as guidance (`evident.documentKind`): "may", "might" and "could" that state what can happen are not flagged as hedges.',
    ]);
    assert.deepEqual(readingNotes(reading(guidance)), [
      'Read as guidance, since a fifth or more of its sentences tell the reader what to do: "may", "might" and "could" that state what can happen are not flagged as hedges. If it argues rather than instructs, set `evident.documentKind` to `argument`.',
    ]);
    assert.deepEqual(readingNotes({ kind: 'argument', kindFrom: 'setting', ownAnalysis: true, narrates: true }), [
      'Read as an argument (`evident.documentKind`): its modals are hedges.',
      'It carries out its own analysis: its figures, trends and comparisons are read as its results, not as claims that need a source.',
      'It tells what named actors did: their past acts are read as claims that need a source.',
    ]);
  });

  test('two courses of action weighed by their effort are the reason for advice, not a measured comparison', () => {
    assert.deepEqual(flagged('It is much easier to withdraw changes one by one than it is to untangle one large change.'), []);
    assert.deepEqual(flagged('Housing is harder to find than it was in 2019.'), ['Housing is harder to find than it was in 2019']);
  });

  test('a partial cause is a causal claim, not a hedge', () => {
    assert.deepEqual(hedges('Rents rose in 2023, in part because of the new levy.'), []);
    assert.deepEqual(flagged('Rents rose in 2023, in part because of the new levy.'), [
      'Rents rose in 2023, in part because of the new levy',
    ]);
  });
});

describe('labelled list items (issue 12)', () => {
  const claims = (text: string) =>
    analyze(text, { languageId: 'markdown' })
      .filter((f) => f.rule === 'unsupported-claim')
      .map((f) => f.text);
  test('an item that opens with its label describes a term or a category: no claim; its hedges stay', () => {
    const list = [
      'Code falls into three categories:',
      '',
      '* **Secured** when a legal requirement prevents its publication',
      '* Point of contact – usually the project manager or lead developer',
      '* Poor quality: frequently there are gaps in the data between years.',
      '* **Costs** may rise next year.',
      '* Rents rose by 40% in 2023 across the region.',
      '',
    ].join('\n');
    assert.deepEqual(claims(list), ['Rents rose by 40% in 2023 across the region']);
    assert.deepEqual(
      analyze(list, { languageId: 'markdown' })
        .filter((f) => f.rule === 'hedge')
        .map((f) => f.text),
      ['may'],
    );
  });

  test('"falls into", "falls under" file something under a heading; "fell to" and "fell by" are still a fall', () => {
    assert.deepEqual(claims('The scheme falls under the 2019 act.'), []);
    assert.deepEqual(claims('Exports fell by a fifth after the tariff.'), ['Exports fell by a fifth after the tariff']);
  });
});
