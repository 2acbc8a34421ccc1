/** LL004: a later layer replaces a file with different content at the same path. */
import type { Rule } from '../types.js';
import { reportHiddenGroups } from '../helpers.js';

export interface Ll004Options {
  /** Stay quiet when one layer pair overwrites fewer bytes than this (small config edits). */
  minBytes: number;
}

export const ll004: Rule<Ll004Options> = {
  id: 'LL004',
  name: 'overwritten-in-later-layer',
  title: 'Files overwritten in a later layer still ship',
  defaultSeverity: 'warning',
  rationale:
    'When a later layer writes a file at the same path with different content, the old copy stays in the ' +
    'earlier layer and is downloaded for nothing. Overwrites of base-image files are reported as info. Pairs of ' +
    'layers that overwrite less than `minBytes` (1 KiB by default) in total stay quiet.',
  fix: 'Produce the final version of the file in one step: build it in the RUN that creates it, or COPY it once after generating it in a build stage.',
  options: { minBytes: 1024 },
  check(ctx, report) {
    const replaced = ctx.model.hidden.filter((h) => h.how === 'overwrite' && !h.sameContent);
    reportHiddenGroups(
      ctx,
      report,
      replaced,
      (plural, by) => `${plural ? 'are' : 'is'} overwritten with different content by ${by}`,
    );
  },
};
