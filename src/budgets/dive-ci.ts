/**
 * `.dive-ci` migration: read dive's CI file and evaluate its three rules on dive's numbers
 * (Report.dive) the way dive v0.13.1 does (runtime/ci/rule.go):
 * - lowestEfficiency fails when threshold > efficiency (strict);
 * - highestWastedBytes fails when wastedBytes > threshold (strict); the threshold is parsed by
 *   go-humanize's ParseBytes, so `20Mb` is 20,000,000 and `1.5KiB` is 1536;
 * - highestUserWastedPercent fails when userWastedPercent > threshold (strict).
 * A key that is absent gets dive's default (0.9, disabled, 0.1), as dive's bound flags do.
 * `disabled` (dive v0.13.1), and `off`, `false` or an empty value (dive after v0.13.1) disable a rule.
 */
import { parseDocument } from 'yaml';
import { InputError } from '../common/errors.js';
import type { DiveNumbers } from '../image/model.js';
import type { BudgetResult } from '../report/types.js';
import { breaches, budgetRow } from './evaluate.js';

/** The file dive reads by default, and the Action looks for when no config names one. */
export const DIVE_CI_FILE = '.dive-ci';

export const DIVE_RULES = ['lowestEfficiency', 'highestWastedBytes', 'highestUserWastedPercent'] as const;
export type DiveRuleName = (typeof DIVE_RULES)[number];

/** dive's flag defaults, which apply when the file does not set a rule (cmd/root.go). */
export const DIVE_DEFAULTS: Readonly<Record<DiveRuleName, string>> = {
  lowestEfficiency: '0.9',
  highestWastedBytes: 'disabled',
  highestUserWastedPercent: '0.1',
};

/** Where a rule's value came from. */
export type DiveRuleSource = 'file' | 'default';

export interface DiveRule {
  name: DiveRuleName;
  /** The value as dive sees it (viper's GetString), '' for an empty value. */
  raw: string;
  source: DiveRuleSource;
  /** null when the rule is disabled. */
  threshold: number | null;
}

export interface DiveCiConfig {
  file: string;
  rules: DiveRule[];
}

/** Is a value one that disables a rule? Trimmed and case-insensitive, as dive's isRuleDisabled. */
export function isDiveRuleDisabled(value: string): boolean {
  const v = value.trim().toLowerCase();
  return v === '' || v === 'disabled' || v === 'off' || v === 'false';
}

// Go's strconv.ParseFloat, decimal forms plus inf/infinity/nan (hex floats are not accepted here).
const GO_DECIMAL_FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GO_SPECIAL_FLOAT = /^[+-]?(?:inf|infinity|nan)$/i;

/** Go's strconv.ParseFloat(value, 64) for the forms a YAML file can hold; null on error. */
export function goParseFloat(value: string): number | null {
  if (GO_DECIMAL_FLOAT.test(value)) return Number(value);
  if (GO_SPECIAL_FLOAT.test(value)) {
    const neg = value.startsWith('-');
    if (/nan/i.test(value)) return Number.NaN;
    return neg ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  return null;
}

// go-humanize v1.0.1 bytesSizeTable: case-insensitive, `k`/`kb` decimal, `ki`/`kib` binary.
const HUMANIZE_UNITS: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['b', 1],
  ['k', 1e3],
  ['kb', 1e3],
  ['m', 1e6],
  ['mb', 1e6],
  ['g', 1e9],
  ['gb', 1e9],
  ['t', 1e12],
  ['tb', 1e12],
  ['p', 1e15],
  ['pb', 1e15],
  ['e', 1e18],
  ['eb', 1e18],
  ['ki', 2 ** 10],
  ['kib', 2 ** 10],
  ['mi', 2 ** 20],
  ['mib', 2 ** 20],
  ['gi', 2 ** 30],
  ['gib', 2 ** 30],
  ['ti', 2 ** 40],
  ['tib', 2 ** 40],
  ['pi', 2 ** 50],
  ['pib', 2 ** 50],
  ['ei', 2 ** 60],
  ['eib', 2 ** 60],
]);
const MAX_UINT64 = 2 ** 64;

/**
 * go-humanize's ParseBytes: leading digits, dots and commas (commas dropped) parsed as a float, the
 * rest trimmed and looked up case-insensitively; the product is truncated to whole bytes.
 * Returns an error string instead of throwing.
 */
export function humanizeParseBytes(s: string): number | string {
  const m = /^[\d.,]*/.exec(s);
  const lead = m?.[0] ?? '';
  const num = lead.replace(/,/g, '');
  const f = goParseFloat(num);
  if (f === null || !GO_DECIMAL_FLOAT.test(num)) return `cannot parse number '${num}'`;
  const extra = s.slice(lead.length).trim().toLowerCase();
  const mult = HUMANIZE_UNITS.get(extra);
  if (mult === undefined) return `unhandled size name: ${extra}`;
  const bytes = f * mult;
  if (bytes >= MAX_UINT64) return `too large: ${s}`;
  return Math.trunc(bytes);
}

/** viper's GetString of a YAML scalar (cast.ToString): numbers like Go's FormatFloat(f, 'f', -1). */
function scalarToString(v: unknown, where: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e21) return BigInt(v).toString();
    return formatGoFloat(v);
  }
  throw new InputError(where, 'expected a single value, got a mapping or list');
}

function formatGoFloat(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf';
  const s = String(v);
  if (!/e/i.test(s)) return s;
  // Expand exponent notation to plain digits, as Go's 'f' format with precision -1 does.
  const [mant = '', expStr = '0'] = s.split(/e/i);
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace(/^-/, '');
  const [i = '', f = ''] = digits.split('.');
  const all = i + f;
  const point = i.length + exp;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${all}`;
  else if (point >= all.length) out = all + '0'.repeat(point - all.length);
  else out = `${all.slice(0, point)}.${all.slice(point)}`;
  return (neg ? '-' : '') + out;
}

/** Alias expansions a `.dive-ci` may make (yaml's `maxAliasCount`), as for `.layerlint.yml`. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parse a `.dive-ci` file's text. Keys are matched case-insensitively (viper lower-cases keys);
 * dive v0.13.1 reads `rules.<camelCase>`, later dives also `rules.<kebab-case>`, both are accepted.
 * A misconfigured value (dive prints "CI Misconfigured" and fails) is an InputError here.
 */
export function parseDiveCi(text: string, file: string): DiveCiConfig {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new InputError(file, `not valid YAML: ${e?.message.split('\n')[0] ?? 'parse error'}`);
  }
  let root: unknown;
  try {
    // A few aliases are normal YAML; a "billion laughs" document expands exponentially through them.
    root = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err: unknown) {
    throw new InputError(file, `not valid YAML: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (root !== null && root !== undefined && (typeof root !== 'object' || Array.isArray(root))) {
    throw new InputError(file, 'expected a YAML mapping with a `rules:` section');
  }
  const rulesRaw = findKey(root as Record<string, unknown> | null, 'rules');
  if (
    rulesRaw !== undefined &&
    rulesRaw !== null &&
    (typeof rulesRaw !== 'object' || Array.isArray(rulesRaw))
  ) {
    throw new InputError(file, 'rules: expected a mapping of rule names to values');
  }
  const rulesMap = (rulesRaw ?? null) as Record<string, unknown> | null;
  const rules = DIVE_RULES.map((name): DiveRule => {
    const kebab = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    let value = findKey(rulesMap, name);
    if (value === undefined) value = findKey(rulesMap, kebab);
    const where = `${file}: rules.${name}`;
    const source: DiveRuleSource = value === undefined ? 'default' : 'file';
    const raw = value === undefined ? DIVE_DEFAULTS[name] : scalarToString(value, file);
    return { name, raw, source, threshold: parseThreshold(name, raw, where, file) };
  });
  return { file, rules };
}

function findKey(obj: Record<string, unknown> | null, key: string): unknown {
  if (!obj) return undefined;
  const lower = key.toLowerCase();
  let found: unknown = undefined;
  // The last matching key wins, as with a YAML map read by viper.
  for (const [k, v] of Object.entries(obj)) if (k.toLowerCase() === lower) found = v;
  return found;
}

function parseThreshold(name: DiveRuleName, raw: string, where: string, file: string): number | null {
  if (isDiveRuleDisabled(raw)) return null;
  const rel = where.slice(file.length + 2);
  if (name === 'highestWastedBytes') {
    const r = humanizeParseBytes(raw);
    if (typeof r === 'string')
      throw new InputError(file, `${rel}: invalid value '${raw}' (${r}); use a size such as 20MB`);
    return r;
  }
  const f = goParseFloat(raw);
  if (f === null)
    throw new InputError(file, `${rel}: invalid value '${raw}': expected a ratio between 0 and 1`);
  // Go's `f < 0 || f > 1` lets NaN through; so do we, and NaN never fails (as in dive).
  if (f < 0 || f > 1) throw new InputError(file, `${rel}: value '${raw}' is outside the allowed range (0-1)`);
  return f;
}

/** What evaluation gives: BudgetResult rows for enabled rules, and the names of disabled ones. */
export interface DiveCiEvaluation {
  results: BudgetResult[];
  disabled: DiveRuleName[];
}

/** How dive compares each rule (runtime/ci/rule.go): efficiency must not fall below, waste not rise above. */
const DIVE_RULE_KINDS: Readonly<Record<DiveRuleName, { unit: string; kind: 'max' | 'min' }>> = {
  lowestEfficiency: { unit: 'ratio', kind: 'min' },
  highestWastedBytes: { unit: 'bytes', kind: 'max' },
  highestUserWastedPercent: { unit: 'ratio', kind: 'max' },
};

/**
 * Evaluate the rules on dive's numbers. `userWastedPercent` null means dive divided by zero user
 * bytes: 0/0 is NaN (never fails), wasted/0 is +Inf (fails any threshold); we tell them apart by
 * wastedBytes. +Inf is reported as Number.MAX_VALUE so JSON stays valid.
 */
export function evaluateDiveCi(config: DiveCiConfig, dive: DiveNumbers): DiveCiEvaluation {
  const results: BudgetResult[] = [];
  const disabled: DiveRuleName[] = [];
  for (const rule of config.rules) {
    const t = rule.threshold;
    if (t === null) {
      disabled.push(rule.name);
      continue;
    }
    const { unit, kind } = DIVE_RULE_KINDS[rule.name];
    const { value, detail } = readDive(rule, dive);
    // NaN thresholds (`nan` in the file) never fail in dive; keep the row JSON-safe.
    const limit = Number.isNaN(t) ? 0 : t;
    results.push(
      budgetRow(`dive.${rule.name}`, unit, value, limit, 'fail', breaches(kind, value, t), detail, rule.raw),
    );
  }
  return { results, disabled };
}

function readDive(rule: DiveRule, dive: DiveNumbers): { value: number; detail: string } {
  const from = rule.source === 'default' ? ` (dive's default ${rule.raw})` : '';
  switch (rule.name) {
    case 'lowestEfficiency':
      return { value: dive.efficiency, detail: `dive efficiency; fails when below the threshold${from}` };
    case 'highestWastedBytes':
      return { value: dive.wastedBytes, detail: `dive wasted bytes; fails when above the threshold${from}` };
    case 'highestUserWastedPercent':
      if (dive.userWastedPercent !== null) {
        return {
          value: dive.userWastedPercent,
          detail: `dive wasted bytes / bytes above layer 0 (a ratio); fails when above the threshold${from}`,
        };
      }
      return dive.wastedBytes > 0
        ? {
            value: Number.MAX_VALUE,
            detail: `no bytes above layer 0 but ${dive.wastedBytes} wasted: dive computes +Inf and fails${from}`,
          }
        : {
            value: 0,
            detail: `undefined (0 wasted / 0 bytes above layer 0): dive computes NaN, which never fails${from}`,
          };
  }
}
