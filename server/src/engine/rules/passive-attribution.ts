// passive-attribution: agentless attribution — "it is believed", "is widely considered",
// "are presumed", "has been suggested": a claim credited to nobody.
import { itIsReportedThat, MODALS, SAYING_TAIL } from '../grammar';
import { cueBit, type SentenceContext } from '../context';
import { namesSource, recordOpening } from '../evidence';
import { subjunctiveAfterThat } from '../hedges/clauses';
import { isPersonNoun } from '../hedges/subjects';
import {
  attributionAddressees,
  attributionRuleNouns,
  attributionFrontedAgents,
  attributionRuleStatuses,
  attributionCausal,
  attributionContextOnly,
  attributionHearsayAdverbs,
  attributionIntensifiers,
  attributionSpeechActNouns,
  attributionSpeechActs,
  attributionSpeechActVerbs,
  attributionParticiples,
  attributionReputation,
  attributionVagueAgents,
  sources,
  type Participle,
} from '../lexicon';
import type { FixKind, Hit, Rule } from './rule';
import { HAS_DIGIT } from '../claims/words';
import { endsWithOpeningQuote, holdsTexMath, startsWithClosingQuote, startsWithDigit, startsWithOpeningQuote } from '../text-shape';

/** Participles that attribute even without "be" when "to" follows ("a region thought to mediate"). */
const REDUCED = new Set(['thought', 'believed', 'presumed', 'alleged', 'rumoured', 'rumored', 'suspected']);
/** Adverbs that generalise over unnamed people's usage or judgement: "commonly known as", "often regarded as". */
const USAGE_ADVERBS = new Set([
  'often',
  'commonly',
  'generally',
  'widely',
  'usually',
  'sometimes',
  'frequently',
  'popularly',
  'traditionally',
  'occasionally',
]);
/** Naming participles: with a generalising adverb they report usage ("commonly called"). */
const NAMING_PARTICIPLES = new Set(['known', 'called', 'referred', 'termed', 'dubbed', 'labelled', 'labeled', 'nicknamed']);
const USAGE_PARTICIPLES = new Set([
  'considered',
  'regarded',
  'described',
  'seen',
  'viewed',
  'thought',
  'believed',
  'credited',
  'cited',
  'perceived',
]);
/** Participles of judgement: "is considered a failure", "is regarded highly". */
const JUDGING_PARTICIPLES = new Set(['considered', 'regarded', 'seen', 'viewed', 'perceived', 'deemed']);
/** Words that start a place or a time after a participle: "was considered in 2019", "were seen at the depot". */
const PLACE_OR_TIME_STARTS = new Set([
  'at',
  'in',
  'on',
  'during',
  'under',
  'within',
  'before',
  'after',
  'when',
  'from',
  'by',
  'for',
  'and',
  'or',
]);
/** Modals of obligation and of possibility: with them a passive judgement is the writer's, not a report of others'. */
/** "can" too: "these requirements can be seen as headers" offers the writer's own reading. */
const WRITERS_MODALS = new Set(['should', 'must', 'shall', 'may', 'might', 'could', 'can']);
/** Modals of what one may do or conclude: "it may be presumed", "it might be inferred". */
const MAY_OR_MIGHT = new Set(['may', 'might']);
/** Participles of concluding from what is known: with "it may be", the writer's own inference. */
const INFERENCE_PARTICIPLES = new Set(['presumed', 'supposed', 'inferred', 'concluded', 'deduced']);
/** "Bombay, then considered the haven of art": judgement participles that can open a reduced clause. */
const REDUCED_JUDGEMENT = new Set(['considered', 'regarded', 'hailed', 'touted']);
const BE = new Set(['is', 'are', 'was', 'were', "'s", 'been', 'being', 'be']);
/**
 * The words every branch of check()'s loop starts from: a reputation phrase, a generalising adverb, a listed participle,
 * a reduced judgement or relative, a form of "be". The loop passes any other word with one cue-mask read.
 */
const PASSIVE_STARTS = cueBit([
  ...attributionHearsayAdverbs.words,
  ...attributionReputation.firstWords(),
  ...USAGE_ADVERBS,
  ...attributionParticiples.keys(),
  ...REDUCED_JUDGEMENT,
  ...REDUCED,
  ...BE,
]);

export const passiveAttribution: Rule = {
  meta: {
    id: 'passive-attribution',
    title: 'Agentless attribution',
    description:
      'A view credited to nobody: "it is believed", "is widely considered", "are presumed", "has been suggested". Believed, considered, suggested by whom?',
    defaultSeverity: 'information',
    silencedByEvidence: true,
    silencedByAttribution: false,
    policy: {
      sentenceClass: 'vague-source',
      marksUncertain: true,
      framesClaims: 'always',
      acceptsTerms: true,
      plural: 'agentless attributions',
      statusGroup: { one: 'unnamed source', many: 'unnamed sources', order: 3 },
    },
    messages: {
      passive: '"{{cue}}": by whom? Name who holds this view, or cite it.',
      reputation: '"{{cue}}": to whom? Name who knows or rates it, or give the measure.',
    },
    examples: {
      flag: [
        { text: 'It is widely believed that the sanctions failed.', flagged: 'It is widely believed' },
        { text: 'North Korean workers, who are presumed ideal, stay on.', flagged: 'are presumed' },
        { text: 'It has been suggested that the talks were staged.', flagged: 'It has been suggested' },
        { text: 'The plan is widely considered a failure.', flagged: 'is widely considered' },
        { text: 'The militia, thought to number 2,000 fighters, withdrew.', flagged: 'thought to' },
        { text: 'The levy has been criticised for its cost.', flagged: 'has been criticised' },
        { text: 'The index is widely cited in budget debates.', flagged: 'widely cited', thorough: true },
        { text: 'Low take-up has been attributed to the cost of advice.', flagged: 'has been attributed' },
        { text: 'The Danish scheme is often cited as a model for reform.', flagged: 'is often cited' },
        { text: 'Similar objections have been raised against the tourist levy.', flagged: 'have been raised' },
        { text: 'The minister reportedly opposed the cap.', flagged: 'reportedly' },
      ],
      allow: [
        'The plan was considered by the committee in March.',
        'The proposal was accepted.',
        'The levy was criticised by the Treasury Committee in 2021.',
        'The index is widely cited by the OECD.',
        'It is believed by the Ministry of Defence that the base closed [3].',
        'The report was published in May.',
        'I thought to ask the minister directly.',
        'If a claim is not lodged within 30 days, it is considered withdrawn.',
        'A household with one earner is said to be "single-income" for this purpose.',
        'Hearings were held to consider the bill.',
        'The theft was reported to police.',
        'It has been reported that two hospitals paid a ransom in 2025.',
        'These criteria can be seen as a summary of the checklist.',
        'Each option is considered, taking into account its cost.',
        'Firms that export less than a tenth of their output are not considered exporters.',
        'Where a licence lapses, it is expected that the code will be archived.',
      ],
    },
  },
  // Every branch below starts from one of these; the be-passive from a listed participle.
  cueWords: [
    ...attributionHearsayAdverbs.words,
    ...attributionSpeechActVerbs,
    ...attributionReputation.firstWords(),
    ...USAGE_ADVERBS,
    ...attributionParticiples.keys(),
    ...REDUCED_JUDGEMENT,
    ...REDUCED,
  ],
  check(ctx) {
    const hits: Hit[] = [];
    const t = ctx.tokens;
    const cueMasks = ctx.cueMasks;
    for (let i = 0; i < t.length; i++) {
      if ((cueMasks[i] & PASSIVE_STARTS) === 0) continue;
      const w = ctx.words[i]; // read once: the tests below ask about it again and again
      // "the minister reportedly resigned", "funds were allegedly diverted": a claim passed on from nobody named.
      if (attributionHearsayAdverbs.words.includes(w)) {
        hits.push(
          attribution(
            ctx,
            t[i].start,
            t[i].end,
            'hearsay adverb',
            { word: w, note: attributionHearsayAdverbs.note, alternatives: attributionHearsayAdverbs.alternatives ?? [] },
            ['cite'],
          ),
        );
        continue;
      }
      // Reputation without a holder: "a well-known critic", "best known for", "widely cited".
      const rep = attributionReputation.has(w) ? attributionReputation.matchAt(t, i) : undefined;
      if (rep) {
        const agent =
          ctx.word(rep.end) === 'by' || ctx.word(rep.end) === 'to' || ctx.word(rep.end) === 'among' || ctx.word(rep.end) === 'amongst';
        // "well known" is also the plain degree of a fact ("are well known as regulators"); it credits a reputation
        // in the frame "it is well known that", or before a person, group or work ("a well-known painter").
        const plainDegree =
          w.startsWith('well') && !(ctx.word(rep.end) === 'that' && ctx.word(i - 2) === 'it') && !isGroupAhead(ctx, rep.end);
        if (!plainDegree && !(agent && namesSource(ctx, rep.end + 1, Math.min(t.length, rep.end + 5)))) {
          const cue = ctx.text.slice(t[i].start, t[rep.end - 1].end);
          hits.push({
            start: t[i].start,
            end: t[rep.end - 1].end,
            messageId: 'reputation',
            data: { cue },
            category: 'reputation without a holder',
            reason: `"${cue}" credits a reputation to unnamed people, and does not say by whom. ${rep.value.note}`,
            alternatives: rep.value.alternatives ?? [],
            fixes: ['cite'],
            cap: 'hint',
          });
        }
        i = rep.end - 1;
        continue;
      }
      // A generalising adverb with a naming or judging participle, with or without "be": "commonly known as",
      // "often referred to as", "X, generally considered the best ...": usage or judgement by unnamed people.
      const part = USAGE_ADVERBS.has(w) ? ctx.word(i + 1) : '';
      const naming = part !== '' && NAMING_PARTICIPLES.has(part);
      const judging = part !== '' && USAGE_PARTICIPLES.has(part) && ((part !== 'seen' && part !== 'viewed') || ctx.word(i + 2) === 'as');
      // With "be" before the adverb, a judging participle is left to the be-passive below ("is widely considered").
      if ((naming || (judging && !BE.has(ctx.word(i - 1)))) && !/^(has|have|had)$/.test(ctx.word(i - 1)) && !activeAfterSubject(ctx, i)) {
        const after = ctx.word(i + 2);
        if (!(after === 'by' && namesSource(ctx, i + 3, Math.min(t.length, i + 7)))) {
          const cue = ctx.text.slice(t[i].start, t[i + 1].end);
          hits.push({
            start: t[i].start,
            end: t[i + 1].end,
            messageId: 'passive',
            data: { cue },
            category: naming ? 'usage without a user' : 'agentless passive',
            reason: `"${cue}" generalises over ${naming ? 'how unnamed people name it' : 'what unnamed people think'}, and does not say by whom. ${naming ? 'Called so by whom, and how commonly? Say who uses the name, or drop the adverb.' : participleOf(part).note}`,
            alternatives: naming ? ['say who uses the name', 'drop the adverb'] : participleOf(part).alternatives,
            fixes: ['cite'],
            ...(naming ? { cap: 'hint' as const } : {}),
          });
          i++;
          continue;
        }
      }
      // A reduced passive with a vague agent: "the pistol, considered by many to be inferior".
      if (
        attributionParticiples.has(w) &&
        ctx.word(i + 1) === 'by' &&
        attributionVagueAgents.has(ctx.word(i + 2)) &&
        !BE.has(ctx.word(i - 1)) &&
        !attributionIntensifiers.has(ctx.word(i - 1)) &&
        !/^(has|have|had)$/.test(ctx.word(i - 1)) &&
        !(ctx.word(i + 3) !== '' && /^(of|who)$/.test(ctx.word(i + 3)))
      ) {
        hits.push(attribution(ctx, t[i].start, t[i + 2].end, 'agentless passive', attributionParticiples.get(w)!, ['cite']));
        i += 2;
        continue;
      }
      // A reduced judgement after a comma: "Bombay, then considered the haven of art", "the team, regarded as the best".
      if (
        REDUCED_JUDGEMENT.has(w) &&
        (ctx.breakBefore(i) || (/^(then|now|once|still|long|later)$/.test(ctx.word(i - 1)) && ctx.breakBefore(i - 1)))
      ) {
        const nxt = ctx.word(i + 1);
        const judges =
          w === 'considered'
            ? nxt !== '' && !nxt.endsWith('ly') && ctx.lexTag(i + 1) !== 'Preposition' && !ctx.breakBefore(i + 1)
            : nxt === 'as';
        if (judges && !(nxt === 'by' || ctx.word(i + 2) === 'by')) {
          const from = ctx.breakBefore(i) ? i : i - 1;
          hits.push(attribution(ctx, t[from].start, t[i].end, 'agentless passive', participleOf(w), ['cite']));
          continue;
        }
      }
      // A reduced relative: "a region thought to mediate", "a figure believed to be low".
      if (
        i > 0 &&
        REDUCED.has(w) &&
        ctx.word(i + 1) === 'to' &&
        !ctx.isSubjectPronoun(i - 1) &&
        !BE.has(ctx.word(i - 1)) &&
        !/^(has|have|had)$/.test(ctx.word(i - 1)) &&
        // ("it is not, therefore, believed to be advisable to …": a decision, as "it was thought expedient to")
        !(ctx.word(i + 2) === 'be' && DECISION_ADJECTIVES.has(ctx.word(i + 3)))
      ) {
        hits.push(attribution(ctx, t[i].start, t[i + 1].end, 'agentless passive', attributionParticiples.get(w)!, ['cite']));
        continue;
      }
      if (!BE.has(w)) continue;
      let k = i + 1;
      while (attributionIntensifiers.has(ctx.word(k))) k++;
      // "arguments have been made", "concerns were raised": a speech act put in nobody's mouth.
      if (w !== 'be' && attributionSpeechActVerbs.has(ctx.word(k)) && ctx.word(k + 1) !== 'by' && speechActSubject(ctx, i)) {
        const from = w === 'been' && /^(has|have|had)$/.test(ctx.word(i - 1)) ? i - 1 : i;
        hits.push(
          attribution(
            ctx,
            t[from].start,
            t[k].end,
            'agentless speech act',
            { word: ctx.word(k), note: attributionSpeechActs.note, alternatives: attributionSpeechActs.alternatives ?? [] },
            ['name-source', 'cite'],
          ),
        );
        i = k;
        continue;
      }
      const participle = attributionParticiples.get(ctx.word(k));
      if (!participle) continue;
      // "It has been reported that …": the guide's vague source, the weasel rule's finding.
      if (itIsReportedThat((j) => ctx.word(j), k) >= 0) continue;
      // "been" must follow have/has/had: "has been suggested"; "being" needs a be before it.
      const next = ctx.word(k + 1);
      const vagueAgent = next === 'by' && attributionVagueAgents.has(ctx.word(k + 2));
      // An agent is named; "considered for a post" is no judgement, but "criticised for its cost" gives the reason for one.
      if (
        (next === 'by' && !vagueAgent) ||
        (next === 'for' && !/^(criticized|criticised|credited|questioned|disputed)$/.test(participle.word)) ||
        agentAfterRoleOrSupposed(ctx, i, k)
      )
        continue;
      // "it is said", "it has been said", "it can be argued"
      const modalBe = w === 'be' && MODALS.has(ctx.word(i - 1));
      const itAt = ctx.word(i - 1) === 'it' ? i - 1 : w === 'been' || modalBe ? itBeforeTheAuxiliary(ctx, i - 1) : -1;
      const itFrame = itAt >= 0;
      // Outside "it ... that", a modal passive is the writer's own verdict: "should not be considered a success"
      // recommends, and "might be considered an alternative" is hedged by "might", which the hedge rule flags.
      if (modalBe && !itFrame && !vagueAgent && WRITERS_MODALS.has(ctx.word(i - 1))) continue;
      // "It should be recognized that …", "it must be acknowledged that …": the writer asks the reader to take a point, a
      // remark of her own, not a view credited to nobody ("it can be argued that" still is one).
      if (modalBe && itFrame && !vagueAgent && (ctx.word(i - 1) === 'should' || ctx.word(i - 1) === 'must')) continue;
      // "it may be presumed that Spain will give up the contest", "whence it may be inferred that": what one may conclude, the
      // writer's own inference softened by "may", which the hedge rule flags ("it is presumed that" still credits nobody).
      if (modalBe && itFrame && !vagueAgent && MAY_OR_MIGHT.has(ctx.word(i - 1)) && INFERENCE_PARTICIPLES.has(ctx.word(k))) continue;
      // A bare "be" counts only right after its modal: in "by no means should the summit be considered" the modal
      // went before the subject, and the sentence is the writer's verdict again.
      if (w === 'be' && !modalBe) continue;
      const toView = viewInfinitive(ctx, k);
      // "has been attributed to a lack of skills": a cause credited by nobody, whatever follows "to".
      const causal = next === 'to' && attributionCausal.has(participle.word);
      // "was estimated at 4 billion": a figure credited to nobody ("is estimated using ...", "by regressing ..." are methods).
      const estimatedAt =
        participle.word === 'estimated' &&
        next === 'at' &&
        (startsWithDigit(ctx.word(k + 2)) ||
          /^(around|about|over|under|roughly|nearly|almost|some|least|more|less|between|up|just)$/.test(ctx.word(k + 2)));
      // "It is said this is wrong": the frame without its "that".
      const bareClause =
        itFrame &&
        SAYING_FRAMES.has(participle.word) &&
        !ctx.breakBefore(k + 1) &&
        (ctx.isSubjectPronoun(k + 1) || /^(this|these|those|the|a|an)$/.test(next));
      const framed = (itFrame && next === 'that') || toView || causal || estimatedAt || bareClause || next === 'as' || next === 'that';
      // "is considered a failure", "is regarded highly": judgement verbs attribute with any complement but a place or time.
      // "are considered, taking into account ...": a participle before a break examines; it judges nothing.
      const judged = JUDGING_PARTICIPLES.has(participle.word) && next !== '' && !PLACE_OR_TIME_STARTS.has(next) && !ctx.breakBefore(k + 1);
      // An adverb of consensus or frequency makes a bare participle report a view ("is widely accepted", "is often described");
      // one of time or negation does not ("was not reported", "was first described in 1900", "is now understood").
      const consensus = ctx.tokens.slice(i + 1, k).some((tok) => !TIME_OR_NEGATION.has(tok.lower));
      // "is often cited as proof" credits a view; "is widely cited in debates" is reputation, left to the hint above.
      if (participle.word === 'cited' && !framed) continue;
      // "bugs that are frequently reported to the security team": whom it was told to, a procedure however often.
      if (!vagueAgent && next === 'to' && !toView && !causal && TOLD_TO.has(participle.word)) continue;
      if (attributionContextOnly.has(participle.word) && !framed && !judged && !vagueAgent && !(consensus && next !== 'by')) continue;
      // "the plan recommended is well considered": thought out with care, the writer's verdict on it ("is well considered
      // as a model" credits a view)
      if (participle.word === 'considered' && ctx.word(k - 1) === 'well' && !framed && !judged) continue;
      // "the engineering of deep storage is well understood", "It is well understood that …": how far a matter is known,
      // a claim about the state of knowledge, not a view credited to nobody ("It is understood that …" credits one)
      if (participle.word === 'understood' && KNOWN_HOW_WELL.has(ctx.word(k - 1)) && !vagueAgent) continue;
      // "are often held at the hall": events held, how often; "is widely held": a view held, by how many.
      if (participle.word === 'held' && !framed && !vagueAgent && !heldByMany(ctx, i, k)) continue;
      // "are often seen in the depots": seeing, not judging; "is seen as" judges.
      if ((participle.word === 'seen' || participle.word === 'viewed') && next !== 'as' && !(itFrame && next === 'that') && next !== 'to')
        continue;
      // "To the wider community, it was seen as a misuse": the holders named before the clause ("To some, it was seen as"
      // names nobody and stays one).
      if (!vagueAgent && JUDGING_PARTICIPLES.has(participle.word) && holdersNamedBefore(ctx, i)) continue;
      // "From the returns of the land offices it was perceived that", "by the former the islands are recognized as"
      if (!vagueAgent && !consensus && namedBeforeThePassive(ctx, i)) continue;
      // "before the kernel is considered stable", "until the draft is deemed complete": the threshold of a procedure
      if (!vagueAgent && !consensus && JUDGING_PARTICIPLES.has(participle.word) && thresholdClause(ctx, i)) continue;
      // 'the “merge window” is said to be open': a term in quotation marks, named
      if (!vagueAgent && participle.word === 'said' && startsWithClosingQuote(ctx.gapBefore(i))) continue;
      // "are not viewed as a violation of the Code", "are considered covered by the policy": the status a rule gives, not
      // a view credited to nobody ("is considered a violation of international law" names no rule, and stays one).
      if (!vagueAgent && !consensus && JUDGING_PARTICIPLES.has(participle.word) && statusUnderARule(ctx, k + 1)) continue;
      // A rule or a definition classifies; it reports nobody's opinion.
      // So does a class picked out by a restrictive relative: "Taxpayers who defer the credit are not considered beneficiaries".
      if (
        !vagueAgent &&
        next !== 'that' &&
        (definesTerm(ctx, k) ||
          (isDefinitional(participle.word) &&
            (conditional(ctx, i) || conditionAfter(ctx, k + 1) || ruled(ctx, i) || (!consensus && restrictedSubject(ctx, i)))))
      )
        continue;
      // "an America whose word is believed and whose strength is respected": what the word is like, no view credited to anyone.
      if (!vagueAgent && !framed && (ctx.word(i - 2) === 'whose' || ctx.word(i - 3) === 'whose')) continue;
      // "In the model, labour supply is assumed to be fixed", "the elasticity was estimated in our baseline": the writer's method.
      if (!vagueAgent && METHOD_PARTICIPLES.has(participle.word) && methodContext(ctx)) continue;
      // "A trend is reported as significant where p < 0.05": a rule of the method.
      if (!vagueAgent && next === 'as' && conditionAfter(ctx, k + 1)) continue;
      // "Loss is attributed to a cause by overlaying the maps", "… and is expected to regenerate" inside "X is defined as":
      // a procedure or a definition; "It was suggested that the network should pilot …": a proposal, not a view.
      if (!vagueAgent && (procedureOrDefinition(ctx, k) || (itFrame && next === 'that' && subjunctiveAfterThat(ctx, k + 2)))) continue;
      // "It is thought that this subject merits the attention of Congress": a recommendation in the impersonal style
      if (!vagueAgent && itFrame && next === 'that' && COMMENDS.test(ctx.text)) continue;
      // "Jiffies is considered a legacy issue (Linus's words)", "in the words of the minister": the source named
      if (!vagueAgent && WORDS_OF.test(ctx.text)) continue;
      if (!vagueAgent && coursePutForward(ctx, i, k, toView)) continue;
      // "From the Secretary's statement it will be seen that …", "it will be observed from this report that": the writer
      // pointing the reader to what shows it, not a view credited to nobody
      if (
        !vagueAgent &&
        itFrame &&
        modalBe &&
        /^(seen|observed|noticed|perceived)$/.test(participle.word) &&
        /^(will|may|can)$/.test(ctx.word(i - 1))
      )
        continue;
      // "Large bodies of land are claimed under grants": a title asserted at law, not a view credited to nobody
      if (!vagueAgent && participle.word === 'claimed' && (next === 'under' || (next === 'by' && ctx.word(k + 2) === 'right'))) continue;
      if (!vagueAgent && decidedByTheWritersSide(ctx, i, k, itFrame, consensus)) continue;
      // "Take-up is assumed to rise from 71% to 84%": an assumption given in figures is an input to the writer's model.
      if (!vagueAgent && !consensus && participle.word === 'assumed' && figureAhead(ctx, k + 1)) continue;
      // "It is assumed that there is no risk premium response": with no "widely" or "commonly" to make it a view held by
      // many, a bare "it is assumed" states the writer's own assumption (annotation guide: the writer's methods).
      if (!vagueAgent && itFrame && participle.word === 'assumed' && !consensus) continue;
      // "Where code is not used, it is expected that it will be published": an expectation under a condition is the policy's rule.
      // "It is expected that analysts will document their assumptions": the guidance's requirement of those it addresses.
      // "every public body will be expected to meet the standard", "Agencies are expected to publish": the same, as a passive.
      if (
        !vagueAgent &&
        participle.word === 'expected' &&
        (conditional(ctx, i) || requirementOfAddressee(ctx, k + 1) || (next === 'to' && addressedSubject(ctx, i)))
      )
        continue;
      let from = i;
      if (itFrame) from = itAt;
      else if ((w === 'been' && ['has', 'have', 'had'].includes(ctx.word(i - 1))) || modalBe) from = i - 1;
      const end = vagueAgent ? t[k + 2].end : t[k].end;
      const hit = attribution(ctx, t[from].start, end, itFrame ? 'impersonal attribution' : 'agentless passive', participle, [
        'name-source',
        'cite',
      ]);
      markCircumstance(ctx, hit, i, k, itFrame || vagueAgent || consensus);
      hits.push(hit);
      i = k;
    }
    return hits;
  },
};

/**
 * "is expected to be used in good faith", "are expected to attend": where the document instructs its reader, what it
 * expects of someone (Hit.circumstantial); "Prices are expected to rise" in a report stays a forecast by nobody. "are
 * considered part of the distribution", "is not considered to be a problem": membership or a denial, with no "widely" to
 * make it a view held by many, is a rule's classification or the writer's own call as often as a view credited to nobody:
 * a hint, shown when thorough ("is considered a violation of international law", "was considered substandard" judge, and
 * stay).
 */
function markCircumstance(ctx: SentenceContext, hit: Hit, be: number, participle: number, framed: boolean): void {
  if (framed) return;
  const word = ctx.word(participle);
  if (word === 'expected' && ctx.word(participle + 1) === 'to') hit.circumstantial = true;
  if (!/^(considered|regarded|deemed)$/.test(word)) return;
  const m = ctx.word(participle + 1) === 'to' && ctx.word(participle + 2) === 'be' ? participle + 3 : participle + 1;
  const member = (ctx.word(m) === 'part' && ctx.word(m + 1) === 'of') || ctx.word(m) === 'eligible';
  if (member || ctx.word(be + 1) === 'not') hit.cap = 'hint';
}

/**
 * The passive from the be-form at i to the participle at k tells a decision of the writer's side, in the impersonal style.
 * "it was thought expedient to send an officer", "it was deemed necessary that the fleet sail" ("it is thought likely that
 * prices will rise" still credits a view to nobody); "it was thought proper, in doing justice to the United States, to
 * maintain …" (the course named further on); "it is not, therefore, believed to be advisable to increase the corps" (with
 * "to be"); "such a disposition has been made of our forces as was thought to promise the services most appropriate" (the
 * writer's side's judgement of its own act, in the "such … as" that measures it).
 */
function decidedByTheWritersSide(ctx: SentenceContext, i: number, k: number, itFrame: boolean, consensus: boolean): boolean {
  const next = ctx.word(k + 1);
  if (itFrame && !consensus && DECISION_ADJECTIVES.has(next)) return true;
  if (itFrame && next === 'to' && ctx.word(k + 2) === 'be' && DECISION_ADJECTIVES.has(ctx.word(k + 3))) return true;
  return !consensus && ctx.word(i - 1) === 'as' && /^(was|were)$/.test(ctx.word(i)) && suchBefore(ctx, i - 1);
}

/**
 * The participle at k opens an infinitive of a view: "is thought to play", "is held to be". "was reported to the board"
 * names who was told, "meetings were held to discuss the draft" gives the purpose of an event, and "the volunteers
 * accepted to serve for twelve months" were admitted to a service ("is accepted to be" is a view): none reports one.
 */
function viewInfinitive(ctx: SentenceContext, k: number): boolean {
  const participle = ctx.word(k);
  return (
    ctx.word(k + 1) === 'to' &&
    infinitiveAfter(ctx, k + 2) &&
    !(participle === 'held' && !HELD_VIEWS.test(ctx.word(k + 2))) &&
    !(participle === 'accepted' && !/^(be|have)$/.test(ctx.word(k + 2)))
  );
}

/**
 * A course of action put forward, a plan, not a view credited to nobody: "it is proposed to erect a dam", "several steps
 * were proposed to aid workers", "a satellite system has been proposed as a new start" ("It has been proposed that the levy
 * failed" still is one); "many plans have been suggested", "several remedies were proposed" ("have been suggested to be
 * unworkable" still is one).
 */
function coursePutForward(ctx: SentenceContext, i: number, k: number, toView: boolean): boolean {
  const participle = ctx.word(k);
  const next = ctx.word(k + 1);
  if (participle === 'proposed' && (next === 'as' || (next === 'to' && infinitiveAfter(ctx, k + 2)))) return true;
  return /^(suggested|proposed)$/.test(participle) && next !== 'that' && !toView && proposalSubject(ctx, i);
}

/** "such" within twelve words before the "as" at `as`, in its sentence: "such a disposition … as was thought". */
function suchBefore(ctx: SentenceContext, as: number): boolean {
  for (let k = as - 1; k >= Math.max(0, as - 12); k--) if (ctx.word(k) === 'such') return true;
  return false;
}

/** The subject before the auxiliaries ending at `be` is a course of action: "many plans have been", "remedies were". */
function proposalSubject(ctx: SentenceContext, be: number): boolean {
  let k = be - 1;
  while (k >= 0 && k > be - 4 && /^(have|has|had|also|already|often|not|been|now|since)$/.test(ctx.word(k))) k--;
  return k >= 0 && PROPOSAL_NOUNS.has(ctx.word(k));
}
const PROPOSAL_NOUNS = new Set([
  'plan',
  'plans',
  'remedy',
  'remedies',
  'measure',
  'measures',
  'proposal',
  'proposals',
  'scheme',
  'schemes',
  'solution',
  'solutions',
  'amendment',
  'amendments',
  'change',
  'changes',
  'method',
  'methods',
  'option',
  'options',
  'reform',
  'reforms',
]);

/** Participles of telling: with "to" and no infinitive after it, they name whom it was told to. */
/** Adverbs of how far a matter is known: "well understood", "poorly understood". */
const KNOWN_HOW_WELL = new Set(['well', 'poorly', 'fully', 'little', 'better', 'imperfectly']);
const TOLD_TO = new Set(['reported', 'described', 'explained', 'mentioned', 'presented', 'stated', 'suggested', 'proposed']);

/** What a recommendation says of its subject: "merits the attention of", "deserves the consideration of". */
const COMMENDS = /\b(?:merits?|deserves?) (?:the )?(?:\w+ )?(?:attention|consideration|study) of\b/i;
/** A source named as the one whose words these are: "(Linus's words)", "in the words of the minister". */
const WORDS_OF = /\b[A-Z][\w.-]*(?:'s|’s|s'|s’) words\b|\bin the words of\b/;

/** Adjectives of a course judged fit after "it was thought": "expedient", "proper", "necessary", "advisable". */
const DECISION_ADJECTIVES = new Set([
  'worthy',
  'expedient',
  'proper',
  'necessary',
  'advisable',
  'desirable',
  'prudent',
  'appropriate',
  'wise',
  'best',
  'fit',
]);

/** Participles of saying and believing that frame a clause even without "that": "it is said this is wrong". */
const SAYING_FRAMES = new Set([
  'said',
  'believed',
  'thought',
  'claimed',
  'reported',
  'argued',
  'rumoured',
  'rumored',
  'alleged',
  'suggested',
  'felt',
  'known',
]);

const TIME_OR_NEGATION = new Set([
  'not',
  'also',
  'now',
  'still',
  'already',
  'first',
  'previously',
  'recently',
  'once',
  'originally',
  'initially',
  'long',
  'repeatedly',
]);

/** After "held to", the verbs of a view or a ruling ("is held to be", "held to apply"); any other verb gives the purpose of an event. */
const HELD_VIEWS = /^(be|have|apply|constitute|mean|include|extend|cover|amount|represent)$/;

/** Who is told after "reported to", "said to": a pronoun or an authority, not an infinitive's verb. */
const RECIPIENTS = new Set([
  'him',
  'her',
  'them',
  'us',
  'me',
  'it',
  'police',
  'parliament',
  'congress',
  'court',
  'officials',
  'authorities',
]);
/** The participles isDefinitional accepts. */
const DEFINITIONAL_PARTICIPLES = new Set(['considered', 'deemed', 'regarded', 'said', 'treated', 'described', 'classified']);
/** Participles that can introduce a term in quotes: 'are considered "Restricted"'. */
const TERM_PARTICIPLES = new Set(['considered', 'termed', 'called']);
/** Words that open a condition: "If a party stands in five states", "Where the fee is unpaid". */
const CONDITION_OPENERS = new Set(['if', 'unless', 'where', 'whenever', 'once', 'provided']);

/** An infinitive's verb at k: not a determiner, pronoun, number or name ("reported to the board", "reported to police"). */
function infinitiveAfter(ctx: SentenceContext, k: number): boolean {
  if (ctx.clauseEndsBefore(k)) return false;
  if (ctx.isDeterminer(k) || startsWithDigit(ctx.word(k)) || RECIPIENTS.has(ctx.word(k))) return false;
  return !ctx.isName(k);
}

/** A person, group or work within the next two words: "a well-known critic", "well-known science fiction writers". */
function isGroupAhead(ctx: SentenceContext, k: number): boolean {
  for (let m = k; m < Math.min(ctx.tokens.length, k + 3); m++) {
    const w = ctx.word(m);
    if (ctx.breakBefore(m) || ctx.lexTag(m) === 'Preposition' || ctx.isDeterminer(m) || /^(to|as|for|that|and|or)$/.test(w)) break;
    if (sources.groupNouns.has(w) || sources.groupNouns.has(`${w}s`) || (ctx.isEntity(m) && ctx.lexTag(m) !== 'Place')) return true;
  }
  return false;
}

/** Verbs that, in a rule or a definition, classify rather than report an opinion: "is considered", "is deemed", "is said to be". */
function isDefinitional(word: string): boolean {
  return DEFINITIONAL_PARTICIPLES.has(word);
}

/** A condition governs the clause: "If a party stands in five states, it is considered national", "Where ..., the claim is deemed withdrawn". */
function conditional(ctx: SentenceContext, i: number): boolean {
  for (let k = 0; k < i; k++) if (CONDITION_OPENERS.has(ctx.word(k)) && (k === 0 || ctx.breakBefore(k))) return true;
  return false;
}

/** Participles of modelling: assumptions and estimates that are the writer's method when a model or the analysis is in view. */
const METHOD_PARTICIPLES = new Set(['assumed', 'estimated', 'presumed', 'hypothesized', 'hypothesised']);
/** Words that put the writer's model or analysis in view: "in the model", "our baseline", "this paper", "the regression". */
const METHOD_WORDS = new Set([
  'model',
  'models',
  'modelling',
  'modeling',
  'simulation',
  'simulations',
  'scenario',
  'scenarios',
  'baseline',
  'calculation',
  'calculations',
  'estimation',
  'regression',
  'regressions',
  'specification',
  'equation',
  'equations',
  'parameter',
  'parameters',
  'sample',
  'our',
  'we',
  'analysis',
  'projection',
  'projections',
  'calibration',
  'calibrated',
  'estimator',
  'estimators',
  'regressor',
  'regressors',
  'covariate',
  'covariates',
]);

/** The sentence puts the writer's model or analysis in view (see METHOD_WORDS). */
/** A figure within the clause after the participle: "assumed to rise from 71% to 84%". */
function figureAhead(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k < Math.min(ctx.tokens.length, from + 8) && !(k > from && ctx.breakBefore(k)); k++)
    if (startsWithDigit(ctx.word(k)) || /^(zero|nil|none|one|two|three|four|five|six|seven|eight|nine|ten|half)$/.test(ctx.word(k)))
      return true;
  return false;
}

/** "… by overlaying the maps" after the participle, or a sentence that defines its term ("is defined as"). */
function procedureOrDefinition(ctx: SentenceContext, k: number): boolean {
  for (let j = k + 1; j < ctx.tokens.length - 1; j++) {
    if (ctx.breakBefore(j) && /^(and|but|while)$/.test(ctx.word(j))) break;
    if (ctx.word(j) === 'by' && ctx.word(j + 1).endsWith('ing')) return true;
  }
  for (let j = 1; j < ctx.tokens.length; j++)
    if (ctx.word(j) === 'defined' && ctx.word(j + 1) === 'as' && BE.has(ctx.word(j - 1))) return true;
  return false;
}

/** "Respondents most often cited children's activities": the participle is the verb of a plural subject right before it, active. */
function activeAfterSubject(ctx: SentenceContext, adverbAt: number): boolean {
  let k = adverbAt - 1;
  if (/^(most|more|very|so)$/.test(ctx.word(k))) k--;
  return k >= 0 && !ctx.breakBefore(k + 1) && (ctx.lexTag(k) === 'Plural' || isPersonNoun(ctx, k));
}

function methodContext(ctx: SentenceContext): boolean {
  for (let k = 0; k < ctx.tokens.length; k++) if (METHOD_WORDS.has(ctx.words[k])) return true;
  // "The idiosyncratic error $\epsilon_{it}$ is usually assumed well-behaved": a term of the model, written in TeX.
  return holdsTexMath(ctx.text);
}

/** The subject is a class picked out by a restrictive relative, with no break before the verb: "Taxpayers who defer are not considered". */
function restrictedSubject(ctx: SentenceContext, i: number): boolean {
  for (let k = 1; k < i; k++) {
    if (ctx.breakBefore(k)) return false;
    if (/^(who|that|which|whose)$/.test(ctx.word(k))) return true;
  }
  return false;
}

/** A speech-act noun ("arguments", "concerns") within five words before the "be" at i, in its clause: the subject of the passive. */
function speechActSubject(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (attributionSpeechActNouns.has(ctx.word(k))) return true;
    if (ctx.breakBefore(k) && k < i - 1) return false;
  }
  return false;
}

/** A condition after the participle: "is considered fit for purpose when it meets the need", "is deemed withdrawn if unpaid". */
function conditionAfter(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k < ctx.tokens.length; k++) if (/^(when|if|unless|once|whenever|provided|where)$/.test(ctx.word(k))) return true;
  return false;
}

/** After "it is expected that" at k: one the document addresses, then "will", "should" or "must": a requirement. */
function requirementOfAddressee(ctx: SentenceContext, k: number): boolean {
  if (ctx.word(k) !== 'that') return false;
  let m = k + 1;
  if (/^(the|all|each|every|our|your)$/.test(ctx.word(m)) && attributionAddressees.has(ctx.word(m + 1))) m++;
  if (!attributionAddressees.has(ctx.word(m))) return false;
  for (let n = m + 1; n < Math.min(ctx.tokens.length, m + 4); n++) if (/^(will|should|must|shall)$/.test(ctx.word(n))) return true;
  return false;
}

/** The subject of the passive at i is one a guidance or a policy addresses, singular or plural: "every public body", "Agencies". */
function addressedSubject(ctx: SentenceContext, i: number): boolean {
  const w = ctx.word(ctx.subjectBefore(i));
  return attributionAddressees.has(w) || attributionAddressees.has(w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`);
}

/** "To the wider kernel community, (though,) it was seen as …": "to" and a group picked out by "the", "our" or a name. */
function holdersNamedBefore(ctx: SentenceContext, i: number): boolean {
  if (ctx.word(0) !== 'to' || ctx.lexTag(1) === 'Infinitive') return false;
  if (!(ctx.word(1) === 'the' || ctx.word(1) === 'our' || ctx.isName(1))) return false;
  for (let k = 2; k < i; k++) if (ctx.gapBefore(k).includes(',')) return true;
  return false;
}

/** Between the "be" at i and the participle at k, an adverb of how many hold a view: "is widely held". */
function heldByMany(ctx: SentenceContext, i: number, k: number): boolean {
  return ctx.tokens
    .slice(i + 1, k)
    .some((tok) => /^(widely|commonly|generally|popularly|strongly|firmly|traditionally|universally|broadly|long)$/.test(tok.lower));
}

/** Where "it" stands at k or before it, past "not", "yet", "long" and their auxiliary ("It has not yet been thought"), or -1. */
function itBeforeTheAuxiliary(ctx: SentenceContext, k: number): number {
  let j = k;
  while (j > 0 && /^(not|yet|never|also|already|always|long|since|n't|therefore|thus|hence|accordingly)$/.test(ctx.word(j))) j--;
  if (/^(has|have|had|may|might|can|could|will|would|should|must)$/.test(ctx.word(j))) j--;
  while (j > 0 && /^(not|n't)$/.test(ctx.word(j))) j--;
  return ctx.word(j) === 'it' ? j : -1;
}

/** A record the sentence opens from ("From the returns of …"), or an instrument as the agent before the passive at i ("by the former"). */
function namedBeforeThePassive(ctx: SentenceContext, i: number): boolean {
  if (recordOpening(ctx, i) >= 0) return true;
  for (let k = ctx.clauseStart(i); k < i - 1; k++) {
    if (ctx.word(k) !== 'by') continue;
    if (ctx.isDeterminer(k + 1) && attributionFrontedAgents.has(ctx.word(k + 2))) return true;
    // "while by others it has been viewed as inexpedient": the holders put first (a vague source, the weasel rule's)
    if (/^(others|many|some|most|several)$/.test(ctx.word(k + 1)) || ctx.isName(k + 1)) return true;
  }
  return false;
}

/** The passive at i stands in a clause opened by "before", "until" or "once": a procedure's threshold. */
function thresholdClause(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    if (/^(before|until|till|once)$/.test(ctx.word(k))) return true;
    if (ctx.breakBefore(k + 1) && k + 1 < i) return false;
  }
  return false;
}

/** After a judging participle, from k: "(as) a violation of the Code", "covered by the policy": a status a named rule gives. */
function statusUnderARule(ctx: SentenceContext, k: number): boolean {
  let m = k;
  if (ctx.word(m) === 'as' || (ctx.word(m) === 'to' && ctx.word(m + 1) === 'be')) m += ctx.word(m) === 'as' ? 1 : 2;
  if (ctx.word(m) === 'a' || ctx.word(m) === 'an') m++;
  if (!attributionRuleStatuses.has(ctx.word(m))) return false;
  for (let j = m + 1; j < Math.min(ctx.tokens.length, m + 7) && !ctx.breakBefore(j); j++)
    if (attributionRuleNouns.has(ctx.word(j))) return true;
  return false;
}

/** "shall be deemed", "will be considered invalid", "must be treated as": a rule that classifies. */
function ruled(ctx: SentenceContext, i: number): boolean {
  return ctx.word(i) === 'be' && /^(shall|will|must|is to|are to)$/.test(ctx.word(i - 1));
}

/** The participle introduces a term: 'is said to be "split"', 'are said to "inhere"', 'are considered "Restricted"': naming, not reporting. */
function definesTerm(ctx: SentenceContext, k: number): boolean {
  // "Effects rated moderate or major are considered significant in EIA terms": a scale's definition.
  for (let j = k + 1; j < Math.min(ctx.tokens.length - 1, k + 5); j++) if (ctx.word(j) === 'in' && ctx.word(j + 2) === 'terms') return true;
  let m = k + 1;
  if (ctx.word(m) === 'to') m += ctx.word(m + 1) === 'be' || ctx.word(m + 1) === 'have' ? 2 : 1;
  if (m >= ctx.tokens.length) return false;
  return (
    (endsWithOpeningQuote(ctx.gapBefore(m)) && ctx.word(k) === 'said') ||
    (TERM_PARTICIPLES.has(ctx.word(k)) && startsWithOpeningQuote(ctx.gapBefore(k + 1)) && ctx.isCapitalized(k + 1))
  );
}

/** The lexicon's entry for an attributing participle, or a plain one for participles it lists only in context. */
function participleOf(word: string): Participle {
  return (
    attributionParticiples.get(word) ?? {
      word,
      note: 'By whom? Name who holds the view, or cite it.',
      alternatives: ['name who holds the view', 'cite it'],
    }
  );
}

/**
 * Where "Name who holds this view" goes: after a frame that ends on its participle ("It is widely believed" +
 * " by <source>"); otherwise the frame's words are what the fix replaces, less a closing verb of saying.
 */
function agentPoint(ctx: SentenceContext, start: number, end: number): { start: number; end: number; after?: boolean } {
  let first = 0;
  while (first < ctx.tokens.length && ctx.tokens[first].start < start) first++;
  let last = first;
  while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1].end <= end) last++;
  const ending = ctx.word(last).slice(-3);
  const participle = /(ed|wn|ght|id)$/.test(ending);
  let passive = false;
  for (let k = first; k <= last; k++) if (/^(is|are|was|were|been)$/.test(ctx.word(k))) passive = true;
  if (participle && passive) return { start: end, end, after: true };
  // "It could be argued": the fix names who, before the verb ("[source] argued").
  if (last > first && SAYING_TAIL.has(ctx.word(last))) return { start, end: ctx.tokens[last - 1].end };
  return { start, end };
}

function attribution(ctx: SentenceContext, start: number, end: number, category: string, participle: Participle, fixes: FixKind[]): Hit {
  const cue = ctx.text.slice(start, end);
  // "Net receipts are estimated at 31.5 billion dollars": an estimate of a figure, which a document keeping public
  // accounts makes itself (see ACCOUNT_TERMS_MIN); "is widely expected" stays what unnamed people think
  const crowd = cue.split(' ').some((word) => USAGE_ADVERBS.has(word.toLowerCase()));
  const estimate = ESTIMATING.test(cue) && !crowd && HAS_DIGIT.test(ctx.text) ? 'yes' : 'no';
  return {
    start,
    end,
    source: agentPoint(ctx, start, end),
    messageId: 'passive',
    data: { cue, estimate },
    category,
    reason: `"${cue}" attributes the claim without saying to whom. ${participle.note}`,
    alternatives: participle.alternatives,
    fixes,
  };
}

const ESTIMATING = /\b(?:estimated|projected|calculated|computed|forecast|expected)\b/i;

/**
 * "are seen as noise by the development community": the agent named after the role ("by most people" names none);
 * "If you are seen as blocking good work, …": how someone would be seen, supposed, not a view reported.
 */
function agentAfterRoleOrSupposed(ctx: SentenceContext, be: number, participle: number): boolean {
  if (/^(if|unless)$/.test(ctx.word(ctx.clauseStart(be)))) return true;
  if (ctx.word(participle + 1) !== 'as') return false;
  const from = participle + 2;
  for (let j = from; j < Math.min(ctx.tokens.length - 1, from + 6); j++) {
    if (ctx.breakBefore(j)) return false;
    if (ctx.word(j) === 'by') return !attributionVagueAgents.has(ctx.word(j + 1)) && !ctx.word(j + 1).endsWith('ing');
  }
  return false;
}
