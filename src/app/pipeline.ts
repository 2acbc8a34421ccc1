/**
 * The shared pipeline: source -> loaded image(s) -> model -> mapping -> findings -> budgets -> Report.
 * The CLI and the Action both call `analyze`; neither does any of this work itself.
 *
 * Every user input (config, Dockerfile, budgets, .dive-ci) is read and validated before the image
 * is, so a typo fails in milliseconds instead of after a minute of `docker save`.
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { readImage, type ImageSource } from '../archive/index.js';
import { platformString } from '../oci/platform.js';
import { DEFAULT_READ_BUDGET } from '../archive/layer.js';
import type { LoadedImage, ReadBudget, ReadOptions } from '../archive/types.js';
import { compareToBaseline } from '../baseline/compare.js';
import { defaultBaselineLabel, loadBaseline, type BaselineDeps } from '../baseline/load.js';
import { mapLayers, parseDockerfile } from '../dockerfile/index.js';
import type { MappingResult, ParsedDockerfile } from '../dockerfile/types.js';
import { applyBudgetFlags, parseBudgetConfig, type BudgetConfig } from '../budgets/config.js';
import { evaluateBudgets } from '../budgets/evaluate.js';
import { loadConfig, type LayerlintConfig } from '../lint/config.js';
import { DIVE_CI_FILE, evaluateDiveCi, parseDiveCi, type DiveCiConfig } from '../budgets/dive-ci.js';
import { runRules } from '../lint/runner.js';
import { InputError, UsageError } from '../common/errors.js';
import { parseSize } from '../common/size.js';
import { buildModel } from '../image/analyze.js';
import type { BudgetInput, Inputs } from './inputs.js';
import { toReport } from '../report/build.js';
import { isPassed } from '../report/verdict.js';
import type { BaselineComparison, BudgetResult, Report } from '../report/types.js';

/** Side effects the pipeline needs, injected so tests pass fakes. */
export interface PipelineDeps {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdin, for archive `-`. */
  stdin?: Readable;
  onProgress?: (p: { bytes: number; layers: number }) => void;
  /**
   * Inputs the user set explicitly (CLI flags, action inputs). A config-file value (`failOn`) only
   * applies when the matching input was not given. Absent: every input counts as given.
   */
  given?: ReadonlySet<keyof Inputs>;
  /**
   * When `dive-ci` is empty and the config file has no `budgets` section, read a `.dive-ci` found in
   * `cwd` (the Action does; the CLI reads one only when --dive-ci names it).
   */
  discoverDiveCi?: boolean;
}

/** Does `spec` name a local archive or layout (rather than an image reference)? */
function looksLikePath(spec: string): boolean {
  return (
    spec === '-' ||
    spec.startsWith('/') ||
    spec.startsWith('./') ||
    spec.startsWith('../') ||
    spec.startsWith('~') ||
    spec.includes('\\') ||
    /\.(tar|tar\.gz|tgz|tar\.zst|oci)$/i.test(spec)
  );
}

/**
 * Decide whether a source argument is an archive/layout path or an image reference: `-`, an
 * existing path, or anything path-shaped is an archive; the rest is passed to `docker save`.
 */
export async function classifySource(spec: string, cwd: string): Promise<Pick<Inputs, 'image' | 'archive'>> {
  if (looksLikePath(spec)) return { image: '', archive: spec };
  try {
    await stat(resolve(cwd, spec));
    return { image: '', archive: spec };
  } catch {
    return { image: spec, archive: '' };
  }
}

function errnoCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Turn the image/archive inputs into a reader source. */
async function imageSource(
  inputs: Pick<Inputs, 'image' | 'archive' | 'engine'>,
  deps: PipelineDeps,
): Promise<ImageSource> {
  if (inputs.archive !== '') {
    if (inputs.archive === '-') {
      if (!deps.stdin) throw new UsageError('archive `-` needs stdin');
      return { kind: 'stream', stream: deps.stdin, name: '-' };
    }
    const path = resolve(deps.cwd, inputs.archive);
    let st;
    try {
      st = await stat(path);
    } catch (err: unknown) {
      const code = errnoCode(err);
      throw new InputError(
        inputs.archive,
        code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${code ?? String(err)}`,
      );
    }
    return st.isDirectory() ? { kind: 'dir', path } : { kind: 'file', path };
  }
  if (inputs.image !== '') return { kind: 'engine', engine: inputs.engine, ref: inputs.image, env: deps.env };
  throw new UsageError(
    'no image given: pass an image reference, an archive path, an OCI layout directory or `-`',
  );
}

/** Read the image(s) the inputs name. */
async function loadImages(
  inputs: Inputs,
  deps: PipelineDeps,
  opts: Partial<ReadOptions> = {},
): Promise<LoadedImage[]> {
  const source = await imageSource(inputs, deps);
  const read: ReadOptions = { verify: inputs.verify, allPlatforms: inputs['all-platforms'], ...opts };
  if (inputs.platform !== '') read.platform = inputs.platform;
  if (inputs.archive !== '') read.name = inputs.archive;
  if (deps.onProgress) read.onProgress = deps.onProgress;
  return readImage(source, read);
}

const RATIO_PATTERN = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The reader budget the inputs set (docs/archive.md, "Budgets"); unset fields keep their defaults.
 * A larger image budget also lifts the per-layer one, so a single big layer is not refused below it.
 */
export function readBudget(
  inputs: Pick<Inputs, 'max-uncompressed-size' | 'max-compression-ratio'>,
): Partial<ReadBudget> {
  const budget: Partial<ReadBudget> = {};
  const size = inputs['max-uncompressed-size'].trim();
  if (size !== '') {
    const flag = '--max-uncompressed-size';
    const bytes = parseSize(size, flag, { requireUnit: true });
    if (bytes === 0) throw new InputError(flag, `size '${size}' must be more than 0`);
    budget.maxImageBytes = bytes;
    if (bytes > DEFAULT_READ_BUDGET.maxLayerBytes) budget.maxLayerBytes = bytes;
  }
  const ratio = inputs['max-compression-ratio'].trim();
  if (ratio !== '') {
    const flag = '--max-compression-ratio';
    const n = RATIO_PATTERN.test(ratio) ? Number(ratio) : NaN;
    if (!Number.isFinite(n) || n <= 0) {
      throw new InputError(flag, `cannot parse '${ratio}': expected a positive number such as 100 or 2.5`);
    }
    budget.maxRatio = n;
  }
  return budget;
}

async function readText(spec: string, cwd: string, what: string): Promise<string> {
  try {
    return await readFile(isAbsolute(spec) ? spec : resolve(cwd, spec), 'utf8');
  } catch (err: unknown) {
    const code = errnoCode(err);
    if (code === 'ENOENT') throw new InputError(spec, `${what} not found`);
    if (code === 'EISDIR') throw new InputError(spec, `${what} is a directory, not a file`);
    throw new InputError(spec, `cannot read ${what}: ${code ?? String(err)}`);
  }
}

/** `K=V` build args; a bare `K` takes its value from the environment, as `docker build` does. */
export function parseBuildArgs(args: readonly string[], env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of args) {
    const eq = a.indexOf('=');
    const key = eq < 0 ? a : a.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new UsageError(`--build-arg ${a}: expected KEY=VALUE`);
    const fromEnv = env[key];
    if (eq >= 0) out[key] = a.slice(eq + 1);
    else if (fromEnv !== undefined) out[key] = fromEnv;
  }
  return out;
}

/** Everything read from the user's files before the image. */
interface Prepared {
  config: LayerlintConfig;
  failOn: Inputs['fail-on'];
  budgets: BudgetConfig;
  diveCi: DiveCiConfig | null;
  dockerfile: ParsedDockerfile | null;
  baseDiffIds: string[] | undefined;
  /** The base image's ONBUILD triggers (`--base-image`), which make layers right above the base. */
  baseOnBuild: string[] | undefined;
  /** How the baseline is read; an image or archive baseline is analysed once for every platform. */
  baselineDeps: BaselineDeps;
  /** The reader budget of every image read (`--max-uncompressed-size`, `--max-compression-ratio`). */
  budget: Partial<ReadBudget>;
}

/** `.dive-ci` in the working directory, when discovery is on and the config sets no budgets of its own. */
async function discoverDiveCi(config: LayerlintConfig, deps: PipelineDeps): Promise<string | null> {
  if (!deps.discoverDiveCi || config.budgets !== undefined) return null;
  try {
    return (await stat(resolve(deps.cwd, DIVE_CI_FILE))).isFile() ? DIVE_CI_FILE : null;
  } catch {
    return null;
  }
}

async function prepare(inputs: Inputs, deps: PipelineDeps): Promise<Prepared> {
  const budget = readBudget(inputs);
  const config = await loadConfig(deps.cwd, inputs.config);
  const failOnGiven = deps.given ? deps.given.has('fail-on') : true;
  const failOn = failOnGiven || config.failOn === undefined ? inputs['fail-on'] : config.failOn;
  // The budget inputs are named by their flags, so Inputs is the flag map applyBudgetFlags reads.
  const flags: Pick<Inputs, BudgetInput> = inputs;
  const budgets = applyBudgetFlags(parseBudgetConfig(config.budgets, config.path ?? '.layerlint.yml'), flags);
  const diveCiPath = inputs['dive-ci'] !== '' ? inputs['dive-ci'] : await discoverDiveCi(config, deps);
  const diveCi =
    diveCiPath !== null
      ? parseDiveCi(await readText(diveCiPath, deps.cwd, '.dive-ci file'), diveCiPath)
      : null;
  let dockerfile: ParsedDockerfile | null = null;
  if (inputs.dockerfile !== '') {
    const text = await readText(inputs.dockerfile, deps.cwd, 'Dockerfile');
    dockerfile = parseDockerfile(text, inputs.dockerfile, {
      buildArgs: parseBuildArgs(inputs['build-args'], deps.env),
    });
  } else if (inputs.target !== '') {
    throw new UsageError('--target needs --dockerfile');
  }
  let baseDiffIds: string[] | undefined;
  let baseOnBuild: string[] | undefined;
  if (inputs['base-image'] !== '') {
    const base = await classifySource(inputs['base-image'], deps.cwd);
    const images = await loadImages(
      { ...inputs, ...base, 'all-platforms': false },
      { ...deps, onProgress: undefined },
      { budget },
    );
    baseDiffIds = images[0]?.config.rootfs.diff_ids ?? [];
    baseOnBuild = images[0]?.config.config?.OnBuild ?? undefined;
  }
  let analysed: Promise<Report[]> | null = null;
  const baselineDeps: BaselineDeps = {
    readFile: (p) => readFile(resolve(deps.cwd, p), 'utf8'),
    analyze: (s) => {
      analysed ??= classifySource(s, deps.cwd).then((src) =>
        analyze(
          { ...inputs, ...src, baseline: '', 'dive-ci': '', 'all-platforms': true },
          { ...deps, onProgress: undefined, discoverDiveCi: false },
        ),
      );
      return analysed;
    },
  };
  return { config, failOn, budgets, diveCi, dockerfile, baseDiffIds, baseOnBuild, baselineDeps, budget };
}

/** The stages after the model for one image: mapping, rules, baseline, budgets. */
async function reportFor(
  image: LoadedImage,
  inputs: Inputs,
  deps: PipelineDeps,
  prep: Prepared,
): Promise<Report> {
  const model = buildModel(image);
  let mapping: MappingResult | null = null;
  if (prep.dockerfile) {
    mapping = mapLayers({
      dockerfile: prep.dockerfile,
      ...(inputs.target !== '' ? { target: inputs.target } : {}),
      history: image.config.history ?? [],
      diffIds: image.config.rootfs.diff_ids,
      ...(prep.baseDiffIds ? { baseDiffIds: prep.baseDiffIds } : {}),
      ...(prep.baseOnBuild ? { baseOnBuild: prep.baseOnBuild } : {}),
      ...(image.provenance !== undefined ? { provenance: image.provenance } : {}),
    });
  }
  const findings = runRules({ model, mapping, dockerfile: prep.dockerfile, config: prep.config });
  const draft = toReport(model, {
    mapping,
    findings,
    budgets: [],
    dockerfile: inputs.dockerfile !== '' ? inputs.dockerfile : null,
    failOn: prep.failOn,
    allFiles: inputs['all-files'],
  });

  // Baseline deltas and budgets are measured on the report itself, then folded into it.
  let baseline: { report: Report; label: string } | null = null;
  let comparison: BaselineComparison | null = null;
  if (inputs.baseline !== '') {
    const label = defaultBaselineLabel(inputs.baseline);
    const baseReport = await loadBaseline(inputs.baseline, prep.baselineDeps, platformString(image.platform));
    baseline = { report: baseReport, label };
    comparison = compareToBaseline(draft, baseReport, { label, source: inputs.baseline });
  }
  const evaluated = evaluateBudgets(draft, prep.budgets, baseline);
  const budgets: BudgetResult[] = [...evaluated.results];
  if (prep.diveCi) budgets.push(...evaluateDiveCi(prep.diveCi, model.dive).results);

  return {
    ...draft,
    warnings: [...draft.warnings, ...evaluated.warnings],
    budgets,
    baseline: comparison,
    passed: isPassed(draft.findings, budgets, draft.failOn),
  };
}

/** Analyse the image(s) named by `inputs`; one Report per platform. */
export async function analyze(inputs: Inputs, deps: PipelineDeps): Promise<Report[]> {
  const prep = await prepare(inputs, deps);
  const images = await loadImages(inputs, deps, { budget: prep.budget });
  const reports: Report[] = [];
  for (const image of images) reports.push(await reportFor(image, inputs, deps, prep));
  return reports;
}
