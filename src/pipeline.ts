/**
 * The shared pipeline: source -> loaded image(s) -> model -> mapping -> findings -> budgets -> Report.
 * The CLI and the Action both call `analyze`; neither does any of this work itself.
 */
import type { Readable } from 'node:stream';
import type { Inputs } from './inputs.js';
import type { Report } from './report/types.js';

/** Side effects the pipeline needs, injected so tests pass fakes. */
export interface PipelineDeps {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdin, for archive `-`. */
  stdin?: Readable;
  onProgress?: (p: { bytes: number; layers: number }) => void;
}

/** Analyse the image(s) named by `inputs`; one Report per platform. */
export async function analyze(_inputs: Inputs, _deps: PipelineDeps): Promise<Report[]> {
  throw new Error('analyze: not implemented yet');
}
