/**
 * How well one Dockerfile instruction explains one history entry: the instruction's expected
 * `created_by` text (legacy builder or BuildKit) compared with the entry's. See docs/dockerfile.md.
 */
import type { HistoryEntry } from '../oci/types.js';
import { parseCreatedBy, type CreatedBy } from '../image/history.js';
import type { MappingQuality, ParsedInstruction } from './types.js';

/** A history entry as the mapper reads it: its parsed `created_by` and whether it made a layer. */
export interface Sig extends CreatedBy {
  layer: boolean;
}

export interface Score {
  score: number;
  quality: Exclude<MappingQuality, 'none'>;
}

export const EXACT = 10;
const CONTENT = 6;
const KEYWORD_ONLY = 2;
/** An edited RUN is `probable` only above this token similarity, and only for commands of at least MIN_TOKENS. */
const SIMILAR_RUN = 0.8;
const MIN_TOKENS = 4;

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);
const DEFAULT_SHELL = ['/bin/sh', '-c'];

/** Read one history entry for matching. */
export function sigOf(h: HistoryEntry): Sig {
  return { ...parseCreatedBy(h.created_by ?? ''), layer: h.empty_layer !== true };
}

/** How well one instruction explains one history entry; null when it cannot have made it. */
export function scorePair(ins: ParsedInstruction, sig: Sig): Score | null {
  const kw = ins.keyword;
  if (sig.layer && !LAYER_KEYWORDS.has(kw)) return null;
  if (sig.keyword !== kw) return null;
  switch (kw) {
    case 'RUN':
      return scoreRun(ins, sig.body);
    case 'COPY':
    case 'ADD':
      return scoreCopy(ins, sig);
    case 'WORKDIR': {
      const got = norm(sig.body);
      if (got === ins.workdir || got === norm((ins.expanded ?? ins.args).join(' ')))
        return { score: EXACT, quality: 'exact' };
      return null;
    }
    case 'ARG': {
      const name = /^([^=\s]+)/.exec(norm(sig.body))?.[1];
      if (name !== undefined && ins.argNames?.[0] === name) return { score: EXACT, quality: 'exact' };
      return { score: KEYWORD_ONLY, quality: 'probable' };
    }
    case 'CMD':
    case 'ENTRYPOINT': {
      const items = ins.form === 'exec' ? ins.args : [...(ins.shell ?? DEFAULT_SHELL), ins.command ?? ''];
      if (norm(sig.body) === norm(goQuoteList(items))) return { score: EXACT, quality: 'exact' };
      return { score: KEYWORD_ONLY, quality: 'probable' };
    }
    default: {
      const expected = norm((ins.expanded ?? ins.args).join(' '));
      if (norm(sig.body) === expected) return { score: EXACT, quality: 'exact' };
      return { score: KEYWORD_ONLY, quality: 'probable' };
    }
  }
}

function scoreRun(ins: ParsedInstruction, body: string): Score | null {
  const cands = runCommandCandidates(ins);
  if (cands.some((c) => matchesWithArgPrefix(body, c))) return { score: EXACT, quality: 'exact' };
  // An edited RUN: compare the commands alone (the shared shell prefix would inflate the score),
  // and require the same program, so an unrelated RUN never gets a line.
  const shell = (ins.shell ?? DEFAULT_SHELL).join(' ');
  const got = withoutShell(stripArgPrefix(body, shell), shell);
  const best = Math.max(
    ...cands.map((c) => {
      const want = withoutShell(norm(c), shell);
      const tw = tokens(want);
      const tg = tokens(got);
      if (tw[0] !== tg[0] || tw.length < MIN_TOKENS || tg.length < MIN_TOKENS) return 0;
      return similarity(want, got);
    }),
  );
  if (best >= SIMILAR_RUN) return { score: CONTENT * best, quality: 'probable' };
  return null;
}

function scoreCopy(ins: ParsedInstruction, sig: Sig): Score | null {
  const firstLine = (ins.command ?? '').split('\n')[0] ?? '';
  const words = ins.expanded ?? ins.args;
  const expected =
    ins.heredocs.length > 0
      ? norm(firstLine)
      : norm(ins.form === 'exec' ? ins.args.join(' ') : words.join(' '));
  const dst = ins.heredocs.length > 0 ? (tokens(firstLine).pop() ?? '') : (words.at(-1) ?? '');
  if (sig.builder === 'buildkit') {
    const got = stripFlags(sig.body);
    if (got === expected) return { score: EXACT, quality: 'exact' };
    if (tokens(got).pop() === dst) return { score: CONTENT, quality: 'probable' };
    return null;
  }
  // Legacy: `[--chown=..]file:<sha> in <dst>`: the sources are hashed away; only the destination is left.
  const m = / in ([\s\S]+?)\s*$/.exec(sig.body);
  if (!m) return null;
  const got = m[1] ?? '';
  const wd = ins.workdir ?? '/';
  if (got === dst || resolve(wd, got) === resolve(wd, dst)) return { score: CONTENT, quality: 'probable' };
  return null;
}

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Is `body` the command `cmd`, possibly after a `|N K=V ...` build-arg prefix? */
function matchesWithArgPrefix(body: string, cmd: string): boolean {
  const b = norm(body);
  const c = norm(cmd);
  if (c === '') return false;
  if (b === c) return true;
  return /^\|\d+ /.test(b) && b.endsWith(' ' + c);
}

/** The `created_by` bodies a RUN may have been written as, shell included. */
function runCommandCandidates(ins: ParsedInstruction): string[] {
  const shell = (ins.shell ?? DEFAULT_SHELL).join(' ');
  if (ins.form === 'exec') return [ins.args.join(' ')];
  const cmd = ins.command ?? ins.args.join(' ');
  const out = [`${shell} ${cmd}`];
  const first = cmd.split('\n')[0]?.trim() ?? '';
  // The legacy builder (Docker 23+) parses heredocs but records (and runs) only the first line.
  if (ins.heredocs.length > 0) out.push(`${shell} ${first}`);
  if (ins.heredocs.length === 1 && /^<<-?["']?[A-Za-z0-9_]+["']?$/.test(first)) {
    out.push(`${shell} ${ins.heredocs[0] ?? ''}`);
  }
  return out;
}

function tokens(s: string): string[] {
  return norm(s)
    .split(' ')
    .filter((t) => t !== '');
}

/** Dice similarity of two token multisets. */
function similarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}

function stripArgPrefix(body: string, shell: string): string {
  const b = norm(body);
  if (!b.startsWith('|')) return b;
  const at = b.indexOf(' ' + shell + ' ');
  return at >= 0 ? b.slice(at + 1) : b.replace(/^\|\d+ /, '');
}

function withoutShell(cmd: string, shell: string): string {
  return cmd.startsWith(shell + ' ') ? cmd.slice(shell.length + 1) : cmd;
}

function stripFlags(body: string): string {
  return norm(body).replace(/^(--\S+ )+/, '');
}

/** Go's `%v` of a string slice, as BuildKit writes CMD and ENTRYPOINT. */
function goQuoteList(items: string[]): string {
  return `[${items.map((x) => JSON.stringify(x)).join(' ')}]`;
}

/** `p` made absolute against the working directory, `.` and `..` resolved, a trailing `/` kept. */
function resolve(wd: string, p: string): string {
  const full = p.startsWith('/') ? p : `${wd}/${p}`;
  const parts: string[] = [];
  for (const seg of full.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return '/' + parts.join('/') + (p.endsWith('/') && parts.length > 0 ? '/' : '');
}
