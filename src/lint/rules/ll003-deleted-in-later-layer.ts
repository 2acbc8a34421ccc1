/** LL003: bytes added by one layer and hidden by a whiteout or opaque marker in a later layer. */
import type { Rule } from '../types.js';
import { reportHiddenGroups } from '../helpers.js';

export interface Ll003Options {
  /** Stay quiet when one layer pair hides fewer bytes than this. Accepts sizes such as `1MiB`. */
  minBytes: number;
}

export const ll003: Rule<Ll003Options> = {
  id: 'LL003',
  name: 'deleted-in-later-layer',
  title: 'Files deleted in a later layer still ship',
  defaultSeverity: 'warning',
  rationale:
    'Deleting a file in a later layer only adds a whiteout; the bytes stay in the earlier layer and every pull ' +
    'still downloads them. Files from the base image that your build deletes are reported as info: the delete ' +
    'saves nothing, but the fix is a slimmer base image.',
  fix: 'Delete the files in the same RUN that creates them, or keep them out of the image with a multi-stage build or .dockerignore.',
  options: { minBytes: 1024 },
  check(ctx, report) {
    const deleted = ctx.model.hidden.filter((h) => h.how === 'whiteout' || h.how === 'opaque');
    reportHiddenGroups(ctx, report, deleted, (plural, by) =>
      plural ? `are deleted by ${by} but still ship` : `is deleted by ${by} but still ships`,
    );
  },
};
