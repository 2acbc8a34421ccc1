/** ONBUILD triggers of the base image: the layers they make sit right above it. */
import type { HistoryEntry } from '../oci/types.js';
import { parseCreatedBy } from '../image/history.js';
import { parseDockerfile } from './parse.js';
import type { ParsedInstruction } from './types.js';

/** The base image's triggers: from its `config.OnBuild`, or legacy `#(nop)  ONBUILD …` history entries. */
export function onbuildTriggers(below: HistoryEntry[], baseOnBuild?: string[]): string[] {
  if (baseOnBuild && baseOnBuild.length > 0) return baseOnBuild;
  const out: string[] = [];
  for (const h of below) {
    const s = parseCreatedBy(h.created_by ?? '');
    if (s.keyword === 'ONBUILD' && s.body !== '') out.push(s.body);
  }
  return out;
}

/** One trigger's instructions, or none when it does not parse (a trigger never fails the mapping). */
export function parseTrigger(text: string, path: string): ParsedInstruction[] {
  try {
    const df = parseDockerfile(`FROM scratch\n${text}\n`, path, { buildArgs: {} });
    return df.stages[0]?.instructions.filter((i) => i.keyword !== 'FROM') ?? [];
  } catch {
    return [];
  }
}
