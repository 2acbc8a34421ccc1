/**
 * Size budgets as written: the one table of budgets, and the parsers of the config file's `budgets:`
 * section and of the CLI flags / Action inputs. evaluate.ts measures them on a report.
 */
import { InputError } from '../common/errors.js';
import { parseCount, parseGrowth, parsePercent, parseRatio, parseSize, type Growth } from '../common/size.js';
import { DEFAULT_SIZE_MEASURE, type SizeMeasure } from '../report/measures.js';
import { isRecord } from '../common/json.js';

export interface Levels<T> {
  warn?: T;
  fail?: T;
}

/** The levels as the user wrote them (`100MiB`, `0.001%`), for the outputs to show. */
export interface Written {
  text?: Levels<string>;
}

/** Parsed budgets. Bytes are whole bytes, percents 0..100, efficiency a ratio 0..1. */
export interface BudgetConfig {
  maxSize?: Levels<number> & Written & { measure: SizeMeasure };
  /** `includeBase`: also count the base image's layers (default: only the layers above it). */
  maxLayerSize?: Levels<number> & Written & { includeBase?: boolean };
  maxWastedBytes?: Levels<number> & Written;
  maxWastedPercent?: Levels<number> & Written;
  minEfficiency?: Levels<number> & Written;
  maxLayers?: Levels<number> & Written;
  maxGrowth?: Levels<Growth> & Written & { measure: SizeMeasure };
}

export type BudgetName = keyof BudgetConfig;

/** The unit of a budget's value and limit, as BudgetResult.unit gives it. */
export type BudgetUnit = 'bytes' | 'percent' | 'ratio' | 'count';

type Limit<N extends BudgetName> = NonNullable<NonNullable<BudgetConfig[N]>['fail']>;
type TakesMeasure<N extends BudgetName> = 'measure' extends keyof NonNullable<BudgetConfig[N]> ? true : false;

/** One budget: how it is written, parsed and compared. */
export interface BudgetSpec<N extends BudgetName> {
  /** The CLI flag / Action input, which sets the fail level. */
  flag: string;
  /** The unit of its value; a growth written as a percent is in percent instead. */
  unit: BudgetUnit;
  /** `max` breaches when the value is above the limit, `min` when below. */
  kind: 'max' | 'min';
  /** Whether it measures `content` or `final` bytes, and so takes a `measure` key. */
  measured: TakesMeasure<N>;
  /** A value as a user would write it, for error messages. */
  example: string;
  parse: (value: string | number, where: string) => Limit<N>;
}

/** A size budget's limit: a bare number is ambiguous (bytes? megabytes?), so it needs a unit. */
function sizeWithUnit(value: string | number, where: string): number {
  return parseSize(value, where, { requireUnit: true });
}

/** Every budget, in evaluation and table order. */
export const BUDGETS: { readonly [N in BudgetName]: BudgetSpec<N> } = {
  maxSize: {
    flag: 'max-size',
    unit: 'bytes',
    kind: 'max',
    measured: true,
    example: '300MB',
    parse: sizeWithUnit,
  },
  maxLayerSize: {
    flag: 'max-layer-size',
    unit: 'bytes',
    kind: 'max',
    measured: false,
    example: '300MB',
    parse: sizeWithUnit,
  },
  maxWastedBytes: {
    flag: 'max-wasted-bytes',
    unit: 'bytes',
    kind: 'max',
    measured: false,
    example: '300MB',
    parse: sizeWithUnit,
  },
  maxWastedPercent: {
    flag: 'max-wasted-percent',
    unit: 'percent',
    kind: 'max',
    measured: false,
    example: '10%',
    parse: parsePercent,
  },
  minEfficiency: {
    flag: 'min-efficiency',
    unit: 'ratio',
    kind: 'min',
    measured: false,
    example: '0.9',
    parse: parseRatio,
  },
  maxLayers: {
    flag: 'max-layers',
    unit: 'count',
    kind: 'max',
    measured: false,
    example: '30',
    parse: parseCount,
  },
  maxGrowth: {
    flag: 'max-growth',
    unit: 'bytes',
    kind: 'max',
    measured: true,
    example: '20MB or 5%',
    parse: (value, where) => parseGrowth(value, where, { requireUnit: true }),
  },
};

/** Budget names in evaluation and table order. */
export const BUDGET_NAMES = Object.keys(BUDGETS) as readonly BudgetName[];

/** The CLI flag / action input for each budget (sets the fail level). */
export const BUDGET_FLAGS = Object.fromEntries(BUDGET_NAMES.map((n) => [n, BUDGETS[n].flag])) as Readonly<
  Record<BudgetName, string>
>;

const MEASURES: readonly string[] = ['content', 'final'] satisfies SizeMeasure[];

/** One budget's levels while parsing, before they are checked and stored. */
type Parsed = Levels<number | Growth> & Written & { measure?: SizeMeasure; includeBase?: boolean };

/** The budgets that take `includeBase`. */
const TAKES_INCLUDE_BASE: ReadonlySet<BudgetName> = new Set(['maxLayerSize']);

/** A level as written, for display: the config's string trimmed, or the YAML number as JSON writes it. */
function written(value: string | number): string {
  return typeof value === 'string' ? value.trim() : String(value);
}

function isBudgetName(s: string): s is BudgetName {
  return Object.hasOwn(BUDGETS, s);
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;
}

function parseLimit(name: BudgetName, value: unknown, where: string): number | Growth {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new InputError(where, `expected a value such as ${BUDGETS[name].example}, got ${describe(value)}`);
  }
  return BUDGETS[name].parse(value, where);
}

/**
 * Validate the `budgets:` section of `.layerlint.yml` (passed through untouched by the config loader).
 * Each budget is a scalar (the fail level) or `{ warn, fail }`; measured budgets also take
 * `measure: content|final`. Keys may be camelCase or kebab-case. Throws InputError naming `file` and key.
 */
export function parseBudgetConfig(raw: unknown, file: string): BudgetConfig {
  if (raw === null || raw === undefined) return {};
  if (!isRecord(raw)) throw new InputError(file, `budgets: expected a mapping, got ${describe(raw)}`);
  const out: BudgetConfig = {};
  for (const [rawKey, value] of Object.entries(raw)) {
    const name = rawKey.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (!isBudgetName(name)) {
      throw new InputError(file, `budgets.${rawKey}: unknown budget (known: ${BUDGET_NAMES.join(', ')})`);
    }
    const { measured } = BUDGETS[name];
    const key = `budgets.${rawKey}`;
    const where = `${file}: ${key}`;
    const levels: Parsed = {};
    if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'warn' || k === 'fail') {
          if (v === null || v === undefined) continue;
          levels[k] = parseLimit(name, v, `${where}.${k}`);
          levels.text = { ...levels.text, [k]: written(v as string | number) };
        } else if ((k === 'includeBase' || k === 'include-base') && TAKES_INCLUDE_BASE.has(name)) {
          if (typeof v !== 'boolean') {
            throw new InputError(file, `${key}.${k}: expected true or false, got ${describe(v)}`);
          }
          levels.includeBase = v;
        } else if (k === 'measure' && measured) {
          if (typeof v !== 'string' || !MEASURES.includes(v)) {
            throw new InputError(file, `${key}.measure: expected content or final, got ${describe(v)}`);
          }
          levels.measure = v as SizeMeasure;
        } else {
          const allowed = measured
            ? 'warn, fail, measure'
            : TAKES_INCLUDE_BASE.has(name)
              ? 'warn, fail, includeBase'
              : 'warn, fail';
          throw new InputError(file, `${key}.${k}: unknown key (allowed: ${allowed})`);
        }
      }
    } else if (value !== null && value !== undefined) {
      levels.fail = parseLimit(name, value, where);
      levels.text = { fail: written(value as string | number) };
    }
    store(out, name, levels, file, key);
  }
  return out;
}

function store(out: BudgetConfig, name: BudgetName, levels: Parsed, file: string, key: string): void {
  const { kind, measured } = BUDGETS[name];
  const { warn, fail } = levels;
  // `measure` (or `includeBase`) alone is kept, so a CLI flag that sets the fail level later uses it.
  if (
    warn === undefined &&
    fail === undefined &&
    (levels.measure === undefined || !measured) &&
    levels.includeBase === undefined
  )
    return;
  // Growth levels may mix bytes and percents, so only plain numbers are checked for order.
  if (typeof warn === 'number' && typeof fail === 'number' && (kind === 'min' ? warn < fail : warn > fail)) {
    const rel = kind === 'min' ? 'below' : 'above';
    throw new InputError(file, `${key}: warn (${warn}) is ${rel} fail (${fail}), so warn could never show`);
  }
  const stored: Parsed = {};
  if (warn !== undefined) stored.warn = warn;
  if (fail !== undefined) stored.fail = fail;
  if (levels.text !== undefined) stored.text = levels.text;
  if (measured) stored.measure = levels.measure ?? DEFAULT_SIZE_MEASURE;
  if (levels.includeBase !== undefined) stored.includeBase = levels.includeBase;
  setBudget(out, name, stored);
}

// Each budget's parser returns its own limit type (the BUDGETS type checks that), so levels parsed
// by name fit that name's slot.
function setBudget(out: BudgetConfig, name: BudgetName, levels: Parsed): void {
  (out as Partial<Record<BudgetName, Parsed>>)[name] = levels;
}

/** The budget flags as written (`''` = unset), keyed by flag name; `Inputs` satisfies this. */
export type BudgetFlags = Partial<Record<string, string>>;

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
    const { flag, measured } = BUDGETS[name];
    const text = flags[flag]?.trim() ?? '';
    if (text === '') continue;
    const prev: Parsed | undefined = out[name];
    const levels: Parsed = {
      ...prev,
      fail: BUDGETS[name].parse(text, where(flag)),
      text: { ...prev?.text, fail: text },
    };
    if (measured) levels.measure = prev?.measure ?? DEFAULT_SIZE_MEASURE;
    setBudget(out, name, levels);
  }
  return out;
}
