// The context cases that separate Evident from word-list linters: the same word flagged
// in one sense and left alone in another, and multi-word cues found whole.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, analyzeDocument, classify } from '../../server/src/engine';

// The weak cues are hints shown only with the thorough sensitivity: these cases test every decision, so they use it.
const THOROUGH = { settings: { sensitivity: 'thorough' as const } };

function flagged(text: string, rule: string): string[] {
  return analyze(text, THOROUGH)
    .filter((f) => f.rule === rule)
    .map((f) => f.text);
}

describe('modal sense', () => {
  const cases: [string, string[]][] = [
    ['It may rain tomorrow.', ['may']],
    ['The rebels may have obtained the drones abroad.', ['may']],
    ['Sanctions could backfire on exporters.', ['could']],
    ['Member States may apply the derogation until 2027.', []],
    ['Applicants may not submit more than one proposal.', []],
    ['The Council can adopt the measure by qualified majority.', []],
    ['The Commission may, by means of implementing acts, lay down detailed rules.', []],
    ['Before 2019, citizens could travel visa-free to forty countries.', []],
    ['No agreement could be reached on the text.', []],
    ['The summit took place in May 2019.', []],
  ];
  for (const [text, expected] of cases) test(text, () => assert.deepEqual(flagged(text, 'hedge'), expected));
});

describe('politeness, procedure and proposals are not hedges', () => {
  for (const text of [
    'I should like to thank the rapporteur for her work.',
    'I would like to welcome the delegation from Norway.',
    'Russia suggests a more realistic scenario of gradual denuclearisation.',
    'The Commission suggests that Member States adopt a phased approach.',
    'The minister indicated his support for the amendment.',
  ])
    test(text, () =>
      assert.deepEqual(
        analyze(text, THOROUGH).filter((f) => f.rule === 'hedge'),
        [],
      ),
    );
  test('evidence that suggests is a hedge', () =>
    assert.deepEqual(flagged('The figures suggest that take-up remains low.', 'hedge'), ['suggest']));
});

describe('multi-word cues are found whole', () => {
  const cases: [string, string, string][] = [
    ['It is possible that the ceasefire will hold.', 'hedge', 'It is possible that'],
    ['The reform worked to some extent.', 'hedge', 'to some extent'],
    ['It remains unclear whether the vote will pass.', 'hedge', 'remains unclear'],
    ['The capital is thought to hold a quarter of the debt.', 'passive-attribution', 'is thought'],
    ['It has been suggested that the agency lacks staff.', 'passive-attribution', 'It has been suggested'],
    ['Some analysts argue that the tariff is too high.', 'weasel', 'Some analysts argue'],
    ['Many observers believe the talks will fail.', 'weasel', 'Many observers believe'],
  ];
  for (const [text, rule, cue] of cases)
    test(`${rule}: ${cue}`, () =>
      assert.ok(flagged(text, rule).includes(cue), JSON.stringify(analyze(text, THOROUGH).map((f) => [f.rule, f.text]))));
});

describe('claims versus greetings, procedure, questions and marked opinions', () => {
  const claims = [
    'Unemployment rose to 7.4% in 2023.',
    'The new tariff caused a sharp fall in imports.',
    'Germany is the largest donor to the fund.',
    'The region has never been a priority for Moscow.',
  ];
  const notClaims = [
    'Thank you, Mr President.',
    'Comments must be submitted by 30 June.',
    'Did unemployment rise in 2023?',
    'I think the plan is sound.',
  ];
  for (const text of claims) test(`claim: ${text}`, () => assert.equal(classify(text).claim, true));
  for (const text of notClaims) test(`not a claim: ${text}`, () => assert.equal(classify(text).claim, false));
});

test('each decision is explained: which cue and which context', () => {
  const [may] = analyze('It may rain tomorrow.', THOROUGH);
  assert.match(may.explanation, /"It may rain" says it is possible, not that it is allowed\./);
  const [suggest] = analyze('The data suggest that sanctions rarely work.', THOROUGH).filter((f) => f.rule === 'hedge');
  assert.match(suggest.explanation, /"data suggest that" infers from evidence/);
});

// Hedges that biology papers use and policy drafts share: each cue in the sense that hedges, and
// beside it the same word in the sense that does not. [text, flagged hedge spans, their severities].
describe('hedge senses: inference, expectation, open questions, attributive "potential"', () => {
  const cases: [string, string[], string[]][] = [
    // "suggest": a thing that suggests is read as a sign; an actor that suggests a plan proposes it.
    ['Falling vacancy rates suggest a recovery in hiring.', ['suggest'], ['information']],
    ['The report suggests three options for reform.', [], []],
    ['Respondents suggested extending the deadline by six weeks.', [], []],
    ['The Treasury suggested a phased approach.', [], []],
    ['A rise in arrears among small firms, suggesting tighter credit, was recorded in March.', ['suggesting'], ['information']],
    ['Support for the levy is suggested by the fall in complaints.', ['suggested'], ['information']],
    ['The change was suggested by the committee.', [], []],
    // "should": expectation with a thing as subject; instruction, advice and politeness are left alone.
    ['The new portal should be operational by the spring.', ['should'], ['hint']],
    ['These reforms should reduce waiting times.', ['should'], ['hint']],
    ['Applicants should send their forms to the address below.', [], []],
    ['The guidance should be published in Welsh.', [], []],
    ['It should be noted that the sample was small.', [], []],
    ['I should like to thank the rapporteur.', [], []],
    // "whether"/"if" after verbs of inquiry: a hint; after "doubt" or "not known": a hedge.
    ['The review examined whether the levy reduced demand.', ['whether'], ['hint']],
    ['To determine if the scheme works, the department surveyed firms.', ['if'], ['hint']],
    // Changed in round 2: an open question stated as such weakens no claim (guide: "whether" in an indirect question); a hint.
    ['There is doubt whether the target can be met.', ['whether'], ['hint']],
    ['If the vote passes, the levy will rise.', [], []],
    // "whether" over alternatives that are all covered, or as a condition: nothing is left open.
    ['All staff, whether permanent or temporary, must complete the training.', [], []],
    ['The fee varies depending on whether the applicant is resident.', [], []],
    ['Every grant (whether it is a loan or a subsidy) is published.', [], []],
    ['Support is offered to every firm whether it be a loan or a subsidy.', [], []],
    ['Departments should, to the extent possible, publish the data.', [], []],
    // Changed in round 2: an open question stated as such weakens no claim (guide: "whether" in an indirect question); a hint.
    ['The panel, unsure whether the levy or the cap did more, asked for data.', ['whether'], ['hint']],
    // "potential": the adjective hedges, the noun does not.
    ['The audit found two potential sources of fraud.', ['potential'], ['hint']],
    // Changed for issue 12: the annotation guide counts predicative "has the potential to" as a hedge on the effect
    // claim, but on real policy prose it is right about one time in four: a hint (this case used to expect nothing).
    ['The region has the potential to double its exports.', ['has the potential to'], ['hint']],
    ['The scheme has not reached its full potential.', [], []],
    ['Potential applicants should read the guidance first.', [], []],
    // "can be" + adjective or noun: sometimes so (a hint); "can be" + participle: a procedure; "can" + verb: a power.
    ['Compliance costs can be high for small firms.', ['can be'], ['hint']],
    ['Applications can be submitted online.', [], []],
    ['The work can be done in stages.', [], []],
    ['The Council can adopt the measure by qualified majority.', [], []],
    // "possibility": held open, examined, or offered.
    ['One possibility is that the subsidy raised land prices.', ['possibility'], ['information']],
    ['To test this possibility, the department compared two regions.', [], []],
    ['The Regulation offers the possibility of remote hearings.', [], []],
    // "generally": a rule of thumb without its basis is a hint; a summarised comparison, a widened point,
    // a legal scope and a participle (passive-attribution's to judge) are not.
    ['Small firms generally pay the levy late.', ['generally'], ['hint']],
    ['Costs were generally higher in rural areas than in towns.', [], []],
    ['More generally, the reform changed how councils borrow.', [], []],
    ['The rules are generally applicable to all operators.', [], []],
    ['Prepayment meters are generally regarded as a failure.', [], []],
    // Evidential words that pass a claim on without vouching for it.
    ['The purported memo was never found.', ['purported'], ['information']],
    ['The study purports to show a fall in crime.', ['purports to'], ['information']],
    ['The minister reputedly opposed the plan.', ['reputedly'], ['information']],
    // "may" before a verb of variation says how cases differ, not that one is in doubt.
    ['Fees may vary by region.', [], []],
    ['Evidence may include bank statements and payslips.', [], []],
    ['The interview may take the form of a video call.', [], []],
    ['Prices may rise further next year.', ['may'], ['information']],
    // "may be" + a participle of use or procedure: a permitted use or an option, whatever the subject; with an agent,
    // a role or a purpose after it, the doubt stays.
    ['The grant may be used for staff training.', [], []],
    ['Copies may be made for personal study.', [], []],
    ['Public money may be used to rescue the bank.', ['may'], ['information']],
    ['The index may be used as a measure of hardship.', ['may'], ['information']],
    ['Savings may be made possible by the merger.', ['may'], ['information']],
    ['Funding may be made available to councils.', [], []],
    // Any person with a procedural verb is given a right or an option; with another verb the doubt stays.
    ['Guests may bring their own food.', [], []],
    ['The partners may choose either surname.', [], []],
    ['Farmers may lose income if prices fall.', ['may'], ['information']],
    ['Officers may arrest anyone who breaches the order.', [], []],
    ['The court may quash the decision.', [], []],
    ['Suppliers may bid for more than one lot.', [], []],
    // frames and forecasts
    ['These figures support the hypothesis that the tax deterred investment.', ['hypothesis that'], ['hint']],
    ['We cannot rule out a further rise in energy prices.', ['cannot rule out'], ['information']],
    ['The cost of the scheme remains to be determined.', ['remains to be determined'], ['information']],
    ['Output is predicted to fall in the second quarter.', ['predicted to'], ['information']],
    ['This might affect the final figures.', ['might'], ['information']],
    ['The might of the navy was never tested.', [], []],
    ['We could detect no change in the default rate.', [], []],
    ['In the end, few councils could meet the deadline.', [], []],
    ['The council paid as much as it could for the site.', [], []],
    ['A few firms could lose their licences.', ['could'], ['information']],
    ['The fund could not possibly cover every claim.', [], []],
    ['Without the grant, the pilot would not be possible.', [], []],
    ['No meaningful comparison is possible.', [], []],
    ['A rise in rates is possible.', ['possible'], ['information']],
    // "not clear" after a form of "be": a gap in knowledge; after a modal, "clear" is the verb.
    ['These measures would not clear the backlog on their own.', [], []],
    // Changed in round 2: an open question stated as such weakens no claim (guide: "whether" in an indirect question); a hint.
    ["It's not clear whether the levy works.", ['not clear'], ['hint']],
    ['The delay was possibly caused by the strike.', ['possibly'], ['information']],
    ['Holders of a residence permit may bring their children.', [], []],
    ['Directive 2019/1937 may apply to these contractors.', ['may'], ['information']],
    ['The G20 may adopt the text in June.', [], []],
    // "appear" with an adjective the lexicon may not list, or "not to"; "appeared in" is a place.
    ['The scheme appears sufficient for current demand.', ['appears'], ['information']],
    ['Take-up appears not to depend on firm size.', ['appears'], ['information']],
    ['The pilot appeared in the annual report.', [], []],
    // "appear as": a person in a role is no impression; a thing that "appears as" something is.
    ['The minister appeared as a witness before the committee.', [], []],
    ['Ms Patel appeared as counsel for the applicants.', [], []],
    ['The delay appears as a consequence of the strike.', ['appears'], ['information']],
    ['It looks as if the deadline will slip.', ['looks as if'], ['information']],
    // "possible": a title, a count of options, a superlative range.
    // Changed for issue 12: the guide leaves attributive "possible options" alone; it is now a hint (was information).
    ['Possible effects of the levy on small firms.', ['Possible'], ['hint']],
    ['Every possible effort was made to reach the families.', [], []],
    ['The number of possible outcomes is large.', [], []],
    ['Consistent with this possibility, claims fell in the pilot areas.', [], []],
    // more "suggest": occupations propose; evidence that suggests what should happen still infers.
    ['Ministers suggested a review of the rules.', [], []],
    ['Our analysis suggests a modest rise in costs.', ['suggests'], ['information']],
    ['The results suggest that the threshold should be lowered.', ['suggest'], ['information']],
    ['The results suggest a new option for small lenders.', ['suggest'], ['information']],
    ['These results have suggested new targets for inspection.', ['suggested'], ['information']],
    ['The committee has suggested three options.', [], []],
    ['The evidence is more mixed than that claim suggests.', [], []],
    ['Take-up was lower than the pilot figures would indicate.', [], []],
  ];
  for (const [text, spans, severities] of cases)
    test(text, () => {
      const hits = analyze(text, THOROUGH).filter((f) => f.rule === 'hedge');
      assert.deepEqual(
        hits.map((f) => f.text),
        spans,
      );
      assert.deepEqual(
        hits.map((f) => f.severity),
        severities,
      );
    });
  test('a hint still counts for the sentence class', () =>
    assert.equal(classify('The new portal should be operational by the spring.').uncertain, true));
  test('weak cues do not stack', () => assert.deepEqual(flagged('These potential sites may matter.', 'hedge-stack'), []));
  test('the explanation names the cue and the context', () => {
    const [should] = analyze('The new portal should be operational by the spring.', THOROUGH);
    assert.match(should.explanation, /"should be operational" states an expectation/);
    const [suggest] = analyze('Falling vacancy rates suggest a recovery in hiring.', THOROUGH);
    assert.match(suggest.explanation, /"suggest" with "rates" as its subject reads a finding as a sign/);
  });
});

describe('speculation: plans, purposes by design and populations are not motives', () => {
  test('a plan or a rule states its own aim', () => {
    assert.deepEqual(flagged('Departments will review their contracts in order to cut costs.', 'speculation'), []);
    assert.deepEqual(flagged('The programme aims to halve rough sleeping by 2027.', 'speculation'), []);
    assert.deepEqual(flagged('The fund was set up by the council in order to support small charities.', 'speculation'), []);
  });
  test('a recommendation about an actor ascribes no feeling', () => {
    assert.deepEqual(flagged('Landlords should be encouraged to register.', 'speculation'), []);
  });
  test('a pronoun or a population with a feeling is a hint only', () => {
    const precise = (text: string) =>
      analyze(text)
        .filter((f) => f.rule === 'speculation')
        .map((f) => f.text);
    assert.deepEqual(precise('They were worried about the cost of care.'), []);
    assert.deepEqual(precise('Rural Canadians remain reluctant to bank online.'), []);
    const [hit] = analyze('Rural Canadians remain reluctant to bank online.', THOROUGH).filter((f) => f.rule === 'speculation');
    assert.equal(hit.severity, 'hint');
  });
  test("a hostile purpose, an institution's wish and a motive adverb are asserted motives", () => {
    assert.deepEqual(flagged('The network uses fake accounts to manipulate public anger.', 'speculation'), ['to manipulate']);
    assert.deepEqual(flagged('Departments want to remain in charge of their data.', 'speculation'), ['Departments want to']);
    assert.deepEqual(flagged('The regime is desperately seeking new allies.', 'speculation'), ['desperately']);
    assert.deepEqual(flagged('Such posts could be used to mislead voters.', 'speculation'), []);
    assert.deepEqual(flagged('The militias want to control the border crossings.', 'speculation'), ['The militias want to control']);
    assert.deepEqual(
      analyze('Rural Canadians want to keep their local branches.').filter((f) => f.rule === 'speculation'),
      [],
    );
    assert.deepEqual(flagged('According to the inquiry, the group set up fake accounts to intimidate journalists.', 'speculation'), []);
  });
});

describe("claims: the writer's side's own conduct is told first-hand", () => {
  const claims = (text: string) =>
    analyze(text)
      .filter((f) => f.rule === 'unsupported-claim')
      .map((f) => f.text);
  test('"my country", "our government" with a trend or a cause; "made" with no result named', () => {
    assert.deepEqual(claims('My country is acting on the commitments it has made in this Chamber.'), []);
    assert.deepEqual(claims('Our government has cut waiting times sharply.'), []);
  });
  test('"our economy" is the world, not the writer; "has made … harder" names a result', () => {
    assert.deepEqual(claims('Our economy has grown faster than its neighbours.'), ['Our economy has grown faster than its neighbours']);
    assert.deepEqual(claims('Brexit has made trade with the EU harder.'), ['Brexit has made trade with the EU harder']);
  });
});

describe('speculation: the message names the actor as owner, in the right form', () => {
  const message = (text: string) => analyze(text, THOROUGH).find((f) => f.rule === 'speculation')?.message;
  test('a plural actor, a pronoun and a singular one', () => {
    assert.equal(
      message('Ministers are terrified of a front page about water meters.'),
      '"Ministers are terrified" states Ministers\' feelings as fact: attribute it, cite it, or present it as your assessment.',
    );
    assert.equal(
      message('They fear the levy will fail.'),
      '"They fear" states their feelings as fact: attribute it, cite it, or present it as your assessment.',
    );
    assert.equal(
      message('The Kremlin wants to keep the talks going.'),
      '"The Kremlin wants to keep" states the Kremlin\'s intentions as fact: attribute it, cite it, or present it as your assessment.',
    );
  });
  test('a motive inside a passive attribution is that finding, not speculation', () => {
    assert.deepEqual(flagged('It is also thought that the Kaspel government sees the dispute as a test of resolve.', 'speculation'), []);
    assert.deepEqual(
      flagged('It is also thought that the Kaspel government sees the dispute as a test of resolve.', 'passive-attribution'),
      ['It is also thought'],
    );
  });
  test('what no actor of a kind wants is a general truth', () => {
    assert.deepEqual(
      flagged('Of course, no finance ministry wants to hand money to a partner that cannot account for it.', 'speculation'),
      [],
    );
    assert.deepEqual(flagged('The finance ministry wants to hand the money to a new agency.', 'speculation'), ['ministry wants to hand']);
  });
  test('"know full well that" states what an actor knows', () =>
    assert.deepEqual(flagged('Ministers know full well that older homeowners decide elections.', 'speculation'), ['Ministers know']));
});

describe('speculation: a reported opinion is not an ascribed feeling', () => {
  test('"felt that" reports a view, like "thought that"', () =>
    assert.deepEqual(flagged('The minister felt that the consultation was too short.', 'speculation'), []));
  test('"felt humiliated" is one feeling, reported once', () =>
    assert.deepEqual(flagged('The regime felt humiliated by the vote.', 'speculation'), ['The regime felt humiliated']));
  test('"fears" still ascribes a feeling', () => assert.deepEqual(flagged('Moscow fears encirclement.', 'speculation'), ['Moscow fears']));
  test('"made their views felt" is a participle, and "fears" ending a list is a noun', () => {
    assert.deepEqual(flagged('The unions made their views felt in the consultation.', 'speculation'), []);
    assert.deepEqual(flagged('Objections include cost, delay and union fears.', 'speculation'), []);
  });
  test('"as many as they wish to", "whenever they wish to": a choice granted, not a motive', () => {
    assert.deepEqual(flagged('Members may submit as many forms as they wish to submit.', 'speculation'), []);
    assert.deepEqual(flagged('Tenants may leave whenever they wish to leave.', 'speculation'), []);
    const [hit] = analyze('The regime wants to split the alliance.', THOROUGH).filter((f) => f.rule === 'speculation');
    assert.deepEqual([hit.text, hit.severity], ['The regime wants to split', 'warning']);
  });
});

describe('hedge: a clause the writer labels as a hypothesis is a hint', () => {
  test('"an assumption that ... is merely a speculation" says its own status: a hint, still uncertain', () => {
    const text = 'An assumption that the minister agreed in order to gain leverage is merely a speculation.';
    const hits = analyze(text, THOROUGH).filter((f) => f.rule === 'hedge');
    assert.deepEqual(
      hits.map((f) => [f.text, f.severity]),
      [['assumption that', 'hint']],
    );
    assert.equal(classify(text).uncertain, true);
  });
});

describe('named source: a definite body the document identifies', () => {
  const rulesOf = (text: string) => analyze(text, THOROUGH).map((f) => f.rule);
  test('"the council estimates" names its source: no unsupported claim', () =>
    assert.deepEqual(rulesOf('The council estimates that each inspection costs about 180 pounds.'), []));
  test('"according to the ministry" names its source', () =>
    assert.deepEqual(rulesOf('According to the ministry, exports rose by 4% in 2023.'), []));
  test('"by the audit office" names the agent, with a measure after it', () =>
    assert.deepEqual(rulesOf('The cost was estimated by the audit office at 4 million euros.'), []));
  test('"the treasury said" at the end of the sentence', () => assert.deepEqual(rulesOf('Spending rose by 4%, the treasury said.'), []));
  test('without the body the same claim is unsupported', () =>
    assert.deepEqual(rulesOf('Each inspection costs about 180 pounds.'), ['unsupported-claim']));
  test('unnamed officials stay vague', () =>
    assert.deepEqual(rulesOf('Officials estimate that each inspection costs about 180 pounds.'), ['weasel', 'unsupported-claim']));
  test('a named body forecasting names its source, and "it" goes on reporting it', () => {
    assert.deepEqual(rulesOf('The Independent Fiscal Office forecasts growth of 2.1 per cent this year.'), []);
    assert.deepEqual(rulesOf('The IMF projected a deficit of 3% for 2025.'), []);
    assert.deepEqual(
      rulesOf(
        'The Office forecasts growth of 2.1 per cent this year. It projects that public debt will peak at 58 per cent of national income.',
      ),
      [],
    );
  });
  test('the noun "forecast", and a forecast by no name, stay unsupported', () => {
    assert.deepEqual(rulesOf("The Office's forecast of 2.1 per cent growth is too cautious."), ['unsupported-claim']);
    assert.deepEqual(rulesOf('The office forecasts growth of 2.1 per cent this year.'), ['unsupported-claim']);
    assert.deepEqual(rulesOf('It projects that public debt will peak at 58 per cent of national income.'), ['unsupported-claim']);
  });
  test('the sentence class says the source is named', () =>
    assert.equal(analyzeDocument('The council estimates that each inspection costs about 180 pounds.').sentences[0].class, 'attributed'));
});

describe('a modal inside an attribution frame is one finding, not two', () => {
  const rules = (text: string, settings = {}) => analyze(text, { languageId: 'markdown', settings }).map((f) => [f.rule, f.text]);
  test('"It could be argued that" is passive-attribution alone', () => {
    assert.deepEqual(rules('It could be argued that the levy is too low.'), [['passive-attribution', 'It could be argued']]);
    assert.deepEqual(rules('It might be said that the reform came too late.'), [['passive-attribution', 'It might be said']]);
  });
  test('the modal is a hedge again when the frame is not shown, or is no frame', () => {
    // A citation answers "by whom?"; with passive-attribution off nothing else speaks for the modal.
    assert.deepEqual(rules('It could be argued that the levy is too low [@smith2020].'), [['hedge', 'could']]);
    assert.deepEqual(rules('It could be argued that the levy is too low.', { rules: { 'passive-attribution': 'off' } }), [
      ['hedge', 'could'],
    ]);
    assert.deepEqual(rules('It could be that the levy is too low.'), [['hedge', 'could']]);
  });
});

// Issue 12: what the annotation guide says "may", "might", "could", "likely" and "suggest" do in real policy prose.
// Each case is [text, flagged hedge spans]: must-flag cases are claims about the world the writer weakens; must-allow
// cases are permission, options, advice, classes, conditions, questions, reported views and proportions.
describe('hedge senses in policy prose (issue 12)', () => {
  const cases: [string, string[]][] = [
    // epistemic modals on a claim or a prediction
    ['Higher thresholds may reduce take-up among small landlords.', ['may']],
    ['The new register could have a large effect on compliance.', ['could']],
    ['Remote hearings might lengthen waiting times in rural courts.', ['might']],
    ['A higher levy could reduce revenue.', ['could']],
    ['Neighbourhood groups may use encrypted apps to organise.', ['may']],
    ['The filter could be used to monitor dissidents.', ['could']],
    ['This could be because landlords moved to short lets.', ['could']],
    // options, advice and wishes
    ['Councils may wish to publish their registers early.', []],
    ['Departments might want to consider a shorter consultation.', []],
    ['If a supplier reports a flaw privately, it might be appropriate to delay publication.', []],
    ['Analysts may find it helpful to record each assumption.', []],
    ['A focus on older tenants could be a sensible first step.', []],
    ['Training frontline staff could be one way to reduce errors.', []],
    ['The threshold could be set at 40 per cent.', []],
    ['The shortfall could be closed by raising the rate.', []],
    ['The county could fund a pilot with the remaining grant.', []],
    // eligibility, permission and procedure
    ['Between 2019 and 2022, tenants could claim the allowance for one home.', []],
    ['Unused allowances may be carried forward to the next year.', []],
    ['Teams may choose to use a different licence.', []],
    ['This guidance may refer to standards published elsewhere.', []],
    // circumstance, variation and classes
    ['Programmes may go through several phases before they are closed.', []],
    ['Part of the review may involve a site visit.', []],
    ['Some schemes may also need a data-sharing agreement.', []],
    ['Agencies should list other systems that may hold personal data.', []],
    ['Inspectors look for threats that may reach the network from inside.', []],
    ['Where records may be incomplete, officers should note the gap.', []],
    ['The fund reaches families who might otherwise be missed.', []],
    // Round 2: a disjunctive subject does not make a prediction generic (one dev document only, removed): still a hedge.
    ['Cost, staffing, or local rules may delay the roll-out.', ['may']],
    // conditions, indirect questions, comparisons, concessions, questions
    ['If the grant could be doubled, the backlog would clear in a year.', []],
    ['The board did not consider whether a later date might make more sense.', []],
    ['The report shows how the checks could be automated.', []],
    ['Reform is harder than it might seem.', []],
    ['Although the forms may look daunting, most applicants finish them in an hour.', []],
    ['Even though larger councils might run several hubs, we use one term for all.', []],
    ['What changes could make the scheme fairer?', []],
    // the lead-in to a list of options or examples; a list of reasons for a hedged claim still doubts
    ['Parliament could take several steps to make the estimates more reliable:', []],
    // options for a legislature; an example; a coordinated predicate in an indirect question; inability; reported words
    ['Congress could raise the threshold to reduce the number of affected firms.', []],
    ['Teams might, for example, combine a light impact assessment with interviews.', []],
    ['The second factor is whether the intervention is untested or could cause harm.', []],
    ['Not everyone could reach a VPN.', []],
    ['Observers called for the network to be restored, warning that results may not be trusted.', []],
    ['Prices rose in March and could fall again.', ['could']],
    // an invitation; a plan of the writer's; an option deferred
    ['The consultation may also be of interest to community transport providers.', []],
    ['We do not propose to change the rules now; this may be revisited in a later consultation.', []],
    // a step of a rating scale; what a regulator expects firms to do; an option for donors
    ['The project manager scored it as likely (4) with an impact of 4.', []],
    ['The guidance will set out the evidence we expect firms to keep.', []],
    ['Donors could help by funding the new gauging stations.', []],
    ['The levy could help reduce emissions.', ['could']],
    // options and examples for actors; who is allowed, in a rule
    ['Ministers could act on four fronts:', []],
    ['A software supplier could run coding workshops in local schools.', []],
    ['Its effects depend on the rules that govern who may enrol in the scheme.', []],
    ['Prices could run higher next year.', ['could']],
    // the things most likely to be affected, picked out; a class that may contain something
    ['Commission a valuation study of the assets most likely to be affected.', []],
    ['The test applies to datasets that may contain personal data.', []],
    // "seems likely" is one hedge; a group compared by a measured ratio is no doubt of the writer's
    ['It seems likely that the levy played a part.', ['seems likely']],
    ['Pupils in poorer schools were twice as likely to be taught by a non-specialist.', []],
    // an impact assessment's rating on its own scale; a forecast credited to nobody
    ['With the noise limits in place, the effect is predicted to be minor adverse.', []],
    ['Rents are predicted to rise next year.', ['predicted to']],
    // an option and a rule's reach; a group ranked among the options named
    ['The scheme could be reviewed after twelve months.', []],
    ['A school leaver may be eligible for support from several schemes.', []],
    ['Of the four assumptions, the third is the one most likely to be revised.', []],
    // the writer's own plans and options
    ['We may also explore a partnership with local surgeries, if funding allows.', []],
    ['We could rent space in the shared data centre instead.', []],
    ['The following checks could form part of a full review:', []],
    ['Rents may rise for three reasons:', ['may']],
    // a possibility granted in principle, then answered
    ['In principle, part of the levy may be passed back to producers, although the evidence points the other way.', []],
    ['In principle, the levy may raise more than planned.', ['may']],
    ['The note gives a first estimate of what the levy could raise in its first year.', []],
    ['The committee asked what the new rules might cost small lenders.', []],
    // a pseudo-cleft or a free relative after "is" commits to the possibility
    ['What the freeze may do is push tenants into informal lets.', ['may']],
    ['This is what a longer freeze could do to supply.', ['could']],
    // a reservation added after the main clause is still the writer's hedge
    ['We assume the grant is not taxed, though this may be unrealistic.', ['may']],
    // someone else's claim or proposal, reported
    ['They argue that the model could be copied by other regions.', []],
    ['Ministers have indicated they might delay the vote.', []],
    ['As Patel and Ross note, the scheme could lower costs.', []],
    ['The plan suggests that emissions “could potentially fall” by a third.', []],
    // "likely": a probability the writer gives, not a proportion of a group, a condition or a class
    ['The reform is likely to raise rents in the short term.', ['likely']],
    ['Older tenants were more likely to claim the allowance than younger ones.', []],
    ['If your service is, or is likely to become, public, read the security guidance.', []],
    ['The search finds reports that are likely to mention the programme.', []],
    ['You must assess any processing that is likely to result in a high risk.', []],
    // a quantified subject after "which": some cases, not doubt about one
    ['The licence requires the same terms, which some partners may be unwilling to accept.', []],
    ['A default is very likely (80–90%) before 2027.', []],
    // a group ranked by how often it does something; a thing "most likely to" happen is still a hedge
    ['The families who need help most are the least likely to claim it.', []],
    ['Rents are most likely to rise in the capital.', ['most likely']],
    ['Care leavers were the group most likely to report having been homeless.', []],
    // past ability needs a past narrative of the modal's own clause, and a verb one can be able to do
    ['Prices, which fell in May, could rise again next year.', ['could']],
    ['The timing of the strike, just as rescuers arrived, could suggest a deliberate intent.', ['could']],
    ['Before 2019, citizens could travel visa-free to forty countries.', []],
    // a refusal to guess, a thing the writer's side awaits, a prohibition, a verdict on a policy
    ['I will not speculate about timing.', []],
    ['We expect a reply, and we expect it to be substantive.', []],
    ['We expect a recession next year.', ['We expect']],
    ['No AI system may be used to take a final decision without review.', []],
    ['I think this is a mistake, but a smaller one than critics claim.', []],
    ['I think the levy will fail.', ['I think']],
    ['I think three things.', []],
    ['These estimates are uncertain.', []],
    ['These estimates are uncertain and depend on how firms respond.', []],
    ['The evidence we present is correlational, and we cannot rule out other causes.', []],
    ['The long-run effect of the levy is uncertain.', []],
    ['It is a realistic possibility (25-50%) that members also work for state agencies.', []],
    ['There is a possibility that members also work for state agencies.', ['There is a possibility that']],
    // a ranking of stated probabilities; a class picked out; a counterfactual put by inversion
    ['A hung Assembly has a 60% chance, which makes it the single most likely outcome.', []],
    ['No resident should be harmed by a heatwave that could have been foreseen.', []],
    ['The dispute could have been avoided had the treaty required members to notify each other.', []],
    ['The minister could have known about the leak.', ['could']],
    // a published figure subject to revision: a notice, not a doubt
    ['Targets may be revised at the mid-year review if budget decisions change service levels.', []],
    ['The rules may be revised next year to tighten the cap.', ['may']],
    // a stance on a course of action or on a question asked, not a claim about the world
    ['In our view, none of these uncertainties is a reason to delay.', []],
    ['In our view the answer is no: remoteness is what a probability sample protects.', []],
    ['In our view, the uncertainties are larger than the ministry admits.', ['In our view']],
    // an option put to the reader
    ["You might open with a question about the participant's circumstances.", []],
    ["Interviewers might open with a question about the participant's circumstances.", ['might']],
    // the precision of an estimate, not a possibility held open
    ['Our confidence intervals cannot rule out modest increases near the boundary.', []],
    ['We cannot rule out a second wave of closures this winter.', ['cannot rule out']],
    ['It is the scenario least likely to require new borrowing.', []],
    ['The most likely outcome is a coalition.', ['most likely']],
    // what can be done, named; a possibility that a claim holds
    ['Other cities have shown what is possible.', []],
    // a point granted to someone; a claim weakened
    ['He may be right about the risk.', []],
    ['The rumours may be right.', ['may']],
    // a course of action judged justified; a claim judged justified by data
    ['If wages keep outpacing productivity, a further rise in rates might then be justified.', []],
    ['The fears may be justified by the data.', ['may']],
    // an "as" clause with its verb left out says the outcome was expected; the main clause asserts it
    ['The governing party came first, as it was always likely to, but lost its majority.', []],
    ['Rents will rise this year, and they are likely to go on rising.', ['likely']],
    // "suggest": evidence infers; a body, a writer or guidance proposes
    ['The survey data suggest that demand has peaked.', ['suggest']],
    ['The Cabinet Office suggests the following deadlines for fixes:', []],
    ['In this brief we estimate the costs and suggest routes to reform.', []],
    ['The latest guidelines suggest to appoint a data steward.', []],
    ['Page 12 of the draft indicates that the agency expects a deficit.', []],
    // other hedges the guide names
    ['I would argue that the levy has failed.', ['I would argue']],
    ['My working hypothesis is that voters punish incumbents.', ['My working hypothesis is']],
    ['It is reasonable to expect a similar trend for software.', ['It is reasonable to expect']],
    ['We expect to see similar plans for software in future.', ['We expect']],
    ['We expect grant holders to report every quarter.', []],
    ['To our knowledge, no other council has tried this.', ['To our knowledge']],
    // A partial cause is a causal claim (the guide's claims), not a hedge.
    ['Rents rose, in part because of the new levy.', []],
    ['There may be cases where a second review is needed.', []],
    // Round 2: 'X might also be Ns' held on one dev document only; removed, the modal hedges again.
    ['Inspectors might also be auditors.', ['might']],
    // Round 2: a non-restrictive relative clause adds its own claim, also inside a recommendation (the guide: a hedge is a hedge).
    ['Councils should plan for the extra complaints, which could arrive before the new system is ready.', ['could']],
    ['Complaints rose in March, which could reflect the new system.', ['could']],
    ['Some analysis may be simple, while other analysis may be highly complex.', []],
    ['Research teams may have different needs depending on their size.', []],
    ['Uncertainty may arise from the data or the model.', []],
    ['Some of the savings may be lost to fraud.', ['may']],
    ['While it might be tempting to skip the review, the rules require it.', []],
    ['Demand fell while imports may have risen.', ['may']],
    ['There may be up to two million unregistered workers.', ['may']],
    ['Sales jumped, hinting at a lasting change in demand.', ['hinting at']],
    ['I believe we have a duty to act on these findings.', []],
    // Round 2: 'perhaps' before a comment adverb still weakens the writer's comment (one dev document only, removed).
    ['Perhaps unsurprisingly, the question came up at every session.', ['Perhaps']],
    ['Households bear the risk of uncertain lifespans.', []],
    ['When teams are uncertain about their duties, they should ask the regulator.', []],
    ['Planning for potentially unrealistic targets wastes effort.', []],
    ['This potentially undermines the reform.', ['potentially']],
    ['The plan is potentially unlawful.', ['potentially']],
  ];
  for (const [text, spans] of cases)
    test(text, () =>
      assert.deepEqual(
        analyze(text)
          .filter((f) => f.rule === 'hedge')
          .map((f) => f.text),
        spans,
      ),
    );
});

describe('hedge-stack across a clause (issue 12)', () => {
  const cases: [string, string[]][] = [
    ['It seems plausible that the new levy could explain the fall in demand.', ['seems plausible that the new levy could']],
    [
      'Take-up fell everywhere, suggesting that the effect of the campaign is likely to be small.',
      ['suggesting that the effect of the campaign is likely'],
    ],
    ['The talks might possibly resume in spring.', ['might possibly']],
    // two hedges on separate claims; one hedge and a calibrated estimate
    ['Prices may rise and wages might fall.', []],
    ['A default is perhaps very likely (80–90%) by 2027.', []],
    // a reported view is not the writer's stack
    ['Officials have indicated they might possibly delay the vote.', []],
  ];
  for (const [text, spans] of cases)
    test(text, () =>
      assert.deepEqual(
        analyze(text)
          .filter((f) => f.rule === 'hedge-stack')
          .map((f) => f.text),
        spans,
      ),
    );
});

// Round 2: reported findings of cited literature. A hedge inside the finding a cited work reports is that work's; the
// writer's own inference ("our estimates suggest that … may") still hedges, cited or not (annotation guide: a hedge on
// the writer's own result is still a hedge).
describe('hedges in cited findings (round 2)', () => {
  const hedgeSpans = (text: string, languageId = 'plaintext') =>
    analyzeDocument(text, { languageId, ...THOROUGH })
      .findings.filter((f) => f.rule === 'hedge' || f.rule === 'hedge-stack')
      .map((f) => `${f.rule}:${f.text}`);
  const cases: [string, string, string[]][] = [
    // author-year and numeric citations in the sentence
    ['Earlier evaluations find that the grant could raise land prices (Hilber 2015).', 'plaintext', []],
    ['Previous studies suggest that the levy may cut demand by a tenth [4].', 'plaintext', []],
    // textual citations: the extraction blanks the key, which then stands as the subject
    ['@ortiz2021 argue that public audits may deter fraud.\n', 'markdown', []],
    ['As @ortiz2021 show, public audits may deter fraud.\n', 'markdown', []],
    ['\\citet{ortiz2021} find that public audits could deter fraud.\n', 'latex', []],
    ['Prior work suggests that demand may respond slowly to prices \\citep{ortiz2021}.\n', 'latex', []],
    // the writer's own inference, cited or not, is still hedged
    [
      'Our estimates suggest that the levy may cut demand, as in Hilber (2015).',
      'plaintext',
      ['hedge:suggest', 'hedge-stack:suggest that the levy may'],
    ],
    ['We find that the grant could push up land prices [4].', 'plaintext', ['hedge:could']],
    ['Public audits may deter fraud [@ortiz2021].\n', 'markdown', ['hedge:may']],
    ['The data suggest that the levy may cut demand.', 'plaintext', ['hedge:suggest', 'hedge-stack:suggest that the levy may']],
  ];
  for (const [text, languageId, spans] of cases) test(text, () => assert.deepEqual(hedgeSpans(text, languageId), spans));
});

// Round 2: what another work infers ("Earlier studies suggest that … may"), with the work cited in the sentence itself
// (footnote, citation, link), is reported; the writer's own inference keeps its hedge, and so does an uncited one.
describe('inferences of cited works (round 2)', () => {
  const spans = (text: string) =>
    analyzeDocument(text, { languageId: 'markdown', ...THOROUGH })
      .findings.filter((f) => f.rule === 'hedge' || f.rule === 'hedge-stack')
      .map((f) => `${f.rule}:${f.text}`);
  test("a cited study's inference is left alone", () =>
    assert.deepEqual(spans('Earlier studies suggest that the levy may cut demand.[^1]\n\n[^1]: Ortiz, 2021.\n'), []));
  test('a cited estimate read from the literature is left alone', () =>
    assert.deepEqual(spans('Recent estimates suggest a break-even rate of about 30 percent [@ortiz2021].\n'), []));
  test("the writer's own inference keeps its hedge, cited or not", () =>
    assert.deepEqual(spans('Our results suggest that the levy may cut demand.[^1]\n\n[^1]: Ortiz, 2021.\n'), [
      'hedge:suggest',
      'hedge-stack:suggest that the levy may',
    ]));
  test('"this suggests" reads the writer\'s own point', () =>
    assert.deepEqual(spans('This suggests that the levy may cut demand.[^1]\n\n[^1]: Ortiz, 2021.\n'), [
      'hedge:suggests',
      'hedge-stack:suggests that the levy may',
    ]));
  test('an uncited inference keeps its hedge', () =>
    assert.deepEqual(spans('Earlier studies suggest that the levy may cut demand.\n'), ['hedge-stack:suggest that the levy may']));
  test("a hedge of the writer's beside a citation stays", () =>
    assert.deepEqual(spans('The levy may cut demand.[^1]\n\n[^1]: Ortiz, 2021.\n'), ['hedge:may']));
});

// Round 2: an open question stated as such ("it is unclear whether …", "whether … remains to be seen") weakens no claim
// (annotation guide: "whether" in an indirect question is not a hedge); shown only as a hint. A thing said to be unknown or
// uncertain ("the cause is unknown") is a property stated, a hint too (round 50: 2 of 13 such findings right on the real
// documents and our own); "the effect remains unclear" still hedges.
describe('open questions (round 2)', () => {
  const shown = (text: string) =>
    analyze(text)
      .filter((f) => f.rule === 'hedge')
      .map((f) => f.text);
  const cases: [string, string[]][] = [
    ['It is unclear whether the levy has cut emissions.', []],
    ['Whether councils will adopt the code remains to be seen.', []],
    ['It is not yet clear how many firms will pay the charge.', []],
    ['Officials are uncertain whether the register will open in time.', []],
    ['It is not known if the grant reached rural schools.', []],
    ['The effect of the levy on emissions remains unclear.', ['remains unclear']],
    ['The cause of the backlog is unknown.', []],
    ['The long-term cost of the scheme remains to be seen.', ['remains to be seen']],
  ];
  for (const [text, spans] of cases) test(text, () => assert.deepEqual(shown(text), spans));
  test('the open question is still a hint with the thorough sensitivity', () =>
    assert.deepEqual(flagged('It is unclear whether the levy has cut emissions.', 'hedge'), ['unclear']));
});
