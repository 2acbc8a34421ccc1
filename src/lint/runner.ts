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
import { baseFromLine, foldHashedPaths, isBaseLayer, sumBytes, type EvidenceRef } from './helpers.js';

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

/**
 * One finding per wasted byte: when findings name the same path in the same layer, the first rule of
 * this list keeps it, because its advice is the most specific (a secret before a cache, a cache before a
 * log, a log before "deleted later", a file's own fault before "merge the RUNs" or "the layer is big").
 * A finding that loses evidence loses its bytes with it, and is dropped (or becomes its `whenClaimed`
 * form) when nothing is left. Among findings of different severity the more severe claims first. Rules
 * not listed neither claim nor lose: their paths are not wasted bytes (LL002's empty directories, the
 * install layer LL007 says a source change rebuilds, the toolchain LL012 finds in the final image).
 */
export const CLAIM_ORDER: readonly string[] = [
  'LL008',
  'LL013',
  'LL006',
  'LL010',
  'LL009',
  'LL005',
  'LL003',
  'LL004',
  'LL001',
  'LL011',
];

interface Pending {
  finding: Finding;
  input: FindingInput;
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
  const pending: Pending[] = [];
  const base = { model, mapping, dockerfile, options: {} };
  const where: Placement = {
    isBase: (i) => isBaseLayer(base, i),
    fromLine: baseFromLine(mapping),
  };

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
      const finding = complete(rule, reported, setting?.severity, mapping, model, ignored, where);
      if (finding && !suppressed(rule, finding, reported.relatedLayers ?? []))
        pending.push({ finding, input: reported });
    }
  }
  for (const f of resolveClaims(pending)) findings.push(finish(f, maxPaths));
  return findings.sort(compareFindings);
}

/** How the runner places findings about the base image. */
interface Placement {
  isBase: (layer: number) => boolean;
  /** The FROM line that brought the base image in, when the Dockerfile is mapped. */
  fromLine: number | null;
}

function claimRank(ruleId: string): number {
  const i = CLAIM_ORDER.indexOf(ruleId);
  return i === -1 ? CLAIM_ORDER.length : i;
}

function evidenceLayer(p: FileRef, f: Finding): number | null {
  return (p as EvidenceRef).layer ?? f.layerIndex;
}

/** Apply CLAIM_ORDER: each (layer, path) stays with the first finding that names it. */
function resolveClaims(pending: readonly Pending[]): Finding[] {
  const order = pending
    .map((p, i) => ({ ...p, i }))
    .filter((p) => CLAIM_ORDER.includes(p.finding.ruleId))
    .sort(
      (a, b) =>
        severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
        claimRank(a.finding.ruleId) - claimRank(b.finding.ruleId) ||
        a.i - b.i,
    );
  const claimed = new Set<string>();
  const key = (layer: number | null, path: string): string => `${String(layer)}\u0000${path}`;
  const isClaimed = (layer: number | null, path: string): boolean => {
    if (claimed.has(key(layer, path))) return true;
    // A claimed directory (LL009's `.git` root) claims what is under it.
    for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1)) {
      if (claimed.has(key(layer, path.slice(0, at)))) return true;
    }
    return false;
  };
  const out = new Map<number, Finding>();
  for (const { finding: f, input, i } of order) {
    const kept = f.paths.filter((p) => !isClaimed(evidenceLayer(p, f), p.path));
    let result: Finding | null = f;
    if (kept.length !== f.paths.length) {
      const total = sumBytes(f.paths);
      const lost = total - sumBytes(kept);
      const bytes = f.bytes === total ? sumBytes(kept) : Math.max(0, f.bytes - lost);
      if (kept.length === 0 || (f.bytes > 0 && bytes === 0)) {
        result = input.whenClaimed ? { ...f, ...input.whenClaimed, paths: [], pathCount: 0, bytes: 0 } : null;
      } else {
        const message = input.messageAfterClaims?.(bytes, kept.length) ?? f.message;
        result = { ...f, paths: kept, pathCount: kept.length, bytes, message };
      }
    }
    if (result === null) continue;
    for (const p of result.paths) claimed.add(key(evidenceLayer(p, result), p.path));
    out.set(i, result);
  }
  return pending.flatMap((p, i) =>
    CLAIM_ORDER.includes(p.finding.ruleId) ? (out.has(i) ? [out.get(i) as Finding] : []) : [p.finding],
  );
}

/** Fold hash-named cache files into their directory, cap the paths and drop the internal layer tags. */
function finish(f: Finding, maxPaths: number): Finding {
  const rows = sortPaths(foldHashedPaths(f.paths).map((p) => ({ path: p.path, bytes: p.bytes })));
  return { ...f, paths: rows.slice(0, Math.max(0, maxPaths)), pathCount: rows.length };
}

function complete(
  rule: AnyRule,
  input: FindingInput,
  severityOverride: Severity | undefined,
  mapping: MappingResult | null,
  model: ImageModel,
  ignored: (path: string) => boolean,
  where: Placement,
): Finding | null {
  const layerIndex =
    input.layerIndex !== null &&
    Number.isInteger(input.layerIndex) &&
    input.layerIndex >= 0 &&
    input.layerIndex < model.layers.length
      ? input.layerIndex
      : null;
  // Evidence that lies entirely in base-image layers: nothing in the Dockerfile made it but the FROM.
  const inBase =
    layerIndex !== null &&
    where.isBase(layerIndex) &&
    (input.relatedLayers ?? []).every((l) => where.isBase(l)) &&
    (input.paths ?? []).every((p) => {
      const l = (p as EvidenceRef).layer;
      return l === undefined || where.isBase(l);
    });
  const mapped = layerIndex !== null ? (mapping?.layers[layerIndex]?.instruction ?? null) : null;
  const onBase = layerIndex !== null && where.isBase(layerIndex) && mapped === null ? where.fromLine : null;
  const line = input.line !== undefined ? input.line : (mapped?.line ?? onBase);
  let endLine =
    input.endLine !== undefined
      ? input.endLine
      : input.line !== undefined
        ? input.line
        : (mapped?.endLine ?? onBase);
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
  let severity = input.severity ?? rule.defaultSeverity;
  if (inBase && severityRank(severity) < severityRank('info')) severity = 'info';
  return {
    ruleId: rule.id,
    // The config's severity is the user's explicit choice and wins, also for the base image.
    severity: severityOverride ?? severity,
    message: input.message,
    layerIndex,
    line,
    endLine,
    paths: sorted,
    pathCount: sorted.length,
    bytes,
    ...affected(input.affectedBytes),
    fix: input.fix ?? rule.fix,
  };
}

/** `affectedBytes` when the rule gave a positive number, else nothing (the field is optional). */
function affected(n: number | undefined): { affectedBytes: number } | Record<string, never> {
  return n !== undefined && Number.isFinite(n) && n > 0 ? { affectedBytes: Math.round(n) } : {};
}
