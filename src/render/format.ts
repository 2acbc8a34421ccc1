/** Human formatting shared by the text and markdown renderers. Deterministic, locale-independent. */

/** Decimal sizes as `docker images` prints them (`999 B`, `12.3 MB`); one implementation for all renderers. */
export { formatBytes } from '../common/size.js';

/** A ratio (0..1) as a percent with one decimal: `98.7%`. */
export function formatRatio(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
