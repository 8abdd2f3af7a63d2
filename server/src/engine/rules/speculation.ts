// speculation: motives, intentions or feelings of another actor stated as fact, with no
// attribution: "Kim agreed to meet in order to extend his leverage", "Kim would be very flattered".
import { cueBit, type SentenceContext } from '../context';
import { speculation, contextWords } from '../lexicon';
import { findCuedPhrases } from './cued-phrases';
import type { Hit, Rule } from './rule';

const ACTOR_NOUNS = contextWords.actorNouns;
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", 'feel', 'feels', 'felt', 'seem', 'seems', 'seemed', 'remain', 'remains', 'remained', 'become', 'became', 'get', 'got', 'grew']);
const DEGREE = new Set(['very', 'deeply', 'so', 'quite', 'rather', 'extremely', 'highly', 'clearly', 'certainly', 'surely', 'most', 'particularly', 'especially', 'increasingly', 'not', 'too', 'genuinely', 'really', 'also', 'still', 'secretly', 'privately', 'likely', 'probably', 'hardly']);
const REPORTED_SPEECH = new Set(['said', 'says', 'told', 'tells', 'stated', 'states', 'announced', 'declared', 'explained', 'wrote', 'writes', 'admitted', 'confirmed', 'insisted', 'claimed', 'claims', 'quoted', 'testified']);
// Looked up once per sentence by the context (see cueBit): most sentences have neither, and skip the scans.
const REPORTING_CUE = cueBit([...REPORTED_SPEECH, 'according']);
const WRITER_CUE = cueBit(['i', 'we']);
/** The first words of the reported frames and of the purpose clauses: a sentence without one skips that phrase scan. */
const REPORTED_FRAME_CUE = cueBit(speculation.reportedFrames.firstWords());
const PURPOSE_CUE = cueBit(speculation.purpose.firstWords());
/** The words the per-word loop of check() starts from (a feeling, a feeling verb, an intention): it passes any other word at once. */
const FEELING_OR_INTENTION_CUE = cueBit([...speculation.feeling, ...speculation.feelingVerbs, ...speculation.intention.firstWords()]);
const PROCEDURAL_OBJECTS = contextWords.proceduralObjects;

export const speculationRule: Rule = {
  meta: {
    id: 'speculation',
    title: 'Speculation about motives',
    description: "Another actor's motives, intentions or feelings stated as fact, with no source: \"Kim agreed to meet in order to extend his leverage\", \"Kim would be very flattered\".",
    defaultSeverity: 'warning',
    silencedByEvidence: true,
    silencedByAttribution: true,
    messages: {
      motive: '"{{cue}}" states {{actor}}\'s motive as fact: attribute it, cite it, or present it as your assessment.',
      feeling: '"{{cue}}" states {{actor}}\'s feelings as fact: attribute it, cite it, or present it as your assessment.',
      intention: '"{{cue}}" states {{actor}}\'s intentions as fact: attribute it, cite it, or present it as your assessment.',
    },
    examples: {
      flag: [
        { text: 'Kim agreed to meet in order to extend his leverage.', flagged: 'in order to extend' },
        { text: 'Kim would be very flattered if that were the case.', flagged: 'Kim would be very flattered' },
        { text: 'The regime wants to split the alliance.', flagged: 'The regime wants to split' },
        { text: 'Moscow fears encirclement.', flagged: 'Moscow fears' },
      ],
      allow: [
        'An assumption that Kim agreed to meet in order to extend his leverage is merely a speculation.',
        'I travelled to Seoul in order to interview officials.',
        'According to his spokesman, Kim wanted to extend his leverage.',
        'The Commission seeks views on the draft.',
        'We are pleased to present this report.',
        'Funds are needed in order to rebuild the bridge.',
        'After the summit in Hanoi, in order to understand its meaning, I suggest a Russian perspective.',
        'The minister felt that the deadline was too short.',
      ],
    },
  },
  cueWords: [...speculation.purpose.firstWords(), ...speculation.feeling, ...speculation.feelingVerbs, ...speculation.intention.firstWords()],
  check(ctx) {
    // "an assumption that ...", "according to his spokesman", "he said he wanted": reported, not asserted.
    if (ctx.holds(REPORTED_FRAME_CUE) && findCuedPhrases(speculation.reportedFrames, ctx, REPORTED_FRAME_CUE).length > 0) return [];
    if (ctx.holds(REPORTING_CUE) && ctx.tokens.some((tok, i) => REPORTED_SPEECH.has(tok.lower) || (tok.lower === 'according' && ctx.word(i + 1) === 'to'))) return [];
    const hits: Hit[] = [];
    const t = ctx.tokens;

    // A purpose clause belongs to the sentence's subject; when the writer is that subject
    // ("..., in order to understand the summit, I suggest ...") it states the writer's own aim.
    const writerIsSubject = ctx.holds(WRITER_CUE);
    for (const m of writerIsSubject || !ctx.holds(PURPOSE_CUE) ? [] : findCuedPhrases(speculation.purpose, ctx, PURPOSE_CUE)) {
      const actor = thirdPartySubject(ctx, 0, m.from);
      if (actor === undefined) continue;
      const endTok = /^(to|of|that)$/.test(ctx.word(m.to - 1)) && m.to < t.length ? m.to : m.to - 1;
      const start = t[m.from].start;
      const end = t[endTok].end;
      hits.push(makeHit(ctx, start, end, 'motive', actor, 'purpose clause', `"${ctx.text.slice(t[m.from].start, t[m.to - 1].end)}" ascribes a purpose to ${actor}: a motive nobody can observe directly.`, speculation.purposeGroup.note, speculation.purposeGroup.alternatives));
    }

    const cueMasks = ctx.cueMasks;
    for (let i = 0; i < t.length; i++) {
      // Every branch below starts from a feeling, a feeling verb or an intention's first word.
      if ((cueMasks[i] & FEELING_OR_INTENTION_CUE) === 0) continue;
      const w = ctx.words[i];
      // "<actor> would be (very) flattered", "<actor> is worried"
      if (speculation.feeling.has(w) && i > 0) {
        let k = i - 1;
        while (k >= 0 && DEGREE.has(ctx.word(k))) k--;
        if (k < 0 || !BE_FORMS.has(ctx.word(k))) continue;
        let s = k - 1;
        if (['would', 'will', 'must', 'may', 'might', 'could', 'should'].includes(ctx.word(s))) s--;
        if (['has', 'have', 'had'].includes(ctx.word(s))) s--;
        const actor = actorAt(ctx, s);
        if (!actor) continue;
        if (ctx.word(i + 1) === 'to' && w === 'pleased') continue; // "is pleased to announce": a formula
        const from = actorStart(ctx, s);
        hits.push(makeHit(ctx, t[from].start, t[i].end, 'feeling', actor, 'ascribed feeling', `"${ctx.text.slice(t[from].start, t[i].end)}" ascribes a feeling to ${actor}.`, speculation.feelingGroup.note, speculation.feelingGroup.alternatives));
        continue;
      }
      // "<actor> fears / resents ..."
      if (speculation.feelingVerbs.has(w) && i > 0) {
        // "he felt that the host crossed the line", "she felt herself obliged": an opinion reported as the actor's, like "he thought that".
        if (/^(feels?|felt)$/.test(w) && (/^(that|it|this|strongly|himself|herself|themselves|itself|obliged|compelled|free|able|unable)$/.test(ctx.word(i + 1)) || ctx.isSubjectPronoun(i + 1) || ctx.isDeterminer(i + 1))) continue;
        // "Kim felt (very) humiliated": the adjective reports the feeling, once.
        let a = i + 1;
        while (DEGREE.has(ctx.word(a))) a++;
        if (/^(feels?|felt)$/.test(w) && speculation.feeling.has(ctx.word(a))) continue;
        // "make their views felt": a participle after "make"; "... and college fears." at a clause end: a noun, with no object.
        if (w === 'felt' && ctx.tokens.slice(Math.max(ctx.clauseStart(i), i - 6), i).some((tok) => /^(make|makes|made|making)$/.test(tok.lower))) continue;
        if (i + 1 >= t.length || ctx.breakBefore(i + 1)) continue;
        const actor = actorAt(ctx, i - 1);
        if (!actor) continue;
        const from = actorStart(ctx, i - 1);
        hits.push(makeHit(ctx, t[from].start, t[i].end, 'feeling', actor, 'ascribed feeling', `"${ctx.text.slice(t[from].start, t[i].end)}" ascribes a feeling to ${actor}.`, speculation.feelingVerbsGroup.note, speculation.feelingVerbsGroup.alternatives));
        continue;
      }
      // "<actor> wants to / seeks to / intends to <verb>"
      const intent = speculation.intention.matchAt(t, i);
      if (intent && i > 0 && ctx.word(intent.end) === 'to' && !PROCEDURAL_OBJECTS.has(ctx.word(intent.end + 1))) {
        const actor = actorAt(ctx, i - 1);
        if (!actor) continue;
        // "as many entries as they wished to", "whenever they wish to": the actor's free choice, granted, not a motive guessed at.
        if (/^(as|if|whenever|wherever|when|however|whatever)$/.test(ctx.word(i - 2))) continue;
        const from = actorStart(ctx, i - 1);
        const end = Math.min(intent.end + 1, t.length - 1);
        hits.push(makeHit(ctx, t[from].start, t[end].end, 'intention', actor, 'ascribed intention', `"${ctx.text.slice(t[from].start, t[intent.end - 1].end)}" ascribes an intention to ${actor}.`, speculation.intentionGroup.note, speculation.intentionGroup.alternatives));
        i = intent.end;
      }
    }
    return hits;
  },
};

/** The actor named at token k (a person, state or organisation; not the writer), or undefined. */
function actorAt(ctx: SentenceContext, k: number): string | undefined {
  if (k < 0) return undefined;
  const w = ctx.word(k);
  if (FIRST_PERSON.has(w) || w === 'you' || w === 'it' || w === 'this' || w === 'that' || w === 'there') return undefined;
  if (w === 'he' || w === 'she' || w === 'they') return `"${ctx.tokens[k].text}"`;
  if (ACTOR_NOUNS.has(w) && ctx.word(k - 1) !== 'our') return `"${ctx.text.slice(ctx.tokens[actorStart(ctx, k)].start, ctx.tokens[k].end)}"`;
  if (ctx.isName(k) && (ctx.isEntity(k) || ctx.isCapitalized(k) && k > 0)) return `"${ctx.text.slice(ctx.tokens[actorStart(ctx, k)].start, ctx.tokens[k].end)}"`;
  return undefined;
}

function actorStart(ctx: SentenceContext, k: number): number {
  let s = k;
  while (s > 0 && !ctx.breakBefore(s) && (ctx.isName(s - 1) || ['the', 'north', 'south'].includes(ctx.word(s - 1)))) s--;
  return s;
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

/** "The government" → "the government", for an actor named inside a sentence. */
function lowerInitialThe(actor: string): string {
  return actor.startsWith('The ') ? `the ${actor.slice(4)}` : actor;
}

function makeHit(ctx: SentenceContext, start: number, end: number, messageId: string, actor: string, category: string, reason: string, note: string, alternatives: string[] | undefined): Hit {
  return {
    start,
    end,
    messageId,
    data: { cue: ctx.text.slice(start, end), actor: lowerInitialThe(actor.replaceAll('"', '')) },
    category,
    reason: `${reason} ${note}`,
    alternatives: alternatives ?? [],
    fixes: ['attribute', 'cite'],
  };
}
