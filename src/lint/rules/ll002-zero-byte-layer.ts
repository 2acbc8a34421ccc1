/** LL002: a layer of the user's build that changes no file content. */
import type { Rule } from '../types.js';
import { createdByKeyword } from '../../image/history.js';
import { isBaseLayer, layerInstruction } from '../helpers.js';

const CONTENT_KINDS: ReadonlySet<string> = new Set(['file', 'symlink', 'hardlink', 'whiteout', 'opaque']);

export interface Ll002Options {
  /** Report WORKDIR layers (they only create the directory) at `info`; skipped by default. */
  reportWorkdir: boolean;
}

export const ll002: Rule<Ll002Options> = {
  id: 'LL002',
  name: 'zero-byte-layer',
  title: 'Layer changes no file content',
  defaultSeverity: 'warning',
  rationale:
    'A layer with no regular files, links or whiteouts (only directories, or nothing) adds a layer to pull and ' +
    'unpack without changing any file. It usually comes from a no-op RUN, a `mkdir` on its own, or a COPY that ' +
    'matched nothing. A WORKDIR that creates its directory is expected and is not reported (with ' +
    '`reportWorkdir: true`, as info).',
  fix: 'Remove the step, or fold it into a neighbouring RUN or COPY (`COPY --chmod`, `mkdir -p` inside the RUN that fills the directory).',
  options: { reportWorkdir: false },
  check(ctx, report) {
    for (const layer of ctx.model.layers) {
      if (isBaseLayer(ctx, layer.index)) continue;
      const changes = layer.entries.some((e) => CONTENT_KINDS.has(e.kind));
      if (changes) continue;
      const keyword =
        layerInstruction(ctx, layer.index)?.keyword.toUpperCase() ?? createdByKeyword(layer.createdBy);
      const isWorkdir = keyword === 'WORKDIR';
      if (isWorkdir && !ctx.options.reportWorkdir) continue;
      const dirs = layer.entries.length;
      report({
        layerIndex: layer.index,
        bytes: 0,
        paths: layer.entries.map((e) => ({ path: e.path, bytes: 0 })),
        ...(isWorkdir ? { severity: 'info' as const } : {}),
        message:
          dirs === 0
            ? 'the layer is empty: it changes no file'
            : `changes no file content (${dirs} director${dirs === 1 ? 'y' : 'ies'} only)`,
      });
    }
  },
};
