/** LL010: files under /tmp or /var/tmp, or *.log build logs, left in a layer. */
import type { FileRef } from '../../image/model.js';
import { compileGlobs } from '../../common/glob.js';
import { formatBytes } from '../../common/size.js';
import type { Rule } from '../types.js';
import { CACHE_KINDS } from './ll006-package-manager-cache.js';
import { isBaseLayer, refs, sumBytes } from '../helpers.js';

export interface Ll010Options {
  /** Stay quiet when a layer's temporary files total fewer bytes than this. */
  minBytes: number;
  /** Globs for temporary files and build logs. */
  patterns: string[];
  /** Globs never reported: the package managers' own records under /var/log by default. */
  excludePaths: string[];
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
    "cache are left to LL006, and the package managers' own records under /var/log (dpkg.log, apt/) are " +
    'not reported by default.',
  fix: 'Remove temporary files and logs in the same RUN that creates them (e.g. `... && rm -rf /tmp/* /var/log/*.log`), or use `RUN --mount=type=tmpfs,target=/tmp`.',
  options: {
    minBytes: 1,
    patterns: ['tmp/**', 'var/tmp/**', '*.log'],
    excludePaths: [
      'var/log/dpkg.log',
      'var/log/alternatives.log',
      'var/log/bootstrap.log',
      'var/log/apt/**',
      'var/log/dnf*.log',
      'var/log/yum.log',
      'var/log/apk.log',
    ],
    includeBaseImage: false,
  },
  check(ctx, report) {
    const match = compileGlobs(ctx.options.patterns);
    const excluded = compileGlobs(ctx.options.excludePaths);
    for (const layer of ctx.model.layers) {
      const base = isBaseLayer(ctx, layer.index);
      if (base && !ctx.options.includeBaseImage) continue;
      const files: FileRef[] = [];
      for (const e of layer.entries) {
        if (e.kind !== 'file' && e.kind !== 'symlink' && e.kind !== 'hardlink') continue;
        // Logs inside a package-manager cache (npm's _cacache/_logs) are LL006's finding, not a second one.
        if (match(e.path) && !excluded(e.path) && !CACHE_KINDS.some((k) => k.re.test(e.path)))
          files.push({ path: e.path, bytes: e.kind === 'file' ? e.size : 0 });
      }
      if (files.length === 0) continue;
      const bytes = sumBytes(files);
      if (bytes < ctx.options.minBytes) continue;
      report({
        layerIndex: layer.index,
        bytes,
        paths: refs(files),
        ...(base ? { severity: 'info' as const } : {}),
        message: `layer ${layer.index} leaves ${files.length} temporary or log file${files.length === 1 ? '' : 's'} (${formatBytes(bytes)})`,
      });
    }
  },
};
