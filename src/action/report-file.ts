/** `mode: comment-from-report`: read the JSON report an unprivileged pull_request run produced. */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../common/errors.js';
import type { Report } from '../report/types.js';
import { validateReports } from '../report/validate.js';
import { MAX_REPORT_FILE_BYTES } from './constants.js';

/** Read a JSON report from an untrusted run: size-capped, and valid against schema/report.schema.json. */
export function readReportFile(path: string): Report[] {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new InputError(
      path,
      'report file not found (download the artifact from the pull_request run first)',
    );
  }
  if (size > MAX_REPORT_FILE_BYTES)
    throw new InputError(path, `report file is ${size} bytes, over the ${MAX_REPORT_FILE_BYTES}-byte cap`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err: unknown) {
    throw new InputError(path, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  return validateReports(data, path);
}
