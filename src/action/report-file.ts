/** `mode: comment-from-report`: read the JSON report an unprivileged pull_request run produced. */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../common/errors.js';
import type { Report } from '../report/types.js';
import { MAX_REPORT_FILE_BYTES } from './constants.js';

/** Read a JSON report from an untrusted run: size-capped, and shaped like a layerlint Report. */
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
  const list = Array.isArray(data) ? data : [data];
  if (list.length === 0) throw new InputError(path, 'the report holds no image');
  list.forEach((r, i) => checkReportShape(path, r, i));
  return list as Report[];
}

function checkReportShape(path: string, r: unknown, i: number): void {
  const at = (what: string): never => {
    throw new InputError(path, `report ${i}: ${what} (not a layerlint JSON report?)`);
  };
  if (typeof r !== 'object' || r === null) return at('not an object');
  const o = r as Record<string, unknown>;
  if (o.schemaVersion !== 1) at(`schemaVersion ${JSON.stringify(o.schemaVersion)} is not 1`);
  const tool = o.tool as Record<string, unknown> | undefined;
  if (tool?.name !== 'layerlint' || typeof tool.version !== 'string') at('tool is not layerlint');
  for (const k of ['layers', 'findings', 'budgets', 'largestFiles', 'stages', 'warnings'])
    if (!Array.isArray(o[k])) at(`${k} is not an array`);
  for (const k of ['image', 'totals', 'dive'])
    if (typeof o[k] !== 'object' || o[k] === null) at(`${k} is missing`);
  if (typeof o.passed !== 'boolean') at('passed is not a boolean');
  const totals = o.totals as Record<string, unknown>;
  for (const k of ['contentBytes', 'finalBytes', 'wastedBytes', 'efficiency', 'layerCount'])
    if (typeof totals[k] !== 'number') at(`totals.${k} is not a number`);
  const image = o.image as Record<string, unknown>;
  if (typeof image.platform !== 'object' || image.platform === null) at('image.platform is missing');
  for (const [n, f] of (o.findings as unknown[]).entries()) {
    const x = f as Record<string, unknown>;
    if (
      typeof x !== 'object' ||
      x === null ||
      typeof x.ruleId !== 'string' ||
      typeof x.message !== 'string' ||
      !['error', 'warning', 'info'].includes(String(x.severity))
    ) {
      at(`findings[${n}] is malformed`);
    }
    if (!Array.isArray(x.paths)) at(`findings[${n}].paths is not an array`);
  }
  for (const [n, l] of (o.layers as unknown[]).entries()) {
    const x = l as Record<string, unknown>;
    if (
      typeof x !== 'object' ||
      x === null ||
      typeof x.index !== 'number' ||
      !Array.isArray(x.deleted) ||
      !Array.isArray(x.modified)
    )
      at(`layers[${n}] is malformed`);
  }
}
