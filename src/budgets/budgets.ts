/**
 * Size budgets: parse them (config `budgets:` and CLI flags) and evaluate them on a Report.
 * Pure: values in, BudgetResult[] out. Each configured level gives one row, so a budget with both a
 * `warn` and a `fail` limit shows both; max budgets breach when value > limit, min budgets when
 * value < limit (the limit itself passes).
 */
import { InputError } from '../common/errors.js';
import type { BudgetLevel, BudgetResult, Report } from '../report/types.js';
import {
  formatBytes,
  parseCount,
  parseGrowth,
  parsePercent,
  parseRatio,
  parseSize,
  type Growth,
} from '../common/size.js';
import { DEFAULT_SIZE_MEASURE, measureBytes, wastedPercent, type SizeMeasure } from '../report/measures.js';

export interface Levels<T> {
  warn?: T;
  fail?: T;
}

/** Parsed budgets. Bytes are whole bytes, percents 0..100, efficiency a ratio 0..1. */
export interface BudgetConfig {
  maxSize?: Levels<number> & { measure: SizeMeasure };
  maxLayerSize?: Levels<number>;
  maxWastedBytes?: Levels<number>;
  maxWastedPercent?: Levels<number>;
  minEfficiency?: Levels<number>;
  maxLayers?: Levels<number>;
  maxGrowth?: Levels<Growth> & { measure: SizeMeasure };
}

/** Budget names in evaluation and table order. */
export const BUDGET_NAMES = [
  'maxSize',
  'maxLayerSize',
  'maxWastedBytes',
  'maxWastedPercent',
  'minEfficiency',
  'maxLayers',
  'maxGrowth',
] as const;
export type BudgetName = (typeof BUDGET_NAMES)[number];

/** The CLI flag / action input for each budget (sets the fail level). */
export const BUDGET_FLAGS: Readonly<Record<BudgetName, string>> = {
  maxSize: 'max-size',
  maxLayerSize: 'max-layer-size',
  maxWastedBytes: 'max-wasted-bytes',
  maxWastedPercent: 'max-wasted-percent',
  minEfficiency: 'min-efficiency',
  maxLayers: 'max-layers',
  maxGrowth: 'max-growth',
};

type Parser<T> = (value: string | number, where: string) => T;

const PARSERS: { [K in BudgetName]: Parser<number | Growth> } = {
  maxSize: parseSize,
  maxLayerSize: parseSize,
  maxWastedBytes: parseSize,
  maxWastedPercent: (v, w) => parsePercent(v, w),
  minEfficiency: parseRatio,
  maxLayers: parseCount,
  maxGrowth: parseGrowth,
};

const MEASURES: readonly SizeMeasure[] = ['content', 'final'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kebabToCamel(key: string): string {
  return key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function parseScalar<T>(name: BudgetName, value: unknown, where: string): T {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new InputError(where, `expected a value such as ${example(name)}, got ${describe(value)}`);
  }
  return PARSERS[name](value, where) as T;
}

function example(name: BudgetName): string {
  switch (name) {
    case 'maxWastedPercent':
      return '10%';
    case 'minEfficiency':
      return '0.9';
    case 'maxLayers':
      return '30';
    case 'maxGrowth':
      return '20MB or 5%';
    default:
      return '300MB';
  }
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;
}

/**
 * Validate the `budgets:` section of `.layerlint.yml` (passed through untouched by config.ts).
 * Each budget is a scalar (the fail level) or `{ warn, fail }`; `maxSize` and `maxGrowth` also take
 * `measure: content|final`. Keys may be camelCase or kebab-case. Throws InputError naming `file` and key.
 */
export function parseBudgetConfig(raw: unknown, file: string): BudgetConfig {
  if (raw === null || raw === undefined) return {};
  if (!isRecord(raw)) throw new InputError(file, `budgets: expected a mapping, got ${describe(raw)}`);
  const out: BudgetConfig = {};
  for (const [rawKey, value] of Object.entries(raw)) {
    const name = kebabToCamel(rawKey) as BudgetName;
    if (!(BUDGET_NAMES as readonly string[]).includes(name)) {
      throw new InputError(file, `budgets.${rawKey}: unknown budget (known: ${BUDGET_NAMES.join(', ')})`);
    }
    const where = `${file}: budgets.${rawKey}`;
    const levels: Levels<number | Growth> & { measure?: SizeMeasure } = {};
    if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'warn' || k === 'fail') {
          if (v === null || v === undefined) continue;
          levels[k] = parseScalar(name, v, `${where}.${k}`);
        } else if (k === 'measure' && (name === 'maxSize' || name === 'maxGrowth')) {
          if (typeof v !== 'string' || !(MEASURES as readonly string[]).includes(v)) {
            throw new InputError(
              file,
              `budgets.${rawKey}.measure: expected content or final, got ${describe(v)}`,
            );
          }
          levels.measure = v as SizeMeasure;
        } else {
          const allowed = name === 'maxSize' || name === 'maxGrowth' ? 'warn, fail, measure' : 'warn, fail';
          throw new InputError(file, `budgets.${rawKey}.${k}: unknown key (allowed: ${allowed})`);
        }
      }
    } else if (value !== null && value !== undefined) {
      levels.fail = parseScalar(name, value, where);
    }
    assign(out, name, levels, where);
  }
  return out;
}

function assign(
  out: BudgetConfig,
  name: BudgetName,
  levels: Levels<number | Growth> & { measure?: SizeMeasure },
  where: string,
): void {
  const none = levels.warn === undefined && levels.fail === undefined;
  // `measure` alone is kept, so a CLI flag that sets the fail level later measures as configured.
  if (none && (levels.measure === undefined || (name !== 'maxSize' && name !== 'maxGrowth'))) return;
  if (name === 'maxGrowth') {
    const g = levels as Levels<Growth> & { measure?: SizeMeasure };
    out.maxGrowth = { ...pick(g), measure: g.measure ?? DEFAULT_SIZE_MEASURE };
    return;
  }
  const n = levels as Levels<number> & { measure?: SizeMeasure };
  if (n.warn !== undefined && n.fail !== undefined) {
    const wrong = name === 'minEfficiency' ? n.warn < n.fail : n.warn > n.fail;
    if (wrong) {
      const file = where.split(': ')[0] ?? where;
      const rel = name === 'minEfficiency' ? 'below' : 'above';
      throw new InputError(
        file,
        `${where.slice(file.length + 2)}: warn (${n.warn}) is ${rel} fail (${n.fail}), so warn could never show`,
      );
    }
  }
  if (name === 'maxSize') out.maxSize = { ...pick(n), measure: n.measure ?? DEFAULT_SIZE_MEASURE };
  else out[name] = pick(n);
}

function pick<T>(l: Levels<T>): Levels<T> {
  const r: Levels<T> = {};
  if (l.warn !== undefined) r.warn = l.warn;
  if (l.fail !== undefined) r.fail = l.fail;
  return r;
}

/** The budget flags as written (`''` = unset), keyed by flag name; `Inputs` satisfies this. */
export type BudgetFlags = Partial<Record<(typeof BUDGET_FLAGS)[BudgetName], string>>;

/**
 * Overlay CLI flags / action inputs on the config: a flag sets (replaces) the fail level and keeps
 * the config's warn level and measure. `where` prefixes error messages (`--` for the CLI, `input ` for the action).
 */
export function applyBudgetFlags(
  config: BudgetConfig,
  flags: BudgetFlags,
  where: (flag: string) => string = (f) => `--${f}`,
): BudgetConfig {
  const out: BudgetConfig = structuredClone(config);
  for (const name of BUDGET_NAMES) {
    const flag = BUDGET_FLAGS[name];
    const text = flags[flag as keyof BudgetFlags]?.trim() ?? '';
    if (text === '') continue;
    const fail = PARSERS[name](text, where(flag));
    if (name === 'maxSize' || name === 'maxGrowth') {
      const prev = out[name];
      const measure = prev?.measure ?? DEFAULT_SIZE_MEASURE;
      if (name === 'maxSize')
        out.maxSize = { ...(prev as Levels<number> | undefined), fail: fail as number, measure };
      else out.maxGrowth = { ...(prev as Levels<Growth> | undefined), fail: fail as Growth, measure };
    } else {
      out[name] = { ...out[name], fail: fail as number };
    }
  }
  return out;
}

/** True when at least one budget is configured. */
export function hasBudgets(config: BudgetConfig): boolean {
  return BUDGET_NAMES.some((n) => config[n]?.warn !== undefined || config[n]?.fail !== undefined);
}

/** What `evaluateBudgets` returns: the rows, plus notes for budgets that could not be evaluated. */
export interface BudgetEvaluation {
  results: BudgetResult[];
  /** e.g. `maxGrowth is set but no --baseline was given; skipped`. */
  warnings: string[];
}

interface Measured {
  unit: string;
  value: number;
  detail?: string;
  kind: 'max' | 'min';
}

function rows(
  name: string,
  m: Measured,
  levels: Levels<number>,
  extraDetail?: (level: BudgetLevel, limit: number) => string | undefined,
): BudgetResult[] {
  const out: BudgetResult[] = [];
  for (const level of ['warn', 'fail'] as const) {
    const limit = levels[level];
    if (limit === undefined) continue;
    const breached = m.kind === 'max' ? m.value > limit : m.value < limit;
    const r: BudgetResult = {
      name,
      unit: m.unit,
      value: m.value,
      limit,
      level,
      status: breached ? level : 'pass',
    };
    const detail = extraDetail?.(level, limit) ?? m.detail;
    if (detail !== undefined) r.detail = detail;
    out.push(r);
  }
  return out;
}

/**
 * Evaluate budgets on a report. `baseline` is needed for `maxGrowth` only; without one that budget
 * is skipped with a warning (a config may set it for PR runs that have a baseline).
 */
export function evaluateBudgets(
  report: Pick<Report, 'totals' | 'layers'>,
  config: BudgetConfig,
  baseline?: { report: Pick<Report, 'totals'>; label: string } | null,
): BudgetEvaluation {
  const results: BudgetResult[] = [];
  const warnings: string[] = [];
  if (config.maxSize) {
    const measure = config.maxSize.measure;
    results.push(
      ...rows(
        'maxSize',
        { unit: 'bytes', kind: 'max', value: measureBytes(report, measure), detail: `${measure} bytes` },
        config.maxSize,
      ),
    );
  }
  if (config.maxLayerSize) {
    let largest: Pick<Report['layers'][number], 'index' | 'contentBytes' | 'createdBy'> | undefined;
    for (const l of report.layers) if (!largest || l.contentBytes > largest.contentBytes) largest = l;
    const detail = largest
      ? `largest layer: #${largest.index}${largest.createdBy ? ` ${shorten(largest.createdBy)}` : ''} (content bytes)`
      : 'no layers';
    results.push(
      ...rows(
        'maxLayerSize',
        { unit: 'bytes', kind: 'max', value: largest?.contentBytes ?? 0, detail },
        config.maxLayerSize,
      ),
    );
  }
  if (config.maxWastedBytes) {
    results.push(
      ...rows(
        'maxWastedBytes',
        { unit: 'bytes', kind: 'max', value: report.totals.wastedBytes },
        config.maxWastedBytes,
      ),
    );
  }
  if (config.maxWastedPercent) {
    results.push(
      ...rows(
        'maxWastedPercent',
        {
          unit: 'percent',
          kind: 'max',
          value: wastedPercent(report),
          detail: 'wasted bytes / content bytes',
        },
        config.maxWastedPercent,
      ),
    );
  }
  if (config.minEfficiency) {
    results.push(
      ...rows(
        'minEfficiency',
        {
          unit: 'ratio',
          kind: 'min',
          value: report.totals.efficiency,
          detail: 'final bytes / content bytes',
        },
        config.minEfficiency,
      ),
    );
  }
  if (config.maxLayers) {
    results.push(
      ...rows('maxLayers', { unit: 'count', kind: 'max', value: report.totals.layerCount }, config.maxLayers),
    );
  }
  if (config.maxGrowth) {
    if (!baseline) {
      warnings.push(
        'budget maxGrowth is set but there is no baseline to compare with; skipped (give --baseline)',
      );
    } else {
      const measure = config.maxGrowth.measure;
      const before = measureBytes(baseline.report, measure);
      const growth = measureBytes(report, measure) - before;
      for (const level of ['warn', 'fail'] as const) {
        const g = config.maxGrowth[level];
        if (g === undefined) continue;
        if ('bytes' in g) {
          results.push(
            ...rows(
              'maxGrowth',
              {
                unit: 'bytes',
                kind: 'max',
                value: growth,
                detail: `${measure} bytes vs ${baseline.label} (${formatBytes(before)})`,
              },
              { [level]: g.bytes },
            ),
          );
        } else {
          // Percent of the baseline; a baseline of 0 bytes makes any growth infinite, so compare bytes.
          const pct = before === 0 ? (growth > 0 ? Number.MAX_VALUE : 0) : (growth * 100) / before;
          results.push(
            ...rows(
              'maxGrowth',
              {
                unit: 'percent',
                kind: 'max',
                value: pct,
                detail: `${measure} bytes vs ${baseline.label} (${formatBytes(before)})`,
              },
              { [level]: g.percent },
            ),
          );
        }
      }
    }
  }
  return { results, warnings };
}

/** True when any row is a hard failure (exit 1). */
export function budgetsFailed(results: readonly BudgetResult[]): boolean {
  return results.some((r) => r.status === 'fail');
}

function shorten(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
