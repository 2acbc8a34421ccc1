/** The image model: layers merged as overlayfs would, with exact size and waste numbers. */
import type { Compression, LayerEntry, LoadedImage } from '../archive/types.js';
import type { ConfigSecret } from './secrets.js';

/** A path with the bytes it stands for. */
export interface FileRef {
  path: string;
  bytes: number;
}

/** How a lower-layer regular file came to be hidden. */
export type HideReason = 'whiteout' | 'opaque' | 'overwrite';

/** A regular file added by one layer and hidden by a later one. The old bytes still ship. */
export interface HiddenFile {
  path: string;
  bytes: number;
  /** The layer that added the file. */
  layer: number;
  /** The layer that hid it. */
  hiddenBy: number;
  how: HideReason;
  /** For `overwrite`: the replacement is a regular file with the same content hash and size. */
  sameContent: boolean;
  /** For `overwrite`: the replacing entry. */
  replacement?: LayerEntry;
  /** The hidden entry. */
  entry: LayerEntry;
}

/** A file visible in the final merged filesystem. */
export interface FinalFile {
  entry: LayerEntry;
  /** The layer whose entry is visible. */
  layer: number;
}

/** Per-layer numbers; definitions are in issue #3 and docs/numbers.md. */
export interface LayerModel {
  index: number;
  /** diffID: `sha256:<hex>` of the uncompressed tar. */
  digest: string;
  tarBytes: number;
  blobBytes: number;
  compression: Compression;
  mediaType: string | null;
  contentBytes: number;
  files: number;
  dirs: number;
  symlinks: number;
  hardlinks: number;
  whiteouts: number;
  createdBy: string | null;
  emptyLayer: boolean;
  removedBytes: number;
  overwrittenBytes: number;
  /** Regular files (and links) this layer adds at paths absent below. */
  added: FileRef[];
  /** Entries at paths that existed below (non-directory over anything, or anything over a non-directory). */
  modified: FileRef[];
  /** Paths this layer's whiteouts and opaque markers hide, with the bytes hidden. */
  deleted: FileRef[];
  /** The raw entries, tar order. Not serialised. */
  entries: LayerEntry[];
}

export interface Totals {
  contentBytes: number;
  finalBytes: number;
  wastedBytes: number;
  efficiency: number;
  layerCount: number;
  fileCount: number;
  removedBytes: number;
  overwrittenBytes: number;
}

/** dive v0.13.1's numbers, quirks included, so `.dive-ci` thresholds carry over. */
export interface DiveNumbers {
  efficiency: number;
  wastedBytes: number;
  userWastedPercent: number | null;
}

/** A regular file that holds a secret (by content) or is named like one (content not read). */
export interface SecretFile {
  layer: number;
  path: string;
  bytes: number;
  /** Secret kinds, sorted (`npm auth token`, `private key` …); never the value. */
  kinds: string[];
  /** Judged by name alone: the content was not captured (binary, over 64 KiB, or the cap was reached). */
  byName: boolean;
}

/** Every secret the image holds (image/secrets.ts), found once when the model is built. */
export interface ImageSecrets {
  files: SecretFile[];
  /** ENV, LABEL and build-arg secrets of the config and history. */
  config: ConfigSecret[];
  /** Every detected value, for the report's redaction. Never serialised. */
  values: string[];
}

export interface ImageModel {
  image: LoadedImage;
  layers: LayerModel[];
  totals: Totals;
  dive: DiveNumbers;
  /** Every hidden regular file, sorted by layer then path. */
  hidden: HiddenFile[];
  /** The final merged filesystem, keyed by normalised path. */
  final: Map<string, FinalFile>;
  secrets: ImageSecrets;
}
