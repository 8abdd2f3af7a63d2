import { ruleCases } from './rule-cases';

ruleCases('passive-attribution', {
  valid: [
    'It is assumed in the model that wages are fixed.',
    // a reporting convention in a condition
    'Where a change is not described as statistically significant, it may be due to sampling variation alone.',
    // how far a matter is known, not a view credited to nobody
    'The engineering of deep geological storage is well understood.',
    'The economics behind this gap are well understood in outline.',
    // the status a rule the sentence names gives
    'Late submissions are not viewed as a breach of the grant conditions.',
    'Emails to the panel are considered covered by the confidentiality policy.',
    // the holders named before the clause; a procedure's threshold; a term named; a decision the writer's side took
    'To the review panel, though, the scheme was seen as a model for other councils.',
    'Drafts are revised until they are considered complete.',
    'At the start of each cycle, the “review window” is said to be open.',
    'It was thought expedient to send an officer of rank to the station.',
    // a recommendation in the impersonal style; the source named as the one whose words these are
    'It is thought that this subject merits the attention of the council.',
    'Large tracts of land are claimed under grants from the former government.',
    'From the statement of the Secretary of War it will be seen that the forts are complete.',
    'The levy is considered a stopgap measure (Reeves’s words) in this regard.',
    'The fee is defined as a share of turnover.',
    'It is widely believed that rents will fall [@ons2024].',
    // the writer's own assumption, model or not in view
    'It is assumed that there is no sovereign risk premium response.',
    // an assumption given in figures is an input to the writer's model
    'Take-up of funded places is assumed to rise from 71% to 84% by 2028.',
    // an assumption about a term of the model, written in TeX or named as an estimator's or regressor's
    'The idiosyncratic error $\\epsilon_{it}$ is usually assumed well-behaved and independent of the regressors.',
    'The error $u_i$ is usually assumed independent.',
    // what a thing is like, in a "whose" clause
    'A strong America, an America whose word is believed and whose strength is respected, is essential to peace.',
    // an active verb after its plural subject
    'Respondents most often cited the opening hours as the reason.',
    // a scale's definition
    'Effects rated moderate or major are considered significant in EIA terms.',
    // a procedure, a definition, a proposal
    'Loss is attributed to a cause by overlaying the change maps on harvest records.',
    'Forest is defined as land with at least 10% canopy, or land that is unstocked after harvest and is expected to regenerate.',
    'It was suggested that the network should pilot the new plans with two funders.',
    // a rule of the method, and an assumption in figures written out
    'A trend is reported as significant where p < 0.05.',
    'Residual value is assumed to be zero.',
    // what a policy expects of those it addresses is its requirement
    'Part 2 sets out the service standard that every public body will be expected to meet.',
    'Agencies are expected to publish their plans by June.',
    // the writer asking the reader to take a point
    'It should be recognized that many of the estimates for new programmes are initial year figures.',
    // a course of action put forward
    'To control the floods, it is proposed to erect a dam at Alhajuela.',
    'A national ocean satellite system has been proposed as a major new start.',
    // the holder named after the role; how someone would be seen, supposed
    'Pure style fixes are seen as noise by the development community.',
    'If you are seen as blocking good work, the patches will flow around you.',
    // whom it was told to, however often: a procedure
    'There are certain categories of bugs that are frequently reported to the security team that do not meet the criteria.',
    // the instrument that gives the status, or the records read, named before the passive
    'Besides, by the former the Bay Islands are recognized as a part of the Republic of Honduras.',
    'From the returns made by the registers and receivers it was perceived that land sales were increasing.',
    // the holders put first (a vague source, the weasel rule's)
    'The old mode has been deprecated by some, while by others it has been viewed as inexpedient.',
    // a decision of the writer's side, told in the impersonal style, past "not yet"
    'It has not yet been thought necessary to employ the agent authorized by the act.',
    // a bare judging passive: as often a rule's classification as a view credited to nobody (a hint, when thorough)
    'Only the packages in this area are considered part of the distribution.',
    // what one may conclude: the writer's own inference, softened by "may" (the hedge rule's finding)
    'If the blockade holds, it may be presumed that the junta itself will give up the contest.',
    'The returns are late, whence it may be inferred that the harvest failed.',
    // admitted to a service: no view
    'The reservists who had been accepted to serve for twelve months were discharged in May.',
    // thought out with care: the writer's verdict on a plan
    'The plan recommended for reducing the staff is well considered, and I commend it to the board.',
    // courses of action put forward, not views
    'To meet the deficit many plans have been suggested, most of which look to me like inflation.',
    // a decision put impersonally
    'It is not, therefore, believed to be advisable to increase the number of officers.',
    'It was thought proper, in doing justice to both parties, to maintain a strict impartiality.',
    'It has therefore been thought worthy of attention to remove the grounds of future misunderstanding.',
    'Such a disposition has been made of our forces as was thought to promise the services most appropriate.',
  ],
  invalid: [
    { code: 'It is widely understood that the levy failed.', errors: [{ messageId: 'passive', text: 'It is widely understood' }] },
    { code: 'It is presumed that the junta will give up the contest.', errors: [{ messageId: 'passive', text: 'It is presumed' }] },
    { code: 'The plan is well considered as a model by many.', errors: [{ messageId: 'passive', text: 'is well considered' }] },
    { code: 'Many plans have been suggested to be unworkable.', errors: [{ messageId: 'passive', text: 'have been suggested' }] },
    {
      code: 'It has therefore been thought that prices will rise.',
      errors: [{ messageId: 'passive', text: 'It has therefore been thought' }],
    },
    { code: 'The plan is widely accepted to be the best option.', errors: [{ messageId: 'passive', text: 'is widely accepted' }] },
    { code: 'It is commonly assumed that rents will fall.', errors: [{ messageId: 'passive', text: 'It is commonly assumed' }] },
    {
      code: 'It is widely believed that rents will fall.',
      errors: [{ messageId: 'passive', text: 'It is widely believed' }],
      output: 'It is widely believed by [source] that rents will fall.',
    },
    { code: 'The minister is said to favour a cap.', errors: [{ messageId: 'passive', text: 'is said' }] },
    { code: 'The scheme was seen as a failure.', errors: [{ messageId: 'passive', text: 'was seen' }] },
    { code: 'The scheme was seen as a failure by many.', errors: [{ messageId: 'passive', text: 'was seen' }] },
    { code: 'When the plan failed, the scheme was seen as a mistake.', errors: [{ messageId: 'passive', text: 'was seen' }] },
    { code: 'It is thought likely that prices will rise.', errors: [{ messageId: 'passive', text: 'It is thought' }] },
    // no rule named, or a view held by many: credited to nobody
    {
      code: 'The annexation is considered a violation of international law.',
      errors: [{ messageId: 'passive', text: 'is considered' }],
    },
    {
      code: 'The levy is widely considered a breach of the trade agreement.',
      errors: [{ messageId: 'passive', text: 'is widely considered' }],
    },
    { code: 'Inflation is assumed to stay high.', errors: [{ messageId: 'passive', text: 'is assumed' }] },
    // a price in dollars is no TeX
    { code: 'Oil at $80 is usually assumed to be the break-even price.', errors: [{ messageId: 'passive', text: 'is usually assumed' }] },
    { code: 'Prices are expected to rise next year.', errors: [{ messageId: 'passive', text: 'are expected' }] },
    { code: 'It can be argued that the levy failed.', errors: [{ messageId: 'passive', text: 'It can be argued' }] },
    { code: 'It has been proposed that the levy failed.', errors: [{ messageId: 'passive', text: 'It has been proposed' }] },
    { code: 'The cost is widely estimated to exceed $5 billion.', errors: [{ messageId: 'passive', text: 'is widely estimated' }] },
    { code: 'The Chancellor is expected to confirm the rise.', errors: [{ messageId: 'passive', text: 'is expected' }] },
    { code: 'The drug is widely reported to cause liver damage.', errors: [{ messageId: 'passive', text: 'is widely reported' }] },
    { code: 'The islands are recognized as a part of Honduras.', errors: [{ messageId: 'passive', text: 'are recognized' }] },
    { code: 'From the start it was believed that the plan would fail.', errors: [{ messageId: 'passive', text: 'it was believed' }] },
    { code: 'The old mode has been viewed as inexpedient.', errors: [{ messageId: 'passive', text: 'has been viewed' }] },
    { code: 'It has long been thought that the levy cut obesity.', errors: [{ messageId: 'passive', text: 'It has long been thought' }] },
    {
      code: 'Offshore wind is widely regarded as one of the cheapest sources of electricity.',
      errors: [{ messageId: 'passive', text: 'is widely regarded' }],
    },
    {
      code: 'Only the packages in this area are considered part of the distribution.',
      errors: [{ messageId: 'passive', text: 'are considered' }],
      thorough: true,
    },
  ],
});
