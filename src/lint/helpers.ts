/** Shared helpers for the rule modules: layer/instruction lookups and path grouping. */
import type { FileRef, HiddenFile } from '../image/model.js';
import type { Instruction, ParsedInstruction } from '../dockerfile/types.js';
import { formatBytes } from '../common/size.js';
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

/**
 * Report hidden files grouped by (adding layer, hiding layer), at the adding layer: LL003 and LL004.
 * Groups below `minBytes` stay quiet, base-image files hidden by the base itself are skipped, and
 * base-image files hidden by the build are info (the fix is a slimmer base, not a Dockerfile edit).
 */
export function reportHiddenGroups(
  ctx: RuleContext<{ minBytes: number }>,
  report: (f: FindingInput) => void,
  hidden: readonly HiddenFile[],
  fate: (plural: boolean, hiddenBy: string) => string,
): void {
  for (const g of groupHidden(hidden)) {
    const bytes = sumBytes(g.files);
    if (bytes === 0 || bytes < ctx.options.minBytes) continue;
    const fromBase = isBaseLayer(ctx, g.layer);
    if (fromBase && isBaseLayer(ctx, g.hiddenBy)) continue;
    const n = g.files.length;
    report({
      layerIndex: g.layer,
      bytes,
      paths: refs(g.files),
      relatedLayers: [g.hiddenBy],
      ...(fromBase ? { severity: 'info' as const } : {}),
      message: `${formatBytes(bytes)} in ${n} file${n === 1 ? '' : 's'} added by ${layerLabel(ctx, g.layer)} ${fate(
        n !== 1,
        layerLabel(ctx, g.hiddenBy),
      )}`,
    });
  }
}
