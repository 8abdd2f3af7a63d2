// The features of a finding-filter experiment (filter-experiment.mjs): what a model could read, at run time, off
// the engine's analysis of the document alone — the rule, its message, category and cue; the sentence (its class,
// length, figures, first person, modals, quotes, list item, place in its paragraph, evidence next to it); and the
// document's genre (its format, how much of it recommends, cites, speaks in the first person, hedges, states
// figures; the words of its headings). Plain functions of analyzeDocument's output and the source, no labels: were a
// filter shipped, this would move into the engine as is. Feature name → value (binary features are 1).

/** The rules the model is trained for, by group; other rules pass untouched. */
export function groupOf(rule) {
  if (rule === 'hedge' || rule === 'hedge-stack') return 'hedge';
  if (rule === 'unsupported-claim') return 'unsupported-claim';
  if (rule === 'booster' || rule === 'weasel' || rule === 'passive-attribution' || rule === 'speculation') return 'small';
  return undefined;
}

const DIGITS = /\d/;
const PERCENT = /%|\bper ?cent\b/i;
const FIRST_PERSON = /\b(?:we|our|ours|us|i|my|me)\b/i;
const MODAL = /\b(?:may|might|could|would|can|will)\b/i;
const OBLIGATION = /\b(?:should|must|shall|need to|needs to|ought to)\b/i;
const QUOTES = /["“”]|(?:^|\s)['‘][^'’]+['’](?:\s|[.,;:]|$)/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d+[.)]|\\item)\s/;
const SPACES = /\s+/g;
const HEADING_WORDS = [
  ['guidance', /\b(?:guidance|guide|handbook|how to)\b/i],
  ['introduction', /\bintroduction\b/i],
  ['recommendation', /\brecommendations?\b/i],
  ['policy', /\bpolicy\b/i],
  ['methods', /\b(?:methods?|methodology|data)\b/i],
];
const HEADING_LINE = /^(?:#{1,6}[ \t]+.*|\\(?:sub)*section\*?\{.*|[^\n]+\n(?:=+|-+)[ \t]*)$/gm;

/** The paragraph breaks of the source (a blank line), as offsets, for paragraph positions. */
function paragraphBreaks(source) {
  const breaks = [];
  const blank = /\n[ \t]*\r?\n/g;
  for (let m = blank.exec(source); m; m = blank.exec(source)) breaks.push(m.index + 1);
  return breaks;
}

/** The index of the paragraph an offset falls in: how many breaks lie before it. */
function paragraphAt(breaks, offset) {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The document's genre as features: shares of its sentences, its format, the words of its headings. */
function documentFeatures(source, languageId, sentences) {
  const n = Math.max(1, sentences.length);
  let normative = 0;
  let evidence = 0;
  let digits = 0;
  let first = 0;
  let uncertain = 0;
  let claims = 0;
  for (const s of sentences) {
    if (s.class === 'normative') normative++;
    if (s.evidence) evidence++;
    if (DIGITS.test(s.text)) digits++;
    if (FIRST_PERSON.test(s.text)) first++;
    if (s.uncertain) uncertain++;
    if (s.claim) claims++;
  }
  const features = [
    [`doc:format=${languageId}`, 1],
    ['doc:normative', normative / n],
    ['doc:evidence', evidence / n],
    ['doc:digits', digits / n],
    ['doc:first-person', first / n],
    ['doc:uncertain', uncertain / n],
    ['doc:claims', claims / n],
    ['doc:long', Math.min(2, sentences.length / 200)],
  ];
  const headings = source.match(HEADING_LINE)?.join('\n') ?? '';
  for (const [name, pattern] of HEADING_WORDS) if (pattern.test(headings)) features.push([`doc:heading=${name}`, 1]);
  return features;
}

/** The text a cue feature names: lower-case, spaces folded, digits as 0. */
export function cueKey(text) {
  return text.toLowerCase().replace(SPACES, ' ').replace(/\d+/g, '0').trim();
}

/**
 * The features of every finding of an analysis, in the order of `analysis.findings`. Each finding's sentence is
 * the report that holds it; its paragraph is the run of sentences between blank lines.
 */
export function findingFeatures(source, languageId, analysis) {
  return findingFeaturesWith(source, languageId, analysis, {});
}

const WORD = /[\p{L}']+/gu;

/**
 * The same, with optional lexical context: `context`, the word before and after the cue (by rule); `words`, the
 * sentence's words as a bag (by rule group). A richer vocabulary is what would let a model learn a document's
 * sentences: leave-one-document-out tells whether it generalises.
 */
export function findingFeaturesWith(source, languageId, analysis, { context = false, words = false }) {
  const sentences = analysis.sentences;
  const docFeatures = documentFeatures(source, languageId, sentences);
  const breaks = paragraphBreaks(source);
  const paragraphOf = sentences.map((s) => paragraphAt(breaks, s.start));
  const paragraphEvidence = new Map();
  for (let i = 0; i < sentences.length; i++)
    if (sentences[i].evidence) paragraphEvidence.set(paragraphOf[i], (paragraphEvidence.get(paragraphOf[i]) ?? 0) + 1);
  // The sentence of each finding: reports are in reading order and hold their findings.
  const sentenceOf = new Map();
  sentences.forEach((s, i) => {
    for (const f of s.findings) sentenceOf.set(f, i);
  });
  return analysis.findings.map((finding) => {
    const features = new Map();
    const set = (name, value = 1) => features.set(name, value);
    const rule = finding.rule;
    set(`rule=${rule}`);
    set(`message=${rule}:${finding.messageId}`);
    set(`category=${rule}:${finding.category}`);
    if (finding.severity === 'hint') set(`hint=${rule}`);
    set(`cue=${rule}:${cueKey(finding.text)}`);
    const cueWords = finding.text.split(SPACES).filter(Boolean);
    set('cue-words', Math.min(3, cueWords.length) / 3);
    if (cueWords.length > 0) set(`cue-first=${cueKey(cueWords[0])}`);
    const i = sentenceOf.get(finding);
    if (i !== undefined) {
      const s = sentences[i];
      const text = s.text;
      const p = paragraphOf[i];
      set(`class=${s.class}`);
      if (s.claim) set('claim');
      if (s.evidence) set('evidence');
      if (s.uncertain) set('uncertain');
      set('words', Math.min(60, text.split(SPACES).filter(Boolean).length) / 30);
      if (DIGITS.test(text)) set('digits');
      if (PERCENT.test(text)) set('percent');
      if (FIRST_PERSON.test(text)) set('first-person');
      if (MODAL.test(text)) set('modal');
      if (OBLIGATION.test(text)) set('obligation');
      if (QUOTES.test(text)) set('quotes');
      if (text.includes('?')) set('question-mark');
      const lineStart = source.lastIndexOf('\n', s.start - 1) + 1;
      if (LIST_ITEM.test(source.slice(lineStart, s.start + 8))) set('list-item');
      const first = i === 0 || paragraphOf[i - 1] !== p;
      const last = i === sentences.length - 1 || paragraphOf[i + 1] !== p;
      if (first) set('paragraph-first');
      if (last) set('paragraph-last');
      if (first && last) set('paragraph-alone');
      if (i > 0 && !first && sentences[i - 1].evidence) set('previous-evidence');
      if ((paragraphEvidence.get(p) ?? 0) > (s.evidence ? 1 : 0)) set('paragraph-evidence');
      for (const other of s.findings) if (other !== finding && other.rule !== rule) set(`with=${other.rule}`);
      set(`class-rule=${rule}:${s.class}`);
      if (context) {
        const before = source.slice(s.start, finding.start).toLowerCase().match(WORD) ?? [];
        const after = source.slice(finding.end, s.end).toLowerCase().match(WORD) ?? [];
        set(`before=${rule}:${before.at(-1) ?? '^'}`);
        set(`after=${rule}:${after[0] ?? '$'}`);
      }
      if (words) for (const w of new Set(text.toLowerCase().match(WORD) ?? [])) set(`word=${w}`);
    }
    for (const [name, value] of docFeatures) set(name, value);
    return features;
  });
}
