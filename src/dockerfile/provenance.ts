/**
 * BuildKit provenance (in-toto SLSA v0.2 predicate, `--provenance=mode=max`): the LLB definition and
 * the source location of every step. Walking the final result's main input back to the base image
 * gives the layer-making steps of the target, bottom to top, each with its exact Dockerfile lines.
 */
import type { HistoryEntry } from '../oci/types.js';
import { scorePair, type Sig } from './score.js';
import type { ParsedInstruction } from './types.js';
import { isRecord } from '../common/json.js';

/** One layer-making LLB step of the target chain. */
export interface ProvenanceStep {
  id: string;
  kind: 'exec' | 'file' | 'merge';
  /** 1-based Dockerfile line range, when BuildKit recorded it. */
  line: number | null;
  endLine: number | null;
}

const BUILDKIT_METADATA = 'https://mobyproject.org/buildkit@v1#metadata';

type Obj = Record<string, unknown>;

/** The chain of steps (bottom to top), or null when the provenance is absent, not mode=max or unreadable. */
export function provenanceSteps(provenance: unknown): ProvenanceStep[] | null {
  if (!isRecord(provenance)) return null;
  const predicate = isRecord(provenance.predicate) ? provenance.predicate : provenance;
  const buildConfig = predicate.buildConfig;
  const metadata = predicate.metadata;
  if (!isRecord(buildConfig) || !Array.isArray(buildConfig.llbDefinition)) return null;
  const steps = new Map<string, Obj>();
  for (const s of buildConfig.llbDefinition) if (isRecord(s) && typeof s.id === 'string') steps.set(s.id, s);
  const locations =
    isRecord(metadata) && isRecord(metadata[BUILDKIT_METADATA]) ? metadata[BUILDKIT_METADATA] : {};
  const source = isRecord(locations) && isRecord(locations.source) ? locations.source : {};
  const locs = isRecord(source.locations) ? source.locations : {};

  const terminal = [...steps.values()].find((s) => isRecord(s.op) && s.op.Op === null);
  if (!terminal) return null;
  const inputsOf = (s: Obj): string[] =>
    Array.isArray(s.inputs) ? s.inputs.filter((x): x is string => typeof x === 'string') : [];
  const stepOf = (ref: string | undefined): Obj | undefined =>
    ref === undefined ? undefined : steps.get(ref.replace(/:\d+$/, ''));

  const chain: ProvenanceStep[] = [];
  const seen = new Set<string>();
  let cur = stepOf(inputsOf(terminal)[0]);
  while (cur && typeof cur.id === 'string' && !seen.has(cur.id)) {
    seen.add(cur.id);
    const op = isRecord(cur.op) && isRecord(cur.op.Op) ? cur.op.Op : null;
    if (!op) break;
    let main: number | undefined;
    let kind: ProvenanceStep['kind'];
    if (isRecord(op.exec)) {
      kind = 'exec';
      const mounts = Array.isArray(op.exec.mounts) ? op.exec.mounts.filter(isRecord) : [];
      const root = mounts.find((m) => m.dest === '/');
      main = typeof root?.input === 'number' && root.input >= 0 ? root.input : undefined;
    } else if (isRecord(op.file)) {
      kind = 'file';
      const actions = Array.isArray(op.file.actions) ? op.file.actions.filter(isRecord) : [];
      const first = actions[0];
      main = typeof first?.input === 'number' && first.input >= 0 ? first.input : undefined;
    } else if (isRecord(op.merge)) {
      kind = 'merge';
      const ins = Array.isArray(op.merge.inputs) ? op.merge.inputs.filter(isRecord) : [];
      main = typeof ins[0]?.input === 'number' ? ins[0].input : undefined;
    } else {
      break; // a source op: the base image (or scratch) ends the chain
    }
    chain.push({ id: cur.id, kind, ...lineRange(locs[cur.id]) });
    cur = main === undefined ? undefined : stepOf(inputsOf(cur)[main]);
  }
  return chain.reverse();
}

/**
 * Provenance steps paired with the topmost layer entries (one layer per step), checked against the
 * Dockerfile: every step's line must be a chain instruction that could have written that entry.
 * Returns entry index -> instruction, or null (with a warning) when the provenance cannot be used.
 */
export function provenanceMatches(
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

/** The Dockerfile lines one step's source locations cover, or nulls when BuildKit recorded none. */
function lineRange(loc: unknown): Pick<ProvenanceStep, 'line' | 'endLine'> {
  const ranges: { start: number; end: number }[] = [];
  if (isRecord(loc) && Array.isArray(loc.locations)) {
    for (const l of loc.locations.filter(isRecord)) {
      for (const r of Array.isArray(l.ranges) ? l.ranges.filter(isRecord) : []) {
        const s = isRecord(r.start) && typeof r.start.line === 'number' ? r.start.line : null;
        const e = isRecord(r.end) && typeof r.end.line === 'number' ? r.end.line : s;
        if (s !== null && e !== null) ranges.push({ start: s, end: e });
      }
    }
  }
  if (ranges.length === 0) return { line: null, endLine: null };
  return { line: Math.min(...ranges.map((r) => r.start)), endLine: Math.max(...ranges.map((r) => r.end)) };
}
