/** Run the CLI in-process with fake IO and capture what it writes. */
import { Readable, Writable } from 'node:stream';
import { main, type CliIO } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

/** `main(argv)` with captured stdout/stderr; `stdin` bytes for `-`; `tty` makes stderr a terminal. */
export async function runCli(
  argv: string[],
  opts: { cwd?: string; stdin?: Buffer; stdinTTY?: boolean; tty?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  const stdout = new Capture(false);
  const stderr = new Capture(opts.tty === true);
  const io: CliIO = {
    stdout,
    stderr,
    stdin: Object.assign(Readable.from(opts.stdin ? [opts.stdin] : []), { isTTY: opts.stdinTTY === true }),
    env: opts.env ?? { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    cwd: opts.cwd ?? process.cwd(),
  };
  const code = await main(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
