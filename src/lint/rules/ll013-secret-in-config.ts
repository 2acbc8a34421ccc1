/** LL013: a secret in the image config: an ENV variable, a LABEL, or a build arg recorded in history. */
import type { ConfigSecret } from '../../image/secrets.js';
import type { Rule } from '../types.js';
import { isBaseLayer, mappedAny } from '../helpers.js';

export interface Ll013Options {
  /** ENV, LABEL and build-arg names never reported (any case): values you know are public. */
  allowNames: string[];
}

const WHAT: Record<ConfigSecret['source'], string> = {
  ENV: 'ENV',
  LABEL: 'LABEL',
  ARG: 'build arg',
};

function describe(secrets: readonly ConfigSecret[]): string {
  const bySource = new Map<ConfigSecret['source'], string[]>();
  for (const s of secrets) {
    const list = bySource.get(s.source) ?? [];
    const item = `${s.name} (${s.kind})`;
    if (!list.includes(item)) list.push(item);
    bySource.set(s.source, list);
  }
  return [...bySource].map(([source, items]) => `${WHAT[source]} ${items.join(', ')}`).join('; ');
}

export const ll013: Rule<Ll013Options> = {
  id: 'LL013',
  name: 'secret-in-config',
  title: 'Secret in the image config or history',
  defaultSeverity: 'error',
  rationale:
    'ENV values, LABEL values and the build arguments a RUN used (`|1 NPM_TOKEN=…` in its history entry) are ' +
    'stored in the image config, which anyone who can pull the image can read with `docker inspect` or ' +
    '`docker history`. Reported: ENV variables whose name says secret (*_TOKEN, *_SECRET, *PASSWORD*, ' +
    '*_API_KEY …) with a real value or whose value is a known token format; LABEL values in a token format; ' +
    'build args whose name says secret or whose value is a token format. Findings name the variable, never ' +
    'the value, and every output redacts the value (docs/secrets.md).',
  fix: 'Pass the secret at run time (environment, mounted file) or to the build with `RUN --mount=type=secret,id=…` instead of ENV, LABEL or ARG; rotate any credential that was pushed.',
  options: { allowNames: [] },
  check(ctx, report) {
    const history = ctx.model.image.config.history ?? [];
    // History entry -> layer index (null for empty_layer entries), as the mapper counts them.
    const layerOf: (number | null)[] = [];
    let n = 0;
    for (const h of history) layerOf.push(h.empty_layer === true ? null : n++);
    const groups = new Map<number | string, ConfigSecret[]>();
    const allowed = new Set(ctx.options.allowNames.map((n) => n.toLowerCase()));
    for (const s of ctx.model.secrets.config) {
      if (allowed.has(s.name.toLowerCase())) continue;
      const key = s.history ?? `config:${s.source}`;
      const list = groups.get(key) ?? [];
      list.push(s);
      groups.set(key, list);
    }
    for (const [key, secrets] of groups) {
      const j = typeof key === 'number' ? key : null;
      const layer = j === null ? null : (layerOf[j] ?? null);
      const instruction = j === null ? null : (ctx.mapping?.entries?.[j] ?? null);
      const source = secrets[0]?.source ?? 'ENV';
      const where =
        source === 'ARG' ? 'recorded in the history of the RUN that used it' : 'stored in the image config';
      report({
        layerIndex: layer,
        ...(instruction ? { line: instruction.line, endLine: instruction.endLine } : {}),
        ...(j !== null && inBaseImage(ctx, layerOf, j) ? { severity: 'info' as const } : {}),
        message: `${describe(secrets)} ${where}`,
      });
    }
  },
};

/** Is history entry `j` part of the base image (the next layer up is a base layer)? */
function inBaseImage(
  ctx: Parameters<Rule<Ll013Options>['check']>[0],
  layerOf: readonly (number | null)[],
  j: number,
): boolean {
  if (!ctx.mapping || !mappedAny(ctx)) return false;
  if (ctx.mapping.entries?.[j]) return false;
  for (let i = j; i < layerOf.length; i++) {
    const k = layerOf[i];
    if (k !== null && k !== undefined) return isBaseLayer(ctx, k);
  }
  return false;
}
