/**
 * Overlay merge of layer scans, as the OCI image-spec applies a changeset:
 * opaque markers first, then whiteouts (both hide lower layers only), then the layer's entries
 * (a directory over a directory merges, anything else replaces; a non-directory replacing a lower
 * directory hides that directory's subtree). Entries of one layer never hide each other.
 *
 * State is a Map of path -> current owner plus a parent -> children index, so hiding a subtree
 * costs the size of that subtree, never a scan of the whole filesystem.
 */
import type { LayerEntry, LayerScan } from '../archive/types.js';
import type { FileRef, FinalFile, HiddenFile, HideReason } from './model.js';

/** What merging one layer produced, besides the updated filesystem state. */
export interface LayerMerge {
  removedBytes: number;
  overwrittenBytes: number;
  added: FileRef[];
  modified: FileRef[];
  deleted: FileRef[];
}

export interface MergeResult {
  layers: LayerMerge[];
  hidden: HiddenFile[];
  final: Map<string, FinalFile>;
}

/** Parent path of a normalised path; the root is `''`. */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * The merged filesystem: owners by path and a children index by parent path. The index is built on
 * first use (a whiteout, an opaque marker or a replaced directory), so an image that never hides
 * anything does not pay a Set entry per path (issue 12 item 9). Built from `owners`, whose order is
 * the order paths were first set, it lists children in the order the incremental index would.
 */
class MergedFs {
  readonly owners = new Map<string, FinalFile>();
  private children: Map<string, Set<string>> | undefined;

  get(path: string): FinalFile | undefined {
    return this.owners.get(path);
  }

  set(path: string, owner: FinalFile): void {
    if (this.children && !this.owners.has(path)) this.index(this.children, path);
    this.owners.set(path, owner);
  }

  delete(path: string): void {
    if (!this.owners.delete(path) || !this.children) return;
    const parent = parentPath(path);
    const set = this.children.get(parent);
    if (set) {
      set.delete(path);
      if (set.size === 0) this.children.delete(parent);
    }
  }

  /** Direct children of `path` (a snapshot, safe to mutate the fs while iterating). */
  childrenOf(path: string): string[] {
    if (!this.children) {
      this.children = new Map();
      for (const p of this.owners.keys()) this.index(this.children, p);
    }
    const set = this.children.get(path);
    return set ? [...set] : [];
  }

  private index(children: Map<string, Set<string>>, path: string): void {
    const parent = parentPath(path);
    let set = children.get(parent);
    if (!set) {
      set = new Set();
      children.set(parent, set);
    }
    set.add(path);
  }
}

/** Merge every layer bottom-up; returns per-layer numbers, hidden files and the final filesystem. */
export function mergeLayers(scans: LayerScan[]): MergeResult {
  const fs = new MergedFs();
  const hidden: HiddenFile[] = [];
  const layers: LayerMerge[] = [];

  scans.forEach((scan, k) => {
    const out: LayerMerge = { removedBytes: 0, overwrittenBytes: 0, added: [], modified: [], deleted: [] };

    /**
     * Hide the lower-layer entry at `path` and everything under it. Returns the regular-file bytes
     * and the number of entries hidden. Parents without an entry of their own still hide children.
     */
    const hide = (
      path: string,
      how: HideReason,
      replacement: LayerEntry | undefined,
    ): { bytes: number; count: number } => {
      let bytes = 0;
      let count = 0;
      // Iterative DFS: deep trees must not overflow the stack.
      const stack: string[] = [path];
      while (stack.length > 0) {
        const p = stack.pop() as string;
        for (const c of fs.childrenOf(p)) stack.push(c);
        const owner = fs.get(p);
        // Entries of this layer are never hidden by this layer.
        if (!owner || owner.layer >= k) continue;
        fs.delete(p);
        count++;
        if (owner.entry.kind === 'file') {
          bytes += owner.entry.size;
          const sameContent =
            how === 'overwrite' &&
            p === path &&
            replacement !== undefined &&
            replacement.kind === 'file' &&
            replacement.size === owner.entry.size &&
            replacement.hash !== undefined &&
            replacement.hash === owner.entry.hash;
          const h: HiddenFile = {
            path: p,
            bytes: owner.entry.size,
            layer: owner.layer,
            hiddenBy: k,
            how,
            sameContent,
            entry: owner.entry,
          };
          if (how === 'overwrite' && replacement) h.replacement = replacement;
          hidden.push(h);
        }
      }
      return { bytes, count };
    };

    // 1. Opaque markers: hide every lower entry below the directory.
    for (const e of scan.entries) {
      if (e.kind !== 'opaque') continue;
      for (const child of fs.childrenOf(e.path)) {
        const { bytes, count } = hide(child, 'opaque', undefined);
        if (count === 0) continue;
        out.removedBytes += bytes;
        out.deleted.push({ path: child, bytes });
      }
    }
    // 2. Whiteouts: hide the lower path and its subtree.
    for (const e of scan.entries) {
      if (e.kind !== 'whiteout') continue;
      const { bytes, count } = hide(e.path, 'whiteout', undefined);
      if (count === 0) continue;
      out.removedBytes += bytes;
      out.deleted.push({ path: e.path, bytes });
    }
    // 3. The layer's own entries, in tar order.
    for (const e of scan.entries) {
      if (e.kind === 'opaque' || e.kind === 'whiteout') continue;
      if (e.path === '' && e.kind === 'dir') continue; // the root directory entry (`./`) merges with the root
      const owner = fs.get(e.path);
      const bytes = e.kind === 'file' ? e.size : 0;
      if (owner && owner.layer < k) {
        if (owner.entry.kind === 'dir' && e.kind === 'dir') {
          // Directory over directory: attributes merge, the subtree stays.
        } else {
          // Any other entry replaces; a non-directory over a lower directory hides its subtree too.
          out.overwrittenBytes += hide(e.path, 'overwrite', e).bytes;
          out.modified.push({ path: e.path, bytes });
        }
      } else if (!owner && e.kind !== 'dir') {
        out.added.push({ path: e.path, bytes });
      }
      fs.set(e.path, { entry: e, layer: k });
    }
    layers.push(out);
  });

  hidden.sort((a, b) => a.layer - b.layer || compareStrings(a.path, b.path) || a.hiddenBy - b.hiddenBy);
  return { layers, hidden, final: fs.owners };
}

/** Plain code-unit string order, for deterministic sorting. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
