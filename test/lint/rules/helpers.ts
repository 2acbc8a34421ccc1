/**
 * Rule-test scenarios: a synthetic image (real buildModel) plus, optionally, a Dockerfile parsed by the
 * real parser and a mapping written BY HAND (layer -> Dockerfile line), so rule tests do not depend on
 * the mapper's guesses. `mapped: 'auto'` runs the real mapper instead.
 */
import { mapLayers, parseDockerfile } from '../../../src/dockerfile/index.js';
import type { LayerMapping, MappingResult, ParsedDockerfile } from '../../../src/dockerfile/types.js';
import type { LayerlintConfig } from '../../../src/lint/config.js';
import { runRules } from '../../../src/lint/runner.js';
import type { ImageModel } from '../../../src/image/model.js';
import type { Finding, Rule } from '../../../src/lint/types.js';
import { syntheticModel } from '../../helpers/model.js';
import type { SyntheticLayer } from '../../helpers/image.js';

/** A busybox-like base layer (what `FROM base` gives in the fixtures). */
export const BASE_LAYER: SyntheticLayer = {
  createdBy: 'COPY busybox /bin/busybox # buildkit',
  entries: ['bin/', 'bin/busybox:1000000', 'bin/sh -> busybox', 'etc/', 'etc/passwd:300', 'tmp/', 'var/'],
};

export interface Scenario {
  layers: SyntheticLayer[];
  /** Dockerfile text; line numbers in `lines` refer to it. */
  dockerfile?: string;
  /**
   * Per image layer: `'base'` for a base-image layer, a 1-based Dockerfile line, or null (unmapped).
   * `'auto'` runs the real mapper on the synthetic history.
   */
  lines?: (number | 'base' | null)[] | 'auto';
}

export interface Built {
  model: ImageModel;
  mapping: MappingResult | null;
  dockerfile: ParsedDockerfile | null;
}

/** Build the model, parsed Dockerfile and mapping of a scenario. */
export function build(s: Scenario): Built {
  const model = syntheticModel({ layers: s.layers });
  if (s.dockerfile === undefined) return { model, mapping: null, dockerfile: null };
  const dockerfile = parseDockerfile(s.dockerfile, 'Dockerfile', { buildArgs: {} });
  if (s.lines === 'auto') {
    const mapping = mapLayers({
      dockerfile,
      history: model.image.config.history ?? [],
      diffIds: model.image.config.rootfs.diff_ids,
    });
    return { model, mapping, dockerfile };
  }
  const spec = s.lines ?? [];
  const byLine = new Map(dockerfile.stages.flatMap((st) => st.instructions.map((i) => [i.line, i] as const)));
  const layers: LayerMapping[] = model.layers.map((_, i) => {
    const l = spec[i] ?? null;
    if (l === 'base') return { instruction: null, fromBaseImage: true, mapping: 'exact' };
    if (l === null) return { instruction: null, fromBaseImage: false, mapping: 'none' };
    const ins = byLine.get(l);
    if (!ins) throw new Error(`test scenario: no instruction starts at line ${l}`);
    const { stage, stageIndex, keyword, line, endLine, text } = ins;
    return {
      instruction: { stage, stageIndex, keyword, line, endLine, text },
      fromBaseImage: false,
      mapping: 'exact',
    };
  });
  const mapping: MappingResult = {
    layers,
    stages: dockerfile.stages.map((st) => ({
      name: st.name,
      index: st.index,
      from: st.from,
      line: st.line,
      inTarget: true,
    })),
    warnings: [],
  };
  return { model, mapping, dockerfile };
}

/** Run one rule (through the engine, so lines are filled) on a scenario. */
export function runOne<O extends object>(
  rule: Rule<O>,
  s: Scenario | Built,
  config?: LayerlintConfig,
): Finding[] {
  const b = 'model' in s ? s : build(s);
  return runRules({ ...b, rules: [rule], ...(config ? { config } : {}) });
}

/** The parts rule tests assert: rule id, layer and lines (never the message text). */
export function where(
  findings: readonly Finding[],
): { ruleId: string; layer: number | null; line: number | null; endLine: number | null }[] {
  return findings.map((f) => ({ ruleId: f.ruleId, layer: f.layerIndex, line: f.line, endLine: f.endLine }));
}

/** Dockerfile text from lines (line 1 is the first element). */
export function dockerfile(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** The value, or a thrown error naming what is missing: tables are indexed without `!`. */
export function must<T>(value: T | undefined, what = 'test case'): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}
