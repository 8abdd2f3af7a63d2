// Off-the-shelf and naive detectors, run on exactly the sentences the engine sees.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';

const require = createRequire(import.meta.url);
const writeGood = require('write-good');

// write-good runs every check unless told `false`; e-prime is already off by default.
const WRITE_GOOD_CHECKS = ['weasel', 'illusion', 'so', 'thereIs', 'passive', 'adverb', 'tooWordy', 'cliches'];
const onlyWeaselCheck = Object.fromEntries(WRITE_GOOD_CHECKS.filter((check) => check !== 'weasel').map((check) => [check, false]));

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lines of a lexicon file, without `%` / `#` comments and blanks, lower-cased. */
export function readLexicon(path) {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line !== '' && !line.startsWith('%') && !line.startsWith('#'));
}

/** A matcher for any of `phrases` as whole words, case-insensitive; an apostrophe counts as part of a word. */
export function phraseMatcher(phrases) {
  const alternatives = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.split(/\s+/).map(escapeRegExp).join('\\s+').replace(/['’]/g, "['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}]['’]?)(?:${alternatives.join('|')})(?!['’]?[\\p{L}\\p{N}])`, 'iu');
}

// A deliberately naive claim detector, the floor any claim model must beat.
const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent|half|third|quarter|twice|double|triple)\b/i;
const COMPARATIVE_OR_SUPERLATIVE =
  /\b(?:more|most|less|least|fewer|fewest|better|best|worse|worst|higher|highest|lower|lowest|larger|largest|bigger|biggest|smaller|smallest|greater|greatest|faster|fastest|slower|slowest|cheaper|cheapest|richer|richest|poorer|poorest|stronger|strongest|weaker|weakest)\b/i;

// retext's parse grows faster than linearly with document length: 250 sentences a document is ~7x faster than 12k.
const INTENSIFY_BATCH = 250;
const intensify = retext().use(retextEnglish).use(retextIntensify).freeze();

/**
 * retext-intensify rule ids per sentence. Each sentence is its own paragraph, so sentence i of a batch
 * sits on line 2i+1 and phrases cannot match across sentences.
 */
async function intensifyRuleIds(texts) {
  const rulesBySentence = texts.map(() => new Set());
  for (let first = 0; first < texts.length; first += INTENSIFY_BATCH) {
    const file = await intensify.process(texts.slice(first, first + INTENSIFY_BATCH).join('\n\n'));
    for (const message of file.messages) rulesBySentence[first + (message.line - 1) / 2].add(message.ruleId);
  }
  return rulesBySentence;
}

// Systems as in systems.mjs.
const single = (name, task, predict) => ({ tasks: [task], run: async (texts) => [{ name, task, predicted: texts.map(predict) }] });

export function uncertaintyBaselines({ hedgeLexiconPath }) {
  const systems = [
    single('write-good (weasel check)', 'uncertain', (text) => writeGood(text, onlyWeaselCheck).length > 0),
    single('write-good (all checks)', 'uncertain', (text) => writeGood(text).length > 0),
    {
      tasks: ['uncertain'],
      run: async (texts) => {
        const rulesBySentence = await intensifyRuleIds(texts);
        return [
          {
            name: 'retext-intensify (hedge+weasel)',
            task: 'uncertain',
            predicted: rulesBySentence.map((rules) => rules.has('hedge') || rules.has('weasel')),
          },
          { name: 'retext-intensify (+fillers)', task: 'uncertain', predicted: rulesBySentence.map((rules) => rules.size > 0) },
        ];
      },
    },
  ];
  if (existsSync(hedgeLexiconPath)) {
    const matcher = phraseMatcher(readLexicon(hedgeLexiconPath));
    systems.push(single('word list (wooorm hedges)', 'uncertain', (text) => matcher.test(text)));
  }
  return systems;
}

export function claimBaselines() {
  return [single('naive: number or comparative', 'claim', (text) => NUMBER.test(text) || COMPARATIVE_OR_SUPERLATIVE.test(text))];
}
