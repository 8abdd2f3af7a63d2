// unsupported-claim: a claim a reader would want evidence for — figures, causes, trends,
// comparisons, absolutes — with no citation, footnote, link or named source in its sentence
// or in a citation that closes its paragraph.
import { TELLING } from '../grammar';
import { STRICTNESS_ORDER } from '../settings';
import {
  bodySubject,
  findClaimFeatures,
  spokenAsWe,
  hypothesisStart,
  isNormative,
  opensWithCourtesy,
  quotesASaying,
  writerStance,
  type ClaimFeature,
} from '../claims';
import { claimGroupFor, contextWords } from '../lexicon';
import { findHedges } from '../hedges';
import type { Hit, Rule } from './rule';
import { SentenceContext } from '../context';
import type { ClaimStrictness } from '../types';
import { holdsTexMath } from '../text-shape';

const KIND_LABEL: Record<string, string> = {
  figure: 'a figure',
  'dated-fact': 'a dated fact',
  trend: 'a trend',
  causal: 'a causal link',
  absolute: 'an absolute generalisation',
  comparison: 'a comparison',
  statistic: 'a statistic',
  prediction: 'a forecast',
  prevalence: 'a claim of prevalence',
  evaluation: 'an evaluation or ranking',
  event: 'a reported event',
  unsourced: 'a view from an unnamed source',
  guessed: "a guess at someone's motive or feelings",
};

/** A kind's label without its article, as a category: "a figure" → "figure", "an absolute generalisation" → "absolute generalisation". */
function withoutArticle(label: string): string {
  return label.startsWith('a ') ? label.slice(2) : label.startsWith('an ') ? label.slice(3) : label;
}

export const unsupportedClaim: Rule = {
  meta: {
    id: 'unsupported-claim',
    title: 'Unsupported claim',
    description:
      'What a reader would want evidence for — figures and statistics, causes, trends, comparisons, absolute generalisations, a claim that leans on an unnamed source or a guessed motive, and, in a document that tells what named actors did (commentary, reporting), the acts it reports — stated with no citation, footnote, link or named source in its sentence or paragraph.',
    defaultSeverity: 'warning',
    silencedByEvidence: true,
    silencedByAttribution: true,
    policy: {
      sentenceClass: 'unsupported',
      marksUncertain: false,
      readsQuotations: true,
      acceptedTermCovers: true,
      heldWhileTyping: true,
      plural: 'unsupported claims',
      statusGroup: { one: 'unsupported claim', many: 'unsupported claims', order: 1 },
    },
    messages: { claim: 'This claim ({{kinds}}) has no evidence: cite a source or name it.' },
    examples: {
      flag: [
        { text: 'Unemployment rose to 7.4% in 2023.', flagged: 'Unemployment rose to 7.4% in 2023' },
        {
          text: 'The Korean Peninsula has never been a priority for Russia.',
          flagged: 'The Korean Peninsula has never been a priority for Russia',
        },
        { text: 'Sanctions led to a collapse in trade.', flagged: 'Sanctions led to a collapse in trade' },
        { text: 'Three million people lost their jobs.', flagged: 'Three million people lost their jobs' },
        { text: 'This is the worst recession since the 1930s.', flagged: 'This is the worst recession since the 1930s' },
        {
          text: 'The agency was the first regulator to publish its full audit.',
          flagged: 'The agency was the first regulator to publish its full audit',
        },
        { text: 'Hospital admissions have begun to rise again.', flagged: 'Hospital admissions have begun to rise again' },
        { text: 'A quarter of households rent their homes.', flagged: 'A quarter of households rent their homes' },
        // prevalence, evaluations and rankings, causes and trends without a number
        {
          text: 'The majority of rural clinics lack a full-time pharmacist.',
          flagged: 'The majority of rural clinics lack a full-time pharmacist',
        },
        {
          text: 'The vast majority of councils publish no spending data.',
          flagged: 'The vast majority of councils publish no spending data',
        },
        {
          text: 'Apprenticeships are one of the best routes into skilled work for school leavers.',
          flagged: 'Apprenticeships are one of the best routes into skilled work for school leavers',
        },
        {
          text: 'Denmark has been particularly successful at exporting its apprenticeship model.',
          flagged: 'Denmark has been particularly successful at exporting its apprenticeship model',
        },
        {
          text: 'Fragmented procurement hampers the adoption of shared services.',
          flagged: 'Fragmented procurement hampers the adoption of shared services',
        },
        {
          text: 'Waiting lists grew partly because clinics closed at weekends.',
          flagged: 'Waiting lists grew partly because clinics closed at weekends',
        },
        {
          text: 'Sanctions were responsible for the fall of the rouble.',
          flagged: 'Sanctions were responsible for the fall of the rouble',
        },
        { text: 'Trust in local government has weakened.', flagged: 'Trust in local government has weakened' },
        {
          text: 'Compliance costs for small charities are increasingly heavy.',
          flagged: 'Compliance costs for small charities are increasingly heavy',
        },
        {
          text: "Tracing a grant from ministry to school is nearly impossible with today's ledgers.",
          flagged: "Tracing a grant from ministry to school is nearly impossible with today's ledgers",
        },
        {
          text: 'Low turnout is associated with the closure of rural polling stations.',
          flagged: 'Low turnout is associated with the closure of rural polling stations',
        },
        {
          text: 'Back pain is the most common reason for sick leave in the sector.',
          flagged: 'Back pain is the most common reason for sick leave in the sector',
        },
        { text: 'One in five tenants is behind on rent.', flagged: 'One in five tenants is behind on rent' },
        { text: 'In most cases councils pay within 20 working days.', flagged: 'In most cases councils pay within 20 working days' },
        { text: 'The bank raised rates, leading to a recession.', flagged: 'The bank raised rates, leading to a recession' },
        { text: 'The exemption is never claimed.', flagged: 'The exemption is never claimed' },
        {
          text: 'Smith and Jones (2019) study rents in Leeds. Evictions doubled in two years.',
          flagged: 'Evictions doubled in two years',
        },
        { text: 'If anything, rents rose faster in 2023 than in 2022.', flagged: 'If anything, rents rose faster in 2023 than in 2022' },
        {
          text: 'Thanks to the subsidy, rooftop solar installations doubled in two years.',
          flagged: 'Thanks to the subsidy, rooftop solar installations doubled in two years',
        },
        // a claim that leans on an unnamed source or states a motive as fact is unsupported as well
        {
          text: 'Critics point out that small charities face almost no scrutiny at all.',
          flagged: 'small charities face almost no scrutiny at all',
        },
        { text: 'The Kremlin wants to keep the corridor hostage.', flagged: 'The Kremlin wants to keep the corridor hostage' },
        // a relative clause that asserts: under an existential, or after a comma
        {
          text: 'There are procurement rules that prevent small firms from bidding.',
          flagged: 'There are procurement rules that prevent small firms from bidding',
        },
        {
          text: 'The new levy, which drives up rents, applies to every tenancy.',
          flagged: 'The new levy, which drives up rents, applies to every tenancy',
        },
      ],
      allow: [
        'Unemployment rose to 7.4% in 2023 [@ons2024].',
        // a frequency adverb alone: shown from the strict setting
        'Councils usually pay within 20 working days.',
        'According to the ONS, unemployment rose to 7.4% in 2023.',
        'Relations were established in 1948.',
        'Member States should reduce emissions by 2030.',
        'Did unemployment rise in 2023?',
        'Chita lies about 1,700 kilometres from Vladivostok.',
        'This is the best way forward.',
        'We will cut taxes for every family.',
        'Good morning, and welcome to this briefing.',
        'Applicants may not submit more than one proposal per call.',
        'If unemployment rose to 9%, the fund would run dry.',
        'If the tax base does not respond at all, a lower rate always reduces revenue.',
        'Unless wages rise, the gap between rents and incomes widens every year.',
        // A duty, and a task judged hard or easy, are no claims (issue 12).
        'The commissioner is responsible for setting out the question and its constraints.',
        'The analyst is responsible for the quality of the work.',
        // a courtesy, the writer's own practice, a question put in other words
        'I bring warm greetings from the people of Tavalua, a nation of forty-one islands.',
        'We usually pay within 20 working days of receiving the documents.',
        'Some will ask what a country of ninety thousand people can contribute.',
        // an authority's requirement of those it addresses; the writer's institution's act and its consequence; a limited absolute
        'OMB expects all agencies to adopt the standard without exception.',
        'Yesterday, we published our Monetary Policy Report, leading to the decision to hold rates.',
        'In some cases, the exemption is never claimed.',
        // the source just cited, named again and reported
        'Smith and Jones (2019) study rents in Leeds. They find that rents rose by 20% in two years.',
        'The final cost of a large IT project is often difficult to predict at the start.',
        // The document stating its own purpose.
        'The aim of this whitepaper is to explain why rents rose by 20% in 2023.',
        'We meet the regulators all the time.',
        'Ministers are more than willing to meet the unions.',
        'Small charities make the most of their limited budgets.',
        'Appeals are not always heard within the statutory period.',
        // the writer's own stance: instructions, the document itself, her own methods, projections and acts
        'Never publish personal data on a public website.',
        'Publish the code under an open licence before the contract ends.',
        'Table 2 shows that spending rose in every region.',
        'This memo sets out three options for reform.',
        'We estimate that the levy raises £2 billion a year.',
        'Our analysis of the 2021 census shows that rents rose fastest in coastal towns.',
        'Scrapping the fee would leave a £300 million gap in the budget.',
        'We cut the application fee for small charities last spring.',
        'Some tenants were cut off from the heating network during the repairs.',
        'The hardship fund aims to reduce evictions caused by sudden drops in income.',
        'This means that the pilot covers fewer districts than the full scheme would.',
        'The budget for outreach can be increased if the pilot succeeds.',
        'It is critical that departments publish their data on time.',
        'Thanks to the organisers and to everyone who came.',
        'Inspectors need powers to identify and prevent fraud.',
        'The fund was set up to train new teachers, increase retention and drive better results in rural schools.',
        'This guidance is not intended to replace the procurement rules, and none of its annexes set new duties.',
        // a forecast governs its objects and purposes across commas
        'The regulator will audit every council, starting with those that have the highest arrears.',
        // a cause inside a restrictive relative clause describes its noun's kind
        'The council funds projects that promote cycling to school.',
        'Departments should prefer a licence that prevents proprietary re-use.',
        // a vague source over a recommendation, or over a cited claim
        'Critics argue that the council should raise the levy.',
        'Some experts say the scheme failed [@nao2023].',
        // a source named in the sentence
        'As reported last week in the Financial Times, rents in the capital rose sharply.',
      ],
    },
  },
  narrow: (hit, start, end) => narrowClaim(hit, start, end),
  claimResting(ctx, on, onClass) {
    if (ctx.tokens.length < 3 || ctx.endsWithQuestion() || isNormative(ctx) || writerStance(ctx) !== undefined) return undefined;
    // The claim is the sentence's words outside the source's or the guess's own, which say whose claim it is.
    const { tokens } = ctx;
    const first = tokens[0].start;
    const last = tokens[tokens.length - 1].end;
    let start = first;
    let end = last;
    if (on.start <= first && on.end < last) {
      let k = tokens.findIndex((t) => t.start >= on.end);
      // "Critics argue that …", "Diplomats say privately that …": the claim follows "that"
      if (ctx.word(k + 1) === 'that' && (ctx.lexTag(k) === 'Adverb' || ctx.word(k).endsWith('ly') || TELLING.has(ctx.word(k - 1)))) k++;
      if (ctx.word(k) === 'that' && k + 1 < tokens.length) k++;
      start = tokens[k].start;
    } else if (on.end >= last && on.start > first) end = [...tokens].reverse().find((t) => t.end <= on.start)!.end;
    const kind = onClass === 'speculative' ? 'guessed' : 'unsourced';
    const feature: ClaimFeature = { kind, start, end, text: ctx.text.slice(start, end), level: 'standard' };
    const hit = sentenceClaim(ctx, [feature]);
    if (on.cap) hit.cap = on.cap;
    // (the guess rests on a body's own act, where the document speaks for it: see Hit.actOf)
    if (on.actOf) hit.actOf = on.actOf;
    return hit;
  },
  check(ctx) {
    // A sentence without a claim feature has nothing to weigh: no other question to ask
    // (analyze.ts reads every sentence's features anyway; findClaimFeatures keeps them for it).
    const all = findClaimFeatures(ctx);
    if (all.length === 0) return [];
    if (
      ctx.tokens.length < 3 ||
      ctx.endsWithQuestion() ||
      isNormative(ctx) ||
      opensWithCourtesy(ctx) ||
      asksIndirectly(ctx) ||
      listsAQuestion(ctx)
    )
      return [];
    if (statesAnAim(ctx) || namesOwnGoal(ctx) || disclaimsAProposal(ctx) || quotesASaying(ctx)) return [];
    // "This leads to $c + t_x/2$ correct selections out of $c + d + t_x$ choices": a step of the writer's own derivation.
    if (holdsTexMath(ctx.text)) return [];
    // "If the base does not respond, a lower rate always reduces revenue": a claim under a condition is reasoning, asserted
    // of no actual case ("if anything" is no condition); a figure under one ("…, households pay 12% more") still needs its source.
    const conditional = (ctx.word(0) === 'if' || ctx.word(0) === 'unless') && ctx.word(1) !== 'anything';
    if (findHedges(ctx).length > 0) return []; // the writer already signals uncertainty: hedge rules speak
    // An instruction, the document describing itself, the writer's own method or result; the writer's side's own act
    // ("My budget includes …") keeps only a ranking it makes of the world ("the largest increase in two decades").
    const ownStance = writerStance(ctx);
    if (ownStance !== undefined && ownStance !== 'own-act') return [];
    const hypothesis = hypothesisStart(ctx); // features from the clause of a hypothetical "would" on are projections
    // Features without a level (past actions, stance) only inform classify's `claim`; under
    // the speaker's stance ("we will", "I think") only a measured figure is a claim, as in classify.
    let stance = false;
    let plan = false;
    for (let i = 0; i < all.length; i++)
      if (all[i].kind === 'stance') {
        stance = true;
        if (PLAN_STANCE.test(all[i].text)) plan = true;
      }
    // The features that count, in order of appearance (in the cold run most code runs
    // unoptimised: no callback or intermediate array per sentence).
    const counted: ClaimFeature[] = [];
    for (let i = 0; i < all.length; i++) {
      const f = all[i];
      if (f.level === undefined || (stance && (plan || !(f.kind === 'figure' && f.level !== 'strict')))) continue;
      if (ownStance === 'own-act' && !RANKING_KINDS.has(f.kind)) continue;
      if (hypothesis >= 0 && f.start >= hypothesis) continue;
      if (conditional && f.kind !== 'figure' && f.kind !== 'statistic') continue;
      counted.push(f);
    }
    // Nothing else to weigh: a past act of someone else ("They moved to encrypted apps") is a claim where the document
    // narrates what named actors did (Hit.narrative; the pipeline decides), never under the speaker's stance.
    // A speaker's words reported ("X replied that …", "he twittered:") are attributed, not the writer's claim.
    let narrative = false;
    if (counted.length === 0 && !stance && ownStance === undefined && !ctx.text.trimEnd().endsWith(':')) {
      for (let i = 0; i < all.length; i++) {
        const f = all[i];
        if (f.kind !== 'event' || (hypothesis >= 0 && f.start >= hypothesis) || conditional || SAYING.has(f.text.toLowerCase())) continue;
        if (actsForTheWriter(ctx, f.start)) continue; // "We ratified the treaty": the writer's side's own act, first-hand
        // (a document that speaks for a public body never narrates: the acts it tells are its own record; see assemble)
        counted.push({ ...f, level: 'standard' });
      }
      narrative = counted.length > 0;
    }
    if (counted.length === 0) return [];
    const hit = sentenceClaim(ctx, counted);
    if (narrative) hit.narrative = true;
    // "You could be fined up to £2,500 if you fish without one", "You'll get £81.90 a week": what a scheme pays, charges or
    // fines its reader; in a document that instructs its reader they are the rules it sets (the pipeline decides). "You'll
    // save 30% of your time" stays a claim.
    if (!narrative && addressesTheReader(ctx) && SCHEME_TERMS.test(ctx.text) && counted.every((f) => f.kind === 'figure'))
      hit.circumstantial = true;
    // "A 1-day licence costs £6.60", "The fee is £35": in guidance, the price of what the scheme sells is a rule it sets
    // (the pipeline decides); "A new home costs £290,000 on average" in an argument stays a claim.
    if (!narrative && SETS_A_PRICE.test(ctx.text) && counted.every((f) => f.kind === 'figure')) hit.circumstantial = true;
    // "Raw data are never edited", "Changes are always applied to the main branch", "The concept DOI always points to the
    // latest version": in a document that instructs its reader, what is always or never done is its practice or its
    // rule (the pipeline decides); "Reforms like this always fail" elsewhere stays a claim.
    if (!narrative && counted.every((f) => statesAPractice(ctx, f))) hit.circumstantial = true;
    // Every fact it rests on is the act of a body named by its title: the pipeline drops it where the document speaks for that body.
    const body = counted[0].actOf;
    if (body !== undefined && counted.every((f) => f.actOf === body)) hit.actOf = body;
    else {
      const named = namedBodysOwnAct(ctx, hit.level);
      // ("Our country has welcomed 6,000 refugees": the writer's side, whatever the document)
      if (named === '') return [];
      if (named !== undefined) hit.actOf = named;
    }
    return [hit];
  },
};

/**
 * The sentence's subject names a body ("Ireland has more than doubled its aid since 2019, to 1.4 billion euro", "Since
 * 2022, the Bank of Canada has raised its rate by 475 basis points") and the sentence, said by that body as "we", would
 * tell its own act, first-hand, and no claim: the body's key, for the pipeline to match against the bodies the document
 * speaks for (Hit.actOf), or '' where the subject is the writer's own country ("our country has welcomed …"). The
 * sentence is weighed again as "we" would say it, so that one reading of an act serves both.
 */
function namedBodysOwnAct(ctx: SentenceContext, level: ClaimStrictness | undefined): string | undefined {
  const subject = bodySubject(ctx);
  if (subject === undefined) return undefined;
  const asWe = unsupportedClaim.check(new SentenceContext(spokenAsWe(ctx, subject)));
  // (what "we" would still claim only at a stricter setting, a date, the act does not claim at this one)
  const stricter = (h: Hit) => STRICTNESS_ORDER.indexOf(h.level!) > STRICTNESS_ORDER.indexOf(level ?? 'strict');
  return asWe.every(stricter) ? subject.key : undefined;
}

/** An absolute "always" or "never" on a present verb: "are never edited", "is always applied", "always points". */
function statesAPractice(ctx: SentenceContext, f: ClaimFeature): boolean {
  if (f.kind !== 'absolute') return false;
  const at = ctx.tokens.findIndex((t) => t.start === f.start);
  const word = ctx.word(at);
  if ((word !== 'always' && word !== 'never') || at < 1) return false;
  const next = ctx.word(at + 1);
  if (/^(is|are)$/.test(ctx.word(at - 1))) return /(?:ed|en|wn)$/.test(next);
  return ctx.lexTag(at + 1) === 'PresentTense' || (next.endsWith('s') && ctx.lexTag(at + 1) === 'Plural');
}

/** A price stated: "costs £6.60", "The fee for a junior licence is £5", "the charge is $20". */
const SETS_A_PRICE =
  /\b(?:costs?|(?:fee|fees|charge|charges|price)\b[^.;]{0,40}?\s(?:is|are|will be))\s+(?:[£$€]\s?\d|\d[\d,.]*\s?(?:pounds|dollars|euros))/i;

/** What a scheme does to its reader: pays, charges, taxes or fines. */
const SCHEME_TERMS = /\b(?:get|receive|pay|paid|fined|charged|owe|claim|taxed|refunded|entitled to)\b/i;

/** The sentence's main clause has the reader for its subject: "You could be fined …", "If you move, you must tell us …". */
function addressesTheReader(ctx: SentenceContext): boolean {
  if (/^you(?:'ll|’ll)?$/.test(ctx.word(0))) return true;
  if (!/^(if|when|unless|once|until)$/.test(ctx.word(0))) return false;
  for (let k = 2; k < ctx.tokens.length; k++) if (ctx.gapBefore(k).includes(',')) return /^you(?:'ll|’ll)?$/.test(ctx.word(k));
  return false;
}

/** The clause of the act at `start` has the writer, or the writer's side, for its subject: "we", "our government", "my country". */
function actsForTheWriter(ctx: SentenceContext, start: number): boolean {
  let verb = 0;
  while (verb < ctx.tokens.length && ctx.tokens[verb].start < start) verb++;
  for (let k = ctx.clauseStart(verb); k < verb; k++) if (/^(we|our|my|i|us)$/.test(ctx.word(k))) return true;
  return false;
}

/** Past verbs of saying: an act of speech reported attributes its words to the speaker. */
const SAYING = new Set([
  'said',
  'wrote',
  'replied',
  'told',
  'tweeted',
  'twittered',
  'posted',
  'argued',
  'stated',
  'added',
  'explained',
  'noted',
  'commented',
  'asked',
  'answered',
  'responded',
  'announced',
  'declared',
  'claimed',
  'warned',
  'insisted',
  'blogged',
  'wondered',
]);

/** "Some will ask what a country of ninety thousand people can contribute": a question put in other words, asserting nothing. */
function asksIndirectly(ctx: SentenceContext): boolean {
  for (let i = 0; i + 1 < ctx.tokens.length; i++)
    if (
      /^(ask|asks|asked|asking|wonder|wonders|wondered)$/.test(ctx.word(i)) &&
      /^(what|whether|how|why|if|who|which)$/.test(ctx.word(i + 1))
    )
      return true;
  return false;
}

/**
 * "- whether staffing levels on the ward contributed to lapses in hygiene;", "whether expectations keep falling.": a
 * question listed in other words (an inquiry's terms, what to watch), asserting nothing. Only an item that goes on from
 * its lead-in (in lower case) or a fragment (no sentence end): "Whether you can buy depends less on what you earn than
 * on …" asserts its main clause, and "whether or not" concedes.
 */
function listsAQuestion(ctx: SentenceContext): boolean {
  if (ctx.word(0) !== 'whether' || ctx.word(1) === 'or') return false;
  const opening = ctx.text.slice(ctx.tokens[0].start, ctx.tokens[0].end);
  return opening === 'whether' || !/[.!?]["'”’)\]]*$/.test(ctx.text.trimEnd());
}

/** "First, to keep our economy growing;", "- to open for all Americans the opportunity …": an aim listed, with no verb of its own. */
function statesAnAim(ctx: SentenceContext): boolean {
  let k = 0;
  while (k < 3 && /^(first|second|third|fourth|finally|and|then|also)$/.test(ctx.word(k))) k++;
  if (ctx.word(k) !== 'to' || ctx.lexTag(k + 1) !== 'Infinitive') return false;
  // no verb of its own after it either ("To meet the emergency, the banks set up …" asserts its main clause), but one in
  // a relative clause ("the opportunity that is now enjoyed by most") describes a noun
  for (let j = k + 2; j < ctx.tokens.length; j++) {
    // ("To meet the emergency, the banks set up …": a comma, then a main clause)
    if (ctx.gapBefore(j).includes(',') && ctx.tokens.length - j >= 3) return false;
    if (!/^(PresentTense|PastTense|Copula|Modal)$/.test(ctx.lexTag(j) ?? '') && !/^(has|have|had|is|are|was|were)$/.test(ctx.word(j)))
      continue;
    if (!/^(that|which|who|whom|whose)$/.test(ctx.word(j - 1)) && !/^(that|which|who)$/.test(ctx.word(j - 2))) return false;
  }
  return true;
}

/**
 * "Our goal, our objective is to raise it to ninety billion dollars", "The first of these jobs is to move ahead on the
 * defense program": the writer's side's goal or task, named, whatever figure it sets.
 */
function namesOwnGoal(ctx: SentenceContext): boolean {
  const first = ctx.word(0);
  if (first !== 'our' && first !== 'my' && first !== 'the') return false;
  let k = 1;
  const ordered = first === 'the' && /^(first|second|third|next|last|main|chief|only)$/.test(ctx.word(k));
  if (ordered) k++;
  if (ordered && ctx.word(k) === 'of' && /^(these|those|our|the)$/.test(ctx.word(k + 1))) k += 2;
  // ("The goal of the 2015 reform was to …" reports someone else's aim: only the writer's, or a task she lists)
  if (!GOALS.has(ctx.word(k)) || (first === 'the' && !ordered)) return false;
  for (let j = k + 1; j < Math.min(ctx.tokens.length - 1, k + 8); j++)
    if ((ctx.word(j) === 'is' || ctx.word(j) === 'are') && ctx.word(j + 1) === 'to') return true;
  return false;
}
const GOALS = contextWords.goalNouns;

/**
 * "No reasonable person seeks a complete uniformity in wages", "No one contemplates commercial aloofness", "Nobody is
 * suggesting that we abolish the service": the writer setting her proposal apart from what no one proposes, no finding.
 */
function disclaimsAProposal(ctx: SentenceContext): boolean {
  let k = 0;
  if (ctx.word(0) === 'no' && (ctx.word(1) === 'one' || PROPOSERS.has(ctx.word(1)))) k = 2;
  else if (ctx.word(0) === 'no' && /^(reasonable|sensible|serious|responsible)$/.test(ctx.word(1)) && PROPOSERS.has(ctx.word(2))) k = 3;
  else if (ctx.word(0) === 'nobody' || ctx.word(0) === 'none') k = 1;
  else return false;
  if (ctx.word(k) === 'is' || ctx.word(k) === 'here') k++;
  return DISCLAIMED.has(ctx.word(k));
}
const PROPOSERS = new Set(['one', 'person', 'man', 'woman', 'citizen', 'member', 'government']);
const DISCLAIMED = contextWords.disclaimedVerbs;

/** What a writer's own act may still claim of the world: a comparison or ranking ("the largest increase in two decades"). */
const RANKING_KINDS: ReadonlySet<string> = new Set(['comparison']);

/** The claim hit over the whole sentence, resting on these features, with what it says filled in. */
/** The writer's plan or promise: "we will", "we'll", "we are going to", "I intend to". */
const PLAN_STANCE = /\b(will|'ll|shall|going to|plan to|aim to|intend to)\b/i;

/** How often, without a share: "often", "usually". */
const FREQUENCY_ADVERBS = new Set(['often', 'frequently', 'typically', 'usually', 'commonly', 'routinely']);

function sentenceClaim(ctx: SentenceContext, features: ClaimFeature[]): Hit {
  const hit: Hit = {
    start: ctx.tokens[0].start,
    end: ctx.tokens[ctx.tokens.length - 1].end,
    messageId: 'claim',
    category: '',
    reason: '',
    alternatives: [],
    fixes: ['cite'],
    features,
  };
  describeClaim(hit, features);
  return hit;
}

/**
 * Fills in what the hit says from the features it rests on: the least strict level at which it
 * counts, the kinds in order of appearance, the reason, and the note and alternatives of the
 * first kind that has a group.
 */
function describeClaim(hit: Hit, features: readonly ClaimFeature[]): void {
  let level: ClaimStrictness | undefined;
  const kinds: string[] = [];
  const reasons: string[] = [];
  let group: (typeof claimGroupFor)[keyof typeof claimGroupFor] | undefined;
  let measured = false;
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    if (level === undefined || STRICTNESS_ORDER.indexOf(f.level!) < STRICTNESS_ORDER.indexOf(level)) level = f.level;
    // a measurement: what a document of its own analysis (its tables, model, survey) answers itself (analyze.ts)
    if (f.kind === 'figure' || f.kind === 'trend' || f.kind === 'comparison') measured = true;
    const label = KIND_LABEL[f.kind];
    if (!kinds.includes(label)) kinds.push(label);
    reasons.push(`${label} ("${f.text}")`);
    if (group === undefined && f.kind in claimGroupFor) group = claimGroupFor[f.kind as keyof typeof claimGroupFor];
  }
  // A claim that rests only on a frequency adverb ("Reviews are usually quick", "Plans are often copied from templates")
  // is right about half the time on the documents we can read: mostly the writer's experience or a commonplace. It
  // counts from the strict setting, like a bare count; a share ("the majority of", "very few") or a ranking still counts.
  hit.level = features.every((f) => f.kind === 'prevalence' && FREQUENCY_ADVERBS.has(f.text.toLowerCase())) ? 'strict' : level;
  hit.data = { kinds: kinds.join(', '), measured: measured ? 'yes' : 'no' };
  hit.category = withoutArticle(kinds[0]);
  const narrated = features.some((f) => f.kind === 'event')
    ? ' The document tells what named actors did, so an act it reports is a claim a reader wants sourced.'
    : '';
  hit.reason = `It states ${reasons.join(', ')}, and neither the sentence nor its paragraph gives a citation, footnote, link or named source.${group ? ' ' + group.note : ''}${narrated}`;
  hit.alternatives = ['add a citation', 'name the source: "according to <source>, ..."', ...(group?.alternatives ?? [])];
}

/**
 * The claim hit narrowed to [start, end): the words of a source or stance frame around it
 * ("Critics argue that …", "…, it is believed") are another finding's, so the claim keeps the
 * claim. What it says is read again from the features inside; false when none is left (the
 * frame's own words were the whole claim: "Most economists agree that …"), and the hit is unchanged.
 */
export function narrowClaim(hit: Hit, start: number, end: number): boolean {
  const inside = (hit.features ?? []).filter((f) => f.start >= start && f.end <= end);
  if (inside.length === 0) return false;
  hit.start = start;
  hit.end = end;
  hit.features = inside;
  describeClaim(hit, inside);
  return true;
}
