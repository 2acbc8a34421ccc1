#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/errors.ts
var LayerlintError = class extends Error {
  /** Exit code the CLI uses for this error. */
  exitCode = 2;
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
};
function describeError(err) {
  if (err instanceof LayerlintError) return err.message;
  if (err instanceof Error) return `internal error: ${err.message}`;
  return `internal error: ${String(err)}`;
}

// src/cli/main.ts
async function main(argv, io) {
  try {
    io.stdout.write(`layerlint: not wired yet (${argv.join(" ")})
`);
    return 0;
  } catch (err) {
    io.stderr.write(`layerlint: ${describeError(err)}
`);
    return 2;
  }
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() });
