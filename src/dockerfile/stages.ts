/** Which stages built the image, and their instructions in build order. */
import type { HistoryEntry } from '../oci/types.js';
import { InputError } from '../common/errors.js';
import { align } from './align.js';
import { EXACT, type Sig } from './score.js';
import type { ParsedDockerfile, ParsedInstruction, ParsedStage } from './types.js';

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

/**
 * Without --target: the last stage, unless another stage's chain explains the history clearly
 * better (the image was built with a --target nobody passed us). Ties go to the last stage.
 */
export function bestChain(
  df: ParsedDockerfile,
  sigs: Sig[],
  history: HistoryEntry[],
  warnings: string[],
): ParsedStage[] {
  const last = targetChain(df);
  if (df.stages.length < 2) return last;
  const scoreOf = (chain: ParsedStage[]): number =>
    align(chainInstructions(df, chain).instrs, sigs, history).score;
  let best = last;
  let bestScore = scoreOf(last);
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

/**
 * The chain's instructions in build order (FROM lines left out). A stage built FROM a stage of this
 * Dockerfile first runs that stage's ONBUILD triggers: they are inserted there, and a layer they
 * make is reported at the ONBUILD line.
 */
export function chainInstructions(
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
