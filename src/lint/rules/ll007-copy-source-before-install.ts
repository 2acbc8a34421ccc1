/** LL007: a broad COPY/ADD comes before a dependency-install RUN in the same stage. */
import type { ParsedInstruction } from '../../dockerfile/types.js';
import type { FileRef } from '../../image/model.js';
import type { Rule, RuleContext } from '../types.js';
import { copyArguments, displayCreatedBy, isLegacyDirCopy, isNopOrFileStep } from '../../image/history.js';
import { isBaseLayer, layerForLine, mappedAny, shown, stripBuildkitMarker } from '../helpers.js';

export interface Ll007Options {
  /** Extra top-level directory names (besides `.`, `*` and src, app, lib, cmd, pkg, internal, source) that count as "the source tree". */
  sourceDirs: string[];
}

interface Installer {
  ecosystem: string;
  re: RegExp;
}

/** Dependency-install commands, by ecosystem. Exported for tests and docs. */
export const INSTALLERS: readonly Installer[] = [
  {
    ecosystem: 'npm',
    re: /\bnpm\s+(?:(?:--?[\w-]+(?:=\S+)?)\s+)*(?:install|i|ci|clean-install)\b(?![^&;|]*\s(?:-g|--global)\b)/,
  },
  {
    ecosystem: 'yarn',
    re: /\byarn\s+(?:(?:--?[\w-]+(?:=\S+)?)\s+)*install\b|\byarn\s*(?:$|&&|;|\||--frozen-lockfile|--immutable|--production)/m,
  },
  { ecosystem: 'pnpm', re: /\bpnpm\s+(?:(?:--?[\w-]+(?:=\S+)?)\s+)*(?:install|i|fetch)\b/ },
  { ecosystem: 'pip', re: /\bpip[\d.]*\s+install\b[^&;|]*\s(?:-r|--requirement)[\s=]/ },
  { ecosystem: 'poetry', re: /\bpoetry\s+install\b/ },
  { ecosystem: 'uv', re: /\buv\s+(?:sync\b|pip\s+install\b[^&;|]*\s(?:-r|--requirement)[\s=])/ },
  { ecosystem: 'pipenv', re: /\bpipenv\s+(?:install|sync)\b/ },
  { ecosystem: 'bundler', re: /\bbundle(?:r)?\s+install\b/ },
  { ecosystem: 'go', re: /\bgo\s+mod\s+download\b/ },
  { ecosystem: 'cargo', re: /\bcargo\s+(?:build|fetch|vendor)\b/ },
  {
    ecosystem: 'maven',
    // `mvn package` after the sources downloads every dependency again on each change, too.
    re: /\b(?:mvn|mvnw)\b[^&;|]*(?:\bdependency:(?:go-offline|resolve|resolve-plugins|copy-dependencies)\b|\s(?:package|install|verify|compile)\b)/,
  },
  {
    ecosystem: 'gradle',
    re: /\b(?:gradle|gradlew)\b[^&;|]*\s(?:dependencies|--refresh-dependencies|build|assemble)\b/,
  },
  { ecosystem: 'composer', re: /\bcomposer\s+install\b/ },
];

/** The ecosystems a RUN command installs dependencies for. */
export function installsIn(command: string): string[] {
  return INSTALLERS.filter((i) => i.re.test(command)).map((i) => i.ecosystem);
}

interface DependencyTree {
  ecosystem: string;
  /** Matches a normalised path; group 1 is the tree's root. */
  re: RegExp;
}

/**
 * What a dependency install leaves behind, by ecosystem. Exported for tests and docs. System trees
 * (apt's /usr/lib/python3/dist-packages, /usr/share, global npm) are not a project's dependencies.
 */
export const DEPENDENCY_TREES: readonly DependencyTree[] = [
  { ecosystem: 'npm', re: /^((?:[^/]+\/)*?node_modules)\// },
  { ecosystem: 'pip', re: /^((?:[^/]+\/)*?(?:site-packages|dist-packages))\// },
  { ecosystem: 'pip', re: /^((?:[^/]+\/)*?\.venv)\// },
  { ecosystem: 'vendor', re: /^((?:[^/]+\/)*?vendor)\// },
  { ecosystem: 'maven', re: /^((?:[^/]+\/)*?\.m2\/repository)\// },
  { ecosystem: 'gradle', re: /^((?:[^/]+\/)*?\.gradle\/caches)\// },
  { ecosystem: 'go', re: /^((?:[^/]+\/)*?go\/pkg\/mod)\// },
  { ecosystem: 'cargo', re: /^((?:[^/]+\/)*?target)\/(?:release|debug)\/(?:deps|build|\.fingerprint)\// },
  { ecosystem: 'cargo', re: /^((?:[^/]+\/)*?\.cargo\/registry)\// },
];

const SYSTEM_TREES = /^(?:usr\/share|usr\/lib|usr\/lib64|usr\/local\/share|usr\/local\/lib\/node_modules)\//;

/**
 * The dependency trees a layer creates (absent from every earlier layer), with their files: the
 * evidence of an install whatever the command is called (`sh ./install-deps.sh`, `make deps`).
 */
export function createdTrees(
  ctx: RuleContext<Ll007Options>,
  layer: number,
): { ecosystem: string; root: string; files: FileRef[] }[] {
  const entries = ctx.model.layers[layer]?.entries ?? [];
  const trees = new Map<string, { ecosystem: string; root: string; files: FileRef[] }>();
  for (const e of entries) {
    if (e.kind !== 'file' || SYSTEM_TREES.test(e.path)) continue;
    for (const t of DEPENDENCY_TREES) {
      const root = t.re.exec(e.path)?.[1];
      if (root === undefined) continue;
      const tree = trees.get(root) ?? { ecosystem: t.ecosystem, root, files: [] };
      tree.files.push({ path: e.path, bytes: e.size });
      trees.set(root, tree);
      break;
    }
  }
  if (trees.size === 0) return [];
  // Only trees this layer creates: a build that writes into an existing node_modules is no install.
  const earlier = new Set<string>();
  for (const l of ctx.model.layers.slice(0, layer)) {
    for (const e of l.entries) {
      for (const root of trees.keys()) {
        if (e.path === root || e.path.startsWith(`${root}/`)) earlier.add(root);
      }
    }
  }
  return [...trees.values()].filter((t) => !earlier.has(t.root)).sort((a, b) => (a.root < b.root ? -1 : 1));
}

function tokens(args: readonly string[]): string[] {
  return args.flatMap((a) => a.split(/\s+/)).filter((a) => a.length > 0);
}

const DEFAULT_SOURCE_DIRS = ['src', 'app', 'lib', 'cmd', 'pkg', 'internal', 'source'];

/**
 * Does a COPY/ADD source stand for the whole context or a source tree? Any other directory
 * (`requirements/`, `tools/`, `config/`) is not: copying it first is how manifests-first builds look.
 */
export function isBroadSource(src: string, extra: readonly string[] = []): boolean {
  const s = src.replace(/^"|"$/g, '');
  if (/^(?:\.|\.\/|\*|\.\/\*|\.\/\.|\/)$/.test(s)) return true;
  const top = s.replace(/^(?:\.\/)+/, '').split('/')[0] ?? '';
  return DEFAULT_SOURCE_DIRS.includes(top) || extra.includes(top);
}

function isBroadCopy(ins: ParsedInstruction, extra: readonly string[]): boolean {
  const kw = ins.keyword.toUpperCase();
  if (kw !== 'COPY' && kw !== 'ADD') return false;
  if (ins.flags.some((f) => f.name === 'from')) return false;
  if (ins.heredocs.length > 0) return false;
  const t = tokens(ins.args);
  const sources = t.slice(0, -1);
  return sources.some((s) => isBroadSource(s, extra));
}

function runCommand(ins: ParsedInstruction): string {
  return [ins.args.join(' '), ...ins.heredocs].join('\n');
}

interface Hit {
  copyLine: number | null;
  copyEnd: number | null;
  copyLayer: number | null;
  runLine: number | null;
  runEnd: number | null;
  runLayer: number | null;
  copyText: string;
  runText: string;
  ecosystem: string;
  /** The dependency trees the install RUN created: its evidence. */
  trees: { root: string; files: FileRef[] }[];
}

/** The ecosystems a RUN installs for: by its words, and by the dependency trees its layer creates. */
function installs(
  ctx: RuleContext<Ll007Options>,
  command: string,
  layer: number | null,
): { ecosystems: string[]; trees: { ecosystem: string; root: string; files: FileRef[] }[] } {
  const trees = layer !== null ? createdTrees(ctx, layer) : [];
  const byWords = installsIn(command);
  // A tree names the ecosystem only when the words do not (node_modules from `sh ./install-deps.sh`).
  const ecosystems = byWords.length > 0 ? byWords : [...new Set(trees.map((t) => t.ecosystem))];
  return { ecosystems, trees };
}

/**
 * The stages the image's build runs: the target's chain and, transitively, the stages they
 * `COPY --from` or `RUN --mount=from=`. Null (every stage) when the mapping names no target chain.
 */
function builtStages(ctx: RuleContext<Ll007Options>): Set<number> | null {
  const stages = ctx.dockerfile?.stages ?? [];
  const chain = (ctx.mapping?.stages ?? []).filter((s) => s.inTarget).map((s) => s.index);
  if (chain.length === 0) return null;
  const byName = new Map<string, number>();
  for (const st of stages) {
    byName.set(String(st.index), st.index);
    if (st.name) byName.set(st.name.toLowerCase(), st.index);
  }
  const built = new Set<number>();
  const todo = [...chain];
  for (let i = todo.pop(); i !== undefined; i = todo.pop()) {
    if (built.has(i)) continue;
    built.add(i);
    const st = stages[i];
    if (!st) continue;
    if (st.fromStage !== undefined) todo.push(st.fromStage);
    for (const ins of st.instructions) {
      for (const f of ins.flags) {
        const ref =
          f.name === 'from'
            ? f.value
            : f.name === 'mount'
              ? (/(?:^|,)from=([^,]+)/.exec(f.value ?? '')?.[1] ?? null)
              : null;
        const idx = ref === null ? undefined : byName.get(ref.toLowerCase());
        if (idx !== undefined) todo.push(idx);
      }
    }
  }
  return built;
}

function fromDockerfile(ctx: RuleContext<Ll007Options>): Hit[] {
  const hits: Hit[] = [];
  const built = builtStages(ctx);
  for (const stage of ctx.dockerfile?.stages ?? []) {
    if (built && !built.has(stage.index)) continue;
    let broad: ParsedInstruction | null = null;
    const installedBefore = new Set<string>();
    const reported = new Set<string>();
    for (const ins of stage.instructions) {
      const kw = ins.keyword.toUpperCase();
      if (isBroadCopy(ins, ctx.options.sourceDirs)) {
        broad ??= ins;
        continue;
      }
      if (kw !== 'RUN') continue;
      const runLayer = layerForLine(ctx, stage.index, ins.line);
      const { ecosystems, trees } = installs(ctx, runCommand(ins), runLayer);
      for (const eco of ecosystems) {
        if (broad && !installedBefore.has(eco) && !reported.has(eco)) {
          reported.add(eco);
          hits.push({
            copyLine: broad.line,
            copyEnd: broad.endLine,
            copyLayer: layerForLine(ctx, stage.index, broad.line),
            runLine: ins.line,
            runEnd: ins.endLine,
            runLayer,
            copyText: broad.text,
            runText: ins.text,
            ecosystem: eco,
            trees,
          });
        }
        if (!broad) installedBefore.add(eco);
      }
    }
  }
  return hits;
}

/**
 * Is a history line a broad COPY/ADD? Legacy history names no source, so a directory copy is taken
 * as broad; BuildKit's text keeps the sources (a `--from` copy never is).
 */
function historyBroadCopy(text: string, extra: readonly string[]): boolean {
  if (isLegacyDirCopy(text)) return true;
  const copy = copyArguments(text);
  if (!copy || copy.fromStage) return false;
  return copy.args.slice(0, -1).some((a) => isBroadSource(a, extra));
}

function fromHistory(ctx: RuleContext<Ll007Options>): Hit[] {
  const hits: Hit[] = [];
  let broad: { layer: number; text: string } | null = null;
  const installedBefore = new Set<string>();
  const reported = new Set<string>();
  for (const layer of ctx.model.layers) {
    if (isBaseLayer(ctx, layer.index)) continue;
    const text = (layer.createdBy ?? '').trim();
    if (historyBroadCopy(text, ctx.options.sourceDirs)) {
      broad ??= { layer: layer.index, text };
      continue;
    }
    if (isNopOrFileStep(text)) continue;
    const command = stripBuildkitMarker(displayCreatedBy(text));
    const { ecosystems, trees } = installs(ctx, command, layer.index);
    for (const eco of ecosystems) {
      if (broad && !installedBefore.has(eco) && !reported.has(eco)) {
        reported.add(eco);
        hits.push({
          copyLine: null,
          copyEnd: null,
          copyLayer: broad.layer,
          runLine: null,
          runEnd: null,
          runLayer: layer.index,
          copyText: stripBuildkitMarker(broad.text),
          runText: command,
          ecosystem: eco,
          trees,
        });
      }
      if (!broad) installedBefore.add(eco);
    }
  }
  return hits;
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

export const ll007: Rule<Ll007Options> = {
  id: 'LL007',
  name: 'copy-source-before-install',
  title: 'Source copied before the dependency install',
  defaultSeverity: 'warning',
  rationale:
    'Copying the whole context (or the source tree) before installing dependencies ties the install layer to ' +
    'every source file: any edit invalidates the cache and reinstalls everything, and the install layer is ' +
    'rebuilt and re-pushed. The install is recognised by its command (npm ci, pip install -r, go mod download …) ' +
    'or by its evidence: the RUN creates a dependency tree (node_modules, site-packages or dist-packages, ' +
    'vendor/, .venv, ~/.m2, ~/.gradle, go/pkg/mod, Cargo target/). The finding sits on the broad COPY, with ' +
    '`endLine` at the install RUN. It stays ' +
    'quiet when the manifests are copied and installed first. `affectedBytes` is the size of the install ' +
    'layer that every source change rebuilds and pushes again; `bytes` (the saving) is 0, as reordering ' +
    'makes the image no smaller.',
  fix: 'Copy only the manifest and lock files first (e.g. `COPY package.json package-lock.json ./`), run the install, then `COPY . .`.',
  options: { sourceDirs: [] },
  check(ctx, report) {
    // The Dockerfile's text only speaks for this image when the mapper found its layers in the history.
    const hits = ctx.dockerfile && mappedAny(ctx) ? fromDockerfile(ctx) : fromHistory(ctx);
    for (const h of hits) {
      // Evidence: the dependency trees the install created, else what the install layer holds; either
      // way what each source change rebuilds and pushes again.
      const installed = h.runLayer !== null ? (ctx.model.layers[h.runLayer]?.entries ?? []) : [];
      const treeFiles = h.trees.flatMap((t) => t.files);
      const paths =
        treeFiles.length > 0
          ? treeFiles
          : installed.filter((e) => e.kind === 'file').map((e) => ({ path: e.path, bytes: e.size }));
      const bytes = h.runLayer !== null ? (ctx.model.layers[h.runLayer]?.contentBytes ?? 0) : 0;
      const at =
        h.runLine !== null ? ` at line ${h.runLine}` : h.runLayer !== null ? ` (layer ${h.runLayer})` : '';
      const made =
        h.trees.length > 0 && installsIn(h.runText).length === 0
          ? `, which creates ${h.trees.map((t) => shown(t.root)).join(', ')}`
          : '';
      const what = made !== '' ? 'dependency install' : `${h.ecosystem} install`;
      report({
        layerIndex: h.copyLayer,
        line: h.copyLine,
        endLine: h.runEnd ?? h.copyEnd,
        affectedBytes: bytes,
        paths,
        message: `\`${clip(h.copyText)}\` comes before the ${what}${at}${made} (\`${clip(h.runText)}\`): every source change re-runs it`,
      });
    }
  },
};
