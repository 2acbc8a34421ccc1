/** LL009: the image stores a .git, .svn or .hg directory. */
import type { FileRef } from '../../image/model.js';
import { formatBytes } from '../../common/size.js';
import type { Rule } from '../types.js';
import { refs, shown, sumBytes } from '../helpers.js';

export interface Ll009Options {
  /** Directory names that count as version-control metadata. */
  names: string[];
}

export const ll009: Rule<Ll009Options> = {
  id: 'LL009',
  name: 'vcs-metadata',
  title: 'Version-control metadata in the image',
  defaultSeverity: 'warning',
  rationale:
    'A .git, .svn or .hg directory carries the whole history of the repository: it is often larger than the ' +
    'source, can leak removed secrets and internal URLs, and changes on every commit, which breaks layer caching.',
  fix: 'Add `.git` (and `.svn`, `.hg`) to .dockerignore, or copy only the paths the image needs.',
  options: { names: ['.git', '.svn', '.hg'] },
  check(ctx, report) {
    const names = new Set(ctx.options.names);
    for (const layer of ctx.model.layers) {
      // One finding per layer; roots are the outermost VCS directories it touches.
      const roots = new Map<string, FileRef[]>();
      for (const e of layer.entries) {
        if (e.kind === 'whiteout' || e.kind === 'opaque') continue;
        const parts = e.path.split('/');
        const at = parts.findIndex((p) => names.has(p));
        if (at === -1) continue;
        // A `.git` *file* (worktree or submodule pointer) is tiny; only count directories and their content.
        if (at === parts.length - 1 && e.kind !== 'dir') continue;
        const root = parts.slice(0, at + 1).join('/');
        const list = roots.get(root) ?? [];
        if (e.kind === 'file') list.push({ path: e.path, bytes: e.size });
        roots.set(root, list);
      }
      if (roots.size === 0) continue;
      const files = [...roots.values()].flat();
      const bytes = sumBytes(files);
      const rootList = [...roots.keys()].sort();
      const rootRefs: FileRef[] = rootList.map((r) => ({ path: r, bytes: sumBytes(roots.get(r) ?? []) }));
      report({
        layerIndex: layer.index,
        bytes,
        paths: refs(rootRefs),
        message:
          rootList.length === 1
            ? `stores ${shown(rootList[0] ?? '')} (${files.length} file${files.length === 1 ? '' : 's'}, ${formatBytes(bytes)})`
            : `stores ${rootList.length} VCS directories (${files.length} file${files.length === 1 ? '' : 's'}, ${formatBytes(bytes)})`,
      });
    }
  },
};
