/** Human formatting shared by the text and markdown renderers. Deterministic, locale-independent. */

const DECIMAL_UNITS = ['kB', 'MB', 'GB', 'TB', 'PB'] as const;

/** Decimal sizes as `docker images` prints them: `999 B`, `12.3 MB`. */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '';
  const abs = Math.abs(bytes);
  if (abs < 1000) return `${sign}${abs} B`;
  let v = abs / 1000;
  let i = 0;
  while (v >= 999.95 && i < DECIMAL_UNITS.length - 1) {
    v /= 1000;
    i++;
  }
  return `${sign}${v.toFixed(1)} ${DECIMAL_UNITS[i] ?? 'PB'}`;
}

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
