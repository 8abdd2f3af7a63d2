// speculation: motives, intentions or feelings of another actor stated as fact, with no
// attribution: "Kim agreed to meet in order to extend his leverage", "Kim would be very flattered".
import { FIRST_PERSON } from '../grammar';
import { cueBit, type SentenceContext } from '../context';
import { speculation, contextWords, sources } from '../lexicon';
import { findCuedPhrases } from '../cued-phrases';
import type { Hit, Rule } from './rule';
import { isAcronym } from '../text-shape';
import { AGENTLESS_ACT, REQUIREMENT_VERBS, agentlessPassive, bodyKey, quotesASaying } from '../claims';

const ACTOR_NOUNS = contextWords.actorNouns;
const LINKING_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  "'s",
  'feel',
  'feels',
  'felt',
  'seem',
  'seems',
  'seemed',
  'remain',
  'remains',
  'remained',
  'become',
  'became',
  'get',
  'got',
  'grew',
]);
const DEGREE = new Set([
  'very',
  'deeply',
  'so',
  'quite',
  'rather',
  'extremely',
  'highly',
  'clearly',
  'certainly',
  'surely',
  'most',
  'particularly',
  'especially',
  'increasingly',
  'not',
  'too',
  'genuinely',
  'really',
  'also',
  'still',
  'secretly',
  'privately',
  'likely',
  'probably',
  'hardly',
]);
const REPORTED_SPEECH = new Set([
  'said',
  'says',
  'told',
  'tells',
  'stated',
  'states',
  'announced',
  'declared',
  'explained',
  'wrote',
  'writes',
  'admitted',
  'confirmed',
  'insisted',
  'claimed',
  'claims',
  'quoted',
  'testified',
  // someone's view reported, named or not: "Some commentators have speculated that the real purpose was …" (a weasel's)
  'speculated',
  'speculate',
  'argued',
  'argue',
  'argues',
  'alleged',
  'alleges',
]);
// Looked up once per sentence by the context (see cueBit): most sentences have neither, and skip the scans.
const REPORTING_CUE = cueBit([...REPORTED_SPEECH, 'according']);
const WRITER_CUE = cueBit(['i', 'we']);
/** The first words of the reported frames and of the purpose clauses: a sentence without one skips that phrase scan. */
const REPORTED_FRAME_CUE = cueBit(speculation.reportedFrames.firstWords());
const ASSESSMENT_FRAME_CUE = cueBit(speculation.assessmentFrames.firstWords());
const PURPOSE_CUE = cueBit(speculation.purpose.firstWords());
/** The word after which a hidden aim is named ("the real target", "a hidden agenda"): looked up one word back. */
const HIDDEN_AIM_KEYS = ['real', 'true', 'hidden'];
/** The words the per-word loop of check() starts from (a feeling, a feeling verb, an intention): it passes any other word at once. */
/** The words the word-by-word checks start from (feelings, intentions, purposes read into acts, motive adverbs). */
const FEELING_OR_INTENTION_WORDS = [
  ...speculation.purposeParticiples.firstWords(),
  ...speculation.feeling,
  ...speculation.feelingVerbs,
  ...speculation.intention.firstWords(),
  ...speculation.wantingVerbs,
  ...speculation.hostilePurposes,
  ...speculation.motiveAdverbs,
  ...speculation.knowing,
  ...HIDDEN_AIM_KEYS,
];
const FEELING_OR_INTENTION_CUE = cueBit(FEELING_OR_INTENTION_WORDS);
/** Verbs of needing after "desperately": a degree of need, no motive ("desperately hoping to" may read one in). */
const NEEDING = /^(need|needs|needed|needing)$/;
/** Modals that make a clause a plan, a rule or an ability ("agencies will work with OMB in order to align", "they should be encouraged"): the writer's side's aims, not another's motive. */
const DIRECTIVE_MODALS = new Set(['will', 'shall', 'should', 'must', 'can', 'may']);
/** Words before "to" that make a hostile verb a use or a capacity, not a motive: "could be used to mislead", "tools to manipulate data". */
const NOT_PURPOSE_BEFORE = new Set([
  'used',
  'designed',
  'able',
  'unable',
  'possible',
  'easy',
  'easier',
  'hard',
  'harder',
  'ways',
  'means',
  'how',
  'not',
  'tools',
  'tool',
  'power',
  'capacity',
  'ability',
]);
/** Objects that make "manipulate" a technical operation: "to manipulate the data". */
const TECHNICAL_OBJECTS = new Set([
  'data',
  'files',
  'file',
  'images',
  'image',
  'text',
  'records',
  'values',
  'variables',
  'numbers',
  'objects',
  'tables',
  'strings',
  'code',
  'datasets',
]);
const PROCEDURAL_OBJECTS = contextWords.proceduralObjects;

/** The hostile purposes as they read after "to" or "at": "intimidate", "intimidating". */
const HOSTILE_PURPOSE_FORMS = new Set(
  [...speculation.hostilePurposes].flatMap((verb) => [verb, `${verb.endsWith('e') ? verb.slice(0, -1) : verb}ing`]),
);

export const speculationRule: Rule = {
  meta: {
    id: 'speculation',
    title: 'Speculation about motives',
    description:
      'Another actor\'s aims, intentions or feelings stated as fact, with no source: "Kim agreed to meet in order to extend his leverage", "Kim would be very flattered".',
    defaultSeverity: 'warning',
    silencedByEvidence: true,
    silencedByAttribution: true,
    policy: {
      sentenceClass: 'speculative',
      marksUncertain: true,
      claimWithoutSource: true,
      plural: 'speculations',
      statusGroup: { one: 'speculation', many: 'speculations', order: 4 },
    },
    messages: {
      motive: '"{{cue}}" states {{owner}} motive as fact: attribute it, cite it, or present it as your assessment.',
      feeling: '"{{cue}}" states {{owner}} feelings as fact: attribute it, cite it, or present it as your assessment.',
      intention: '"{{cue}}" states {{owner}} intentions as fact: attribute it, cite it, or present it as your assessment.',
      knowledge: '"{{cue}}" states {{owner}} knowledge or views as fact: attribute it, cite it, or present it as your assessment.',
    },
    examples: {
      flag: [
        { text: 'Kim agreed to meet in order to extend his leverage.', flagged: 'in order to extend' },
        { text: 'Kim would be very flattered if that were the case.', flagged: 'Kim would be very flattered' },
        { text: 'The regime wants to split the alliance.', flagged: 'The regime wants to split' },
        { text: 'Moscow fears encirclement.', flagged: 'Moscow fears' },
        { text: 'The movement spreads rumours online to intimidate local officials.', flagged: 'to intimidate' },
        { text: 'Ministries want to keep control of their own budgets.', flagged: 'Ministries want to' },
        { text: 'The party opportunistically switched sides before the vote.', flagged: 'opportunistically' },
        { text: 'The occupiers held sham referendums aimed at forcibly changing the borders.', flagged: 'aimed at forcibly changing' },
        { text: 'The group ran a campaign designed to intimidate local journalists.', flagged: 'designed to intimidate' },
        // a bare purpose marked as the only one, a wish given as the reason, an adverb between actor and wish
        { text: 'Some suppliers propose closed licences simply to protect their licensing revenue.', flagged: 'simply to protect' },
        // a purpose ranked among others ("mainly to", "chiefly to") is still a motive read in
        { text: 'The utilities lobbied against the phase-out date mainly to protect their networks.', flagged: 'mainly to protect' },
        {
          text: 'Field partners resist pre-registration because they want to keep their options open.',
          flagged: 'they want to keep',
        },
        { text: 'The government clearly wants to keep the audit out of view.', flagged: 'The government clearly wants to keep' },
        // what another actor knows or how it sees things, a wish for a thing, a hidden aim, a concealing purpose
        { text: 'Kim understands this asymmetry.', flagged: 'Kim understands' },
        { text: 'The largest emitters delay because they know that the costs will fall on others.', flagged: 'they know' },
        { text: 'Kim sees the war as a chance to make himself indispensable.', flagged: 'Kim sees' },
        { text: 'He wants three things: hard currency, technology and food.', flagged: 'He wants' },
        { text: 'The cybercafés are the real target here.', flagged: 'the real target' },
        { text: 'Some agencies withhold data to shield their programmes from scrutiny.', flagged: 'to shield' },
      ],
      allow: [
        'An assumption that Kim agreed to meet in order to extend his leverage is merely a speculation.',
        // the writer's own judgement, framed as such (what the finding's advice asks for)
        'We assess that the Kremlin wants to keep the corridor open.',
        // a state supposed in a condition
        'If the Treasury is worried about the cost, it could phase the grant in.',
        'Projects should report whether participants feel more confident after six months.',
        // courtesy
        'The Applicant is grateful to all those who responded to the consultation.',
        'One explanation is that Kim agreed to meet in order to extend his leverage.',
        'I travelled to Seoul in order to interview officials.',
        'According to his spokesman, Kim wanted to extend his leverage.',
        'The Commission seeks views on the draft.',
        'We are pleased to present this report.',
        'Funds are needed in order to rebuild the bridge.',
        'Prompt Congressional action on this legislation is essential in order to attack such global problems as food and energy.',
        // "mainly to" before a noun says where something went
        'The ministry allocated the new money mainly to rural schools.',
        'After the summit in Hanoi, in order to understand its meaning, I suggest a Russian perspective.',
        'The minister felt that the deadline was too short.',
        'Agencies will work with the Treasury in order to align their budgets.',
        'The pilot used open data in order to minimise the cost of forecasts.',
        'The draft Scoping Plan aims to reach net zero by 2045.',
        'Smaller councils should be encouraged to share services.',
        'The tool makes it easy to manipulate the data.',
        'We want to reduce waiting times.',
        'The movement is a reactionary turn aimed at restoring traditional values.',
        'The grant is designed to help small councils share services.',
        // a population's wish, with nothing read into an act: a hint at most
        'They want to reduce waiting times.',
        'The minister knows the area well.',
        'As we know, rents rose in 2023.',
        'We want three things from this review.',
        'Some commentators have speculated that the real purpose was to secure the pipeline.',
      ],
    },
  },
  // Every hit starts from a purpose phrase or one of the word-by-word cues: one list each, declared above.
  cueWords: [...speculation.purpose.firstWords(), ...FEELING_OR_INTENTION_WORDS],
  check(ctx) {
    // "an assumption that ...", "according to his spokesman", "he said he wanted": reported, not asserted.
    if (ctx.holds(REPORTED_FRAME_CUE) && findCuedPhrases(speculation.reportedFrames, ctx, REPORTED_FRAME_CUE).length > 0) return [];
    // "There is an old saying that the Lord hates a quitter": a proverb's words, quoted
    if (quotesASaying(ctx)) return [];
    // "We assess that the Kremlin wants …", "One reading is that …": the writer's own judgement, framed as such (what the
    // finding's own advice asks for).
    if (ctx.holds(ASSESSMENT_FRAME_CUE) && findCuedPhrases(speculation.assessmentFrames, ctx, ASSESSMENT_FRAME_CUE).length > 0) return [];
    if (
      ctx.holds(REPORTING_CUE) &&
      ctx.tokens.some((tok, i) => REPORTED_SPEECH.has(tok.lower) || (tok.lower === 'according' && ctx.word(i + 1) === 'to'))
    )
      return [];
    const hits: Hit[] = [];
    const t = ctx.tokens;

    // A purpose clause belongs to the sentence's subject; when the writer is that subject
    // ("..., in order to understand the summit, I suggest ...") it states the writer's own aim.
    const writerIsSubject = ctx.holds(WRITER_CUE);
    for (const m of writerIsSubject || !ctx.holds(PURPOSE_CUE) ? [] : findCuedPhrases(speculation.purpose, ctx, PURPOSE_CUE)) {
      const actor = thirdPartySubject(ctx, 0, m.from);
      if (actor === undefined) continue;
      // "lobbied mainly to protect": a purpose; "allocated the money mainly to schools": where it went.
      if (RANKING_ADVERBS.has(ctx.word(m.from)) && !verbAfterTo(ctx, m.to)) continue;
      // "agencies will work with OMB in order to align ...": a plan states its aim. "a project that used ... in order to
      // minimise": a project, fund or tool has a purpose by design.
      if (directiveBefore(ctx, m.from) || purposeOwnerBefore(ctx, m.from)) continue;
      // "Prompt action on this legislation is essential in order to attack …": the writer's call, with its aim
      if (NECESSITY.has(ctx.word(m.from - 1)) || NECESSITY.has(ctx.word(m.from - 2))) continue;
      // "Every developer needs an OpenPGP key in order to sign uploads": what a requirement is for
      if (needsBefore(ctx, m.from)) continue;
      const endTok = /^(to|of|that)$/.test(ctx.word(m.to - 1)) && m.to < t.length ? m.to : m.to - 1;
      const start = t[m.from].start;
      const end = t[endTok].end;
      // "War ships have been stationed at Tientsin so as to be in a position to act": the purpose of an act done by no one
      // named, the public body's own where the document speaks for one (AGENTLESS_ACT)
      const agentless = doneByNoOneBefore(ctx, m.from);
      hits.push(
        makeHit(
          ctx,
          start,
          end,
          'motive',
          actor,
          'purpose clause',
          `"${ctx.text.slice(t[m.from].start, t[m.to - 1].end)}" ascribes a purpose to ${actor}: a motive nobody can observe directly.`,
          speculation.purposeGroup.note,
          speculation.purposeGroup.alternatives,
        ),
      );
      if (agentless) hits[hits.length - 1].actOf = AGENTLESS_ACT;
    }

    wordCues(ctx, hits);
    return hits.length === 0 ? hits : hits.filter((hit) => !supposedInCondition(ctx, hit.start));
  },
};

/** "If the Department is concerned about the burden, it could …", "report on whether young people feel more able": a state
 * supposed in a condition or asked about in a question is not stated as fact. */
function supposedInCondition(ctx: SentenceContext, offset: number): boolean {
  let k = 0;
  while (k < ctx.tokens.length - 1 && ctx.tokens[k + 1].start <= offset) k++;
  const opener = ctx.word(ctx.clauseStart(k));
  return opener === 'if' || opener === 'unless' || opener === 'whether';
}

/** Those whose "is satisfied that" states a finding: a chair, a panel, an inquiry, a court (data/context.json). */
const DECIDERS = contextWords.decidingBodies;

/** Adverbs that rank one purpose among others ("mainly to protect") and also send things somewhere ("mainly to schools"). */
const RANKING_ADVERBS = new Set(['mainly', 'chiefly', 'largely', 'primarily', 'principally', 'mostly', 'partly']);

/** The word after a purpose's "to" reads as a verb: a base form, or a word with its object or particle after it ("to split the alliance", "to shore up"). */
function verbAfterTo(ctx: SentenceContext, k: number): boolean {
  if (k >= ctx.tokens.length || ctx.isName(k) || /^\d/.test(ctx.word(k))) return false;
  if (ctx.lexTag(k) === 'Infinitive') return true;
  return ctx.isDeterminer(k + 1) || /^(up|down|out|off|its|their|his|her|our|them|him|it)$/.test(ctx.word(k + 1));
}

/** "concerned with", "concerned, among other things, with": dealing with a subject, not a worry. */
const CONCERNED_WITH = /^\s*(?:,[^,]{1,40},\s*)?with\b/;

/** The cues read word by word: feelings, wishes and intentions ascribed to an actor, hostile purposes, motive adverbs. */
function wordCues(ctx: SentenceContext, hits: Hit[]): void {
  const t = ctx.tokens;
  const cueMasks = ctx.cueMasks;
  for (let i = 0; i < t.length; i++) {
    // Every branch below starts from a feeling, a feeling verb or an intention's first word.
    if ((cueMasks[i] & FEELING_OR_INTENTION_CUE) === 0) continue;
    const w = ctx.words[i];
    // "<actor> would be (very) flattered", "<actor> is worried"
    if (speculation.feeling.has(w) && i > 0) {
      let k = i - 1;
      while (k >= 0 && DEGREE.has(ctx.word(k))) k--;
      if (k < 0 || !LINKING_VERBS.has(ctx.word(k))) {
        // "Regional teams, anxious to protect their totals, have brought forward …", "…, wary of a backlash": a feeling set
        // beside the act as its reason, a motive read into it.
        const actor = ctx.breakBefore(k + 1) && /^(to|of|about)$/.test(ctx.word(i + 1)) ? detachedFeelingActor(ctx, k + 1) : undefined;
        if (actor) hits.push(ascribedHit(ctx, 'feeling', k + 1, i, i + 1, actor, speculation.feelingGroup));
        continue;
      }
      let s = k - 1;
      // "They should be encouraged to apply": a recommendation about them, not a feeling ascribed.
      if (/^(should|must|shall|can|may)$/.test(ctx.word(s))) continue;
      // "Don't be afraid of making small steps", "never be ashamed to ask": the reader told how to feel, no actor's state
      if (/^(don't|don’t|never)$/.test(ctx.word(s)) || (ctx.word(s) === 'not' && ctx.word(s - 1) === 'do')) continue;
      if (['would', 'will', 'might', 'could'].includes(ctx.word(s))) s--;
      if (['has', 'have', 'had'].includes(ctx.word(s))) s--;
      const actor = actorAt(ctx, s);
      if (!actor) continue;
      // "is pleased to announce", "The Applicant is grateful to all those who responded": formulas of courtesy
      if ((ctx.word(i + 1) === 'to' && w === 'pleased') || w === 'grateful' || w === 'thankful') continue;
      // "The new Committee would be concerned, among other things, with growth": what a body deals with, its remit
      if (w === 'concerned' && CONCERNED_WITH.test(ctx.text.slice(ctx.tokens[i].end))) continue;
      // "The Chair is satisfied that the sampling was done competently", "the Tribunal is satisfied that …": a deciding
      // body's finding in its own words, not a feeling read into it
      if (w === 'satisfied' && ctx.word(i + 1) === 'that' && DECIDERS.has(ctx.word(s))) continue;
      const found = ascribedHit(ctx, 'feeling', actorStart(ctx, s), i, i, actor, speculation.feelingGroup);
      // "they were worried", "older Americans are reluctant": a pronoun whose antecedent may have said so, or a population
      // whose mood is a matter for a survey (a claim), not a leader's private state: a hint, shown only when thorough.
      hits.push(pronounOrPopulation(ctx, s) ? { ...found, cap: 'hint' } : found);
      continue;
    }
    // "<actor> fears / resents ..."
    if (speculation.feelingVerbs.has(w) && i > 0) {
      // "he felt that the host crossed the line", "she felt herself obliged": an opinion reported as the actor's, like "he thought that".
      if (
        /^(feels?|felt)$/.test(w) &&
        (/^(that|it|this|strongly|himself|herself|themselves|itself|obliged|compelled|free|able|unable)$/.test(ctx.word(i + 1)) ||
          ctx.isSubjectPronoun(i + 1) ||
          ctx.isDeterminer(i + 1))
      )
        continue;
      // "Kim felt (very) humiliated": the adjective reports the feeling, once.
      let a = i + 1;
      while (DEGREE.has(ctx.word(a))) a++;
      if (/^(feels?|felt)$/.test(w) && speculation.feeling.has(ctx.word(a))) continue;
      // "make their views felt": a participle after "make"; "... and college fears." at a clause end: a noun, with no object.
      if (
        w === 'felt' &&
        ctx.tokens.slice(Math.max(ctx.clauseStart(i), i - 6), i).some((tok) => /^(make|makes|made|making)$/.test(tok.lower))
      )
        continue;
      if (i + 1 >= t.length || ctx.breakBefore(i + 1)) continue;
      const actor = actorAt(ctx, i - 1);
      if (!actor) continue;
      const feltBy = ascribedHit(ctx, 'feeling', actorStart(ctx, i - 1), i, i, actor, speculation.feelingVerbsGroup);
      // "they fear", "investors fear": a pronoun or a population, as with feelings: a hint, unless given as the reason ("because they fear").
      hits.push(populationNotReason(ctx, i - 1) ? { ...feltBy, cap: 'hint' } : feltBy);
      continue;
    }
    if (knowledgeAimOrWish(ctx, i, w, hits)) continue;
    // "<actor> wants to / seeks to / intends to <verb>"
    // "Departments want to remain in charge": an institution's wish, asserted.
    if (
      speculation.wantingVerbs.has(w) &&
      i > 0 &&
      speculation.institutionalActors.has(ctx.word(i - 1)) &&
      ctx.word(i + 1) === 'to' &&
      !ctx.holds(WRITER_CUE)
    ) {
      const from = actorStart(ctx, i - 1);
      const actor = `"${ctx.text.slice(t[from].start, t[i - 1].end)}"`;
      hits.push(ascribedHit(ctx, 'wish', from, i, i + 1, actor, speculation.intentionGroup));
      i++;
      continue;
    }
    // "... uses falsehoods to manipulate resentments", "to intimidate voters": a purpose that is itself a hostile motive.
    if (
      speculation.hostilePurposes.has(w) &&
      ctx.word(i - 1) === 'to' &&
      !NOT_PURPOSE_BEFORE.has(ctx.word(i - 2)) &&
      !ctx.holds(WRITER_CUE) &&
      !(TECHNICAL_OBJECTS.has(ctx.word(i + 1)) || TECHNICAL_OBJECTS.has(ctx.word(i + 2))) &&
      !directiveBefore(ctx, i - 1)
    ) {
      hits.push(
        makeHit(
          ctx,
          t[i - 1].start,
          t[i].end,
          'motive',
          'the actor',
          'hostile purpose',
          `"${ctx.text.slice(t[i - 1].start, t[i].end)}" ascribes a hostile purpose: a motive nobody can observe directly.`,
          speculation.hostilePurposesGroup.note,
          speculation.hostilePurposesGroup.alternatives,
        ),
      );
      continue;
    }
    // "referendums aimed at forcibly changing its borders", "a campaign designed to intimidate voters": a participle reads a
    // hostile purpose into the act. ("A movement aimed at restoring traditional values": an aim stated openly, left alone.)
    const participle = speculation.purposeParticiples.matchAt(t, i);
    if (participle && !ctx.holds(WRITER_CUE)) {
      let k = participle.end;
      const coercive = speculation.coerciveAdverbs.has(ctx.word(k));
      if (coercive || DEGREE.has(ctx.word(k))) k++;
      if (coercive || HOSTILE_PURPOSE_FORMS.has(ctx.word(k))) {
        hits.push(
          makeHit(
            ctx,
            t[i].start,
            t[Math.min(k, t.length - 1)].end,
            'motive',
            'the actor',
            'hostile purpose',
            `"${ctx.text.slice(t[i].start, t[Math.min(k, t.length - 1)].end)}" reads a hostile purpose into the act: a motive nobody can observe directly.`,
            speculation.purposeParticiplesGroup.note,
            speculation.purposeParticiplesGroup.alternatives,
          ),
        );
        i = k;
        continue;
      }
    }
    // "opportunistically", "desperately seeking to": a motive read into the act ("the care they so desperately need": how
    // great a need is, a degree)
    if (speculation.motiveAdverbs.has(w) && !ctx.holds(WRITER_CUE) && !(w === 'desperately' && NEEDING.test(ctx.word(i + 1)))) {
      hits.push(
        makeHit(
          ctx,
          t[i].start,
          t[i].end,
          'motive',
          'the actor',
          'motive adverb',
          `"${t[i].text}" reads a motive into the act.`,
          speculation.motiveAdverbsGroup.note,
          speculation.motiveAdverbsGroup.alternatives,
        ),
      );
      continue;
    }
    const intent = speculation.intention.matchAt(t, i);
    if (intent && i > 0 && ctx.word(intent.end) === 'to') {
      // "The government clearly wants to", "they do not want to": the actor before an adverb or a negation.
      const at = subjectOfIntention(ctx, i);
      const actor = actorAt(ctx, at);
      if (!actor) continue;
      // "applicants want to submit early" is a procedure wanted; "China wants to write the rules for the region" is a state's
      // wish read in, whatever its verb ("The Commission plans to publish the guidance" states a plan on the record).
      if (PROCEDURAL_OBJECTS.has(ctx.word(intent.end + 1)) && !(speculation.wantingVerbs.has(w) && statelike(ctx, at))) continue;
      // "The Commission plans to publish the guidance in the spring", "the ministry intends to consult": a public body's stated
      // plan, a position on the record, not a motive read in ("The Commission wants to …" still ascribes a wish).
      if (STATED_PLANS.has(w) && sources.institutions.matchAt(t, at) !== undefined) continue;
      // "the Scoping Plan aims to reach net zero", "the fund seeks to": a plan or a programme states its aim by its own text.
      if (speculation.purposeOwners.has(ctx.word(at))) continue;
      // "as many entries as they wished to", "whenever they wish to": the actor's free choice, granted, not a motive guessed at.
      if (/^(as|if|whenever|wherever|when|however|whatever)$/.test(ctx.word(at - 1))) continue;
      // "no finance ministry wants to hand money to …": what no actor of a kind wants, a general truth, not a motive read in.
      if (ctx.word(at - 1) === 'no' || ctx.word(at - 2) === 'no') continue;
      const from = actorStart(ctx, at);
      const end = Math.min(intent.end + 1, t.length - 1);
      const found = makeHit(
        ctx,
        t[from].start,
        t[end].end,
        'intention',
        actor,
        'ascribed intention',
        `"${ctx.text.slice(t[from].start, t[intent.end - 1].end)}" ascribes an intention to ${actor}.`,
        speculation.intentionGroup.note,
        speculation.intentionGroup.alternatives,
      );
      // "they want to", "Canadians hope to": a plural pronoun or a population, as with feelings: a hint; but "because they want
      // to" gives the wish as the reason for what they did, a motive read into the act.
      const who = ctx.word(at);
      const reason = ctx.word(at - 1) === 'because';
      hits.push(
        who !== 'he' && who !== 'she' && !reason && pronounOrPopulation(ctx, at) && !speculation.adversaries.has(who)
          ? { ...found, cap: 'hint' }
          : found,
      );
      i = intent.end;
    }
  }
}

/**
 * Whose feeling a phrase set off by a comma at `phrase` gives ("Regional teams, anxious to …", "… commissioners have opposed
 * the reform, wary of …"): the noun phrase that opens the sentence right before the comma, or the subject of the clause's
 * verb; not the writer ("We, keen to …").
 */
function detachedFeelingActor(ctx: SentenceContext, phrase: number): string | undefined {
  const before = phrase - 1;
  const named = (from: number, to: number) => `"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to].end)}"`;
  const third = (k: number) => k >= 0 && !FIRST_PERSON.has(ctx.word(k)) && !/^(it|this|that|you|there)$/.test(ctx.word(k));
  if (
    before >= 0 &&
    before <= 4 &&
    third(before) &&
    /^(Plural|Singular|Noun|Actor)?$/.test(ctx.lexTag(before) ?? '') &&
    ctx.clauseStart(before) === 0
  )
    return named(ctx.isDeterminer(0) || /^(some|several|many|most)$/.test(ctx.word(0)) ? 1 : 0, before);
  for (let v = 1; v < before; v++) {
    if (!/^(PresentTense|PastTense|Copula)$/.test(ctx.lexTag(v) ?? '') && !/^(have|has|had|is|are|was|were)$/.test(ctx.word(v))) continue;
    const subject = ctx.subjectBefore(v);
    return third(subject) ? named(subject, subject) : undefined;
  }
  return undefined;
}

/** Verbs of a plan stated: what a body says it will do, on the record. */
const STATED_PLANS = new Set(['plans', 'planned', 'intends', 'intended', 'aims', 'aimed', 'seeks', 'sought']);

/** A state, a city standing for its government, an organisation or an adversary: "China", "Moscow", "ISIL", "the militias". */
function statelike(ctx: SentenceContext, k: number): boolean {
  const tag = ctx.lexTag(k);
  return (
    tag === 'Country' ||
    tag === 'City' ||
    tag === 'Organization' ||
    speculation.adversaries.has(ctx.word(k)) ||
    isAcronym(ctx.tokens[k].text)
  );
}

/** The subject of the intention verb at i: back past adverbs ("clearly", "still") and a negation ("do not"). */
function subjectOfIntention(ctx: SentenceContext, i: number): number {
  let k = i - 1;
  while (k > 0 && (DEGREE.has(ctx.word(k)) || ctx.word(k) === "n't" || /^(do|does|did)$/.test(ctx.word(k)))) k--;
  return k;
}

/** Speculation read word by word beyond feelings and intentions: what an actor knows or how it sees things, a hidden aim, a wish for a thing. */
function knowledgeAimOrWish(ctx: SentenceContext, i: number, w: string, hits: Hit[]): boolean {
  const t = ctx.tokens;
  // "Kim understands this asymmetry", "because they know that the costs will fall on others", "Kim sees the war as a chance":
  // what another actor knows or how it sees things, stated as fact.
  if (speculation.knowing.has(w) && i > 0 && knowledgeObject(ctx, i)) {
    const at = subjectOfIntention(ctx, i);
    const actor = actorAt(ctx, at);
    if (actor && !ctx.holds(WRITER_CUE) && !/^(as|if|when|whether)$/.test(ctx.word(at - 1))) {
      const from = actorStart(ctx, at);
      const knownBy = makeHit(
        ctx,
        t[from].start,
        t[i].end,
        'knowledge',
        actor,
        'ascribed knowledge',
        `"${ctx.text.slice(t[from].start, t[i].end)}" states what ${actor} knows or thinks.`,
        speculation.knowingGroup.note,
        speculation.knowingGroup.alternatives,
      );
      hits.push(populationNotReason(ctx, at) ? { ...knownBy, cap: 'hint' } : knownBy);
      return true;
    }
  }
  // "The cybercafés are the real target here", "a hidden agenda": the actor's true aim, read into what it did.
  if (HIDDEN_AIM_KEYS.includes(w) && !ctx.holds(WRITER_CUE)) {
    const aim = speculation.hiddenAims.matchAt(t, i - 1);
    if (aim) {
      hits.push(
        makeHit(
          ctx,
          t[i - 1].start,
          t[aim.end - 1].end,
          'motive',
          'the actor',
          'hidden aim',
          `"${ctx.text.slice(t[i - 1].start, t[aim.end - 1].end)}" reads a hidden aim into the act: a motive nobody can observe directly.`,
          speculation.hiddenAimsGroup.note,
          speculation.hiddenAimsGroup.alternatives,
        ),
      );
      i = aim.end - 1;
      return true;
    }
  }
  // "He wants three things", "The Kremlin wants sanctions relief": a leader's or a state's wish for something, asserted.
  if ((w === 'want' || w === 'wants' || w === 'wanted') && ctx.word(i + 1) !== 'to' && i + 1 < t.length && !ctx.breakBefore(i + 1)) {
    const at = subjectOfIntention(ctx, i);
    const actor = actorAt(ctx, at);
    const one = ctx.word(at) === 'he' || ctx.word(at) === 'she';
    if (
      actor &&
      (one || !pronounOrPopulation(ctx, at)) &&
      !ctx.holds(WRITER_CUE) &&
      !/^(as|if|whenever|what|who)$/.test(ctx.word(at - 1))
    ) {
      const from = actorStart(ctx, at);
      hits.push(ascribedHit(ctx, 'wish', from, i, i, actor, speculation.intentionGroup));
      return true;
    }
  }
  return false;
}

/** What ascribing a feeling or a wish says: its messageId, category and noun. */
const ASCRIBED = {
  feeling: { messageId: 'feeling', category: 'ascribed feeling', noun: 'a feeling' },
  wish: { messageId: 'intention', category: 'ascribed intention', noun: 'a wish' },
};

/**
 * A feeling or a wish ascribed to the actor: its words tokens from..verb, the finding to `end` ("Ministries want to"),
 * with the note and alternatives of its word group.
 */
function ascribedHit(
  ctx: SentenceContext,
  what: keyof typeof ASCRIBED,
  from: number,
  verb: number,
  end: number,
  actor: string,
  group: { note: string; alternatives?: string[] },
): Hit {
  const { tokens } = ctx;
  const { messageId, category, noun } = ASCRIBED[what];
  return makeHit(
    ctx,
    tokens[from].start,
    tokens[end].end,
    messageId,
    actor,
    category,
    `"${ctx.text.slice(tokens[from].start, tokens[verb].end)}" ascribes ${noun} to ${actor}.`,
    group.note,
    group.alternatives,
  );
}

/** The actor at k is a pronoun or a population, and no "because" makes its state the reason for an act. */
function populationNotReason(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  return w !== 'he' && w !== 'she' && ctx.word(k - 1) !== 'because' && pronounOrPopulation(ctx, k) && !speculation.adversaries.has(w);
}

/** After a verb of knowing, what is known: a clause ("knows that", "understands how"), or a thing seen "as" something. */
function knowledgeObject(ctx: SentenceContext, i: number): boolean {
  const w = ctx.word(i);
  const next = ctx.word(i + 1);
  if (/^(sees|saw|regards|views)$/.test(w)) return ctx.words.slice(i + 2, i + 9).includes('as');
  // ("she knew how to make those parts": a skill, not what she knew to be true)
  if (next === 'how' && ctx.word(i + 2) === 'to') return false;
  if (/^(that|how|what|why|this|these)$/.test(next)) return true;
  // "know full well that", "understand perfectly well how": the same, insisted on.
  if (/^(full|perfectly|very)$/.test(next) && ctx.word(i + 2) === 'well') return /^(that|how|what|why)$/.test(ctx.word(i + 3));
  return false;
}

/** The actor named at token k (a person, state or organisation; not the writer), or undefined. */
function actorAt(ctx: SentenceContext, k: number): string | undefined {
  if (k < 0) return undefined;
  const w = ctx.word(k);
  // "The Union has resisted the reform because it knows that …": the reason's pronoun stands for the main clause's actor.
  if ((w === 'it' || w === 'they') && ctx.word(k - 1) === 'because' && k > 1) {
    for (let a = 0; a < k - 1; a++) {
      if (FIRST_PERSON.has(ctx.word(a))) break;
      if (!actorAt(ctx, a)) continue;
      // the whole name: "the governing Civic Union", not "Civic"
      let e = a;
      while (e + 1 < k - 1 && ctx.isName(e + 1)) e++;
      return actorAt(ctx, e) ?? actorAt(ctx, a);
    }
  }
  if (FIRST_PERSON.has(w) || w === 'you' || w === 'it' || w === 'this' || w === 'that' || w === 'there') return undefined;
  if (w === 'he' || w === 'she' || w === 'they') return `"${ctx.tokens[k].text}"`;
  // "our Government", "my Department", "This Administration" (a body by its title): the writer's own side ("this regime"
  // points back to another)
  const before = ctx.word(k - 1);
  if (before === 'our' || before === 'my' || (before === 'this' && ctx.isCapitalized(k) && ACTOR_NOUNS.has(w))) return undefined;
  if (ACTOR_NOUNS.has(w) || speculation.adversaries.has(w))
    return `"${ctx.text.slice(ctx.tokens[actorStart(ctx, k)].start, ctx.tokens[k].end)}"`;
  // (at the sentence's start every word is capitalised: there, a word the lexicon does not know, "Reznik wants to …")
  if (ctx.isName(k) && (ctx.isEntity(k) || (ctx.isCapitalized(k) && (k > 0 || unknownWord(ctx, k)))))
    return `"${ctx.text.slice(ctx.tokens[actorStart(ctx, k)].start, ctx.tokens[k].end)}"`;
  return undefined;
}

/**
 * A word the lexicon does not know and no plural: at a sentence's start, with no determiner, a name ("Reznik",
 * "Kaspelgaz"); "Groups" or "Hackers" are common nouns the lexicon leaves to its rules.
 */
function unknownWord(ctx: SentenceContext, k: number): boolean {
  return ctx.lexTag(k) === undefined && !ctx.word(k).endsWith('s');
}

function actorStart(ctx: SentenceContext, k: number): number {
  let s = k;
  while (s > 0 && !ctx.breakBefore(s) && (ctx.isName(s - 1) || ['the', 'north', 'south'].includes(ctx.word(s - 1)))) s--;
  return s;
}

/** "needs an OpenPGP key in order to", "require a licence to": a requirement in the purpose clause's own clause. */
function needsBefore(ctx: SentenceContext, from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 6) && !ctx.breakBefore(k + 1); k--) if (REQUIREMENT_VERBS.has(ctx.word(k))) return true;
  return false;
}

/** What the writer says is needed, before a purpose clause: "is essential in order to", "is urgently needed to". */
const NECESSITY = new Set(['essential', 'necessary', 'vital', 'crucial', 'needed', 'required', 'imperative', 'indispensable']);

/** A past act in the passive with no agent before token `before`: "have been stationed …", "has been shortened …". */
function doneByNoOneBefore(ctx: SentenceContext, before: number): boolean {
  for (let k = before - 1; k >= Math.max(1, before - 25); k--)
    if (/^(been|was|were)$/.test(ctx.word(k - 1)) && agentlessPassive(ctx, k)) return true;
  return false;
}

/** A modal of plan, rule or ability before token `before` ("agencies will work ... in order to"). */
function directiveBefore(ctx: SentenceContext, before: number): boolean {
  for (let k = 0; k < before; k++) if (DIRECTIVE_MODALS.has(ctx.word(k))) return true;
  return false;
}

/** A project, programme, tool or plan before token `before`: the purpose clause states what it is for. */
function purposeOwnerBefore(ctx: SentenceContext, before: number): boolean {
  for (let k = 0; k < before; k++) if (speculation.purposeOwners.has(ctx.word(k))) return true;
  return false;
}

/** The actor at k is a pronoun, or a population named by a plural ("Americans", "older voters"). */
function pronounOrPopulation(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  return w === 'he' || w === 'she' || w === 'they' || (w.endsWith('s') && !ACTOR_NOUNS.has(w) && !w.endsWith('ss'));
}

/** The main-clause subject before token `before`, when it is a third party. */
function thirdPartySubject(ctx: SentenceContext, from: number, before: number): string | undefined {
  for (let k = from; k < before; k++) {
    const w = ctx.word(k);
    if (FIRST_PERSON.has(w)) return undefined;
    const actor = actorAt(ctx, k);
    if (actor) return actor;
  }
  return undefined;
}

/** "the Kremlin" → "the Kremlin's", "Ministers" → "Ministers'", "they" → "their": the actor as owner, for the message. */
function possessive(actor: string): string {
  const pronoun = POSSESSIVE_PRONOUNS[actor.toLowerCase()];
  if (pronoun) return pronoun;
  return actor.endsWith('s') && !actor.endsWith('ss') ? `${actor}'` : `${actor}'s`;
}
const POSSESSIVE_PRONOUNS: Record<string, string> = { he: 'his', she: 'her', they: 'their' };

/** "The government" → "the government", for an actor named inside a sentence. */
function lowerInitialThe(actor: string): string {
  return actor.startsWith('The ') ? `the ${actor.slice(4)}` : actor;
}

function makeHit(
  ctx: SentenceContext,
  start: number,
  end: number,
  messageId: string,
  actor: string,
  category: string,
  reason: string,
  note: string,
  alternatives: string[] | undefined,
): Hit {
  const hit: Hit = {
    start,
    end,
    messageId,
    data: { cue: ctx.text.slice(start, end), owner: possessive(lowerInitialThe(actor.replaceAll('"', ''))) },
    category,
    reason: `${reason} ${note}`,
    alternatives: alternatives ?? [],
    fixes: ['attribute', 'cite'],
  };
  // "Ireland is proud to …" in Ireland's statement: the feelings and aims of the body the document speaks for are its
  // own, told first-hand (Hit.actOf; the pipeline decides)
  const named = actor.replaceAll('"', '');
  if (/^(?:[Tt]he )?[A-Z]/.test(named) && !POSSESSIVE_PRONOUNS[named.toLowerCase()]) hit.actOf = bodyKey(named.split(/\s+/));
  return hit;
}
