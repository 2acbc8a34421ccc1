/**
 * Human sizes and percents for budgets, parsed exactly as written: `300MB` is decimal (300_000_000),
 * `1.5GiB` is binary (1_610_612_736), a plain number is bytes, `12%` is a percent.
 * dive's own (looser) size grammar lives in dive-ci.ts, because `.dive-ci` files must parse as dive parses them.
 */
import { InputError } from './errors.js';

/** Multipliers by unit, lower-cased. Decimal prefixes are powers of 1000, `i` prefixes powers of 1024. */
const UNIT_MULTIPLIERS: ReadonlyMap<string, bigint> = new Map([
  ['', 1n],
  ['b', 1n],
  ['k', 1000n],
  ['kb', 1000n],
  ['m', 1000n ** 2n],
  ['mb', 1000n ** 2n],
  ['g', 1000n ** 3n],
  ['gb', 1000n ** 3n],
  ['t', 1000n ** 4n],
  ['tb', 1000n ** 4n],
  ['ki', 1024n],
  ['kib', 1024n],
  ['mi', 1024n ** 2n],
  ['mib', 1024n ** 2n],
  ['gi', 1024n ** 3n],
  ['gib', 1024n ** 3n],
  ['ti', 1024n ** 4n],
  ['tib', 1024n ** 4n],
]);

const SIZE_PATTERN = /^(\d+(?:\.\d*)?|\.\d+)\s*([a-z]*)$/i;
const NUMBER_PATTERN = /^[+-]?(\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

const UNITS_HINT = 'B, kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024)';

/**
 * Parse a human size into whole bytes. Throws InputError naming `where` (a flag, input or config key)
 * on anything else. A number (from YAML) is taken as bytes, unless `requireUnit`: then a bare number
 * other than 0 is an error naming the units (is `300` bytes or megabytes?).
 */
export function parseSize(
  value: string | number,
  where: string,
  opts: { requireUnit?: boolean } = {},
): number {
  if (opts.requireUnit === true) {
    const text = String(value).trim();
    if (NUMBER_PATTERN.test(text) && Number(text) !== 0) {
      throw new InputError(
        where,
        `size '${text}' has no unit: write it with one, e.g. ${text}MB or ${text}MiB (units: ${UNITS_HINT})`,
      );
    }
  }
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new InputError(where, `size ${value} is not a whole, non-negative number of bytes`);
    }
    return value;
  }
  const text = value.trim();
  const m = SIZE_PATTERN.exec(text);
  if (!m) {
    throw new InputError(
      where,
      `cannot parse size '${value}': expected a number of bytes or a number with a unit such as 300MB, 1.5GiB or 512KiB`,
    );
  }
  const [, digits = '', unitRaw = ''] = m;
  const multiplier = UNIT_MULTIPLIERS.get(unitRaw.toLowerCase());
  if (multiplier === undefined) {
    throw new InputError(where, `unknown size unit '${unitRaw}' in '${value}': use ${UNITS_HINT}`);
  }
  // Exact decimal arithmetic: 1.1kB must be 1100, not 1100.0000000000002.
  const [whole = '', frac = ''] = digits.split('.');
  const scale = 10n ** BigInt(frac.length);
  const scaled = BigInt((whole || '0') + frac) * multiplier;
  if (scaled % scale !== 0n) {
    throw new InputError(where, `size '${value}' is not a whole number of bytes`);
  }
  const bytes = scaled / scale;
  if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new InputError(where, `size '${value}' is too large`);
  }
  return Number(bytes);
}

/**
 * Parse a percent: `12%`, `12.5%` or a plain `12` (all meaning twelve percent). Returns the percent
 * (0..100 for sensible values). Throws InputError on garbage, negatives, or values above `max`.
 */
export function parsePercent(value: string | number, where: string, max = 100): number {
  const text = typeof value === 'number' ? String(value) : value.trim().replace(/\s*%$/, '');
  if (!NUMBER_PATTERN.test(text)) {
    throw new InputError(
      where,
      `cannot parse percent '${String(value)}': expected a number such as 12 or 12.5%`,
    );
  }
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || n > max) {
    throw new InputError(where, `percent '${String(value)}' is outside 0..${max}`);
  }
  return n;
}

/**
 * Parse a ratio between 0 and 1 (`0.9`), also accepting a percent written with `%` (`90%` -> 0.9).
 * Used for efficiency thresholds.
 */
export function parseRatio(value: string | number, where: string): number {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (text.endsWith('%')) return parsePercent(text, where) / 100;
  if (!NUMBER_PATTERN.test(text)) {
    throw new InputError(
      where,
      `cannot parse '${String(value)}': expected a ratio such as 0.9 or a percent such as 90%`,
    );
  }
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    throw new InputError(where, `ratio '${String(value)}' is outside 0..1 (write 90% for a percent)`);
  }
  return n;
}

/** Parse a whole, non-negative count (`30`). */
export function parseCount(value: string | number, where: string): number {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new InputError(where, `cannot parse '${String(value)}': expected a whole number`);
  }
  return Number(text);
}

/** A growth limit: absolute bytes or a percent of the baseline. */
export type Growth = { bytes: number } | { percent: number };

/** Parse a growth limit: `10%` (percent of the baseline), otherwise a human size (`20MB`). */
export function parseGrowth(
  value: string | number,
  where: string,
  opts: { requireUnit?: boolean } = {},
): Growth {
  if (typeof value === 'string' && value.trim().endsWith('%')) {
    return { percent: parsePercent(value, where, Number.MAX_SAFE_INTEGER) };
  }
  return { bytes: parseSize(value, where, opts) };
}

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'] as const;

/**
 * Format bytes as a decimal human size with one decimal place (`12.3 MB`); bytes below 1000 are
 * exact (`999 B`). Matches the `300MB` the user wrote: decimal, not binary.
 */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '';
  let n = Math.abs(bytes);
  if (n < 1000) return `${sign}${n} B`;
  let unit = 0;
  while (n >= 999.95 && unit < DECIMAL_UNITS.length - 1) {
    n /= 1000;
    unit++;
  }
  return `${sign}${n.toFixed(1)} ${DECIMAL_UNITS[unit] ?? 'B'}`;
}

const BINARY_UNITS = [
  ['GiB', 1024 ** 3],
  ['MiB', 1024 ** 2],
  ['KiB', 1024],
] as const;

/** A configured limit as the user most likely wrote it: `256 MiB` for whole binary units, else decimal. */
export function formatLimit(bytes: number): string {
  for (const [unit, size] of BINARY_UNITS)
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  return formatBytes(bytes);
}

/** Format a byte delta with an explicit sign: `+12.3 MB`, `-512 B`, `±0 B`. */
export function formatDelta(bytes: number): string {
  if (bytes === 0) return '±0 B';
  return bytes > 0 ? `+${formatBytes(bytes)}` : formatBytes(bytes);
}

/** Format an integer with thousands separators (`300,000,001`), locale-independent. */
export function formatInteger(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
