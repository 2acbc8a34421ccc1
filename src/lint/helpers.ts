/** Shared helpers for the rule modules: layer/instruction lookups and path grouping. */
import type { FileRef, HiddenFile } from '../image/model.js';
import type { Instruction, MappingResult, ParsedInstruction } from '../dockerfile/types.js';
import { formatBytes } from '../common/size.js';
import { displayCreatedBy } from '../image/history.js';
import { isPackageState, packageStateOwner } from './package-state.js';
import type { FindingInput, RuleContext } from './types.js';

/** The instruction that made layer `i`, when the mapping knows it. */
export function layerInstruction<O>(ctx: RuleContext<O>, i: number): Instruction | null {
  return ctx.mapping?.layers[i]?.instruction ?? null;
}

/**
 * Did the mapping place any layer (on an instruction or in the base image)? False when the image was
 * built from another Dockerfile (or has no history) and when there is no mapping.
 */
export function mappedAny<O>(ctx: RuleContext<O>): boolean {
  return ctx.mapping?.layers.some((m) => m.mapping !== 'none' || m.fromBaseImage) ?? false;
}

/**
 * Is layer `i` part of the base image? With a mapping this is the mapper's answer. Without one (or
 * when it mapped no layer), only layer 0 of a multi-layer image is assumed to be the base (dive's
 * convention), so rules about how the user's Dockerfile is written do not blame it.
 */
export function isBaseLayer<O>(ctx: RuleContext<O>, i: number): boolean {
  // A mapping that placed no layer at all (the image was built from another Dockerfile, or has no
  // history) knows nothing about the base either: fall back to the convention below.
  if (ctx.mapping && mappedAny(ctx)) {
    const m = ctx.mapping.layers[i];
    return m ? m.fromBaseImage : false;
  }
  return i === 0 && ctx.model.layers.length > 1;
}

/** The parsed instruction that produced layer `i` (matched by stage and line). */
export function parsedInstructionForLayer<O>(ctx: RuleContext<O>, i: number): ParsedInstruction | null {
  const inst = layerInstruction(ctx, i);
  if (!inst || !ctx.dockerfile) return null;
  return findParsedInstruction(ctx, inst.line);
}

/** The parsed instruction starting at `line`, if any. */
export function findParsedInstruction<O>(ctx: RuleContext<O>, line: number): ParsedInstruction | null {
  for (const stage of ctx.dockerfile?.stages ?? []) {
    for (const ins of stage.instructions) {
      if (ins.line === line) return ins;
    }
  }
  return null;
}

/** The image layer produced by the instruction at `line` in stage `stageIndex`, or null. */
export function layerForLine<O>(ctx: RuleContext<O>, stageIndex: number, line: number): number | null {
  const layers = ctx.mapping?.layers ?? [];
  for (let i = 0; i < layers.length; i++) {
    const ins = layers[i]?.instruction;
    if (ins && ins.line === line && ins.stageIndex === stageIndex && layers[i]?.fromBaseImage !== true)
      return i;
  }
  return null;
}

/** Short label for a layer in messages: `layer 3 (Dockerfile:12 RUN)` or `layer 3`. */
export function layerLabel<O>(ctx: RuleContext<O>, i: number): string {
  const inst = layerInstruction(ctx, i);
  if (inst) return `layer ${i} (line ${inst.line} ${inst.keyword})`;
  return isBaseLayer(ctx, i) ? `layer ${i} (base image)` : `layer ${i}`;
}

/** Sum of the bytes of some file refs. */
export function sumBytes(refs: readonly { bytes: number }[]): number {
  let total = 0;
  for (const r of refs) total += r.bytes;
  return total;
}

/** Group hidden files by (adding layer, hiding layer), in layer order. */
export function groupHidden(
  files: readonly HiddenFile[],
): { layer: number; hiddenBy: number; files: HiddenFile[] }[] {
  const groups = new Map<string, { layer: number; hiddenBy: number; files: HiddenFile[] }>();
  for (const f of files) {
    const key = `${f.layer}:${f.hiddenBy}`;
    let g = groups.get(key);
    if (!g) {
      g = { layer: f.layer, hiddenBy: f.hiddenBy, files: [] };
      groups.set(key, g);
    }
    g.files.push(f);
  }
  return [...groups.values()].sort((a, b) => a.layer - b.layer || a.hiddenBy - b.hiddenBy);
}

/** File refs for hidden files. */
export function refs(files: readonly { path: string; bytes: number }[]): FileRef[] {
  return files.map((f) => ({ path: f.path, bytes: f.bytes }));
}

/** `/path` for messages. */
export function shown(path: string): string {
  return `/${path}`;
}

/** A piece of evidence; `layer` names the layer holding the bytes when it is not the finding's own. */
export interface EvidenceRef extends FileRef {
  layer?: number;
}

/** The command a RUN layer ran: the Dockerfile's text when mapped, else its history without the builder's wrapper. */
export function layerCommand<O>(ctx: RuleContext<O>, i: number): string {
  const ins = parsedInstructionForLayer(ctx, i);
  if (ins) return [ins.command ?? ins.args.join(' '), ...ins.heredocs].join('\n');
  return stripBuildkitMarker(displayCreatedBy(ctx.model.layers[i]?.createdBy ?? ''));
}

/** History text without BuildKit's ` # buildkit` marker (also before a trailing newline or quote). */
export function stripBuildkitMarker(text: string): string {
  return text.replace(/\s*# buildkit\s*$/, '');
}

/**
 * The FROM line that brought the base image in: the first stage of the target's chain. Null without a
 * Dockerfile mapping, or with one the mapper marked unreliable.
 */
export function baseFromLine(mapping: MappingResult | null): number | null {
  // A Dockerfile that does not match the image says nothing about where its base came from.
  if (mapping?.unreliable) return null;
  const stages = mapping?.stages ?? [];
  const chain = stages.filter((s) => s.inTarget).sort((a, b) => a.index - b.index);
  return (chain[0] ?? stages[0])?.line ?? null;
}

/** A content-addressed file name: a hex digest or a long token with digits, with an optional extension. */
const HASH_FILE = /^(?:[0-9a-f]{16,}|(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]{32,})(?:\.[a-z0-9]+)?$/i;
/** The fan-out directories above such files: short hex, digests, and the caches' format directories. */
const HASH_DIR = /^(?:[0-9a-f]{1,2}|[0-9a-f]{8,}|sha\d+|content-v\d+|index-v\d+|http(?:-v\d+)?)$/i;

/**
 * Fold evidence made of hash-named cache files into one row per directory: the files of
 * `root/.npm/_cacache/content-v2/sha512/ab/cd/<hex>` become `root/.npm/_cacache/` with their summed
 * bytes and count. A name is folded only with at least one sibling; everything else stays as it is.
 */
export function foldHashedPaths<T extends FileRef>(paths: readonly T[]): (T & { files: number })[] {
  const groups = new Map<string, T[]>();
  const keyOf = (p: string): string | null => {
    const parts = p.split('/');
    if (!HASH_FILE.test(parts[parts.length - 1] ?? '')) return null;
    let at = parts.length - 1;
    while (at > 1 && HASH_DIR.test(parts[at - 1] ?? '')) at--;
    // A directory must remain to fold into.
    if (at < 1) return null;
    return `${parts.slice(0, at).join('/')}/`;
  };
  for (const p of paths) {
    const key = keyOf(p.path);
    if (key === null) continue;
    const list = groups.get(key) ?? [];
    list.push(p);
    groups.set(key, list);
  }
  const out: (T & { files: number })[] = [];
  const folded = new Set<T>();
  for (const [dir, list] of groups) {
    if (list.length < 2) continue;
    for (const p of list) folded.add(p);
    const first = list[0] as T;
    out.push({ ...first, path: dir, bytes: sumBytes(list), files: list.length });
  }
  for (const p of paths) if (!folded.has(p)) out.push({ ...p, files: 1 });
  return out;
}

export interface HiddenRuleOptions {
  minBytes: number;
  /** Package-manager state (package-state.ts) is reported only from this many bytes per layer pair. */
  packageStateMinBytes: number;
}

function count(n: number): string {
  return `${n} file${n === 1 ? '' : 's'}`;
}

/**
 * Report hidden files grouped by (adding layer, hiding layer), at the adding layer: LL003 and LL004.
 * Groups below `minBytes` stay quiet, base-image files hidden by the base itself are skipped, and
 * base-image files hidden by the build are info (the fix is a slimmer base, not a Dockerfile edit).
 * Package-manager state (dpkg's status, /etc/passwd, ld.so.cache …) that an install or useradd
 * rewrites is expected: it is reported on its own, only from `packageStateMinBytes`, with advice
 * that the user can follow.
 */
export function reportHiddenGroups(
  ctx: RuleContext<HiddenRuleOptions>,
  report: (f: FindingInput) => void,
  hidden: readonly HiddenFile[],
  fate: (plural: boolean, hiddenBy: string) => string,
  /** The advice for base-image files, where the rule's own fix (edit the step that made them) cannot apply. */
  baseFix: string,
): void {
  for (const g of groupHidden(hidden)) {
    const fromBase = isBaseLayer(ctx, g.layer);
    if (fromBase && isBaseLayer(ctx, g.hiddenBy)) continue;
    const by = layerLabel(ctx, g.hiddenBy);
    const state = g.files.filter((f) => isPackageState(f.path));
    const other = g.files.filter((f) => !isPackageState(f.path));
    const common = {
      layerIndex: g.layer,
      relatedLayers: [g.hiddenBy],
      ...(fromBase ? { severity: 'info' as const } : {}),
    };
    const otherBytes = sumBytes(other);
    if (otherBytes > 0 && otherBytes >= ctx.options.minBytes) {
      const say = (bytes: number, n: number): string =>
        `${formatBytes(bytes)} in ${count(n)} ${fate(n !== 1, by)}`;
      report({
        ...common,
        bytes: otherBytes,
        paths: refs(other),
        message: say(otherBytes, other.length),
        messageAfterClaims: say,
        ...(fromBase ? { fix: baseFix } : {}),
      });
    }
    const stateBytes = sumBytes(state);
    if (stateBytes > 0 && stateBytes >= Math.max(ctx.options.minBytes, ctx.options.packageStateMinBytes)) {
      const owners = [...new Set(state.map((f) => packageStateOwner(f.path) ?? ''))].sort().join(', ');
      const say = (bytes: number, n: number): string =>
        `${formatBytes(bytes)} of package-manager state (${owners}, ${count(n)}) ${fate(n !== 1, by)}`;
      report({
        ...common,
        bytes: stateBytes,
        paths: refs(state),
        message: say(stateBytes, state.length),
        messageAfterClaims: say,
        fix: fromBase
          ? "Nothing to change in this Dockerfile: installing packages or adding users rewrites the base image's package database and account files. A base image that already contains the packages avoids the second copy."
          : 'Install packages and add users in as few RUN instructions as possible: every RUN that does rewrites the whole package database and stores another copy of it.',
      });
    }
  }
}
