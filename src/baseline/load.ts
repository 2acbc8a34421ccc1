/**
 * Load a baseline from `--baseline REF|ARCHIVE|REPORT.json`. A `.json` path is read as a saved
 * layerlint report (schemaVersion checked); anything else is handed to the pipeline, which the
 * caller injects, so this stays free of I/O of its own.
 */
import { InputError } from '../common/errors.js';
import { SCHEMA_VERSION, type Report } from '../report/types.js';

export interface BaselineDeps {
  /** Read a text file; reject with a Node error (ENOENT …) when it cannot. */
  readFile(path: string): Promise<string>;
  /** Run the analysis pipeline on an image reference or archive; one Report per platform. */
  analyze(source: string): Promise<Report | Report[]>;
}

/** Is the baseline spec a saved JSON report (rather than an image or archive)? */
export function isReportPath(spec: string): boolean {
  return /\.json$/i.test(spec.trim());
}

function platformKey(p: Report['image']['platform']): string {
  return [p.os, p.architecture, p.variant].filter((x): x is string => !!x).join('/');
}

/** Pick the report for `platform` from several (`--all-platforms` output), or the only one. */
function pickPlatform(reports: readonly Report[], spec: string, platform?: string): Report {
  if (reports.length === 1 && reports[0]) return reports[0];
  const keys = reports.map((r) => platformKey(r.image.platform));
  if (platform) {
    const i = keys.indexOf(platform);
    const r = reports[i];
    if (i >= 0 && r) return r;
  }
  if (reports.length === 0) throw new InputError(spec, 'the baseline has no report');
  throw new InputError(
    spec,
    `the baseline has ${reports.length} platforms (${keys.join(', ')})${platform ? ` and none is ${platform}` : ''}; choose one with --platform`,
  );
}

/**
 * Check that a parsed JSON value is a layerlint report this version understands. Only the fields
 * the comparison reads are checked; the JSON Schema validates the rest.
 */
export function validateReportJson(value: unknown, file: string): Report {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(file, 'not a layerlint JSON report (expected an object)');
  }
  const o = value as Record<string, unknown>;
  const tool = o.tool as Record<string, unknown> | undefined;
  if (typeof tool !== 'object' || tool === null || tool.name !== 'layerlint') {
    throw new InputError(file, 'not a layerlint JSON report (no tool.name "layerlint")');
  }
  if (o.schemaVersion !== SCHEMA_VERSION) {
    throw new InputError(
      file,
      `unsupported report schemaVersion ${JSON.stringify(o.schemaVersion)} (this layerlint reads ${SCHEMA_VERSION})`,
    );
  }
  const totals = o.totals as Record<string, unknown> | undefined;
  for (const k of ['contentBytes', 'finalBytes', 'wastedBytes', 'layerCount', 'fileCount']) {
    if (typeof totals !== 'object' || totals === null || typeof totals[k] !== 'number') {
      throw new InputError(file, `malformed report: totals.${k} is missing or not a number`);
    }
  }
  if (!Array.isArray(o.layers)) throw new InputError(file, 'malformed report: layers is not a list');
  o.layers.forEach((l: unknown, i: number) => {
    const layer = l as Record<string, unknown> | null;
    if (typeof layer !== 'object' || layer === null)
      throw new InputError(file, `malformed report: layers[${i}] is not an object`);
    for (const k of ['index', 'contentBytes', 'tarBytes', 'blobBytes']) {
      if (typeof layer[k] !== 'number')
        throw new InputError(file, `malformed report: layers[${i}].${k} is missing or not a number`);
    }
    if (typeof layer.digest !== 'string')
      throw new InputError(file, `malformed report: layers[${i}].digest is not a string`);
    for (const k of ['added', 'modified', 'deleted']) {
      if (!Array.isArray(layer[k]))
        throw new InputError(file, `malformed report: layers[${i}].${k} is not a list`);
    }
  });
  if (!Array.isArray(o.largestFiles))
    throw new InputError(file, 'malformed report: largestFiles is not a list');
  for (const k of ['findings', 'budgets']) {
    if (!Array.isArray(o[k])) throw new InputError(file, `malformed report: ${k} is not a list`);
  }
  const image = o.image as Record<string, unknown> | undefined;
  if (
    typeof image !== 'object' ||
    image === null ||
    typeof image.configDigest !== 'string' ||
    typeof image.platform !== 'object' ||
    image.platform === null
  ) {
    throw new InputError(file, 'malformed report: image.configDigest or image.platform is missing');
  }
  return value as Report;
}

/** Parse a JSON report file's text: one report, or the array `--all-platforms` writes. */
export function parseReportJson(text: string, file: string, platform?: string): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return pickPlatform(
    list.map((v) => validateReportJson(v, file)),
    file,
    platform,
  );
}

function readProblem(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a JSON report';
  return `cannot read: ${err instanceof Error ? err.message : String(err)}`;
}

/** Load the baseline named by `spec`. `platform` picks one report when there are several. */
export async function loadBaseline(spec: string, deps: BaselineDeps, platform?: string): Promise<Report> {
  const s = spec.trim();
  if (s === '') throw new InputError('--baseline', 'empty value');
  if (isReportPath(s)) {
    let text: string;
    try {
      text = await deps.readFile(s);
    } catch (err) {
      throw new InputError(s, readProblem(err), { cause: err });
    }
    return parseReportJson(text, s, platform);
  }
  const r = await deps.analyze(s);
  return pickPlatform(Array.isArray(r) ? r : [r], s, platform);
}

/** The label shown in `+12.3 MB vs LABEL` when the caller has no better name (e.g. the base branch). */
export function defaultBaselineLabel(spec: string): string {
  // The last path segment: `main.json`, `app-main.tar`, or `app:main` for `ghcr.io/acme/app:main`.
  return spec
    .trim()
    .replace(/[\\/]+$/, '')
    .replace(/^.*[\\/]/, '');
}
