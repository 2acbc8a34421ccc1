/**
 * Small path globs for `ignorePaths` and rule options. `**` spans directories, `*` and `?` stay
 * inside one segment, `{a,b}` alternates, `[...]` is a class. A pattern without `/` matches a
 * name at any depth (as in .gitignore). A pattern also matches everything under a matching
 * directory, so `app/.git` covers `app/.git/config`.
 */

function escapeRe(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function translate(glob: string): string {
  let re = '';
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const ch = glob[i] as string;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more directories; a bare `**` matches anything.
        if (glob[i + 2] === '/') {
          re += '(?:.*/)?';
          i += 3;
        } else {
          re += '.*';
          i += 2;
        }
        continue;
      }
      re += '[^/]*';
    } else if (ch === '?') {
      re += '[^/]';
    } else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) {
        re += '\\[';
      } else {
        let body = glob.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (ch === '{') {
      braces += 1;
      re += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces -= 1;
      re += ')';
    } else if (ch === ',' && braces > 0) {
      re += '|';
    } else {
      re += escapeRe(ch);
    }
    i += 1;
  }
  while (braces-- > 0) re += ')';
  return re;
}

/** Normalise a glob or path like the model's paths: no leading `/` or `./`, no trailing `/`. */
export function normalisePath(p: string): string {
  return p.replace(/^(?:\.\/|\/)+/, '').replace(/\/+$/, '');
}

/** Compile globs into one predicate over normalised paths. */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const parts = globs.map((g) => {
    const norm = normalisePath(g.trim());
    const anchored = norm.includes('/') ? norm : `**/${norm}`;
    return translate(anchored);
  });
  const re = new RegExp(`^(?:${parts.join('|')})(?:/.*)?$`);
  return (path: string) => re.test(normalisePath(path));
}
