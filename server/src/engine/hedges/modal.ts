// hedge: may, might, could and should: possibility, or permission, option, ability, proposal, obligation.
import { DATA_NOUNS } from '../evidence';
import { contextWords } from '../lexicon';
import { type SentenceContext } from '../context';
import { RULE_STATUS } from '../grammar';
import { startsWithDigit } from '../text-shape';
import { concededAppearance, directedToAct, findsItUseful, unassertedClause } from './clauses';
import { EVIDENTIAL_STEM, namesTell, senseReason } from './senses';
import { gerundSubject, isActor, isAgent, isAgentOrDocument, isImpersonal, isPersonNoun, isRoleNoun } from './subjects';
import { hint, type Verdict } from './verdict';
import {
  INFERENCE_VERBS,
  ACTION_VERBS,
  ADJECTIVE_ENDING,
  ADVICE_ADJECTIVES,
  DEGREE_WORDS,
  DOCUMENT_NOUNS,
  EXPECTATION_ADJECTIVES,
  EXPECTATION_VERBS,
  FEASIBILITY_VERBS,
  IRREGULAR_PARTICIPLE,
  MONTH_CONTEXT,
  NEGATIVE_DETERMINERS,
  NOUN_DETERMINERS,
  OBJECT_BOUNDARIES,
  OBSERVATION_PARTICIPLES,
  OBSERVATION_VERBS,
  OPTION_NOUNS,
  PROPOSAL_OBJECTS,
  OPTION_PARTICIPLES,
  OPTION_VERBS,
  PARTICIPLE_ENDINGS,
  PAST_AUXILIARIES,
  PERSON_SUBJECTS,
  PROCEDURAL_PARTICIPLES,
  PROCEDURAL_VERBS,
  STRICT_ADVICE,
  UNTIL_WORDS,
  VARIATION_VERBS,
} from './words';

export function modalReason(ctx: SentenceContext, i: number): Verdict {
  const w = ctx.word(i);
  const prev = ctx.word(i - 1);
  const verbAt = verbAfterModal(ctx, i);
  const verb = ctx.word(verbAt);
  const negated = ctx.word(i + 1) === 'not' || ctx.word(i + 1) === "n't";
  if (bringsNoDoubt(ctx, i, w, verbAt, negated)) return undefined;
  // "They may drop the interviews, or they may re-interview the households": the alternatives open to someone.
  if (w !== 'could' && offersAlternatives(ctx, i)) return undefined;
  // "The individual component may be (in turn) either independent of the regressors or correlated": the cases a thing can
  // fall into, laid out; no claim held open.
  if (ctx.word(i + 1) === 'be' && laysOutCases(ctx, i + 2)) return undefined;
  // "at any premium level the program could charge": a clause with no "that" picking out a class, asserting nothing.
  if (inZeroRelativeAfterAny(ctx, i)) return undefined;
  // "A low-cost intervention may still warrant a rigorous evaluation", "the proposal may merit a second look": guidance
  // weighing what a course deserves
  if (DESERVES.has(verb) && COURSE_NOUNS.has(ctx.word(ctx.subjectBefore(i)))) return undefined;
  if (w === 'may') {
    // "in May", "Theresa May", "May 2019", "May I thank ..."
    if (ctx.isCapitalized(i) && (i > 0 || startsWithDigit(ctx.word(i + 1)))) return undefined;
    if (startsWithDigit(ctx.word(i + 1)) || (MONTH_CONTEXT.has(prev) && ctx.word(i + 1) === 'and')) return undefined;
  }
  if (
    w === 'might' &&
    (NOUN_DETERMINERS.has(prev) ||
      (ctx.isDeterminer(i - 1) && /^(of|and|,)?$/.test(ctx.word(i + 1))) ||
      ['military', 'economic', 'naval', 'industrial', 'financial', 'full', 'manufacturing', 'productive', 'nuclear'].includes(prev))
  )
    return undefined;
  // Inverted modal before a pronoun: "May I thank", "Could you explain", "Might I suggest" — politeness or questions.
  if (i === 0 && ctx.isSubjectPronoun(i + 1)) return undefined;
  if (ctx.word(i + 1) === 'i' || (ctx.word(i + 1) === 'you' && ctx.endsWithQuestion())) return undefined;
  if (!verb || ctx.endsWithQuestion()) return undefined; // "What policies could make progress?": a question asserts nothing
  // "And I might note that …", "we may add": the speaker's courtesy before a remark, not doubt.
  if ((ctx.word(i - 1) === 'i' || ctx.word(i - 1) === 'we') && w !== 'could' && REMARKING_VERBS.has(verb)) return undefined;
  // "As hard as it may be, …", "as contentious as the debates may become": a concession, however hard it is.
  if (concedesDegree(ctx, i)) return undefined;
  // "the wild charges you may have heard": what the listener has met, no claim of the writer's.
  if (ctx.word(i - 1) === 'you' && verb === 'have' && /^(heard|seen|read|noticed)$/.test(ctx.word(verbAt + 1))) return undefined;
  // "There could be no greater contrast", "could not be clearer", "we could make no more tragic mistake than …": an emphatic
  // comparison, no possibility held open.
  if ((ctx.word(verbAt + 1) === 'no' || ctx.word(verbAt + 1) === 'nothing') && COMPARISON_WORDS_OR_SUPERLATIVE.test(ctx.word(verbAt + 2)))
    return undefined;

  // A clause that asserts nothing: a condition ("if funds could be found"), an indirect question ("discuss how it could be
  // shared"), a comparison ("harder than it might seem"), a concession ("although staff may fulfil"), a circumstance
  // ("where germs may spread"), a restrictive relative clause picking out a class ("threats that may have access"),
  // or someone else's claim ("They argue that the process could be copied", "The authors note that … may have masked").
  const unasserted = unassertedClause(ctx, i);
  // (Not under "suggests"/"indicates": "The evaluation suggests that the fee may have deterred …" is the writer's reading.)
  if (unasserted === 'reports someone else' && !ctx.words.slice(0, i).some((word) => EVIDENTIAL_STEM.test(word))) return undefined;
  // "It will merit inquiry what imperfections further experience may have unfolded": an indirect question holds nothing
  // open about the past either
  if (unasserted === 'sits in an indirect question') return undefined;
  if (
    verb === 'have' &&
    (PARTICIPLE_ENDINGS.has(ctx.word(verbAt + 1).slice(-2)) || /^(had|been|gone|done|seen|made)$/.test(ctx.word(verbAt + 1)))
  ) {
    // "a heatwave that could have been foreseen": a class picked out; "could have been avoided had the treaty required
    // notice": a counterfactual, what would have followed from a condition that did not hold.
    if (
      (w === 'could' || w === 'might') &&
      (ctx.word(i - 1) === 'that' || invertedConditionAfter(ctx, verbAt + 2) || invertedConditionBefore(ctx, i))
    )
      return undefined;
    // "all the success which could have been expected", "better than could have been hoped": a measure of how far a result
    // went, against what one might have looked for, no doubt about what happened
    if (/^(which|as|than)$/.test(ctx.word(i - 1)) && ctx.word(verbAt + 1) === 'been' && LOOKED_FOR.has(ctx.word(verbAt + 2)))
      return undefined;
    // "If this agreement could have been reached earlier, it would have been more effective": a condition, a case put
    if (unasserted === 'sits in a condition') return undefined;
    // "more successful than could have been reasonably anticipated", "more satisfactory than a nation so distracted might
    // reasonably have apprehended": the same measure, the comparison's standard what one looked for or feared
    if (comparedWithWhatWasLookedFor(ctx, i, verbAt)) return undefined;
    // "The team could have widened the scope, but that would have required data": an option not taken, weighed.
    if (w === 'could' && optionNotTaken(ctx, verbAt + 2)) return undefined;
    // "You may have worked on fixing the bug with these two patches": a case put to the reader, an example
    if (ctx.word(i - 1) === 'you') return undefined;
    // "whatever benefit might have ensued from competition was lost", "whatever may have been received in excess should be
    // returned": whatever it was, a class, no claim about the past held open
    if (noPastHeldOpen(ctx, i, verbAt)) return undefined;
    return `"${w} have ${ctx.word(verbAt + 1)}" speculates about the past.`;
  }
  if (unasserted) return undefined;
  // "it may be difficult at times to stay in touch", "staff may sometimes work late": what happens now and then, no claim held open.
  if (w !== 'could' && sometimesAfter(ctx, verbAt)) return undefined;
  if (w !== 'could' && !negated && whenCaseArises(ctx, i, verbAt)) return undefined;
  if (whatMayCome(ctx, i)) return undefined;
  if (concededAppearance(ctx, i)) return undefined;
  if (verb === 'well') return `"${w} well" states a likelihood without its size.`;
  // "might otherwise be too expensive": a counterfactual, not a claim.
  if (ctx.word(i + 1) === 'otherwise' || ctx.word(verbAt + 1) === 'otherwise') return undefined;
  // "may wish to", "might want to consider", "could choose": an option offered, not a possibility; "The Congress may well
  // consider …": the same, put politely.
  if (OPTION_VERBS.has(verb) || (verb === 'well' && OPTION_VERBS.has(ctx.word(verbAt + 1)))) return undefined;
  // "The report may be expected at an early period", "returns may be expected shortly": when a document is due, a schedule
  if (w === 'may' && verb === 'be' && ctx.word(verbAt + 1) === 'expected' && scheduleAfter(ctx, verbAt + 2)) return undefined;
  // "corresponding as nearly as might be expected with the anticipations", "as well as could be hoped": a measure of how far a
  // result went, against what one looked for
  if (/^(as|than)$/.test(ctx.word(i - 1)) && verb === 'be' && LOOKED_FOR.has(ctx.word(verbAt + 1))) return undefined;
  // "may deserve the renewed consideration of Congress", "may well claim the attention of": a recommendation put politely
  if (COMMENDING_VERBS.has(verb) && attentionAhead(ctx, verbAt + 1)) return undefined;
  // "One may be interested in a conditional effect", "readers might be interested in Annex B": what someone may choose to
  // look at; "It may happen that covariates are balanced": a case that can arise, not doubt about one.
  if (verb === 'be' && ctx.word(verbAt + 1) === 'interested') return undefined;
  if (verb === 'happen' && ctx.word(verbAt + 1) === 'that' && ctx.word(i - 1) === 'it') return undefined;
  // "Analysts may find it helpful to …", "Readers may find the table in Annex B useful": advice.
  if (verb === 'find' && findsItUseful(ctx, verbAt)) return undefined;
  // "may either remove or improve": alternatives open to someone.
  if (verb === 'either') return undefined;
  // "Fees may vary", "part of the process may involve", "the notion might differ": how cases differ, not doubt about one.
  if (
    VARIATION_VERBS.has(verb) ||
    VARIATION_VERBS.has(`${verb} ${ctx.word(verbAt + 1)}`) ||
    VARIATION_VERBS.has(`${verb} ${ctx.word(verbAt + 1)} ${ctx.word(verbAt + 2)}`)
  )
    return undefined;
  // "Some analysis may be simple, while other analysis may be complex", "Certain projects may …": may over a quantified
  // subject says what holds for some cases, not doubt about one; "may have different needs" says how cases differ.
  if (w !== 'could') {
    const head = ctx.clauseStart(i) === 0 ? 0 : ctx.clauseStart(i);
    const first = /^(while|whereas|but|and|although|though|which|who)$/.test(ctx.word(head)) ? head + 1 : head;
    if (
      /^(some|other|certain|several|many|most|few)$/.test(ctx.word(first)) &&
      i - first <= 4 &&
      !ctx.words.slice(first + 1, i).some((word) => word === 'of' || word === 'that')
    )
      return undefined;
    if ((verb === 'have' || verb === 'be') && /^(different|differing|varying|various|diverse)$/.test(ctx.word(verbAt + 1)))
      return undefined;
  }
  // "There may be cases where …", "there might be times when …": it sometimes happens, a circumstance, not a claim;
  // "there may also be a middle ground": an option put forward.
  if (verb === 'be' && ctx.word(i - 1) === 'there') {
    let k = verbAt + 1;
    while (
      k < verbAt + 4 &&
      /^(some|other|certain|many|several|also|occasional|exceptional|rare|specific|particular|a|an|few|middle|common)$/.test(ctx.word(k))
    )
      k++;
    if (
      /^(cases?|times?|situations?|circumstances?|occasions?|instances?|exceptions?|reasons?|ways?|options?|alternatives?|scenarios?|projects?|areas?|settings?|contexts?|ground)$/.test(
        ctx.word(k),
      )
    )
      return undefined;
  }
  // "might appear", "may at first seem": the appearance verb carries the hedge, and its own check decides.
  for (let k = i + 1; k <= Math.min(i + 3, ctx.tokens.length - 1); k++) {
    if (ctx.breakBefore(k)) break;
    if (/^(seem|appear)$/.test(ctx.word(k))) {
      if (senseReason(ctx, 'appearance', k, k + 1) === undefined) return undefined;
      break;
    }
  }
  if (verb === 'be') {
    // "In some places it may be that the tracts should be allotted to the settlers": a recommendation weighed, not a claim held open
    if (ctx.word(verbAt + 1) === 'that' && recommendsAhead(ctx, verbAt + 2)) return undefined;
    // "it might be appropriate to", "could be very useful", "could be one way to", "a tenable starting point": advice or an option weighed.
    let k = verbAt + 1;
    while (k < ctx.tokens.length && DEGREE_WORDS.has(ctx.word(k))) k++;
    // The advice frame is "it may be useful to …"; otherwise only adjectives that can only advise ("appropriate",
    // "advisable") — "growth may be important for jobs" is a claim.
    // ("may be justified by the data" judges a claim, not a course of action.)
    if (
      ADVICE_ADJECTIVES.has(ctx.word(k)) &&
      ctx.word(k + 1) !== 'by' &&
      ((/^(it|this)$/.test(ctx.word(ctx.subjectBefore(i))) && /^(to|for|if)$/.test(ctx.word(k + 1))) || STRICT_ADVICE.test(ctx.word(k)))
    )
      return undefined;
    if (weighsACourse(ctx, i, verbAt)) return undefined;
    for (let j = verbAt + 1; j < Math.min(ctx.tokens.length, verbAt + 7); j++) {
      const word = ctx.word(j);
      if (
        OPTION_NOUNS.has(word) &&
        (j === verbAt + 1 ||
          ctx.isDeterminer(j - 1) ||
          /^(one|another|first|second|possible|tenable|effective|good|useful|better|simple|practical|promising|starting|\w+ive|\w+al|\w+ble)$/.test(
            ctx.word(j - 1),
          ) ||
          ADVICE_ADJECTIVES.has(ctx.word(j - 1)) ||
          ctx.breakBefore(j - 1))
      )
        return undefined;
      if (OBJECT_BOUNDARIES.has(word) || /^(Verb|PastTense|PresentTense|Infinitive|Modal|Copula)$/.test(ctx.lexTag(j) ?? '')) break;
    }
  }
  // "could provide an opportunity", "may provide inspiration", "could provide a critical resource": an opening, not a claim.
  if (/^(provide|offer|create|open|present)$/.test(verb)) {
    for (let j = verbAt + 1; j < Math.min(ctx.tokens.length, verbAt + 5); j++) {
      if (
        /^(opportunity|opportunities|chance|chances|inspiration|resource|resources|avenue|avenues|platform|template|model|basis|starting)$/.test(
          ctx.word(j),
        )
      )
        return undefined;
      if (OBJECT_BOUNDARIES.has(ctx.word(j))) break;
    }
  }

  const subjAt = subjectHeadBefore(ctx, i);
  const subj = ctx.word(subjAt);
  // "Your code may be doing something you did not intend", "your reviewers might not know the history": a case put to the
  // reader about her own work, the premise of advice, not a claim about the world held open.
  if (ownedByTheReader(ctx, subjAt)) return undefined;
  // "Analysts might be asked to produce the first draft", "Councils could be required to publish", "inspectorates could
  // be given extra resources to enforce the rules": what someone is or may be directed, allowed or given to do (only
  // someone is asked or allowed to do something, whatever the subject's word).
  if (directedToAct(ctx, i)) return undefined;
  // "EU delegations could do far more to explain …", "the regulator could do better": a recommendation.
  if (w === 'could' && ctx.word(i + 1) === 'do' && recommendsMore(ctx, i + 2)) return undefined;

  if (w === 'could' || w === 'might') {
    // "Matching retirees with flexible jobs could allow them to save", "Getting the plan wrong could do harm": a gerund
    // subject names a course of action, and the modal weighs that option, not a claim about the world.
    if (gerundSubject(ctx, i)) return undefined;
    // "Options such as printed reports could be useful", "A focus on children could be a starting point".
    // (Not "Such an approach could result in lower compliance": that predicts the option's effect.)
    if (verb === 'be' || FEASIBILITY_VERBS.has(verb))
      for (let k = Math.max(ctx.clauseStart(i), i - 12); k < i; k++)
        if (OPTION_NOUNS.has(ctx.word(k)) && !/^(way|ways|means|model|tool|tools|step|steps|starting)$/.test(ctx.word(k))) return undefined;
  }
  if (w === 'could') return couldReason(ctx, i, verbAt, subjAt, negated);

  if (w === 'may') {
    // "Another avenue may be through the reopening of negotiations", "Still another avenue may be found in disarmament": an
    // option put forward; "the plans they may have, if any": an unknown named, no claim
    if ((verb === 'be' && optionSubjectBefore(ctx, i)) || (ctx.word(verbAt + 1) === 'if' && ctx.word(verbAt + 2) === 'any'))
      return undefined;
    // "To this may also be added $50,000 for arrears", "to which may be added the cost of …": an item put on a list or a sum
    if (
      ctx.word(i - 2) === 'to' &&
      /^(this|these|that|those|which|them|it)$/.test(ctx.word(i - 1)) &&
      ctx.words.slice(i + 1, i + 5).includes('added')
    )
      return undefined;
    // "No AI system may be used to decide …", "No person may hold two licences": a prohibition.
    if (ctx.word(ctx.clauseStart(i)) === 'no') return undefined;
    // "you may submit", "We may also explore a partnership", "may be eligible for": permission, a plan, a rule's reach
    if (subj === 'you' || (subj === 'we' && ACTION_VERBS.has(verb)) || (verb === 'be' && RULE_STATUS.has(ctx.word(verbAt + 1))))
      return undefined;
    // "others may read your code but may not copy it": what is allowed set against what is not, a rule.
    if (permissionAgainstProhibition(ctx) || permittedOnCondition(ctx, subjAt, verbAt)) return undefined;
    // "Figures for 2023 are provisional and may be revised", "the estimates may change": a notice that data are subject to
    // revision, not doubt about a claim. ("The rules may be revised next year" keeps it: a prediction about a policy.)
    if (revisedLater(ctx, i, verbAt, subjAt)) return undefined;
    if (documentsOwnScope(ctx, subjAt, verb)) return undefined;
    // "Fees may vary by region", "evidence may include bank statements", "may take the form of": how cases differ, not doubt about one.
    if (
      VARIATION_VERBS.has(verb) ||
      VARIATION_VERBS.has(`${verb} ${ctx.word(verbAt + 1)}`) ||
      VARIATION_VERBS.has(`${verb} ${ctx.word(verbAt + 1)} ${ctx.word(verbAt + 2)}`)
    )
      return undefined;
    if (verb === 'be') {
      const participle = ctx.word(verbAt + 1);
      // "may be submitted by email"; with any subject, "may be used for training", "may be made in batches": a permitted use or
      // an option. An agent ("may be used by these firms"), a role ("as a marker") or a purpose ("to rescue the bank") keeps the doubt.
      // "may be made possible", "may be made worse": "made" + an adjective is a result that may come about, not a procedure.
      const complement = ctx.word(verbAt + 2);
      const result =
        participle === 'made' &&
        complement !== 'available' &&
        (/^(Adjective|Comparative)$/.test(ctx.lexTag(verbAt + 2) ?? '') ||
          /^(worse|better)$/.test(complement) ||
          (ADJECTIVE_ENDING.test(complement) && !/ed$/.test(complement)));
      if (
        PROCEDURAL_PARTICIPLES.has(participle) &&
        !result &&
        (isAgentOrDocument(ctx, subjAt) ||
          !/^(by|as|to)$/.test(ctx.word(verbAt + 2)) ||
          (ctx.word(i + 1) === 'be' && byARole(ctx, verbAt + 2)))
      )
        return undefined;
      return modalVerdict(ctx, i, verbAt, `"may be ${participle}" presents a possibility, not a finding.`);
    }
    // "These pilots may provide more precise estimates": what something yields as evidence is a prediction, whoever the subject.
    const yieldsEvidence =
      /^(provide|offer|yield|give|generate|produce)$/.test(verb) &&
      ctx.words
        .slice(verbAt + 1, verbAt + 5)
        .some((word) => /^(estimates?|evidence|insights?|information|data|answers?|clues?|results?|lessons?)$/.test(word));
    // ("Reviewers may not request changes": a prohibition for people by their role, too)
    if (negated && subjAt >= 0 && PROCEDURAL_VERBS.has(verb) && isRoleNoun(ctx, subjAt, verb)) return undefined;
    if ((isAgent(ctx, subjAt) || PERMISSION_HOLDERS.test(subj)) && !yieldsEvidence) {
      if (negated) return undefined; // "applicants may not": a prohibition
      if (PROCEDURAL_VERBS.has(verb)) return undefined; // "Member States may apply": a right
    }
    // Any person with a procedural verb is given a right or an option: "Guests may bring food", "the partners may choose".
    if (subjAt >= 0 && PROCEDURAL_VERBS.has(verb) && isRoleNoun(ctx, subjAt, verb) && !yieldsEvidence) return undefined;
    const reason = isImpersonal(subj)
      ? `"${ctx.tokens[subjAt].text} may ${verb}" says it is possible, not that it is allowed.`
      : `"may ${verb}" says it is possible, not that it is allowed.`;
    return modalVerdict(ctx, i, verbAt, reason);
  }

  // might
  // "You might open with a question", "you might draw a sample from records": an option put to the reader, as with "could" and "may".
  if (subj === 'you') return undefined;
  const reason = `"might ${verb}" presents a weak possibility.`;
  return modalVerdict(ctx, i, verbAt, reason);
}

/**
 * At `by`: "by" and a role that decides ("may be reviewed by the school's delegated reviewer", "may be approved by the
 * Committee"): who a procedure gives the decision to, its head within four words.
 */
function byARole(ctx: SentenceContext, by: number): boolean {
  if (ctx.word(by) !== 'by') return false;
  for (let k = by + 1; k < Math.min(ctx.tokens.length, by + 5) && !ctx.breakBefore(k); k++)
    if (isPersonNoun(ctx, k) || isAgent(ctx, k) || DECIDING_BODIES.has(ctx.word(k))) return true;
  return false;
}
const DECIDING_BODIES = contextWords.decidingBodies;

/** The head of the subject of the modal at i, past "of" and a relative clause after it. */
function subjectHeadBefore(ctx: SentenceContext, i: number): number {
  let subjAt = ctx.subjectBefore(i);
  // "We refer the complainant back and may reopen the case": a second verb of the same subject, after "and"
  if (ctx.word(i - 1) === 'and' && /^(we|i)$/.test(ctx.word(ctx.clauseStart(i - 1)))) return ctx.clauseStart(i - 1);
  // "Holders of a long-term visa may bring": the head of the subject stands before "of".
  for (let k = subjAt - 1; k >= Math.max(ctx.clauseStart(i), subjAt - 6); k--)
    if (ctx.word(k) === 'of' && k > 0) {
      subjAt = k - 1;
      break;
    }
  // "An applicant who receives an unfavourable opinion may appeal": the head stands before the relative clause.
  for (let k = subjAt - 1; k > Math.max(ctx.clauseStart(i), subjAt - 10); k--)
    if (/^(who|whose)$/.test(ctx.word(k))) {
      subjAt = k - 1;
      break;
    }
  return subjAt;
}

/** "could": a possibility, unless it is ability, eligibility, an option or a proposal (see modalReason). */
function couldReason(ctx: SentenceContext, i: number, verbAt: number, subjAt: number, negated: boolean): Verdict {
  const verb = ctx.word(verbAt);
  const subj = ctx.word(subjAt);
  if (negated || ['only', 'still', 'easily', 'readily', 'no', 'never'].includes(ctx.word(i + 1))) return undefined; // "could not attend", "could only be detected", "could no longer visit": (in)ability
  if (verb === 'be' && OBSERVATION_PARTICIPLES.has(ctx.word(verbAt + 1))) return undefined; // "could be detected": what an experiment managed
  if (ctx.word(i - 1) === 'if') return undefined;
  if (pastAbility(ctx, i, verb)) return undefined;
  // "No relationship could be established", "Not everyone could reach a VPN": inability
  if (NEGATIVE_DETERMINERS.has(ctx.word(ctx.clauseStart(i))) || ctx.word(ctx.clauseStart(i)) === 'not') return undefined;
  // "Few firms could afford it": most could not, an inability; "as much as it could", "as soon as they could": the most that was possible.
  if (
    ctx.word(ctx.clauseStart(i)) === 'few' ||
    (ctx.word(subjAt - 1) === 'few' && ctx.word(subjAt - 2) !== 'a') ||
    (ctx.word(subjAt - 1) === 'as' && /^(much|many|soon|far|long|quickly|fast|often|well|best)$/.test(ctx.word(subjAt - 2)))
  )
    return undefined;
  if (subj === 'you' || (subj === 'we' && ctx.endsWithQuestion())) return undefined; // requests
  if ((subj === 'we' || subj === 'i') && OBSERVATION_VERBS.has(verb)) return undefined; // "we could detect three sites": what the study managed
  // "individuals could receive a credit of 30%", "homeowners could claim it", "the levy could fund an allowance": eligibility or feasibility.
  if (FEASIBILITY_VERBS.has(verb)) return undefined;
  // "The state could fund", "California could focus on young children": a proposal or an option for an actor.
  if (ACTION_VERBS.has(verb) && isActor(ctx, subjAt)) return undefined;
  // "could be implemented to achieve efficiencies", "could be mitigated by phasing the benefit out": an option and how to take it.
  if (verb === 'be') {
    const participle = ctx.word(verbAt + 1);
    const after = ctx.word(verbAt + 2);
    // (Not "the filter could be used to censor speech": a use by someone else, a risk held open.)
    if (
      (participle.endsWith('ed') || participle.endsWith('en') || IRREGULAR_PARTICIPLE.test(participle)) &&
      (OPTION_PARTICIPLES.has(participle) ||
        (PROCEDURAL_PARTICIPLES.has(participle) && !/^(by|as|to)$/.test(after)) ||
        (after === 'by' && ctx.word(verbAt + 3).endsWith('ing')) ||
        after === 'through')
    )
      return undefined;
  }
  const verdict = modalVerdict(
    ctx,
    i,
    verbAt,
    `"could ${verb}" presents a possibility${subj ? ` for "${ctx.tokens[subjAt].text}"` : ''}, not a finding.`,
  );
  // (in the sentence's first clause, holding no claim open: Hit.listedOption)
  if (typeof verdict === 'object' && verdict.circumstantial && ctx.clauseStart(i) === 0) verdict.listedOption = true;
  return verdict;
}

/** The modal at i obliges a person or a body: "they should", "the Government must", "Congress ought". */
export function obligesAnActor(ctx: SentenceContext, i: number): boolean {
  if (!/^(should|must|ought)$/.test(ctx.word(i))) return false;
  const subjAt = ctx.subjectBefore(i);
  return PERSON_SUBJECTS.has(ctx.word(subjAt)) || isActor(ctx, subjAt);
}

/** "should" as expectation: a thing (not an actor) that "should be possible", "should help". Obligations and advice are left alone. */
export function shouldReason(ctx: SentenceContext, i: number): Verdict {
  if (i === 0 || ctx.endsWithQuestion()) return undefined; // "Should you require ...", "How should costs be shared?"
  const next = ctx.word(i + 1);
  if (next === 'like' || (next === 'not' && ctx.word(i + 2) === 'like')) return undefined; // "I should like to thank"
  const verbAt = ctx.nextContent(i);
  const verb = ctx.word(verbAt);
  const subjAt = ctx.subjectBefore(i);
  const subj = ctx.word(subjAt);
  if (PERSON_SUBJECTS.has(subj) || isActor(ctx, subjAt)) return undefined; // "you should submit", "the government should publish"
  if (verb === 'be' || verb === 'prove') {
    const adjective = ctx.word(ctx.nextContent(verbAt));
    if (EXPECTATION_ADJECTIVES.has(adjective)) return hint(`"should ${verb} ${adjective}" states an expectation without its basis.`);
    return undefined; // "should be submitted", "should be noted", "should be clear": instruction or advice
  }
  if (EXPECTATION_VERBS.has(verb)) return hint(`"should ${verb}" states an expected outcome without its basis.`);
  if (verb === 'provide' && /^(insights?|clues?|information|a basis|new)$/.test(ctx.word(verbAt + 1)))
    return hint(`"should provide ${ctx.word(verbAt + 1)}" states an expected outcome without its basis.`);
  return undefined;
}
/** Verbs whose modal, in a lead-in ending with a colon, brings in the list of what a thing may hold. */
const LIST_LEAD_VERBS = new Set(['include', 'form', 'cover', 'involve', 'comprise', 'contain']);

/** Published quantities that a statistics release says may be revised: the data nouns, and the indicators and series they make up. */
const PUBLISHED_QUANTITIES = new Set([
  ...DATA_NOUNS,
  'estimate',
  'indicator',
  'indicators',
  'series',
  'values',
  'totals',
  'counts',
  'forecasts',
  'targets',
  'projections',
]);
/** The clause's subject (the noun phrase before its first verb, "Figures for 2023 are provisional and may …") names published data. */
function dataSubject(ctx: SentenceContext, modalAt: number): boolean {
  for (let k = ctx.clauseStart(modalAt); k < modalAt; k++) {
    if (PUBLISHED_QUANTITIES.has(ctx.word(k))) return true;
    if (/^(PastTense|PresentTense|Copula|Modal|Auxiliary)$/.test(ctx.lexTag(k) ?? '') && !PUBLISHED_QUANTITIES.has(ctx.word(k)))
      return false;
  }
  return false;
}

/**
 * "Figures for 2023 are provisional and may be revised", "the estimates may change", "Recent years may be revised as later
 * imagery confirms …": published data, or the latest periods of a series, subject to a later release.
 */
function revisedLater(ctx: SentenceContext, i: number, verbAt: number, subjAt: number): boolean {
  const verb = ctx.word(verbAt);
  const revised = verb === 'be' && REVISION_PARTICIPLES.has(ctx.word(verbAt + 1));
  if ((verb === 'change' || revised) && dataSubject(ctx, i)) return true;
  return revised && RECENT_PERIODS.test(`${ctx.word(subjAt - 1)} ${ctx.word(subjAt)}`);
}

/** The latest periods of a series: "recent years", "the latest quarter", "the last two months". */
const RECENT_PERIODS = /^(recent|latest|last|two|three|provisional|earlier) (years?|quarters?|months?|weeks?|periods?)$/;

/** What happens to published figures in a later release. */
const REVISION_PARTICIPLES = new Set(['revised', 'updated', 'corrected', 'amended', 'restated', 'finalised', 'finalized']);

/** A comparative after "could be no": "no greater", "no better", "no clearer". */
const COMPARISON_WORDS_OR_SUPERLATIVE = /^(greater|better|worse|clearer|stronger|more|less|higher|lower|bigger|finer|starker|sharper)$/;

/** Verbs of making a remark, after which a modal is courtesy: "I might note", "I may add", "we might mention". */
const REMARKING_VERBS = new Set([
  'note',
  'add',
  'say',
  'mention',
  'observe',
  'remark',
  'recall',
  'point',
  'recognize',
  'recognise',
  'acknowledge',
  'thank',
  'welcome',
  'introduce',
  // "we may congratulate ourselves that …": a courtesy to the audience
  'congratulate',
  'rejoice',
  'felicitate',
]);

/**
 * "As hard as it may be", "as uncomfortable as the debates may become": "as … as" before the modal in its clause;
 * "Whatever the causes may be", "however large the gap may seem": a concession over every case.
 */
function concedesDegree(ctx: SentenceContext, i: number): boolean {
  const start = ctx.clauseStart(i);
  // "Words may be futile, but war is not the only means …", "while our economy may be weakened …, we will rebuild": a point
  // granted at the sentence's start and answered at once
  if (ctx.word(i) === 'may' && ctx.word(i + 1) === 'be' && start === 0 && i <= 4 && answeredByBut(ctx, i)) return true;
  // ("However, prices may rise": the adverb before a comma concedes nothing)
  if (/^(whatever|however|whoever|wherever|whichever)$/.test(ctx.word(start)) && !ctx.breakBefore(start + 1) && i - start <= 5) return true;
  // "that however great may have been the advantages", "in whatever section he may reside": the same, within the clause
  for (let k = i - 1; k > start && k >= i - 5; k--)
    if (/^(whatever|however|whoever|wherever|whichever)$/.test(ctx.word(k)) && !ctx.breakBefore(k + 1)) return true;
  // "pleasant as it may be to bask in the warmth of recovery", "Strange as it may seem": the same concession, its first "as" dropped
  // ("so far as it might be practicable", "as long as it may last": a condition's measure, not a concession)
  if (
    ctx.word(i - 2) === 'as' &&
    /^(it|they|this|that)$/.test(ctx.word(i - 1)) &&
    ctx.lexTag(i - 3) === 'Adjective' &&
    !/^(far|long|soon|much|well)$/.test(ctx.word(i - 3))
  )
    return true;
  if (ctx.word(start) !== 'as') return false;
  for (let k = start + 2; k < i && k <= start + 6; k++) if (ctx.word(k) === 'as') return true;
  return false;
}

/** ", but" opens the next clause within ten words after the modal at i. */
function answeredByBut(ctx: SentenceContext, i: number): boolean {
  for (let k = i + 2; k < Math.min(ctx.tokens.length, i + 12); k++) if (ctx.breakBefore(k)) return ctx.word(k) === 'but';
  return false;
}

/** "…, had the SSEP required notice", "had we known": a condition put by inversion, from token k on. */
/** "Had the United States resorted to this extremity, we might have …": an inverted condition opens a clause before the modal. */
function invertedConditionBefore(ctx: SentenceContext, i: number): boolean {
  for (let j = i - 2; j >= 0 && j >= i - 24; j--)
    if (
      ctx.word(j) === 'had' &&
      (j === 0 || ctx.breakBefore(j) || /^(and|but)$/.test(ctx.word(j - 1))) &&
      (ctx.isDeterminer(j + 1) || ctx.isSubjectPronoun(j + 1) || ctx.isName(j + 1))
    )
      return true;
  return false;
}

function invertedConditionAfter(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < ctx.tokens.length - 1; j++)
    if (ctx.word(j) === 'had' && (ctx.isDeterminer(j + 1) || ctx.isSubjectPronoun(j + 1) || ctx.isName(j + 1))) return true;
  return false;
}

/**
 * A modal hedge's verdict, marked to drop in a document that instructs its reader (Hit.circumstantial), where a modal mostly
 * states a circumstance, an option or what can happen: over a generic subject ("Models may contain errors"), or before a
 * verb of doing ("a coordinator may drop a cluster", "The agreement could limit the data"; in our guidance documents 7 of
 * 26 modal hedges were right, 18 of 20 other hedges). It stays where the modal explains or compares ("may reflect",
 * "may be higher", "may be contributing", "may work better") or stacks with another hedge ("may perhaps", "may well").
 */
function modalVerdict(ctx: SentenceContext, i: number, verbAt: number, reason: string): Verdict {
  return doubtsAClaim(ctx, i, verbAt) ? reason : { reason, circumstantial: true };
}

/**
 * A course of action in the clause from `from`, before a semicolon ends it: "should be allotted", "ought to". ("prices
 * should fall" expects, and stays a claim held open.)
 */
function recommendsAhead(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k < Math.min(ctx.tokens.length, from + 15); k++) {
    if (k > from && ctx.gapBefore(k).includes(';')) return false;
    if (ctx.word(k) === 'ought' || (ctx.word(k) === 'should' && ctx.word(k + 1) === 'be' && ctx.word(k + 2).endsWith('ed'))) return true;
  }
  return false;
}

/** "do more to", "do far more", "do much better": what someone could do is more or better than now (a degree word may stand first). */
function recommendsMore(ctx: SentenceContext, from: number): boolean {
  let k = from;
  while (k < from + 3 && /^(far|much|a|lot|great|deal|considerably|rather|even|so)$/.test(ctx.word(k))) k++;
  if (ctx.word(k) !== 'more' && ctx.word(k) !== 'better') return false;
  // ("could do more harm than good": more of something, a claim)
  return ctx.clauseEndsBefore(k + 1) || /^(to|for|than|in|on|with|about)$/.test(ctx.word(k + 1));
}

/** After "could have <participle>": ", but … would have" weighs what doing it would have meant, an option not taken. */
function optionNotTaken(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k + 2 < ctx.tokens.length; k++)
    if (ctx.word(k) === 'but' && ctx.breakBefore(k)) {
      for (let j = k + 1; j + 1 < ctx.tokens.length; j++) if (ctx.word(j) === 'would' && ctx.word(j + 1) === 'have') return true;
      return false;
    }
  return false;
}

/** Adverbs of entitlement after "may": "may legitimately", "may lawfully", "may properly". */
const ENTITLEMENT_ADVERBS = contextWords.entitlementAdverbs;
const ADEQUACY = contextWords.adequacyJudgements;
const COURSE_NOUNS = contextWords.courseNouns;
const DESERVES = new Set(['warrant', 'merit', 'deserve', 'justify']);

/**
 * "A simple process evaluation may be enough where …", "a theory-based design could be more informative", "the right design
 * for a pilot may be too heavy for …": guidance weighing whether a design or an option suits a case (data/context.json
 * adequacyJudgements). Not "might not be enough", nor a result after "to" ("enough to reach the target").
 */
function weighsACourse(ctx: SentenceContext, modal: number, be: number): boolean {
  if (ctx.words.slice(modal + 1, be).includes('not')) return false;
  const subject = ctx.subjectBefore(modal);
  if (subject < 0 || !COURSE_NOUNS.has(ctx.word(subject))) return false;
  let k = be + 1;
  const graded = /^(more|less|too)$/.test(ctx.word(k));
  if (graded) k++;
  if (!ADEQUACY.has(ctx.word(k)) && !(ctx.word(be + 1) === 'too' && ctx.lexTag(k) === 'Adjective')) return false;
  return !(ctx.word(k + 1) === 'to' && ctx.lexTag(k + 2) === 'Infinitive');
}

/**
 * The modal at i and the same modal elsewhere in the sentence, the second after "or" (or "or" and a pronoun), over verbs of
 * doing: "may drop …, or they may re-interview …". Not over outcomes or explanations: "may rise or may fall" holds both open.
 */
function introducesIllustration(ctx: SentenceContext, i: number): boolean {
  if (/^(examples?|instances?|illustrations?)$/.test(ctx.word(i - 1)) && ctx.word(i + 1) === 'be') return true;
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 8); k++) {
    if (ctx.word(k) === 'following' && ctx.word(k - 1) === 'the') return ctx.text.trimEnd().endsWith(':') || ctx.text.includes(':');
    if (ctx.word(k) === 'as' && ctx.word(k + 1) === 'follows') return true;
  }
  return false;
}

function laysOutCases(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k < Math.min(ctx.tokens.length, from + 4); k++)
    // (states or kinds: "either independent or correlated", "either a panel or a cross-section"; not events, "may be
    // either repealed or replaced" forecasts one)
    if (ctx.word(k) === 'either') return !/ed$|en$/.test(ctx.word(k + 1)) && ctx.words.indexOf('or', k + 2) > k;
  return false;
}

function offersAlternatives(ctx: SentenceContext, i: number): boolean {
  const w = ctx.word(i);
  for (let k = 0; k < ctx.tokens.length; k++) {
    if (k === i || ctx.word(k) !== w) continue;
    const second = Math.max(i, k);
    if (ctx.word(second - 1) !== 'or' && !(ctx.word(second - 2) === 'or' && ctx.isSubjectPronoun(second - 1))) continue;
    return [ctx.word(i + 1), ctx.word(k + 1)].every(
      (verb) => !/^(be|have|not|well|also)$/.test(verb) && !OUTCOME_VERBS.has(verb) && !EXPLAINING_VERBS.has(verb),
    );
  }
  return false;
}

/** "at times", "sometimes", "occasionally" within the verb group after the modal: how often, not how likely. */
/** "This document may refer to …", "The following guidelines may help you judge …": the document's scope, or what it offers its reader. */
function documentsOwnScope(ctx: SentenceContext, subjAt: number, verb: string): boolean {
  return (
    (DOCUMENT_NOUNS.has(ctx.word(subjAt)) || ctx.word(subjAt - 1) === 'following') &&
    /^(refer|cover|include|describe|contain|apply|mention|discuss|address|help)$/.test(verb)
  );
}

/**
 * "Regular expressions may consume all available memory when they are compiled", "When they do so, function names may
 * change": what can happen whenever a case arises, as "can" would say it; no one event held in doubt ("Panel prices
 * might fall further when the panel is re-tendered in 2027" is a dated forecast, "it might not hold when events
 * cluster" doubts an assumption, "may have fallen when the tariff was cut" guesses at the past).
 */
function whenCaseArises(ctx: SentenceContext, i: number, verbAt: number): boolean {
  if (ctx.word(verbAt) === 'have') return false;
  let when = -1;
  // "When they do so, …", "Even when few forecasts are needed, …": the case opens the sentence, the modal in its main clause
  const first = ctx.word(0) === 'even' ? 1 : 0;
  if (/^(when|whenever)$/.test(ctx.word(first)) && ctx.clauseStart(i) > first) when = first;
  // "… may fail when names are recorded inconsistently": the case after the modal's clause ("in the season when a crisis
  // comes" names a time, not a case)
  for (let k = verbAt + 1; when < 0 && k < Math.min(ctx.tokens.length, verbAt + 14); k++)
    if (/^(when|whenever)$/.test(ctx.word(k))) {
      if (TIME_NOUNS_BEFORE_WHEN.has(ctx.word(k - 1))) return false;
      when = k;
    }
  if (when < 0) return false;
  // ("When we consider that this Government is charged with …": a reflection the writer asks for, no case)
  for (let k = when + 1; k <= when + 3; k++) if (REFLECTING.has(ctx.word(k))) return false;
  // (a date in the case makes it one event: "when the panel is re-tendered in 2027")
  for (let k = when + 1; k < Math.min(ctx.tokens.length, when + 14); k++)
    if (/^(1[89]|20)\d\d$/.test(ctx.word(k)) || /^(next|tomorrow|soon)$/.test(ctx.word(k))) return false;
  return true;
}
const REFLECTING = new Set(['consider', 'considers', 'reflect', 'remember', 'recall', 'think', 'look', 'compare', 'note', 'observe']);
const TIME_NOUNS_BEFORE_WHEN = new Set([
  'time',
  'times',
  'day',
  'days',
  'season',
  'period',
  'moment',
  'year',
  'years',
  'age',
  'era',
  'hour',
  'point',
  'stage',
]);

function sometimesAfter(ctx: SentenceContext, verbAt: number): boolean {
  for (let k = verbAt - 1; k <= verbAt + 3 && k < ctx.tokens.length; k++) {
    if (k > verbAt && ctx.breakBefore(k)) return false;
    const w = ctx.word(k);
    if (w === 'sometimes' || w === 'occasionally' || (w === 'at' && ctx.word(k + 1) === 'times')) return true;
  }
  return false;
}

/** Verbs whose object is a question: "guess what might happen", "ask what could go wrong". */
const ASKING_ABOUT = new Set([
  'guess',
  'ask',
  'asks',
  'asked',
  'imagine',
  'predict',
  'foresee',
  'know',
  'wonder',
  'consider',
  'explore',
  'discuss',
  'anticipate',
  'see',
]);

/** The modal's clause follows "any <noun>" with no "that": "at any premium level the program could charge", "any cost it might incur". */
function inZeroRelativeAfterAny(ctx: SentenceContext, i: number): boolean {
  const s = ctx.subjectBefore(i);
  if (s <= 1) return false;
  const start = !ctx.isSubjectPronoun(s) && ctx.isDeterminer(s - 1) ? s - 1 : s;
  const head = start - 1;
  // ("any wrongs they may have suffered": a word the lexicon reads as a verb is a noun right after "any")
  if (ctx.breakBefore(start) || ctx.isDeterminer(head)) return false;
  if (!/^(Singular|Plural|Noun|Uncountable)$/.test(ctx.lexTag(head) ?? 'Noun') && !/^(any|every|each|whatever)$/.test(ctx.word(head - 1)))
    return false;
  for (let k = head - 1; k >= Math.max(0, head - 3); k--) if (/^(any|every|each|whatever)$/.test(ctx.word(k))) return true;
  // "There are practical steps it could take", "the measures they might adopt": the options open to someone, listed
  return (OPTION_NOUNS.has(ctx.word(head)) || PROPOSAL_OBJECTS.has(ctx.word(head))) && TAKING.has(ctx.word(i + 1));
}
/** Verbs of taking up an option: "steps it could take", "measures they might adopt". */
const TAKING = new Set(['take', 'adopt', 'use', 'pursue', 'try', 'consider', 'introduce', 'make']);

/** The modal holds a claim open: a cause, a bias, an outcome or a comparison, or a second hedge beside it. */
function doubtsAClaim(ctx: SentenceContext, i: number, verbAt: number): boolean {
  // (not "as well", which adds: "It may snow as well")
  for (let k = i + 1; k <= verbAt + 2 && k < ctx.tokens.length; k++)
    if (STACKING_ADVERBS.has(ctx.word(k)) && !(ctx.word(k) === 'well' && ctx.word(k - 1) === 'as')) return true;
  const verb = ctx.word(verbAt);
  if (EXPLAINING_VERBS.has(verb) || OUTCOME_VERBS.has(verb)) return true;
  let next = verbAt + 1;
  while (next < verbAt + 3 && (ctx.isLyAdverb(next) || /^(not|yet|also|still|therefore)$/.test(ctx.word(next)))) next++;
  const after = ctx.word(next);
  if (COMPARISON_WORDS.has(after) || EXPLAINED_PARTICIPLES.has(after)) return true;
  if (verb !== 'be') return false;
  // "may be contributing", "may be due to", "It may be that …"
  if (after.endsWith('ing') || /^(due|partly|because|that)$/.test(after)) return true;
  // "There may also be a short-term dip in licence numbers": a change held open
  if (ctx.word(i - 1) === 'there')
    for (let k = next; k < Math.min(ctx.tokens.length, next + 5) && !ctx.breakBefore(k); k++) if (CHANGES.has(ctx.word(k))) return true;
  // "This may be the most common cause of failure", "may be the main reason": a cause or a ranking held open.
  for (let k = next; k < Math.min(ctx.tokens.length, next + 5) && !ctx.breakBefore(k); k++) if (RANKED_CAUSES.has(ctx.word(k))) return true;
  return false;
}

/** Nouns of a change: "there may be a dip", "there could be a shortfall". */
const CHANGES = new Set([
  'dip',
  'rise',
  'fall',
  'increase',
  'decrease',
  'decline',
  'drop',
  'shortfall',
  'delay',
  'delays',
  'surge',
  'spike',
  'loss',
  'losses',
  'gap',
]);

/** Adverbs that stack a second hedge on the modal: "may perhaps", "may well", "could possibly", "somewhat overstated". */
const STACKING_ADVERBS = new Set(['perhaps', 'possibly', 'well', 'conceivably', 'plausibly', 'probably', 'partly', 'somewhat']);
/** Verbs of an outcome or a change: "could become", "could lead to", "may grow into", "may allow re-identification", "may prove unnecessary". */
const OUTCOME_VERBS = new Set([
  'become',
  'lead',
  'result',
  'help',
  'exceed',
  'outweigh',
  'grow',
  'prove',
  'allow',
  'enable',
  'prevent',
  'raise',
  'increase',
  'reduce',
  'rise',
  'fall',
  'improve',
  'worsen',
  'motivate',
  'encourage',
  'discourage',
  'deter',
]);
/** Words of a cause or a ranking after "may be": "the most common cause", "the main reason", "the biggest driver". */
const RANKED_CAUSES = new Set([
  'cause',
  'causes',
  'reason',
  'reasons',
  'driver',
  'drivers',
  'explanation',
  'most',
  'main',
  'biggest',
  'largest',
  'key',
]);
/** Participles of a bias or a cause: "may not yet be fully reflected", "might be overstated". */
const EXPLAINED_PARTICIPLES = new Set([
  'reflected',
  'overstated',
  'understated',
  'overestimated',
  'underestimated',
  'exaggerated',
  'biased',
  'distorted',
  'driven',
  'caused',
  'explained',
]);
/** Verbs that give a reason or a bias: "may reflect", "could explain", "may overstate". */
const EXPLAINING_VERBS = new Set([
  'reflect',
  'explain',
  'account',
  'contribute',
  'stem',
  'arise',
  'mean',
  'indicate',
  'imply',
  'overstate',
  'understate',
  'overestimate',
  'underestimate',
  'exaggerate',
  'mask',
  'bias',
  'distort',
  'drive',
  'cause',
]);
/** A comparison after the verb: "may be higher", "may work better". */
const COMPARISON_WORDS = new Set([
  'higher',
  'lower',
  'larger',
  'smaller',
  'greater',
  'fewer',
  'more',
  'less',
  'better',
  'worse',
  'faster',
  'slower',
]);

/**
 * In a narrative of what happened ("The element worked ... and could mediate", "Before 2019, citizens could"), "could" at i
 * is past ability. Not before a verb of inference ("The strike, just as rescuers arrived, could suggest intent": no
 * ability reads so), nor for a past tense inside a relative clause set off by commas ("Prices, which fell in May, could rise").
 */
function pastAbility(ctx: SentenceContext, i: number, verb: string): boolean {
  if (verb === 'have' || INFERENCE_VERBS.has(verb)) return false;
  for (let k = 0; k < i; k++) {
    if (inCommaRelative(ctx, k, i)) continue;
    if (
      ctx.lexTag(k) === 'PastTense' ||
      PAST_AUXILIARIES.has(ctx.word(k)) ||
      (UNTIL_WORDS.has(ctx.word(k)) && /^\d{4}$/.test(ctx.word(k + 1)))
    )
      return true;
  }
  return false;
}

/** Token k lies in a relative clause set off by commas before the modal at i: "Prices, which fell in May, could". */
function inCommaRelative(ctx: SentenceContext, k: number, i: number): boolean {
  let open = k;
  while (open > 0 && !ctx.breakBefore(open)) open--;
  if (open === 0 || !/^(which|who|whom|whose)$/.test(ctx.word(open))) return false;
  for (let j = k + 1; j <= i; j++) if (ctx.breakBefore(j)) return true;
  return false;
}

/** Those a rule grants or refuses something: people, readers, users, bodies and firms. */
const PERMISSION_HOLDERS =
  /^(others|anyone|everyone|users|people|agency|agencies|department|departments|ministry|ministries|authority|authorities|body|bodies|institutions?|organi[sz]ations?|councils?|firms?|companies|company|providers?|suppliers?|applicants?|states|partners?)$/;

/**
 * "those firms may service a cargo only if it was bought below the cap", "Public bodies may depart from a principle only
 * with the Board's agreement", "Members may resign at any time": a permission and its condition, a rule.
 */
function permittedOnCondition(ctx: SentenceContext, subjAt: number, verbAt: number): boolean {
  if (subjAt < 0 || !(isPersonNoun(ctx, subjAt) || isAgent(ctx, subjAt) || PERMISSION_HOLDERS.test(ctx.word(subjAt)))) return false;
  for (let k = verbAt + 1; k + 1 < Math.min(ctx.tokens.length, verbAt + 12); k++) {
    if (ctx.word(k) === 'only' && PERMISSION_CONDITIONS.has(ctx.word(k + 1))) return true;
    // "Core Team Members may resign their position at any time": a right a rule gives, whenever its holder chooses
    if (ctx.word(k) === 'at' && ctx.word(k + 1) === 'any' && ctx.word(k + 2) === 'time') return true;
  }
  return false;
}
/** What follows "only" in a permission's condition: "only if", "only with the agreement of", "only under licence". */
const PERMISSION_CONDITIONS = new Set(['if', 'when', 'where', 'after', 'once', 'with', 'under', 'within', 'by', 'for', 'on', 'in']);

/** A permission and a prohibition set against each other, for someone a rule can address ("others", "agencies"). */
function permissionAgainstProhibition(ctx: SentenceContext): boolean {
  // (the subject of the first "may": the second's is elided, "but may not copy it")
  const first = permissionSetAgainstProhibition(ctx);
  const holder = first >= 0 ? ctx.subjectBefore(first) : -1;
  return holder >= 0 && (isPersonNoun(ctx, holder) || isAgent(ctx, holder) || PERMISSION_HOLDERS.test(ctx.word(holder)));
}

/**
 * "may X but may not Y": a permission and a prohibition set against each other in one sentence; the first "may", or -1.
 */
function permissionSetAgainstProhibition(ctx: SentenceContext): number {
  for (let k = 1; k + 2 < ctx.tokens.length; k++) {
    if (ctx.word(k) !== 'but' || !ctx.words.slice(k + 1, k + 4).includes('may') || !ctx.words.slice(k + 1, k + 6).includes('not')) continue;
    const first = ctx.words.indexOf('may');
    if (first >= 0 && first < k) return first;
  }
  return -1;
}

/** A modal that doubts nothing here: a possibility ruled out, a verb that brings in examples, research proposed. */
/** Participles of an estimate after "may be (fairly)": "may be estimated at", "may be computed at". */
/** What a result is measured against: "all the success which could have been expected". */
const LOOKED_FOR = new Set([
  'expected',
  'hoped',
  'desired',
  'wished',
  'anticipated',
  'looked',
  'apprehended',
  'feared',
  'foreseen',
  'predicted',
  'supposed',
  'imagined',
]);
const ESTIMATES = new Set(['estimated', 'computed', 'calculated', 'reckoned', 'put', 'stated', 'valued']);
/** The modal at i has a negative subject within its clause: "no one", "nothing", "no negotiation", "none of them". */
function negatedSubject(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (/^(no|nothing|none|nobody|neither)$/.test(ctx.word(k))) return true;
    if (ctx.breakBefore(k)) return false;
  }
  return false;
}

/** The verb the modal at i governs, past an aside between them. */
function verbAfterModal(ctx: SentenceContext, i: number): number {
  // Legal drafting puts an aside between the modal and its verb: "may, by means of implementing acts, lay down", "may by regulations amend".
  let verbAt = ctx.nextContent(i);
  if (ctx.breakBefore(i + 1))
    for (let k = i + 2; k < Math.min(ctx.tokens.length, i + 12); k++)
      if (ctx.breakBefore(k)) {
        verbAt = k;
        break;
      }
  if (
    ctx.word(verbAt) === 'by' &&
    /^(regulations?|order|orders|notice|decision|means|resolution|directive|rules)$/.test(ctx.word(verbAt + 1))
  )
    verbAt += 2;
  // "Congress may in its wisdom decide whether …": an aside on whose judgement it is, before the verb
  if (
    ctx.word(i + 1) === 'in' &&
    /^(its|their|his|her|your|our)$/.test(ctx.word(i + 2)) &&
    /^(wisdom|discretion|judgment|judgement)$/.test(ctx.word(i + 3))
  )
    verbAt = i + 4;
  return verbAt;
}

/**
 * "we can try to guess what might happen", "it is hard to know what could follow": what may come, asked about, no claim;
 * "Imagine what we could accomplish if we followed their example": an invitation to picture it.
 */
function whatMayCome(ctx: SentenceContext, i: number): boolean {
  if (ctx.word(i - 1) === 'what' && ASKING_ABOUT.has(ctx.word(i - 2))) return true;
  return ctx.word(i - 2) === 'what' && /^(imagine|picture)$/.test(ctx.word(i - 3));
}

/**
 * "may/could/might have" + participle at i that holds no past open: "whatever benefit might have ensued" (a class); "what
 * might have been" (the idiom of a lost possibility); "No one could have anticipated a course so extraordinary", "nothing
 * could have been effected", "could only have been reconciled", "could never have imagined", "could have had no
 * inducement" (what was impossible, asserted).
 */
function noPastHeldOpen(ctx: SentenceContext, i: number, verbAt: number): boolean {
  if (whateverBefore(ctx, i)) return true;
  if (ctx.word(i - 1) === 'what' && ctx.word(verbAt + 1) === 'been' && ctx.clauseEndsBefore(verbAt + 2)) return true;
  if (ctx.word(i) !== 'could') return false;
  return negatedSubject(ctx, i) || /^(only|never)$/.test(ctx.word(i + 1)) || ctx.word(verbAt + 2) === 'no';
}

/** An option noun is the head of the modal's subject, within its clause: "another avenue may", "one remedy may". */
function optionSubjectBefore(ctx: SentenceContext, i: number): boolean {
  for (let k = Math.max(ctx.clauseStart(i), i - 4); k < i; k++)
    if (/^(avenue|avenues|option|options|alternative|remedy|course)$/.test(ctx.word(k))) return true;
  return false;
}

/** "whatever" or "whichever" opens the clause of the modal at i, within five words. */
function whateverBefore(ctx: SentenceContext, i: number): boolean {
  return ctx.lastInClause(i, (word) => word === 'whatever' || word === 'whichever', 5) >= 0;
}

/** "at an early day", "shortly", "during the present session", "in a few days": when something is due. */
function scheduleAfter(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  if (/^(soon|shortly|presently)$/.test(w)) return true;
  if (w === 'at' && ctx.word(k + 1) === 'an' && /^(early|earlier)$/.test(ctx.word(k + 2))) return true;
  if (/^(during|within|before)$/.test(w) && /^(the|a|this|next)$/.test(ctx.word(k + 1))) return true;
  return w === 'in' && /^(a|the)$/.test(ctx.word(k + 1)) && /^(few|course)$/.test(ctx.word(k + 2));
}

/** Verbs that commend a matter to someone's attention: "may deserve", "may merit", "may well claim". */
const COMMENDING_VERBS = new Set(['deserve', 'merit', 'claim', 'demand', 'invite']);

/** "the (renewed) consideration of", "your attention": within four words. */
function attentionAhead(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < Math.min(ctx.tokens.length, k + 4); j++)
    if (/^(attention|consideration|notice|study)$/.test(ctx.word(j))) return true;
  return false;
}

/** Verbs of a discretion after "as … may": "as circumstances may require", "as policy may seem to require". */
const DISCRETION = new Set(['require', 'requires', 'warrant', 'demand', 'permit', 'allow', 'dictate', 'justify', 'direct', 'suggest']);

/** The modal at i in a "that" clause after "hope", "trust" or "wish", within its clause: "I hope that the time may come". */
function wishedFor(ctx: SentenceContext, i: number): boolean {
  // ("I cherish strong hope that in view of our relations of amity with both countries our friendly counsels may prevail",
  // "I am hopeful that commercial relations may be brought about")
  for (let k = i - 1; k > 0 && k >= i - 16; k--) {
    if (ctx.word(k) === 'that') return /^(hope|hoped|hopeful|trust|wish|pray)$/.test(ctx.word(k - 1));
    if (ctx.breakBefore(k)) return false;
  }
  return false;
}

/** "as public policy may (seem to) require", "as circumstances may warrant": the modal at i in such a clause. */
export function asDiscretion(ctx: SentenceContext, i: number): boolean {
  const verbAt = ctx.word(i + 1) === 'seem' && ctx.word(i + 2) === 'to' ? i + 3 : i + 1;
  if (!DISCRETION.has(ctx.word(verbAt)) || ctx.breakBefore(i)) return false;
  return ctx.lastInClause(i, isAs, 10) >= 0;
}
const isAs = (word: string) => word === 'as';
const isThan = (word: string) => word === 'than';

/** In a "than" clause, the modal at i before a verb of looking for, past adverbs and "been": "than could have been reasonably anticipated". */
function comparedWithWhatWasLookedFor(ctx: SentenceContext, i: number, verbAt: number): boolean {
  if (ctx.lastInClause(i, isThan) < 0) return false;
  return LOOKED_FOR.has(ctx.word(afterAdverbs(ctx, verbAt + 1))) || lookedForAfterBeen(ctx, verbAt + 1);
}

/** At `at`, "been" and, past adverbs, a verb of looking for: "been reasonably anticipated". */
function lookedForAfterBeen(ctx: SentenceContext, at: number): boolean {
  return ctx.word(at) === 'been' && LOOKED_FOR.has(ctx.word(afterAdverbs(ctx, at + 1)));
}

/** Past "-ly" adverbs from k: "fairly estimated". */
function afterAdverbs(ctx: SentenceContext, k: number): number {
  while (k < ctx.tokens.length && ctx.isLyAdverb(k)) k++;
  return k;
}

/** Participles of what was spared: "could have been avoided", "prevented", "averted". */
const SPARED = new Set(['avoided', 'prevented', 'averted', 'saved', 'spared']);

function bringsNoDoubt(ctx: SentenceContext, i: number, w: string, verbAt: number, negated: boolean): boolean {
  // "Enumerators may legitimately finish quickly", "the Government might very properly be given a greater voice", "may
  // justly deny him", "may be safely enlarged": what someone is entitled to, what is fair or safe to do ("may reasonably be
  // expected" still doubts).
  // (after "be", only before a participle: "may be fairly large" still doubts)
  // ("might have been fairly attributed": what it would have been fair to do)
  const passive = ctx.word(i + 1) === 'be' && /(ed|en)$/.test(ctx.word(i + 3));
  const pastPassive = ctx.word(i + 1) === 'have' && ctx.word(i + 2) === 'been' && /(ed|en)$/.test(ctx.word(i + 4));
  const adverb = pastPassive ? i + 3 : ctx.word(i + 1) === 'very' || passive ? i + 2 : i + 1;
  if (
    (w === 'may' || w === 'might' || w === 'could') &&
    ENTITLEMENT_ADVERBS.has(ctx.word(adverb)) &&
    !/^(expected|assumed)$/.test(ctx.word(adverb + 1)) &&
    !/^(expected|assumed)$/.test(ctx.word(adverb + 2))
  )
    return true;
  // "as the name might suggest": what a name tells, an idiom (senses.ts)
  if (namesTell(ctx, verbAt)) return true;
  // "It may be observed that the stipulations conform …", "it may be noted that": the writer pointing to a point, as
  // "note that" would ("it may be said that" still hedges)
  if (
    ctx.word(i - 1) === 'it' &&
    ctx.word(verbAt) === 'be' &&
    /^(observed|noted|remarked|mentioned|added)$/.test(ctx.word(verbAt + 1)) &&
    ctx.word(verbAt + 2) === 'that'
  )
    return true;
  // "For example, the timeline might be agreed upon in the middle of …": an illustration of what can happen
  if (/^(for)$/.test(ctx.word(0)) && /^(example|instance)$/.test(ctx.word(1)) && ctx.clauseStart(i) <= 2) return true;
  // "it may be in the best interest of the users to shorten the timeline": a course weighed, advice
  if (
    ctx.word(verbAt) === 'be' &&
    ctx.word(verbAt + 1) === 'in' &&
    /^(interest|interests)$/.test(ctx.word(verbAt + 3) === 'best' ? ctx.word(verbAt + 4) : ctx.word(verbAt + 3))
  )
    return true;
  // "we may hope soon to receive the ratification": the speaker's hope, not doubt
  if ((ctx.word(i - 1) === 'we' || ctx.word(i - 1) === 'i') && /^(hope|trust)$/.test(ctx.word(verbAt))) return true;
  // "If he had such power, the Government might be republican in form": what would follow from what is not so
  if ((w === 'might' || w === 'could') && ctx.word(0) === 'if' && ctx.words.slice(1, i).some((word) => word === 'had' || word === 'were'))
    return true;
  // "A general emigration may therefore be confidently expected": an old idiom of confidence, not doubt
  for (let k = i + 1; k <= i + 3; k++)
    if (ctx.word(k) === 'confidently' && /^(expected|anticipated|relied|predicted|hoped)$/.test(ctx.word(k + 1))) return true;
  // "the country might just as well expect price chaos", "we may as well admit it": an idiom of emphasis.
  const as = ctx.word(i + 1) === 'just' ? i + 2 : i + 1;
  if (ctx.word(as) === 'as' && ctx.word(as + 1) === 'well') return true;
  // "A disaster scenario could go on in the following fashion:", "examples could be time of measurement": an illustration
  // the writer sets out.
  if (introducesIllustration(ctx, i)) return true;
  // "the breach could not have contributed to the damage", "cannot have known": a possibility ruled out, a certainty.
  if ((w === 'could' || w === 'can' || w === 'cannot') && (negated || w === 'cannot') && ctx.words.slice(i + 1, i + 4).includes('have'))
    return true;
  // "much pain could have been avoided with early discussion", "the outbreak could have been prevented": what would have
  // spared it, a counterfactual the writer asserts, not a doubt ("could have been caused by" still doubts a cause)
  if (w === 'could' && ctx.word(i + 1) === 'have' && ctx.word(i + 2) === 'been' && SPARED.has(ctx.word(i + 3))) return true;
  // "may be fairly estimated at $20 millions": the writer's own estimate, put in the form of the accounts of the time
  if (
    w === 'may' &&
    ctx.word(verbAt) === 'be' &&
    ESTIMATES.has(ctx.word(afterAdverbs(ctx, verbAt + 1))) &&
    ctx.word(afterAdverbs(ctx, verbAt + 1) + 1) === 'at'
  )
    return true;
  // "I hope that the time may soon arrive", "we trust that it may be settled": a wish, not a claim held open
  if (wishedFor(ctx, i)) return true;
  // "such other enactment as might be passed", "such expenses as they may necessarily incur", "as public policy may seem to
  // require": a class or a discretion, in the drafting of a law or a message
  const asAt = ctx.word(i - 1) === 'as' ? i - 1 : ctx.word(i - 2) === 'as' && ctx.isSubjectPronoun(i - 1) ? i - 2 : -1;
  if (asAt > 0 && ctx.words.slice(Math.max(0, asAt - 8), asAt).includes('such')) return true;
  if (asDiscretion(ctx, i)) return true;
  // "as compile errors otherwise might prevent testing": what would follow if the rule were not kept, its reason
  if (ctx.word(i - 1) === 'otherwise' || (ctx.word(i + 1) === 'otherwise' && ctx.word(i + 2) !== 'be')) return true;
  // "Future work could extend the model, which might change the ranking": research the writer proposes, a plan.
  if (/^(future|further)$/.test(ctx.word(0)) && /^(work|research|studies|study|analysis|papers?)$/.test(ctx.word(1))) return true;
  // "Reviewers might ask, for example:", "a plan could include, for instance, …": the modal's verb brings in examples, it doubts
  // nothing ("The levy may raise rents, for example" still doubts).
  if (ctx.word(verbAt + 1) === 'for' && (ctx.word(verbAt + 2) === 'example' || ctx.word(verbAt + 2) === 'instance')) return true;
  if (ctx.word(i + 1) === 'for' && (ctx.word(i + 2) === 'example' || ctx.word(i + 2) === 'instance')) return true; // "Teams might, for example, combine …"
  // "The consultation may also be of interest to bus operators": an invitation, not a claim.
  if (ctx.word(verbAt) === 'be' && ctx.word(verbAt + 1) === 'of' && /^(interest|use|help|value)$/.test(ctx.word(verbAt + 2))) return true;
  // "the rules that govern who may enrol", "decide who may apply": who is allowed, in a rule or a question about one.
  if (w === 'may' && ctx.word(i - 1) === 'who' && i > 1 && ctx.lexTag(i - 2) !== 'Plural' && !ctx.isName(i - 2)) return true;
  // "He may be right about the risk": a point granted to someone, not the writer's own claim weakened.
  if (ctx.word(verbAt) === 'be' && /^(right|correct)$/.test(ctx.word(verbAt + 1)) && isActor(ctx, ctx.subjectBefore(i))) return true;
  // "In principle, some of the tariff may be absorbed by exporters, although studies found …": a possibility in theory,
  // granted so that the evidence can answer it.
  if (ctx.word(0) === 'in' && /^(principle|theory)$/.test(ctx.word(1)))
    for (let k = verbAt + 1; k < ctx.tokens.length; k++)
      if (ctx.breakBefore(k) && /^(but|although|though|yet|however)$/.test(ctx.word(k))) return true;
  // "Congress could take several steps to …:", "The following checks could form part of a review:": the lead-in to a list of
  // options or examples ("Prices may rise for three reasons:" still doubts).
  if (ctx.text.trimEnd().endsWith(':')) {
    if (LIST_LEAD_VERBS.has(ctx.word(verbAt))) return true;
    for (let k = verbAt + 1; k < Math.min(ctx.tokens.length, verbAt + 5); k++) if (OPTION_NOUNS.has(ctx.word(k))) return true;
  }

  return false;
}

/** The subject is the reader's own: "your code", "your first patch". */
function ownedByTheReader(ctx: SentenceContext, subjAt: number): boolean {
  for (let k = subjAt; k >= Math.max(0, subjAt - 3); k--) {
    if (ctx.word(k) === 'your') return true;
    if (k < subjAt && ctx.breakBefore(k + 1)) return false;
  }
  return false;
}
