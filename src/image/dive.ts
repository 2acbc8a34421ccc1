/**
 * dive v0.13.1's efficiency numbers, reproduced with its quirks so `.dive-ci` thresholds carry over.
 * Semantics (dive/filetree/efficiency.go, file_tree.go, file_node.go, image/image.go) are written
 * down in docs/model.md. In short:
 * - each layer becomes a tree built from its tar entries; parents a layer does not list are
 *   implicit nodes with size 0 that are not directories; opaque markers are never added;
 * - every *leaf* of every layer tree adds its header size to a per-path record (cumulative and
 *   minimum); a whiteout leaf counts 0, unless the path is a directory in the stack of all lower
 *   layers, then the whole size of that subtree;
 * - a whiteout whose path is missing from the lower stack aborts the visit of the rest of that
 *   layer (dive logs the error and carries on with the next layer);
 * - efficiency = sum(minimum) / sum(cumulative) (1 when the latter is 0);
 * - wastedBytes = sum(cumulative) over paths seen in two or more layers (the kept copy included);
 * - userWastedPercent = wastedBytes / (sum of all entry sizes of layers 1..n-1), null when undefined.
 */
import type { LayerEntry, LayerScan } from '../archive/types.js';
import { WHITEOUT_PREFIX } from '../oci/constants.js';
import type { DiveNumbers } from './model.js';

interface Info {
  size: number;
  isDir: boolean;
}

const IMPLICIT: Info = { size: 0, isDir: false };

/** A node of dive's FileTree: children keyed by name, payload replaced in place on re-add. */
class Node {
  info: Info = IMPLICIT;
  children: Map<string, Node> | null = null;
  /** The path dive prints for this node, when a layer entry set it (saves a join per leaf). */
  path: string | undefined = undefined;
  constructor(
    readonly name: string,
    readonly parent: Node | null,
  ) {}

  child(name: string): Node | undefined {
    return this.children?.get(name);
  }

  addChild(name: string): Node {
    const n = new Node(name, this);
    (this.children ??= new Map()).set(name, n);
    return n;
  }

  isLeaf(): boolean {
    return this.children === null || this.children.size === 0;
  }

  /** Children in Go's sort.Strings order (bytes of UTF-8), or in insertion order when order cannot matter. */
  kids(sorted: boolean): Node[] {
    if (!this.children) return [];
    const list = [...this.children.values()];
    return sorted ? list.sort((a, b) => compareUtf8(a.name, b.name)) : list;
  }
}

/** Compare two strings by their UTF-8 bytes, as Go's sort.Strings does. */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (astral code points) sort after U+E000..U+FFFF in UTF-8.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

/** dive's AddPath: walk/create nodes; the payload lands on the last one, children stay. */
function addPath(root: Node, names: string[], info: Info): Node {
  let node = root;
  for (const name of names) node = node.child(name) ?? node.addChild(name);
  node.info = info;
  return node;
}

function getNode(root: Node, names: string[]): Node | undefined {
  let node: Node | undefined = root;
  for (const name of names) {
    node = node.child(name);
    if (!node) return undefined;
  }
  return node;
}

function isWhiteout(n: Node): boolean {
  return n.name.startsWith(WHITEOUT_PREFIX);
}

/**
 * Post-order walk, children sorted by name; `visit` gets the node and the names from the root to
 * it (valid during the call only). Returning false stops the whole walk.
 */
function walkPostOrder(node: Node, visit: (n: Node, names: string[]) => boolean, sorted = true): boolean {
  // Iterative to survive deep trees.
  const names: string[] = [];
  const stack: { node: Node; kids: Node[]; i: number }[] = [{ node, kids: node.kids(sorted), i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: Node; kids: Node[]; i: number };
    if (top.i < top.kids.length) {
      const kid = top.kids[top.i++] as Node;
      names.push(kid.name);
      stack.push({ node: kid, kids: kid.kids(sorted), i: 0 });
      continue;
    }
    stack.pop();
    if (stack.length > 0) {
      if (!visit(top.node, names)) return false;
      names.pop();
    }
  }
  return true;
}

/** dive's FileNode.Path(): the whiteout prefix is dropped on the node itself. */
function pathNames(n: Node, names: string[]): string[] {
  if (!isWhiteout(n)) return names;
  const out = names.slice();
  out[out.length - 1] = n.name.slice(WHITEOUT_PREFIX.length);
  return out;
}

interface LayerTree {
  root: Node;
  /** Paths of the layer's whiteouts (the deleted paths). */
  whiteouts: string[];
}

/** Build dive's tree of one layer from its entries (tar order). */
function layerTree(entries: LayerEntry[]): LayerTree {
  const root = new Node('', null);
  const whiteouts: string[] = [];
  for (const e of entries) {
    const names = split(e.path);
    if (e.kind === 'opaque') {
      // AddPath creates the marker's missing parents, then refuses the `.wh..wh.` name itself.
      let node = root;
      for (const name of names) node = node.child(name) ?? node.addChild(name);
      continue;
    }
    if (e.kind === 'whiteout') {
      const last = names.pop();
      if (last === undefined) continue;
      names.push(WHITEOUT_PREFIX + last);
      whiteouts.push(e.path);
    }
    if (names.length === 0) continue; // `.` is skipped
    addPath(root, names, { size: e.size, isDir: e.kind === 'dir' }).path = e.path;
  }
  return { root, whiteouts };
}

function copyTree(src: Node, parent: Node | null = null): Node {
  const n = new Node(src.name, parent);
  n.info = src.info;
  if (src.children) {
    n.children = new Map();
    for (const [name, c] of src.children) n.children.set(name, copyTree(c, n));
  }
  return n;
}

/**
 * dive's FileTree.Stack: graft `upper` onto `stacked`, child-first; whiteouts remove paths. The
 * visiting order only matters when there are removals, so it is sorted only then.
 */
function stack(stacked: Node, upper: LayerTree): void {
  walkPostOrder(
    upper.root,
    (n, names) => {
      if (isWhiteout(n)) {
        const target = getNode(stacked, pathNames(n, names));
        if (target && target.parent) target.parent.children?.delete(target.name);
      } else {
        addPath(stacked, names, n.info);
      }
      return true;
    },
    upper.whiteouts.length > 0,
  );
}

function subtreeSize(n: Node): number {
  let size = 0;
  walkPostOrder(n, (c) => {
    size += c.info.size;
    return true;
  });
  return size + n.info.size; // the walk skips its start node; dive visits it
}

interface PathData {
  cumulative: number;
  min: number;
  nodes: number;
}

/** Compute dive v0.13.1's efficiency, wasted bytes and user wasted percent. */
export function diveNumbers(scans: LayerScan[]): DiveNumbers {
  const data = new Map<string, PathData>();
  // dive re-stacks layers 0..k-1 for every whiteout (StackTreeRange): a copy of layer 0, then
  // layers 0..k-1 grafted onto it. One running stack gives the same tree. Until layer 1, the
  // copy equals layer 0's own tree, and when layer 0 has no whiteouts grafting it again changes
  // nothing, so layer 0's tree itself becomes the stack (no copy).
  let stacked = new Node('', null);
  let tree0: LayerTree | null = null;

  for (let k = 0; k < scans.length; k++) {
    const tree = layerTree((scans[k] as LayerScan).entries);
    if (k === 0) {
      tree0 = tree;
      stacked = tree.root;
    } else if (k === 1 && tree0) {
      if (tree0.whiteouts.length > 0) {
        stacked = copyTree(tree0.root);
        stack(stacked, tree0);
      }
      tree0 = null;
    }
    const lower = stacked;
    // Sorted order only matters when a whiteout's lookup fails: dive then stops visiting the layer.
    const sorted = tree.whiteouts.some((p) => getNode(lower, split(p)) === undefined);

    walkPostOrder(
      tree.root,
      (n, names) => {
        if (!n.isLeaf()) return true;
        const path = n.path ?? pathNames(n, names).join('/');
        let d = data.get(path);
        if (!d) {
          // Created before the whiteout lookup, so an aborted lookup leaves min = -1 behind.
          d = { cumulative: 0, min: -1, nodes: 0 };
          data.set(path, d);
        }
        let size = 0;
        if (isWhiteout(n)) {
          const prev = getNode(lower, pathNames(n, names));
          if (!prev) return false; // dive's visitor errors: the rest of this layer is skipped
          if (prev.info.isDir) size = subtreeSize(prev);
        } else {
          size = n.info.size;
        }
        d.cumulative += size;
        if (d.min < 0 || size < d.min) d.min = size;
        d.nodes++;
        return true;
      },
      sorted,
    );
    if (k >= 1) stack(stacked, tree);
  }

  let minSum = 0;
  let cumSum = 0;
  let wasted = 0;
  for (const d of data.values()) {
    minSum += d.min;
    cumSum += d.cumulative;
    if (d.nodes >= 2) wasted += d.cumulative;
  }
  const efficiency = cumSum === 0 ? 1 : minSum / cumSum;

  // Layer.Size is the sum of every entry's header size (the `.` entry skipped); layer 0 is the base.
  let userSize = 0;
  for (let k = 1; k < scans.length; k++) {
    for (const e of (scans[k] as LayerScan).entries)
      if (e.path !== '' || e.kind === 'opaque') userSize += e.size;
  }
  const pct = wasted / userSize;
  return { efficiency, wastedBytes: wasted, userWastedPercent: Number.isFinite(pct) ? pct : null };
}
