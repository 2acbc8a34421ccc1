/**
 * Read audit JSON and merge the per-image JSON files a GitHub Actions matrix produced (one job per
 * image) into one set of rows. Each file is a layerlint report (or the array `--all-platforms`
 * writes) or an audit JSON. Pure: the caller reads the files.
 */
import auditSchema from '../../schema/audit.schema.json' with { type: 'json' };
import { InputError } from '../common/errors.js';
import { schemaValidator, validateReports } from '../report/validate.js';
import { imageId, toAuditImage } from './build.js';
import { AUDIT_KIND, type AuditError, type AuditImage, type AuditReport } from './types.js';

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Does the file claim to be an audit (rather than a report)? The schema decides whether it is one. */
function isAuditLike(v: unknown): boolean {
  return typeof v === 'object' && v !== null && 'kind' in v && v.kind === AUDIT_KIND;
}

const checkAuditJson = schemaValidator<AuditReport>(auditSchema, 'a layerlint audit');

/**
 * Check an audit JSON value against schema/audit.schema.json and return it typed. What the schema
 * cannot say is checked here: a finding total must be the sum of its parts (the issue shows it).
 */
export function validateAuditJson(value: unknown, file: string): AuditReport {
  const audit = checkAuditJson(value, file);
  audit.images.forEach((img, i) => {
    const f = img.findings;
    if (f.total !== f.error + f.warning + f.info)
      throw new InputError(
        file,
        `not a layerlint audit: /images/${i}/findings/total is ${f.total}, not error + warning + info (${f.error + f.warning + f.info})`,
      );
  });
  return audit;
}

/** Parse a previous audit (`--previous audit.json`). */
export function parseAuditJson(text: string, file: string): AuditReport {
  return validateAuditJson(parseJson(text, file), file);
}

export interface MergeResult {
  rows: AuditImage[];
  errors: AuditError[];
  /** e.g. the same image in two files: the first is kept. */
  warnings: string[];
}

/** Merge matrix outputs: reports and audits, in the order given; duplicates keep the first. */
export function mergeAuditInputs(files: readonly { file: string; text: string }[]): MergeResult {
  const rows: AuditImage[] = [];
  const errors: AuditError[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  const add = (row: AuditImage, file: string): void => {
    const id = imageId(row);
    const first = seen.get(id);
    if (first !== undefined) {
      warnings.push(`${file}: ${id} is also in ${first}; kept the one from ${first}`);
      return;
    }
    seen.set(id, file);
    rows.push(row);
  };
  for (const { file, text } of files) {
    const value = parseJson(text, file);
    if (isAuditLike(value)) {
      const audit = validateAuditJson(value, file);
      for (const img of audit.images) add({ ...img, uniqueBytes: 0, sharedBytes: 0 }, file);
      errors.push(...audit.errors);
      continue;
    }
    for (const r of validateReports(value, file)) add(toAuditImage(r), file);
  }
  return { rows, errors, warnings };
}
