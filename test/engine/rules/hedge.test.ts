import { ruleCases } from './rule-cases';

ruleCases('hedge', {
  valid: [
    // a stance that names the right course is part of the recommendation (annotation guide)
    'In our view, the right approach is to pilot the scheme in two regions.',
    // an indirect question after a verb that says or sets out its answer
    'The ministry has not said what those measures might be.',
    'The report reviews what the reform might achieve.',
    // the hedge of a clause a cited source's verb of reporting introduces is that source's
    'Smith (2020) estimates that imports could lower the cost of decarbonisation substantially.',
    "The Agency's long-term assessment projects that the number of properties at high risk could rise by a quarter [@era2024].",
    { code: '\\citet{bachmann2023} estimate that imports of ammonia could lower the cost of decarbonisation.', language: 'latex' },
    // a course the writer judges proper, and a body's discretion with an aside on whose judgement it is
    'I think it proper to observe that the commissioner accepted the post with reluctance.',
    'The Assembly may in its wisdom decide whether any change ought to be made.',
    // a proposal in the impersonal passive; a hope; a course of action named
    'It is therefore suggested whether it would not serve the public interest to appoint an agent.',
    'I am hopeful that better relations between the two countries may be brought about.',
    // when a document is due; a recommendation put politely; appearance set against fact; a measure against what was looked for
    'The report may be expected at an early period during the present session.',
    'The operation of the pension laws may deserve the renewed consideration of the Assembly.',
    'I urge upon your attention the apparently slight, but really important, changes to the law therein suggested.',
    'The revenues of the year correspond as nearly as might be expected with the estimates of the last.',
    // what the records named show; a class of whatever it was
    'It appears from these communications that the province declared itself independent in July 1816.',
    'By a circular note addressed to the allied powers, it appears that the allies have undertaken to mediate.',
    'Whatever benefit to the public might have ensued from competition between the two lines was lost.',
    'It seems due to the safety of the people that measures be taken to separate the Government from the bank.',
    // a right a rule gives, whenever its holder chooses
    'Core Team members may resign their position at any time.',
    // what was impossible, asserted
    'No one could have anticipated a course so extraordinary.',
    'Nothing could have been effected by his presence.',
    // resolve; a courtesy to the audience; a concession; an option within the writer's proposal
    'We must succeed, and I believe we will.',
    'And I believe most of you are too.',
    'Strange as it may seem, the levy was repealed in March.',
    'We will propose a top rate of no more than 35 percent, and possibly lower.',
    // a counterfactual appearance; the odds within a picture put to the listener
    'We are doing something that would have seemed unimaginable 7 years ago.',
    "If you worked hard, chances are you'd have a job for life.",
    "Maybe you'd even have the pride of seeing your kids work at the same company.",
    'Just 10 days ago, the bipartisan commission accomplished the seemingly impossible.',
    // the abstract noun; a possibility ruled out
    'We live in an age of possibility.',
    "Likewise, we are restoring our Nation's manufacturing might.",
    // an invitation to picture it; what was impossible; the abstract noun
    'Imagine what we could accomplish if we followed their example.',
    'We have faced challenges we expected, and others we could never have imagined.',
    'America is turning peril into possibility, crisis into opportunity.',
    // a risk named; a point granted and answered at once
    'An important source of danger to our economy is the possibility that prices might be raised too far.',
    'Words may be futile, but war is not the only means of commanding respect.',
    // a risk named; an option put forward; an unknown named; an emphatic comparison
    'Mankind approaches a state where mutual annihilation becomes a possibility.',
    'These rulers must remain ever vigilant against the possibility of invasion.',
    'Another avenue may be through the reopening of negotiations on a test ban.',
    'They have not made clear the plans they may have, if any, for mutual inspection.',
    'But we could make no more tragic mistake than merely to concentrate on military strength.',
    // an indirect question about the past; a class of what they incur; a stance set inside a recommendation; what it would
    // have been fair to do
    'It will merit inquiry what defects in the existing plan further experience may have brought to light.',
    'The commissioners served without pay, and Congress should reimburse such expenses as they may necessarily incur.',
    'As the United States are not a party to the treaty, they should, in my opinion, keep an envoy at Sofia.',
    'In all former crises the blame might have been fairly attributed to a variety of causes.',
    // a conviction declared, as firmly as "I firmly believe"
    'And I report to you that I believe, with abiding conviction, that this people have the will to meet these trials.',
    'I believe with all my heart that our schools can do better.',
    // what the public came to picture, an indirect question; what is safe to do, a proposal
    'As time went on, the public began to visualize what the downfall of the banks might mean to their savings.',
    'Special provision must be made for small farms, and the limit of land loans may be safely enlarged.',
    'The reserve may safely be reduced once the new dam is complete.',
    'There would not be any possibility of your passing them if you worked night and day.',
    'To prevent this, it seems to me that one great step would be taken by prohibiting banks from paying interest on deposits.',
    // what someone is or may be directed, allowed or given to do; what someone could do more of: a circumstance or a proposal
    'Analysts might be asked to produce the first draft, but the programme team should own the final version.',
    'Councils could be required to publish their registers every year.',
    'Where a sector sees a rapid inflow, labour inspectorates could be given extra resources to enforce existing pay rules.',
    'EU delegations could do far more to explain what alignment would mean for household bills.',
    'The regulator could do better.',
    // where something is printed; an entitlement; the alternatives open to someone; a candidate in a list; a class picked
    // out with no "that"; a vague source's own words (the weasel rule flags the source)
    'Decision-makers treat the central estimate as a promise once it appears in a press release.',
    'Enumerators may legitimately finish quickly with small households.',
    'They may drop the affected interviews, or they may re-interview the households with a different enumerator.',
    'A third possibility is the so-called lighthouse effect, in which the legal minimum serves as a reference wage.',
    'Many observers regard the debt as unpayable at any premium level the programme could charge.',
    'Industry analysts have warned that the models may also understate the effect of sea-level rise.',
    // a proposal put softly or politely, and a course of action judged with no "is"
    "And maybe it's time that stopped.",
    'Perhaps it is time to rethink the levy.',
    'The Congress may well consider the question of supplying fair salaries.',
    'Rather I believe it advisable to entrust these functions to a board.',
    'I believe this bureau is needed, and I recommend favorable consideration of this proposal.',
    // a course of action called necessary, or a value judged, after "I believe": the writer's stance
    'I believe it is now necessary to begin the new buildings.',
    'I believe this is an essential contribution to justice and to public order.',
    'I believe that patience is a virtue.',
    'The task is hard, and it seems to me a manifest dictate of wisdom that we should remove every legal obstacle.',
    // what the writer puts to a body: a proposal
    'I will suggest that Congress appropriate a small additional allowance for official expenses.',
    'Last May I suggested that the Parliament also consider raising the ceiling on benefits.',
    // feasibility with a phrase before its infinitive; a requirement laid down with "shall"
    'It is possible in dealing with our unused land to effect a great rural development.',
    'Henceforth, I expect that their single purpose shall be to serve the whole Nation.',
    // a name; advice softened after its modal; a recommendation put politely; what would have spared it; a state of knowledge
    'The statement was signed by Theresa May and Grant Likely.',
    'The script lists the maintainers who should probably receive copies of the patch.',
    'Any further sum would perhaps be better employed in stocking spare parts.',
    'Much of the extra work could have been avoided with an early discussion.',
    'Uncertain as to the outcome, the board postponed the vote.',
    'Asking volunteers to work unpaid weekends is not a possibility.',
    // an estimate in the form of accounts; a wish; a class or a discretion in drafting; news that reached the writer; a
    // recommendation put softly; the reader's choice guessed at; how a case will look, foretold
    'The receipts for the year may be fairly estimated at $20 million.',
    'I hope that the time may soon come when both councils can settle the question.',
    'The board accepted the rules of that bill, or of such other rule as might be passed next session.',
    'The reserve may be used or not, as policy and the needs of the service may seem to require.',
    'It having come to my knowledge that a company proposed to build a depot, I wrote to the minister.',
    'In general, perhaps it is best not to use the extensions.',
    'If a user offers a patch for another platform, you will probably want to accept it.',
    'If the status is 256, the parent sees 0, and it will appear that the program succeeded.',
    // a purpose; a recommendation the stance introduces
    "Do not write '()' after a function name just to indicate it is a function.",
    'Raw materials not produced at home, it seems to me, should be entered free.',
    // a judgement a rule's condition asks for; what would follow if the rule were not kept; a bill endorsed
    'Teams are free to pass the work to the stable team if the fault probably never occurred in the main release.',
    'This covers the main release too, as build errors otherwise might stop testers from testing it.',
    'In its revised form, I believe that the bill furnishes the foundation for a sound budget system.',
    // knowledge as what grows; a result measured against what was looked for; an item added to a sum; common ground
    // appealed to; the writer's case for a course of action; a condition; whatever someone will judge fit
    'Useful additions have been made to our knowledge of the estuary by the survey team.',
    'The pilot has had all the success which could have been expected.',
    'To this may also be added $50,000 to cover the arrears of past years.',
    'I think all of us recognize that the floods have given new urgency to the repair programme.',
    'The mere size of the backlog seems to me to furnish a cogent argument for the repeal of the cap.',
    'The estimates assume current law, except so far as revenues may be affected by causes other than new legislation.',
    'The board will support the scheme in every way which shall appear proper.',
    'Perhaps the best piece of advice for reviewers is this: ask questions rather than criticise.',
    // a participle naming what was proposed; an old purpose clause
    'Maintaining a program includes receiving suggested patches from users.',
    'That the defence may be cheaper, the council will pool its depots.',
    // the act of assuming named; the writer ranking her own points
    'Reviewers are warned against assuming that a merged change is finished.',
    'The levy raises revenue and, perhaps more importantly, it changes what firms buy.',
    // what is fair; an idiom of emphasis; an illustration set out
    'The Government might very properly be given a greater voice in the committee.',
    'If the act is not extended, the country might just as well expect price chaos by summer.',
    'A disaster scenario could go on in the following fashion: the attacker gains access to the web server.',
    'Examples could be the time of measurement or the measurement error.',
    'We think a second review is urgently needed.',
    'In any event, I think it is imperative that we act to resist inflation.',
    'I believe that the recommendations of the review are generally sound.',
    // what someone may choose to look at, a case that can arise, latitude within the writer's advice, a step proposed
    'One may be interested in a conditional effect or a marginal effect.',
    'Readers might be interested in the annex on costs.',
    'It may happen that a council meets the target without changing its practice.',
    'Higher thresholds may be acceptable for small firms.',
    'Such schemes may be attractive where take-up is low.',
    'If the campaign is to be effective, the other steps suggested should be acted on at once.',
    // the speaker's resolve, her own decision put modestly, her reaction to what she shows, the reader's case guessed at,
    // what a plan allows once its condition is met
    'I believe that we can make the next four years the best in our history.',
    'From every point of view, it has seemed to be my duty to speak these declarations of purpose.',
    'Looking at the plot, it seems a bit surprising that the last three means are all about the same.',
    'Perhaps your question has to do with interacting factors.',
    'Further tax cuts will be possible when justified by lower expenditures.',
    // a verdict on a thing with no "is", an appeal to the listener, a course judged
    'I believe it deficient in certain particulars, and improvements will be submitted shortly.',
    'Nevertheless I think you will agree with me that we have created a permanent feature of our industrial structure.',
    'To me, it seems almost absurd for the United States to seek cooperation abroad and not at home.',
    // a class of cases picked out, an option for someone, what may come asked about, a request to the reader
    'The law should limit appeals to disputes of such character as are likely to affect the public welfare.',
    'These architectures may be an appropriate choice for small offices.',
    'A few trends can already be noted, and we can try to guess what might happen.',
    'If you think your standards would be generally useful, please do suggest them.',
    // the writer's verdict owning its stance in brackets, what a body asks of its members, advice softened, what happens
    // now and then
    'The best (in our opinion) helper system is debhelper.',
    'Also, we expect that contributors are interested in the whole project.',
    'If you only want the most important news, you probably should subscribe to the announcements list.',
    'As a consequence, it may be difficult at times to stay in touch with what happens.',
    // a reading disclaimed, an instruction about what not to imply, a course called for, the writer's own decision
    'I do not suggest that every farm family can earn a living on its own farm.',
    'Please avoid suggesting it is any company’s project.',
    'I believe the time has come to conduct a broad national inquiry into the financial system.',
    'In this message it seems unnecessary that I should repeat my earlier recommendations.',
    // a sign that says so, an option named, another option weighed, an option set up to be advised against, an appeal
    '- a session greeting indicating that the last connection came from an unknown server;',
    'These images can be sent to another server (possibly with the nc tool).',
    // the latest periods of a published series, revised in later releases
    'Recent years may be revised as later imagery confirms which areas are regenerating.',
    // the writer's side's own discretion, a second verb after "and"
    'We refer the complainant back and may reopen the case if the body has not replied within 20 working days.',
    // the options open to someone, in a clause without its pronoun
    'There are practical steps the council could take.',
    'The measures they might adopt include a levy on landfill.',
    // a procedure that gives the decision to a role
    'Projects that use only anonymous surveys of adults may be reviewed by the school’s delegated reviewer.',
    // a right a rule gives to firms, or to a role named before its relative clause
    'Firms may apply to the Fund from January 2028.',
    'An applicant who receives an unfavourable opinion may appeal to the Pro-Vice-Chancellor within 20 working days.',
    // guidance weighing whether a design or an option suits a case
    'A simple process evaluation may be enough where the intervention is a modest change to an established service.',
    'Where the question is how a programme works, a theory-based design could be more informative.',
    'The right design for a pilot may be too heavy for the routine programme that follows.',
    'A low-cost intervention may still warrant a rigorous impact evaluation if it is novel.',
    // an aside that opens on the adverb: an option or an example; a table's mark that says what it means
    'Both charts show (possibly higher-dimensional) tables of the survey responses.',
    'If only a few rows (perhaps zero or one) match the query, a full scan wastes time.',
    'Use the summary table (or possibly the annex) for the regional figures.',
    'The dark blue cell indicates that the rate of improvement is significant at the 1% level.',
    'An asterisk indicates that the estimate rests on fewer than 30 responses.',
    'On the monitoring server, you would install the server package, possibly together with the web frontend.',
    'While it may seem tempting to analyze the system as it runs, this is best avoided.',
    'I think that all thoughtful observers will agree that our first duty is to prevent monopoly.',
    // what usually holds in practice
    'If the structure were known, it could be modelled, but more often than not the form of autocorrelation is unknown.',
    // how it looks, set against what the writer holds it is
    'This is a matter which, as I have said, seems small, but is in reality very great.',
    // an option put forward
    'However, there may also be a middle ground between the two extremes.',
    // the writer's proposal, put politely or introduced as a course of action
    'And I respectfully suggest that two elements are essential to such a system.',
    'It seems to me that the first step toward providing this is to supply ourselves with a budget system.',
    // an option not taken, weighed against what it would have meant
    'The team could have widened the scope to cost-effectiveness, but that would have required new data.',
    // an attributive "likely" in what a document studies names a topic
    'This report describes how the credit works and reviews research on its likely economic effects.',
    'The paper discusses the likely winners and losers from the reform.',
    // a value judged, not a factual claim weakened
    'I believe, as most of you do, that the health service is worth fighting for.',
    'I believe such a change would be fairer to the whole force.',
    // a role named by what its holder does, with a verb only a person or a body does: a right or a duty
    'Reviewers may request further information from the applicant.',
    'Reviewers may not request changes to the design of a study.',
    'Where a carbon price has already been paid abroad, the importer may deduct it.',
    // what can be done, with its condition
    'Our work on this bill shows what is possible if we set aside posturing.',
    // circumstances that "suggest the urgency of" a course of action call for it; they hold no claim open
    'All these circumstances suggest the urgency of a decision by Parliament this session.',
    // a concession over every case, and a conviction affirmed with no claim of its own
    'Whatever the causes may be, the collapse has left the region without credit.',
    'However large the gap may seem, it can be closed within the decade.',
    'I believe this.',
    'We think so, and we would welcome conversations with partners who hold the data.',
    // the writer's own call on a course of action, introduced by an impression verb
    'It seems to me especially important that every council publishes its register.',
    'It appeared important and desirable to attach conditions to the licence.',
    // a recommendation weighed ("it may be that … should be allotted"), not a claim held open
    'In some districts it may be that the common land should be allotted to the settlers for grazing.',
    'Member States may submit their plans by 30 June.',
    'Councils may wish to publish their registers early.',
    'The fund covers rents in May and June.',
    'Prices are very likely (80–90 %) to rise before 2027.',
    'Where the scope is unclear, agree it in writing.',
    // the uncertainty stated, not a doubt cast on another claim
    'All analysis is uncertain.',
    'Forecasts are uncertain.',
    // examples, a demand made of someone, and a role one person may hold
    'Reviewers might ask, for example:',
    'Each section sets out what we expect of every project.',
    // the cases a thing may fall into, laid out
    'The individual effect may be in turn either independent of the regressors or correlated with them.',
    'The unit of analysis may be either a household or a firm.',
    // an expectation as the measure of a comparison, or as a condition or a goal: no prediction made
    'Growth will be weaker than we expect.',
    'Much more must be done by the states if we expect to reduce the toll of crime.',
    'One person may hold more than one role on a small project.',
    'Departments may withhold code where publishing it would harm security.',
    'An agency may add terms required by its own statutes.',
    // a possibility ruled out is a certainty; a thing named as expected is not a claim hedged
    'The breach could not have contributed to the damage.',
    'The cost of a claim often exceeds the likely award.',
    // a permission set against a prohibition is a rule; an act judged feasible is no claim held open
    'Agencies may share the data but may not sell it.',
    'Retrofitting version control onto a finished project is possible.',
    // a degree given at once in a figure; a tendency stated (a hint, shown when thorough)
    'Extrapolating the trend would put the stock somewhat lower, at around £41 billion.',
    'Better-off households tend to spend a smaller share of any extra wealth.',
    // research proposed, and a stance that introduces a course of action judged
    'Future work could extend the model to include risk premia, which might change the ranking.',
    'If inflation eases, it will in my view be appropriate to reduce the policy rate.',
    'In my view, the worst response would be to cut the grant now.',
    'In our view a well-designed cap is the surest route to affordable care.',
    'We believe this has to change.',
    'We believe that every young person deserves a fair first chance at work.',
    'I would argue, therefore, that we should judge the scheme by how accounts are used.',
    'A working group will take the template forward, and we expect to report on the pilot next year.',
    // a funder's expectations of the reader; its own powers
    'We expect your report to be honest about what has not gone well.',
    'If a report is more than two months late, we may pause payments until it arrives.',
    'The council could repeat our canopy survey every three years.',
    'We will evaluate the pilot, and we may adjust these plans as we learn what works.',
    // what the writer will say or look for, named; a standard set; advice introduced; an inference denied
    'This post sets out what we know and what I think the campaign was trying to do.',
    'This guidance explains what we expect to see if we ask for an assessment.',
    'We expect an impact assessment to be proportionate to the risk.',
    'Three steps seem to me worth taking:',
    'The vote was not rigged, and nothing in this note suggests that it was.',
    // a named speaker's forecast reported, after "but" or a participle of saying; a permission with its condition
    'Lindqvist said a deal could come by the spring but might cover only some manufacturers.',
    'Liang was more cautious, saying Beijing was unlikely to accept the offer.',
    'Under the cap, shipping firms may service a cargo only if it was bought below the agreed price.',
    'Public bodies may depart from a principle only with the agreement of the Digital Services Board.',
    // a speaker's courtesy before a remark, a concession of degree, an association of ideas
    'And I might note that the rule applies to every contract.',
    'And I might also recognize one who came with the general tonight.',
    // a value held; what the listener has heard; as far as one is able
    'I believe in a smarter kind of leadership.',
    'There could be no greater contrast than the scenes we saw last week.',
    "Perhaps we can negotiate a different agreement, or perhaps we can't.",
    "But I think it's incumbent on us to monitor the farm situation very carefully.",
    'Contrary to the wild charges you may have heard, this administration has not cut pensions.',
    'I want to challenge every business that can possibly afford it to provide pensions for its employees.',
    'I expect the departments and agencies, Members of Congress and State and local officials to study the recommendations closely.',
    "As hard as it may be, it's time to fix the problems that hamper growth.",
    // a possibility inside a class picked out, and a standard demanded of others
    'Patients with a terminal illness should have access to experimental treatment that could potentially save their lives.',
    'From now on, we expect trading relationships to be fair and reciprocal.',
    'For me, when I think “climate change,” I think “jobs.”',
    // a hedge inside a named source's reported claim is the source's
    'The authors note that hotter summers since then may have masked part of the effect.',
    'A study by the Caspian Energy Monitor estimated last year that exports could grow by perhaps 4 bcm a year by 2027.',
    'Officials say the first returns flights could begin as early as March.',
    // "could" opening an item of a list of recommendations or options proposes a course of action
    'Options for Congress include:\n\n1. Congress could pair the credit with grants to expand licensed care.\n2. Libraries could extend drop-in digital help to evenings.',
    '- **Pre-position repair capacity.** Norway and its neighbours could jointly charter an ice-capable repair ship.',
    // what can happen whenever a case arises, as "can" would say it
    'Regular expressions may consume all available system memory when they are compiled or evaluated.',
    'When the kernel developers change an interface, function names may change and structures may grow or shrink.',
    // a case put to the reader about her own work; a use of the document suggested to readers; a likeness drawn
    'Your code may be doing something differently from what you wanted it to do.',
    'Programmers documenting their own work may also find this guide worthwhile.',
    'We name one style of English, much as a software project might declare a four-space indentation standard.',
    // the writer pointing to a point, as "note that" would
    'It may be observed that the stipulations of these treaties conform to the amendments adopted by the Senate.',
    // every item of a loose list under a checklist's lead-in is a test, wrapped lines and all
    'A bug needs to meet all of the following\ncriteria to be considered a security issue:\n\n- The behavior is not mentioned in the documentation\nor the issue tracker.\n\n- The behavior is likely to be exposed to attack in\notherwise secure applications.',
    // what a name tells; the document's own guidelines; one activity in a list; the writer's own knowledge; advice
    'Perl workshops are, as the name might suggest, workshops where Perl is taught.',
    'The following guidelines may help you judge whether your interface is simple enough:',
    'The maintainer spends his time reviewing, commenting on, suggesting alternatives to, and rejecting patches.',
    'The outcome of the vote is yet unknown to me.',
    'It seems expedient to regulate the consular courts by law.',
    // a checklist's lead-in wrapped over two lines: its last line does not name the criteria
    'In his book, Damian Conway gives a list of criteria to use when deciding if OO is the\nright fit for your problem:\n\n- The system is large, or is likely to become large.\n\n- The parts of the system are likely to change over time.',
    // what comes to mind; an idiom of confidence; records named before "it appears"; the writer's own result
    'A variety of considerations, which will readily suggest themselves, urge attention to this measure.',
    'A general emigration may therefore be confidently expected at an early day.',
    'By the latest advices from the boundary commission it appears that the survey has been completed.',
    'It thus appears that second-class mail was two-thirds of the weight carried.',
    // a case put to the reader; an illustration; a course weighed; a way shown
    'You may have worked on fixing the bug with these two patches.',
    'For example, the timeline might be agreed upon in the middle of a discussion of code formatting.',
    'For fixes deemed urgent, it may be in the best interest of users to shorten the release timeline.',
    'Keep separate topics on separate branches, perhaps like so:',
    // a procedure permitted; the speaker's hope; the writer's proposal; what can be relied on
    'This may be done for only a specific package or for the archive as a whole.',
    'As the Government is now tranquil, we may hope soon to receive the ratification of the treaty.',
    'I therefore respectfully suggest that Congress might aid both services by a definite provision.',
    'While these ships may be relied upon for harbor defense, larger ones will be necessary.',
    // a hope, far from its "that"; a counterfactual; whatever something may suggest
    'I cherish strong hope that in view of our relations of amity with both countries our friendly counsels may prevail.',
    'If he had such power the Government might be republican in form, but it would be a monarchy in fact.',
    'The form of government is open to such improvements as further information might suggest.',
    // advice against a course
    'If you have applications to maintain, there seems little point in moving to the interim release.',
    // whatever was judged needed; a conviction stated emphatically
    'Such works of defense have been erected as seemed to be called for by the situation of the several places.',
    'If the treaty is carried out in that spirit, there is every reason to believe that it will succeed.',
    // a gap in knowledge inside a condition: a case, not a claim
    'If it is not clear from the documentation what the function does, report that too.',
    // a courtesy to the reader; the reader's case, then what to do
    'As you can probably guess from the names, the net tree is for fixes to existing code.',
    'Assuming that you use git, use the prefix flag.',
    // one way of doing it offered to the reader
    'If you want it inlined, make sure the variable is not referenced elsewhere, possibly by copying it.',
    // a property of the thing named, stated: not settled, not known (a hint; on the real documents and our own, 2 of 13 such
    // findings were hedges the readers marked)
    'The long-run effect of the levy is unknown.',
    'The cause of the outbreak is still unknown.',
    'The outcome of the armistice negotiation still remains uncertain.',
    'The law was left in an uncertain and therefore unsatisfactory state.',
    'In such studies the underlying genetic model is unknown.',
    // a purpose; a class ("any wrongs they may have suffered", "in whatever section"); a case put by an inverted "had"; owed
    'The laws were put in force in order that the people might contribute to the national income.',
    'We demand redress for any wrongs they may have suffered.',
    'Had the United States resorted to this extremity, we might have appealed to the whole civilized world.',
    'We should remember that however great may have been the advantages of union, they are not enough.',
    'These questions appeal to every citizen, in whatever section he may reside.',
    'We must examine the several cases in which indemnification may be due.',
    // what is wished for; a courtesy; a past case put under "if"; a course endorsed
    'It is much to be desired that this legislation may become operative before the season opens.',
    'We may congratulate ourselves that the year has passed in peace.',
    'If this agreement could have been reached earlier, it would have been more effective.',
    'The experience of the past year has emphasized, in my opinion, the desirability of the steps I then proposed.',
    // what a situation was judged to call for; a condition of extent; conviction declared; belief before a recommendation
    'I confined myself to such communications as the exigency of the moment seemed to require.',
    'Neither the time nor the occasion appeared to require any general statement of policy.',
    'Instructions were given to remove so far as it might be practicable all causes of future variance.',
    'I believe firmly that there can be no lasting revival of trade until the currency is sound.',
    'I believe it is in the power of Congress at this session to devise legislation that will renew confidence.',
    'I believe that it is often necessary, and even where not necessary often wise, that there should be a union of workers.',
    // a comparison measured against what one looked for or feared; a remedy proposed; the content of a fear
    'On the whole the talks have been more successful than could have been reasonably anticipated.',
    'Relations are more satisfactory than a nation so distracted might reasonably have apprehended.',
    'The reports present such recommendations as experience and observation suggest.',
    'There was a widespread apprehension that the truce might fail.',
  ],
  invalid: [
    { code: 'In our view, the levy has reduced demand.', errors: [{ messageId: 'hedge', text: 'In our view' }] },
    // the writer's own estimate, and her comment on what a cited source reported, are hers
    {
      code: 'We estimate that imports could lower the cost of decarbonisation substantially [@era2024].',
      errors: [{ messageId: 'hedge', text: 'could' }],
    },
    {
      code: 'Interviews with providers showed that uptake was lowest in remote areas, which may explain the variation [@dsv2025].',
      errors: [{ messageId: 'hedge', text: 'may' }],
    },
    { code: 'These circumstances suggest that the canal will be finished late.', errors: [{ messageId: 'hedge', text: 'suggest' }] },
    { code: 'However, prices may rise next year.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'These are the findings which the survey data suggest.', errors: [{ messageId: 'hedge', text: 'suggest' }] },
    { code: 'The treaty may have been signed in haste.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'The economy seemed to require a stimulus.', errors: [{ messageId: 'hedge', text: 'seemed' }] },
    { code: 'The agreement could have been reached earlier.', errors: [{ messageId: 'hedge', text: 'could' }] },
    { code: 'We had the best team, and it might have won the cup.', errors: [{ messageId: 'hedge', text: 'might' }] },
    { code: 'It is not clear that the levy reduced emissions.', errors: [{ messageId: 'hedge', text: 'not clear' }] },
    { code: 'It is uncertain that the scheme will survive.', errors: [{ messageId: 'hedge', text: 'uncertain' }] },
    { code: 'The fall in output may be due to the drought.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'So far as we can tell, prices may fall next year.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'I believe the levy is worth about 2% of GDP.', errors: [{ messageId: 'hedge', text: 'I believe' }] },
    {
      code: 'Prices may rise next year, or they may fall.',
      errors: [
        { messageId: 'hedge', text: 'may' },
        { messageId: 'hedge', text: 'may' },
      ],
    },
    { code: 'One possibility is that the survey missed the poorest households.', errors: [{ messageId: 'hedge', text: 'possibility' }] },
    { code: 'The figures may reasonably be expected to rise.', errors: [{ messageId: 'hedge', text: 'may' }] },
    // a possibility held open beside a picture or a safe course: still hedges
    { code: 'The downfall of the banks might mean the loss of their savings.', errors: [{ messageId: 'hedge', text: 'might' }] },
    { code: 'The figures may be safely assumed to rise.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'The supply effect may be fairly large.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'I believe, with the committee, that prices will rise.', errors: [{ messageId: 'hedge', text: 'I believe' }] },
    { code: 'Prices should, in my view, fall next year.', errors: [{ messageId: 'hedge', text: 'in my view' }] },
    { code: 'Further experience may have brought these defects to light.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'The blame might have been wrongly attributed to the banks.', errors: [{ messageId: 'hedge', text: 'might' }] },
    { code: 'The reserve may be exhausted before the new dam is complete.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'It appears on balance that the levy has failed.', errors: [{ messageId: 'hedge', text: 'appears' }] },
    { code: 'The likely cost of the scheme is $2 billion a year.', errors: [{ messageId: 'hedge', text: 'likely' }] },
    // a fact held open is no value judged; an inference drawn is no proposal
    { code: 'We suggest that the data are wrong.', errors: [{ messageId: 'hedge', text: 'suggest' }] },
    { code: 'Prices may well rise next year.', errors: [{ messageId: 'hedge', text: 'may' }] },
    {
      code: 'Perhaps the strongest objection is about health, and it deserves a serious answer.',
      errors: [{ messageId: 'hedge', text: 'Perhaps' }],
    },
    { code: 'The reform seems small, but it has cut costs.', errors: [{ messageId: 'hedge', text: 'seems' }] },
    { code: 'Perhaps the issue came up because the definitions differ.', errors: [{ messageId: 'hedge', text: 'Perhaps' }] },
    { code: 'We therefore suggest that the two functions overlap.', errors: [{ messageId: 'hedge', text: 'suggest' }] },
    { code: 'I believe the reform is fairly popular among landlords.', errors: [{ messageId: 'hedge', text: 'I believe' }] },
    // an expectation is no direction; more of something is no recommendation; a given advantage is no purpose
    { code: 'Prices could be expected to rise next year.', errors: [{ messageId: 'hedge', text: 'could' }] },
    { code: 'I believe this is an accurate count of the cases.', errors: [{ messageId: 'hedge', text: 'I believe' }] },
    { code: 'The effect may be larger in rural districts.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'It seems to me a plain fact that prices have risen.', errors: [{ messageId: 'hedge', text: 'seems' }] },
    { code: 'I suggest that the council has misread its own figures.', errors: [{ messageId: 'hedge', text: 'suggest' }] },
    { code: 'It is possible in principle that prices will fall.', errors: [{ messageId: 'hedge', text: 'possible' }] },
    { code: 'Prices could rise in the following year.', errors: [{ messageId: 'hedge', text: 'could' }] },
    { code: 'Prices will perhaps rise more sharply next year.', errors: [{ messageId: 'hedge', text: 'perhaps' }] },
    { code: 'The fire could have been caused by a faulty cable.', errors: [{ messageId: 'hedge', text: 'could' }] },
    { code: 'Prices would perhaps be higher without the levy.', errors: [{ messageId: 'hedge', text: 'perhaps' }] },
    {
      code: 'They rest, as far as they have come to my knowledge, on two grounds.',
      errors: [{ messageId: 'hedge', text: 'to my knowledge' }],
    },
    { code: 'It would appear that prices have risen.', errors: [{ messageId: 'hedge', text: 'appear' }] },
    { code: 'To our knowledge, no survey of the estuary exists.', errors: [{ messageId: 'hedge', text: 'To our knowledge' }] },
    { code: 'The flooding could have been expected by the regulators.', errors: [{ messageId: 'hedge', text: 'could' }] },
    { code: 'This may be added to the bill next year.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'I think all prices will rise next year.', errors: [{ messageId: 'hedge', text: 'I think' }] },
    { code: 'Prices seem to me to be rising.', errors: [{ messageId: 'hedge', text: 'seem' }] },
    { code: 'Perhaps the best schools are in the north.', errors: [{ messageId: 'hedge', text: 'Perhaps' }] },
    { code: 'The evidence on housing suggested links between rent and health.', errors: [{ messageId: 'hedge', text: 'suggested' }] },
    { code: 'The board decided that prices may rise.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'That reading may be too simple.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'That may help to explain the narrower discount.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'So far as we know, prices may rise.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'Such measures as may appear costly have paid for themselves.', errors: [{ messageId: 'hedge', text: 'appear' }] },
    { code: 'The results indicate that the levy failed.', errors: [{ messageId: 'hedge', text: 'indicate' }] },
    { code: 'We believe these measures would cost about $2 billion a year.', errors: [{ messageId: 'hedge', text: 'We believe' }] },
    {
      code: 'Assuming that rates stay low, the fund will break even by 2027.',
      errors: [{ messageId: 'hedge', text: 'Assuming that' }],
    },
    {
      code: 'We expect to see a similar development for software management plans in the future.',
      errors: [{ messageId: 'hedge', text: 'We expect' }],
    },
    { code: 'The new tariff could do much more harm than good.', errors: [{ messageId: 'hedge', text: 'could' }] },
    { code: 'Large firms could be given an unfair advantage.', errors: [{ messageId: 'hedge', text: 'could' }] },
    // a thing named like a role, or a verb a thing can do; "required to" of a thing is "needed for"
    { code: 'Such predictors may not generalize to other cell types.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'The promoter may participate in the regulation of this gene.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'A second silencer may be required to resume expression in these cells.', errors: [{ messageId: 'hedge', text: 'may' }] },
    {
      code: 'But I believe that, for the first time, the door is open to a settlement.',
      errors: [{ messageId: 'hedge', text: 'I believe' }],
    },
    { code: 'The reform appears to have reduced waiting times.', errors: [{ messageId: 'hedge', text: 'appears' }] },
    { code: 'It may be that prices should fall further next year.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'Prices may be expected to rise next year.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'It appears from the start that prices rose by 40 per cent.', errors: [{ messageId: 'hedge', text: 'appears' }] },
    { code: 'Prices may rise at any time.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'The reform could make no difference to prices.', errors: [{ messageId: 'hedge', text: 'could' }] },
    { code: 'The plan may be costly for tenants.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'There is a possibility that prices will rise.', errors: [{ messageId: 'hedge', text: 'There is a possibility that' }] },
    { code: 'I believe we will see prices fall next year.', errors: [{ messageId: 'hedge', text: 'I believe' }] },
    { code: 'The plan is seemingly popular with landlords.', errors: [{ messageId: 'hedge', text: 'seemingly' }] },
    { code: 'The rate will fall to 35 percent, and possibly lower.', errors: [{ messageId: 'hedge', text: 'possibly' }] },
    { code: 'The shortage could have been caused by the strike.', errors: [{ messageId: 'hedge', text: 'could' }] },
    { code: 'The shortage might have been caused by the strike.', errors: [{ messageId: 'hedge', text: 'might' }] },
    { code: 'The reform may deserve some of the blame for the fall in exports.', errors: [{ messageId: 'hedge', text: 'may' }] },
    {
      code: 'If the blockade holds, it may be presumed that the junta will give up the contest.',
      errors: [{ messageId: 'hedge', text: 'may' }],
    },
    {
      code: 'The levy may reduce rents.',
      errors: [{ messageId: 'hedge', text: 'may' }],
      fix: 'State the likelihood: "is likely (about 70 %) to reduce"',
      output: 'The levy is likely (about [N] %) to reduce rents.',
    },
    { code: 'Rents will probably fall next year.', errors: [{ messageId: 'hedge', text: 'probably' }] },
    { code: 'The data suggest that demand has peaked.', errors: [{ messageId: 'hedge', text: 'suggest' }] },
    { code: 'In my view, the levy has failed.', errors: [{ messageId: 'hedge', text: 'In my view' }] },
    { code: 'I would argue that the levy has failed.', errors: [{ messageId: 'hedge', text: 'I would argue' }] },
    { code: 'We expect rents to rise next year.', errors: [{ messageId: 'hedge', text: 'We expect' }] },
    { code: 'The levy could have caused the fall in rents.', errors: [{ messageId: 'hedge', text: 'could' }] },
    { code: 'The likely outcome is a deal.', errors: [{ messageId: 'hedge', text: 'likely' }] },
    { code: 'Rents may rise, but they may not fall.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'A recession is possible next year.', errors: [{ messageId: 'hedge', text: 'possible' }] },
    {
      code: 'I believe it likely that prices will fall.',
      errors: [
        { messageId: 'hedge', text: 'I believe' },
        { messageId: 'hedge', text: 'likely' },
      ],
    },
    { code: 'Lindqvist said the talks had ended, but rents might rise.', errors: [{ messageId: 'hedge', text: 'might' }] },
    { code: 'Rents may rise only if demand grows.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'Lawyers seem divided on how far the law can go.', errors: [{ messageId: 'hedge', text: 'seem' }] },
    { code: 'I would judge that inflation has peaked.', errors: [{ messageId: 'hedge', text: 'I would judge' }] },
    { code: 'Rents were somewhat higher in 2023 than in 2022.', errors: [{ messageId: 'hedge', text: 'somewhat' }] },
    { code: 'The levy may raise rents, for example.', errors: [{ messageId: 'hedge', text: 'may' }] },
    // the same proposals in running prose, where "could" may as well predict; and outcomes or causes in a list
    { code: 'Congress could pair the credit with grants to expand licensed care.', errors: [{ messageId: 'hedge', text: 'could' }] },
    { code: '- The higher threshold could lead some providers to hand back contracts.', errors: [{ messageId: 'hedge', text: 'could' }] },
    {
      code: '- Congress could probably pass the bill by June.',
      errors: [
        { messageId: 'hedge', text: 'could' },
        { messageId: 'hedge', text: 'probably' },
      ],
    },
    // a permission without its condition of "only", and a named speaker's words carried by a verb of evidence, are the writer's reading
    { code: 'Public bodies may depart from a principle.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'I think prices will fall next year.', errors: [{ messageId: 'hedge', text: 'I think' }] },
    { code: 'We expect prices in most regions to rise.', errors: [{ messageId: 'hedge', text: 'We expect' }] },
    { code: 'I believe that the levy has failed.', errors: [{ messageId: 'hedge', text: 'I believe' }] },
    { code: 'The new rules may be costly for small firms.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'I believe we will see prices fall next year.', errors: [{ messageId: 'hedge', text: 'I believe' }] },
    { code: 'Prices may be an issue next year.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'We expect that prices will fall next year.', errors: [{ messageId: 'hedge', text: 'We expect' }] },
    { code: 'These results suggest that the levy failed.', errors: [{ messageId: 'hedge', text: 'suggest' }] },
    { code: 'Prices will rise next year, possibly by 5%.', errors: [{ messageId: 'hedge', text: 'possibly' }] },
    { code: 'The levy (perhaps 5% of turnover) will fall on small firms.', errors: [{ messageId: 'hedge', text: 'perhaps' }] },
    { code: 'The response data indicate that demand fell.', errors: [{ messageId: 'hedge', text: 'indicate' }] },
    { code: 'These measures might not be enough to reach the target.', errors: [{ messageId: 'hedge', text: 'might' }] },
    { code: 'Energy prices may be too high for many households.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'Firms may raise prices next year.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'Prices may be driven by energy costs this winter.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'We raised rates and may see inflation fall next year.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'The rules may be revised next year.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'The results may justify a larger trial.', errors: [{ messageId: 'hedge', text: 'may' }] },
    {
      code: 'The reform will be passed this spring, possibly together with the budget.',
      errors: [{ messageId: 'hedge', text: 'possibly' }],
    },
    { code: 'The survey data indicate that prices fell.', errors: [{ messageId: 'hedge', text: 'indicate' }] },
    {
      code: 'An outbreak could and probably should have been declared by mid-April.',
      errors: [
        { messageId: 'hedge', text: 'could' },
        { messageId: 'hedge', text: 'probably' },
      ],
    },
    { code: 'Disputes are likely to rise next year.', errors: [{ messageId: 'hedge', text: 'likely' }] },
    { code: 'It seems clear that rents fell.', errors: [{ messageId: 'hedge', text: 'seems' }] },
    { code: 'Perhaps the reform will lower prices.', errors: [{ messageId: 'hedge', text: 'Perhaps' }] },
    { code: 'It may be that the levy happens to work.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'Perhaps the levy failed.', errors: [{ messageId: 'hedge', text: 'Perhaps' }] },
    { code: 'There could be a greater contrast next year.', errors: [{ messageId: 'hedge', text: 'could' }] },
    {
      code: 'Wage settlements could possibly add to inflation.',
      errors: [
        { messageId: 'hedge', text: 'could' },
        { messageId: 'hedge', text: 'possibly' },
      ],
    },
    { code: 'Prices may rise as fast as wages do.', errors: [{ messageId: 'hedge', text: 'may' }] },
    {
      code: "The board's own evaluation suggests that the fee may have deterred small applicants.",
      errors: [
        { messageId: 'hedge', text: 'suggests' },
        { messageId: 'hedge', text: 'may' },
      ],
    },
    { code: 'Panel prices might fall further when the panel is re-tendered in 2027.', errors: [{ messageId: 'hedge', text: 'might' }] },
    {
      code: 'The assumption is reasonable, but it might not hold when storms cluster.',
      errors: [{ messageId: 'hedge', text: 'might' }],
    },
    {
      code: 'When we consider the state of the Treasury, the debt may fall within ten years.',
      errors: [{ messageId: 'hedge', text: 'may' }],
    },
    { code: 'Firms may find the new rules costly.', errors: [{ messageId: 'hedge', text: 'may' }] },
    {
      code: 'Just as households cut spending in hard times, the state may reduce its deficit.',
      errors: [{ messageId: 'hedge', text: 'may' }],
    },
    {
      code: 'Two things stand out in the review:\n\n- The behavior is not mentioned in the documentation\nor the issue tracker.\n\n- The behavior is likely to be exposed to attack in\notherwise secure applications.',
      errors: [{ messageId: 'hedge', text: 'likely' }],
    },
    { code: 'Prices rose sharply, suggesting changes in demand.', errors: [{ messageId: 'hedge', text: 'suggesting' }] },
    {
      code: 'As the data suggest, prices might rise next year.',
      errors: [
        { messageId: 'hedge', text: 'suggest' },
        { messageId: 'hedge', text: 'might' },
      ],
    },
    { code: 'It appears that the survey has been completed.', errors: [{ messageId: 'hedge', text: 'appears' }] },
    { code: 'Prices may have fallen after the tariff was cut.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'Prices may reasonably be expected to rise.', errors: [{ messageId: 'hedge', text: 'may' }] },
    { code: 'We may expect prices to rise next year.', errors: [{ messageId: 'hedge', text: 'may' }] },
    {
      code: 'The data suggest that prices might rise.',
      errors: [
        { messageId: 'hedge', text: 'suggest' },
        { messageId: 'hedge', text: 'might' },
      ],
    },
    {
      code: 'From the start it appeared that more than 1,000 vessels had been captured.',
      errors: [{ messageId: 'hedge', text: 'appeared' }],
    },
    { code: 'If prices rise, inflation might fall.', errors: [{ messageId: 'hedge', text: 'might' }] },
    {
      code: 'The timing of the second strike, just as rescuers arrived, could suggest a deliberate intent.',
      errors: [{ messageId: 'hedge', text: 'could' }],
    },
    { code: 'There seems to be little demand for the new bonds.', errors: [{ messageId: 'hedge', text: 'seems' }] },
    {
      code: 'There is ground for believing that the dispute will be satisfactorily adjusted.',
      errors: [{ messageId: 'hedge', text: 'There is ground for believing' }],
    },
    {
      code: 'We have reason to believe their success has been satisfactory.',
      errors: [{ messageId: 'hedge', text: 'We have reason to believe' }],
    },
    { code: 'It is not clear that the levy worked.', errors: [{ messageId: 'hedge', text: 'not clear' }] },
    { code: 'By that time, chances are good that the code has been broken.', errors: [{ messageId: 'hedge', text: 'chances are' }] },
    {
      code: 'The hostile disposition has extended in some degree to the tribes on the Upper Mississippi.',
      errors: [{ messageId: 'hedge', text: 'in some degree' }],
    },
    { code: 'Assuming that demand holds, prices will rise.', errors: [{ messageId: 'hedge', text: 'Assuming that' }] },
    { code: 'Prices rose, possibly by reducing demand.', errors: [{ messageId: 'hedge', text: 'possibly' }] },
  ],
});
