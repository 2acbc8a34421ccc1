/**
 * Map image layers (config history) to the Dockerfile instructions that made them.
 *
 * The target stage's chain of instructions is aligned with the history by dynamic programming
 * (semi-global alignment: the base image is a free prefix of the history), so one missing or extra
 * entry never shifts the rest. Every pair is scored by how well the instruction's expected
 * `created_by` text (legacy builder or BuildKit) matches the entry. See docs/dockerfile.md.
 */
import type { HistoryEntry } from '../oci/types.js';
import { InputError } from '../common/errors.js';
import { parseDockerfile } from './parse.js';
import { provenanceSteps } from './provenance.js';
import type {
  Instruction,
  LayerMapping,
  MappingQuality,
  MappingResult,
  ParsedDockerfile,
  ParsedInstruction,
  ParsedStage,
  StageSummary,
} from './types.js';

export interface MapInput {
  dockerfile: ParsedDockerfile;
  /** Stage name or index (as a string); default: the last stage. */
  target?: string;
  /** The image config's history, bottom to top. */
  history: HistoryEntry[];
  /** The image config's `rootfs.diff_ids`, bottom to top. */
  diffIds: string[];
  /** The base image's diff_ids (`--base-image`): its layers are exactly the bottom of the image. */
  baseDiffIds?: string[];
  /** The base image's `config.OnBuild` triggers, when known: they make layers right above the base. */
  baseOnBuild?: string[];
  /** In-toto SLSA provenance predicate from a BuildKit attestation (unused when absent). */
  provenance?: unknown;
}

/** How a history entry was written. */
interface Sig {
  builder: 'buildkit' | 'legacy';
  keyword: string;
  /** The text after the keyword (legacy RUN: the whole command with its `|N K=V` prefix). */
  body: string;
  layer: boolean;
}

interface Score {
  score: number;
  quality: Exclude<MappingQuality, 'none'>;
}

const EXACT = 10;
const CONTENT = 6;
const KEYWORD_ONLY = 2;
const GAP_INSTRUCTION = 2;
const GAP_LAYER = 3;
const GAP_EMPTY = 1;
/** An edited RUN is `probable` only above this token similarity, and only for commands of at least MIN_TOKENS. */
const SIMILAR_RUN = 0.8;
const MIN_TOKENS = 4;

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);
const META_KEYWORDS = new Set([
  'ENV',
  'ARG',
  'LABEL',
  'EXPOSE',
  'USER',
  'ENTRYPOINT',
  'CMD',
  'SHELL',
  'HEALTHCHECK',
  'VOLUME',
  'STOPSIGNAL',
  'ONBUILD',
  'MAINTAINER',
  'WORKDIR',
]);

/** Map every image layer to the instruction that produced it. */
export function mapLayers(input: MapInput): MappingResult {
  const { dockerfile: df, history } = input;
  const warnings: string[] = [];
  const chain =
    input.target !== undefined && input.target !== ''
      ? targetChain(df, input.target)
      : bestChain(df, history, warnings);
  const inChain = new Set(chain.map((s) => s.index));
  const stages: StageSummary[] = df.stages.map((s) => ({
    name: s.name,
    index: s.index,
    from: s.from,
    line: s.line,
    inTarget: inChain.has(s.index),
  }));

  // History entry -> layer index (entries without empty_layer, in order).
  const layerOfEntry: (number | null)[] = [];
  let nLayers = 0;
  for (const h of history) layerOfEntry.push(h.empty_layer === true ? null : nLayers++);
  const layerCount = input.diffIds.length;
  if (nLayers !== layerCount) {
    warnings.push(
      `history lists ${nLayers} layer(s) but the image has ${layerCount}; layers cannot be matched to history reliably`,
    );
  }

  let baseLayers: number | null = null;
  if (input.baseDiffIds !== undefined) {
    const b = input.baseDiffIds;
    const prefixOk = b.length <= input.diffIds.length && b.every((d, i) => input.diffIds[i] === d);
    if (prefixOk) baseLayers = b.length;
    else
      warnings.push(
        'the base image\u2019s layers are not the bottom layers of this image; base-image boundary inferred from the Dockerfile',
      );
  }

  const { instrs, reportAs } = chainInstructions(df, chain);
  const sigs = history.map(parseCreatedBy);

  // Entries the alignment may use: above the base image when its diff_ids are known.
  let lo = 0;
  if (baseLayers !== null && baseLayers > 0) {
    lo = layerOfEntry.findIndex((l) => l === baseLayers! - 1) + 1;
  }
  const matchOf = align(instrs, sigs.slice(lo), history.slice(lo)).pairs.map((m) =>
    m === null ? null : { ...m, j: m.j + lo },
  );

  const entryMatch = new Map<
    number,
    { instr: ParsedInstruction; quality: Exclude<MappingQuality, 'none'> }
  >();
  matchOf.forEach((m, i) => {
    const instr = instrs[i];
    if (m !== null && instr) entryMatch.set(m.j, { instr, quality: m.quality });
  });
  if (input.provenance !== undefined) {
    const fromProv = provenanceMatches(input.provenance, instrs, sigs, history, warnings);
    if (fromProv) {
      entryMatch.clear();
      for (const [j, instr] of fromProv) entryMatch.set(j, { instr, quality: 'exact' });
      // Keep the alignment's view of which instructions were found, for the warnings below.
      matchOf.fill(null);
      for (const [j, instr] of fromProv) matchOf[instrs.indexOf(instr)] = { j, quality: 'exact' };
    }
  }

  // Evidence the image came from this Dockerfile: a layer entry matched on its content (RUN/COPY/ADD
  // never match on the keyword alone). A chain that makes no layers has nothing to disagree with.
  const layerMatches = [...entryMatch.keys()].filter((j) => layerOfEntry[j] !== null).length;
  const makesLayers = instrs.some((i) => i.keyword === 'RUN' || i.keyword === 'COPY' || i.keyword === 'ADD');
  const disagree = makesLayers && layerMatches === 0 && nLayers > (baseLayers ?? 0);

  const layers: LayerMapping[] = [];
  for (let k = 0; k < layerCount; k++) {
    layers.push({ instruction: null, fromBaseImage: baseLayers !== null && k < baseLayers, mapping: 'none' });
  }

  if (disagree) {
    warnings.push(
      `the image history does not match ${df.path}${input.target ? ` (target ${input.target})` : ''}: ` +
        'was it built from another Dockerfile? No layer is mapped',
    );
    return { layers, stages, warnings };
  }

  // Base-image boundary: below the first matched entry, unless the base image's diff_ids said otherwise.
  const matchedEntries = [...entryMatch.keys()].sort((a, b) => a - b);
  const firstMatched = matchedEntries[0] ?? history.length;
  let boundary = lo > 0 ? lo : firstMatched;
  // Layers made by ONBUILD triggers of the base image sit right below the first instruction.
  const root = chain[0];
  const rootFrom = root?.instructions.find((i) => i.keyword === 'FROM');
  const triggers = onbuildTriggers(history.slice(0, firstMatched), input.baseOnBuild);
  const triggerMatch = new Map<number, Exclude<MappingQuality, 'none'>>();
  if (rootFrom && triggers.length > 0) {
    const tInstrs = triggers.flatMap((t) => parseTrigger(t, df.path));
    const start = baseLayers !== null ? lo : 0;
    const tm = align(tInstrs, sigs.slice(start, firstMatched), history.slice(start, firstMatched)).pairs;
    for (const m of tm) if (m !== null) triggerMatch.set(m.j + start, m.quality);
    const firstTrig = Math.min(...[...triggerMatch.keys()], firstMatched);
    if (baseLayers === null) boundary = Math.min(boundary, firstTrig);
  }

  // Layer-producing instructions before the first match that found no entry (edited beyond
  // recognition) still made layers: the entries right below the first match are theirs, not the
  // base image's. Without --base-image we cannot prove either way, so they get no line and a warning.
  const firstIdx = matchOf.findIndex((m) => m !== null);
  const lost = instrs
    .slice(0, firstIdx < 0 ? 0 : firstIdx)
    .filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD' || i.keyword === 'RUN').length;
  if (baseLayers === null && triggerMatch.size === 0) {
    let j = boundary - 1;
    let taken = 0;
    while (taken < lost && j >= 0) {
      if (layerOfEntry[j] !== null) taken++;
      j--;
    }
    if (taken > 0) {
      boundary = j + 1;
      warnings.push(
        `${taken} layer(s) right below the first mapped instruction may come from earlier instructions that no longer match; they are not attributed`,
      );
    }
  }

  const unmatched: number[] = [];
  for (let j = 0; j < history.length; j++) {
    const k = layerOfEntry[j];
    if (k === null || k === undefined || k >= layerCount) continue;
    const layer = layers[k];
    if (!layer) continue;
    if (baseLayers !== null ? k < baseLayers : j < boundary) {
      layer.fromBaseImage = true;
      layer.mapping = 'exact';
      if (baseLayers === null) layer.mapping = 'probable';
      continue;
    }
    const m = entryMatch.get(j);
    if (m) {
      layer.instruction = toInstruction(reportAs.get(m.instr) ?? m.instr);
      layer.mapping = m.quality;
      continue;
    }
    const t = triggerMatch.get(j);
    if (t && rootFrom) {
      layer.instruction = toInstruction(rootFrom);
      layer.mapping = t;
      continue;
    }
    if (rootFrom && baseLayers !== null && j < firstMatched && triggers.length === 0 && lost === 0) {
      // Above the known base image yet below the first instruction: only ONBUILD triggers put layers here.
      layer.instruction = toInstruction(rootFrom);
      layer.mapping = 'probable';
      warnings.push(
        `layer ${k} (${short(history[j]?.created_by)}) sits between the base image and the first instruction; attributed to ${df.path}:${rootFrom.line} FROM (ONBUILD trigger of the base image?)`,
      );
      continue;
    }
    unmatched.push(k);
    warnings.push(`layer ${k} (${short(history[j]?.created_by)}) matches no instruction of ${df.path}`);
  }
  const built = layers.filter((l) => !l.fromBaseImage).length;
  if (built > 0 && unmatched.length * 2 > built) {
    warnings.push(
      `${unmatched.length} of ${built} layers match no instruction of ${df.path}: the image was probably built from another version of it`,
    );
  }

  const missing = instrs.filter(
    (ins, i) =>
      matchOf[i] === null && (ins.keyword === 'RUN' || ins.keyword === 'COPY' || ins.keyword === 'ADD'),
  );
  for (const ins of missing) {
    warnings.push(
      `${df.path}:${ins.line} ${ins.keyword} has no matching history entry (Dockerfile changed since the build?)`,
    );
  }
  return { layers, stages, warnings };
}

/** `Dockerfile:LINE KEYWORD …`: one line for text output. */
export function formatInstructionRef(instr: Instruction, path = 'Dockerfile', max = 80): string {
  // Heredoc bodies are not part of the one-line reference.
  const lines = instr.text.split('\n');
  const oneLine = (lines[0] ?? '').replace(/\s+/g, ' ').trim();
  const text =
    oneLine.length > max
      ? `${oneLine.slice(0, max - 1)}\u2026`
      : lines.length > 1
        ? `${oneLine} \u2026`
        : oneLine;
  return `${path}:${instr.line} ${text}`;
}

function toInstruction(i: ParsedInstruction): Instruction {
  return {
    stage: i.stage,
    stageIndex: i.stageIndex,
    keyword: i.keyword,
    line: i.line,
    endLine: i.endLine,
    text: i.text,
  };
}

function short(s: string | undefined, max = 60): string {
  const one = (s ?? '').replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
}

/**
 * The chain's instructions in build order (FROM lines left out). A stage built FROM a stage of this
 * Dockerfile first runs that stage's ONBUILD triggers: they are inserted there, and a layer they
 * make is reported at the ONBUILD line.
 */
function chainInstructions(
  df: ParsedDockerfile,
  chain: ParsedStage[],
): { instrs: ParsedInstruction[]; reportAs: Map<ParsedInstruction, ParsedInstruction> } {
  const instrs: ParsedInstruction[] = [];
  const reportAs = new Map<ParsedInstruction, ParsedInstruction>();
  for (const st of chain) {
    const parent = st.fromStage !== undefined ? df.stages[st.fromStage] : undefined;
    for (const ob of parent?.instructions ?? []) {
      if (ob.keyword !== 'ONBUILD' || !ob.trigger) continue;
      instrs.push(ob.trigger);
      reportAs.set(ob.trigger, ob);
    }
    instrs.push(...st.instructions.filter((i) => i.keyword !== 'FROM'));
  }
  return { instrs, reportAs };
}

/** The stages whose layers are in the image: the target and the stages it is built FROM, root first. */
export function targetChain(df: ParsedDockerfile, target?: string): ParsedStage[] {
  let idx: number;
  if (target === undefined || target === '') {
    idx = df.stages.length - 1;
  } else {
    const t = target.toLowerCase();
    const found =
      df.stages.find((s) => s.name.toLowerCase() === t) ?? df.stages.find((s) => String(s.index) === target);
    if (!found) {
      throw new InputError(
        df.path,
        `no stage named "${target}" (stages: ${df.stages.map((s) => s.name).join(', ')})`,
      );
    }
    idx = found.index;
  }
  const chain: ParsedStage[] = [];
  const seen = new Set<number>();
  let cur: ParsedStage | undefined = df.stages[idx];
  while (cur && !seen.has(cur.index)) {
    seen.add(cur.index);
    chain.unshift(cur);
    cur = cur.fromStage !== undefined ? df.stages[cur.fromStage] : undefined;
  }
  return chain;
}

/** Classify a `created_by` string from the legacy builder or BuildKit. */
export function parseCreatedBy(h: HistoryEntry): Sig {
  const layer = h.empty_layer !== true;
  let s = h.created_by ?? '';
  if (s.endsWith(' # buildkit')) {
    s = s.slice(0, -' # buildkit'.length);
    const m = /^([A-Z]+)(?: ([\s\S]*))?$/.exec(s);
    if (m) return { builder: 'buildkit', keyword: m[1] ?? '', body: m[2] ?? '', layer };
    return { builder: 'buildkit', keyword: 'RUN', body: s, layer };
  }
  const nop = /^([\s\S]*?) #\(nop\) +([A-Z]+)(?: ([\s\S]*?))? ?$/.exec(s);
  if (nop) return { builder: 'legacy', keyword: nop[2] ?? '', body: nop[3] ?? '', layer };
  const bk = /^([A-Z]+)(?: ([\s\S]*))?$/.exec(s);
  if (bk && META_KEYWORDS.has(bk[1] ?? ''))
    return { builder: 'buildkit', keyword: bk[1] ?? '', body: bk[2] ?? '', layer };
  return { builder: 'legacy', keyword: 'RUN', body: s, layer };
}

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Strip a `|N K=V ...` build-arg prefix ending right before `cmd`; null when `body` is not `[prefix]cmd`. */
function matchesWithArgPrefix(body: string, cmd: string): boolean {
  const b = norm(body);
  const c = norm(cmd);
  if (c === '') return false;
  if (b === c) return true;
  return /^\|\d+ /.test(b) && b.endsWith(' ' + c);
}

/** The command part of a RUN history body: without the `|N K=V` prefix when the shell is known. */
function runCommandCandidates(ins: ParsedInstruction): string[] {
  const shell = (ins.shell ?? ['/bin/sh', '-c']).join(' ');
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

function goQuoteList(items: string[]): string {
  return `[${items.map((x) => JSON.stringify(x)).join(' ')}]`;
}

/** How well one instruction explains one history entry; null when it cannot have made it. */
export function scorePair(ins: ParsedInstruction, sig: Sig): Score | null {
  const kw = ins.keyword;
  if (sig.layer && !LAYER_KEYWORDS.has(kw)) return null;
  if (sig.keyword !== kw) return null;
  switch (kw) {
    case 'RUN': {
      const cands = runCommandCandidates(ins);
      if (cands.some((c) => matchesWithArgPrefix(sig.body, c))) return { score: EXACT, quality: 'exact' };
      // An edited RUN: compare the commands alone (the shared shell prefix would inflate the score),
      // and require the same program, so an unrelated RUN never gets a line.
      const shell = (ins.shell ?? ['/bin/sh', '-c']).join(' ');
      const got = withoutShell(stripArgPrefix(sig.body, shell), shell);
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
    case 'COPY':
    case 'ADD': {
      const cmd = ins.command ?? '';
      const firstLine = cmd.split('\n')[0] ?? '';
      const expected =
        ins.heredocs.length > 0
          ? norm(firstLine)
          : norm(ins.form === 'exec' ? ins.args.join(' ') : (ins.expanded ?? ins.args).join(' '));
      const dst =
        ins.heredocs.length > 0 ? (tokens(firstLine).pop() ?? '') : ((ins.expanded ?? ins.args).at(-1) ?? '');
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
      const wd = workdirBefore(ins);
      if (got === dst || resolve(wd, got) === resolve(wd, dst))
        return { score: CONTENT, quality: 'probable' };
      return null;
    }
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
      const items = ins.form === 'exec' ? ins.args : [...(ins.shell ?? ['/bin/sh', '-c']), ins.command ?? ''];
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

function workdirBefore(ins: ParsedInstruction): string {
  return ins.workdir ?? '/';
}

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

/**
 * Without --target: the last stage, unless another stage's chain explains the history clearly
 * better (the image was built with a --target nobody passed us). Ties go to the last stage.
 */
function bestChain(df: ParsedDockerfile, history: HistoryEntry[], warnings: string[]): ParsedStage[] {
  const last = targetChain(df);
  if (df.stages.length < 2) return last;
  const sigs = history.map(parseCreatedBy);
  const scoreOf = (chain: ParsedStage[]): number => {
    return align(chainInstructions(df, chain).instrs, sigs, history).score;
  };
  const lastScore = scoreOf(last);
  let best = last;
  let bestScore = lastScore;
  for (const st of df.stages.slice(0, -1)) {
    const chain = targetChain(df, String(st.index));
    const sc = scoreOf(chain);
    if (sc > bestScore + EXACT / 2) {
      best = chain;
      bestScore = sc;
    }
  }
  const target = best[best.length - 1];
  if (best !== last && target) {
    warnings.push(
      `the history matches stage "${target.name}" (line ${target.line}) better than the last stage; mapped against it (pass --target to choose)`,
    );
  }
  return best;
}

interface AlignedPair {
  j: number;
  quality: Exclude<MappingQuality, 'none'>;
}

/**
 * Semi-global alignment of instructions (in order) with history entries (bottom to top). Leading
 * history entries are free (the base image); everything else costs a gap. Returns, per instruction,
 * the matched entry or null, and the total score.
 */
export function align(
  instrs: ParsedInstruction[],
  sigs: Sig[],
  history: HistoryEntry[],
): { pairs: (AlignedPair | null)[]; score: number } {
  const m = instrs.length;
  const n = sigs.length;
  const W = n + 1;
  const score = new Float64Array((m + 1) * W);
  const move = new Uint8Array((m + 1) * W); // 1 = match, 2 = skip instruction, 3 = skip entry
  const pair: (Score | null)[] = new Array<Score | null>(m * n).fill(null);
  for (let i = 0; i < m; i++) {
    const ins = instrs[i];
    for (let j = 0; j < n; j++) {
      const sig = sigs[j];
      if (ins && sig) pair[i * n + j] = scorePair(ins, sig);
    }
  }
  const entryGap = (j: number): number => (history[j]?.empty_layer === true ? GAP_EMPTY : GAP_LAYER);
  for (let i = 1; i <= m; i++) {
    score[i * W] = score[(i - 1) * W]! - GAP_INSTRUCTION;
    move[i * W] = 2;
  }
  for (let j = 1; j <= n; j++) move[j] = 3; // free leading entries: the base image
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      let best = score[(i - 1) * W + j]! - GAP_INSTRUCTION;
      let mv = 2;
      const skipEntry = score[i * W + j - 1]! - entryGap(j - 1);
      if (skipEntry > best) {
        best = skipEntry;
        mv = 3;
      }
      const p = pair[(i - 1) * n + (j - 1)];
      if (p) {
        const s = score[(i - 1) * W + j - 1]! + p.score;
        // Prefer a match on ties so equal scores do not drop a real pairing.
        if (s >= best) {
          best = s;
          mv = 1;
        }
      }
      score[i * W + j] = best;
      move[i * W + j] = mv;
    }
  }
  const out: (AlignedPair | null)[] = new Array<AlignedPair | null>(m).fill(null);
  let i = m;
  let j = n;
  while (i > 0 && j >= 0) {
    const mv = move[i * W + j];
    if (mv === 1) {
      const p = pair[(i - 1) * n + (j - 1)];
      if (p) out[i - 1] = { j: j - 1, quality: p.quality };
      i--;
      j--;
    } else if (mv === 3 && j > 0) {
      j--;
    } else {
      i--;
    }
  }
  return { pairs: out, score: score[m * W + n] ?? 0 };
}

/** ONBUILD triggers of the base image: from `baseOnBuild`, or legacy `#(nop)  ONBUILD …` history entries. */
function onbuildTriggers(below: HistoryEntry[], baseOnBuild?: string[]): string[] {
  if (baseOnBuild && baseOnBuild.length > 0) return baseOnBuild;
  const out: string[] = [];
  for (const h of below) {
    const s = parseCreatedBy(h);
    if (s.keyword === 'ONBUILD' && s.body !== '') out.push(s.body);
  }
  return out;
}

function parseTrigger(text: string, path: string): ParsedInstruction[] {
  try {
    const df = parseDockerfile(`FROM scratch\n${text}\n`, path, { buildArgs: {} });
    return df.stages[0]?.instructions.filter((i) => i.keyword !== 'FROM') ?? [];
  } catch {
    return [];
  }
}

/**
 * Provenance steps paired with the topmost layer entries (one layer per step), checked against the
 * Dockerfile: every step's line must be a chain instruction that could have written that entry.
 * Returns entry index -> instruction, or null (with a warning) when the provenance cannot be used.
 */
function provenanceMatches(
  provenance: unknown,
  instrs: ParsedInstruction[],
  sigs: Sig[],
  history: HistoryEntry[],
  warnings: string[],
): Map<number, ParsedInstruction> | null {
  const steps = provenanceSteps(provenance);
  if (steps === null || steps.length === 0) return null;
  if (steps.some((s) => s.line === null)) {
    warnings.push('the provenance has no source locations (not mode=max?); lines inferred from the history');
    return null;
  }
  const layerEntries = history.flatMap((h, j) => (h.empty_layer === true ? [] : [j]));
  if (steps.length > layerEntries.length) {
    warnings.push('the provenance lists more steps than the image has layers; ignored');
    return null;
  }
  const top = layerEntries.slice(layerEntries.length - steps.length);
  const out = new Map<number, ParsedInstruction>();
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k];
    const j = top[k];
    const instr = instrs.find((i) => i.line === step?.line);
    const sig = j === undefined ? undefined : sigs[j];
    if (!step || j === undefined || !sig || !instr || scorePair(instr, sig) === null) {
      warnings.push(
        `the provenance does not match the Dockerfile and history (step at line ${step?.line ?? '?'}); ignored`,
      );
      return null;
    }
    out.set(j, instr);
  }
  return out;
}
