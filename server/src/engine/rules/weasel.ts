// weasel: vague or collective sources — "some experts say", "critics argue", "studies show",
// "Russian sources", "observers reported". Silent once the source is named or cited.
import { cueBit, type SentenceContext } from '../context';
import { namesSource } from '../evidence';
import { sources, contextWords } from '../lexicon';
import type { Hit, Rule } from './rule';
import { startsWithDigit } from '../text-shape';

const VERB_ONLY_HEADS = contextWords.verbOnlyHeads;
const INHERENTLY_VAGUE = contextWords.inherentlyVague;
/** Prepositions after which a name makes the group identifiable: "experts at the IMF". */
const NAMING_PREPOSITIONS = new Set(['at', 'from', 'of', 'with', 'in', 'for', 'by']);
/** Quantifiers that make a subject an unspecified group: "Many cities have ...", "Some of its methods". */
const GROUP_QUANTIFIERS = new Set(['some', 'many', 'several', 'numerous']);
/** Words a vague-source phrase can start with; every other word is skipped at once. */
const STARTERS = new Set([
  'according',
  ...sources.vagueHeads,
  ...sources.vagueAdjectives,
  ...GROUP_QUANTIFIERS,
  'most',
  ...sources.quantifierStarts,
  ...sources.demonymStarts,
]);
/** Superlatives of taste that rank in "one of the best", "one of its finest". */
const TASTE_SUPERLATIVES = new Set(['best', 'greatest', 'finest']);
/** Verbs of receiving before a verdict: "received acclaim", "drew criticism". */
const RECEIVING = new Set(['received', 'receives', 'receive', 'receiving', 'garnered', 'garners', 'attracted', 'attracts', 'drew', 'draws', 'drawn', 'earned', 'earns', 'won', 'wins', 'met', 'meets', 'faced', 'faces', 'sparked', 'sparks', 'generated', 'generates']);

/** Words that start first-person hearsay: "I was told that", "we have heard that", "after asking around". */
const FIRST_PERSON_STARTS = ['i', 'we', 'asking'];
/** Words that start unnamed expertise: "expert advice", "scientific consensus". */
const EXPERTISE_STARTS = sources.unnamedExpertise.firstWords();
/** "local legend", "popular tradition", "oral history". */
const FOLK_MODIFIERS = new Set(['local', 'popular', 'oral', 'family', 'village']);

/**
 * Every word at which check() can start a finding: a public-opinion phrase, a folklore cue, "there" (hearsay),
 * a verb of receiving, a superlative of taste, "most", a starter. Registered as a cue list so that the loop
 * passes every other word with one array read (its tests at every word were the larger cost before the JIT).
 * "-based" words start a phrase too; they are no word list and keep their own test.
 */
const WEASEL_STARTS = cueBit([...EXPERTISE_STARTS, ...FIRST_PERSON_STARTS, ...sources.publicOpinion.firstWords(), 'according', ...FOLK_MODIFIERS, ...sources.folklore, 'there', ...RECEIVING, ...TASTE_SUPERLATIVES, 'most', ...STARTERS]);
/** Words that start a phrase other than as the first word of a quantifier. */
const STARTS_OTHERWISE = new Set([...sources.publicOpinion.firstWords(), 'according', 'there', 'most', ...FOLK_MODIFIERS, ...sources.folklore, ...RECEIVING, ...TASTE_SUPERLATIVES, ...sources.vagueHeads, ...sources.vagueAdjectives, ...GROUP_QUANTIFIERS, ...sources.demonyms.firstWords(), ...sources.demonymStarts]);
/**
 * Starters that start a phrase only as the first word of a quantifier ("the majority of", "a number of", "various"):
 * vagueNounPhrase and vagueQuantifier find nothing at them unless a quantifier matches there.
 * "the" and "a" are most of the starters met: one match attempt passes them, not the two scans.
 */
const QUANTIFIER_ONLY_STARTS = new Set([...sources.quantifierStarts].filter((w) => !STARTS_OTHERWISE.has(w) && !w.endsWith('-based')));
/** Hyphenated descriptors that modify a source without naming it: "Vladivostok-based", "high-level", "well-placed". */
const DESCRIPTOR_ENDINGS = new Set(['based', 'level', 'ranking', 'placed', 'informed']);
function isHyphenatedDescriptor(word: string): boolean {
  const dash = word.lastIndexOf('-'); // none of the endings holds a hyphen: the last one is the one before the ending
  return dash !== -1 && DESCRIPTOR_ENDINGS.has(word.slice(dash + 1));
}
/** Words after a source noun that lead to its verb: "sources close to the government said", "officials familiar with the talks say". */
const PROXIMITY_WORDS = new Set(['close', 'familiar', 'near', 'inside', 'within', 'involved']);
/** The determiners and possessives before a ranking: "one of the best", "his most famous". */
const RANKING_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our']);

export const weasel: Rule = {
  meta: {
    id: 'weasel',
    title: 'Vague source',
    description: 'Claims credited to people or studies the reader cannot identify or check: "some experts say", "critics argue", "studies show", "Russian sources", "observers reported".',
    defaultSeverity: 'warning',
    silencedByEvidence: true,
    silencedByAttribution: false,
    policy: { sentenceClass: 'vague-source', marksUncertain: true, framesClaims: 'saying', plural: 'vague sources' },
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
  cueWords: [...EXPERTISE_STARTS, ...FIRST_PERSON_STARTS, ...STARTERS, ...sources.publicOpinion.firstWords(), ...sources.folklore, ...sources.hearsay, ...TASTE_SUPERLATIVES, ...RECEIVING],
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
      if (QUANTIFIER_ONLY_STARTS.has(w) && !sources.quantifiers.matchAt(t, i)) continue;
      // "contrary to popular belief", "conventional wisdom holds": opinion credited to everyone and no one.
      const opinion = sources.publicOpinion.has(w) ? sources.publicOpinion.matchAt(t, i) : undefined;
      if (opinion && !covered(hits, t[i].start)) {
        const cue = ctx.text.slice(t[i].start, t[opinion.end - 1].end);
        const found: Hit = { ...hit(ctx, i, opinion.end, 'unnamed collective source', ''), alternatives: opinion.value.alternatives ?? [], reason: `"${cue}" credits a belief to the public at large, and names nobody who holds it. ${opinion.value.note}` };
        // "Contrary to popular belief", "conventional wisdom holds": the claim leans on the opinion. "to sway public opinion",
        // "public perceptions of the filter": the opinion is the topic, and leans on nobody: a hint, shown only when thorough.
        hits.push(opinionAsSource(ctx, i, opinion.end) ? found : { ...found, cap: 'hint' });
        i = opinion.end - 1;
        continue;
      }
      // "legend has it", "tradition claims", "according to local folklore": a story with no teller.
      // folkloreAt starts from "according", a folk modifier or a folklore noun: tested here, not by a call per word.
      const folk = (w === 'according' || FOLK_MODIFIERS.has(w) || sources.folklore.has(w)) && !covered(hits, t[i].start) ? folkloreAt(ctx, i) : undefined;
      if (folk) {
        const cue = ctx.text.slice(t[i].start, t[folk - 1].end);
        hits.push({ ...hit(ctx, i, folk, 'unnamed collective source', ''), alternatives: sources.folkloreGroup.alternatives ?? [], reason: `"${cue}" credits a story to legend or rumour, and names nobody who tells it. ${sources.folkloreGroup.note}` });
        i = folk - 1;
        continue;
      }
      // "expert advice", "the scientific consensus": expertise with no expert named.
      const expertise = sources.unnamedExpertise.has(w) && !covered(hits, t[i].start) ? expertiseAt(ctx, i) : undefined;
      if (expertise) {
        const cue = ctx.text.slice(t[i].start, t[expertise - 1].end);
        hits.push({ ...hit(ctx, i, expertise, 'unnamed expertise', ''), alternatives: sources.unnamedExpertiseGroup.alternatives ?? [], reason: `"${cue}" credits expertise to no one in particular. ${sources.unnamedExpertiseGroup.note}` });
        i = expertise - 1;
        continue;
      }
      // "I was told that", "we have heard that", "after asking around": the writer's informant, unnamed.
      const informant = (w === 'i' || w === 'we' || w === 'asking') && !covered(hits, t[i].start) ? firstPersonHearsayAt(ctx, i) : undefined;
      if (informant) {
        const cue = ctx.text.slice(t[i].start, t[informant - 1].end);
        hits.push({ ...hit(ctx, i, informant, 'hearsay without a source', ''), alternatives: sources.firstPersonHearsayGroup.alternatives ?? [], reason: `"${cue}" rests the claim on what the writer was told, and names nobody who told it. ${sources.firstPersonHearsayGroup.note}` });
        i = informant - 1;
        continue;
      }
      // "there are reports that", "there has been speculation about": hearsay with nobody telling it.
      const told = w === 'there' && !covered(hits, t[i].start) ? hearsayAt(ctx, i) : undefined;
      if (told) {
        const cue = ctx.text.slice(t[i].start, t[told - 1].end);
        const evidence = sources.unnamedEvidence.has(ctx.word(told - 1));
        const group = evidence ? sources.unnamedEvidenceGroup : sources.hearsayGroup;
        hits.push({ ...hit(ctx, i, told, evidence ? 'evidence without a source' : 'hearsay without a source', ''), alternatives: group.alternatives ?? [], reason: evidence ? `"${cue}" points to evidence, and names no one who found it. ${group.note}` : `"${cue}" passes on what unnamed people say, and names nobody who says it. ${group.note}` });
        i = told - 1;
        continue;
      }
      // "received widespread acclaim", "drew criticism": a verdict with no one giving it.
      const verdict = RECEIVING.has(w) && !covered(hits, t[i].start) ? receptionAt(ctx, i) : undefined;
      if (verdict) {
        const cue = ctx.text.slice(t[i].start, t[verdict - 1].end);
        hits.push({ ...hit(ctx, i, verdict, 'reception without a source', ''), cap: 'hint', fixes: ['cite'], reason: `"${cue}" reports a verdict, and names no one who gave it. ${sources.receptionGroup.note}`, alternatives: sources.receptionGroup.alternatives ?? [] });
        i = verdict - 1;
        continue;
      }
      // "the most influential", "one of the most important", "his most famous": a ranking credited to no one.
      // "one of the best", "one of its finest": a superlative of taste in a ranking, with no one credited.
      // "one of the best understood pathways" grades knowledge, not taste; "ranked one of the best by Ofsted" names the ranker.
      const tasteRank = TASTE_SUPERLATIVES.has(w) && ctx.word(i - 3) === 'one' && ctx.word(i - 2) === 'of' && RANKING_DETERMINERS.has(ctx.word(i - 1)) && !/^-/.test(ctx.gapBefore(i + 1)) && !/(ed|en|wn)$|^(understood|known|kept|run|held|paid|made|built|taught|sold|loved)$/.test(ctx.word(i + 1)) && !rankerNamed(ctx, i + 1) && !covered(hits, t[i].start);
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
        if (np) hits.push(hit(ctx, i, np.headEnd, 'according to an unnamed source', `"according to" introduces ${describe(ctx, np)}, which the reader cannot check.`));
        continue;
      }
      const np = vagueNounPhrase(ctx, i, false);
      if (!np) {
        const q = vagueQuantifier(ctx, i);
        if (q) {
          hits.push(quantifierHit(ctx, i, q));
          i = q - 1;
        }
        continue;
      }
      let verbAt = np.headEnd + skipAdverbs(ctx, np.headEnd);
      // "sources close to the government said", "officials familiar with the talks say"
      if (PROXIMITY_WORDS.has(ctx.word(verbAt))) for (let k = verbAt + 1; k < Math.min(t.length, verbAt + 6); k++) if (sources.reportingVerbs.matchAt(t, k)) { verbAt = k; break; }
      const head = ctx.word(np.headEnd - 1);
      // "evidence does not support", "statistics underscore": a document or data source vouching through an evidential verb.
      if (DOCUMENT_HEADS.has(head) && /^(do|does|did)$/.test(ctx.word(verbAt)) && ctx.word(verbAt + 1) === 'not') verbAt += 2;
      const verbMatch = sources.anyAttributionVerb.matchAt(t, verbAt) ?? (DOCUMENT_HEADS.has(head) ? evidentialVerbAt(ctx, np.start, verbAt) : undefined);
      // A singular head takes no bare verb: in "an official state visit" "state" is a noun, not what the official does.
      // "Funding agencies acknowledge the importance of ...", "officials published the figures": an act on an object, not a claim vouched for.
      const verbWord = verbMatch ? ctx.word(verbMatch.end - 1) : '';
      const onObject = verbMatch !== undefined && ctx.word(verbMatch.end) !== 'that' && (ctx.isDeterminer(verbMatch.end) || ctx.isName(verbMatch.end) || /^(their|its|his|her|our|your)$/.test(ctx.word(verbMatch.end)));
      // "some others suggested Casablanca", "some proposed a later date": people putting forward an option, not vouching for a claim.
      const proposes = verbMatch !== undefined && PROPOSING.test(verbWord) && !DOCUMENT_HEADS.has(head) && !/^(that|it|this|there)$/.test(ctx.word(verbMatch.end)) && !ctx.isSubjectPronoun(verbMatch.end) && !ctx.breakBefore(verbMatch.end) && verbMatch.end < t.length;
      const actsOnObject = proposes || (onObject && (ACTS_ON_OBJECT.test(verbWord) || (PERSON_ACTS_ON_OBJECT.test(verbWord) && !DOCUMENT_HEADS.has(head))));
      // "analysts may find it useful", "researchers will report": a modal before a verb other than arguing or believing is advice or a plan.
      const modalAhead = verbAt > np.headEnd && ACTING_OR_PLANNING.test(ctx.word(verbAt - 1)) && !SAYING_AFTER_MODAL.test(ctx.word(verbAt));
      const verb = verbMatch && !actsOnObject && !modalAhead && !(verbAt === np.headEnd && !head.endsWith('s') && SINGULAR_HEADS.has(head) && /^(say|report|claim|argue|suggest|show|find|indicate|estimate|warn|note|state|conclude|confirm|announce|contend|maintain|insist|assert|believe|think|fear|expect|agree|feel|worry|suspect|doubt|hope)$/.test(ctx.word(verbAt))) ? verbMatch : undefined;
      const qualified = np.hasQuantifier || np.hasVagueModifier || INHERENTLY_VAGUE.has(head);
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
      if (!verb && !np.hasQuantifier && !np.hasVagueModifier && !/^(from|by|among|amongst)$/.test(ctx.word(np.start - 1)) && governedBefore(ctx, np.start)) {
        i = np.headEnd - 1;
        continue;
      }
      // "seven collected the data themselves from various sources": where data was gathered from, not who vouches for a claim.
      if (!verb && ctx.word(np.start - 1) === 'from' && gatheredBefore(ctx, np.start - 1)) {
        i = np.headEnd - 1;
        continue;
      }
      const end = verb ? verb.end : np.headEnd;
      const found = hit(ctx, np.start, end, verb ? 'unnamed source with a reporting verb' : 'unnamed collective source', `${describe(ctx, np)}${verb ? `, and "${ctx.text.slice(ctx.tokens[verbAt].start, ctx.tokens[verb.end - 1].end)}" hangs the claim on it` : ''}: the reader cannot tell who, or check it.`);
      // With no verb of saying, believing or showing, a group that only acts ("independent analysts can evaluate the plan")
      // or is only counted ("some scientists in the long tail will have the interest") vouches for no claim: a hint,
      // shown only when thorough. A camp ("Critics have long opposed it"), a source described but not named ("Russian
      // sources", "senior officials") and a verdict received from the group ("a cool response from critics") still lean on it.
      // Without a verb, only a noun that is a source by nature ("Russian sources", "recent studies") or a camp ("Critics")
      // leans on the unnamed; "Western diplomats met the envoy", "installed by government engineers" name actors.
      const received = /^(from|among|amongst)$/.test(ctx.word(np.start - 1)) || (ctx.word(np.start - 1) === 'by' && JUDGED_BY.test(ctx.word(np.start - 2)));
      // "Most studies of the tax focus on the US", "several surveys use panel data": the literature described, not leaned on.
      const described = !verb && SOURCES_BY_NATURE.has(head) && researchActivityAhead(ctx, np.headEnd);
      const acts = !verb && !received && (described || ACTING_MODALS.has(ctx.word(np.headEnd)) || !(INHERENTLY_VAGUE.has(head) || SOURCES_BY_NATURE.has(head)));
      hits.push(acts ? { ...found, cap: 'hint' } : found);
      i = end - 1;
    }
    return hits;
  },
};

/** Verbs that, with a direct object, report an act rather than vouch for a claim: "acknowledge the importance", "published the data". */
const ACTS_ON_OBJECT = /^(acknowledge[sd]?|recogni[sz]e[sd]?|publish(es|ed)?|record(s|ed)?|describe[sd]?|announce[sd]?)$/;
/** With a person as the source, reporting a thing is doing research, not vouching for a claim: "researchers report their results". */
const PERSON_ACTS_ON_OBJECT = /^(report(s|ed)?|present(s|ed)?|document(s|ed)?|share[sd]?|disclose[sd]?|submit(s|ted)?|release[sd]?|state[sd]?|write|writes|wrote|note[sd]?|estimate[sd]?)$/;
/** Verbs of putting forward an option: with an object rather than a that-clause, people propose; they vouch for nothing. */
const PROPOSING = /^(suggest|suggests|suggested|propose|proposes|proposed|recommend|recommends|recommended)$/;
/** Documents and data, which vouch for what they report: "studies report the effect" stays a vague source. */
const DOCUMENT_HEADS = new Set(['studies', 'study', 'reports', 'report', 'surveys', 'polls', 'research', 'evidence', 'data', 'figures', 'statistics', 'estimates', 'assessments', 'accounts', 'sources', 'source', 'media']);
/** After a modal, only a verb of arguing or believing makes a source: "some would argue"; "analysts may find it useful" is advice. */
const SAYING_AFTER_MODAL = /^(argue|say|claim|contend|suggest|insist|maintain|agree|disagree|object|counter|question|dispute|note|observe|warn|believe|think|feel|expect|point)$/;
/** Verbs of gathering before "from": "collected the data from various sources", "drawn from several surveys". */
const GATHERING = /^(collect|collects|collected|collecting|gather|gathers|gathered|gathering|compile|compiles|compiled|compiling|draw|draws|drew|drawn|drawing|obtain|obtains|obtained|obtaining|source|sourced|acquire|acquired|pull|pulled|combine|combined|merge|merged|aggregate|aggregated|take|taken|took|derive|derived|extract|extracted|download|downloaded|scrape|scraped)$/;
/** A verb of gathering in the clause before `k`. */
function gatheredBefore(ctx: SentenceContext, k: number): boolean {
  for (let m = k - 1; m >= Math.max(0, k - 8); m--) {
    if (GATHERING.test(ctx.word(m))) return true;
    if (ctx.breakBefore(m) && m < k - 1 && CLAUSE_OPENERS.has(ctx.word(m))) return false;
  }
  return false;
}

/** Nouns that are sources by nature: with no verb of saying they still carry the claim ("according to Russian sources", "recent studies"). */
const SOURCES_BY_NATURE = new Set(['sources', 'source', 'reports', 'accounts', 'studies', 'surveys', 'polls', 'assessments', 'estimates']);
/** Verbs that describe what a study does rather than what it shows: "focus on", "use", "examine". */
const RESEARCH_ACTIVITY = /^(focus|focuses|focused|focussed|use|uses|used|examine|examines|examined|study|studies|studied|consider|considers|considered|analyse|analyses|analysed|analyze|analyzes|analyzed|look|looks|looked|rely|relies|relied|employ|employs|employed|assume|assumes|assumed|cover|covers|covered|draw|draws|drew|compare|compares|compared|measure|measures|measured|model|models|modelled|modeled|investigate|investigates|investigated|explore|explores|explored|address|addresses|addressed|are|is|were|was|differ|differs|differed|vary|varies|varied)$/;
/** A verb of research activity within the next six words, before a break: "studies of the tax focus on". */
function researchActivityAhead(ctx: SentenceContext, k: number): boolean {
  for (let m = k; m < Math.min(ctx.tokens.length, k + 6); m++) {
    if (m > k && ctx.breakBefore(m)) return false;
    if (RESEARCH_ACTIVITY.test(ctx.word(m))) return true;
  }
  return false;
}

/** Participles of judging or reporting before "by": "condemned by international observers" credits a verdict to them. */
const JUDGED_BY = /^(criticised|criticized|condemned|praised|questioned|disputed|reported|described|called|considered|seen|regarded|viewed|welcomed|rejected|denounced|challenged|cited|quoted|estimated|put)$/;
/** Verbs after a public-opinion phrase that make it the source: "conventional wisdom holds", "public opinion says". */
const OPINION_VERBS = /^(holds|held|says|said|suggests|suggested|has|had|is|was|tells|told|dictates|dictated|assumes|assumed|maintains|claims|believes|insists)$/;
/** Framings before a public-opinion phrase that rest a claim on it: "contrary to popular belief", "in line with conventional wisdom". */
const OPINION_FRAMES = /^(to|with|against|despite|defying|challenges|challenged|challenge|contradicts|contradict|overturns|overturn|upends)$/;

/** The public-opinion phrase at [from, to) is the source of the claim, not its topic. */
function opinionAsSource(ctx: SentenceContext, from: number, to: number): boolean {
  const next = ctx.word(to);
  // "conventional wisdom holds that", "popular belief has it", "the common view is that".
  if (!ctx.breakBefore(to) && OPINION_VERBS.test(next) && (next !== 'has' && next !== 'had' || ctx.word(to + 1) === 'it') && (next !== 'is' && next !== 'was' || ctx.word(to + 1) === 'that')) return true;
  // "contrary to popular belief", "according to conventional wisdom", "in line with the received view", "despite public perception".
  const before = ctx.word(from - 1) === 'the' ? from - 2 : from - 1;
  return OPINION_FRAMES.test(ctx.word(before)) && (ctx.word(before) !== 'to' || /^(contrary|according|opposed)$/.test(ctx.word(before - 1))) && (ctx.word(before) !== 'with' || ctx.word(before - 1) === 'line');
}

/** Single-country demonyms: their authorities or government are one identifiable body (unlike "Western", "European", "Arab"). */
const NATIONAL = /^(russian|american|chinese|korean|british|french|german|israeli|iranian|ukrainian|japanese|indian|turkish|syrian|iraqi|saudi|egyptian|polish|italian|spanish|canadian|australian|palestinian|pakistani|afghan|u\.s|us|uk|soviet)$/;
/** Modals between a group and its verb. */
const ACTING_OR_PLANNING = /^(would|might|could|may|will|can|should|must|shall)$/;
/** Modals after a group: it can, will or should act; it vouches for nothing. */
const ACTING_MODALS = new Set(['can', 'should', 'must', 'shall']);

const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'although', 'though', 'since', 'because', 'whereas', 'that', 'as', 'yet', 'however']);
/** Nouns that measure time, distance or amount, or pick an indefinite kind: "several years", "some kind of". */
const NOT_GROUPS = new Set([
  'year', 'years', 'time', 'times', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds',
  'decade', 'decades', 'centuries', 'mile', 'miles', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'km', 'feet', 'foot', 'yard', 'yards',
  'metre', 'metres', 'meter', 'meters', 'inches', 'pounds', 'dollars', 'percent', 'kind', 'kinds', 'sort', 'sorts', 'type', 'types', 'part', 'parts',
]);
/** Number words, bare or with an -s, that make a quantifier an approximate count: "some twenty firms", "some hundreds of". */
const NUMBER_WORDS = new Set(
  ['hundred', 'thousand', 'million', 'billion', 'dozen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].flatMap((word) => [word, `${word}s`]),
);
/** Words before a quantifier that make it a count or a degree, not a vague group: "how many", "as many as", "at most", "the most". */
const NOT_VAGUE_BEFORE = new Set(['how', 'as', 'so', 'too', 'the', 'a', 'at', 'its', 'his', 'her', 'their', 'our']);
/** What may follow a quantifier used as a pronoun subject: "some argue", "many have", "others would". */
const SUBJECT_VERB_TAGS = new Set(['Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Modal', 'Auxiliary', 'Copula']);
const SUBJECT_VERB_WORDS = new Set(['have', 'had', 'are', 'were', 'would', 'will', 'may', 'might', 'could', 'can', 'also', 'still', 'even', 'do', 'did', 'say', 'see', 'use']);
const CROSS_REFERENCE = /\b([Aa]nnex|[Aa]ppendix|[Tt]able|[Ff]igure|[Ff]ig\.|[Ss]ection|[Cc]hapter|[Bb]ox|[Ss]chedule|[Pp]aragraph)\s+(?:[A-Z]\b|\d)|\b(listed|set out|shown|described) below\b|\bas follows\b/;
const FINITE = new Set(['PresentTense', 'PastTense', 'Infinitive', 'Copula', 'Modal', 'Auxiliary']);
const PARENTHETICALS = new Set(['however', 'though', 'too', 'also', 'meanwhile', 'instead', 'in', 'nevertheless', 'moreover']);
/** What may follow a quantifier as a pronoun object or a group with a relative: "leading many to call", "impressed many with", "some who call". */
const PRONOUN_OBJECT_FOLLOWERS = new Set(['to', 'with', 'who', 'whom']);
/** Pronouns after "some of", "many of": the group was named before ("some of them", "many of whom"). */
const PRONOUNS_AFTER_OF = new Set(['them', 'us', 'whom', 'which']);
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** After the group: the group is listed, so it is specified. */
const LISTED_AFTER = /:|\b(including|such as|namely|e\.g\.|for example|for instance)\b/i;

/** A vague quantifier over a group ("some countries", "in many cases", "some of its members", "some argue"); the index after its noun. */
function vagueQuantifier(ctx: SentenceContext, i: number): number | undefined {
  const w = ctx.word(i);
  const opensClause = i === 0 || ctx.breakBefore(i) || CLAUSE_OPENERS.has(ctx.word(i - 1));
  // "numerous", "most" and the pronoun "others" make a vague group opening a clause ("Most scholars ...", "while others argue");
  // elsewhere "most" is mostly a superlative and "numerous" counts things.
  if (!(w === 'some' || w === 'many' || w === 'several' || (opensClause && (w === 'most' || w === 'numerous' || w === 'others')))) return undefined;
  const before = ctx.word(i - 1);
  const countOrDegree = before === 'as' ? ctx.tokens.slice(i + 1, i + 5).some((t) => t.lower === 'as') : before === 'at' ? w === 'most' : NOT_VAGUE_BEFORE.has(before);
  if (i > 0 && countOrDegree && !ctx.breakBefore(i)) return undefined;
  let v = i + 1;
  // "Others, however, claimed ...": step over a parenthetical adverb between the pronoun and its verb.
  if (ctx.breakBefore(v) && PARENTHETICALS.has(ctx.word(v)) && ctx.breakBefore(v + 1)) v += 1;
  const next = ctx.word(v);
  if (startsWithDigit(next) || NUMBER_WORDS.has(next)) return undefined; // "some 300 people": an approximate count
  // A pronoun subject: "Some argue", "many have tried", "others would disagree".
  // A plural subject takes no -s verb, so "several cycles" is a noun; "several conserved motifs" is a modifier and its noun.
  const verbAfter = (v > i + 1 || !ctx.breakBefore(v)) && (SUBJECT_VERB_WORDS.has(next) || SUBJECT_VERB_TAGS.has(ctx.lexTag(v) ?? '')) && !next.endsWith('ly');
  const nounAfter = v === i + 1 && ((endsInSingleS(next) && !SUBJECT_VERB_WORDS.has(next)) || (next.endsWith('ed') && !ctx.breakBefore(i + 2) && i + 2 < ctx.tokens.length && !ctx.isDeterminer(i + 2) && !/^(Preposition|Adverb|Conjunction|Pronoun)$/.test(ctx.lexTag(i + 2) ?? '') && !/^(that|to|by|as|in|on|at|for|with|from|about|and|or|but)$/.test(ctx.word(i + 2))));
  if (w === 'others' && (before === 'and' || before === 'or')) return undefined; // "we and others", "X, Y and others": named alongside
  // Only a clause-opening quantifier is a subject: "has some support" is a determiner and its noun.
  if (verbAfter && !nounAfter && (opensClause || /^(who|which|where|when|if|because|so|than|although|though|while|whereas|and|but|or|that)$/.test(before))) {
    return listed(ctx, i + 1) ? undefined : i + 1;
  }
  if (w === 'others') return undefined;
  // A pronoun object or a group with a relative: "leading many to call", "impressed many with", "some who call".
  if ((w === 'many' || w === 'some') && i > 0 && !ctx.breakBefore(i) && (PRONOUN_OBJECT_FOLLOWERS.has(next) || ((i + 1 >= ctx.tokens.length || ctx.breakBefore(i + 1)) && !NOT_VAGUE_BEFORE.has(before) && /^(Verb|Infinitive|PastTense|PresentTense|Preposition)$/.test(ctx.lexTag(i - 1) ?? '')))) {
    return i + 1;
  }
  let k = i + 1;
  if (ctx.word(k) === 'of') {
    k++;
    if (['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our', 'them', 'us', 'whom', 'which'].includes(ctx.word(k))) {
      if (PRONOUNS_AFTER_OF.has(ctx.word(k))) return listed(ctx, k + 1) ? undefined : k + 1;
      k++;
    }
  }
  // up to two modifiers, then a plural noun
  for (let guard = 0; guard < 3 && k < ctx.tokens.length; guard++, k++) {
    const word = ctx.word(k);
    if (startsWithDigit(word) || NOT_GROUPS.has(word)) return undefined;
    if (looksPlural(ctx, k)) {
      // Mid-clause, "several" mostly counts things ("several genes"); over people, places or sources it stays vague.
      if (w === 'several' && !(i === 0 || ctx.breakBefore(i)) && !sources.groupNouns.has(word)) return undefined;
      // "several members of the NF-kappaB family": the group is named.
      if (ctx.word(k + 1) === 'of' && (ctx.isName(k + 2) || (ctx.word(k + 2) === 'the' && ctx.isName(k + 3)))) return undefined;
      return listed(ctx, k + 1) ? undefined : k + 1;
    }
    const tag = ctx.lexTag(k);
    if (tag === 'Verb' || tag === 'Modal' || tag === 'Auxiliary' || tag === 'Copula' || tag === 'Preposition' || tag === 'Determiner') return undefined;
  }
  return undefined;
}


/** A verb of receiving at i with a reception noun within three words and no named source after it ("from the BBC"); the index after the noun. */
function receptionAt(ctx: SentenceContext, i: number): number | undefined {
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 4); k++) {
    if (ctx.breakBefore(k)) return undefined;
    if (sources.reception.has(ctx.word(k))) {
      const after = ctx.word(k + 1);
      if ((after === 'from' || after === 'by' || after === 'in') && namesSource(ctx, k + 2, Math.min(ctx.tokens.length, k + 6))) return undefined;
      return k + 1;
    }
  }
  return undefined;
}

/** An evidential verb at k with an object after it, its subject at `start` governed by no preposition: "statistics underscore the point"; not the noun of "for research data support". */
function evidentialVerbAt(ctx: SentenceContext, start: number, k: number): { end: number } | undefined {
  const m = sources.evidentialVerbs.matchAt(ctx.tokens, k);
  if (!m || m.end >= ctx.tokens.length || ctx.breakBefore(m.end)) return undefined;
  for (let b = start - 1; b >= Math.max(0, start - 3); b--) {
    if (ctx.breakBefore(b + 1)) break;
    if (ctx.lexTag(b) === 'Preposition' || /^(for|of|in|on|with|to|from|by|about)$/.test(ctx.word(b))) return undefined;
  }
  return m;
}

/** Verbs of seeking or giving before expertise: "seek expert advice", "commission expert opinion" is a recommendation or a method. */
const SEEKING = /^(seek|seeks|sought|seeking|get|gets|got|getting|obtain|obtains|obtained|take|takes|took|taking|commission|commissions|commissioned|request|requests|requested|need|needs|needed|provide|provides|provided|providing|give|gives|gave|offer|offers|offered|consult|consulted|draw|drawing|with|without|use|using)$/;

/** Unnamed expertise at i, not sought or given, and named by no source after it; the index after the phrase. */
function expertiseAt(ctx: SentenceContext, i: number): number | undefined {
  const m = sources.unnamedExpertise.matchAt(ctx.tokens, i);
  if (!m) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (SEEKING.test(ctx.word(k))) return undefined;
  if (/^(from|of|by)$/.test(ctx.word(m.end)) && namesSource(ctx, m.end + 1, Math.min(ctx.tokens.length, m.end + 6))) return undefined;
  return m.end;
}

/** Whether a hit already covers the token starting at `start`. A loop, not hits.some(...): a callback would be a closure per call. */
function covered(hits: readonly Hit[], start: number): boolean {
  for (let h = 0; h < hits.length; h++) if (hits[h].start <= start && start < hits[h].end) return true;
  return false;
}

/** "according to (local) legend", or a bare folklore noun as a teller: "Legend has it", "Local tradition holds"; the index after the cue. */
function folkloreAt(ctx: SentenceContext, i: number): number | undefined {
  const w = ctx.word(i);
  const according = w === 'according' && ctx.word(i + 1) === 'to';
  // Asked at every word: most start no such phrase, and are passed before the clause test reads the gap before them.
  if (!according && !FOLK_MODIFIERS.has(w) && !sources.folklore.has(w)) return undefined;
  let k = according ? i + 2 : i;
  if (!according && !(i === 0 || ctx.breakBefore(i) || CLAUSE_OPENERS.has(ctx.word(i - 1)))) return undefined;
  if (FOLK_MODIFIERS.has(ctx.word(k))) k++;
  if (!sources.folklore.has(ctx.word(k))) return undefined;
  if (according) return k + 1;
  // "Legend has it that", "Tradition claims", "rumours suggest"; not "Tradition is important to the town".
  if (ctx.word(k + 1) === 'has' && ctx.word(k + 2) === 'it') return k + 3;
  if (/^(holds|held|tells|told|relates|related)$/.test(ctx.word(k + 1))) return k + 2;
  const verb = sources.reportingVerbs.matchAt(ctx.tokens, k + 1);
  return verb ? verb.end : undefined;
}

/** What may stand between "there" and a hearsay noun: forms of "be" and "have", a few adverbs, determiners and adjectives of spread. */
const EXISTENTIAL_FILLERS = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'has', 'have', 'had', 'also', 'now', 'still', 'long', 'widespread', 'persistent', 'unconfirmed', 'growing', 'increasing', 'repeated', 'some', 'a', 'many', 'numerous', 'frequent']);
/** What may link unnamed evidence to its claim: "evidence that", "statistics showing", "evidence of". */
const EVIDENCE_LINKS = new Set(['that', 'of', 'showing', 'suggesting', 'indicating', 'which', 'to', 'demonstrating', 'linking', 'pointing', 'proving', 'confirming']);
/** Fillers before unnamed evidence: "a wide range of", "a growing body of", "strong". */
const EVIDENCE_FILLERS = new Set(['wide', 'range', 'of', 'plenty', 'ample', 'strong', 'considerable', 'compelling', 'clear', 'little', 'no', 'much', 'mounting', 'body', 'number', 'lot', 'lots', 'good', 'robust', 'substantial', 'an', 'overwhelming', 'several', 'various', 'new', 'recent', 'emerging', 'abundant', 'extensive', 'any']);
/** The verb after an existential "there": "there is", "there have been". */
const EXISTENTIAL_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** "there" at i, forms of "be" and a few modifiers, then a hearsay noun with no named source after it ("from the UN"); the index after the noun. */
function hearsayAt(ctx: SentenceContext, i: number): number | undefined {
  if (!EXISTENTIAL_VERBS.has(ctx.word(i + 1))) return undefined;
  for (let k = i + 2; k < Math.min(ctx.tokens.length, i + 8); k++) {
    if (ctx.breakBefore(k)) return undefined;
    const w = ctx.word(k);
    // "there is evidence that", "there are a wide range of statistics that", "there is no evidence of": evidence nobody is credited with.
    if (sources.unnamedEvidence.has(w)) {
      if (!EVIDENCE_LINKS.has(ctx.word(k + 1)) || ctx.breakBefore(k + 1)) return undefined;
      if (/^(from|by|in)$/.test(ctx.word(k + 2)) && namesSource(ctx, k + 3, Math.min(ctx.tokens.length, k + 7))) return undefined;
      return k + 1;
    }
    if (sources.hearsay.has(w)) {
      // "there is a report from the ombudsman", "there are claims by the union": the teller is named.
      if (/^(from|by|in)$/.test(ctx.word(k + 1)) && namesSource(ctx, k + 2, Math.min(ctx.tokens.length, k + 6))) return undefined;
      // "there is a claim for compensation", "there is a report to the board": a legal claim or a document, not hearsay.
      if (/^(for|to|on|against)$/.test(ctx.word(k + 1)) && !/^(rumou?rs?|speculation|allegations?|talk)$/.test(w)) return undefined;
      return k + 1;
    }
    if (!EXISTENTIAL_FILLERS.has(w) && !EVIDENCE_FILLERS.has(w)) return undefined;
  }
  return undefined;
}

/** After "was told", "have heard", "learned": a that-clause or a clause's subject, not an instruction ("we were told to wait") or an object. */
const HEARSAY_AUXILIARIES = /^(have|has|had|was|were|am|are|been|'ve|'m|'re|also|since|recently|often|repeatedly|later|then|just|since|once|now)$/;

/** "I was told that", "we have heard that", "I learned that", "asking around": the index after the cue, unless a source follows. */
function firstPersonHearsayAt(ctx: SentenceContext, i: number): number | undefined {
  const w = ctx.word(i);
  if (w === 'asking') return ctx.word(i + 1) === 'around' ? i + 2 : undefined;
  let k = i + 1;
  while (k < i + 4 && HEARSAY_AUXILIARIES.test(ctx.word(k))) k++;
  const verb = ctx.word(k);
  if (!sources.firstPersonHearsay.has(verb)) return undefined;
  // "we told the board": the writer told someone; only the passive "we were told" is hearsay.
  if (verb === 'told' && !/^(was|were|am|are|been|'m|'re)$/.test(ctx.word(k - 1))) return undefined;
  const next = ctx.word(k + 1);
  if (/^(from|by)$/.test(next) && namesSource(ctx, k + 2, Math.min(ctx.tokens.length, k + 7))) return undefined;
  if (ctx.breakBefore(k + 1)) return undefined;
  // "I learned I had cancer", "we heard that we had won": news of the writer's own life, not a claim resting on an informant.
  const subject = next === 'that' ? k + 2 : k + 1;
  if (/^(i|we|my|our|me|us)$/.test(ctx.word(subject))) return undefined;
  const clause = next === 'that' || ctx.isSubjectPronoun(k + 1) || (verb !== 'told' && ctx.isName(k + 1) && ctx.lexTag(k + 2) !== 'Preposition');
  return clause ? k + 1 : undefined;
}

/** "by Ofsted", "according to the OECD" later in the sentence: whoever ranks it is named. */
function rankerNamed(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k < ctx.tokens.length - 1; k++) {
    if (ctx.word(k) === 'by' && namesSource(ctx, k + 1, Math.min(ctx.tokens.length, k + 5))) return true;
    if (ctx.word(k) === 'according' && ctx.word(k + 1) === 'to' && namesSource(ctx, k + 2, Math.min(ctx.tokens.length, k + 6))) return true;
  }
  return false;
}

/** After "most" at i, preceded by a determiner or possessive: the index after an evaluative adjective ("most influential"). */
function evaluativeSuperlative(ctx: SentenceContext, i: number): number | undefined {
  const before = ctx.word(i - 1);
  if (!(RANKING_DETERMINERS.has(before) || endsWithPossessive(ctx.tokens[i - 1]?.text ?? '') || endsWithApostrophe(ctx.gapBefore(i).trimEnd()))) return undefined;
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 3); k++) {
    if (ctx.breakBefore(k)) return undefined;
    if (sources.evaluativeSuperlatives.has(ctx.word(k))) return k + 1;
    if (!ctx.word(k).endsWith('ly')) return undefined; // "the most widely respected"
  }
  return undefined;
}

/** Ends in one "s" (as /[^s]s$/ tests): "cities", "experts", but not "access" or a bare "s". */
function endsInSingleS(word: string): boolean {
  return word.length >= 2 && word.endsWith('s') && !word.endsWith('ss');
}

/** A token ending in an apostrophe, or in one and an "s": "Britain's", "members'". */
function endsWithPossessive(text: string): boolean {
  return endsWithApostrophe(text.endsWith('s') ? text.slice(0, -1) : text);
}

function endsWithApostrophe(text: string): boolean {
  return text.endsWith("'") || text.endsWith('’');
}

function looksPlural(ctx: SentenceContext, k: number): boolean {
  const tag = ctx.lexTag(k);
  return tag === 'Plural' || (endsInSingleS(ctx.word(k)) && tag !== 'PresentTense' && tag !== 'Adverb' && tag !== 'Verb');
}

/** The group is listed or exemplified after token `end - 1`: "some countries, including France", "many genes involved in X, such as Y". */
function listed(ctx: SentenceContext, end: number): boolean {
  // Up to the clause's finite verb: a list after it belongs to the predicate ("Many Muslims criticise ... practices, including").
  // A relative clause or participle ("many genes involved in X, including", "cytokines that are ..., such as") stays in the noun phrase.
  let k = end;
  for (let inRelative = false; k < ctx.tokens.length; k++) {
    const w = ctx.word(k);
    if (RELATIVE_PRONOUNS.has(w)) inRelative = true;
    else if (!inRelative && FINITE.has(ctx.lexTag(k) ?? '') && !w.endsWith('ed') && !ctx.breakBefore(k)) break;
    else if (ctx.breakBefore(k)) inRelative = false;
  }
  const last = ctx.tokens[Math.min(ctx.tokens.length, k + 1) - 1];
  // A cross-reference anywhere in the sentence points to where the group is listed: "Several options are set out in Annex A".
  // A sentence that ends in a colon introduces its list: "Several factors seem to be at work:".
  return LISTED_AFTER.test(ctx.text.slice(ctx.tokens[end - 1].end, last.end)) || CROSS_REFERENCE.test(ctx.text) || ctx.text.trimEnd().endsWith(':');
}

/** Singular source nouns: "an official", "a source", "an expert". */
const SINGULAR_HEADS = new Set(['source', 'expert', 'analyst', 'observer', 'official', 'insider', 'study', 'report', 'diplomat']);

const GOVERNING_TAGS = /^(Verb|PastTense|PresentTense|Infinitive|Gerund|Copula|Modal|Auxiliary|Preposition)$/;

/** A verb or a preposition earlier in the clause governs the noun phrase at `start`: an object or a complement, not the subject. */
function governedBefore(ctx: SentenceContext, start: number): boolean {
  for (let k = ctx.clauseStart(start); k < start; k++) if (GOVERNING_TAGS.test(ctx.lexTag(k) ?? '') || /^(of|for|to|with|at|in|on)$/.test(ctx.word(k))) return true;
  return false;
}

/** Determiners that point back to a source named earlier: "these studies", "the experts who drafted it". */
const DEFINITE_BEFORE_SOURCE = new Set(['these', 'those', 'the', 'this', 'such', 'both', 'our', 'its', 'their', 'his', 'her', 'present', 'current']);

interface VagueNP {
  start: number;
  headEnd: number;
  hasQuantifier: boolean;
  hasVagueModifier: boolean;
}

/** Auxiliaries, modals and adverbs between a source and its verb: "some have argued", "some would argue", "critics may well say". */
const BEFORE_VERB = new Set(['have', 'has', 'had', 'also', 'now', 'often', 'repeatedly', 'consistently', 'widely', 'long', 'generally', 'privately', 'openly', 'would', 'might', 'could', 'may', 'will', 'well']);
function skipAdverbs(ctx: SentenceContext, k: number): number {
  let n = 0;
  while (n < 4 && BEFORE_VERB.has(ctx.word(k + n)) && !sources.anyAttributionVerb.matchAt(ctx.tokens, k + n)) n++;
  return n;
}

/** A noun phrase at token i whose head is a vague source and that names nobody. */
function vagueNounPhrase(ctx: SentenceContext, i: number, afterAccordingTo: boolean): VagueNP | undefined {
  let k = i;
  let hasQuantifier = false;
  let hasVagueModifier = false;
  if (['the', 'a', 'an'].includes(ctx.word(k)) && afterAccordingTo) k++;
  const q = sources.quantifiers.matchAt(ctx.tokens, k);
  if (q) { hasQuantifier = true; k = q.end; }
  // Modifiers: vague adjectives, nationalities, hyphenated descriptors ("Vladivostok-based").
  for (let guard = 0; guard < 4 && k < ctx.tokens.length; guard++) {
    const dem = sources.demonyms.matchAt(ctx.tokens, k);
    if (dem && dem.end < ctx.tokens.length && !sources.vagueHeads.has(ctx.word(k))) { hasVagueModifier = true; k = dem.end; continue; }
    const w = ctx.word(k);
    if (sources.vagueAdjectives.has(w) && !sources.vagueHeads.has(w)) { hasVagueModifier = true; k++; continue; }
    if (isHyphenatedDescriptor(w) || w === 'other') { k++; continue; }
    break;
  }
  const head = ctx.word(k);
  if (!sources.vagueHeads.has(head)) {
    // "many believe", "some say": the quantifier is the head.
    if (hasQuantifier && !hasVagueModifier && q && sources.vagueHeads.has(ctx.word(q.end - 1)) && sources.anyAttributionVerb.matchAt(ctx.tokens, q.end + skipAdverbs(ctx, q.end))) {
      return { start: i, headEnd: q.end, hasQuantifier: true, hasVagueModifier: false };
    }
    return undefined;
  }
  // "we and others have published": named alongside.
  if (head === 'others' && /^(and|or)$/.test(ctx.word(k - 1))) return undefined;
  if (['some', 'many', 'others', 'source'].includes(head) && !afterAccordingTo && !sources.anyAttributionVerb.matchAt(ctx.tokens, k + 1 + skipAdverbs(ctx, k + 1))) return undefined;
  const headEnd = k + 1;
  // "Chinese authorities say", "the Russian government said": one country's government is an identifiable body.
  // "Western governments", "Russian sources", "Chinese officials" stay vague.
  if (!hasQuantifier && (head === 'authorities' || head === 'government') && k > 0 && NATIONAL.test(ctx.word(k - 1))) return undefined;
  // A name before or after the head identifies the group: "IMF experts", "experts at the IMF".
  if (i > 0 && ctx.isName(i - 1) && !sources.demonyms.matchAt(ctx.tokens, i - 1) && !afterAccordingTo) return undefined;
  if (namesSource(ctx, i, k)) return undefined;
  // "critics of Social Security": after a camp noun, "of" names the target of the criticism, not who the critics are.
  const namesTarget = ctx.word(headEnd) === 'of' && INHERENTLY_VAGUE.has(head);
  if (NAMING_PREPOSITIONS.has(ctx.word(headEnd)) && !namesTarget && namesSource(ctx, headEnd + 1, Math.min(ctx.tokens.length, headEnd + 5))) return undefined;
  // "the experts who drafted the report", "these studies" point back to something named earlier.
  // So does one behind a noun modifier: "the survey data show", "our census figures suggest".
  let before = i - 1;
  while (before > i - 3 && before > 0 && /^(Noun|Singular|Uncountable|Infinitive|Adjective|Superlative|)$/.test(ctx.lexTag(before) ?? '') && !ctx.isName(before) && !ctx.breakBefore(before + 1)) before--;
  if (DEFINITE_BEFORE_SOURCE.has(ctx.word(before)) && !afterAccordingTo) return undefined;
  if (afterAccordingTo && !hasQuantifier && !hasVagueModifier && !head.endsWith('s') && ctx.word(i) !== 'a') return undefined;
  return { start: i, headEnd, hasQuantifier, hasVagueModifier };
}

function describe(ctx: SentenceContext, np: VagueNP): string {
  return `"${ctx.text.slice(ctx.tokens[np.start].start, ctx.tokens[np.headEnd - 1].end)}" ${np.hasQuantifier ? 'is an unspecified group' : np.hasVagueModifier ? 'describes a source without naming it' : 'names no one in particular'}`;
}

function quantifierHit(ctx: SentenceContext, from: number, to: number): Hit {
  const cue = ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end);
  const last = ctx.word(to - 1);
  const context =
    to === from + 1
      ? `stands alone before "${ctx.tokens[to]?.text ?? ''}", naming nobody: the claim rests on a group no one can identify`
      : sources.groupNouns.has(last)
        ? `speaks of "${ctx.tokens[to - 1].text}" without saying which ones`
        : 'generalises over an unspecified group';
  return { ...hit(ctx, from, to, 'vague quantifier', `"${cue}" ${context}.`), messageId: 'quantifier', cap: 'hint', fixes: [], alternatives: ['say which ones, or how many', 'cite the count'] };
}

function hit(ctx: SentenceContext, from: number, to: number, category: string, reason: string): Hit {
  const start = ctx.tokens[from].start;
  const end = ctx.tokens[to - 1].end;
  return {
    start,
    end,
    messageId: 'weasel',
    data: { cue: ctx.text.slice(start, end) },
    category,
    reason: `${reason} ${sources.vagueHeadsGroup.note}`,
    alternatives: sources.vagueHeadsGroup.alternatives ?? [],
    fixes: ['name-source', 'cite'],
  };
}
