/**
 * Helpers for tests on the real-engine fixtures: the oracle's numbers (fixtures/expected, computed
 * by fixtures/oracle.py, independent of layerlint) and a way to run the pipeline and the CLI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { main, type CliIO } from '../../src/cli/main.js';
import { defaultInputs, type Inputs } from '../../src/app/inputs.js';
import { analyze } from '../../src/app/pipeline.js';
import type { Report } from '../../src/report/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const archive = (name: string): string => join(ROOT, 'fixtures', 'archives', name);

export interface OracleLayer {
  index: number;
  digest: string;
  contentBytes: number;
  createdBy: string | null;
}
export interface Oracle {
  layers: OracleLayer[];
  totals: Report['totals'];
}

/** The oracle's numbers for an archive. */
export function oracle(name: string): Oracle {
  return JSON.parse(readFileSync(join(ROOT, 'fixtures', 'expected', `${name}.json`), 'utf8')) as Oracle;
}

/** Run the pipeline on a fixture archive. */
export async function analyzeArchive(name: string, over: Partial<Inputs> = {}): Promise<Report> {
  const reports = await analyze(
    { ...defaultInputs(), archive: archive(name), ...over },
    { cwd: ROOT, env: {} },
  );
  const r = reports[0];
  if (!r) throw new Error(`no report for ${name}`);
  return r;
}

/** Run the CLI in-process; returns exit code, stdout and stderr. */
export async function runCli(
  argv: string[],
  cwd = ROOT,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer | string, _enc, cb) {
        append(chunk.toString());
        cb();
      },
    });
  const io: CliIO = {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin: Readable.from([]),
    env: {},
    cwd,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
