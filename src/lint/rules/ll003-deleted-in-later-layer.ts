/** LL003: bytes added by one layer and hidden by a whiteout or opaque marker in a later layer. */
import type { Rule } from '../types.js';
import { reportHiddenGroups } from '../helpers.js';
import { PACKAGE_STATE_MIN_BYTES } from '../package-state.js';

export interface Ll003Options {
  /** Stay quiet when one layer pair hides fewer bytes than this. Accepts sizes such as `1MiB`. */
  minBytes: number;
  /**
   * Package-manager state (dpkg's status, debconf, /etc/passwd and friends, ld.so.cache, the apk and rpm
   * databases, dpkg/apt logs) is rewritten by every install: reported only from this many bytes.
   */
  packageStateMinBytes: number;
}

export const ll003: Rule<Ll003Options> = {
  id: 'LL003',
  name: 'deleted-in-later-layer',
  title: 'Files deleted in a later layer still ship',
  defaultSeverity: 'warning',
  rationale:
    'Deleting a file in a later layer only adds a whiteout; the bytes stay in the earlier layer and every pull ' +
    'still downloads them. Files from the base image that your build deletes are reported as info: the delete ' +
    'saves nothing, but the fix is a slimmer base image; the finding sits on the FROM line. Package-manager ' +
    'state that installs and useradd rewrite (dpkg and debconf files, /etc/passwd and its kin, ld.so.cache, ' +
    'the apk and rpm databases, dpkg/apt logs) is expected and reported only from `packageStateMinBytes`.',
  fix: 'Delete the files in the same RUN that creates them, or keep them out of the image with a multi-stage build or .dockerignore.',
  options: { minBytes: 1024, packageStateMinBytes: PACKAGE_STATE_MIN_BYTES },
  check(ctx, report) {
    const deleted = ctx.model.hidden.filter((h) => h.how === 'whiteout' || h.how === 'opaque');
    reportHiddenGroups(
      ctx,
      report,
      deleted,
      (plural, by) =>
        plural ? `are deleted by ${by} but still ship` : `is deleted by ${by} but still ships`,
      'The base image ships these files and deleting them saves nothing: drop the delete if it only saves space, or use a slimmer base image that does not contain them.',
    );
  },
};
