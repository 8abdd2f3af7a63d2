// Runs a CommonJS bundle (dist/cli-main.js, dist/server-main.js) through V8's code cache, so a
// start after the first skips parsing and compiling the bundle's functions. dist/cli.js and
// dist/server.js are small launchers that call this; the bundles themselves are unchanged.
//
// Measured on the CLI (Node 20, whole process, 1k words): ~10 ms less; 10k words: ~25 ms less,
// because the cache is written after the run and so holds the bytecode of every function the run
// compiled, not only the top level. Node 22's module.enableCompileCache() saves less here (it
// caches at first compile); this works on Node 20 as well, where that API does not exist.
//
// The cache lives in the user's temporary folder (one folder per user, mode 700, checked before
// use), one file per bundle and Node version holding a copy of the bundle it was made from: it is
// used only when that copy equals the bundle byte for byte (V8 itself checks only the source's
// length; a hash would need node:crypto, ~5 ms to load). It is only a speed-up:
// any failure (read-only or full disk, another user's folder, a rejected cache) falls back to
// compiling as usual, silently. EVIDENT_COMPILE_CACHE_DIR moves it; NODE_DISABLE_COMPILE_CACHE=1
// or EVIDENT_NO_COMPILE_CACHE=1 turns it off.
//
// A cache written by a run that analysed no text (`evident --version` or an empty file as the first
// run after an install) holds the start-up code only: every later run compiled the analysis again
// (~6% more instructions at 1,000 and 10,000 words). The file records how much text the run that
// wrote it analysed (analysed-characters.ts), and the first run that analyses some writes it again.
// Only then: a cache written again by every larger run made the smaller runs read a larger cache.
import { isAscii } from 'node:buffer';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { analysedCharacters } from '../analysed-characters';

/** How long a long-running process (the server) runs before its cache is written, if it has not exited. */
const WRITE_AFTER_MS = 10_000;

/** A run that analysed fewer characters than this compiled too little of the analysis to write a lasting cache. */
const ANALYSED_ENOUGH = 1_000;

/** [bundle length: 4 bytes][characters the writing run analysed: 4 bytes][the bundle][V8's code cache] */
const HEADER = 8;

interface ModuleInternals {
  paths: string[];
  filename: string;
  loaded: boolean;
}

/** The cache folder, created for this user only; undefined when it cannot be trusted or made. */
function cacheFolder(): string | undefined {
  const uid = process.getuid?.();
  const folder = process.env.EVIDENT_COMPILE_CACHE_DIR || join(tmpdir(), `evident-compile-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    // Not recursive: Node's recursive mkdir loops for ever where a parent cannot be made (a TMPDIR
    // under /proc, say). The temp folder exists; a folder named by EVIDENT_COMPILE_CACHE_DIR must have a parent.
    try {
      mkdirSync(folder, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
    // In a shared /tmp another user could have made the folder first: use only our own, closed folder.
    const stat = statSync(folder);
    if (!stat.isDirectory() || (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0))) return undefined;
    return folder;
  } catch {
    return undefined;
  }
}

/** Loads `bundlePath` as the CommonJS module Node would make of it, with V8's code cache when it can. */
export function runWithCompileCache(bundlePath: string): void {
  const bytes = readFileSync(bundlePath);
  // The bundles are ASCII (esbuild.mjs): read as Latin-1, a copy, where decoding UTF-8 costs ~1 ms more.
  const source = (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')).replace(/^#!.*/, '');
  const disabled = process.env.NODE_DISABLE_COMPILE_CACHE === '1' || process.env.EVIDENT_NO_COMPILE_CACHE === '1';
  const folder = disabled ? undefined : cacheFolder();
  const name = basename(bundlePath, '.js');
  const cacheFile = folder && join(folder, `${name}-${process.version}-${process.arch}.v8`);
  let cachedData: Buffer | undefined;
  let writerAnalysed = 0;
  if (cacheFile) {
    try {
      const file = readFileSync(cacheFile);
      const length = file.length >= HEADER ? file.readUInt32LE(0) : -1;
      if (length === bytes.length && file.subarray(HEADER, HEADER + length).equals(bytes)) {
        cachedData = file.subarray(HEADER + length);
        writerAnalysed = file.readUInt32LE(4);
      }
    } catch {
      // not written yet
    }
  }
  const script = new Script(Module.wrap(source), { filename: bundlePath, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) scheduleWrite(script, bytes, cacheFile, false);
  else if (cacheFile && writerAnalysed < ANALYSED_ENOUGH) scheduleWrite(script, bytes, cacheFile, true);

  const module = new Module(bundlePath, require.main) as Module & ModuleInternals;
  module.filename = bundlePath;
  module.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(dirname(bundlePath));
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: Module,
    filename: string,
    dirname: string,
  ) => void;
  wrapper.call(module.exports, module.exports, Module.createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  module.loaded = true;
}

/**
 * Writes the cache once: at exit, or after WRITE_AFTER_MS in a process that keeps running. `onlyIfAnalysed`:
 * only when this run analysed enough text (the cache it replaces was written by a run that did not).
 */
function scheduleWrite(script: Script, bytes: Buffer, cacheFile: string, onlyIfAnalysed: boolean): void {
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    const analysed = analysedCharacters();
    if (onlyIfAnalysed && analysed < ANALYSED_ENOUGH) return;
    try {
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      const header = Buffer.alloc(HEADER);
      header.writeUInt32LE(bytes.length, 0);
      header.writeUInt32LE(Math.min(analysed, 0xffffffff), 4);
      // A new build of the bundle replaces the cache of the old one (same file name).
      writeFileSync(temporary, Buffer.concat([header, bytes, script.createCachedData()]), { mode: 0o600 });
      renameSync(temporary, cacheFile); // atomic: a parallel run reads the old file or the new, never half
    } catch {
      // a cache is only a speed-up
    }
  };
  process.once('exit', write);
  setTimeout(write, WRITE_AFTER_MS).unref();
}
