/** LL012: compilers and toolchains in the final filesystem. */
import type { FileRef } from '../../image/model.js';
import { formatBytes } from '../../common/size.js';
import type { Rule } from '../types.js';
import { refs, shown, sumBytes } from '../helpers.js';

export interface Ll012Options {
  /** Report an include tree (`usr/include`, `usr/local/include`) when it holds at least this many bytes. */
  headerMinBytes: number;
  /** Tool names to leave alone (e.g. `make` when the image runs make at run time). */
  allow: string[];
}

interface Tool {
  name: string;
  /** The executable that proves the tool is installed. */
  bin: RegExp;
  /** Its support files, counted into the saving. */
  support?: RegExp;
}

const BIN = '(?:usr/(?:local/)?)?s?bin/';

/** Toolchains, by the executable that identifies each. Exported for tests and docs. */
export const TOOLS: readonly Tool[] = [
  {
    name: 'gcc',
    bin: new RegExp(
      `^(?:${BIN}(?:(?:[\\w.-]+-)?gcc(?:-\\d+(?:\\.\\d+)*)?|cc)|usr/(?:lib|libexec)/gcc/[^/]+/[^/]+/cc1)$`,
    ),
    support: /^usr\/(?:lib|libexec)\/gcc\//,
  },
  {
    name: 'g++',
    bin: new RegExp(
      `^(?:${BIN}(?:(?:[\\w.-]+-)?g\\+\\+(?:-\\d+(?:\\.\\d+)*)?|c\\+\\+)|usr/(?:lib|libexec)/gcc/[^/]+/[^/]+/cc1plus)$`,
    ),
  },
  {
    name: 'clang',
    bin: new RegExp(`^(?:${BIN}clang(?:\\+\\+)?(?:-\\d+)?|usr/lib/llvm-[^/]+/bin/clang(?:-\\d+)?)$`),
    support: /^usr\/lib\/llvm-[^/]+\//,
  },
  { name: 'make', bin: new RegExp(`^${BIN}g?make$`) },
  {
    name: 'go',
    bin: /(?:^|\/)go(?:-[^/]+)?\/bin\/go$|^usr\/(?:local\/)?bin\/go$/,
    support: /^(?:usr\/local\/go|usr\/lib\/go(?:-[^/]+)?)\//,
  },
  {
    name: 'rustc/cargo',
    bin: /(?:^|\/)bin\/(?:rustc|cargo)$/,
    support: /(?:^|\/)\.?rustup\/toolchains\/|^usr\/(?:local\/)?lib\/rustlib\//,
  },
  { name: 'javac', bin: /(?:^|\/)bin\/javac$/ },
];

function isExecutableKind(kind: string): boolean {
  return kind === 'file' || kind === 'hardlink';
}

export const ll012: Rule<Ll012Options> = {
  id: 'LL012',
  name: 'build-tools-in-final-image',
  title: 'Build tools in the final image',
  defaultSeverity: 'warning',
  rationale:
    'Compilers, make, the Go and Rust toolchains, javac and large header trees are needed to build, not to run. ' +
    'In the final image they add size and attack surface. The rule looks at the final merged filesystem, so ' +
    'tools that stayed in a build stage are not reported.',
  fix: 'Use a multi-stage build: compile in a builder stage and `COPY --from=builder` only the artefacts into a slim runtime stage.',
  options: { headerMinBytes: 10 * 1024 * 1024, allow: [] },
  check(ctx, report) {
    const allow = new Set(ctx.options.allow);
    const found = new Map<string, { bins: FileRef[]; support: FileRef[]; layer: number }>();
    const headers = new Map<string, { files: FileRef[]; layers: Map<number, number> }>();
    for (const [path, f] of ctx.model.final) {
      const e = f.entry;
      if (!isExecutableKind(e.kind)) continue;
      const size = e.kind === 'file' ? e.size : 0;
      for (const tool of TOOLS) {
        if (allow.has(tool.name)) continue;
        if (tool.bin.test(path)) {
          const t = found.get(tool.name) ?? { bins: [], support: [], layer: f.layer };
          t.bins.push({ path, bytes: size });
          t.layer = Math.min(t.layer, f.layer);
          found.set(tool.name, t);
        }
      }
      const inc = /^(usr\/(?:local\/)?include)\//.exec(path);
      if (inc && !allow.has('headers')) {
        const root = inc[1] ?? 'usr/include';
        const h = headers.get(root) ?? { files: [], layers: new Map<number, number>() };
        h.files.push({ path, bytes: size });
        h.layers.set(f.layer, (h.layers.get(f.layer) ?? 0) + size);
        headers.set(root, h);
      }
    }
    // Support trees are counted only for tools that were found, in a second pass.
    for (const [path, f] of ctx.model.final) {
      if (f.entry.kind !== 'file') continue;
      for (const tool of TOOLS) {
        const t = found.get(tool.name);
        if (!t || !tool.support?.test(path) || t.bins.some((b) => b.path === path)) continue;
        t.support.push({ path, bytes: f.entry.size });
      }
    }
    for (const [name, t] of [...found.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      const files = [...t.bins, ...t.support];
      const bytes = sumBytes(files);
      const first = t.bins.map((b) => b.path).sort()[0] ?? '';
      report({
        layerIndex: t.layer,
        bytes,
        paths: refs(files),
        message: `the final image holds ${name} (${shown(first)}${files.length > 1 ? `, ${files.length} files` : ''}, ${formatBytes(bytes)})`,
      });
    }
    for (const [root, h] of [...headers.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      const bytes = sumBytes(h.files);
      if (bytes < ctx.options.headerMinBytes) continue;
      // Blame the layer that contributed most of the headers.
      const layer = [...h.layers.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
      report({
        layerIndex: layer,
        bytes,
        paths: refs(h.files),
        message: `the final image holds a ${formatBytes(bytes)} header tree at ${shown(root)} (${h.files.length} files)`,
      });
    }
  },
};
