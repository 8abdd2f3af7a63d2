// Where a document says its bibliographies are: `bibliography:` in YAML front matter (one path or
// a list), LaTeX's \bibliography{a,b} and \addbibresource{x.bib}. Paths as written (relative to
// the document); the caller resolves and reads them. Pure: no Node APIs.

const MAX_SCAN = 200_000;

export function findBibliographyPaths(source: string, languageId: string): string[] {
  const paths: string[] = [];
  if (languageId === 'latex') {
    const text = source.length > MAX_SCAN * 5 ? source.slice(0, MAX_SCAN * 5) : source;
    for (const line of text.split('\n')) {
      if (!line.includes('\\') || !/bib|addglobal/.test(line)) continue;
      const code = line.replace(/(^|[^\\])%.*$/, '$1'); // a comment is no command
      for (const m of code.matchAll(/\\(bibliography|addbibresource|addglobalbib)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}/g)) {
        const command = m[1];
        for (const raw of m[2].split(',')) {
          const path = raw.trim();
          if (!path) continue;
          paths.push(command === 'bibliography' && !/\.[A-Za-z]+$/.test(path) ? `${path}.bib` : path);
        }
      }
    }
    return unique(paths);
  }
  const front = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source.slice(0, MAX_SCAN));
  if (!front) return [];
  return yamlBibliographyPaths(front[1], false);
}

/**
 * `bibliography:` in YAML: one path, a flow list or a block list. `nested`: also when indented
 * (a Quarto project's _quarto.yml may set it under `format:`).
 */
export function yamlBibliographyPaths(yaml: string, nested: boolean): string[] {
  const paths: string[] = [];
  const lines = yaml.slice(0, MAX_SCAN).split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = (nested ? /^\s*bibliography\s*:\s*(.*)$/ : /^bibliography\s*:\s*(.*)$/).exec(lines[i]);
    if (!m) continue;
    const value = m[1].trim();
    if (value.startsWith('[')) {
      for (const item of value.replace(/^\[|\]\s*$/g, '').split(',')) if (unquote(item)) paths.push(unquote(item));
    } else if (value && !value.startsWith('#')) {
      paths.push(unquote(value));
    } else {
      for (let k = i + 1; k < lines.length; k++) {
        const item = /^\s+-\s+(.*)$/.exec(lines[k]);
        if (!item) break;
        if (unquote(item[1])) paths.push(unquote(item[1]));
      }
    }
  }
  return unique(paths);
}

function unquote(value: string): string {
  const v = value.replace(/\s+#.*$/, '').trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

function unique(paths: string[]): string[] {
  return [...new Set(paths)];
}
