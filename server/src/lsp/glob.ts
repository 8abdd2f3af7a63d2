// The glob matcher (`*`, `**`, `?`, `{a,b}`) shared by the CLI's file arguments and the
// evident.exclude setting. No Node APIs: the web language server uses it too.

/** Compiles a glob for forward-slash relative paths into an anchored RegExp. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          source += '(?:[^/]+/)*'; // zero or more whole directories
        } else {
          source += '.*';
        }
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '{') {
      braceDepth++;
      source += '(?:';
    } else if (char === '}' && braceDepth > 0) {
      braceDepth--;
      source += ')';
    } else if (char === ',' && braceDepth > 0) {
      source += '|';
    } else if (char === '\\' && i + 1 < glob.length) {
      source += escapeRegExp(glob[++i]);
    } else {
      source += escapeRegExp(char);
    }
  }
  if (braceDepth > 0) throw new SyntaxError(`unbalanced "{" in pattern ${JSON.stringify(glob)}`);
  return new RegExp(`^${source}$`);
}

function escapeRegExp(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}
