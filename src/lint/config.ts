/**
 * `.layerlint.yml`: per-rule severity and options, ignored paths, the fail-on level, and a `budgets`
 * section that the budgets module validates. Every mistake is an InputError naming the file and the key.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { InputError, LayerlintError } from '../common/errors.js';
import { GlobError, validateGlob } from '../common/glob.js';
import { RULES, findRule, type AnyRule } from './rules/index.js';
import { isFailOn, isSeverity, type FailOn, type Severity } from './severity.js';
import { parseSize } from '../common/size.js';
import { isRecord } from '../common/json.js';

/** Default config file names, looked up in the working directory. */
export const CONFIG_FILE_NAMES = ['.layerlint.yml', '.layerlint.yaml'] as const;

/** What the config says about one rule. */
export interface RuleSetting {
  enabled: boolean;
  /** Overrides the rule's default severity (and any per-finding severity the rule picks). */
  severity?: Severity;
  /** Validated option values, already converted (sizes to bytes). */
  options: Record<string, unknown>;
}

export interface LayerlintConfig {
  /** The file it was read from, or null for the built-in defaults. */
  path: string | null;
  /** Keyed by rule id (`LL003`). Rules not listed run with their defaults. */
  rules: Record<string, RuleSetting>;
  /** Globs; matching paths are dropped from findings (a finding left with no path is dropped). */
  ignorePaths: string[];
  failOn?: FailOn;
  /** Passed through untouched; the budgets module owns its schema. */
  budgets?: unknown;
}

/** The config used when there is no file. */
export function defaultConfig(): LayerlintConfig {
  return { path: null, rules: {}, ignorePaths: [] };
}

const TOP_LEVEL_KEYS = ['rules', 'ignorePaths', 'failOn', 'budgets'] as const;

/** Rule options that hold path globs (LL008 `excludePaths`, LL010 `patterns` and `excludePaths`). */
const GLOB_OPTION_NAMES: ReadonlySet<string> = new Set(['patterns', 'excludePaths']);

/** Compile each glob now, so a malformed one names the file and key instead of failing a rule later. */
function checkGlobs(globs: readonly string[], file: string, key: string): void {
  globs.forEach((g, i) => {
    try {
      validateGlob(g);
    } catch (err: unknown) {
      if (err instanceof GlobError) throw new InputError(file, `${key}[${i}]: ${err.message}`);
      throw err;
    }
  });
}

function describe(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === undefined)
    return String(v);
  return typeof v; // a symbol or function: YAML gives neither
}

function parseSeverity(v: unknown, file: string, key: string): Severity | 'off' {
  if (v === false) return 'off';
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'off' || isSeverity(s)) return s;
  }
  throw new InputError(file, `${key}: bad severity ${describe(v)} (expected error, warning, info or off)`);
}

function parseOption(rule: AnyRule, name: string, value: unknown, file: string, key: string): unknown {
  const defaults = rule.options as Record<string, unknown>;
  const def = defaults[name];
  if (typeof def === 'number') {
    if (/Bytes$/.test(name)) {
      if (typeof value !== 'string' && typeof value !== 'number') {
        throw new InputError(file, `${key}: expected a size such as 1MiB or 300MB, got ${describe(value)}`);
      }
      try {
        return parseSize(value, key);
      } catch (err: unknown) {
        if (err instanceof InputError) throw new InputError(file, `${key}: ${err.problem}`);
        throw err;
      }
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new InputError(file, `${key}: expected a non-negative number, got ${describe(value)}`);
    }
    return value;
  }
  if (typeof def === 'boolean') {
    if (typeof value !== 'boolean')
      throw new InputError(file, `${key}: expected true or false, got ${describe(value)}`);
    return value;
  }
  if (Array.isArray(def)) {
    if (!Array.isArray(value) || !value.every((x) => typeof x === 'string')) {
      throw new InputError(file, `${key}: expected a list of strings, got ${describe(value)}`);
    }
    if (GLOB_OPTION_NAMES.has(name)) checkGlobs(value, file, key);
    return [...value];
  }
  if (typeof def === 'string') {
    if (typeof value !== 'string')
      throw new InputError(file, `${key}: expected a string, got ${describe(value)}`);
    return value;
  }
  return value;
}

function parseRuleSetting(rule: AnyRule, raw: unknown, file: string, key: string): RuleSetting {
  if (raw === null || raw === true) return { enabled: true, options: {} };
  if (!isRecord(raw)) {
    const sev = parseSeverity(raw, file, key);
    return sev === 'off' ? { enabled: false, options: {} } : { enabled: true, severity: sev, options: {} };
  }
  const setting: RuleSetting = { enabled: true, options: {} };
  const optionNames = Object.keys(rule.options);
  for (const [name, value] of Object.entries(raw)) {
    const k = `${key}.${name}`;
    if (name === 'severity') {
      const sev = parseSeverity(value, file, k);
      if (sev === 'off') setting.enabled = false;
      else setting.severity = sev;
    } else if (name === 'enabled') {
      if (typeof value !== 'boolean')
        throw new InputError(file, `${k}: expected true or false, got ${describe(value)}`);
      setting.enabled = value;
    } else if (optionNames.includes(name)) {
      setting.options[name] = parseOption(rule, name, value, file, k);
    } else {
      const known = ['severity', ...optionNames].join(', ');
      throw new InputError(
        file,
        `${k}: unknown option '${name}' for ${rule.id} ${rule.name} (known: ${known})`,
      );
    }
  }
  return setting;
}

/** Validate a parsed YAML value as a config. `file` names the source in errors. */
export function validateConfig(
  data: unknown,
  file: string,
  rules: readonly AnyRule[] = RULES,
): LayerlintConfig {
  const config: LayerlintConfig = { ...defaultConfig(), path: file };
  if (data === null || data === undefined) return config;
  if (!isRecord(data))
    throw new InputError(file, `expected a mapping at the top level, got ${describe(data)}`);
  for (const key of Object.keys(data)) {
    if (!(TOP_LEVEL_KEYS as readonly string[]).includes(key)) {
      throw new InputError(file, `unknown key '${key}' (known: ${TOP_LEVEL_KEYS.join(', ')})`);
    }
  }
  const rulesRaw = data['rules'];
  if (rulesRaw !== undefined && rulesRaw !== null) {
    if (!isRecord(rulesRaw))
      throw new InputError(file, `rules: expected a mapping of rule ids, got ${describe(rulesRaw)}`);
    for (const [id, raw] of Object.entries(rulesRaw)) {
      const rule = findRule(id, rules);
      if (!rule)
        throw new InputError(file, `rules.${id}: unknown rule id (run \`layerlint rules\` for the list)`);
      if (config.rules[rule.id]) throw new InputError(file, `rules.${id}: ${rule.id} is configured twice`);
      config.rules[rule.id] = parseRuleSetting(rule, raw, file, `rules.${id}`);
    }
  }
  const ignore = data['ignorePaths'];
  if (ignore !== undefined && ignore !== null) {
    const list = typeof ignore === 'string' ? [ignore] : ignore;
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && x.trim() !== '')) {
      throw new InputError(file, `ignorePaths: expected a list of path globs, got ${describe(ignore)}`);
    }
    config.ignorePaths = list.map((x: string) => x.trim());
    checkGlobs(config.ignorePaths, file, 'ignorePaths');
  }
  const failOn = data['failOn'];
  if (failOn !== undefined && failOn !== null) {
    const v = typeof failOn === 'string' ? failOn.trim().toLowerCase() : failOn;
    if (!isFailOn(v)) {
      throw new InputError(
        file,
        `failOn: bad value ${describe(failOn)} (expected error, warning, info or none)`,
      );
    }
    config.failOn = v;
  }
  if ('budgets' in data) config.budgets = data['budgets'];
  return config;
}

/** Parse config text (YAML). */
export function parseConfig(text: string, file: string, rules: readonly AnyRule[] = RULES): LayerlintConfig {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const where = first.linePos?.[0]
      ? ` at line ${first.linePos[0].line}, column ${first.linePos[0].col}`
      : '';
    const msg = first.message.split('\n')[0] ?? first.message;
    throw new InputError(file, `invalid YAML${where}: ${msg.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  // Sizes like `1MiB` parse as strings and `off` stays a string in YAML 1.2: nothing to coerce.
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err: unknown) {
    throw new InputError(file, `invalid YAML: ${errMessage(err)}`);
  }
  return validateConfig(data, file, rules);
}

/**
 * Load the config: `configPath` if given (it must exist), else `.layerlint.yml` in `cwd` when present,
 * else the defaults.
 */
export async function loadConfig(
  cwd: string,
  configPath = '',
  rules: readonly AnyRule[] = RULES,
): Promise<LayerlintConfig> {
  if (configPath !== '') {
    const full = isAbsolute(configPath) ? configPath : resolve(cwd, configPath);
    return parseConfig(await readText(full, configPath), configPath, rules);
  }
  for (const name of CONFIG_FILE_NAMES) {
    const full = join(cwd, name);
    let text: string;
    try {
      text = await readFile(full, 'utf8');
    } catch (err: unknown) {
      if (isErrno(err, 'ENOENT')) continue;
      throw new InputError(name, `cannot read config: ${errMessage(err)}`);
    }
    return parseConfig(text, name, rules);
  }
  return defaultConfig();
}

async function readText(full: string, shownAs: string): Promise<string> {
  try {
    return await readFile(full, 'utf8');
  } catch (err: unknown) {
    if (err instanceof LayerlintError) throw err;
    if (isErrno(err, 'ENOENT')) throw new InputError(shownAs, 'config file not found');
    if (isErrno(err, 'EISDIR')) throw new InputError(shownAs, 'config path is a directory, not a file');
    throw new InputError(shownAs, `cannot read config: ${errMessage(err)}`);
  }
}

function isErrno(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}

function errMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
