/** Shape checks for parsed JSON and YAML: the one home for "is this a plain object". */

/** A non-null, non-array object: a JSON/YAML mapping. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
