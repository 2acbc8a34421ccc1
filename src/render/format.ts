/** Human formatting shared by the text and markdown renderers. Deterministic, locale-independent. */

/** Decimal sizes as `docker images` prints them (`999 B`, `12.3 MB`); one implementation for all renderers. */
export { formatBytes } from '../common/size.js';

/** A ratio (0..1) as a percent with one decimal: `98.7%`. */
export function formatRatio(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** Escape control characters (terminal escape sequences in hostile names) as `\xNN`. */
export function printable(s: string): string {
  return s.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** One printable line of at most `max` characters, marking a cut with `…`. */
export function shorten(s: string, max: number): string {
  const one = printable(s.replace(/\s+/g, ' ').trim());
  return one.length <= max ? one : `${one.slice(0, Math.max(0, max - 1))}…`;
}
