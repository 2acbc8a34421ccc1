/**
 * Pure SARIF 2.1.0 renderer (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html).
 * One run for all platforms of one image, as GitHub code scanning wants one run per tool and category.
 */
import { createHash } from 'node:crypto';
import { imageWideFinding } from '../lint/finding.js';
import type { Rule, Finding } from '../lint/types.js';
import { severityRank, type Severity } from '../lint/severity.js';
import type { BudgetResult, Report } from '../report/types.js';
import { platformString } from '../oci/platform.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/layerlint/layerlint';
/** Key of our stable fingerprint in `partialFingerprints`. */
export const FINGERPRINT_KEY = 'layerlint/v1';
/** Rule-id prefix of results made from budgets at warn or fail. */
export const BUDGET_RULE_PREFIX = 'budget/';
/**
 * GitHub code scanning rejects a run with more results, or a result with more locations
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#validating-your-sarif-file).
 */
export const MAX_RESULTS_PER_RUN = 25_000;
export const MAX_LOCATIONS_PER_RESULT = 1_000;
/** Run property recording how many results were dropped to stay within MAX_RESULTS_PER_RUN. */
export const TRUNCATED_PROPERTY = 'layerlint.truncated';

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties?: Record<string, unknown>;
}

export interface SarifRegion {
  startLine: number;
  endLine: number;
}

export interface SarifLocation {
  physicalLocation?: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region?: SarifRegion;
  };
  logicalLocations?: { name: string; fullyQualifiedName: string; kind: string }[];
  message?: SarifMessage;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        semanticVersion: string;
        informationUri: string;
        rules: SarifReportingDescriptor[];
      };
    };
    automationDetails?: { id: string };
    results: SarifResult[];
    properties: Record<string, unknown>;
  }[];
}

export type SarifRule = Pick<Rule, 'id' | 'name' | 'title' | 'defaultSeverity' | 'rationale' | 'fix'>;

export interface SarifOptions {
  /** Repo-relative Dockerfile path; defaults to report.dockerfile. */
  dockerfilePath?: string | null;
  /** `runs[].automationDetails.id`, e.g. `layerlint/app/linux-amd64/`. */
  category?: string;
}

/** Map our severities to SARIF levels. */
export function sarifLevel(s: Severity): SarifLevel {
  return s === 'info' ? 'note' : s;
}

function descriptor(r: SarifRule): SarifReportingDescriptor {
  return {
    id: r.id,
    name: r.name,
    shortDescription: { text: r.title },
    fullDescription: { text: r.rationale },
    help: { text: `${r.rationale}\n\nFix: ${r.fix}`, markdown: `${r.rationale}\n\n**Fix:** ${r.fix}` },
    helpUri: `${INFORMATION_URI}#${r.id.toLowerCase()}`,
    defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
  };
}

function budgetDescriptor(name: string): SarifReportingDescriptor {
  return {
    id: `${BUDGET_RULE_PREFIX}${name}`,
    name: `budget-${name.replace(/[^A-Za-z0-9]+/g, '-')}`,
    shortDescription: { text: `Size budget ${name}` },
    fullDescription: { text: `The image must stay within the configured ${name} budget.` },
    help: {
      text: `Reduce the measured value below the ${name} limit, or raise the limit in the layerlint config.`,
    },
    defaultConfiguration: { level: 'error' },
  };
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** A repo-relative, forward-slash URI reference for a path (percent-encoding what a URI cannot hold). */
function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

function unreliable(r: Report): boolean {
  return r.mappingUnreliable !== undefined && r.mappingUnreliable !== null;
}

/** The FROM line the layer's stage starts at (or the final stage's), for findings without a line. */
function fromLine(r: Report, f: Finding): number | null {
  const layer = f.layerIndex !== null ? r.layers[f.layerIndex] : undefined;
  const stageIndex = layer?.instruction?.stageIndex;
  const stage =
    (stageIndex !== undefined ? r.stages.find((s) => s.index === stageIndex) : undefined) ??
    [...r.stages].reverse().find((s) => s.inTarget) ??
    r.stages[r.stages.length - 1];
  return stage ? stage.line : null;
}

function locationsFor(r: Report, f: Finding, dockerfile: string | null): SarifLocation[] {
  const layerName = f.layerIndex !== null ? `layer ${f.layerIndex}` : 'image';
  const logical = {
    name: layerName,
    fullyQualifiedName: `${r.image.ref ?? r.source}@${platformString(r.image.platform)}/${layerName}`,
    kind: 'resource',
  };
  // An unreliable mapping's lines (and FROM) belong to a Dockerfile that did not build this image.
  if (dockerfile === null || unreliable(r)) return [{ logicalLocations: [logical] }];
  const start = f.line ?? fromLine(r, f);
  if (start === null) return [{ logicalLocations: [logical] }];
  const end = f.line !== null ? Math.max(f.endLine ?? f.line, f.line) : start;
  return [
    {
      physicalLocation: {
        artifactLocation: { uri: toUri(dockerfile), uriBaseId: '%SRCROOT%' },
        region: { startLine: start, endLine: end },
      },
      logicalLocations: [logical],
      ...(f.line === null
        ? { message: { text: `No Dockerfile line maps to ${layerName}; pointing at its stage's FROM.` } }
        : {}),
    },
  ];
}

/**
 * Stable across rebuilds: no line numbers (they move), no digests (they change every build). The
 * instruction text, stage, rule and top path identify "the same problem".
 */
function fingerprint(r: Report, f: Finding, dockerfile: string | null): string {
  const layer = f.layerIndex !== null ? r.layers[f.layerIndex] : undefined;
  const ins = unreliable(r) ? undefined : layer?.instruction;
  const parts = [
    f.ruleId,
    dockerfile ?? '',
    platformString(r.image.platform),
    ins
      ? `${ins.stage}|${ins.keyword}|${ins.text.replace(/\s+/g, ' ').trim()}`
      : (layer?.createdBy ?? 'image').replace(/\s+/g, ' ').trim(),
    f.paths[0]?.path ?? '',
  ];
  return `${sha256(parts.join('\u0000')).slice(0, 32)}:1`;
}

function budgetFinding(b: BudgetResult): Finding {
  const unit = b.unit === 'bytes' ? ' bytes' : b.unit === 'percent' ? ' %' : '';
  // The limit as the user wrote it, with the exact number it was read as.
  const limit = b.limitText !== undefined ? `${b.limitText} (${b.limit}${unit})` : `${b.limit}${unit}`;
  return imageWideFinding(
    `${BUDGET_RULE_PREFIX}${b.name}`,
    b.status === 'fail' ? 'error' : 'warning',
    `Budget ${b.name}: ${b.value}${unit} against a ${b.level} limit of ${limit}${b.detail ? ` (${b.detail})` : ''}.`,
    '',
  );
}

/**
 * The `max` most severe findings, in their original order. Each report's findings are already sorted
 * (severity, rule, layer, path), so a stable sort by severity alone keeps that order across platforms.
 */
function mostSevere<T extends { f: Finding }>(all: readonly T[], max: number): readonly T[] {
  if (all.length <= max) return all;
  const order = all.map((e, i) => ({ rank: severityRank(e.f.severity), i }));
  order.sort((a, b) => a.rank - b.rank || a.i - b.i);
  const keep = order.slice(0, max).map((o) => o.i);
  keep.sort((a, b) => a - b);
  return keep.map((i) => all[i] as T);
}

/** Render reports (one per platform of one image) as a SARIF 2.1.0 log with a single run. */
export function renderSarif(
  reports: Report | readonly Report[],
  rules: readonly SarifRule[],
  opts: SarifOptions = {},
): SarifLog {
  const list = Array.isArray(reports) ? (reports as readonly Report[]) : [reports as Report];
  const descriptors = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(descriptor);
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const ensure = (id: string, make: () => SarifReportingDescriptor): number => {
    const have = index.get(id);
    if (have !== undefined) return have;
    descriptors.push(make());
    index.set(id, descriptors.length - 1);
    return descriptors.length - 1;
  };
  // Fingerprints are numbered over every finding, so truncation never renumbers the ones kept.
  const seen = new Map<string, number>();
  const all: { r: Report; f: Finding; dockerfile: string | null; fp: string }[] = [];
  for (const r of list) {
    const dockerfile = opts.dockerfilePath !== undefined ? opts.dockerfilePath : r.dockerfile;
    const budgetFindings = r.budgets.filter((b) => b.status !== 'pass').map(budgetFinding);
    for (const f of [...r.findings, ...budgetFindings]) {
      // Two findings with one fingerprint would be merged by code scanning: number the repeats.
      let fp = fingerprint(r, f, dockerfile);
      const n = seen.get(fp) ?? 0;
      seen.set(fp, n + 1);
      if (n > 0) fp = `${fp.slice(0, -2)}:${n + 1}`;
      all.push({ r, f, dockerfile, fp });
    }
  }
  const kept = mostSevere(all, MAX_RESULTS_PER_RUN);
  const results: SarifResult[] = [];
  for (const { r, f, dockerfile, fp } of kept) {
    const ruleIndex = f.ruleId.startsWith(BUDGET_RULE_PREFIX)
      ? ensure(f.ruleId, () => budgetDescriptor(f.ruleId.slice(BUDGET_RULE_PREFIX.length)))
      : ensure(f.ruleId, () => ({
          id: f.ruleId,
          name: f.ruleId,
          shortDescription: { text: f.ruleId },
          fullDescription: { text: f.ruleId },
          help: { text: f.fix || f.ruleId },
          defaultConfiguration: { level: sarifLevel(f.severity) },
        }));
    const amounts = [
      ...(f.bytes > 0 ? [`saves ${f.bytes} bytes`] : []),
      ...(f.affectedBytes !== undefined && f.affectedBytes > 0 ? [`affects ${f.affectedBytes} bytes`] : []),
    ];
    const evidence = amounts.length > 0 ? ` (${amounts.join(', ')})` : '';
    results.push({
      ruleId: f.ruleId,
      ruleIndex,
      level: sarifLevel(f.severity),
      message: { text: `${f.message}${evidence}${f.fix ? ` Fix: ${f.fix}` : ''}` },
      locations: locationsFor(r, f, dockerfile).slice(0, MAX_LOCATIONS_PER_RESULT),
      partialFingerprints: { [FINGERPRINT_KEY]: fp },
      properties: {
        bytes: f.bytes,
        ...(f.affectedBytes !== undefined ? { affectedBytes: f.affectedBytes } : {}),
        layerIndex: f.layerIndex,
        platform: platformString(r.image.platform),
        paths: f.paths.map((p) => ({ path: p.path, bytes: p.bytes })),
        pathCount: f.pathCount,
      },
    });
  }
  const first = list[0];
  const version = first?.tool.version ?? '0.0.0';
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'layerlint',
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules: descriptors,
          },
        },
        ...(opts.category ? { automationDetails: { id: opts.category } } : {}),
        results,
        properties: {
          ...(kept.length < all.length
            ? { [TRUNCATED_PROPERTY]: { results: all.length, kept: kept.length } }
            : {}),
          images: list.map((r) => ({
            ref: r.image.ref,
            platform: platformString(r.image.platform),
            configDigest: r.image.configDigest,
            totals: r.totals,
            budgets: r.budgets,
            passed: r.passed,
          })),
        },
      },
    ],
  };
}
