// Context decisions of the weasel and passive-attribution rules: which quantifiers leave a
// group unidentified, and which passives report an unnamed opinion rather than a rule.
// Policy-style sentences, written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, classify } from '../../server/src/engine';

// The weak cues are hints shown only with the thorough sensitivity: these cases test every decision, so they use it.
const THOROUGH = { settings: { sensitivity: 'thorough' as const } };

function found(text: string, rule: string): string[] {
  return analyze(text, THOROUGH)
    .filter((f) => f.rule === rule)
    .map((f) => f.text);
}

const FLAG: [text: string, rule: string, flagged: string][] = [
  // A quantifier standing alone as the subject: the claim rests on an unnamed group.
  ['Some would prefer a lower threshold for the levy.', 'weasel', 'Some'],
  ['Survey data suggest that demand has peaked.', 'weasel', 'data suggest'],
  // With a verb of saying after an auxiliary or a modal it is a source, as "some have argued", "some would argue" are.
  ['Many have warned against a second freeze.', 'weasel', 'Many have warned'],
  ['The cap is too low, some would argue, for rural areas.', 'weasel', 'some would argue'],
  ['The council kept the charge, while others dropped it.', 'weasel', 'others'],
  // A quantified source with a verb that is not a reporting verb.
  ['Some people prefer a flat-rate scheme.', 'weasel', 'Some people'],
  // "in some cases": a generalisation over unspecified cases.
  ['In some cases the exemption is never claimed.', 'weasel', 'some cases'],
  // "several" over people, places or sources stays vague mid-clause.
  ['The levy was waived for several councils last year.', 'weasel', 'several councils'],
  ['The plan was opposed in several countries.', 'weasel', 'several countries'],
  // A list after the verb belongs to the predicate, not to the group.
  ['Many councils oppose the levy on several grounds, including cost.', 'weasel', 'Many councils'],
  // A camp named only by its stance.
  ['Supporters argue that the cap protects tenants.', 'weasel', 'Supporters argue'],
  // A pronoun object or a group with a relative clause.
  ['The delay led many to question the scheme.', 'weasel', 'many'],
  ['There are some who see the levy as a stealth tax.', 'weasel', 'some'],
  ['The council funds 40 charities, many of which rely on the grant.', 'weasel', 'many of which'],
  // Partitives over an unnamed set.
  ['Many of the respondents favoured a cap.', 'weasel', 'Many of the respondents'],
  // Agentless judgements.
  ['The levy has been criticised for its cost.', 'passive-attribution', 'has been criticised'],
  ['The figures have been disputed.', 'passive-attribution', 'have been disputed'],
  // A quantifier pronoun with a parenthetical before its verb.
  ['Others, however, argued that the cap was too low.', 'weasel', 'Others'],
  // Opinion credited to the public at large.
  ['Contrary to popular belief, the scheme costs less than the old grant.', 'weasel', 'popular belief'],
  ['Conventional wisdom holds that rent controls reduce supply.', 'weasel', 'Conventional wisdom'],
  // A verdict with no one giving it.
  ['The pilot scheme received widespread acclaim.', 'weasel', 'received widespread acclaim'],
  ['The proposal drew criticism.', 'weasel', 'drew criticism'],
  // A ranking by reputation or taste credited to no one.
  ['The congestion charge is one of the most influential urban policies of the decade.', 'weasel', 'one of the most influential'],
  ["The city's most celebrated scheme was quietly dropped.", 'weasel', 'most celebrated'],
  ['The congestion charge is one of the best schemes in Europe.', 'weasel', 'one of the best'],
  // A generalising adverb with a naming or judging participle, without "be".
  ['The 2019 reform, often described as a tax cut, raised revenue.', 'passive-attribution', 'often described'],
  ['The allowance is commonly known as the bedroom tax.', 'passive-attribution', 'commonly known'],
  // An intensified agentless judgement.
  ['The figures have been hotly disputed.', 'passive-attribution', 'have been hotly disputed'],
  // "be" after a modal.
  ['It can be argued that the levy failed.', 'passive-attribution', 'It can be argued'],
  ['It could be argued that the levy failed.', 'passive-attribution', 'It could be argued'],
  ['The scheme would be considered a failure.', 'passive-attribution', 'would be considered'],
  // A reduced judgement after a comma.
  ['The levy funded the Leeds scheme, then considered the model for the country.', 'passive-attribution', 'then considered'],
  // A reduced passive with a vague agent.
  ['The old grant, considered by many to be too generous, was cut.', 'passive-attribution', 'considered by many'],
  // Reputation without a holder.
  ['The index is widely cited in budget debates.', 'passive-attribution', 'widely cited'],
  ['The report was drafted by a well-known economist.', 'passive-attribution', 'well-known'],
  ['It is well known that the scheme is underused.', 'passive-attribution', 'well known'],
  ['The mayor is best known for the congestion charge.', 'passive-attribution', 'best known'],
  // Popularity with a degree and no measure.
  ['The scheme has proved very popular with tenants.', 'passive-attribution', 'very popular'],
  // Hearsay after an existential "there", and stories credited to legend or rumour: nobody tells them.
  ['There are reports that the militia has withdrawn from the border.', 'weasel', 'There are reports'],
  ['There has been speculation that the minister will resign.', 'weasel', 'There has been speculation'],
  ['There have been persistent allegations of fraud in the tender.', 'weasel', 'There have been persistent allegations'],
  // A camp noun with no verb of saying: a source as the subject, or after "from".
  ['Critics have long opposed the levy.', 'weasel', 'Critics'],
  ['The plan met a cool response from critics.', 'weasel', 'critics'],
  // Institutions are sources when they say something.
  ['Western governments say the vote was rigged.', 'weasel', 'Western governments say'],
  ['An official said the talks had failed.', 'weasel', 'official said'],
  // "held to be": a view held by nobody named.
  ['The scheme is widely held to be a failure.', 'passive-attribution', 'is widely held'],
  ['The view is widely held among economists.', 'passive-attribution', 'is widely held'],
  ['The new formula is widely accepted.', 'passive-attribution', 'is widely accepted'],
  // After a camp noun, "of" names the target of the criticism, not the critics.
  ['Critics of the Housing Act argue that it raised rents.', 'weasel', 'Critics'],
  ['Legend has it that the bridge was built in a single night.', 'weasel', 'Legend has it'],
  ['Local tradition holds that the market dates from 1204.', 'weasel', 'Local tradition holds'],
  ['According to local folklore, the well has never run dry.', 'weasel', 'According to local folklore'],
  ['Folklore tells of a giant in the hills.', 'weasel', 'Folklore tells'],
  // Evidence after an existential "there", credited to no one.
  ['There is evidence that the cap reduced rents in the city centre.', 'weasel', 'There is evidence'],
  ['There are a wide range of figures that support a lower cap.', 'weasel', 'There are a wide range of figures'],
  // Expertise credited to no expert; evidence vouching through an evidential verb.
  ['The reform rests on expert advice and ministerial backing.', 'weasel', 'expert advice'],
  ['Evidence does not support the claim that the cap raised rents.', 'weasel', 'Evidence does not support'],
  ['Some suggested that the cap be lifted in 2026.', 'weasel', 'Some suggested'],
  ['Statistics underscore the scale of the backlog.', 'weasel', 'Statistics underscore'],
  // The writer's informant, unnamed.
  ['We were told that the pilot would be extended to 2027.', 'weasel', 'We were told'],
  ['After asking around, the team found the estimate was a placeholder.', 'weasel', 'asking around'],
  // A source described only by its method, with "by" naming nobody, is still vague.
  ['According to a study by campaigners, rents doubled.', 'weasel', 'According to a study'],
  // A cause credited to nobody, a foil cited by nobody, arguments and concerns voiced by nobody.
  ['Slow take-up of the grant has been attributed to complex application forms.', 'passive-attribution', 'has been attributed'],
  ['The Welsh model is often cited as proof that rent caps work.', 'passive-attribution', 'is often cited'],
  ['Similar arguments have been made for a tourist levy.', 'passive-attribution', 'have been made'],
  ['Concerns were raised about the cost of the pilot.', 'passive-attribution', 'were raised'],
  // Hearsay adverbs: reported or alleged by nobody named.
  ['The contractor reportedly missed every deadline.', 'passive-attribution', 'reportedly'],
  ['Funds were allegedly diverted to a shell company.', 'passive-attribution', 'allegedly'],
  // An expectation credited to nobody, with no condition that makes it a rule.
  ['It is expected that inflation will fall next year.', 'passive-attribution', 'It is expected'],
  // An estimate or an assumption credited to nobody, with no model in view.
  ['The shortfall is estimated to be 4 billion euros.', 'passive-attribution', 'is estimated'],
  ['The backlog was estimated at 7,000 cases.', 'passive-attribution', 'was estimated'],
  // The frame without its "that".
  ['It is said this reform came too late.', 'passive-attribution', 'It is said'],
  // A source by nature needs no verb to carry the claim; a verdict credited to unnamed judges.
  ['The levy was condemned by international observers.', 'weasel', 'international observers'],
];

const ALLOW: [text: string, rule: string][] = [
  // A determiner before a noun modifier points back to the writer's own or a named source: "the survey data", "our census figures".
  ['The survey data suggest that demand has peaked.', 'weasel'],
  ['Our census figures show a fall in rural households.', 'weasel'],
  // Approximate counts, degree and counting questions are not vague groups.
  ['Some 300 farms applied for the grant.', 'weasel'],
  ['Applicants may submit as many forms as they need.', 'weasel'],
  ['The review asked how many households were affected.', 'weasel'],
  ['The fund paid at most two claims per household.', 'weasel'],
  // "several" counting things mid-clause.
  ['The grant covers several items of equipment.', 'weasel'],
  ['The unit tested several samples from each batch.', 'weasel'],
  // A listed group is specified.
  ['Some countries, including France and Spain, joined the scheme in 2019.', 'weasel'],
  ['Many measures that were trialled in 2020, such as the rent freeze, lapsed.', 'weasel'],
  // A cross-reference says where the group is listed.
  ['Several exemptions are listed in Schedule 2.', 'weasel'],
  ['Many councils have adopted the charge (see Table 3).', 'weasel'],
  ['Several factors explain the fall in take-up:', 'weasel'],
  // A quantifier after a verb is a determiner, not a subject.
  ['The plan has some support among MPs.', 'weasel'],
  // Time spans.
  ['The scheme ran for several years before it was reviewed.', 'weasel'],
  // A rule or definition classifies; it reports nobody's opinion.
  ['If a claim is not lodged within 30 days, it is considered withdrawn.', 'passive-attribution'],
  ['Where a tenant leaves without notice, the deposit is deemed forfeit.', 'passive-attribution'],
  ['A household with one earner is said to be "single-income" for this purpose.', 'passive-attribution'],
  // A verdict from a named source.
  ['The pilot scheme received praise from the IMF.', 'weasel'],
  // Superlatives of measurable size or strength.
  ['Diesel cars are the most polluting vehicles in the fleet.', 'weasel'],
  ['The school was ranked one of the best in the city by Ofsted.', 'weasel'],
  ['One of the best understood schemes is the London levy.', 'weasel'],
  ['The most common complaint concerned waiting times.', 'weasel'],
  // "considered" as a manner of examining.
  ['The two options, considered separately, cost the same.', 'passive-attribution'],
  // A rule that classifies.
  ['Late claims will be considered invalid.', 'passive-attribution'],
  ['Such a payment shall be deemed income.', 'passive-attribution'],
  // A named agent.
  ['The levy was criticised by the Treasury Committee in 2021.', 'passive-attribution'],
  ['The index is widely cited by the OECD.', 'passive-attribution'],
  // "well known" as the plain degree of a fact, and physical spread.
  ['The risks of the scheme are well known to the department.', 'passive-attribution'],
  ['The species is widely distributed across the region.', 'passive-attribution'],
  ['The allowance is commonly known by the Treasury as the bedroom tax.', 'passive-attribution'],
  ['Inspectors are often seen in the depots.', 'passive-attribution'],
  // A modal passive outside "it ... that" is the writer's own verdict: a recommendation, or hedged by the modal.
  ['By no means should the summit be considered a turning point.', 'passive-attribution'],
  ['The levy should not be considered a success.', 'passive-attribution'],
  ['The forum might be considered an alternative to the Geneva talks.', 'passive-attribution'],
  // Hearsay whose teller is named, a legal claim, a document; tradition as custom, a legend as a story told of.
  ['There are reports from the UN that the camp has closed.', 'weasel'],
  ['There is a claim for compensation before the tribunal.', 'weasel'],
  ['There is a report on the levy in Annex B.', 'weasel'],
  ['Critics at the IMF argue that the plan is too costly.', 'weasel'],
  // Institutions that say nothing, and a singular source noun before a bare verb form (a noun compound).
  ['Graduates often take jobs in government services.', 'weasel'],
  ['The grant is shared between state governments and councils.', 'weasel'],
  ['The scheme is more popular than the old grant: take-up doubled to 4,000 households.', 'passive-attribution'],
  ['Ministers met during an official state visit to Ghana.', 'weasel'],
  // "to" before a recipient, and "held to" + a verb of purpose after an event: no view is reported.
  ['The theft was reported to police.', 'passive-attribution'],
  ['The losses were reported to the board in May.', 'passive-attribution'],
  ['Hearings were held to consider the bill.', 'passive-attribution'],
  ['Public meetings are often held in the town hall.', 'passive-attribution'],
  // An adverb of time or negation before a bare participle reports no view.
  ['The delay was not reported.', 'passive-attribution'],
  ['The levy was first proposed in 2019.', 'passive-attribution'],
  // A camp noun governed by a verb or a preposition names people, not a source.
  ['The regime ordered the arrest of opponents and critics.', 'weasel'],
  ['The panel surveyed hundreds of music critics.', 'weasel'],
  ['By tradition, the budget is presented on a Wednesday.', 'weasel'],
  ['Tradition matters to the town.', 'weasel'],
  ['The legend of the bridge draws tourists.', 'weasel'],
  // A source named after "by"; data gathered "from various sources" (method); a group acting on an object or only acting.
  ['According to a study by the Resolution Foundation, incomes fell.', 'weasel'],
  ['We collected the rent data ourselves from various sources.', 'weasel'],
  ['Funding agencies acknowledge the importance of open data.', 'weasel'],
  // Public opinion as the topic, not the source; advice after a modal; people doing research on an object.
  ['Analysts may find it useful to test the model on past data.', 'weasel'],
  ['Researchers report their results in the annex.', 'weasel'],
  // Expertise sought or named; "support" as a noun after a preposition.
  ['Councils should seek expert advice before signing a contract.', 'weasel'],
  // One country's government or authorities are an identifiable body.
  ['Chinese authorities say the software protects children.', 'weasel'],
  ['The Canadian government said the levy would stay.', 'weasel'],
  ['Expert advice from the Climate Change Committee backs the target.', 'weasel'],
  ['The unit offers training and research data support.', 'weasel'],
  // News of the writer's own life; told by a named source; an instruction; evidence on a topic.
  ['In 2019 I learned I had been selected for the panel.', 'weasel'],
  ['We learned from the ONS bulletin that take-up fell.', 'weasel'],
  ['We were told to wait for the review.', 'weasel'],
  ['There is little data on rural bus use in Annex C.', 'weasel'],
  // "can be seen as": the writer's own reading; "considered" before a break examines; a class picked out by a relative is defined.
  ['These principles can be seen as the headings of the checklist.', 'passive-attribution'],
  ['All three options are considered, taking into account the needs of rural councils.', 'passive-attribution'],
  ['Households who defer the credit are not considered beneficiaries in 2023.', 'passive-attribution'],
  // An expectation under a condition is the policy's rule; speech acts with a named agent are attributed.
  ['Where the grant is unused after a year, it is expected that it will be returned.', 'passive-attribution'],
  // A definition with its condition after the verb; a guidance's requirement of those it addresses.
  ['A model is considered fit for purpose when it meets the needs of its users.', 'passive-attribution'],
  ['It is expected that analysts will record every assumption.', 'passive-attribution'],
  // An assumption or an estimate of the writer's own model is method.
  ['In the baseline scenario, labour supply is assumed to be fixed.', 'passive-attribution'],
  ['The elasticity is estimated to be 0.3 in our preferred specification.', 'passive-attribution'],
  ['The trend was estimated using a rolling average.', 'passive-attribution'],
  ['The effect is estimated at the household level.', 'passive-attribution'],
  ['Concerns were raised by the Local Government Association.', 'passive-attribution'],
  ['Changes to the scheme have been made since 2021.', 'passive-attribution'],
];

for (const [text, rule, flagged] of FLAG) {
  test(`${rule} flags "${flagged}" in: ${text}`, () => {
    assert.deepEqual(found(text, rule), [flagged]);
    assert.equal(classify(text).uncertain, true);
  });
}

for (const [text, rule] of ALLOW) {
  test(`${rule} leaves alone: ${text}`, () => {
    assert.deepEqual(found(text, rule), []);
  });
}

test('a vague quantifier is a hint whose explanation names the cue and the context', () => {
  const [pronoun] = analyze('Some would prefer a lower threshold for the levy.', THOROUGH).filter((f) => f.rule === 'weasel');
  assert.equal(pronoun.severity, 'hint');
  assert.match(pronoun.explanation, /"Some" stands alone before "would", naming nobody/);
  const [group] = analyze('The plan was opposed in several countries.', THOROUGH).filter((f) => f.rule === 'weasel');
  assert.equal(group.severity, 'hint');
  assert.match(group.explanation, /"several countries" speaks of "countries" without saying which ones/);
});

test('a quantifier before an -s word or a modifier and its noun is no pronoun subject; a coordinated "others" is named alongside', () => {
  assert.deepEqual(found('The lab ran several cycles of purification.', 'weasel'), []);
  assert.deepEqual(found('The region contains several conserved motifs.', 'weasel'), []);
  assert.deepEqual(found('The ministry and others have published guidance.', 'weasel'), []);
  assert.deepEqual(found('The council consulted several members of the Finance Committee.', 'weasel'), []);
});

test('hearsay and folklore are warnings, silenced by a citation', () => {
  for (const text of [
    'There are reports that the militia has withdrawn from the border.',
    'Legend has it that the bridge was built in a single night.',
  ]) {
    const [hit] = analyze(text, THOROUGH).filter((f) => f.rule === 'weasel');
    assert.equal(hit.severity, 'warning');
    assert.match(hit.explanation, /names nobody who (says|tells) it/);
  }
  assert.deepEqual(found('There are reports that the militia has withdrawn from the border [4].', 'weasel'), []);
});

test('a verb-less group that only acts or is only counted is a hint; a camp or a described source stays a warning', () => {
  const severity = (text: string) =>
    analyze(text, THOROUGH)
      .filter((f) => f.rule === 'weasel')
      .map((f) => [f.text, f.severity]);
  assert.deepEqual(severity('Some scientists in smaller labs will have the time to retrain.'), [['Some scientists', 'hint']]);
  assert.deepEqual(severity('Independent analysts can evaluate the plan.'), [['Independent analysts', 'hint']]);
  assert.deepEqual(severity('Critics have long opposed the levy.'), [['Critics', 'warning']]);
  assert.deepEqual(severity('Russian sources put the losses at 4,000.'), [['Russian sources', 'warning']]);
  assert.deepEqual(
    analyze('Independent analysts can evaluate the plan.').filter((f) => f.rule === 'weasel'),
    [],
  );
});

test('public opinion as a topic and a group of actors are hints; public opinion as the source is a warning', () => {
  const precise = (text: string) =>
    analyze(text)
      .filter((f) => f.rule === 'weasel')
      .map((f) => f.text);
  assert.deepEqual(precise('The campaign tried to sway public opinion before the vote.'), []);
  assert.deepEqual(precise('Western diplomats met the envoy in Geneva.'), []);
  // People putting forward an option, not vouching for a claim.
  assert.deepEqual(precise('Most delegates expected Geneva, but some others suggested Vienna.'), []);
  // The literature described, not leaned on.
  assert.deepEqual(precise('Most studies of the corporate tax focus on large firms.'), []);
  assert.deepEqual(precise('Recent studies find that the tax falls mostly on workers.'), ['Recent studies find']);
  assert.deepEqual(precise('Contrary to popular belief, the scheme costs less than the old grant.'), ['popular belief']);
  assert.deepEqual(precise('Conventional wisdom holds that rent controls reduce supply.'), ['Conventional wisdom']);
});

test('popularity without a measure is a hint', () => {
  const [hit] = analyze('The scheme has proved very popular with tenants.', THOROUGH).filter((f) => f.rule === 'passive-attribution');
  assert.deepEqual([hit.text, hit.severity], ['very popular', 'hint']);
});

test('a vague source whose verb is also a hedge ("Some research suggests") is one finding, the weasel, on its words', () => {
  const findings = analyze('Some research suggests that the fee deters late filing.').map((f) => [f.rule, f.text]);
  // (and the claim it leaves unsupported, on the claim's own words)
  assert.deepEqual(findings, [
    ['weasel', 'Some research suggests'],
    ['unsupported-claim', 'the fee deters late filing'],
  ]);
  // Without the vague source, the verb is a hedge again.
  assert.deepEqual(
    analyze('The data suggest that the fee deters late filing.').map((f) => [f.rule, f.text]),
    [['hedge', 'suggest']],
  );
});
