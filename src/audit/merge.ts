/**
 * Read audit JSON and merge the per-image JSON files a GitHub Actions matrix produced (one job per
 * image) into one set of rows. Each file is a layerlint report (or the array `--all-platforms`
 * writes) or an audit JSON. Pure: the caller reads the files.
 */
import { validateReportJson } from '../baseline/load.js';
import { InputError } from '../common/errors.js';
import { imageId, toAuditImage } from './build.js';
import {
  AUDIT_KIND,
  AUDIT_SCHEMA_VERSION,
  type AuditError,
  type AuditImage,
  type AuditReport,
} from './types.js';

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function isAuditLike(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    (v as Record<string, unknown>).kind === AUDIT_KIND
  );
}

/** Check an audit JSON value (fields drift and merge read) and return it typed. */
export function validateAuditJson(value: unknown, file: string): AuditReport {
  if (!isAuditLike(value))
    throw new InputError(file, `not a layerlint audit JSON (expected kind "${AUDIT_KIND}")`);
  if (value.schemaVersion !== AUDIT_SCHEMA_VERSION) {
    throw new InputError(
      file,
      `unsupported audit schemaVersion ${JSON.stringify(value.schemaVersion)} (this layerlint reads ${AUDIT_SCHEMA_VERSION})`,
    );
  }
  if (!Array.isArray(value.images)) throw new InputError(file, 'malformed audit: images is not a list');
  value.images.forEach((img: unknown, i: number) => {
    const o = img as Record<string, unknown> | null;
    if (typeof o !== 'object' || o === null)
      throw new InputError(file, `malformed audit: images[${i}] is not an object`);
    for (const k of ['name', 'platform', 'configDigest']) {
      if (typeof o[k] !== 'string')
        throw new InputError(file, `malformed audit: images[${i}].${k} is not a string`);
    }
    for (const k of ['contentBytes', 'finalBytes', 'wastedBytes', 'efficiency', 'layerCount']) {
      if (typeof o[k] !== 'number')
        throw new InputError(file, `malformed audit: images[${i}].${k} is not a number`);
    }
    if (!Array.isArray(o.layers) || !Array.isArray(o.findingKeys)) {
      throw new InputError(file, `malformed audit: images[${i}] lacks layers or findingKeys lists`);
    }
    (o.layers as unknown[]).forEach((l, j) => {
      const lo = l as Record<string, unknown> | null;
      if (
        typeof lo !== 'object' ||
        lo === null ||
        typeof lo.digest !== 'string' ||
        typeof lo.contentBytes !== 'number'
      ) {
        throw new InputError(
          file,
          `malformed audit: images[${i}].layers[${j}] needs digest and contentBytes`,
        );
      }
    });
  });
  if (value.errors !== undefined && !Array.isArray(value.errors))
    throw new InputError(file, 'malformed audit: errors is not a list');
  return value as unknown as AuditReport;
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
      errors.push(...(audit.errors ?? []));
      continue;
    }
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) throw new InputError(file, 'empty list: expected a layerlint report or audit');
    for (const v of list) add(toAuditImage(validateReportJson(v, file)), file);
  }
  return { rows, errors, warnings };
}
