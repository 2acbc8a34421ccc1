/** LL011: a layer larger than a threshold. */
import { formatBytes, formatLimit } from '../../common/size.js';
import type { Rule } from '../types.js';
import { refs } from '../helpers.js';

export interface Ll011Options {
  /** Largest acceptable layer content (sum of regular-file sizes). Accepts sizes such as `256MiB`. */
  maxBytes: number;
}

export const ll011: Rule<Ll011Options> = {
  id: 'LL011',
  name: 'large-layer',
  title: 'Layer larger than the threshold',
  defaultSeverity: 'warning',
  rationale:
    'One very large layer is slow to push, pull and unpack, and is re-downloaded in full whenever anything ' +
    'in it changes. The size measured is the layer content (regular-file bytes); `affectedBytes` is that ' +
    "size, `bytes` (the saving) is 0 as splitting a layer saves nothing, and the paths are the layer's largest files.",
  fix: 'Split rarely-changing parts (runtimes, dependencies) from often-changing ones into separate layers, drop what the image does not need, or move build-only files to a build stage.',
  options: { maxBytes: 256 * 1024 * 1024 },
  check(ctx, report) {
    for (const layer of ctx.model.layers) {
      if (layer.contentBytes <= ctx.options.maxBytes) continue;
      const files = layer.entries
        .filter((e) => e.kind === 'file')
        .map((e) => ({ path: e.path, bytes: e.size }));
      report({
        layerIndex: layer.index,
        affectedBytes: layer.contentBytes,
        paths: refs(files),
        message: `holds ${formatBytes(layer.contentBytes)}, above the ${formatLimit(ctx.options.maxBytes)} limit`,
      });
    }
  },
};
