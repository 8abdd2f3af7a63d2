// weasel: vague or collective sources — "some experts say", "critics argue", "studies show",
// "Russian sources", "observers reported". Silent once the source is named or cited.
import { BE_FORMS, itIsReportedThat } from '../grammar';
import { sources } from '../lexicon';
import type { SentenceContext } from '../context';
import type { Hit, Rule } from './rule';
import {
  describeGroup,
  evaluativeSuperlative,
  governedBefore,
  rankerNamed,
  skipAdverbs,
  vagueNounPhrase,
  vagueQuantifier,
} from './weasel/groups';
import { hit, quantifierHit } from './weasel/hits';
import {
  covered,
  evidentialVerbAt,
  expertiseAt,
  firstPersonHearsayAt,
  folkloreAt,
  comparedBefore,
  gatheredBefore,
  hearsayAt,
  opinionAsSource,
  receptionAt,
  researchActivityAhead,
} from './weasel/sources';
import {
  ACTING_MODALS,
  ACTING_OR_PLANNING,
  ACTS_ON_OBJECT,
  DOCUMENT_HEADS,
  EXPERTISE_STARTS,
  FIRST_PERSON_STARTS,
  FOLK_MODIFIERS,
  INHERENTLY_VAGUE,
  JUDGED_BY,
  PERSON_ACTS_ON_OBJECT,
  PROPOSING,
  PROXIMITY_WORDS,
  QUANTIFIER_ONLY_STARTS,
  RANKING_DETERMINERS,
  RECEIVING,
  SAYING_AFTER_MODAL,
  SINGULAR_HEADS,
  SOURCES_BY_NATURE,
  STARTERS,
  TASTE_SUPERLATIVES,
  VERB_ONLY_HEADS,
  WEASEL_STARTS,
} from './weasel/words';

/** Prepositions of a group's field or place: "experts in risk communication", "observers across the region". */
const FIELD_OR_PLACE = new Set(['in', 'across', 'within', 'throughout', 'around']);

/**
 * "Experts in risk communication say", "Observers in the capital believe": a field or a place describes the group, it
 * names nobody (a named body after the head is ruled out before: "experts at the IMF"). The verb after it, or verbAt.
 */
function verbAfterFieldOrPlace(ctx: SentenceContext, verbAt: number): number {
  if (!FIELD_OR_PLACE.has(ctx.word(verbAt)) || ctx.breakBefore(verbAt)) return verbAt;
  for (let k = verbAt + 1; k < Math.min(ctx.tokens.length, verbAt + 6) && !ctx.breakBefore(k); k++) {
    if (/^(our|my|we|us)$/.test(ctx.word(k))) break; // "researchers in our team": the writer's own people
    const at = k + skipAdverbs(ctx, k);
    if (sources.anyAttributionVerb.matchAt(ctx.tokens, at)) return at;
  }
  return verbAt;
}

export const weasel: Rule = {
  meta: {
    id: 'weasel',
    title: 'Vague source',
    description:
      'Claims credited to people or studies the reader cannot identify or check: "some experts say", "critics argue", "studies show", "Russian sources", "observers reported".',
    defaultSeverity: 'warning',
    silencedByEvidence: true,
    silencedByAttribution: false,
    policy: {
      sentenceClass: 'vague-source',
      marksUncertain: true,
      framesClaims: 'saying',
      claimWithoutSource: true,
      plural: 'vague sources',
      statusGroup: { one: 'unnamed source', many: 'unnamed sources', order: 3 },
    },
    messages: {
      weasel: '"{{cue}}" leans on an unnamed source: name it or cite it.',
      quantifier: '"{{cue}}": which ones, and how many? Say, or cite the count.',
      ranking: '"{{cue}}": by whose ranking? Say who judges it so, or give the measure.',
    },
    examples: {
      flag: [
        { text: 'Studies show that sanctions rarely work.', flagged: 'Studies show' },
        { text: 'According to Russian sources, preparations started in November 2018.', flagged: 'According to Russian sources' },
        { text: 'Local observers reported that classes continued.', flagged: 'Local observers reported' },
        { text: 'Some experts say the deal is dead.', flagged: 'Some experts say' },
        { text: 'Some operators say that Monday services run at half their pre-pandemic loads.', flagged: 'Some operators say' },
        { text: 'It has been reported that two hospitals paid a ransom in 2025.', flagged: 'It has been reported' },
        { text: 'Several providers report that waits for supported housing have doubled.', flagged: 'Several providers report' },
        { text: 'Critics argue that the scheme is too costly.', flagged: 'Critics argue' },
        { text: 'Many cities have proposed congestion charges.', flagged: 'Many cities', thorough: true },
        { text: 'Some would prefer a lower threshold for the levy.', flagged: 'Some', thorough: true },
        { text: 'The levy was waived for several councils last year.', flagged: 'several councils', thorough: true },
        { text: 'In some cases the exemption is never claimed.', flagged: 'some cases', thorough: true },
        { text: 'There are reports that the militia has withdrawn.', flagged: 'There are reports' },
        { text: 'Legend has it that the bridge was built in a night.', flagged: 'Legend has it' },
        { text: 'Some would argue that the cap is too low.', flagged: 'Some would argue' },
        { text: 'There is evidence that the cap reduced rents.', flagged: 'There is evidence' },
        { text: 'I was told that the review had been shelved.', flagged: 'I was told' },
      ],
      allow: [
        'Studies show that sanctions rarely work (Hufbauer et al., 2007).',
        'Experts at the IMF say growth will slow.',
        'According to the ONS, unemployment rose.',
        'Chapter 5 compares our estimates with those of other studies.',
        'Unemployment rose to 5.8% in March, according to Statistics Canada.',
        'In our 2025 review of 38 studies published by departments, 11 did not describe how participants were recruited.',
        'Ministries should reserve critical drugs for people, publish farm-level data and fund advice.',
        'Several interviewees said that they had given up on the service altogether.',
        'Industry respondents to the call for evidence argued that the levy would be passed on in full.',
        "The Fiscal Council's own figures show that the pledge would cost less than the tax cut.",
        'Officials in Drovenia are said to regard the settlement as a mistake.',
        'Some providers report higher costs in their annual accounts.',
        'Our reconciliation of the two surveys shows that the gap reflects the shorter module.',
        'Some countries, including France and Spain, joined the scheme in 2019.',
        'We consulted observers from the OSCE.',
        'The grant covers several items of equipment.',
        'Some 300 farms applied for the grant.',
        'Applicants may submit as many forms as they need.',
        'There is a claim for compensation before the tribunal.',
        'According to a study by the Resolution Foundation, incomes fell.',
        'Respondents collected the data themselves from various sources.',
        'Funding agencies acknowledge the importance of open data.',
        'The ministry and independent analysts can evaluate the reference scenario.',
        'In 2019 I learned I had been selected for the panel.',
      ],
    },
  },
  // A "-based" word starts a phrase too, but only one whose head is a vague head, a starter itself.
  // Folklore and hearsay cues need their noun ("legend has it", "there are reports"), a ranking by taste its superlative.
  cueWords: [
    ...EXPERTISE_STARTS,
    ...FIRST_PERSON_STARTS,
    ...STARTERS,
    ...sources.publicOpinion.firstWords(),
    ...sources.folklore,
    ...sources.hearsay,
    ...TASTE_SUPERLATIVES,
    ...RECEIVING,
    'reported',
  ],
  check(ctx) {
    const hits: Hit[] = [];
    const t = ctx.tokens;
    const words = ctx.words;
    const cueMasks = ctx.cueMasks;
    // "-based" words are not a word list: test them only in a sentence that holds one (a token's lower case holds
    // "-based" only where its text does, in any case). Lower-cased natively, not tested by /-based/i: one regex less
    // to compile in a cold run, and no letter outside ASCII lower-cases to one of "based".
    const mayHoldBased = ctx.text.toLowerCase().includes('-based');
    for (let i = 0; i < t.length; i++) {
      const w = words[i]; // read here once: several tests below ask about it
      // Every branch below starts from a weasel start word or a "-based" word: pass any other word at once.
      if ((cueMasks[i] & WEASEL_STARTS) === 0 && !(mayHoldBased && w.endsWith('-based'))) continue;
      if (w === 'reported') {
        reportedByNobody(ctx, i, hits);
        continue;
      }
      if (QUANTIFIER_ONLY_STARTS.has(w) && !sources.quantifiers.matchAt(t, i)) continue;
      // "contrary to popular belief", "conventional wisdom holds": opinion credited to everyone and no one.
      const opinion = sources.publicOpinion.has(w) ? sources.publicOpinion.matchAt(t, i) : undefined;
      if (opinion && !covered(hits, t[i].start)) {
        const cue = ctx.text.slice(t[i].start, t[opinion.end - 1].end);
        const found: Hit = {
          ...hit(ctx, i, opinion.end, 'unnamed collective source', ''),
          alternatives: opinion.value.alternatives ?? [],
          reason: `"${cue}" credits a belief to the public at large, and names nobody who holds it. ${opinion.value.note}`,
        };
        // "Contrary to popular belief", "conventional wisdom holds": the claim leans on the opinion. "to sway public opinion",
        // "public perceptions of the filter": the opinion is the topic, and leans on nobody: a hint, shown only when thorough.
        hits.push(opinionAsSource(ctx, i, opinion.end) ? found : { ...found, cap: 'hint' });
        i = opinion.end - 1;
        continue;
      }
      // "legend has it", "tradition claims", "according to local folklore": a story with no teller.
      // folkloreAt starts from "according", a folk modifier or a folklore noun: tested here, not by a call per word.
      const folk =
        (w === 'according' || FOLK_MODIFIERS.has(w) || sources.folklore.has(w)) && !covered(hits, t[i].start)
          ? folkloreAt(ctx, i)
          : undefined;
      if (folk) {
        const cue = ctx.text.slice(t[i].start, t[folk - 1].end);
        hits.push({
          ...hit(ctx, i, folk, 'unnamed collective source', ''),
          alternatives: sources.folkloreGroup.alternatives ?? [],
          reason: `"${cue}" credits a story to legend or rumour, and names nobody who tells it. ${sources.folkloreGroup.note}`,
        });
        i = folk - 1;
        continue;
      }
      // "expert advice", "the scientific consensus": expertise with no expert named.
      const expertise = sources.unnamedExpertise.has(w) && !covered(hits, t[i].start) ? expertiseAt(ctx, i) : undefined;
      if (expertise) {
        const cue = ctx.text.slice(t[i].start, t[expertise - 1].end);
        hits.push({
          ...hit(ctx, i, expertise, 'unnamed expertise', ''),
          alternatives: sources.unnamedExpertiseGroup.alternatives ?? [],
          reason: `"${cue}" credits expertise to no one in particular. ${sources.unnamedExpertiseGroup.note}`,
        });
        i = expertise - 1;
        continue;
      }
      // "I was told that", "we have heard that", "after asking around": the writer's informant, unnamed.
      const informant =
        (w === 'i' || w === 'we' || w === 'asking') && !covered(hits, t[i].start) ? firstPersonHearsayAt(ctx, i) : undefined;
      if (informant) {
        const cue = ctx.text.slice(t[i].start, t[informant - 1].end);
        hits.push({
          ...hit(ctx, i, informant, 'hearsay without a source', ''),
          alternatives: sources.firstPersonHearsayGroup.alternatives ?? [],
          reason: `"${cue}" rests the claim on what the writer was told, and names nobody who told it. ${sources.firstPersonHearsayGroup.note}`,
        });
        i = informant - 1;
        continue;
      }
      // "there are reports that", "there has been speculation about": hearsay with nobody telling it.
      const told = w === 'there' && !covered(hits, t[i].start) ? hearsayAt(ctx, i) : undefined;
      if (told) {
        const cue = ctx.text.slice(t[i].start, t[told - 1].end);
        const evidence = sources.unnamedEvidence.has(ctx.word(told - 1));
        const group = evidence ? sources.unnamedEvidenceGroup : sources.hearsayGroup;
        hits.push({
          ...hit(ctx, i, told, evidence ? 'evidence without a source' : 'hearsay without a source', ''),
          alternatives: group.alternatives ?? [],
          reason: evidence
            ? `"${cue}" points to evidence, and names no one who found it. ${group.note}`
            : `"${cue}" passes on what unnamed people say, and names nobody who says it. ${group.note}`,
        });
        i = told - 1;
        continue;
      }
      // "received widespread acclaim", "drew criticism": a verdict with no one giving it.
      const verdict = RECEIVING.has(w) && !covered(hits, t[i].start) ? receptionAt(ctx, i) : undefined;
      if (verdict) {
        const cue = ctx.text.slice(t[i].start, t[verdict - 1].end);
        hits.push({
          ...hit(ctx, i, verdict, 'reception without a source', ''),
          cap: 'hint',
          fixes: ['cite'],
          reason: `"${cue}" reports a verdict, and names no one who gave it. ${sources.receptionGroup.note}`,
          alternatives: sources.receptionGroup.alternatives ?? [],
        });
        i = verdict - 1;
        continue;
      }
      // "the most influential", "one of the most important", "his most famous": a ranking credited to no one.
      // "one of the best", "one of its finest": a superlative of taste in a ranking, with no one credited.
      // "one of the best understood pathways" grades knowledge, not taste; "ranked one of the best by Ofsted" names the ranker.
      const tasteRank =
        TASTE_SUPERLATIVES.has(w) &&
        ctx.word(i - 3) === 'one' &&
        ctx.word(i - 2) === 'of' &&
        RANKING_DETERMINERS.has(ctx.word(i - 1)) &&
        !/^-/.test(ctx.gapBefore(i + 1)) &&
        !/(ed|en|wn)$|^(understood|known|kept|run|held|paid|made|built|taught|sold|loved)$/.test(ctx.word(i + 1)) &&
        !rankerNamed(ctx, i + 1) &&
        !covered(hits, t[i].start);
      const ranked = tasteRank ? i + 1 : w === 'most' && !covered(hits, t[i].start) ? evaluativeSuperlative(ctx, i) : undefined;
      if (ranked) {
        const from = ctx.word(i - 3) === 'one' && ctx.word(i - 2) === 'of' ? i - 3 : i;
        const cue = ctx.text.slice(t[from].start, t[ranked - 1].end);
        hits.push({
          ...hit(ctx, from, ranked, 'unattributed ranking', ''),
          messageId: 'ranking',
          cap: 'hint',
          fixes: ['cite'],
          reason: `"${cue}" ranks by reputation or taste, and the sentence credits the ranking to no one. ${sources.evaluativeSuperlativesGroup.note}`,
          alternatives: sources.evaluativeSuperlativesGroup.alternatives ?? [],
        });
        i = ranked - 1;
        continue;
      }
      if (!(STARTERS.has(w) || (mayHoldBased && w.endsWith('-based'))) || covered(hits, t[i].start)) continue;
      // "according to <vague source>"
      if (w === 'according' && ctx.word(i + 1) === 'to') {
        const np = vagueNounPhrase(ctx, i + 2, true);
        if (np)
          hits.push(
            hit(
              ctx,
              i,
              np.headEnd,
              'according to an unnamed source',
              `"according to" introduces ${describeGroup(ctx, np)}, which the reader cannot check.`,
            ),
          );
        continue;
      }
      const np = vagueNounPhrase(ctx, i, false);
      if (!np) {
        const q = vagueQuantifier(ctx, i);
        if (q) {
          const said = groupSays(ctx, i, q);
          hits.push(said ?? quantifierHit(ctx, i, q));
          i = q - 1;
        }
        continue;
      }
      let verbAt = np.headEnd + skipAdverbs(ctx, np.headEnd);
      // "sources close to the government said", "officials familiar with the talks say"
      if (PROXIMITY_WORDS.has(ctx.word(verbAt)))
        for (let k = verbAt + 1; k < Math.min(t.length, verbAt + 6); k++)
          if (sources.reportingVerbs.matchAt(t, k)) {
            verbAt = k;
            break;
          }
      verbAt = verbAfterFieldOrPlace(ctx, verbAt);
      const head = ctx.word(np.headEnd - 1);
      // "evidence does not support", "statistics underscore": a document or data source vouching through an evidential verb.
      if (DOCUMENT_HEADS.has(head) && /^(do|does|did)$/.test(ctx.word(verbAt)) && ctx.word(verbAt + 1) === 'not') verbAt += 2;
      // "Officials in Drovenia are said to regard …": a passive attribution, that rule's finding, not a group's own saying.
      if (saidOfTheGroup(ctx, verbAt) || HELD.has(ctx.word(np.start - 1))) {
        i = np.headEnd - 1;
        continue;
      }
      const verbMatch =
        notTheGroupsVerb(ctx, np.headEnd, verbAt) || CAUSATIVES.has(ctx.word(np.start - 1))
          ? undefined
          : (sources.anyAttributionVerb.matchAt(t, verbAt) ??
            (DOCUMENT_HEADS.has(head) ? evidentialVerbAt(ctx, np.start, verbAt) : undefined));
      // A singular head takes no bare verb: in "an official state visit" "state" is a noun, not what the official does.
      // "Funding agencies acknowledge the importance of ...", "officials published the figures": an act on an object, not a claim vouched for.
      const actsOnObject = actsRatherThanVouches(ctx, verbMatch, head);
      const modalAhead = verbAt > np.headEnd && modalMakesNoSource(ctx, verbAt);
      const verb =
        verbMatch &&
        !actsOnObject &&
        !modalAhead &&
        !(
          verbAt === np.headEnd &&
          !head.endsWith('s') &&
          SINGULAR_HEADS.has(head) &&
          /^(say|report|claim|argue|suggest|show|find|indicate|estimate|warn|note|state|conclude|confirm|announce|contend|maintain|insist|assert|believe|think|fear|expect|agree|feel|worry|suspect|doubt|hope)$/.test(
            ctx.word(verbAt),
          )
        )
          ? verbMatch
          : undefined;
      // "Our reconciliation of the two surveys suggests": a plural head before a verb in -s is not the verb's subject.
      const agrees = !(verb && verbAt === np.headEnd && pluralHead(head) && singularVerb(ctx.word(verbAt)));
      if (!agrees) {
        i = np.headEnd - 1;
        continue;
      }
      const qualified = np.hasQuantifier || np.hasVagueModifier || INHERENTLY_VAGUE.has(head);
      // "Critics will say that …": an objection the writer expects and answers
      if (OBJECTION_MODALS.has(ctx.word(verbAt - 1)) && sources.anyAttributionVerb.matchAt(t, verbAt)) continue;
      if (!verb && (VERB_ONLY_HEADS.has(head) || !qualified)) {
        // "Some people prefer ...": no reporting verb, but still an unspecified group.
        const q = np.hasQuantifier ? vagueQuantifier(ctx, np.start) : undefined;
        if (q) {
          hits.push(quantifierHit(ctx, np.start, q));
          i = q - 1;
        } else i = np.headEnd - 1;
        continue;
      }
      if (!verb && !qualified) continue;
      // A camp noun alone with no verb of saying is a source as the subject ("Critics of the plan ...") or after "from", "by",
      // "among" ("a mixed response from critics"); as an object or a modifier it names people, not a source
      // ("the arrest of his opponents and critics", "a poll of music critics").
      if (
        !verb &&
        !np.hasQuantifier &&
        !np.hasVagueModifier &&
        !/^(from|by|among|amongst)$/.test(ctx.word(np.start - 1)) &&
        governedBefore(ctx, np.start)
      ) {
        i = np.headEnd - 1;
        continue;
      }
      if (!verb && (setAgainstOrGatheredFrom(ctx, np.start) || domainOfNounBefore(ctx, np.start))) {
        i = np.headEnd - 1;
        continue;
      }
      const end = verb ? verb.end : np.headEnd;
      const found = hit(
        ctx,
        np.start,
        end,
        verb ? 'unnamed source with a reporting verb' : 'unnamed collective source',
        `${describeGroup(ctx, np)}${verb ? `, and "${ctx.text.slice(ctx.tokens[verbAt].start, ctx.tokens[verb.end - 1].end)}" hangs the claim on it` : ''}: the reader cannot tell who, or check it.`,
      );
      // With no verb of saying, believing or showing, a group that only acts ("independent analysts can evaluate the plan")
      // or is only counted ("some scientists in the long tail will have the interest") vouches for no claim: a hint,
      // shown only when thorough. A camp ("Critics have long opposed it"), a source described but not named ("Russian
      // sources", "senior officials") and a verdict received from the group ("a cool response from critics") still lean on it.
      // Without a verb, only a noun that is a source by nature ("Russian sources", "recent studies") or a camp ("Critics")
      // leans on the unnamed; "Western diplomats met the envoy", "installed by government engineers" name actors.
      const received =
        /^(from|among|amongst)$/.test(ctx.word(np.start - 1)) ||
        (ctx.word(np.start - 1) === 'by' && JUDGED_BY.test(ctx.word(np.start - 2)));
      // "Most studies of the tax focus on the US", "several surveys use panel data": the literature described, not leaned on.
      const described = !verb && SOURCES_BY_NATURE.has(head) && researchActivityAhead(ctx, np.headEnd);
      const acts =
        concernAbout(ctx, verbMatch) ||
        (!verb &&
          !received &&
          (described || ACTING_MODALS.has(ctx.word(np.headEnd)) || !(INHERENTLY_VAGUE.has(head) || SOURCES_BY_NATURE.has(head))));
      hits.push(acts ? { ...found, cap: 'hint' } : found);
      i = end - 1;
    }
    return hits;
  },
};

/** The lexicon's tags of a noun that a phrase after it can modify ("sizes in …", "rates across …"). */
const POST_MODIFIED = /^(Plural|Singular|Noun|Uncountable)$/;

/**
 * "Sample sizes in commissioned government studies have fallen": the studies are where the noun before them is found, the
 * domain of the claim, not its source ("In recent studies, the levy failed" leans on them). Up to two modifiers back to
 * "in", "within" or "across", a noun before it.
 */
function domainOfNounBefore(ctx: SentenceContext, start: number): boolean {
  for (let k = start - 1; k >= Math.max(1, start - 3); k--) {
    if (/^(in|within|across)$/.test(ctx.word(k))) return POST_MODIFIED.test(ctx.lexTag(k - 1) ?? '') && !ctx.breakBefore(k);
    if (ctx.breakBefore(k + 1) || /^(PresentTense|PastTense|Copula|Modal)$/.test(ctx.lexTag(k) ?? '')) return false;
  }
  return false;
}

/**
 * A group with no verb of its own that is only what a thing is compared with ("how the estimates compare with other
 * sources", "compares our results with those of other studies") or where data was gathered from ("collected the data
 * themselves from various sources"): no source a claim leans on.
 */
function setAgainstOrGatheredFrom(ctx: SentenceContext, start: number): boolean {
  const before = ctx.word(start - 1);
  if (/^(with|to|against|of)$/.test(before) && comparedBefore(ctx, start - 1)) return true;
  return before === 'from' && gatheredBefore(ctx, start - 1);
}

/** "It has been reported that …" at its participle i: a report passed on from nobody. */
function reportedByNobody(ctx: SentenceContext, i: number, hits: Hit[]): void {
  const t = ctx.tokens;
  const it = itIsReportedThat((j) => ctx.word(j), i);
  if (it >= 0 && !covered(hits, t[it].start))
    hits.push(
      hit(ctx, it, i + 1, 'hearsay without a source', `"${ctx.text.slice(t[it].start, t[i].end)}" passes a report on from nobody named.`),
    );
}

/** A passive of saying at verbAt, past an adverb: "are said to", "are widely thought to". */
function saidOfTheGroup(ctx: SentenceContext, verbAt: number): boolean {
  return (
    (BE_FORMS.has(ctx.word(verbAt)) && PASSIVE_SAYING.has(ctx.word(verbAt + 1 + skipAdverbs(ctx, verbAt + 1)))) ||
    (BE_FORMS.has(ctx.word(verbAt - 1)) && PASSIVE_SAYING.has(ctx.word(verbAt)))
  );
}

/** Participles of a passive attribution after a group: "are said to", "are thought to", "are believed to". */
const PASSIVE_SAYING = new Set(['said', 'thought', 'believed', 'understood', 'reported', 'rumoured', 'alleged', 'expected', 'known']);

/**
 * "Some operators say that …", "Several providers say that …": an unspecified group of any kind that says, reports or
 * believes a claim is its source, as "some experts" is ("several interviewees said" is the writer's own study).
 */
function groupSays(ctx: SentenceContext, from: number, groupEnd: number): Hit | undefined {
  const group = ctx.word(groupEnd - 1);
  if (groupEnd === from + 1 || OWN_STUDY_PEOPLE.has(group)) return undefined;
  const verbAt = groupEnd + skipAdverbs(ctx, groupEnd);
  if (notTheGroupsVerb(ctx, groupEnd, verbAt)) return undefined;
  const verb = sources.anyAttributionVerb.matchAt(ctx.tokens, verbAt);
  if (!verb || actsRatherThanVouches(ctx, verb, group)) return undefined;
  if (ctx.word(verbAt - 1) === 'will' || ACTING_MODALS.has(ctx.word(verbAt - 1))) return undefined;
  // The claim itself follows: "say that", "believe that", "argue that"; or any words after a verb of saying.
  if (ctx.word(verb.end) !== 'that' && !/^(say|says|said)$/.test(ctx.word(verb.end - 1))) return undefined;
  const verbText = ctx.text.slice(ctx.tokens[verbAt].start, ctx.tokens[verb.end - 1].end);
  return hit(
    ctx,
    from,
    verb.end,
    'unnamed source with a reporting verb',
    `"${ctx.text.slice(ctx.tokens[from].start, ctx.tokens[groupEnd - 1].end)}" is an unspecified group, and "${verbText}" hangs the claim on it: the reader cannot tell who, or check it.`,
  );
}

/** People of the writer's own study: what they said is the writer's evidence, first-hand. */
const OWN_STUDY_PEOPLE = new Set(['interviewees', 'respondents', 'participants', 'panellists', 'panelists', 'attendees', 'speakers']);

/**
 * The word at verbAt is not the group's verb: a list goes on after a comma ("reserve drugs for people, publish the data"),
 * or a participle describes the group ("studies published by departments", "estimates published for other countries").
 */
function notTheGroupsVerb(ctx: SentenceContext, headEnd: number, verbAt: number): boolean {
  if (verbAt === headEnd && ctx.breakBefore(verbAt)) return true;
  // "officials found derelict in duty were dismissed", "those found guilty": found so by others, a participle after its noun
  if (ctx.word(verbAt) === 'found' && FOUND_TO_BE.has(ctx.word(verbAt + 1))) return true;
  if (!ctx.word(verbAt).endsWith('ed') || !DESCRIBING_PARTICIPLE_PREPOSITIONS.has(ctx.word(verbAt + 1))) return false;
  // "Some experts warned for years that …": a clause reported after it makes it the group's verb.
  for (let k = verbAt + 2; k < Math.min(ctx.tokens.length, verbAt + 7); k++) if (ctx.word(k) === 'that') return false;
  return true;
}
/** What someone is found to be, by a court or an inquiry: "found guilty", "found derelict in duty". */
const FOUND_TO_BE = new Set([
  'guilty',
  'innocent',
  'liable',
  'derelict',
  'wanting',
  'negligent',
  'responsible',
  'unfit',
  'fit',
  'dead',
  'alive',
  'culpable',
  'eligible',
  'ineligible',
]);
/** "The Piankeshaws having some claim to the country": the group is the object of "have", its next word its noun, no verb. */
const HELD = new Set(['have', 'has', 'had', 'having', 'hold', 'holds', 'held', 'holding', 'lay', 'laid', 'make', 'made', 'makes']);

/** "to help people find commits", "let researchers see the data": the group is the object, its verb a bare infinitive of what it is enabled to do. */
const CAUSATIVES = new Set(['help', 'helps', 'helped', 'helping', 'let', 'lets', 'letting', 'make', 'makes', 'made', 'making']);
// Not "in", "on", "at": "Researchers reported in 2021 that", "officials said on Tuesday that" are the group's verbs.
const DESCRIBING_PARTICIPLE_PREPOSITIONS = new Set(['by', 'for']);

/** "surveys", "experts", not "analysis", "press", "news": a head that takes a plural verb. */
function pluralHead(head: string): boolean {
  return head.endsWith('s') && !head.endsWith('ss') && !head.endsWith('is') && !head.endsWith('us') && head !== 'news';
}

/** "suggests", "shows", "says": a verb that takes a singular subject. */
function singularVerb(verb: string): boolean {
  return verb.endsWith('s') && !verb.endsWith('ss');
}

/**
 * The group acts on something, proposes an option or voices a concern about a topic instead of vouching for a claim:
 * "Funding agencies acknowledge the importance of …", "officials published the figures", "some proposed a later date",
 * "Others worry about infrastructure".
 */
function actsRatherThanVouches(ctx: SentenceContext, verbMatch: { end: number } | undefined, head: string): boolean {
  if (verbMatch === undefined) return false;
  const verbWord = ctx.word(verbMatch.end - 1);
  const after = ctx.word(verbMatch.end);
  const onObject =
    after !== 'that' && (ctx.isDeterminer(verbMatch.end) || ctx.isName(verbMatch.end) || /^(their|its|his|her|our|your)$/.test(after));
  // "some others suggested Casablanca", "some proposed a later date": people putting forward an option.
  const proposes =
    PROPOSING.test(verbWord) &&
    !DOCUMENT_HEADS.has(head) &&
    !/^(that|it|this|there)$/.test(after) &&
    !ctx.isSubjectPronoun(verbMatch.end) &&
    !ctx.breakBefore(verbMatch.end) &&
    verbMatch.end < ctx.tokens.length;
  return (
    proposes ||
    concernAbout(ctx, verbMatch) ||
    (onObject && (ACTS_ON_OBJECT.test(verbWord) || (PERSON_ACTS_ON_OBJECT.test(verbWord) && !DOCUMENT_HEADS.has(head))))
  );
}

/** "Others worry about infrastructure", "Critics worry over the cost": a concern about a topic, no claim vouched for. */
function concernAbout(ctx: SentenceContext, verbMatch: { end: number } | undefined): boolean {
  return verbMatch !== undefined && /^(about|over)$/.test(ctx.word(verbMatch.end));
}

/**
 * "analysts may find it useful", "researchers will report": a modal before a verb other than arguing or believing is advice
 * or a plan; "Critics will say", "Some may say": an objection the writer expects and answers ("some would argue" still
 * leans on them).
 */
function modalMakesNoSource(ctx: SentenceContext, verbAt: number): boolean {
  const modal = ctx.word(verbAt - 1);
  return (ACTING_OR_PLANNING.test(modal) && !SAYING_AFTER_MODAL.test(ctx.word(verbAt))) || OBJECTION_MODALS.has(modal);
}

/** Modals before a verb of saying that make it an objection the writer expects: "Critics will say", "Some may say". */
const OBJECTION_MODALS = new Set(['will', 'may', 'might']);
