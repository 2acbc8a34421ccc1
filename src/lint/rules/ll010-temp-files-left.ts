/** LL010: files under /tmp or /var/tmp, or *.log build logs, left in a layer. */
import type { FileRef } from '../../image/model.js';
import { compileGlobs } from '../../common/glob.js';
import { formatBytes } from '../../common/size.js';
import type { Rule } from '../types.js';
import { CACHE_KINDS } from './ll006-package-manager-cache.js';
import { isBaseLayer, refs, sumBytes } from '../helpers.js';
import { PACKAGE_STATE_MIN_BYTES, isPackageLog } from '../package-state.js';

export interface Ll010Options {
  /** Stay quiet when a layer's temporary files total fewer bytes than this. */
  minBytes: number;
  /** Globs for temporary files and build logs. */
  patterns: string[];
  /** Globs never reported. */
  excludePaths: string[];
  /**
   * The package managers' own logs (dpkg.log, /var/log/apt, npm's ~/.npm/_logs; package-state.ts) are
   * written on every run: reported only when a layer's total reaches this many bytes.
   */
  packageStateMinBytes: number;
  /** Also report base-image layers (at info). */
  includeBaseImage: boolean;
}

export const ll010: Rule<Ll010Options> = {
  id: 'LL010',
  name: 'temp-files-left',
  title: 'Temporary files or build logs left in a layer',
  defaultSeverity: 'warning',
  rationale:
    'Files left under /tmp or /var/tmp, and *.log files written during the build (package-manager and ' +
    'installer logs), are never needed at run time but are committed with the layer. Only files the layer ' +
    'still stores count: something removed in the same RUN is not reported. Logs inside a package-manager ' +
    "cache are left to LL006. The package managers' own logs (dpkg.log, alternatives.log, /var/log/apt, " +
    "dnf/yum/apk logs, npm's debug logs in ~/.npm/_logs) are written by every run and are not worth a PR " +
    "comment when small: a layer's package-manager logs are reported only from `packageStateMinBytes` " +
    '(10 MiB by default).',
  fix: 'Remove temporary files and logs in the same RUN that creates them (e.g. `... && rm -rf /tmp/* /var/log/*.log`), or use `RUN --mount=type=tmpfs,target=/tmp`.',
  options: {
    minBytes: 1,
    patterns: ['tmp/**', 'var/tmp/**', '*.log'],
    excludePaths: [],
    packageStateMinBytes: PACKAGE_STATE_MIN_BYTES,
    includeBaseImage: false,
  },
  check(ctx, report) {
    const match = compileGlobs(ctx.options.patterns);
    const excluded = compileGlobs(ctx.options.excludePaths);
    for (const layer of ctx.model.layers) {
      const base = isBaseLayer(ctx, layer.index);
      if (base && !ctx.options.includeBaseImage) continue;
      const files: FileRef[] = [];
      const logs: FileRef[] = [];
      for (const e of layer.entries) {
        if (e.kind !== 'file' && e.kind !== 'symlink' && e.kind !== 'hardlink') continue;
        if (!match(e.path) || excluded(e.path)) continue;
        const ref = { path: e.path, bytes: e.kind === 'file' ? e.size : 0 };
        if (isPackageLog(e.path)) logs.push(ref);
        // Logs inside a package-manager cache (npm's _cacache) are LL006's finding, not a second one.
        else if (!CACHE_KINDS.some((k) => k.re.test(e.path))) files.push(ref);
      }
      if (logs.length > 0 && sumBytes(logs) >= ctx.options.packageStateMinBytes) files.push(...logs);
      if (files.length === 0) continue;
      const bytes = sumBytes(files);
      if (bytes < ctx.options.minBytes) continue;
      const say = (b: number, n: number): string =>
        `leaves ${n} temporary or log file${n === 1 ? '' : 's'} (${formatBytes(b)})`;
      report({
        layerIndex: layer.index,
        bytes,
        paths: refs(files),
        ...(base ? { severity: 'info' as const } : {}),
        message: say(bytes, files.length),
        messageAfterClaims: say,
      });
    }
  },
};
