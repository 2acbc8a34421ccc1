/** Base class for every error layerlint reports to a user: one line, no stack trace, exit code 2. */
export class LayerlintError extends Error {
  /** Exit code the CLI uses for this error. */
  readonly exitCode: number = 2;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A malformed or truncated image archive, blob or layer. `file` is the archive, `member` the entry inside it. */
export class ArchiveError extends LayerlintError {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly member?: string,
    readonly offset?: number,
    options?: { cause?: unknown },
  ) {
    super(
      `${file}${member ? `: ${member}` : ''}${offset !== undefined ? ` (offset ${offset})` : ''}: ${problem}`,
      options,
    );
  }
}

/** A bad Dockerfile, config file, budget or other user input. */
export class InputError extends LayerlintError {
  constructor(
    readonly file: string,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${problem}`, options);
  }
}

/** Wrong command-line or action usage. */
export class UsageError extends LayerlintError {}

/** `docker save` / `podman save` failed: no engine, unknown image. */
export class EngineError extends LayerlintError {}

/** Render any thrown value as the single line a user sees. */
export function describeError(err: unknown): string {
  if (err instanceof LayerlintError) return err.message;
  if (err instanceof Error) return `internal error: ${err.message}`;
  return `internal error: ${String(err)}`;
}
