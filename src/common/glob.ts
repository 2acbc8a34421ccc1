/**
 * Small path globs for `ignorePaths` and rule options. `**` spans directories, `*` and `?` stay
 * inside one segment, `{a,b}` alternates, `[...]` is a class. A pattern without `/` matches a
 * name at any depth (as in .gitignore). A pattern also matches everything under a matching
 * directory, so `app/.git` covers `app/.git/config`.
 *
 * Matching never backtracks across segments: braces are expanded at compile time, paths are matched
 * segment by segment with a DP over (pattern segment, path segment), and one segment is matched by
 * the two-pointer wildcard algorithm. The cost is O(path length × pattern length) at worst, where a
 * regular expression took exponential time on long paths with several `*` or `**`.
 *
 * As in .gitignore, `**` is special only as a whole segment; elsewhere it acts as `*`. A class never
 * matches `/`. `\` is an ordinary character.
 */

/** Alternatives one glob may expand to through `{a,b}`; more is an error, not a slow start-up. */
export const MAX_GLOB_ALTERNATIVES = 1024;
/** Characters all of a glob's alternatives may hold together, so `{a,b}` × 10 before a long tail stays small. */
export const MAX_GLOB_EXPANDED_LENGTH = 1 << 20;
/** Longest glob accepted: paths stop at PATH_MAX (4096 bytes), so this leaves room for many alternatives. */
export const MAX_GLOB_LENGTH = 64 * 1024;
/** How deep `{` may nest. */
export const MAX_BRACE_DEPTH = 32;

/** A glob that cannot be compiled; the config loader turns it into an InputError naming the key. */
export class GlobError extends Error {
  constructor(
    readonly glob: string,
    readonly problem: string,
  ) {
    // Quoted as JSON and shortened: the message stays one readable line whatever the glob holds.
    super(`bad glob ${JSON.stringify(glob.length > 80 ? `${glob.slice(0, 80)}…` : glob)}: ${problem}`);
    this.name = 'GlobError';
  }
}

/** One position of a segment pattern. */
type Token =
  | { kind: 'char'; ch: number }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'class'; negate: boolean; ranges: number[] };

/** A glob split at `/` and `{,}` into raw pieces; classes stay whole. */
type Piece = { kind: 'text'; token: Token | 'slash' } | { kind: 'group'; alternatives: Piece[][] };

/** One segment of a compiled pattern: a literal, a wildcard pattern, or `**`. */
type Segment = { kind: 'literal'; text: string } | { kind: 'wild'; tokens: Token[] } | { kind: 'globstar' };

const SLASH = 0x2f;
const DASH = 0x2d;
const DOT = 0x2e;

function parseClass(glob: string, body: string): Token {
  let negate = false;
  let k = 0;
  // `[!...]` as in shells; `[^...]` too, as the regular-expression engine this replaced accepted it.
  if (body.startsWith('!') || body.startsWith('^')) {
    negate = true;
    k = 1;
  }
  const ranges: number[] = [];
  while (k < body.length) {
    const lo = body.charCodeAt(k);
    if (body.charCodeAt(k + 1) === DASH && k + 2 < body.length) {
      const hi = body.charCodeAt(k + 2);
      if (hi < lo) {
        throw new GlobError(glob, `range out of order: '${body[k] ?? ''}-${body[k + 2] ?? ''}'`);
      }
      ranges.push(lo, hi);
      k += 3;
    } else {
      ranges.push(lo, lo);
      k += 1;
    }
  }
  return { kind: 'class', negate, ranges };
}

/** Parse a glob into pieces: characters, wildcards, classes, slashes and brace groups. */
function parse(text: string, glob: string): Piece[] {
  const root: Piece[] = [];
  // Open groups, innermost last; each holds its alternatives, the last one being filled.
  const stack: Piece[][][] = [];
  const current = (): Piece[] => {
    const top = stack[stack.length - 1];
    return top ? (top[top.length - 1] as Piece[]) : root;
  };
  let noClose = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const push = (token: Token | 'slash'): void => {
      current().push({ kind: 'text', token });
    };
    if (ch === '*') push({ kind: 'star' });
    else if (ch === '?') push({ kind: 'any' });
    else if (ch === '/') push('slash');
    else if (ch === '[') {
      // Once no `]` follows, none follows any later `[`: keeps a run of `[` linear.
      const close = noClose ? -1 : text.indexOf(']', i + 1);
      if (close === -1) noClose = true;
      if (close === -1) push({ kind: 'char', ch: ch.charCodeAt(0) });
      else {
        push(parseClass(glob, text.slice(i + 1, close)));
        i = close;
      }
    } else if (ch === '{') {
      if (stack.length >= MAX_BRACE_DEPTH) {
        throw new GlobError(glob, `braces nested deeper than ${MAX_BRACE_DEPTH}`);
      }
      stack.push([[]]);
    } else if (ch === '}' && stack.length > 0) {
      const alternatives = stack.pop() as Piece[][];
      current().push({ kind: 'group', alternatives });
    } else if (ch === ',' && stack.length > 0) {
      (stack[stack.length - 1] as Piece[][]).push([]);
    } else push({ kind: 'char', ch: text.charCodeAt(i) });
  }
  // An unclosed `{` is closed at the end, as before.
  while (stack.length > 0) {
    const alternatives = stack.pop() as Piece[][];
    current().push({ kind: 'group', alternatives });
  }
  return root;
}

/** Sum of the lengths of some token lists. */
function totalLength(seqs: readonly (readonly unknown[])[]): number {
  return seqs.reduce((n, seq) => n + seq.length, 0);
}

/**
 * Expand brace groups into flat token lists: at most MAX_GLOB_ALTERNATIVES of them and
 * MAX_GLOB_EXPANDED_LENGTH tokens in all, checked before each product is built.
 */
function expand(glob: string, pieces: readonly Piece[]): (Token | 'slash')[][] {
  let out: (Token | 'slash')[][] = [[]];
  let size = 0;
  const tooBig = (count: number, length: number): void => {
    if (count > MAX_GLOB_ALTERNATIVES) {
      throw new GlobError(glob, `braces expand to more than ${MAX_GLOB_ALTERNATIVES} alternatives`);
    }
    if (length > MAX_GLOB_EXPANDED_LENGTH) {
      throw new GlobError(glob, `braces expand to more than ${MAX_GLOB_EXPANDED_LENGTH} characters`);
    }
  };
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      size += out.length;
      tooBig(out.length, size);
      for (const seq of out) seq.push(piece.token);
      continue;
    }
    const alts: (Token | 'slash')[][] = [];
    for (const a of piece.alternatives) {
      alts.push(...expand(glob, a));
      tooBig(alts.length, totalLength(alts));
    }
    const count = out.length * alts.length;
    const length = out.length * totalLength(alts) + alts.length * size;
    tooBig(count, length);
    out = out.flatMap((seq) => alts.map((alt) => [...seq, ...alt]));
    size = length;
  }
  return out;
}

function toSegment(tokens: Token[]): Segment {
  if (tokens.length >= 2 && tokens.every((t) => t.kind === 'star')) return { kind: 'globstar' };
  // Joined, not String.fromCharCode(...spread): a long literal would overflow the call stack.
  const chars = tokens.flatMap((t) => (t.kind === 'char' ? [String.fromCharCode(t.ch)] : []));
  if (chars.length === tokens.length) return { kind: 'literal', text: chars.join('') };
  // Consecutive stars are one star inside a segment.
  const collapsed = tokens.filter((t, i) => !(t.kind === 'star' && tokens[i - 1]?.kind === 'star'));
  return { kind: 'wild', tokens: collapsed };
}

function split(seq: readonly (Token | 'slash')[]): Segment[] {
  const segments: Segment[] = [];
  let tokens: Token[] = [];
  for (const t of seq) {
    if (t === 'slash') {
      segments.push(toSegment(tokens));
      tokens = [];
    } else tokens.push(t);
  }
  segments.push(toSegment(tokens));
  return segments;
}

function matchToken(t: Token, c: number): boolean {
  switch (t.kind) {
    case 'char':
      return t.ch === c;
    case 'any':
      return true;
    case 'star':
      return true;
    case 'class': {
      if (c === SLASH) return false;
      let hit = false;
      for (let k = 0; k < t.ranges.length; k += 2) {
        if (c >= (t.ranges[k] as number) && c <= (t.ranges[k + 1] as number)) {
          hit = true;
          break;
        }
      }
      return hit !== t.negate;
    }
  }
}

/**
 * Match one segment with `*`, `?` and classes: the two-pointer algorithm, which on a mismatch only
 * moves the last `*` one character on, so it never backtracks further than that star.
 */
function matchWild(tokens: readonly Token[], s: string): boolean {
  let p = 0;
  let i = 0;
  let starP = -1;
  let starI = 0;
  while (i < s.length) {
    const t = tokens[p];
    if (t !== undefined && t.kind === 'star') {
      starP = p++;
      starI = i;
    } else if (t !== undefined && matchToken(t, s.charCodeAt(i))) {
      p++;
      i++;
    } else if (starP >= 0) {
      p = starP + 1;
      i = ++starI;
    } else return false;
  }
  while (tokens[p]?.kind === 'star') p++;
  return p === tokens.length;
}

function matchSegment(seg: Segment, s: string): boolean {
  if (seg.kind === 'literal') return seg.text === s;
  if (seg.kind === 'wild') return matchWild(seg.tokens, s);
  return true;
}

/**
 * Does the pattern match a prefix of the path's segments (the rest being "under" the match)? A DP
 * over pattern segments: `reach[j]` says the pattern so far matched exactly the first j path segments.
 */
function matchSegments(pattern: readonly Segment[], path: readonly string[]): boolean {
  const n = path.length;
  let reach = new Uint8Array(n + 1);
  reach[0] = 1;
  for (let i = 0; i < pattern.length; i++) {
    const seg = pattern[i] as Segment;
    const next = new Uint8Array(n + 1);
    let any = false;
    if (seg.kind === 'globstar') {
      // Zero or more segments; a trailing `**` needs at least one (`tmp/**` does not match `tmp`).
      const min = i === pattern.length - 1 ? 1 : 0;
      const first = reach.indexOf(1);
      if (first >= 0) {
        for (let j = first + min; j <= n; j++) next[j] = 1;
        any = first + min <= n;
      }
    } else {
      for (let j = 0; j < n; j++) {
        if (reach[j] === 1 && matchSegment(seg, path[j] as string)) {
          next[j + 1] = 1;
          any = true;
        }
      }
    }
    if (!any) return false;
    reach = next;
  }
  return reach.includes(1);
}

/** Normalise a glob or path like the model's paths: no leading `/` or `./`, no trailing `/`. */
export function normalisePath(p: string): string {
  // Index loops, not `/\/+$/`: that regular expression is quadratic on a long run of slashes.
  let start = 0;
  for (;;) {
    if (p.charCodeAt(start) === SLASH) start += 1;
    else if (p.charCodeAt(start) === DOT && p.charCodeAt(start + 1) === SLASH) start += 2;
    else break;
  }
  let end = p.length;
  while (end > start && p.charCodeAt(end - 1) === SLASH) end -= 1;
  return p.slice(start, end);
}

/** Compile one glob into its brace-expanded segment patterns. Throws GlobError when malformed. */
function compileOne(glob: string): Segment[][] {
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(glob, `longer than ${MAX_GLOB_LENGTH} characters`);
  const norm = normalisePath(glob.trim());
  const anchored = norm.includes('/') ? norm : `**/${norm}`;
  return expand(glob, parse(anchored, glob)).map(split);
}

/** Check one glob; throws GlobError naming the problem (a reversed range, too many alternatives). */
export function validateGlob(glob: string): void {
  compileOne(glob);
}

/** Compile one path segment pattern (`*`, `?`, `[...]`; braces and `/` are literal) into a predicate. */
export function compileSegmentGlob(pattern: string): (name: string) => boolean {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '*') tokens.push({ kind: 'star' });
    else if (ch === '?') tokens.push({ kind: 'any' });
    else if (ch === '[' && pattern.indexOf(']', i + 1) !== -1) {
      const close = pattern.indexOf(']', i + 1);
      tokens.push(parseClass(pattern, pattern.slice(i + 1, close)));
      i = close;
    } else tokens.push({ kind: 'char', ch: pattern.charCodeAt(i) });
  }
  const seg = toSegment(tokens);
  // Within one segment `**` is just `*`.
  const wild: Segment = seg.kind === 'globstar' ? { kind: 'wild', tokens: [{ kind: 'star' }] } : seg;
  return (name: string) => !name.includes('/') && matchSegment(wild, name);
}

/** Compile globs into one predicate over normalised paths. Throws GlobError for a malformed glob. */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const patterns = globs.flatMap(compileOne);
  return (path: string) => {
    const segments = normalisePath(path).split('/');
    return patterns.some((p) => matchSegments(p, segments));
  };
}
