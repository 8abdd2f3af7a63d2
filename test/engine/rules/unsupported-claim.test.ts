import { ruleCases } from './rule-cases';

ruleCases('unsupported-claim', {
  valid: [
    // questions listed in other words: an inquiry's terms, what to watch
    'The inquiry will examine:\n\n- whether staffing levels on the ward contributed to lapses in hand hygiene;\n- how the policy changed after 2019.',
    "What to watch:\n\n- whether households' one-year-ahead expectations keep falling.",
    'The review asks:\n\n- whether the scheme raised enrolment by 12%;',
    'Whether the new levy cut sugar consumption by a third;',
    // what nobody can foresee, a truism about forecasting
    'No one, of course, can foretell the future exactly.',
    // the writer's emphasis: how much a thing matters to her
    'Housing supply is one of the most important questions this council faces.',
    'One of the most pressing problems for rural schools is the recruitment of teachers.',
    // comparisons that measure nothing; the document's own list; a priority
    'More than anything, security is about good practice and understanding risk.',
    "Nothing is more important than the timely determination of next year's rates.",
    'This closure is more than a local crisis; it is a national challenge.',
    'For most schemes, none of the above conditions apply.',
    // the writer's own hope, put impersonally
    'It is hoped that the new minister is by now at his post and that talks have resumed.',
    // the figures of the writer's own proposal: its design and her own costing
    'Under this proposal, a household paying $1,000 in tax would pay an extra $60 a year.',
    'Our plan costs £640 million a year, met from the levy.',
    'It is of the first importance to consider this part of the budget.',
    // the writer's side's own budget and acts, first-hand; an aim listed with no verb of its own
    'My budget has funded a responsible increase in our ongoing operations.',
    'I vetoed the budget bill passed by the last session because of a constitutional objection.',
    'Our basic task is threefold:\n\n- First, to keep our economy growing;\n- to open for all the opportunity that is now enjoyed by most.',
    // the writer's own sample; data taken from a named source; what could have been done
    'Emergency admissions among our participants fell by about a third in their first year.',
    'Fire perimeters are taken from the NWS fire database, which records every wildfire reported since 1975.',
    'The team could have widened the scope to cost-effectiveness, but that would have required new data.',
    // a named source's expectation; the next sentence goes on reporting a source named (not only cited) before it
    'The Bank of England expects inflation to fall to 2% by 2026.',
    'The IMF reported that growth slowed to 2.1% in 2024. It expects inflation to fall to 3% by 2026.',
    // an absolute inside what someone may be asked to do describes the task, not the world
    'An analyst might be asked to link a dataset that was never collected for research.',
    // a guessed purpose of an act done by no one named, where the document speaks for the public body that did it
    'This Government has kept its promises.\n\nThe Moscow garrison has been reinforced in order to deter protests.',
    // a cause served or held, not a cause and its effect
    'Our Founders dedicated this country to the cause of human dignity and the rights of every person.',
    'The campaign acts in this cause with friends and allies at its side.',
    // the figure of what the writer's act asks for or sends, described by a relative after its object
    "Tonight, I'm calling on Congress to produce a bill that generates at least $1.5 trillion for new infrastructure.",
    // a named official who advised or informed the writer is the source
    "The result has been, as I am advised by the Secretary of the Treasury, that the estimates for next year are less than this year's appropriations by $42,818,000.",
    'The Secretary of the Treasury informs me that receipts will fall by $2 billion.',
    // a cause in a restrictive relative describes its noun, with an adverb after the pronoun too
    'We passed a reform that finally prevents insurers from refusing cover.',
    // a wish; a proposal's subjunctive; a change named as the object of the writer's own act, or taken as given before its noun
    'Workers want more than unemployment checks.',
    'I am in full accord with the proposal that the minimum wage be raised.',
    'We have reversed this decline in our own effort.',
    // the writer's side's acts joined to its subject by "and" or a comma
    'We cut staff, cut perks, even trimmed the fleet of official cars.',
    'We passed a tax reform for working families and doubled the child tax credit.',
    // owed, by its noun or an adverb of what is right
    'The envoys were received by the First Consul with the respect due to their character.',
    'The officers have not received the arrears of pay which are justly due to them.',
    'The members of both governments are under oath, and allegiance is due to the one and to the other.',
    // "drive" the noun; what a document sets out
    "Our quarrel is not with the people's drive for a better life.",
    'The available hard drive space prohibits a complete daily backup.',
    'The report of the Secretary of the Interior explains the condition of the public lands.',
    // a change ruled out of a course; a gerund naming a course
    'The new depot can be built by the summer, and without any increase in spending.',
    'Increasing energy supplies is not enough.',
    // what arises from a matter, no growth
    'The questions growing out of the proposed canal are of grave national importance.',
    'For several years angry disputes have grown out of the law on the mineral lands.',
    'That is why I have recommended a substantial increase in appropriations for the Department.',
    'Good jobs depend on expanded trade.',
    'The occupation dramatizes the vastly increased military power of the Soviet Union.',
    'Unemployment rose to 7.4% in 2023 [@ons2024].',
    'According to the ONS, unemployment rose to 7.4% in 2023.',
    'Member States should reduce emissions by 2030.',
    'The commissioner is responsible for setting out the question.',
    'This report uses the 2022 household survey to cost each option.',
    // a call to action, a course of action put as the only way, the speaker's side's own spending
    "And, by the way, let's raise the minimum wage to $15.",
    'The only way to move to full employment is to lay a new foundation for growth.',
    // a council's operative verb in capitals: its own directive or decision
    '15. ENCOURAGES Member States to maintain voluntary demand-reduction measures throughout the winter.',
    '8. CALLS ON the Member States to cut gas use by 15% by 30 June 2027.',
    // a change taken as given in passing, before its noun
    'Students faced with rising fees can apply for a larger maintenance grant.',
    "The county's growing population is also an ageing one.",
    'The rising cost of care is a problem for every council.',
    "That's why we have more than doubled funding for training dislocated workers since 1993.",
    // the figures of the writer's side's own acts and plans, told first-hand
    'Last year we cut the small business tax rate from 15 to 12 per cent, as we promised we would.',
    "We've posted more than 50,000 newly trained screeners in airports.",
    'My budget will ask the Congress for $500 million over the next ten years.',
    'I ask the Congress to commit $15 billion over the next five years to turn the tide against AIDS.',
    'Our assistance to Africa has more than doubled in the last four years.',
    "I'm therefore asking government, business and labour to join a voluntary programme to hold price rises below 2%.",
    'Tomorrow my administration will release a scorecard comparing 4,000 colleges.',
    'Last year our Department spent £4 million on the new roads.',
    'The committee discussed budget cuts at length.',
    "We've cut the paperwork load by more than 12 percent in less than a year.",
    // a body named by its title, in a document that speaks for it ("my Administration"): its acts are first-hand
    'My Administration has kept its promises.\n\nThe Administration has invested $2 billion in new hospitals since 2020.',
    // a body the document's title, byline or letterhead says it speaks for, named by its name: its acts are first-hand
    // (annotation guide: "Ireland has ratified…" in Ireland's speech)
    '# Statement by the Minister for Foreign Affairs of Ireland\n\nIreland has more than doubled its overseas development assistance since 2019, to over 1.4 billion euro this year.\n\nSince 2015, Ireland has trained 4,000 peacekeepers.\n\nIreland will contribute 25 million euro to the Loss and Damage Fund over the next three years.',
    '*Remarks by Jane Smith, Deputy Governor of the Bank of Canada, to the Winnipeg Chamber of Commerce*\n\nSince March 2022, the Bank of Canada has raised its policy rate by 475 basis points, to 5 per cent.\n\nThe Bank has reduced its holdings of Government of Canada bonds by about 40 per cent since 2021.',
    // a response sent through a consultation portal, under the organisation's full name
    'Feedback from: Mozilla Corporation\n\nMozilla has invested more than $50 million in privacy research since 2019.',
    // the size of a target the writer's side sets itself is its plan
    'We are on track to meet our target of 0.7% of GNI by 2030.',
    'Our new target of 55% fewer emissions by 2030 is within reach.',
    // a minister's speech speaks for the Government
    {
      code: 'SPEECH BY THE MINISTER OF STATE FOR HEALTH\n\nThe Government has invested £2 billion in new hospitals since 2020.',
      language: 'plaintext',
    },
    '# Skills for every stage of life\n\nMinister for Skills and Further Education, Rachel Okonjo MP\n\nThe Government has invested £2 billion in new colleges since 2020.',
    // a central bank known by its initials and the office held: its policy bodies' decisions are its own
    '*Speech by Isabel Schnabel, Member of the Executive Board of the ECB*\n\nIn September, the Governing Council raised the deposit facility rate to 4 per cent.',
    // a press release's letterhead names its issuer, by its short name too
    {
      code: 'HARBOURLINE RELIEF INTERNATIONAL\n\nPRESS STATEMENT - FOR IMMEDIATE RELEASE\n\nHarbourline Relief today launches an appeal for $14 million.\n\nHarbourline Relief is appealing for $14 million to reach 250,000 people over the next six months.',
      language: 'plaintext',
    },
    // the writer's country's acts, as "we" tells them; "we are appealing" acts as "we're appealing" does
    'Our country has welcomed more than 6,000 refugees since 2020.',
    'My country has contributed 2 million dollars to the fund this year.',
    'We are appealing for $14 million to reach 250,000 people.',
    // a central bank's policy bodies and its initials, in a board member's speech
    '*Speech by Isabel Schnabel, Member of the Executive Board of the European Central Bank*\n\nSince July 2022, the ECB has raised its key interest rates by 450 basis points.\n\nIn September, the Governing Council raised the deposit facility rate to 4 per cent.',
    "# Mozilla's response to the consultation on the Digital Fairness Act\n\nMozilla has invested more than $50 million in privacy research since 2019.",
    'I speak on behalf of the European Union and its 27 Member States.\n\nSince 2021, the European Union has resettled more than 70,000 refugees.',
    {
      code: 'OFFICE OF MANAGEMENT AND BUDGET\n\nMEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES\n\nSince 2021, the Office has cut the number of reporting requirements by 30 per cent.',
      language: 'plaintext',
    },
    // a legislature the document addresses with a request: its own acts, told to it, are on its record
    'I ask the Congress to act on the bill this spring.\n\nCongress cut the research budget by 20 percent in 2019.',
    'Over the last four years, we have significantly increased funding for these programmes.',
    'Early in my term we worked successfully with the Congress to secure the trust funds.',
    'First, we proposed the Superfund bill to provide $1.6 billion to clean up abandoned waste sites.',
    'Over the last two years, we have begun to rebuild the military -- with $700 billion last year and $716 billion this year.',
    // a recommendation opening with a verb the lexicon files as a noun; a source pointed back to
    'Raise defence spending to 2.5% of national income by 2030, with a binding path set in law.',
    // an instruction whose verb the lexicon files as a noun, a noun it reads as a verb after a preposition
    '- Address regressions in stable releases with more urgency than regressions in pre-releases.',
    'Today the list stands at 6.6 million, according to the same return published last week.',
    // plain text: a headline in capitals, and the items of a numbered list of recommendations
    {
      code: 'VESSARA FLOODS: RELIEF AGENCY APPEALS FOR $14 MILLION AND FULL ACCESS\n\nThe agency thanks its donors.',
      language: 'plaintext',
    },
    {
      code: 'Our recommendations:\n\n1. Raise defence spending to 2.5% of national income by 2030.\n2. provide safe water for 120,000 people in the camps;\n3. Restore the two brigades cut in the 2021 review.',
      language: 'plaintext',
    },
    // the writer's interpretation offered as one among others
    'One reading is that the ban is meant less to stop crime than to make the next protest harder to organise.',
    'My reading of the figures is that hybrid working has become a settled feature of the labour market.',
    // "made" as done, with an object and no result it brings about
    'The regional councils have made serious proposals to the ministry.',
    'Education and science have made further advances.',
    'You have made available funds with which to carry on this campaign.',
    // a need named is a recommendation; a proverb quoted is the saying's; the speaker's side's resolve; the quality a
    // purpose clause aims at
    'Therefore, the immediate need is a swift increase in our armament production.',
    'There is an old and true saying that the Lord hates a quitter.',
    'As the old saying goes, a stitch in time saves nine.',
    'None of us will be satisfied until the job is done.',
    'The design process is open to ensure that the system is of the highest quality.',
    // the document's plan for itself; a name in quotation marks; the majority a rule requires
    'Most of the remainder of this document will outline the powers of these bodies.',
    'The default option is "None of the above".',
    'A Foundation Document requires a 3:1 majority for its supersession.',
    'The members may amend this constitution, provided they agree with a 3:1 majority.',
    // the writer's side's act measured against its own record
    'We produced 21,000 anti-tank guns, six times greater than our production of two years before.',
    // advice: how often a course is wise, a mistake warned against; a participle describing its noun
    'It is always a good idea to check the figures twice.',
    'One of the biggest mistakes a new minister can make is to promise too much.',
    'The biggest mistake is to publish before the review.',
    'The clerk reminded the committee of previously raised objections.',
    // nothing set above a priority
    'Nor is there any subject on which moderation is more necessary than in the setting of duties.',
    'There is no task more urgent than repairing the flood defences.',
    // an instruction after a one-word opener; the writer's order of business
    'Instead, always make a commit with a complete message and send the series to the largest lists.',
    'Among these none holds a more important place than the public revenue, from the power by which it is raised on the people.',
    // the records the sentence opens from, named
    'From the returns made by the registers and receivers it was perceived that land sales were increasing to an unprecedented amount.',
    // a participle joined to one after a present passive: no past event
    'Regular expressions may consume all available system memory when they are compiled or evaluated.',
    // the public books' figures, where the document speaks for the government that keeps them
    'I invite your attention to the state of our finances.\n\nThe receipts into the Treasury during the present year will amount to more than $32,000,000.',
    // what a thing is meant to be; one course commended over another; the document's own selection; options open
    'The tip of master is meant to be more stable than any tagged release.',
    "It's better to have numerous simple routines than a few monolithic ones.",
    'There are many such websites, so only a few of the largest are mentioned here.',
    'There is more than one way to get involved in the community.',
    // a government's own costs, where the document speaks for it
    'I invite your attention to the state of our finances.\n\nThe expenses of the service over the receipts were $138,822.22 during the fiscal year.',
    // a time in a procedure
    'Less than a week before the release, a mail with the relevant information is sent to the distributions list.',
    // records named first
    'By the latest advices from the boundary commission it appears that the survey of the river cost $40,000.',
    // a preference; a body's recommendation to those it addresses; records named first
    'Nevertheless, it is better to submit patches to this document sooner rather than later.',
    'The Debian Project encourages all authors to not restrict any files from being modified.',
    'From returns received at the Navy Department it appears that more than 1,000 vessels have been captured.',
    // an "alpha" style's citation keys
    'The data model was the most advanced of its time [rowe87], and queries ran twice as fast [Knu84, ston87a].',
    // a message that reads its departments' reports speaks as the holder of their accounts
    'The report of the Secretary of the Navy presents a full account of the service.\n\nThe total expenditure of the Navy Department during the year was $238,647,262.35.',
    // a public service's own counts, where the document speaks for the government that runs it
    'I invite your attention to the report of the Postmaster-General.\n\nThere were 14,304,041 money orders issued during the year, an increase of 994,306.',
    // a record named in the sentence, and what appears in it
    'For the sums collected I refer you to the accompanying reports of the Secretary of War and of the Secretary of the Navy, by which it appears that a sum exceeding half a million dollars has been collected.',
    // a clause reduced to its participle names no cause
    'You can also just enter your password when prompted.',
    // the reader pointed to a record and its holder, and what the record shows after it
    'I ask attention to the report of the Postmaster-General, the following being a summary statement of the condition of the Department: The revenue for the year was $9,049,296, about 2 per cent less than in 1860. The expenditures were $13,606,759, a decrease of more than 8 per cent.',
    'I refer you to the report of the Secretary of the Interior. It will be seen that the cash sales of the public lands exceed those of the preceding year by 40 per cent.',
    'It will be perceived by the report of the Postmaster-General that the gross expenditure of the Department rose by 30 per cent.',
    // the public lands' own sales, counted, where the document speaks as their holder
    'I invite your attention to the state of the public lands.\n\nThe quantity of land sold during the year was 1,609,919 acres, and the net profits from the sale of the public lands amounted to $53,289,465.',
    // accounts with no other holder named, a census, in a message that speaks as the government
    'I recommend this subject to the consideration of the Assembly.\n\nThe expenditures for the first three quarters of this year amount to $24,734,346.97. Of the loan of $12,000,000 only $5,432,726.88 have been negotiated. The enumeration of persons has been completed, and exhibits a grand total of 17,069,453.',
    // the writer's order of her own aims; a matter judged of interest; an appropriation left unspent
    'The first object is to place our sea port towns out of the danger of insult.',
    'The connection of the United States with Europe has become extremely interesting.',
    'I recommend this subject to the Assembly.\n\nThe sum of $50,000 appropriated by the Congress for providing gun boats remains unexpended.',
    // the season; a goal with its infinitive split; a change given in passing
    'Last fall I asked the Assembly to choose that course.',
    'Last year, I asked you to voluntarily cut the number and cost of earmarks in half.',
    'It meets our obligations and funds our growing needs.',
    // a title, capitalised mid-sentence
    'The minister thanked the First Lady of the Republic and the members of the Assembly.',
    // a point in time; a duty that falls to someone; measured against the writer's side's own wishes
    'Little more than 100 weeks ago I assumed the office of President.',
    'Less than one year has passed since I first stood at this podium.',
    // nothing set above what the writer names
    'This contest has been very interesting to other powers, and to none more so than to our own.',
    'It has fallen to us, in our time, to undo damage that was a long time in the making.',
    'Curing those problems has taken more time and a higher toll than any of us wanted.',
    'I have never been more hopeful about the future of this country than I am tonight.',
    // how often to do it, a directive; a habit of saying
    'I ask all members to put their country ahead of their party, and to always debate principles; never debate personalities.',
    'As always, the real credit belongs to the American people.',
    // the government's own budget, where the document speaks as the government
    'I recommend a budget that keeps faith with the Assembly.\n\nTotal spending in the administrative budget will be $112.8 billion. Revenues next year will be $111 billion.',
    'I recommend a budget that keeps faith with the Assembly.\n\nThe national debt will rise to over $500 billion. This year, our deficit is projected to be $10 billion and heading lower.',
    // an idiom of extent; an item of the writer's own list
    'For the most part, later releases focused on portability and reliability.',
    'The first of these is to believe that the coding standards do not matter.',
    // the acts of the legislature the writer addresses, told to it
    'This Congress produced a new law, the motor voter bill, to help millions of people register to vote.',
    // a course urged as owed
    'It seems due to the safety of the people that measures be taken to separate the Government from the bank.',
    'The protection due to these citizens required an effectual interposition.',
    // the writer's emphasis on the matters before her
    'Of the unsettled matters, the most prominent are those which have for years been the subject of negotiation.',
    'The most interesting events of the year are connected with the financial operations of the Government.',
    // a named source with its affiliation set off by commas
    'Mr. A. B. Shepperson, of the New York Cotton Exchange, estimates the number of working spindles at 15,200,000.',
    'The report of Labor Commissioner Peck, of New York, shows that wages rose by $6,377,925 in 1891.',
    // payable, not a fall; sufficient, not compared; a security named by its coupon; a duty ranked; a date
    'The interest on the debt has been regularly paid as it fell due.',
    'The means provided for paying the interest on the public debt are more than ample.',
    'The 3 per cent bonds have all been retired.',
    'It is a duty, and one of the highest duties, of Government to secure a sound currency.',
    'The first year of the second century of our constitutional existence finds the representatives of every American state in conference.',
    // what a matter raised for discussion; the reason asked after; what it is well should be
    'The recent legislation has given rise to the question whether laborers may pass through our territory.',
    'He requested to be informed of the cause.',
    'It is well that a consciousness of rapid advancement and increasing strength be associated with humility.',
    // grounds for a view, not a cause; owed, not caused; the writer's reason for her own act
    'I have had no cause to change that opinion, and the committee had much cause for satisfaction.',
    'Much is due to courtesy between nations.',
    'I reluctantly vetoed the budget bill because of a constitutional objection.',
    // contracted as entered into, not shrunk
    'I again invite your attention to the status of marriages of citizens contracted abroad.',
    // the record named as where it will be shown
    'A striking illustration of these frauds will be exhibited in the report of the Secretary of the Treasury, showing that valuations fell by half after the law changed.',
  ],
  invalid: [
    {
      // a council's verb that records a fact, in capitals, and an operative verb in lower case as a cause
      code: '16. NOTES that household energy bills rose by 40% between 2021 and 2025.',
      errors: [{ messageId: 'claim', text: 'NOTES that household energy bills rose by 40% between 2021 and 2025' }],
    },
    {
      code: 'Cheap credit encourages households to borrow more than they can repay.',
      errors: [{ messageId: 'claim', text: 'Cheap credit encourages households to borrow more than they can repay' }],
    },
    {
      // a sentence that opens with an indirect question and asserts its main clause
      code: 'Whether you can buy a home now depends less on what you earn than on who your parents are.',
      errors: [
        {
          messageId: 'claim',
          text: 'Whether you can buy a home now depends less on what you earn than on who your parents are',
        },
      ],
    },
    {
      code: 'A striking illustration of these frauds will be exhibited here: valuations fell by half after the law changed.',
      errors: [
        {
          messageId: 'claim',
          text: 'A striking illustration of these frauds will be exhibited here: valuations fell by half after the law changed',
        },
      ],
    },
    {
      code: 'It will be seen that the cash sales of the public lands exceed those of the preceding year by 40 per cent.',
      errors: [
        {
          messageId: 'claim',
          text: 'It will be seen that the cash sales of the public lands exceed those of the preceding year by 40 per cent',
        },
      ],
    },
    {
      code: 'The national debt contracted by 4 per cent in 1850.',
      errors: [{ messageId: 'claim', text: 'The national debt contracted by 4 per cent in 1850' }],
    },
    {
      code: 'The expenditures for the first three quarters of this year amount to $24,734,346.97.',
      errors: [{ messageId: 'claim', text: 'The expenditures for the first three quarters of this year amount to $24,734,346.97' }],
    },
    // what was seen, or a change after "that" or a new clause, is no act of the writer's side
    {
      code: 'We know that rents rose sharply and doubled.',
      errors: [{ messageId: 'claim', text: 'We know that rents rose sharply and doubled' }],
    },
    {
      code: 'We saw rents rise sharply, and then doubled.',
      errors: [{ messageId: 'claim', text: 'We saw rents rise sharply, and then doubled' }],
    },
    {
      code: 'Interest rates on the bonds rose to 4 per cent.',
      errors: [{ messageId: 'claim', text: 'Interest rates on the bonds rose to 4 per cent' }],
    },
    {
      code: 'High interest rates gave rise to a wave of bankruptcies.',
      errors: [{ messageId: 'claim', text: 'High interest rates gave rise to a wave of bankruptcies' }],
    },
    {
      code: 'For the first time in our history, more than half of graduates are women.',
      errors: [{ messageId: 'claim', text: 'For the first time in our history, more than half of graduates are women' }],
    },
    { code: 'Drought is the cause of the famine.', errors: [{ messageId: 'claim', text: 'Drought is the cause of the famine' }] },
    {
      code: 'The rise is more due to wages than to prices.',
      errors: [{ messageId: 'claim', text: 'The rise is more due to wages than to prices' }],
    },
    {
      code: 'The ruling is the most important privacy judgment the Court has delivered since 2015.',
      errors: [{ messageId: 'claim', text: 'The ruling is the most important privacy judgment the Court has delivered since 2015' }],
    },
    {
      code: 'Officials, from several ministries, say that rents rose by 20% last year.',
      errors: [{ messageId: 'claim', text: 'say that rents rose by 20% last year' }],
    },
    {
      code: 'The fall in revenue is largely due to the tariff.',
      errors: [{ messageId: 'claim', text: 'The fall in revenue is largely due to the tariff' }],
    },
    {
      code: 'Low interest rates drive inflation.',
      errors: [{ messageId: 'claim', text: 'Low interest rates drive inflation' }],
    },
    {
      code: 'The tariff explains the fall in imports.',
      errors: [{ messageId: 'claim', text: 'The tariff explains the fall in imports' }],
    },
    {
      code: 'Rents rose sharply without any increase in wages.',
      errors: [{ messageId: 'claim', text: 'Rents rose sharply without any increase in wages' }],
    },
    {
      code: 'Rising rents are pushing families out of the city.',
      errors: [{ messageId: 'claim', text: 'Rising rents are pushing families out of the city' }],
    },
    {
      code: 'Imports have grown out of all proportion to exports.',
      errors: [{ messageId: 'claim', text: 'Imports have grown out of all proportion to exports' }],
    },
    {
      code: 'We cut staff; rents doubled.',
      errors: [{ messageId: 'claim', text: 'We cut staff; rents doubled' }],
    },
    {
      code: 'Prices fell sharply last year.',
      errors: [{ messageId: 'claim', text: 'Prices fell sharply last year' }],
    },
    {
      code: 'We spent 3% of national income on defence in the 1980s, when we were poorer than we are now.',
      errors: [{ messageId: 'claim', text: 'We spent 3% of national income on defence in the 1980s, when we were poorer than we are now' }],
    },
    {
      code: 'Costs rose by more than one percent in a year.',
      errors: [{ messageId: 'claim', text: 'Costs rose by more than one percent in a year' }],
    },
    {
      code: 'Costs were 40 percent higher than the Treasury expected.',
      errors: [{ messageId: 'claim', text: 'Costs were 40 percent higher than the Treasury expected' }],
    },
    {
      code: 'Prices have fallen to their lowest level in a decade.',
      errors: [{ messageId: 'claim', text: 'Prices have fallen to their lowest level in a decade' }],
    },
    {
      code: 'Governments never keep their promises on aid.',
      errors: [{ messageId: 'claim', text: 'Governments never keep their promises on aid' }],
    },
    {
      code: 'The national debt will rise to over $500 billion.',
      errors: [{ messageId: 'claim', text: 'The national debt will rise to over $500 billion' }],
    },
    {
      code: 'Revenues next year will be $111 billion.',
      errors: [{ messageId: 'claim', text: 'Revenues next year will be $111 billion' }],
    },
    {
      code: 'The first of these countries to ratify the treaty was Norway.',
      errors: [{ messageId: 'claim', text: 'The first of these countries to ratify the treaty was Norway' }],
    },
    {
      code: 'The first country to ratify the treaty was Norway.',
      errors: [{ messageId: 'claim', text: 'The first country to ratify the treaty was Norway' }],
    },
    {
      code: 'Organisation has become necessary in the business world.',
      errors: [{ messageId: 'claim', text: 'Organisation has become necessary in the business world' }],
    },
    {
      code: 'The main cause of the shortage is the closure of the port.',
      errors: [{ messageId: 'claim', text: 'The main cause of the shortage is the closure of the port' }],
    },
    {
      code: 'The delay is due to the strike at the port.',
      errors: [{ messageId: 'claim', text: 'The delay is due to the strike at the port' }],
    },
    {
      code: 'Exports fell because of the strike at the port.',
      errors: [{ messageId: 'claim', text: 'Exports fell because of the strike at the port' }],
    },
    {
      code: 'He made a speech by which it appears that prices rose by 40 per cent.',
      errors: [{ messageId: 'claim', text: 'He made a speech by which it appears that prices rose by 40 per cent' }],
    },
    {
      code: 'The fall in exports, when prompted by the shortage, hurt the region.',
      errors: [{ messageId: 'claim', text: 'The fall in exports, when prompted by the shortage, hurt the region' }],
    },
    {
      code: 'There is no country more unequal than Ruritania.',
      errors: [{ messageId: 'claim', text: 'There is no country more unequal than Ruritania' }],
    },
    {
      code: 'The biggest mistake of the decade was the bailout.',
      errors: [{ messageId: 'claim', text: 'The biggest mistake of the decade was the bailout' }],
    },
    {
      code: 'The deficit is more than a billion dollars.',
      errors: [{ messageId: 'claim', text: 'The deficit is more than a billion dollars' }],
    },
    {
      code: 'The waiting list is more than a year long.',
      errors: [{ messageId: 'claim', text: 'The waiting list is more than a year long' }],
    },
    {
      // a ranking by performance or size, not by importance
      code: 'Childhood vaccination is one of the most cost-effective interventions available to a health system.',
      errors: [
        {
          messageId: 'claim',
          text: 'Childhood vaccination is one of the most cost-effective interventions available to a health system',
        },
      ],
    },
    {
      // "made" with a result after its object, or a comparison at once
      code: 'High interest rates have made housing unaffordable for young families.',
      errors: [{ messageId: 'claim', text: 'High interest rates have made housing unaffordable for young families' }],
    },
    {
      code: 'The contractors have made a negotiated settlement in the north harder to reach.',
      errors: [{ messageId: 'claim', text: 'The contractors have made a negotiated settlement in the north harder to reach' }],
    },
    {
      // a need that has grown is a trend; the ranking of the main clause after a purpose clause opening the sentence
      code: 'The need for housing has doubled since 2010.',
      errors: [{ messageId: 'claim', text: 'The need for housing has doubled since 2010' }],
    },
    {
      code: 'To ensure a fair comparison, we note that Denmark has the highest tax rate in Europe.',
      errors: [{ messageId: 'claim', text: 'To ensure a fair comparison, we note that Denmark has the highest tax rate in Europe' }],
    },
    {
      // the writer's side's act measured against others
      code: 'We produced more anti-tank guns than any other country.',
      errors: [{ messageId: 'claim', text: 'We produced more anti-tank guns than any other country' }],
    },
    {
      // a vote reported, and a generalisation outside quotation marks
      code: 'The bill passed with a two-thirds majority in 2019.',
      errors: [{ messageId: 'claim', text: 'The bill passed with a two-thirds majority in 2019' }],
    },
    {
      code: 'The default option, None of the above, never wins an election.',
      errors: [{ messageId: 'claim', text: 'The default option, None of the above, never wins an election' }],
    },
    {
      // "None of us can be satisfied when …" presupposes the fact after "when"
      code: 'None of us can be satisfied when two-thirds of the citizens chose not to vote last year.',
      errors: [{ messageId: 'claim', text: 'None of us can be satisfied when two-thirds of the citizens chose not to vote last year' }],
    },
    {
      code: 'Few countries in the region have made slower progress.',
      errors: [{ messageId: 'claim', text: 'Few countries in the region have made slower progress' }],
    },
    {
      // a ranking the writer's own act makes of the world still wants its source
      code: 'My budget includes the largest increase in defense spending in two decades.',
      errors: [{ messageId: 'claim', text: 'My budget includes the largest increase in defense spending in two decades' }],
    },
    {
      // a purpose clause before a main clause asserts the main clause
      code: 'To meet the emergency, the banks set up a credit pool of $500 million in 1931.',
      errors: [{ messageId: 'claim', text: 'To meet the emergency, the banks set up a credit pool of $500 million in 1931' }],
    },
    {
      // the vague source's quantifier is no claim of its own: the claim is what the source says
      code: 'Many observers say the debt is unpayable.',
      errors: [{ messageId: 'claim', text: 'the debt is unpayable' }],
    },
    {
      // "It" with no source before it names none
      code: 'Growth slowed to 2.1% in 2024. It expects inflation to fall to 3% by 2026.',
      errors: [
        { messageId: 'claim', text: 'Growth slowed to 2.1% in 2024' },
        { messageId: 'claim', text: 'It expects inflation to fall to 3% by 2026' },
      ],
    },
    {
      code: 'The cause of the fire was a faulty heater.',
      errors: [{ messageId: 'claim', text: 'The cause of the fire was a faulty heater' }],
    },
    {
      code: 'We passed a budget that the courts later cut by $2 billion.',
      errors: [{ messageId: 'claim', text: 'We passed a budget that the courts later cut by $2 billion' }],
    },
    {
      code: 'Congress cut the research budget by 20 percent in 2019.',
      errors: [{ messageId: 'claim', text: 'Congress cut the research budget by 20 percent in 2019' }],
    },
    {
      code: 'The war increased demand for steel.',
      errors: [{ messageId: 'claim', text: 'The war increased demand for steel' }],
    },
    {
      code: 'There was a substantial increase in crime last year.',
      errors: [{ messageId: 'claim', text: 'There was a substantial increase in crime last year' }],
    },
    {
      code: 'We have seen a sharp increase in fraud.',
      errors: [{ messageId: 'claim', text: 'We have seen a sharp increase in fraud' }],
    },
    {
      code: 'Federal spending has taken a steadily increasing share of national income.',
      errors: [{ messageId: 'claim', text: 'Federal spending has taken a steadily increasing share of national income' }],
    },
    {
      code: 'Rents are rising in every coastal town.',
      errors: [{ messageId: 'claim', text: 'Rents are rising in every coastal town' }],
    },
    {
      code: 'The ban is meant less to stop crime than to make the next protest harder to organise.',
      errors: [{ messageId: 'claim', text: 'The ban is meant less to stop crime than to make the next protest harder to organise' }],
    },
    {
      code: 'Exports have more than doubled since 2010.',
      errors: [{ messageId: 'claim', text: 'Exports have more than doubled since 2010' }],
    },
    // the same act, in a document that does not speak for the Government, is a claim to source
    {
      code: 'We recommend a cap on fees.\n\nThe Government has invested £2 billion in new hospitals since 2020.',
      errors: [{ messageId: 'claim', text: 'The Government has invested £2 billion in new hospitals since 2020' }],
    },
    // the same acts where nothing says the document speaks for that body, or where the byline names another
    {
      code: 'Since March 2022, the Bank of Canada has raised its policy rate by 475 basis points, to 5 per cent.',
      errors: [
        { messageId: 'claim', text: 'Since March 2022, the Bank of Canada has raised its policy rate by 475 basis points, to 5 per cent' },
      ],
    },
    {
      code: '*Remarks by Jane Smith, Deputy Governor of the Bank of Canada*\n\nSince March 2022, the Federal Reserve has raised its policy rate by 5 percentage points, to 5.5 per cent.',
      errors: [
        {
          messageId: 'claim',
          text: 'Since March 2022, the Federal Reserve has raised its policy rate by 5 percentage points, to 5.5 per cent',
        },
      ],
    },
    // another central bank's acts, and what the economy did, in that speech
    {
      code: '*Speech by Isabel Schnabel, Member of the Executive Board of the European Central Bank*\n\nThe Federal Reserve has raised its policy rate by 5.25 percentage points since March 2022.\n\nEuro area inflation fell to 2.9 per cent in October.',
      errors: [
        { messageId: 'claim', text: 'The Federal Reserve has raised its policy rate by 5.25 percentage points since March 2022' },
        { messageId: 'claim', text: 'Euro area inflation fell to 2.9 per cent in October' },
      ],
    },
    // without the words that make it a press release, a line in capitals is no letterhead of any name
    {
      code: 'HARBOURLINE RELIEF INTERNATIONAL\n\nHarbourline Relief is appealing for $14 million to reach 250,000 people over the next six months.',
      language: 'plaintext',
      errors: [
        {
          messageId: 'claim',
          text: 'Harbourline Relief is appealing for $14 million to reach 250,000 people over the next six months',
        },
      ],
    },
    // another's target, and a target missed by a measure, stay claims
    { code: 'The EU target of 55% is within reach.', errors: [{ messageId: 'claim', text: 'The EU target of 55% is within reach' }] },
    {
      code: 'Our target was missed by 20% last year.',
      errors: [{ messageId: 'claim', text: 'Our target was missed by 20% last year' }],
    },
    // a headline that names a minister is no byline
    {
      code: '# What the Minister for Housing got wrong\n\nThe Government has cut housing grants by 20% since 2020.',
      errors: [{ messageId: 'claim', text: 'The Government has cut housing grants by 20% since 2020' }],
    },
    // what the writer's country is, or undergoes, stays a claim
    {
      code: 'Our country is vibrant and our economy is thriving like never before.',
      errors: [{ messageId: 'claim', text: 'Our country is vibrant and our economy is thriving like never before' }],
    },
    { code: 'Our nation grew by 3% last year.', errors: [{ messageId: 'claim', text: 'Our nation grew by 3% last year' }] },
    { code: 'We are growing by 3% a year.', errors: [{ messageId: 'claim', text: 'We are growing by 3% a year' }] },
    // in the speech of the body's country, what the country has, and what happens in it, stay claims
    {
      code: '# Statement by the Minister for Foreign Affairs of Ireland\n\nIreland imports 70% of its energy.',
      errors: [{ messageId: 'claim', text: 'Ireland imports 70% of its energy' }],
    },
    {
      code: '# Statement by the Minister for Foreign Affairs of Ireland\n\nInflation in Ireland has fallen to 2.1 per cent.',
      errors: [{ messageId: 'claim', text: 'Inflation in Ireland has fallen to 2.1 per cent' }],
    },
    // a heading that names a body, in sentence case, is what the document is about, not its letterhead
    {
      code: '# Bank of Canada\n\nSince March 2022, the Bank of Canada has raised its policy rate by 475 basis points, to 5 per cent.',
      errors: [
        { messageId: 'claim', text: 'Since March 2022, the Bank of Canada has raised its policy rate by 475 basis points, to 5 per cent' },
      ],
    },
    // what the writer's side has or is, and what its economy did, are claims; so is a subject that only looks like a verb
    { code: 'We have 5% unemployment.', errors: [{ messageId: 'claim', text: 'We have 5% unemployment' }] },
    { code: 'Our economy will grow by 3% next year.', errors: [{ messageId: 'claim', text: 'Our economy will grow by 3% next year' }] },
    { code: 'Our country imports 40% of its gas.', errors: [{ messageId: 'claim', text: 'Our country imports 40% of its gas' }] },
    // the writer's side's act ranked against history or compared with others is a claim to source
    {
      code: 'Last year, we made the largest investment in basic research in history.',
      errors: [{ messageId: 'claim', text: 'Last year, we made the largest investment in basic research in history' }],
    },
    { code: 'Our economy grew by 3% last year.', errors: [{ messageId: 'claim', text: 'Our economy grew by 3% last year' }] },
    {
      code: 'Review findings show that rents rose 20% in 2023.',
      errors: [{ messageId: 'claim', text: 'Review findings show that rents rose 20% in 2023' }],
    },
    // the writer's side's acts are no analysis of its own: the claims of a speech that reports them still need sources
    {
      code: 'In Afghanistan, we helped to liberate an oppressed people. Today nearly 30 million people in Africa have the AIDS virus.',
      errors: [{ messageId: 'claim', text: 'Today nearly 30 million people in Africa have the AIDS virus' }],
    },
    // plain text: a lead-in ending with a colon, and a line ending with a semicolon, end their sentences at the line break
    {
      code: 'Since the end of 1976:\nAlmost 9 million new jobs have been created;\nTotal employment has reached 97 million.',
      language: 'plaintext',
      errors: [
        { messageId: 'claim', text: 'Almost 9 million new jobs have been created' },
        { messageId: 'claim', text: 'Total employment has reached 97 million' },
      ],
    },
    // plain text: a heading line in capitals over its text is no part of the text's first sentence
    {
      code: 'HIGHWAYS\nThe network grew by 40% in 1928.',
      language: 'plaintext',
      errors: [{ messageId: 'claim', text: 'The network grew by 40% in 1928' }],
    },
    // a list line in plain text is an item of its own, without its mark
    {
      code: 'In brief:\n- Rents rose 30% in 2024.\n- Evictions doubled in two years.',
      language: 'plaintext',
      errors: [
        { messageId: 'claim', text: 'Rents rose 30% in 2024' },
        { messageId: 'claim', text: 'Evictions doubled in two years' },
      ],
    },
    {
      code: 'The new rules let us publish data 40% faster.',
      errors: [{ messageId: 'claim', text: 'The new rules let us publish data 40% faster' }],
    },
    {
      code: 'Hybrid working has become a settled feature of the labour market.',
      errors: [{ messageId: 'claim', text: 'Hybrid working has become a settled feature of the labour market' }],
    },
    {
      code: 'Unemployment rose to 7.4% in 2023.',
      errors: [{ messageId: 'claim', text: 'Unemployment rose to 7.4% in 2023' }],
      output: 'Unemployment rose to 7.4% in 2023.[^1]\n\n[^1]: Source.\n',
    },
    {
      code: 'Rents rose, in part because of the new levy.',
      errors: [{ messageId: 'claim', text: 'Rents rose, in part because of the new levy' }],
    },
    {
      code: 'Insurers have never priced war risk this way before.',
      errors: [{ messageId: 'claim', text: 'Insurers have never priced war risk this way before' }],
    },
    // the claim a vague source frames starts after its "that", an adverb of the saying or the one told included in the frame
    { code: 'Officials told reporters that the plan is dead.', errors: [{ messageId: 'claim', text: 'the plan is dead' }] },
    {
      code: 'Diplomats say privately that the contractor is paid in mining concessions.',
      errors: [{ messageId: 'claim', text: 'the contractor is paid in mining concessions' }],
    },
    {
      code: 'Instead, prices rose by 40% in the largest markets.',
      errors: [{ messageId: 'claim', text: 'Instead, prices rose by 40% in the largest markets' }],
    },
    {
      code: 'Exports hold a more important place in the Irish economy than in the French one.',
      errors: [{ messageId: 'claim', text: 'Exports hold a more important place in the Irish economy than in the French one' }],
    },
    {
      code: 'From the start it was clear that land sales were increasing to an unprecedented amount.',
      errors: [{ messageId: 'claim', text: 'From the start it was clear that land sales were increasing to an unprecedented amount' }],
    },
    {
      code: 'The receipts into the Treasury during the present year will amount to more than $32,000,000.',
      errors: [{ messageId: 'claim', text: 'The receipts into the Treasury during the present year will amount to more than $32,000,000' }],
    },
    {
      code: 'I invite your attention to the state of our finances.\n\nWages in the manufacturing towns have risen by $2 a week since 1832.',
      errors: [{ messageId: 'claim', text: 'Wages in the manufacturing towns have risen by $2 a week since 1832' }],
    },
    {
      code: 'The new branch is more stable than any tagged release.',
      errors: [{ messageId: 'claim', text: 'The new branch is more stable than any tagged release' }],
    },
    {
      code: 'More than one household in five is in arrears.',
      errors: [{ messageId: 'claim', text: 'More than one household in five is in arrears' }],
    },
    {
      code: 'Less than a week of supply remains in most pharmacies.',
      errors: [{ messageId: 'claim', text: 'Less than a week of supply remains in most pharmacies' }],
    },
    {
      code: 'The rate of infections doubled in 2020 [note].',
      errors: [{ messageId: 'claim', text: 'The rate of infections doubled in 2020 [note]' }],
    },
    {
      code: 'The total expenditure of the Navy Department during the year was $238,647,262.35.',
      errors: [{ messageId: 'claim', text: 'The total expenditure of the Navy Department during the year was $238,647,262.35' }],
    },
    {
      code: 'There were 14,304,041 money orders issued during the year, an increase of 994,306.',
      errors: [{ messageId: 'claim', text: 'There were 14,304,041 money orders issued during the year, an increase of 994,306' }],
    },
  ],
});
