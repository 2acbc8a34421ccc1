/** `merge` input: paths and simple globs (`*`, `?`, `**`), expanded the way a shell would, sorted. */
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../common/errors.js';
import { GlobError, compileSegmentGlob } from '../common/glob.js';

const GLOB_CHARS = /[*?[]/;
/** Directories a `**` walks at most, so a stray `/**` cannot crawl a whole disk. */
const MAX_WALK = 10_000;

function entries(dir: string): { name: string; dir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((d) => ({
      name: d.name,
      dir: d.isDirectory(),
    }));
  } catch {
    return [];
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Expand one pattern from `cwd`; dot files match only a segment that starts with a dot, as in a shell. */
export function expandGlob(pattern: string, cwd: string): string[] {
  if (!GLOB_CHARS.test(pattern)) return isFile(resolve(cwd, pattern)) ? [pattern] : [];
  const segs = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  const out = new Set<string>();
  let walked = 0;
  const walk = (shown: string, i: number): void => {
    const here = resolve(cwd, shown || '.');
    if (i === segs.length) {
      if (isFile(here)) out.add(shown);
      return;
    }
    const seg = segs[i] as string;
    const next = (name: string): string =>
      shown === '' ? name : shown === '/' ? `/${name}` : `${shown}/${name}`;
    if (seg === '' && i === 0) {
      walk('/', 1);
      return;
    }
    if (seg === '**') {
      if (++walked > MAX_WALK) return;
      walk(shown, i + 1);
      for (const e of entries(here)) if (e.dir && !e.name.startsWith('.')) walk(next(e.name), i);
      return;
    }
    if (!GLOB_CHARS.test(seg)) {
      walk(next(seg), i + 1);
      return;
    }
    const matches = compileSegmentGlob(seg);
    for (const e of entries(here)) {
      if (e.name.startsWith('.') && !seg.startsWith('.')) continue;
      if (matches(e.name)) walk(next(e.name), i + 1);
    }
  };
  walk('', 0);
  return [...out].sort();
}

/** Expand every pattern; one that names no file is an InputError naming the input and the pattern. */
export function expandPaths(patterns: readonly string[], cwd: string, input: string): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    let found: string[];
    try {
      found = expandGlob(p, cwd);
    } catch (err: unknown) {
      if (err instanceof GlobError) throw new InputError(p, `input ${input}: ${err.problem}`);
      throw err;
    }
    if (found.length === 0) throw new InputError(p, `input ${input}: no file matches`);
    for (const f of found) if (!out.includes(f)) out.push(f);
  }
  return out;
}
