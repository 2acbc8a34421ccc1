/** Human formatting shared by the text and markdown renderers. Deterministic, locale-independent. */
import { formatBytes } from '../common/size.js';
import type { Finding } from '../lint/types.js';

/**
 * A finding's byte counts with what they mean: `saves 1.2 MB` (what the fix would save) and
 * `affects 300.0 MB` (what the finding is about). Empty when neither is known.
 */
export function findingAmounts(f: Pick<Finding, 'bytes' | 'affectedBytes'>): string[] {
  const out: string[] = [];
  if (f.bytes > 0) out.push(`saves ${formatBytes(f.bytes)}`);
  if (f.affectedBytes !== undefined && f.affectedBytes > 0)
    out.push(`affects ${formatBytes(f.affectedBytes)}`);
  return out;
}

/** A ratio (0..1) as a percent with one decimal: `98.7%`. */
export function formatRatio(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
