// Evidence a sentence carries in its own words: a named source ("according to the IMF",
// "the Ministry of Defense reported", "data from Eurostat show"). Structural markers
// (citations, footnotes, links) come from prose extraction; see analyze.ts.
import { procedureNouns } from './claims/words';
import { isNumeral } from './claims/tokens';
import { cueBit, type SentenceContext } from './context';
import { attributionSourceRecords, contextWords, sources } from './lexicon';
import { endsWithAny } from './text-shape';

export interface NamedSource {
  start: number;
  end: number;
  name: string;
  how: 'according-to' | 'reporting-verb' | 'by-agent' | 'published-in' | 'data-from';
}

/** Capitalised words that are not names of sources. */
const NOT_SOURCES = new Set([
  "what's",
  'what’s',
  "it's",
  'it’s',
  "that's",
  'that’s',
  "there's",
  'there’s',
  'what',
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'it',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'in',
  'on',
  'at',
  'however',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'moreover',
  'thus',
  'then',
  'also',
  'many',
  'some',
  'most',
  'several',
  'other',
  'others',
  'few',
  'critics',
  'experts',
  'observers',
  'analysts',
]);

/** "UK-based", "Saudi-led", "state-backed": a name made an adjective. */
const COMPOUND_ADJECTIVE_ENDINGS = ['-based', '-led', '-backed'];
/** "reported by", "shown by", "written by": participles that source what follows; not "represented by", "led by", "driven by". */
const SOURCING_PARTICIPLES = new Set([
  // "It will be perceived by the report of the Postmaster-General that …"
  'perceived',
  'seen',
  'observed',
  'reported',
  'published',
  'shown',
  'found',
  'estimated',
  'calculated',
  'projected',
  'documented',
  'released',
  'compiled',
  'collected',
  'produced',
  'commissioned',
  'conducted',
  'written',
  'authored',
  'measured',
  'recorded',
  'noted',
  'stated',
  'announced',
  'confirmed',
  'revealed',
  'cited',
  'quoted',
  'forecast',
  'predicted',
  'surveyed',
  'analysed',
  'analyzed',
  'observed',
  'described',
  'demonstrated',
  'suggested',
  'argued',
  'claimed',
  'said',
  'told',
  'informed',
  'advised',
]);
/** Words inside a name: "Ministry of Defense", "Bank for International Settlements". */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'on', "'s"]);

/** True when tokens [from, to) hold a name that identifies a source (not "Russian sources"). */
export function namesSource(ctx: SentenceContext, from: number, to: number): string | undefined {
  const body = definiteInstitution(ctx, from, to);
  if (body) return body;
  for (let k = from; k < to; k++) {
    const w = ctx.word(k);
    // ("Industry sources", "Diplomatic sources": a vague modifier capitalised at the sentence's start is no name.)
    if (NOT_SOURCES.has(w) || !ctx.isName(k) || (k === 0 && sources.vagueAdjectives.has(w))) continue;
    if (endsWithAny(w, COMPOUND_ADJECTIVE_ENDINGS)) continue;
    const dem = sources.demonyms.matchAt(ctx.tokens, k);
    // "Russian sources", "Western officials": a nationality in front of a vague head is no name.
    if (dem && dem.end < to && isVagueHeadAhead(ctx, dem.end, to)) {
      k = dem.end - 1;
      continue;
    }
    if (dem && dem.end >= to) continue;
    let e = k + 1;
    while (e < to && (ctx.isName(e) || (NAME_JOINERS.has(ctx.word(e)) && ctx.isName(e + 1)))) e++;
    return ctx.text.slice(ctx.tokens[k].start, ctx.tokens[e - 1].end);
  }
  return undefined;
}

/**
 * "the council", "the central bank", "the national audit office": one definite body, which the
 * document's context identifies. Only "the" + at most two modifiers + the body, ending the noun phrase.
 */
function definiteInstitution(ctx: SentenceContext, from: number, to: number): string | undefined {
  for (let k = from; k < to; k++) {
    if (ctx.words[k] !== 'the') continue; // k < to <= the number of words
    for (let m = k + 1; m <= k + 3 && m < to; m++) {
      const body = sources.institutions.matchAt(ctx.tokens, m);
      // The body ends the noun phrase: the span ends there, or a preposition follows ("by the audit office at 4 million euros").
      if (body && (body.end === to || ctx.lexTag(body.end) === 'Preposition'))
        return ctx.text.slice(ctx.tokens[k].start, ctx.tokens[body.end - 1].end);
      if (ctx.isDeterminer(m) || ctx.lexTag(m) === 'Preposition' || ctx.breakBefore(m)) break;
    }
  }
  return undefined;
}

function isVagueHeadAhead(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 3); k++) {
    if (sources.vagueHeads.has(ctx.word(k))) return true;
    if (!sources.vagueAdjectives.has(ctx.word(k))) return false;
  }
  return false;
}

/**
 * The cue bit of the words each way below starts from: a sentence without one names no source
 * (analyze.ts skips the search), and the scan passes every other word without a call.
 */
/** "as reported in the New York Times", "published in Nature": a participle of reporting, then "in" and the source. */
const PUBLISHED_IN = new Set([
  'reported',
  'published',
  'documented',
  'cited',
  'stated',
  'described',
  'noted',
  'quoted',
  'announced',
  'shown',
  'found',
  // "will be exhibited in the report of the Secretary of the Treasury" ("presented in Brussels" names a place)
  'exhibited',
]);
/** "data from the Current Population Survey", "figures from Eurostat": the data's source named. */
export const DATA_NOUNS = new Set(['data', 'figures', 'statistics', 'estimates', 'numbers', 'projections', 'microdata']);
/** Participles that say where data come from: "taken from", "drawn from", "obtained from". */
const DATA_FROM_VERBS = contextWords.dataFromVerbs;
/** How many words may stand between the participle and "in" ("reported last month in"). */
const PUBLISHED_IN_GAP = 3;

export const NAMED_SOURCE_CUE = cueBit([
  'according',
  'by',
  'from',
  'set',
  'attention',
  'refer',
  ...PUBLISHED_IN,
  ...sources.reportingVerbs.firstWords(),
  ...sources.forecastVerbs,
]);

/** The first named source in the sentence, if any. */
/**
 * "The Office forecasts growth of 2.1 per cent", "the IMF projected a deficit of 3%": a verb of forecasting, right after a
 * capitalised name and before its object; not the noun ("the Office's forecast is", "the forecasts", "projects funded").
 */
function forecastOfANamedSource(ctx: SentenceContext, i: number): { end: number } | undefined {
  if (!sources.forecastVerbs.has(ctx.word(i)) || !ctx.isCapitalized(i - 1) || ctx.breakBefore(i) || ctx.breakBefore(i + 1))
    return undefined;
  const next = ctx.word(i + 1);
  const object =
    next === 'that' ||
    ctx.isDeterminer(i + 1) ||
    isNumeral(ctx, i + 1) ||
    ctx.lexTag(i + 1) === 'Singular' ||
    ctx.lexTag(i + 1) === 'Uncountable';
  return object && !/(?:'|’)s$/.test(ctx.tokens[i - 1].text) ? { end: i + 1 } : undefined;
}

export function findNamedSource(ctx: SentenceContext): NamedSource | undefined {
  const t = ctx.tokens;
  const record = readInARecord(ctx);
  if (record) return record;
  for (let i = 0; i < t.length; i++) {
    if ((ctx.cueMasks[i] & NAMED_SOURCE_CUE) === 0) continue;
    const w = ctx.word(i);
    if (w === 'according' && ctx.word(i + 1) === 'to') {
      const end = clauseEnd(ctx, i + 2, 8);
      // ("according to the same return", "according to its latest figures": the source named just before, pointed back to)
      const name =
        namesSource(ctx, i + 2, end) ?? (pointsBackToSource(ctx, i + 2) ? ctx.text.slice(t[i + 2].start, t[end - 1].end) : undefined);
      if (name) return { start: t[i].start, end: t[end - 1].end, name, how: 'according-to' };
      continue;
    }
    if (w === 'by' && i > 0 && SOURCING_PARTICIPLES.has(ctx.word(i - 1))) {
      const end = clauseEnd(ctx, i + 1, 6);
      const name = namesSource(ctx, i + 1, end);
      if (name) return { start: t[i - 1].start, end: t[end - 1].end, name, how: 'by-agent' };
      continue;
    }
    // "I ask attention to the report of the Postmaster-General", "I refer you to the accompanying reports of the Secretary of
    // War": the reader pointed to a record and its holder, named
    if ((w === 'attention' || w === 'refer') && !ctx.breakBefore(i + 1)) {
      const record = recordOfAHolder(ctx, i + 1);
      if (record) return { start: t[i].start, end: t[record.end - 1].end, name: record.name, how: 'published-in' };
      continue;
    }
    // "set out in last autumn's Budget", "as set out in the 2023 strategy": the document named
    if (PUBLISHED_IN.has(w) || (w === 'set' && ctx.word(i + 1) === 'out')) {
      for (let k = i + 1; k <= i + 1 + PUBLISHED_IN_GAP && k < t.length && !ctx.breakBefore(k); k++) {
        if (ctx.word(k) !== 'in') continue;
        // ("set out in Annex A", "reported in Table 2": the document's own part, not a source)
        if (procedureNouns.has(ctx.word(k + 1)) || ctx.word(k + 1) === 'chart') break;
        const end = clauseEnd(ctx, k + 1, 6);
        const name = namesSource(ctx, k + 1, end);
        if (name) return { start: t[i].start, end: t[end - 1].end, name, how: 'published-in' };
        break;
      }
    }
    // ("Fire perimeters are taken from the NWS fire database", "figures drawn from Eurostat": where the data come from)
    if (w === 'from' && i > 0 && (DATA_NOUNS.has(ctx.word(i - 1)) || DATA_FROM_VERBS.has(ctx.word(i - 1)))) {
      const end = clauseEnd(ctx, i + 1, 8);
      const name = namesSource(ctx, i + 1, end);
      if (name) return { start: t[i - 1].start, end: t[end - 1].end, name, how: 'data-from' };
      continue;
    }
    const verb = sources.reportingVerbs.matchAt(t, i) ?? forecastOfANamedSource(ctx, i);
    // ("China wants to write the rules": an infinitive, wanted or planned, reports nothing)
    if (verb && i > 0 && !ctx.isCapitalized(i) && ctx.word(i - 1) !== 'to') {
      // not "the United States", "the State Library of Victoria": a name, not a verb
      // The subject: up to six words back, within the clause, e.g. "the Ministry of Defense reported",
      // "Eurostat data show", "data from Eurostat show".
      // ("Mr. A. B. Shepperson, of the New York Cotton Exchange, estimates", "The report of Commissioner Peck, of New York,
      // shows": the subject stands before an appositive of its affiliation)
      const subjectEnd = affiliationBefore(ctx, i);
      const from = subjectEnd === i ? clauseStartWithin(ctx, i, 6) : clauseStartWithin(ctx, subjectEnd - 1, 6);
      const name = vagueGroupInPlace(ctx, from, subjectEnd) ? undefined : namesSource(ctx, from, subjectEnd);
      if (name) return { start: t[from].start, end: t[verb.end - 1].end, name, how: 'reporting-verb' };
    }
  }
  return undefined;
}

/**
 * After "attention" or "refer": "(you) to the (accompanying) report(s) of the Secretary of War", a record and its named
 * holder, within the clause; the span's end and the record's name.
 */
function recordOfAHolder(ctx: SentenceContext, k: number): { end: number; name: string } | undefined {
  if (/^(you|congress|your)$/.test(ctx.word(k))) k++;
  if (ctx.word(k) !== 'to') return undefined;
  k++;
  if (ctx.isDeterminer(k)) k++;
  while (/^(accompanying|annual|last|recent|special|several)$/.test(ctx.word(k))) k++;
  if (!attributionSourceRecords.has(ctx.word(k)) || ctx.word(k + 1) !== 'of') return undefined;
  const end = clauseEnd(ctx, k + 2, 10);
  const holder = namesSource(ctx, k + 2, end);
  return holder ? { end, name: ctx.text.slice(ctx.tokens[k].start, ctx.tokens[end - 1].end) } : undefined;
}

/** "the same return", "its latest figures", "that survey": a source pointed back to, which the text before names. */
function pointsBackToSource(ctx: SentenceContext, k: number): boolean {
  const w = ctx.word(k);
  return (
    (w === 'the' && ctx.word(k + 1) === 'same') ||
    w === 'its' ||
    w === 'their' ||
    w === 'that' ||
    w === 'this' ||
    w === 'these' ||
    w === 'those'
  );
}

/** "Diplomats in Kassoumba say", "officials in Washington said": the name is where a vague group is, not who speaks. */
function vagueGroupInPlace(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from + 1; k + 1 < to; k++)
    if (ctx.word(k) === 'in' && sources.vagueHeads.has(ctx.word(k - 1)) && ctx.isName(k + 1)) return true;
  return false;
}

/** Before the verb at `verb`, an appositive set off by commas that opens with "of", "from" or "at": where it starts; else `verb`. */
function affiliationBefore(ctx: SentenceContext, verb: number): number {
  if (!ctx.breakBefore(verb)) return verb;
  for (let k = verb - 1; k > 0 && k >= verb - 8; k--)
    if (ctx.breakBefore(k)) return /^(of|from|at)$/.test(ctx.word(k)) && ctx.isName(k - 1) ? k : verb;
  return verb;
}

/** Math.max(ctx.clauseStart(i), i - span), without reading the gaps further back than the span. */
function clauseStartWithin(ctx: SentenceContext, i: number, span: number): number {
  for (let k = i; k >= Math.max(i - span, 1); k--) if (ctx.breakBefore(k)) return k;
  return Math.max(i - span, 0);
}

function clauseEnd(ctx: SentenceContext, from: number, max: number): number {
  let k = from;
  while (k < ctx.tokens.length && k < from + max && !(k > from && ctx.breakBefore(k))) k++;
  return k;
}

/**
 * "From the returns made by the registers and receivers it was perceived that the receipts were increasing": the records
 * the sentence opens from, and what was read in them ("From the start it was believed that …" names no record).
 */
function readInARecord(ctx: SentenceContext): NamedSource | undefined {
  const record = recordOpening(ctx, ctx.tokens.length);
  if (record < 0) return recordPointedTo(ctx) ?? appearsFromARecord(ctx);
  for (let k = record + 1; k < ctx.tokens.length - 2; k++) {
    if (ctx.word(k) !== 'it') continue;
    let m = k + 1;
    const t = ctx.tokens;
    // ("By the latest advices from the commission it appears that …")
    if (ctx.word(m) === 'appears' || ctx.word(m) === 'appeared')
      return { start: t[0].start, end: t[record].end, name: ctx.text.slice(t[1].start, t[record].end), how: 'data-from' };
    if (/^(will|has|may|can)$/.test(ctx.word(m))) m++;
    if (!/^(is|was|be|been)$/.test(ctx.word(m))) return undefined;
    if (!READ_IN.has(ctx.word(m + 1))) return undefined;
    return { start: t[0].start, end: t[record].end, name: ctx.text.slice(t[1].start, t[record].end), how: 'data-from' };
  }
  return undefined;
}
/**
 * "I refer you to the accompanying reports of the Secretary of War, by which it appears that a sum exceeding half a million
 * has been collected": a record named in the sentence, and what appears in it ("He made a speech by which it appears"
 * names none).
 */
function recordPointedTo(ctx: SentenceContext): NamedSource | undefined {
  const t = ctx.tokens;
  for (let k = 2; k < t.length - 2; k++) {
    if (ctx.word(k) !== 'which' || !/^(by|from|in)$/.test(ctx.word(k - 1)) || ctx.word(k + 1) !== 'it') continue;
    if (!/^(appears|appeared)$/.test(ctx.word(k + 2))) continue;
    for (let r = k - 2; r >= Math.max(0, k - 14); r--) {
      if (!attributionSourceRecords.has(ctx.word(r))) continue;
      const from = r > 0 && ctx.isDeterminer(r - 1) ? r - 1 : r;
      const name = ctx.text.slice(t[from].start, t[k - 2].end).replace(/[,;]$/, '');
      return { start: t[from].start, end: t[k + 2].end, name, how: 'data-from' };
    }
    return undefined;
  }
  return undefined;
}

/** "It appears from these communications that …": the records named after "it appears", and what they show. */
function appearsFromARecord(ctx: SentenceContext): NamedSource | undefined {
  const t = ctx.tokens;
  for (let k = 1; k < t.length - 2; k++) {
    if (ctx.word(k - 1) !== 'it' || !/^(appears|appeared)$/.test(ctx.word(k))) continue;
    const record = recordAfter(ctx, k + 1);
    if (record >= 0)
      return { start: t[k + 1].start, end: t[record].end, name: ctx.text.slice(t[k + 2].start, t[record].end), how: 'data-from' };
  }
  return undefined;
}

/** At k, "from" or "by" and a record within three words ("from these communications", "by the returns"): its index, or -1. */
export function recordAfter(ctx: SentenceContext, k: number): number {
  if (!/^(from|by)$/.test(ctx.word(k))) return -1;
  for (let r = k + 1; r < Math.min(ctx.tokens.length, k + 4); r++) if (attributionSourceRecords.has(ctx.word(r))) return r;
  return -1;
}

/**
 * "From the returns made by the registers …", "By the latest advices from the commission …", "From returns received at …":
 * the sentence opens from records, read before `before`; the record noun's index, or -1 (the passive-attribution and
 * hedge rules ask it too: what was read in them is credited to them).
 */
export function recordOpening(ctx: SentenceContext, before: number): number {
  if (!/^(from|by)$/.test(ctx.word(0))) return -1;
  for (let k = ctx.isDeterminer(1) ? 2 : 1; k < Math.min(before, 6); k++) if (attributionSourceRecords.has(ctx.word(k))) return k;
  return -1;
}
const READ_IN = new Set(['perceived', 'seen', 'found', 'ascertained', 'observed', 'learned', 'learnt', 'shown', 'evident', 'apparent']);
