/**
 * The one typed input set and the one input table. The Action (getInputs) and the CLI (argv) both
 * build `Inputs` from the table; everything after that is shared. Keys are exactly the action.yml
 * input names.
 */
import { BUDGET_FLAGS, BUDGET_NAMES, type BudgetName } from '../budgets/config.js';
import { FAIL_ON, type FailOn } from '../lint/severity.js';

/** The budget inputs, named by BUDGET_FLAGS: each sets its budget's fail level. */
export type BudgetInput =
  | 'max-size'
  | 'max-layer-size'
  | 'max-wasted-bytes'
  | 'max-wasted-percent'
  | 'min-efficiency'
  | 'max-layers'
  | 'max-growth';

/** Budgets (fail level) are kept as written by the user ('' = unset). */
export interface Inputs extends Record<BudgetInput, string> {
  /** Image reference passed to `docker save` / `podman save`. */
  image: string;
  /** Path to an archive, an OCI layout directory, or `-` for stdin. Used instead of `image`. */
  archive: string;
  engine: 'docker' | 'podman';
  /** `os/arch[/variant]`, or '' for the default choice. */
  platform: string;
  'all-platforms': boolean;
  /** Verify layer digests against rootfs.diff_ids. */
  verify: boolean;
  /** List every added/modified/deleted path in JSON instead of a capped list. */
  'all-files': boolean;
  /** Reader budget: uncompressed bytes of one image's layers, with a unit ('' = the built-in 32 GiB). */
  'max-uncompressed-size': string;
  /** Reader budget: uncompressed : compressed bytes of one layer ('' = the built-in 1000). */
  'max-compression-ratio': string;
  /** Dockerfile path, '' for none. */
  dockerfile: string;
  target: string;
  /** `K=V` pairs. */
  'build-args': string[];
  /** Base image reference or archive whose diff_ids mark the base-image boundary. */
  'base-image': string;
  /** `.layerlint.yml` path, '' to look in the working directory. */
  config: string;
  'fail-on': FailOn;
  /** `.dive-ci` path, '' for none. */
  'dive-ci': string;
  /** Baseline image ref, archive or JSON report, '' for none. */
  baseline: string;
}

/** Keys of Inputs whose value type is exactly V. */
type KeysOf<V> = {
  [K in keyof Inputs]: [Inputs[K]] extends [V] ? ([V] extends [Inputs[K]] ? K : never) : never;
}[keyof Inputs];
type ChoiceInput = Exclude<keyof Inputs, KeysOf<string> | KeysOf<boolean> | KeysOf<string[]>>;

interface Row<K extends keyof Inputs> {
  /** The action.yml input name. */
  name: K;
  /** The CLI help text (action.yml words its own descriptions for the workflow author). */
  description: string;
  /** The commander flag spelling, e.g. `--platform <os/arch[/variant]>`; null: not a CLI option. */
  flag: string | null;
}
export type StringSpec = Row<KeysOf<string>> & { kind: 'string'; default: string };
export type BooleanSpec = Row<KeysOf<boolean>> & { kind: 'boolean'; default: boolean };
export type ListSpec = Row<KeysOf<string[]>> & { kind: 'list'; default: readonly string[] };
export type ChoiceSpec<K extends ChoiceInput = ChoiceInput> = Row<K> & {
  kind: 'choice';
  choices: readonly Inputs[K][];
  default: Inputs[K];
};
/** One row of the input table. */
export type InputSpec =
  StringSpec | BooleanSpec | ListSpec | { [K in ChoiceInput]: ChoiceSpec<K> }[ChoiceInput];

/** The CLI argument name and help of each budget flag. */
const BUDGET_HELP: Readonly<Record<BudgetName, readonly [arg: string, description: string]>> = {
  maxSize: ['<size>', 'budget: image size (content bytes), e.g. 300MB or 1.5GiB'],
  maxLayerSize: ['<size>', 'budget: largest layer'],
  maxWastedBytes: ['<size>', 'budget: wasted bytes'],
  maxWastedPercent: ['<percent>', 'budget: wasted bytes as a percent of content bytes'],
  minEfficiency: ['<ratio>', 'budget: minimum efficiency (0..1 or a percent)'],
  maxLayers: ['<count>', 'budget: number of layers'],
  maxGrowth: ['<size|percent>', 'budget: growth against --baseline'],
};

const BUDGET_ROWS = BUDGET_NAMES.map((b): StringSpec & { name: BudgetInput } => {
  const [arg, description] = BUDGET_HELP[b];
  // BUDGET_FLAGS is typed string; test/app/inputs.test.ts checks its values are the BudgetInput names.
  const name = BUDGET_FLAGS[b] as BudgetInput;
  return { name, kind: 'string', default: '', description, flag: `--${name} ${arg}` };
});

const TABLE = [
  { name: 'image', kind: 'string', default: '', description: 'image reference', flag: null },
  { name: 'archive', kind: 'string', default: '', description: 'archive or OCI layout path', flag: null },
  {
    name: 'platform',
    kind: 'string',
    default: '',
    description: 'platform to analyse (default: the host platform if present, else the only one)',
    flag: '--platform <os/arch[/variant]>',
  },
  {
    name: 'all-platforms',
    kind: 'boolean',
    default: false,
    description: 'analyse every platform (JSON output becomes an array)',
    flag: '--all-platforms',
  },
  {
    name: 'engine',
    kind: 'choice',
    choices: ['docker', 'podman'],
    default: 'docker',
    description: 'engine whose save command streams an image reference',
    flag: '--engine <engine>',
  },
  {
    name: 'verify',
    kind: 'boolean',
    default: true,
    description: 'do not check layer digests against the config rootfs.diff_ids',
    flag: '--no-verify',
  },
  {
    name: 'all-files',
    kind: 'boolean',
    default: false,
    description: 'list every added/modified/deleted path in JSON (default: the largest 20 per layer)',
    flag: '--all-files',
  },
  {
    name: 'max-uncompressed-size',
    kind: 'string',
    default: '',
    description: 'refuse an image whose layers decompress to more than this, e.g. 64GiB (default 32 GiB)',
    flag: '--max-uncompressed-size <size>',
  },
  {
    name: 'max-compression-ratio',
    kind: 'string',
    default: '',
    description:
      'refuse a layer that decompresses more than this many times its size past 64 MiB (default 1000)',
    flag: '--max-compression-ratio <ratio>',
  },
  {
    name: 'dockerfile',
    kind: 'string',
    default: '',
    description: 'Dockerfile that built the image: maps layers to lines',
    flag: '--dockerfile <path>',
  },
  {
    name: 'target',
    kind: 'string',
    default: '',
    description: 'target stage of the Dockerfile',
    flag: '--target <stage>',
  },
  {
    name: 'build-args',
    kind: 'list',
    default: [],
    description: 'build argument used for the build (repeatable)',
    flag: '--build-arg <K=V>',
  },
  {
    name: 'base-image',
    kind: 'string',
    default: '',
    description: 'base image whose layers mark the base-image boundary',
    flag: '--base-image <ref|archive>',
  },
  {
    name: 'config',
    kind: 'string',
    default: '',
    description: 'config file (default: .layerlint.yml in the working directory)',
    flag: '--config <file>',
  },
  {
    name: 'fail-on',
    kind: 'choice',
    choices: FAIL_ON,
    default: 'error',
    description: 'exit 1 when a finding is at or above this severity',
    flag: '--fail-on <level>',
  },
  {
    name: 'dive-ci',
    kind: 'string',
    default: '',
    description: "evaluate a .dive-ci file's rules on dive's numbers",
    flag: '--dive-ci <file>',
  },
  {
    name: 'baseline',
    kind: 'string',
    default: '',
    description: 'compare against another image or a saved JSON report',
    flag: '--baseline <ref|archive|report.json>',
  },
  ...BUDGET_ROWS,
] as const satisfies readonly InputSpec[];

// Compile-time check: the table has a row for every key of Inputs (a missing key fails tsc here).
type Missing = Exclude<keyof Inputs, (typeof TABLE)[number]['name']>;
const _complete: [Missing] extends [never] ? true : Missing = true;

/**
 * Every input the CLI and the Action share, in `layerlint analyze --help` order. Defaults are the
 * action.yml defaults (test/app/inputs.test.ts keeps them equal).
 */
export const INPUTS: readonly InputSpec[] = TABLE;

/** How an adapter reads one input of each kind. */
export interface InputSource {
  string(spec: StringSpec): string;
  boolean(spec: BooleanSpec): boolean;
  list(spec: ListSpec): string[];
  choice<K extends ChoiceInput>(spec: ChoiceSpec<K>): Inputs[K];
}

function setChoice<K extends ChoiceInput>(out: Inputs, spec: ChoiceSpec<K>, source: InputSource): void {
  out[spec.name] = source.choice(spec);
}

/** Build Inputs by reading every row of the table from `source`, in table order. */
export function readInputs(source: InputSource): Inputs {
  // Complete after the loop: the table has a row for every key (checked above).
  const out = {} as Inputs;
  for (const spec of INPUTS) {
    if (spec.kind === 'string') out[spec.name] = source.string(spec);
    else if (spec.kind === 'boolean') out[spec.name] = source.boolean(spec);
    else if (spec.kind === 'list') out[spec.name] = source.list(spec);
    else setChoice(out, spec, source);
  }
  return out;
}

/** Inputs with every optional value unset. */
export function defaultInputs(): Inputs {
  return readInputs({
    string: (s) => s.default,
    boolean: (s) => s.default,
    list: (s) => [...s.default],
    choice: (s) => s.default,
  });
}
