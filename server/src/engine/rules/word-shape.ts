// Tests of a word's shape that several rules ask, written as character-code tests: a cold run compiles
// every distinct regex it meets (and again when V8 tiers it up), a cost paid per pattern, not per call.

/** Whether the word starts with an ASCII digit, as /^\d/ tests: "300", "2019", "1,700". */
export function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0); // NaN for '': neither comparison holds
  return code >= 0x30 && code <= 0x39;
}
