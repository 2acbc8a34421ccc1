/**
 * Runs the rules: merges options, catches crashes, fills lines and fix text, caps paths, applies
 * ignorePaths and Dockerfile suppressions, and sorts the findings deterministically.
 */
import { FINDING_PATH_CAP } from './caps.js';
import type { MappingResult, ParsedDockerfile, ParsedInstruction } from '../dockerfile/types.js';
import type { FileRef, ImageModel } from '../image/model.js';
import { imageWideFinding } from './finding.js';
import { RULES, type AnyRule } from './rules/index.js';
import type { Finding, FindingInput } from './types.js';
import type { LayerlintConfig } from './config.js';
import { severityRank, type Severity } from './severity.js';
import { compileGlobs } from '../common/glob.js';

/** The id of the internal finding a crashing rule turns into. */
export const INTERNAL_RULE_ID = 'LL000';

export interface RunRulesInput {
  model: ImageModel;
  mapping: MappingResult | null;
  dockerfile: ParsedDockerfile | null;
  config?: LayerlintConfig;
  /** Defaults to every rule. */
  rules?: readonly AnyRule[];
  /** Paths kept per finding, largest first (default FINDING_PATH_CAP). */
  maxPaths?: number;
}

/** One line: findings are rendered in tables and annotations. */
function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0] ?? text;
}

function instructionsByLine(dockerfile: ParsedDockerfile | null): Map<number, ParsedInstruction> {
  const out = new Map<number, ParsedInstruction>();
  for (const stage of dockerfile?.stages ?? []) {
    for (const ins of stage.instructions) out.set(ins.line, ins);
  }
  return out;
}

function mentions(list: readonly string[], rule: { id: string; name: string }): boolean {
  return list.some((x) => {
    const k = x.trim().toLowerCase();
    return k === rule.id.toLowerCase() || k === rule.name.toLowerCase() || k === 'all' || k === '*';
  });
}

function sortPaths(paths: readonly FileRef[]): FileRef[] {
  return [...paths].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function cmp(a: string | number | null, b: string | number | null): number {
  // Nulls (image-wide findings, unmapped lines) sort after concrete values.
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The deterministic order: severity, rule, layer, then path (then line and message as tie-breakers). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.layerIndex, b.layerIndex) ||
    cmp(a.paths[0]?.path ?? null, b.paths[0]?.path ?? null) ||
    cmp(a.line, b.line) ||
    cmp(a.message, b.message)
  );
}

/** Run every enabled rule and return the findings, sorted. Never throws because of a rule. */
export function runRules(input: RunRulesInput): Finding[] {
  const { model, mapping, dockerfile } = input;
  const rules = input.rules ?? RULES;
  const config = input.config;
  const maxPaths = input.maxPaths ?? FINDING_PATH_CAP;
  const ignored = compileGlobs(config?.ignorePaths ?? []);
  const byLine = instructionsByLine(dockerfile);
  const globalIgnore = dockerfile?.globalIgnore ?? [];
  const findings: Finding[] = [];

  const suppressed = (
    rule: { id: string; name: string },
    f: Finding,
    related: readonly number[],
  ): boolean => {
    if (mentions(globalIgnore, rule)) return true;
    // Any instruction the finding spans (LL001 covers several RUNs, LL007 the COPY to the RUN).
    const lines = new Set<number>();
    if (f.line !== null) {
      const end = f.endLine ?? f.line;
      for (const l of byLine.keys()) if (l >= f.line && l <= end) lines.add(l);
    }
    for (const layer of f.layerIndex !== null ? [f.layerIndex, ...related] : related) {
      const mapped = mapping?.layers[layer]?.instruction;
      if (mapped) lines.add(mapped.line);
    }
    for (const line of lines) {
      const ins = byLine.get(line);
      if (ins && mentions(ins.ignore, rule)) return true;
    }
    return false;
  };

  for (const rule of rules) {
    const setting = config?.rules[rule.id];
    if (setting && !setting.enabled) continue;
    const options = { ...(rule.options as Record<string, unknown>), ...(setting?.options ?? {}) };
    const collected: FindingInput[] = [];
    try {
      rule.check({ model, mapping, dockerfile, options }, (f) => {
        collected.push(f);
      });
    } catch (err: unknown) {
      const crash = imageWideFinding(
        INTERNAL_RULE_ID,
        'error',
        `rule ${rule.id} crashed: ${errorText(err)}`,
        `Report this as a layerlint bug; disable the rule meanwhile with \`rules: { ${rule.id}: off }\` in .layerlint.yml.`,
      );
      if (!mentions(globalIgnore, { id: INTERNAL_RULE_ID, name: 'internal' })) findings.push(crash);
      continue;
    }
    for (const reported of collected) {
      const finding = complete(rule, reported, setting?.severity, mapping, model, ignored, maxPaths);
      if (finding && !suppressed(rule, finding, reported.relatedLayers ?? [])) findings.push(finding);
    }
  }
  return findings.sort(compareFindings);
}

function complete(
  rule: AnyRule,
  input: FindingInput,
  severityOverride: Severity | undefined,
  mapping: MappingResult | null,
  model: ImageModel,
  ignored: (path: string) => boolean,
  maxPaths: number,
): Finding | null {
  const layerIndex =
    input.layerIndex !== null &&
    Number.isInteger(input.layerIndex) &&
    input.layerIndex >= 0 &&
    input.layerIndex < model.layers.length
      ? input.layerIndex
      : null;
  const mapped = layerIndex !== null ? (mapping?.layers[layerIndex]?.instruction ?? null) : null;
  const line = input.line !== undefined ? input.line : (mapped?.line ?? null);
  let endLine =
    input.endLine !== undefined
      ? input.endLine
      : input.line !== undefined
        ? input.line
        : (mapped?.endLine ?? null);
  if (line === null) endLine = null;
  else if (endLine === null || endLine < line) endLine = line;

  const rawPaths = input.paths ?? [];
  let bytes = Number.isFinite(input.bytes) && (input.bytes ?? 0) > 0 ? Math.round(input.bytes ?? 0) : 0;
  let paths = rawPaths;
  if (rawPaths.length > 0) {
    paths = rawPaths.filter((p) => !ignored(p.path));
    // Every evidence path is ignored: the finding is about nothing the user cares about.
    if (paths.length === 0) return null;
    if (paths.length !== rawPaths.length) {
      const total = rawPaths.reduce((s, p) => s + p.bytes, 0);
      // When the saving is the sum of the paths, the ignored paths no longer count towards it.
      if (total === bytes) bytes = paths.reduce((s, p) => s + p.bytes, 0);
    }
  }
  const sorted = sortPaths(paths);
  return {
    ruleId: rule.id,
    severity: severityOverride ?? input.severity ?? rule.defaultSeverity,
    message: input.message,
    layerIndex,
    line,
    endLine,
    paths: sorted.slice(0, Math.max(0, maxPaths)),
    pathCount: sorted.length,
    bytes,
    fix: input.fix ?? rule.fix,
  };
}
