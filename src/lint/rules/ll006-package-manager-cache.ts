/** LL006: a layer stores package-manager caches. */
import type { ParsedInstruction } from '../../dockerfile/types.js';
import type { FileRef } from '../../image/model.js';
import { formatBytes } from '../../common/size.js';
import type { Rule } from '../types.js';
import { isBaseLayer, layerCommand, parsedInstructionForLayer, refs, sumBytes } from '../helpers.js';
import { updateOnly } from '../package-state.js';

export interface Ll006Options {
  /** Stay quiet when a layer's cache files total fewer bytes than this. */
  minBytes: number;
  /** Also report caches inside base-image layers (at info). */
  includeBaseImage: boolean;
}

interface CacheKind {
  name: string;
  /** Matches a normalised path (no leading slash). */
  re: RegExp;
  clean: string;
}

/** Exported for the tests and the docs. Each entry names the manager and the path it caches to. */
export const CACHE_KINDS: readonly CacheKind[] = [
  {
    name: 'apt lists',
    re: /^var\/lib\/apt\/lists\/(?!lock$|partial$|auxfiles$)[^/]+/,
    clean: 'rm -rf /var/lib/apt/lists/*',
  },
  {
    name: 'apt archives',
    re: /^var\/cache\/apt\/archives\/(?!lock$).+/,
    clean: 'apt-get clean',
  },
  { name: 'apt package cache', re: /^var\/cache\/apt\/[^/]+\.bin$/, clean: 'apt-get clean' },
  { name: 'apk cache', re: /^(?:var\/cache\/apk|etc\/apk\/cache)\/[^/]+/, clean: 'apk add --no-cache' },
  { name: 'dnf/yum cache', re: /^var\/cache\/(?:dnf|yum)\/.+/, clean: 'dnf clean all' },
  { name: 'pip cache', re: /(?:^|\/)\.cache\/pip\/.+/, clean: 'pip install --no-cache-dir' },
  { name: 'npm cache', re: /(?:^|\/)\.npm\/_cacache\/.+/, clean: 'npm cache clean --force' },
  {
    name: 'yarn cache',
    re: /(?:^|\/)(?:\.cache\/yarn|\.yarn-cache|\.yarn\/berry\/cache|usr\/local\/share\/\.cache\/yarn)\/.+/,
    clean: 'yarn cache clean',
  },
  {
    name: 'pnpm store',
    re: /(?:^|\/)(?:\.pnpm-store|\.local\/share\/pnpm\/store|\.cache\/pnpm)\/.+/,
    clean: 'pnpm store prune',
  },
  { name: 'Go build cache', re: /(?:^|\/)\.cache\/go-build\/.+/, clean: 'go clean -cache' },
  {
    name: 'gem/bundler cache',
    re: /(?:^|\/)(?:\.gem\/(?:ruby\/[^/]+\/)?cache|(?:usr\/local\/bundle|var\/lib\/gems\/[^/]+|usr\/local\/lib\/ruby\/gems\/[^/]+)\/cache|\.bundle\/cache)\/.+\.gem$/,
    clean: 'gem cleanup / rm -rf "$GEM_HOME/cache"',
  },
  {
    name: 'composer cache',
    re: /(?:^|\/)(?:\.composer\/cache|\.cache\/composer)\/.+/,
    clean: 'composer clear-cache',
  },
  {
    name: 'conda pkgs',
    re: /^(?:opt\/conda|opt\/miniconda3?|opt\/mambaforge|opt\/miniforge3?|root\/miniconda3?)\/pkgs\/.+/,
    clean: 'conda clean -afy',
  },
  { name: 'uv cache', re: /(?:^|\/)\.cache\/uv\/.+/, clean: 'uv --no-cache / UV_NO_CACHE=1' },
];

/**
 * The targets of a RUN's `--mount=type=cache` flags, as layer paths (`root/.cache/pip/`). Whatever the
 * step writes there goes to the build cache, not the layer; files elsewhere are stored as usual.
 */
function cacheMountTargets(ins: ParsedInstruction): string[] {
  const out: string[] = [];
  for (const f of ins.flags) {
    if (f.name !== 'mount' || f.value === null || !/(?:^|,)type=cache(?:,|$)/.test(f.value)) continue;
    const t = /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(f.value)?.[1];
    if (!t) continue;
    const abs = t.startsWith('/') ? t : `${ins.workdir ?? '/'}/${t}`;
    const rel = abs
      .split('/')
      .filter((p) => p !== '' && p !== '.')
      .join('/');
    out.push(rel === '' ? '' : `${rel}/`);
  }
  return out;
}

export const ll006: Rule<Ll006Options> = {
  id: 'LL006',
  name: 'package-manager-cache',
  title: 'Package-manager cache stored in a layer',
  defaultSeverity: 'warning',
  rationale:
    'Package managers keep downloaded indexes and archives (apt lists and .debs, the apk, pip, npm, yarn, pnpm, ' +
    'Go build, gem, composer and conda caches). Left in a layer they are pure weight. The rule looks at what ' +
    'the layer actually stores, so a cache removed in the same RUN is not reported, and a `RUN --mount=type=cache` ' +
    'step never is. When the cache comes from an index refresh in a RUN of its own (`apt-get update`, ' +
    '`apk update`, `yum makecache`), the advice is to merge refresh, install and cleanup into one RUN: ' +
    "deleting the index in the refresh RUN would break the next RUN's install.",
  fix: 'Remove the cache in the same RUN (e.g. `apt-get clean && rm -rf /var/lib/apt/lists/*`, `apk add --no-cache`, `pip install --no-cache-dir`), or use `RUN --mount=type=cache,target=...`.',
  options: { minBytes: 1024, includeBaseImage: false },
  check(ctx, report) {
    for (const layer of ctx.model.layers) {
      const base = isBaseLayer(ctx, layer.index);
      if (base && !ctx.options.includeBaseImage) continue;
      const ins = parsedInstructionForLayer(ctx, layer.index);
      const mounts = ins ? cacheMountTargets(ins) : [];
      const found = new Map<string, FileRef[]>();
      for (const e of layer.entries) {
        if (e.kind !== 'file') continue;
        if (mounts.some((m) => e.path.startsWith(m))) continue;
        const kind = CACHE_KINDS.find((k) => k.re.test(e.path));
        if (!kind) continue;
        const list = found.get(kind.name) ?? [];
        list.push({ path: e.path, bytes: e.size });
        found.set(kind.name, list);
      }
      const files = [...found.values()].flat();
      const bytes = sumBytes(files);
      if (files.length === 0 || bytes === 0 || bytes < ctx.options.minBytes) continue;
      const kinds = [...found.keys()].sort();
      const cleans = CACHE_KINDS.filter((k) => found.has(k.name)).map((k) => `\`${k.clean}\``);
      // `RUN apt-get update` on its own: cleaning up here would break the next RUN's install.
      const update = base ? null : updateOnly(layerCommand(ctx, layer.index));
      const say = (b: number, n: number): string =>
        `stores ${formatBytes(b)} of ${kinds.join(', ')} (${n} file${n === 1 ? '' : 's'})${
          update ? ` from an index refresh (${update.manager}) in a RUN of its own` : ''
        }`;
      report({
        layerIndex: layer.index,
        bytes,
        paths: refs(files),
        ...(base ? { severity: 'info' as const } : {}),
        message: say(bytes, files.length),
        messageAfterClaims: say,
        fix: update
          ? `Merge the index refresh, the install and the cleanup into one RUN (\`${update.merge}\`), or use \`RUN --mount=type=cache\`. Deleting the index in the refresh RUN alone would make the next RUN's install fail.`
          : `Clean up in the same RUN: ${cleans.join(', ')}; or use \`RUN --mount=type=cache\`.`,
      });
    }
  },
};
