// hedge: epistemic hedges, as the engine finds them (hedges.ts: a word list proposes candidates;
// the sense checks in hedges/senses.ts decide whether this occurrence expresses possibility or
// something else: permission, obligation, ability, politeness, proposal, approximation).
import { findHedges } from '../hedges';
import { hedges } from '../lexicon';
import { hedgeRemoval, likelihoodRewrite } from './hedge-fixes';
import type { Hit, Rule } from './rule';

export const hedge: Rule = {
  meta: {
    id: 'hedge',
    title: 'Hedge',
    description:
      'Words that weaken a claim without saying how uncertain it is: may, might, could where they say something is possible; perhaps, probably, likely, seems, suggests, I would argue, to our knowledge. Permission, options, advice, eligibility, groups ("systems that may suffer"), conditions, indirect questions, concessions and other people\'s reported views are left alone. Open questions stated as such ("it is unclear whether …") and words that are hedges less often (an expected "should", "can be high", "a potential risk", "whether", "implies", "we assume", "generally") are shown only with the thorough sensitivity, as hints.',
    defaultSeverity: 'information',
    silencedByEvidence: false,
    silencedByAttribution: false,
    policy: {
      sentenceClass: 'speculative',
      marksUncertain: true,
      yieldsTo: ['hedge-stack', 'passive-attribution', 'weasel'],
      countsAsHedge: true,
      statesLikelihood: true,
      acceptsTerms: true,
      plural: 'hedges',
      statusGroup: { one: 'hedge', many: 'hedges', order: 2 },
    },
    messages: {
      hedge: '"{{cue}}" hedges this claim: say how certain it is and why, or state it plainly.',
    },
    examples: {
      flag: [
        { text: 'It may rain tomorrow.', flagged: 'may' },
        { text: 'Sanctions might hurt exporters more than the regime.', flagged: 'might' },
        { text: 'Self-driving buses may increase mobility for older residents.', flagged: 'may' },
        { text: 'Preliminary tax data may understate the benefit to low earners.', flagged: 'may' },
        { text: 'The reform would likely strain council budgets.', flagged: 'likely' },
        { text: 'I would argue that the levy has failed.', flagged: 'I would argue' },
        { text: 'The approach has the potential to block most intrusions.', flagged: 'has the potential to', thorough: true },
        { text: 'We expect to see similar plans for software in future.', flagged: 'We expect' },
        { text: 'We assume the grant is untaxed, though this may be unrealistic.', flagged: 'may' },
        { text: 'The exact place was not announced, perhaps for security reasons.', flagged: 'perhaps' },
        { text: 'The data suggest that sanctions rarely work.', flagged: 'suggest' },
        { text: 'The agreement is likely to fail.', flagged: 'likely' },
        { text: 'The regime appears to be preparing a test.', flagged: 'appears' },
        { text: 'Falling vacancy rates suggest a recovery in hiring.', flagged: 'suggest' },
        // a property of the thing named, stated ("is unclear", "is unknown"): a hint (issue 12, round 50)
        { text: 'The long-run effect of the levy on rents is unclear.', flagged: 'unclear', thorough: true },
        { text: 'Prices may rise next year, but wages will rise faster.', flagged: 'may' },
        { text: 'The rules may be revised next year to cut fees.', flagged: 'may' },
        { text: 'The new portal should be operational by the spring.', flagged: 'should', thorough: true },
        { text: 'The audit found two potential sources of fraud.', flagged: 'potential', thorough: true },
        { text: 'One possibility is that the subsidy raised land prices.', flagged: 'possibility' },
        { text: 'Small firms generally pay the levy late.', flagged: 'generally', thorough: true },
        // The writer's own finding keeps its hedge, even with a citation beside it (round 2).
        { text: 'We find that the grant could push up land prices [4].', flagged: 'could' },
        { text: 'Whether councils will adopt the code remains to be seen.', flagged: 'remains to be seen', thorough: true },
        { text: 'The effect of the levy on emissions remains unclear.', flagged: 'remains unclear' },
      ],
      allow: [
        'Member States may submit comments by 30 June.',
        'Applicants may not apply twice.',
        // Advice, a condition, a conceded appearance (issue 12).
        'Readers may find the regional breakdown in Annex B useful.',
        'Where the scope is unclear, agree it in writing with the commissioner.',
        'The checklist may seem long at first, but most items take minutes.',
        // A statistics release's notice that its figures are subject to revision.
        'Figures for 2023 are provisional and may be revised.',
        'I should like to thank the rapporteur.',
        'Russia suggests a more realistic scenario of gradual denuclearisation.',
        'Chita lies about 1,700 kilometres from Vladivostok.',
        'The minister appeared in court on Monday.',
        'Responses should be sent as soon as possible.',
        'The summit took place in May 2019.',
        'The report suggests three options for reform.',
        'Applicants should send their forms to the address below.',
        // Options, advice, wishes and eligibility (issue 12).
        'Sanctions might be considered as an alternative.',
        'Councils may wish to publish their registers early.',
        'It might be appropriate to fix the flaw privately.',
        'A focus on older tenants could be a sensible first step.',
        'Between 2019 and 2022, tenants could claim the allowance once.',
        'The county could fund a pilot with the remaining grant.',
        // Circumstance, classes, conditions, comparisons, concessions, reported views, proportions.
        'Programmes may go through several phases before they close.',
        'Agencies should list other systems that may hold personal data.',
        'The fund reaches families who might otherwise be missed.',
        'If the grant could be doubled, the backlog would clear.',
        'Reform is harder than it might seem.',
        'They argue that the model could be copied by other regions.',
        'Older tenants were more likely to claim the allowance.',
        'The Cabinet Office suggests the following deadlines:',
        'Page 12 of the draft indicates that the agency expects a deficit.',
        'A default is very likely (80–90%) before 2027.',
        'The Regulation offers the possibility of remote hearings.',
        'To test this possibility, the department compared two regions.',
        'Fees may vary by region.',
        'The grant may be used for staff training.',
        'Guests may bring their own food.',
        // An open question stated as such weakens no claim (round 2): a hint.
        'It is unclear whether the levy has cut emissions.',
        // A cited work's finding, reported: its hedge is the source's (round 2).
        'Earlier evaluations find that the grant could push up land prices (Hilber 2015).',
        'Previous studies suggest that the levy may cut demand by a tenth [4].',
      ],
    },
  },
  cueWords: hedges.firstWords(),
  check(ctx) {
    const cues = findHedges(ctx);
    const hits: Hit[] = [];
    // A loop building each hit whole: spreads (span, the optional cap) and a callback cost runtime calls per hit before the JIT.
    for (let c = 0; c < cues.length; c++) {
      const cue = cues[c];
      const start = ctx.tokens[cue.from].start;
      const end = ctx.tokens[cue.to - 1].end;
      const hit: Hit = {
        start,
        end,
        messageId: 'hedge',
        data: { cue: ctx.text.slice(start, end) },
        category: cue.entry.category,
        reason: `${cue.reason} ${cue.entry.note}`,
        alternatives: cue.entry.alternatives,
        fixes: [],
      };
      // Never a fix that makes the claim stronger than its evidence: say how likely it is, cite what it
      // rests on, or (where the sentence carries evidence: analyze.ts decides) take the hedge away.
      const rewrite = likelihoodRewrite(ctx, cue.from, cue.to);
      if (rewrite) {
        hit.rewrite = rewrite;
        hit.fixes.push('likelihood');
      }
      hit.fixes.push('cite-basis');
      const removal = hedgeRemoval(ctx, cue.from, cue.to, cue.entry.fix === 'remove');
      if (removal) {
        hit.removal = removal;
        hit.fixes.push('remove-hedge');
      }
      if (cue.cap) hit.cap = cue.cap;
      if (cue.reportsWork) hit.reportsWork = true;
      if (cue.circumstantial) hit.circumstantial = true;
      if (cue.listedOption) hit.listedOption = true;
      hits.push(hit);
    }
    return hits;
  },
};
