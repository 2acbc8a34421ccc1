/** Human formatting shared by the text and markdown renderers. Deterministic, locale-independent. */

/** A ratio (0..1) as a percent with one decimal: `98.7%`. */
export function formatRatio(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
