// How much text this process has analysed, for the launchers' compile cache (node/compile-cache.ts):
// a cache written by a run that analysed no text (`evident --version`, an empty file, a server
// with no document open) holds the start-up code only, and the first run that analyses some text
// writes it again. A global, because a launcher and the bundle it runs are separate bundles; in the
// web build nothing reads it.
const KEY = Symbol.for('evident.analysedCharacters');
const counter = globalThis as unknown as Record<symbol, number | undefined>;

/** Adds `characters` to what this process has analysed. */
export function countAnalysedCharacters(characters: number): void {
  counter[KEY] = (counter[KEY] ?? 0) + characters;
}

/** The characters this process has analysed so far. */
export function analysedCharacters(): number {
  return counter[KEY] ?? 0;
}
