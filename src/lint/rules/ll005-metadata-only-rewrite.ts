/** LL005: a later layer rewrites a file with identical content (chmod, chown, touch). */
import type { LayerEntry } from '../../archive/types.js';
import { formatBytes } from '../../common/size.js';
import type { Rule, RuleContext } from '../types.js';
import { createdByKeyword } from '../../image/history.js';
import { groupHidden, isBaseLayer, layerInstruction, layerLabel, refs, sumBytes } from '../helpers.js';

export interface Ll005Options {
  /** Stay quiet when the rewritten files total fewer bytes than this. */
  minBytes: number;
}

function isCopyLayer(ctx: RuleContext<Ll005Options>, i: number): boolean {
  const kw =
    layerInstruction(ctx, i)?.keyword ?? createdByKeyword(ctx.model.layers[i]?.createdBy ?? null) ?? '';
  return /^(?:COPY|ADD)$/i.test(kw);
}

function metadataChanged(before: LayerEntry, after: LayerEntry): boolean {
  return (
    before.mode !== after.mode ||
    before.uid !== after.uid ||
    before.gid !== after.gid ||
    before.mtime !== after.mtime
  );
}

export const ll005: Rule<Ll005Options> = {
  id: 'LL005',
  name: 'metadata-only-rewrite',
  title: 'File rewritten only to change mode, owner or mtime',
  defaultSeverity: 'warning',
  rationale:
    'A chmod, chown or touch in its own step copies each file whole into a new layer although the bytes are ' +
    'identical (same size and content hash); only the metadata changed. The image then carries the file twice.',
  fix: 'Use `COPY --chmod=... --chown=...`, or change mode and owner in the same RUN that creates the files.',
  options: { minBytes: 1 },
  check(ctx, report) {
    // Same bytes. A COPY/ADD that copies a file again with the same mode, owner and mtime (`COPY . .`
    // after the manifests were copied and installed) changed nothing: not a chmod/chown/touch step. A RUN
    // layer only stores an unchanged file when the step touched it (tar mtimes are whole seconds, so a
    // fast `touch` can keep the same header), so RUN rewrites are always reported.
    const same = ctx.model.hidden.filter(
      (h) =>
        h.how === 'overwrite' &&
        h.sameContent &&
        (!isCopyLayer(ctx, h.hiddenBy) || !h.replacement || metadataChanged(h.entry, h.replacement)),
    );
    // Blame the layer that did the rewrite: that is the step to fold away.
    const byRewriter = new Map<number, typeof same>();
    for (const g of groupHidden(same)) {
      if (isBaseLayer(ctx, g.hiddenBy)) continue;
      const list = byRewriter.get(g.hiddenBy) ?? [];
      list.push(...g.files);
      byRewriter.set(g.hiddenBy, list);
    }
    for (const [layer, files] of [...byRewriter.entries()].sort((a, b) => a[0] - b[0])) {
      const bytes = sumBytes(files);
      if (bytes < ctx.options.minBytes) continue;
      const n = files.length;
      const sources = [...new Set(files.map((f) => f.layer))].sort((a, b) => a - b);
      report({
        layerIndex: layer,
        bytes,
        paths: refs(files),
        relatedLayers: sources,
        message: `${layerLabel(ctx, layer)} rewrites ${n} file${n === 1 ? '' : 's'} (${formatBytes(bytes)}) from ${sources
          .map((s) => layerLabel(ctx, s))
          .join(', ')} with identical content; only metadata changed`,
      });
    }
  },
};
