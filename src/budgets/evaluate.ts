/**
 * Evaluate budgets on a Report: one pass over the BUDGETS table. Pure: values in, BudgetResult[] out.
 * Each configured level gives one row, so a budget with both a `warn` and a `fail` limit shows both;
 * max budgets breach when value > limit, min budgets when value < limit (the limit itself passes).
 */
import { formatBytes, type Growth } from '../common/size.js';
import { oneLine, truncate } from '../common/text.js';
import { DEFAULT_SIZE_MEASURE, measureBytes, wastedPercent, type SizeMeasure } from '../report/measures.js';
import type { BudgetLevel, BudgetResult, Report } from '../report/types.js';
import { BUDGET_NAMES, BUDGETS, type BudgetConfig, type BudgetName, type BudgetUnit } from './config.js';

/** What `evaluateBudgets` returns: the rows, plus notes for budgets that could not be evaluated. */
export interface BudgetEvaluation {
  results: BudgetResult[];
  /** e.g. `maxGrowth is set but no --baseline was given; skipped`. */
  warnings: string[];
}

type Measured = Pick<Report, 'totals' | 'layers' | 'mappingUnreliable'>;

interface Context {
  report: Measured;
  baseline: { report: Pick<Report, 'totals'>; label: string } | null;
  /** The budget's `measure`, for the budgets that take one. */
  measure: SizeMeasure;
  /** maxLayerSize: count the base image's layers too. */
  includeBase: boolean;
}

/**
 * Is the layer the base image's, as far as the report can tell? Without a Dockerfile (or
 * --base-image) no layer is known to be; an unreliable mapping's inferred boundary is not trusted,
 * only the one --base-image proved (`mapping: exact` on a base layer).
 */
function isBaseLayer(report: Measured, l: Measured['layers'][number]): boolean {
  if (!l.fromBaseImage) return false;
  return report.mappingUnreliable === undefined || report.mappingUnreliable === null || l.mapping === 'exact';
}

/** A budget's value read off the report. */
interface Reading {
  /** The value in the unit of a limit; only maxGrowth has limits in two units (bytes and percent). */
  valueIn: (unit: BudgetUnit) => number;
  detail?: string;
}

const LEVELS: readonly BudgetLevel[] = ['warn', 'fail'];

/** How each budget reads the report; a string is why it cannot (a warning, and no rows). */
const READERS: Readonly<Record<BudgetName, (ctx: Context) => Reading | string>> = {
  maxSize: ({ report, measure }) => {
    const value = measureBytes(report, measure);
    return { valueIn: () => value, detail: `${measure} bytes` };
  },
  maxLayerSize: ({ report, includeBase }) => {
    const base = report.layers.filter((l) => isBaseLayer(report, l)).length;
    let largest: Measured['layers'][number] | undefined;
    for (const l of report.layers) {
      if (!includeBase && isBaseLayer(report, l)) continue;
      if (!largest || l.contentBytes > largest.contentBytes) largest = l;
    }
    // Which layers were counted, so a pass on a huge base image is not a surprise.
    const scope = includeBase
      ? 'base image included'
      : base > 0
        ? `above the base image (${base} base layer${base === 1 ? '' : 's'} not counted)`
        : 'every layer: no base image known';
    const detail = largest
      ? `largest layer: #${largest.index}${largest.createdBy ? ` ${truncate(oneLine(largest.createdBy), 60)}` : ''} (content bytes; ${scope})`
      : includeBase || base === 0
        ? 'no layers'
        : 'no layers above the base image';
    const value = largest?.contentBytes ?? 0;
    return { valueIn: () => value, detail };
  },
  maxWastedBytes: ({ report }) => ({ valueIn: () => report.totals.wastedBytes }),
  maxWastedPercent: ({ report }) => {
    const value = wastedPercent(report);
    return { valueIn: () => value, detail: 'wasted bytes / content bytes' };
  },
  minEfficiency: ({ report }) => ({
    valueIn: () => report.totals.efficiency,
    detail: 'final bytes / content bytes',
  }),
  maxLayers: ({ report }) => ({ valueIn: () => report.totals.layerCount }),
  maxGrowth: ({ report, baseline, measure }) => {
    if (!baseline) {
      return 'budget maxGrowth is set but there is no baseline to compare with; skipped (give --baseline)';
    }
    const before = measureBytes(baseline.report, measure);
    const growth = measureBytes(report, measure) - before;
    // Percent of the baseline; a baseline of 0 bytes makes any growth infinite, so compare bytes.
    const percent = before === 0 ? (growth > 0 ? Number.MAX_VALUE : 0) : (growth * 100) / before;
    return {
      valueIn: (unit) => (unit === 'percent' ? percent : growth),
      detail: `${measure} bytes vs ${baseline.label} (${formatBytes(before)})`,
    };
  },
};

/** A limit as a number and its unit: the budget's own, or percent for a growth written as `5%`. */
function limitOf(name: BudgetName, limit: number | Growth): { unit: BudgetUnit; limit: number } {
  if (typeof limit === 'number') return { unit: BUDGETS[name].unit, limit };
  return 'bytes' in limit ? { unit: 'bytes', limit: limit.bytes } : { unit: 'percent', limit: limit.percent };
}

/** Whether `value` breaks `limit` for a budget of this kind; the limit itself passes (and NaN never breaks). */
export function breaches(kind: 'max' | 'min', value: number, limit: number): boolean {
  return kind === 'max' ? value > limit : value < limit;
}

/** One budget row; the key order is the JSON output's. */
export function budgetRow(
  name: string,
  unit: string,
  value: number,
  limit: number,
  level: BudgetLevel,
  breached: boolean,
  detail?: string,
  limitText?: string,
): BudgetResult {
  const r: BudgetResult = {
    name,
    unit,
    value,
    limit,
    ...(limitText !== undefined ? { limitText } : {}),
    level,
    status: breached ? level : 'pass',
  };
  if (detail !== undefined) r.detail = detail;
  return r;
}

/**
 * Evaluate budgets on a report. `baseline` is needed for `maxGrowth` only; without one that budget
 * is skipped with a warning (a config may set it for PR runs that have a baseline).
 */
export function evaluateBudgets(
  report: Measured,
  config: BudgetConfig,
  baseline?: Context['baseline'],
): BudgetEvaluation {
  const results: BudgetResult[] = [];
  const warnings: string[] = [];
  for (const name of BUDGET_NAMES) {
    const levels = config[name];
    if (!levels) continue;
    const measure = 'measure' in levels ? levels.measure : DEFAULT_SIZE_MEASURE;
    const includeBase = 'includeBase' in levels && levels.includeBase === true;
    const reading = READERS[name]({ report, baseline: baseline ?? null, measure, includeBase });
    if (typeof reading === 'string') {
      warnings.push(reading);
      continue;
    }
    for (const level of LEVELS) {
      const set = levels[level];
      if (set === undefined) continue;
      const { unit, limit } = limitOf(name, set);
      const value = reading.valueIn(unit);
      results.push(
        budgetRow(
          name,
          unit,
          value,
          limit,
          level,
          breaches(BUDGETS[name].kind, value, limit),
          reading.detail,
          levels.text?.[level],
        ),
      );
    }
  }
  return { results, warnings };
}
