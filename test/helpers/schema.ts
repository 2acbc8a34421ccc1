/** The report JSON Schema, compiled once with ajv (strict mode). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

let compiled: ValidateFunction | null = null;

/** Validate a parsed report (or array of reports); returns ajv's error text, or null when valid. */
export function schemaErrors(value: unknown): string | null {
  if (!compiled) {
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../schema/report.schema.json'), 'utf8'),
    ) as object;
    compiled = new Ajv({ allErrors: true, strict: true }).compile(schema);
  }
  return compiled(value) ? null : JSON.stringify(compiled.errors);
}
