import type { Readable, Writable } from 'node:stream';
import { describeError } from '../errors.js';

/** Side effects the CLI needs, injected so tests pass fakes. */
export interface CliIO {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Run the CLI and return its exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    io.stdout.write(`layerlint: not wired yet (${argv.join(' ')})\n`);
    return 0;
  } catch (err: unknown) {
    io.stderr.write(`layerlint: ${describeError(err)}\n`);
    return 2;
  }
}
