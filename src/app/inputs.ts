/**
 * The one typed input set. The Action (getInputs) and the CLI (argv) both build it; everything after
 * that is shared. Keys are exactly the action.yml input names.
 */
import type { Severity } from '../lint/types.js';

export interface Inputs {
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
  /** Dockerfile path, '' for none. */
  dockerfile: string;
  target: string;
  /** `K=V` pairs. */
  'build-args': string[];
  /** Base image reference or archive whose diff_ids mark the base-image boundary. */
  'base-image': string;
  /** `.layerlint.yml` path, '' to look in the working directory. */
  config: string;
  'fail-on': Severity | 'none';
  /** `.dive-ci` path, '' for none. */
  'dive-ci': string;
  /** Baseline image ref, archive or JSON report, '' for none. */
  baseline: string;
  /** Budgets (fail level), as written by the user ('' = unset). */
  'max-size': string;
  'max-layer-size': string;
  'max-wasted-bytes': string;
  'max-wasted-percent': string;
  'min-efficiency': string;
  'max-layers': string;
  'max-growth': string;
}

/** Inputs with every optional value unset. */
export function defaultInputs(): Inputs {
  return {
    image: '',
    archive: '',
    engine: 'docker',
    platform: '',
    'all-platforms': false,
    verify: true,
    'all-files': false,
    dockerfile: '',
    target: '',
    'build-args': [],
    'base-image': '',
    config: '',
    'fail-on': 'error',
    'dive-ci': '',
    baseline: '',
    'max-size': '',
    'max-layer-size': '',
    'max-wasted-bytes': '',
    'max-wasted-percent': '',
    'min-efficiency': '',
    'max-layers': '',
    'max-growth': '',
  };
}
