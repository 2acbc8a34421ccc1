/**
 * The CLI adapter: argv -> Inputs -> pipeline -> rendered output, and the only owner of exit codes.
 * Exit codes: 0 ok; 1 findings at --fail-on or a failed budget; 2 usage or input error (one line
 * `layerlint: <message>` on stderr, never a stack trace, nothing written).
 */
import type { Readable, Writable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../common/version.js';
import { describeError, LayerlintError, UsageError } from '../common/errors.js';
import { defaultInputs, INPUTS, readInputs, type InputSpec, type Inputs } from '../app/inputs.js';
import { analyze, classifySource, type PipelineDeps } from '../app/pipeline.js';
import { renderJson } from '../render/json.js';
import { renderExplain, renderRulesList } from '../render/rules-doc.js';
import { renderTextAll } from '../render/text.js';
import type { Report } from '../report/types.js';
import { cappedFileReader, runAudit } from '../app/audit.js';
import { defaultFixture } from './fixture.js';
import { writeAtomic } from './output.js';
import { Progress } from './progress.js';

/** Side effects the CLI needs, injected so tests pass fakes. */
export interface CliIO {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Exit codes. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_ERROR = 2;

type Format = 'text' | 'json';

/** Options of `analyze` that are not shared inputs, as commander parses them; the rest come from INPUTS. */
interface AnalyzeOptions {
  format: Format;
  output?: string;
  progress: boolean;
  [input: string]: unknown;
}

/** The commander option of a shared input, spelled and described by its row of INPUTS. */
function inputOption(spec: InputSpec, flag: string): Option {
  const option = new Option(flag, spec.description);
  if (spec.kind === 'choice') option.choices(spec.choices).default(spec.default);
  else if (spec.kind === 'list') option.default([...spec.default]).argParser(collect);
  return option;
}

/** Commander's key for a shared input's option (`buildArg` for --build-arg); null without a flag. */
function optionKey(spec: Pick<InputSpec, 'flag'>): string | null {
  return spec.flag === null ? null : new Option(spec.flag).attributeName();
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Build Inputs from the parsed options; `given` lists the inputs the user set on the command line. */
export function toInputs(
  source: Pick<Inputs, 'image' | 'archive'>,
  opts: Readonly<Record<string, unknown>>,
  explicit: (key: string) => boolean,
): { inputs: Inputs; given: Set<keyof Inputs> } {
  const opt = (spec: Pick<InputSpec, 'flag'>): unknown => {
    const key = optionKey(spec);
    return key === null ? undefined : opts[key];
  };
  const inputs = readInputs({
    string: (s) => {
      const v = opt(s);
      return typeof v === 'string' ? v : s.default;
    },
    boolean: (s) => {
      const v = opt(s);
      return typeof v === 'boolean' ? v : s.default;
    },
    list: (s) => {
      const v = opt(s);
      return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [...s.default];
    },
    choice: (s) => s.choices.find((c) => c === opt(s)) ?? s.default,
  });
  inputs.image = source.image;
  inputs.archive = source.archive;
  const given = new Set<keyof Inputs>();
  for (const spec of INPUTS) {
    const key = optionKey(spec);
    if (key !== null && explicit(key)) given.add(spec.name);
  }
  return { inputs, given };
}

function analyzeCommand(program: Command, io: CliIO, done: (code: number) => void): void {
  const cmd = program
    .command('analyze', { isDefault: true })
    .description(
      'analyse an image: a reference (docker/podman save), an archive (.tar, .tar.gz), an OCI layout directory, or - for stdin',
    )
    .argument(
      '[source]',
      'image reference, archive path, OCI layout directory or -; default: the bundled demo archive',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option(
      '-o, --output <file>',
      'write the report to FILE (atomically, only on success) instead of stdout',
    );
  for (const spec of INPUTS) if (spec.flag !== null) cmd.addOption(inputOption(spec, spec.flag));
  cmd
    .option('--no-progress', 'never draw the progress bar (it is drawn only when stderr is a terminal)')
    .action(async (sourceArg: string | undefined, opts: AnalyzeOptions) => {
      let source: Pick<Inputs, 'image' | 'archive'>;
      if (sourceArg === undefined) {
        const fixture = defaultFixture();
        io.stderr.write(`layerlint: no image given; analysing the bundled demo archive ${fixture.shown}\n`);
        source = { image: '', archive: fixture.path };
      } else {
        if (sourceArg.trim() === '') throw new UsageError('empty source argument');
        source = await classifySource(sourceArg, io.cwd);
        if (source.archive === '-' && (io.stdin as { isTTY?: boolean }).isTTY === true) {
          throw new UsageError(
            'source `-` reads an archive from stdin, but stdin is a terminal: pipe one in (docker save IMAGE | layerlint -)',
          );
        }
      }
      const { inputs, given } = toInputs(source, opts, (k) => cmd.getOptionValueSource(k) === 'cli');
      const progress = opts.progress && io.stderr.isTTY === true ? new Progress(io.stderr) : null;
      const deps: PipelineDeps = { cwd: io.cwd, env: io.env, stdin: io.stdin, given };
      if (progress)
        deps.onProgress = (p) => {
          progress.update(p);
        };
      let reports: Report[];
      try {
        reports = await analyze(inputs, deps);
      } finally {
        progress?.clear();
      }
      const body =
        opts.format === 'json'
          ? renderJson(inputs['all-platforms'] ? reports : (reports[0] as Report))
          : renderTextAll(reports);
      if (opts.output) await writeAtomic(io.cwd, opts.output, body);
      else io.stdout.write(body);
      done(reports.every((r) => r.passed) ? EXIT_OK : EXIT_FAILED);
    });
}

function otherCommands(program: Command, io: CliIO, done: (code: number) => void): void {
  program
    .command('rules')
    .description('list the rules')
    .action(() => {
      io.stdout.write(renderRulesList());
      done(EXIT_OK);
    });
  program
    .command('explain')
    .description("print a rule's rationale, fix and options")
    .argument('<rule>', 'rule id (LL007) or name (copy-source-before-install)')
    .action((rule: string) => {
      io.stdout.write(renderExplain(rule));
      done(EXIT_OK);
    });
  program
    .command('audit')
    .description('audit several images or archives: size, waste, findings, drift, shared layers')
    .argument('[images...]', 'image references or archive paths')
    .option('--from-file <file>', 'read images from a file, one per line')
    .option('--previous <audit.json>', 'a previous audit JSON, for drift')
    .option('--merge <reports...>', 'merge report or audit JSON files (from a matrix)')
    .addOption(
      new Option('-f, --format <format>', 'stdout format').choices(['markdown', 'json']).default('markdown'),
    )
    .option('--json <file>', 'also write the audit JSON to FILE')
    .option('--markdown <file>', 'also write the audit markdown to FILE')
    .option('--platform <os/arch[/variant]>', 'platform to analyse')
    .addOption(
      new Option('--engine <engine>', 'engine for image references')
        .choices(['docker', 'podman'])
        .default('docker'),
    )
    .option('--config <file>', 'config file (default: .layerlint.yml in the working directory)')
    .action(
      async (
        images: string[],
        opts: {
          fromFile?: string;
          previous?: string;
          merge?: string[];
          format: 'markdown' | 'json';
          json?: string;
          markdown?: string;
          platform?: string;
          engine: 'docker' | 'podman';
          config?: string;
        },
      ) => {
        const outcome = await runAudit(
          {
            refs: images,
            ...(opts.fromFile ? { fromFile: opts.fromFile } : {}),
            ...(opts.previous ? { previous: opts.previous } : {}),
            ...(opts.merge ? { merge: opts.merge } : {}),
          },
          {
            readFile: cappedFileReader(io.cwd),
            analyze: async (s) => {
              const inputs = {
                ...defaultInputs(),
                ...(await classifySource(s, io.cwd)),
                engine: opts.engine,
                platform: opts.platform ?? '',
                config: opts.config ?? '',
              };
              return analyze(inputs, { cwd: io.cwd, env: io.env, stdin: io.stdin });
            },
          },
        );
        const json = `${JSON.stringify(outcome.json, null, 2)}\n`;
        if (opts.json) await writeAtomic(io.cwd, opts.json, json);
        if (opts.markdown) await writeAtomic(io.cwd, opts.markdown, outcome.markdown);
        io.stdout.write(opts.format === 'json' ? json : outcome.markdown);
        for (const w of outcome.warnings) io.stderr.write(`layerlint: ${w}\n`);
        done(outcome.exitCode);
      },
    );
}

/** Commander's own messages start with `error: `; ours are one line after `layerlint: `. */
function commanderMessage(err: CommanderError): string {
  return err.message.replace(/^error: /, '').split('\n')[0] ?? err.message;
}

/** Run the CLI and return its exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let code = EXIT_OK;
  // `layerlint … | head` closes stdout early: stop quietly instead of crashing with EPIPE.
  io.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') io.stderr.write(`layerlint: cannot write to stdout: ${err.message}\n`);
  });
  const program = new Command('layerlint')
    .description('Lint Docker image layers: measured waste, Dockerfile line mapping, rules, budgets.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: () => undefined,
      outputError: () => undefined,
    });
  const done = (c: number): void => {
    code = c;
  };
  analyzeCommand(program, io, done);
  otherCommands(program, io, done);
  for (const c of program.commands)
    c.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: () => undefined,
      outputError: () => undefined,
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err: unknown) {
    if (err instanceof CommanderError) {
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.code === 'commander.help'
      )
        return EXIT_OK;
      io.stderr.write(`layerlint: ${commanderMessage(err)} (see layerlint --help)\n`);
      return EXIT_ERROR;
    }
    io.stderr.write(`layerlint: ${describeError(err)}\n`);
    return err instanceof LayerlintError ? err.exitCode : EXIT_ERROR;
  }
}
