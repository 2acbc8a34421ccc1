import type { ImageConfig, Platform } from '../oci/types.js';
/** Typed structures read from image archives. Field names mirror the OCI image-spec and Docker's docker-save files. */

export type Compression = 'none' | 'gzip' | 'zstd';

/**
 * What one tar entry of a layer is, after whiteout decoding.
 * - `whiteout`: `dir/.wh.name`; `path` is the hidden path (`dir/name`).
 * - `opaque`: `dir/.wh..wh..opq`; `path` is the directory (`dir`, or `''` for the root).
 */
export type EntryKind = 'file' | 'dir' | 'symlink' | 'hardlink' | 'whiteout' | 'opaque' | 'other';

/** One entry of a layer tar. Paths are normalised: no leading `./` or `/`, no trailing `/`. */
export interface LayerEntry {
  path: string;
  kind: EntryKind;
  /** Header size after PAX overrides. Counted as content only for `file`. */
  size: number;
  mode: number;
  uid: number;
  gid: number;
  /** Seconds since the epoch, from the header (or PAX mtime). */
  mtime: number;
  /** Symlink target verbatim; hardlink target normalised like `path`. */
  linkname?: string;
  /** Fast content hash of a regular file's bytes (hex), computed on the stream. */
  hash?: string;
  /**
   * The bytes of a small text file that may hold a secret, captured on the stream (see
   * `isCaptureCandidate` in layer.ts); absent for every other entry and once the read's cap is reached.
   */
  content?: Buffer;
}

/** The compact result of streaming one layer blob once. */
export interface LayerScan {
  /** `sha256:<hex>` of the uncompressed tar: the diffID. */
  diffId: string;
  /** Length of the uncompressed tar stream. */
  tarBytes: number;
  /** Size of the blob as stored in the archive. */
  blobBytes: number;
  compression: Compression;
  /** Entries in tar order. Other `.wh..wh.*` names are dropped. */
  entries: LayerEntry[];
  /**
   * How many `.wh..wh.*` entries (other than the opaque marker) were dropped, when any: a layer holding
   * only such entries is not empty (its tar has entries), though `entries` is.
   */
  ignoredEntries?: number;
}

export type ArchiveFormat =
  | 'docker-legacy' // manifest.json + <id>/layer.tar + <id>.json
  | 'docker-25' // Docker 25+: blobs/sha256 + index.json + manifest.json with LayerSources
  | 'containerd' // containerd image store: compressed blobs, nested index, attestations
  | 'oci-archive' // tar of an OCI layout
  | 'oci-layout' // an OCI layout directory on disk
  | 'crane' // crane tarball: Layers are <hex>.tar.gz, Config is sha256:<hex>
  | 'skopeo-docker'; // skopeo docker-archive: layer members are links to other members

export interface ImageLayer {
  scan: LayerScan;
  /** Media type from the manifest, when the format has one. */
  mediaType?: string;
}

/** One platform's image, assembled in manifest order after the single streaming pass. */
export interface LoadedImage {
  /** What the user passed: a path, `-`, or an image reference. */
  source: string;
  format: ArchiveFormat;
  /** The repo tag or `org.opencontainers.image.ref.name`, when the archive names one. */
  ref?: string;
  platform: Platform;
  /** Every image platform the archive offers (attestations excluded). */
  platforms: Platform[];
  config: ImageConfig;
  /** `sha256:<hex>` of the config blob. */
  configDigest: string;
  manifestDigest?: string;
  /** Bottom (index 0) to top. */
  layers: ImageLayer[];
  /** In-toto SLSA provenance predicate, when a BuildKit attestation is present. */
  provenance?: unknown;
  warnings: string[];
}

/** Options shared by every reader entry point. */
export interface ReadOptions {
  /** `os/arch[/variant]`; default: host platform if present, else the only one. */
  platform?: string;
  allPlatforms?: boolean;
  /** Check each layer's diffID against `rootfs.diff_ids` (default true). */
  verify?: boolean;
  /** Name used in error messages (defaults to the path, or `-` for stdin). */
  name?: string;
  onProgress?: (p: { bytes: number; layers: number }) => void;
  /**
   * How a tar file on disk is read: `random` (default) indexes the headers with seeks and reads only
   * the members the manifest needs; `stream` reads it once front to back, as stdin is read.
   */
  access?: 'random' | 'stream';
  /**
   * Capture the bytes of small text files that may hold secrets (LayerEntry.content): per-file and
   * per-read caps, or `false` for none. Default: DEFAULT_CAPTURE_LIMITS (64 KiB per file, 16 MiB per read).
   */
  capture?: CaptureLimits | false;
  /** What the read may cost; each field defaults to DEFAULT_READ_BUDGET's (docs/archive.md, "Budgets"). */
  budget?: Partial<ReadBudget>;
}

/** Limits on what one read may decompress and keep, against decompression bombs and entry floods. */
export interface ReadBudget {
  /** Uncompressed tar bytes of one layer (default 16 GiB). */
  maxLayerBytes: number;
  /** Uncompressed tar bytes of all layers of the read (default 32 GiB). */
  maxImageBytes: number;
  /** Uncompressed : compressed bytes of one layer, checked once past `ratioFloorBytes` (default 1000). */
  maxRatio: number;
  /** The ratio is not checked below this many uncompressed bytes (default 64 MiB). */
  ratioFloorBytes: number;
  /** Tar entries of all layers of the read (default 4,000,000). */
  maxEntries: number;
}

/** How much file content one read may keep in memory. */
export interface CaptureLimits {
  /** Files larger than this are never captured. */
  maxFileBytes: number;
  /** Once this many bytes are kept, capture stops (and the image gets a warning). */
  maxTotalBytes: number;
  /** Charged per captured file on top of its bytes (default CAPTURE_FILE_OVERHEAD, 128). */
  fileOverheadBytes?: number;
}
