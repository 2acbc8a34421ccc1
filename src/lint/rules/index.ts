/** Every rule, in id order. The engine, the docs table and `layerlint rules` all read this list. */
import type { Rule } from '../types.js';
import { ll001 } from './ll001-merge-consecutive-runs.js';
import { ll002 } from './ll002-zero-byte-layer.js';
import { ll003 } from './ll003-deleted-in-later-layer.js';
import { ll004 } from './ll004-overwritten-in-later-layer.js';
import { ll005 } from './ll005-metadata-only-rewrite.js';
import { ll006 } from './ll006-package-manager-cache.js';
import { ll007 } from './ll007-copy-source-before-install.js';
import { ll008 } from './ll008-secret-in-layer.js';
import { ll009 } from './ll009-vcs-metadata.js';
import { ll010 } from './ll010-temp-files-left.js';
import { ll011 } from './ll011-large-layer.js';
import { ll012 } from './ll012-build-tools-in-final-image.js';
import { ll013 } from './ll013-secret-in-config.js';

/** A rule with its options type erased, as the engine and config see it. */
export type AnyRule = Rule<object>;

export const RULES: readonly AnyRule[] = [
  ll001,
  ll002,
  ll003,
  ll004,
  ll005,
  ll006,
  ll007,
  ll008,
  ll009,
  ll010,
  ll011,
  ll012,
  ll013,
];

/** Look a rule up by id (`LL007`, any case) or name (`copy-source-before-install`). */
export function findRule(key: string, rules: readonly AnyRule[] = RULES): AnyRule | undefined {
  const k = key.trim();
  return rules.find((r) => r.id.toLowerCase() === k.toLowerCase() || r.name === k);
}
