/** LL004: a later layer replaces a file with different content at the same path. */
import type { Rule } from '../types.js';
import { reportHiddenGroups } from '../helpers.js';
import { PACKAGE_STATE_MIN_BYTES } from '../package-state.js';

export interface Ll004Options {
  /** Stay quiet when one layer pair overwrites fewer bytes than this (small config edits). */
  minBytes: number;
  /**
   * Package-manager state (dpkg's status, debconf, /etc/passwd and friends, ld.so.cache, the apk and rpm
   * databases, dpkg/apt logs) is rewritten by every install: reported only from this many bytes.
   */
  packageStateMinBytes: number;
}

export const ll004: Rule<Ll004Options> = {
  id: 'LL004',
  name: 'overwritten-in-later-layer',
  title: 'Files overwritten in a later layer still ship',
  defaultSeverity: 'warning',
  rationale:
    'When a later layer writes a file at the same path with different content, the old copy stays in the ' +
    'earlier layer and is downloaded for nothing. Overwrites of base-image files are reported as info, on the ' +
    'FROM line. Pairs of layers that overwrite less than `minBytes` (1 KiB by default) in total stay quiet. ' +
    'Package-manager state that every install or useradd rewrites (dpkg status, debconf, /etc/passwd, group, ' +
    'shadow, ld.so.cache, the apk and rpm databases, dpkg/apt logs) is expected: it is reported only from ' +
    '`packageStateMinBytes` (10 MiB by default), with advice that applies to it.',
  fix: 'Produce the final version of the file in one step: build it in the RUN that creates it, or COPY it once after generating it in a build stage.',
  options: { minBytes: 1024, packageStateMinBytes: PACKAGE_STATE_MIN_BYTES },
  check(ctx, report) {
    const replaced = ctx.model.hidden.filter((h) => h.how === 'overwrite' && !h.sameContent);
    reportHiddenGroups(
      ctx,
      report,
      replaced,
      (plural, by) => `${plural ? 'are' : 'is'} overwritten with different content by ${by}`,
      "The base image's copy still ships: use a base image that already has the version you need, or accept the copy.",
    );
  },
};
