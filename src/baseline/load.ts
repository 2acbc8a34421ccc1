/**
 * Load a baseline from `--baseline REF|ARCHIVE|REPORT.json`. A `.json` path is read as a saved
 * layerlint report (validated against schema/report.schema.json); anything else is handed to the pipeline, which the
 * caller injects, so this stays free of I/O of its own.
 */
import { InputError } from '../common/errors.js';
import type { Report } from '../report/types.js';
import { validateReports } from '../report/validate.js';

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

/** Parse a JSON report file's text: one report, or the array `--all-platforms` writes. */
export function parseReportJson(text: string, file: string, platform?: string): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  return pickPlatform(validateReports(parsed, file), file, platform);
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
