/**
 * The one validator for layerlint JSON read back in (a saved baseline, a matrix job's report, an
 * untrusted artifact): ajv compiled from the shipped JSON Schema, so the schema is the contract and
 * no hand-written check can drift from it.
 */
import { Ajv, type AnySchemaObject, type ErrorObject, type ValidateFunction } from 'ajv';
import reportSchema from '../../schema/report.schema.json' with { type: 'json' };
import { InputError } from '../common/errors.js';
import { shorten } from '../common/text.js';
import type { Report } from './types.js';

// One instance for every schema, created and compiled on first use: compiling takes longer than a
// whole plain `analyze` of a small image, which never reads a report back.
let ajv: Ajv | undefined;

/**
 * How specific an error is: deeper in the document first; at one depth, a `oneOf` branch's "must
 * be object" or "must be array" (the branch that did not apply) and the `oneOf` summary last.
 */
function specificity(e: ErrorObject): number {
  return e.instancePath.split('/').length * 2 + (e.keyword === 'type' || e.keyword === 'oneOf' ? 0 : 1);
}

/** ajv's errors as one line: the JSON pointer of the most specific error and what is wrong there. */
function describe(errors: readonly ErrorObject[] | null | undefined): string {
  let best: ErrorObject | undefined;
  for (const e of errors ?? []) if (!best || specificity(e) > specificity(best)) best = e;
  if (!best) return '/ does not match the schema';
  const params: Record<string, unknown> = best.params;
  let detail = '';
  // const and enum values come from the schema; an extra property's name comes from the file.
  if (best.keyword === 'const') detail = ` ${JSON.stringify(params.allowedValue)}`;
  else if (best.keyword === 'enum') detail = ` ${JSON.stringify(params.allowedValues)}`;
  else if (best.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string')
    detail = ` (${JSON.stringify(shorten(params.additionalProperty, 40))})`;
  return `${best.instancePath || '/'} ${best.message ?? 'is invalid'}${detail}`;
}

/**
 * A validator for `schema`, compiled on its first call: it returns the value typed as `T` or throws
 * a one-line `InputError(file, 'not WHAT: <json pointer> <problem>')`.
 */
// T is the caller's word that `schema` describes T: ajv cannot infer it from a JSON import.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function schemaValidator<T>(
  schema: AnySchemaObject,
  what: string,
): (value: unknown, file: string) => T {
  let validate: ValidateFunction<T> | undefined;
  return (value, file) => {
    ajv ??= new Ajv({ strict: true });
    validate ??= ajv.compile<T>(schema);
    if (validate(value)) return value;
    throw new InputError(file, `not ${what}: ${describe(validate.errors)}`);
  };
}

const checkReports = schemaValidator<Report | Report[]>(reportSchema, 'a layerlint report');

/** Validate parsed report JSON: one report, or the non-empty array `--all-platforms` writes. */
export function validateReports(value: unknown, file: string): Report[] {
  const checked = checkReports(value, file);
  return Array.isArray(checked) ? checked : [checked];
}
