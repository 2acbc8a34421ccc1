/**
 * Map image layers (config history) to the Dockerfile instructions that made them.
 *
 * The target stage's chain of instructions is aligned with the history (align.ts), every pair
 * scored by how well the instruction's expected `created_by` matches the entry (score.ts). Then the
 * base-image boundary is placed, ONBUILD trigger layers are attributed, and every layer gets its
 * instruction or a warning. See docs/dockerfile.md.
 */
import type { HistoryEntry } from '../oci/types.js';
import { align, type AlignedPair } from './align.js';
import { toInstruction } from './instruction.js';
import { onbuildTriggers, parseTrigger } from './onbuild.js';
import { provenanceMatches } from './provenance.js';
import { sigOf, type Sig } from './score.js';
import { bestChain, chainInstructions, targetChain } from './stages.js';
import { oneLine, truncate } from '../common/text.js';
import type {
  LayerMapping,
  MappingQuality,
  MappingResult,
  ParsedDockerfile,
  ParsedInstruction,
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

type Quality = Exclude<MappingQuality, 'none'>;

/** What every placement step reads: the image's history and what is known of its base. */
interface Frame {
  df: ParsedDockerfile;
  history: HistoryEntry[];
  sigs: Sig[];
  /** History entry -> layer index; null for `empty_layer` entries. */
  layerOfEntry: (number | null)[];
  /** How many bottom layers are the base image's, when `--base-image` proved it. */
  baseLayers: number | null;
  /** The first entry the alignment may use: the one above the known base image, else 0. */
  lo: number;
  warnings: string[];
}

/** Where the base image ends, and the ONBUILD trigger layers right above it. */
interface Boundary {
  /** Entries below this one are the base image's (without `--base-image`). */
  below: number;
  firstMatched: number;
  rootFrom: ParsedInstruction | undefined;
  triggers: string[];
  triggerMatch: Map<number, Quality>;
  /** Layer-making instructions before the first match that found no entry. */
  lost: number;
}

function makesLayer(ins: ParsedInstruction): boolean {
  return ins.keyword === 'RUN' || ins.keyword === 'COPY' || ins.keyword === 'ADD';
}

/** Map every image layer to the instruction that produced it. */
export function mapLayers(input: MapInput): MappingResult {
  const { dockerfile: df, history } = input;
  const warnings: string[] = [];
  const sigs = history.map(sigOf);
  const chain =
    input.target !== undefined && input.target !== ''
      ? targetChain(df, input.target)
      : bestChain(df, sigs, history, warnings);
  const inChain = new Set(chain.map((s) => s.index));
  const stages: StageSummary[] = df.stages.map((s) => ({
    name: s.name,
    index: s.index,
    from: s.from,
    line: s.line,
    inTarget: inChain.has(s.index),
  }));
  const f = frame(input, sigs, warnings);
  const { instrs, reportAs } = chainInstructions(df, chain);
  const { entryMatch, matchOf } = matchEntries(f, instrs, input.provenance);
  const layers: LayerMapping[] = input.diffIds.map((_, k) => ({
    instruction: null,
    fromBaseImage: f.baseLayers !== null && k < f.baseLayers,
    mapping: 'none',
  }));
  if (disagrees(f, instrs, entryMatch)) {
    const reason =
      `the image history does not match ${df.path}${input.target ? ` (target ${input.target})` : ''}: ` +
      'was it built from another Dockerfile? No layer is mapped';
    warnings.push(reason);
    return { layers, stages, warnings, unreliable: reason };
  }
  const rootFrom = chain[0]?.instructions.find((i) => i.keyword === 'FROM');
  const b: Boundary = {
    ...boundary(f, rootFrom, input.baseOnBuild, entryMatch),
    lost: lostInstructions(instrs, matchOf),
  };
  attributeLost(f, b);
  const placed = placeLayers(f, b, layers, (j) => {
    const m = entryMatch.get(j);
    return m && { instr: reportAs.get(m.instr) ?? m.instr, quality: m.quality };
  });
  const missing = instrs.filter((ins, i) => matchOf[i] === null && makesLayer(ins));
  for (const ins of missing) {
    warnings.push(
      `${df.path}:${ins.line} ${ins.keyword} has no matching history entry (Dockerfile changed since the build?)`,
    );
  }
  const unreliable = unreliableReason(f, input.diffIds.length, placed, {
    missing: missing.length,
    total: instrs.filter(makesLayer).length,
  });
  // A text match in a Dockerfile that does not describe the image is a coincidence, not evidence.
  if (unreliable !== null)
    for (const l of layers) if (l.instruction && l.mapping === 'exact') l.mapping = 'probable';
  const entries = history.map((_, j) => {
    const m = j >= b.below ? entryMatch.get(j) : undefined;
    return m ? toInstruction(reportAs.get(m.instr) ?? m.instr) : null;
  });
  return { layers, stages, warnings, entries, unreliable };
}

/**
 * Why the mapping as a whole cannot be trusted, or null. Each case also has its own warning; this is
 * the one line outputs show first. "Most" is more than half, as in the summary warning of placeLayers.
 */
function unreliableReason(
  f: Frame,
  layerCount: number,
  placed: { unmatched: number; built: number },
  instructions: { missing: number; total: number },
): string | null {
  const path = f.df.path;
  const listed = f.layerOfEntry.filter((l) => l !== null).length;
  if (listed !== layerCount) {
    return `the history lists ${listed} layer(s) but the image has ${layerCount}, so layers cannot be matched to ${path} reliably`;
  }
  if (placed.unmatched > 0 && placed.unmatched * 2 >= placed.built) {
    return `${placed.unmatched} of ${placed.built} layers match no instruction of ${path}: was it built from another Dockerfile?`;
  }
  if (instructions.total > 0 && instructions.missing * 2 > instructions.total) {
    return `${instructions.missing} of ${instructions.total} RUN/COPY/ADD instructions of ${path} have no history entry: was the image built from another Dockerfile?`;
  }
  return null;
}

/** Which entry makes which layer, and how many bottom layers `--base-image` proves are the base's. */
function frame(input: MapInput, sigs: Sig[], warnings: string[]): Frame {
  const layerOfEntry: (number | null)[] = [];
  let nLayers = 0;
  for (const h of input.history) layerOfEntry.push(h.empty_layer === true ? null : nLayers++);
  const layerCount = input.diffIds.length;
  if (nLayers !== layerCount) {
    warnings.push(
      `history lists ${nLayers} layer(s) but the image has ${layerCount}; layers cannot be matched to history reliably`,
    );
  }
  const baseLayers = knownBaseLayers(input, warnings);
  const lo =
    baseLayers !== null && baseLayers > 0 ? layerOfEntry.findIndex((l) => l === baseLayers - 1) + 1 : 0;
  return { df: input.dockerfile, history: input.history, sigs, layerOfEntry, baseLayers, lo, warnings };
}

/** The base image's layer count (`--base-image`), when its diff_ids really are the bottom of this image. */
function knownBaseLayers(input: MapInput, warnings: string[]): number | null {
  const b = input.baseDiffIds;
  if (b === undefined) return null;
  if (b.length <= input.diffIds.length && b.every((d, i) => input.diffIds[i] === d)) return b.length;
  warnings.push(
    'the base image\u2019s layers are not the bottom layers of this image; base-image boundary inferred from the Dockerfile',
  );
  return null;
}

/**
 * Entry -> instruction by alignment above `lo`, replaced by the provenance when it is usable. Also
 * returns, per instruction, its entry (null when none), for the warnings.
 */
function matchEntries(
  f: Frame,
  instrs: ParsedInstruction[],
  provenance: unknown,
): {
  entryMatch: Map<number, { instr: ParsedInstruction; quality: Quality }>;
  matchOf: (AlignedPair | null)[];
} {
  const { lo } = f;
  const matchOf = align(instrs, f.sigs.slice(lo), f.history.slice(lo)).pairs.map((m) =>
    m === null ? null : { ...m, j: m.j + lo },
  );
  const entryMatch = new Map<number, { instr: ParsedInstruction; quality: Quality }>();
  matchOf.forEach((m, i) => {
    const instr = instrs[i];
    if (m !== null && instr) entryMatch.set(m.j, { instr, quality: m.quality });
  });
  if (provenance === undefined) return { entryMatch, matchOf };
  const fromProv = provenanceMatches(provenance, instrs, f.sigs, f.history, f.warnings);
  if (fromProv) {
    entryMatch.clear();
    for (const [j, instr] of fromProv) entryMatch.set(j, { instr, quality: 'exact' });
    // Keep the alignment's view of which instructions were found, for the warnings.
    matchOf.fill(null);
    for (const [j, instr] of fromProv) matchOf[instrs.indexOf(instr)] = { j, quality: 'exact' };
  }
  return { entryMatch, matchOf };
}

/**
 * No evidence the image came from this Dockerfile: no layer entry matched on its content (RUN, COPY
 * and ADD never match on the keyword alone). A chain that makes no layers has nothing to disagree with.
 */
function disagrees(f: Frame, instrs: ParsedInstruction[], entryMatch: ReadonlyMap<number, unknown>): boolean {
  const layerMatches = [...entryMatch.keys()].filter((j) => f.layerOfEntry[j] !== null).length;
  const nLayers = f.layerOfEntry.filter((l) => l !== null).length;
  return instrs.some(makesLayer) && layerMatches === 0 && nLayers > (f.baseLayers ?? 0);
}

/**
 * The base-image boundary: below the first matched entry, unless the base image's diff_ids said
 * otherwise. Layers made by ONBUILD triggers of the base image sit right below the first instruction.
 */
function boundary(
  f: Frame,
  rootFrom: ParsedInstruction | undefined,
  baseOnBuild: string[] | undefined,
  entryMatch: ReadonlyMap<number, unknown>,
): Omit<Boundary, 'lost'> {
  const firstMatched = Math.min(f.history.length, ...entryMatch.keys());
  let below = f.lo > 0 ? f.lo : firstMatched;
  const triggers = onbuildTriggers(f.history.slice(0, firstMatched), baseOnBuild);
  const triggerMatch = new Map<number, Quality>();
  if (rootFrom && triggers.length > 0) {
    const tInstrs = triggers.flatMap((t) => parseTrigger(t, f.df.path));
    const start = f.baseLayers !== null ? f.lo : 0;
    const tm = align(tInstrs, f.sigs.slice(start, firstMatched), f.history.slice(start, firstMatched)).pairs;
    for (const m of tm) if (m !== null) triggerMatch.set(m.j + start, m.quality);
    const firstTrig = Math.min(...triggerMatch.keys(), firstMatched);
    if (f.baseLayers === null) below = Math.min(below, firstTrig);
  }
  return { below, firstMatched, rootFrom, triggers, triggerMatch };
}

/** Layer-making instructions before the first one that found its entry. */
function lostInstructions(instrs: ParsedInstruction[], matchOf: (AlignedPair | null)[]): number {
  const firstIdx = matchOf.findIndex((m) => m !== null);
  return instrs.slice(0, firstIdx < 0 ? 0 : firstIdx).filter(makesLayer).length;
}

/**
 * Instructions before the first match that found no entry (edited beyond recognition) still made
 * layers: the entries right below the first match are theirs, not the base image's. Without
 * --base-image we cannot prove either way, so they get no line and a warning.
 */
function attributeLost(f: Frame, b: Boundary): void {
  if (f.baseLayers !== null || b.triggerMatch.size > 0) return;
  let j = b.below - 1;
  let taken = 0;
  while (taken < b.lost && j >= 0) {
    if (f.layerOfEntry[j] !== null) taken++;
    j--;
  }
  if (taken > 0) {
    b.below = j + 1;
    f.warnings.push(
      `${taken} layer(s) right below the first mapped instruction may come from earlier instructions that no longer match; they are not attributed`,
    );
  }
}

/**
 * Give every layer its base-image flag, instruction and quality, warning about the ones left over.
 * Returns how many layers above the base matched nothing, of how many.
 */
function placeLayers(
  f: Frame,
  b: Boundary,
  layers: LayerMapping[],
  matched: (j: number) => { instr: ParsedInstruction; quality: Quality } | undefined,
): { unmatched: number; built: number } {
  const { df, history, baseLayers, warnings } = f;
  const unmatched: number[] = [];
  for (let j = 0; j < history.length; j++) {
    const k = f.layerOfEntry[j];
    const layer = k === null || k === undefined ? undefined : layers[k];
    if (k === null || k === undefined || !layer) continue;
    if (baseLayers !== null ? k < baseLayers : j < b.below) {
      layer.fromBaseImage = true;
      layer.mapping = baseLayers === null ? 'probable' : 'exact';
      continue;
    }
    const m = matched(j);
    const t = b.triggerMatch.get(j);
    if (m) {
      layer.instruction = toInstruction(m.instr);
      layer.mapping = m.quality;
    } else if (t && b.rootFrom) {
      layer.instruction = toInstruction(b.rootFrom);
      layer.mapping = t;
    } else if (
      b.rootFrom &&
      baseLayers !== null &&
      j < b.firstMatched &&
      b.triggers.length === 0 &&
      b.lost === 0
    ) {
      // Above the known base image yet below the first instruction: only ONBUILD triggers put layers here.
      layer.instruction = toInstruction(b.rootFrom);
      layer.mapping = 'probable';
      warnings.push(
        `layer ${k} (${short(history[j]?.created_by)}) sits between the base image and the first instruction; attributed to ${df.path}:${b.rootFrom.line} FROM (ONBUILD trigger of the base image?)`,
      );
    } else {
      unmatched.push(k);
      warnings.push(`layer ${k} (${short(history[j]?.created_by)}) matches no instruction of ${df.path}`);
    }
  }
  const built = layers.filter((l) => !l.fromBaseImage).length;
  if (built > 0 && unmatched.length * 2 > built) {
    warnings.push(
      `${unmatched.length} of ${built} layers match no instruction of ${df.path}: the image was probably built from another version of it`,
    );
  }
  return { unmatched: unmatched.length, built };
}

function short(s: string | undefined, max = 60): string {
  return truncate(oneLine(s ?? ''), max);
}
