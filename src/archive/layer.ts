/**
 * Scan one layer blob as it streams: detect compression by magic bytes, decompress, hash the tar
 * (diffID), parse its headers and keep only the compact per-entry index. Never buffers the layer.
 */
import { createHash } from 'node:crypto';
import * as zlib from 'node:zlib';
import { Decompress as FzstdDecompress } from 'fzstd';
import xxhash, { type XXHash } from 'xxhash-wasm';
import { OPAQUE_MARKER, WHITEOUT_META_PREFIX, WHITEOUT_PREFIX } from '../oci/constants.js';
import { ArchiveError, LayerlintError } from '../common/errors.js';
import { BLOCK, TarFormatError, TarParser, TYPE, isTarHeader, type TarHeader } from './tar.js';
import type { CaptureLimits, Compression, EntryKind, LayerEntry, LayerScan, ReadBudget } from './types.js';

// Magic numbers. gzip: RFC 1952 section 2.3.1; zstd: RFC 8878 section 3.1.1; ustar: POSIX pax "magic".
const GZIP_MAGIC = [0x1f, 0x8b] as const;
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd] as const;
const USTAR_MAGIC_OFFSET = 257;

/** Decompressor output and stream buffers: Node's 16K/64K defaults cost 2.5-4x here (docs/archive.md). */
export const IO_CHUNK = 1024 * 1024;

/**
 * Per-file content hash: XXH64 (seed 0) in WebAssembly, 16 hex digits. It only has to tell equal bytes
 * from different bytes of two same-size files at one path (LL "metadata-only rewrite"), so a
 * non-cryptographic 64-bit hash suffices (accidental match 2^-64 per compared pair); it is 4x cheaper
 * than native sha1 here (docs/archive.md). The diffID stays sha256.
 */
type XXHashApi = Awaited<ReturnType<typeof xxhash>>;
let xxh: XXHashApi | undefined;
// WebAssembly.instantiate is async: start it once at load, and let readImage await it before scanning
// (a top-level await would break tools that require() the sources, e.g. tsx in CommonJS mode).
const xxhLoading = (async () => {
  try {
    xxh = await xxhash();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new LayerlintError(
      `cannot start the content hash (XXH64 in WebAssembly): ${why}; is Node running with --jitless?`,
      { cause: e },
    );
  }
})();
xxhLoading.catch(() => undefined); // reported by contentHashReady(), not as an unhandled rejection

/** Resolves once the content hash can be computed; await it before creating a LayerScanner. */
export function contentHashReady(): Promise<void> {
  return xxhLoading;
}

function hashApi(): XXHashApi {
  if (!xxh) throw new Error('internal: LayerScanner used before contentHashReady() resolved');
  return xxh;
}
const hex64 = (h: bigint): string => h.toString(16).padStart(16, '0');
/** XXH64 (seed 0) of one buffer, as LayerEntry.hash has it. Only after contentHashReady(). */
export const contentHash = (b: Uint8Array): string => hex64(hashApi().h64Raw(b));
/** XXH64 of no bytes (the spec's test vector). */
export const EMPTY_CONTENT_HASH = 'ef46db3751d8e999';

/**
 * What one captured file costs besides its bytes: its Buffer object (about 100 bytes of heap on Node
 * 20, measured on 1M captured 7-byte files), charged against the total cap so that a layer of a
 * million tiny files cannot keep a million Buffers (issue 12 item 9).
 */
export const CAPTURE_FILE_OVERHEAD = 128;

/** No content capture (`ReadOptions.capture: false`). */
export const NO_CAPTURE: CaptureLimits = { maxFileBytes: 0, maxTotalBytes: 0 };

/** The default content capture: 64 KiB per file, 16 MiB per read (issue 11: secrets by content). */
export const DEFAULT_CAPTURE_LIMITS: CaptureLimits = {
  maxFileBytes: 64 * 1024,
  maxTotalBytes: 16 * 1024 * 1024,
};

/**
 * Trees that hold what packages install (code, data, docs, package databases, CA bundles): thousands
 * of small text files that are never a user's secret, and would exhaust the cap before the app's.
 */
const SYSTEM_TREES = [
  'bin/',
  'sbin/',
  'lib/',
  'lib32/',
  'lib64/',
  'libx32/',
  'usr/bin/',
  'usr/sbin/',
  'usr/lib/',
  'usr/lib32/',
  'usr/lib64/',
  'usr/libexec/',
  'usr/include/',
  'usr/share/',
  'usr/src/',
  'usr/local/lib/',
  'usr/local/include/',
  'usr/local/share/',
  'var/lib/dpkg/',
  'var/lib/apt/',
  'var/lib/rpm/',
  'var/cache/apt/',
  'etc/ssl/',
  'etc/pki/',
  'proc/',
  'sys/',
];
/** Third-party dependency trees: only their rc files (`.npmrc`, `.yarnrc.yml`) are captured. */
const DEPENDENCY_DIR = /(?:^|\/)(?:node_modules|site-packages|dist-packages|vendor)\//;
const RC_FILE = /(?:^|\/)\.[\w-]*rc(?:\.ya?ml|\.json)?$/;

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * What one read may cost (issue 12, items 4 and 9): a 381 KB zstd layer can expand to 10 GiB, and
 * every tar entry costs memory. See docs/archive.md, "Budgets".
 */
export const DEFAULT_READ_BUDGET: ReadBudget = {
  maxLayerBytes: 16 * GiB,
  maxImageBytes: 32 * GiB,
  maxRatio: 1000,
  ratioFloorBytes: 64 * MiB,
  maxEntries: 4_000_000,
};

/**
 * The decompression and entry budget of one read, shared by every layer scanner of it. Counts the
 * uncompressed tar bytes and the entries of all layers scanned so far.
 */
export class ReadLimiter {
  /** Uncompressed tar bytes of every layer scanned so far. */
  tarBytes = 0;
  /** Tar entries of every layer scanned so far. */
  entries = 0;
  readonly budget: ReadBudget;
  constructor(budget: Partial<ReadBudget> = {}) {
    this.budget = { ...DEFAULT_READ_BUDGET, ...budget };
  }
}

/** Is a regular file at `path` one whose bytes the reader keeps (when small and text)? */
export function isCaptureCandidate(path: string): boolean {
  for (const t of SYSTEM_TREES) if (path.startsWith(t)) return false;
  return !DEPENDENCY_DIR.test(path) || RC_FILE.test(path);
}

/**
 * The capture budget of one read, shared by every layer scanner of it. Space is reserved when a
 * file starts and given back when the file turns out to be binary, so the cap bounds memory.
 */
export class ContentCapture {
  private used = 0;
  /** Set once a candidate was refused for lack of room: later small files are not captured. */
  exhausted = false;
  constructor(
    readonly limits: CaptureLimits = DEFAULT_CAPTURE_LIMITS,
    /** The read's decompression and entry budget (it travels with the capture to every scanner). */
    readonly limiter: ReadLimiter = new ReadLimiter(),
  ) {}

  /** Reserve room for a file of `size` bytes at `path`; false when it is not captured. */
  reserve(path: string, size: number): boolean {
    if (this.exhausted || size <= 0 || size > this.limits.maxFileBytes || !isCaptureCandidate(path))
      return false;
    const cost = size + this.overhead;
    if (this.used + cost > this.limits.maxTotalBytes) {
      this.exhausted = true;
      return false;
    }
    this.used += cost;
    return true;
  }

  /** Give back a reservation (the file was binary or short). */
  release(size: number): void {
    this.used -= size + this.overhead;
  }

  private get overhead(): number {
    return this.limits.fileOverheadBytes ?? CAPTURE_FILE_OVERHEAD;
  }

  /** Bytes kept so far. */
  get bytes(): number {
    return this.used;
  }
}

/** What the first bytes of a member say it is. */
export type MemberKind = 'gzip' | 'zstd' | 'tar' | 'json' | 'other';

/** Classify a member by its first bytes (up to one tar block). `size` is the member's full size. */
export function sniff(head: Buffer, size: number): MemberKind {
  if (head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) return 'gzip';
  if (head.length >= 4 && ZSTD_MAGIC.every((b, i) => head[i] === b)) return 'zstd';
  if (size === 0) return 'tar'; // an empty blob: an empty layer
  if (
    head.length >= USTAR_MAGIC_OFFSET + 5 &&
    head.toString('latin1', USTAR_MAGIC_OFFSET, USTAR_MAGIC_OFFSET + 5) === 'ustar'
  ) {
    return 'tar';
  }
  if (head.length >= BLOCK && (isTarHeader(head) || head.subarray(0, BLOCK).every((b) => b === 0)))
    return 'tar';
  for (const b of head) {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue;
    return b === 0x7b || b === 0x5b ? 'json' : 'other';
  }
  return 'other';
}

/** Compression of a layer member kind; undefined when it is not a layer. */
export function layerCompression(kind: MemberKind): Compression | undefined {
  return kind === 'gzip' ? 'gzip' : kind === 'zstd' ? 'zstd' : kind === 'tar' ? 'none' : undefined;
}

/** Normalise a path inside an archive; undefined when it is unsafe (`..`, NUL). */
export function normalisePath(raw: string): string | undefined {
  if (raw.includes('\0')) return undefined;
  const out: string[] = [];
  for (const seg of raw.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') return undefined;
    out.push(seg);
  }
  return out.join('/');
}

interface Decoder {
  /** Returns false when the caller should wait for `drain()` before writing more. */
  write(chunk: Buffer): boolean;
  drain(): Promise<void>;
  end(): Promise<void>;
}

/**
 * Node >= 22.15 / 23.8 ships zstd in zlib, but before Node 24 its decoder accepts a truncated
 * frame without an error; so zlib's zstd is used from Node 24 on, and fzstd (pure JS) before.
 */
type ZstdFactory = (opts: zlib.ZlibOptions) => zlib.Gunzip;
const NATIVE_ZSTD_MIN_MAJOR = 24;
// @types/node 20 does not declare it, so probe for it rather than import it.
const nativeZstd =
  'createZstdDecompress' in zlib && Number(process.versions.node.split('.')[0]) >= NATIVE_ZSTD_MIN_MAJOR
    ? (zlib.createZstdDecompress as ZstdFactory)
    : undefined;

/** Which zstd decoder this Node uses; overridable for tests of the fallback. */
export const zstdDecoder = { native: typeof nativeZstd === 'function' };

/** `stopped()` turns true once the scanner failed (a budget crossed): decoding stops there. */
function zlibDecoder(
  z: zlib.Gunzip,
  onData: (b: Buffer) => void,
  onError: (e: Error) => void,
  stopped: () => boolean,
): Decoder {
  let failed = false;
  const done = new Promise<void>((resolve) => {
    z.on('data', (b: Buffer) => {
      if (failed) return;
      onData(b);
      if (stopped()) {
        failed = true;
        z.destroy(); // a bomb: do not inflate the rest
      }
    });
    z.on('end', () => {
      resolve();
    });
    z.on('error', (e: Error) => {
      failed = true;
      onError(e);
      resolve();
    });
    z.on('close', () => {
      resolve();
    });
  });
  return {
    write: (chunk) => (failed ? true : z.write(chunk)),
    drain: () =>
      failed || !z.writableNeedDrain
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const ok = (): void => {
              z.off('drain', ok);
              z.off('close', ok);
              resolve();
            };
            z.on('drain', ok);
            z.on('close', ok);
          }),
    end: () => {
      if (!failed) z.end();
      return done;
    },
  };
}

/**
 * fzstd decodes each push synchronously, to the end: fed 64 KiB at a time, a bomb is caught after about
 * 64 MiB of output (the ratio floor) instead of after 1000x a 1 MiB read.
 */
const FZSTD_PUSH = 64 * 1024;

/** Thrown from fzstd's output callback to abandon the rest of a push once the scanner failed. */
const STOP = new Error('stopped');

function fzstdDecoder(
  onData: (b: Buffer) => void,
  onError: (e: Error) => void,
  stopped: () => boolean,
): Decoder {
  let failed = false;
  const d = new FzstdDecompress((data) => {
    if (failed) return;
    onData(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    if (stopped()) throw STOP; // fzstd decodes a whole push at once: a 381 KB push can be 10 GiB
  });
  const guard = (f: () => void): void => {
    if (failed) return;
    try {
      f();
    } catch (e) {
      failed = true;
      if (e !== STOP) onError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  let ended = false;
  return {
    write: (chunk) => {
      guard(() => {
        d.push(chunk);
      });
      return true;
    },
    drain: () => Promise.resolve(),
    end: () => {
      guard(() => {
        ended = false;
        d.push(new Uint8Array(0), true);
        ended = true;
      });
      if (!failed && !ended) onError(new Error('unexpected end of zstd data'));
      return Promise.resolve();
    },
  };
}

/**
 * Streams one layer blob. `write` the blob bytes in order, await `drain()` when asked, then `finish()`.
 * Errors (corrupt compression, bad tar) become ArchiveErrors naming `file` and `member`.
 */
export class LayerScanner {
  private readonly sha = createHash('sha256');
  private tarBytes = 0;
  private blobBytes = 0;
  private readonly entries: LayerEntry[] = [];
  private ignored = 0;
  private readonly parser: TarParser;
  private readonly decoder: Decoder | undefined;
  private error: ArchiveError | undefined;
  private needDrain = false;
  private readonly limiter: ReadLimiter;
  /** Feed the decoder FZSTD_PUSH bytes at a time (fzstd). */
  private piecewise = false;
  // Current regular file being hashed: its header and path (its entry is made at its end).
  private fileHeader: TarHeader | undefined;
  private filePath = '';
  /** The one-shot hash of a file whose bytes came in one chunk. */
  private fileDigest: string | undefined;
  private fileHash: XXHash<bigint> | undefined;
  private fileSeen = 0;
  // Bytes of the current file being captured (its exact size, filled in place), when it is a candidate.
  private fileBytes: Buffer | undefined;

  constructor(
    private readonly file: string,
    private readonly member: string,
    readonly compression: Compression,
    private readonly capture?: ContentCapture,
  ) {
    hashApi(); // fail at once, not at the first file
    this.limiter = capture?.limiter ?? new ReadLimiter();
    this.parser = new TarParser({
      onEntry: (h) => {
        this.onEntry(h);
      },
      onData: (b) => {
        this.onFileData(b);
      },
      onEntryEnd: () => {
        this.onEntryEnd();
      },
    });
    const onTar = (b: Buffer): void => {
      this.onTar(b);
    };
    const onError = (e: Error): void => {
      this.fail(`corrupt ${compression} data: ${e.message}`, undefined, e);
    };
    const stopped = (): boolean => this.error !== undefined;
    this.piecewise = compression === 'zstd' && !(zstdDecoder.native && nativeZstd);
    if (compression === 'gzip') {
      this.decoder = zlibDecoder(zlib.createGunzip({ chunkSize: IO_CHUNK }), onTar, onError, stopped);
    } else if (compression === 'zstd') {
      this.decoder =
        zstdDecoder.native && nativeZstd
          ? zlibDecoder(nativeZstd({ chunkSize: IO_CHUNK }), onTar, onError, stopped)
          : fzstdDecoder(onTar, onError, stopped);
    }
  }

  /** Feed the next bytes of the blob as stored. */
  write(chunk: Buffer): void {
    if (this.error) return;
    if (this.piecewise && chunk.length > FZSTD_PUSH) {
      // fzstd decodes a push at once, so the ratio check sees the input in pieces it has decoded (each
      // call returns at once after an error).
      for (let i = 0; i < chunk.length; i += FZSTD_PUSH) this.write(chunk.subarray(i, i + FZSTD_PUSH));
      return;
    }
    this.blobBytes += chunk.length;
    if (this.decoder) {
      if (!this.decoder.write(chunk)) this.needDrain = true;
    } else this.onTar(chunk);
  }

  /** Resolves when the decompressor has room again (backpressure); never rejects. */
  drain(): Promise<void> | undefined {
    if (!this.needDrain || !this.decoder) return undefined;
    this.needDrain = false;
    return this.decoder.drain();
  }

  /** End of the blob: flush the decompressor and return the scan, or throw its ArchiveError. */
  async finish(): Promise<LayerScan> {
    if (this.decoder) await this.decoder.end();
    if (!this.error) {
      try {
        this.parser.end();
      } catch (e) {
        this.tarFail(e);
      }
    }
    if (this.error) throw this.error;
    const scan: LayerScan = {
      diffId: `sha256:${this.sha.digest('hex')}`,
      tarBytes: this.tarBytes,
      blobBytes: this.blobBytes,
      compression: this.compression,
      entries: this.entries,
    };
    if (this.ignored > 0) scan.ignoredEntries = this.ignored;
    return scan;
  }

  private onTar(b: Buffer): void {
    if (this.error) return;
    this.tarBytes += b.length;
    this.limiter.tarBytes += b.length;
    if (this.overBudget()) return;
    this.sha.update(b);
    if (this.parser.ended) return;
    try {
      this.parser.push(b);
    } catch (e) {
      this.tarFail(e);
    }
  }

  /** Stop a decompression bomb as soon as it crosses a line; true once failed. */
  private overBudget(): boolean {
    const b = this.limiter.budget;
    let problem: string | undefined;
    if (this.tarBytes > b.maxLayerBytes) {
      problem = `layer expands to more than ${String(b.maxLayerBytes)} bytes (maxLayerBytes)`;
    } else if (this.limiter.tarBytes > b.maxImageBytes) {
      problem = `reading this layer takes the image's layers past ${String(b.maxImageBytes)} uncompressed bytes (maxImageBytes, --max-uncompressed-size)`;
    } else if (
      this.compression !== 'none' &&
      this.tarBytes > b.ratioFloorBytes &&
      this.tarBytes > b.maxRatio * this.blobBytes
    ) {
      problem =
        `layer expands more than ${String(b.maxRatio)}:1 (${String(this.blobBytes)} ${this.compression} bytes to ` +
        `over ${String(this.tarBytes)}; maxRatio, --max-compression-ratio): a decompression bomb?`;
    }
    if (problem === undefined) return false;
    this.error ??= new ArchiveError(this.file, problem, this.member);
    return true;
  }

  private tarFail(e: unknown): void {
    if (e instanceof ArchiveError) {
      this.error ??= e;
    } else if (e instanceof TarFormatError) {
      this.fail(e.entry ? `${e.entry}: ${e.problem}` : e.problem, e.offset, e);
    } else throw e;
  }

  private fail(problem: string, offset?: number, cause?: unknown): void {
    this.error ??= new ArchiveError(this.file, `layer: ${problem}`, this.member, offset, { cause });
  }

  private onEntry(h: TarHeader): void {
    const path = normalisePath(h.name);
    if (path === undefined) {
      throw new ArchiveError(
        this.file,
        `layer entry ${JSON.stringify(h.name)} has an unsafe path (.. or NUL)`,
        this.member,
        h.offset,
      );
    }
    let kind: EntryKind;
    let linkname: string | undefined;
    switch (h.type) {
      case TYPE.file:
      case TYPE.oldFile:
      case TYPE.contiguous:
      case TYPE.gnuSparse:
        kind = 'file';
        break;
      case TYPE.dir:
        kind = 'dir';
        break;
      case TYPE.symlink:
        kind = 'symlink';
        linkname = h.linkname;
        break;
      case TYPE.hardlink: {
        kind = 'hardlink';
        const target = normalisePath(h.linkname);
        if (target === undefined) {
          throw new ArchiveError(
            this.file,
            `hardlink ${path} has an unsafe target ${JSON.stringify(h.linkname)}`,
            this.member,
            h.offset,
          );
        }
        linkname = target;
        break;
      }
      default:
        kind = 'other';
    }
    const slash = path.lastIndexOf('/');
    const base = slash < 0 ? path : path.slice(slash + 1);
    let entryPath = path;
    if (base.startsWith(WHITEOUT_PREFIX)) {
      const dir = slash < 0 ? '' : path.slice(0, slash);
      if (base === OPAQUE_MARKER) {
        kind = 'opaque';
        entryPath = dir;
      } else if (base.startsWith(WHITEOUT_META_PREFIX)) {
        this.ignored++; // other .wh..wh.* names are ignored (OCI image-spec, layer.md)
        return;
      } else {
        kind = 'whiteout';
        entryPath = dir ? `${dir}/${base.slice(WHITEOUT_PREFIX.length)}` : base.slice(WHITEOUT_PREFIX.length);
        linkname = undefined;
      }
    }
    if (++this.limiter.entries > this.limiter.budget.maxEntries) {
      throw new ArchiveError(
        this.file,
        `the image has more than ${String(this.limiter.budget.maxEntries)} tar entries (maxEntries)`,
        this.member,
        h.offset,
      );
    }
    if (kind === 'file' && h.size > 0 && h.hasData) {
      // The entry is made once its hash (and captured bytes) are known, so that every field is in the
      // object literal: a field added later moves to a separate property array (issue 12 item 9).
      this.fileHeader = h;
      this.filePath = entryPath;
      this.fileSeen = 0;
      if (this.capture?.reserve(entryPath, h.size)) this.fileBytes = Buffer.allocUnsafe(h.size);
      return;
    }
    const { size, mode, uid, gid, mtime } = h;
    this.entries.push(
      kind === 'file'
        ? { path: entryPath, kind, size, mode, uid, gid, mtime, hash: EMPTY_CONTENT_HASH }
        : linkname === undefined
          ? { path: entryPath, kind, size, mode, uid, gid, mtime }
          : { path: entryPath, kind, size, mode, uid, gid, mtime, linkname },
    );
  }

  /** Copy a chunk of the current file into its capture buffer; drop the capture at a NUL (binary). */
  private captureChunk(b: Buffer, at: number): void {
    const buf = this.fileBytes;
    if (!buf) return;
    if (b.includes(0) || at + b.length > buf.length) {
      this.dropCapture();
      return;
    }
    b.copy(buf, at);
  }

  private dropCapture(): void {
    if (this.fileBytes) this.capture?.release(this.fileBytes.length);
    this.fileBytes = undefined;
  }

  private onFileData(b: Buffer): void {
    const h = this.fileHeader;
    if (!h) return; // data of a whiteout or an 'other' entry
    this.captureChunk(b, this.fileSeen);
    if (this.fileHash === undefined && this.fileSeen === 0 && b.length === h.size) {
      this.fileDigest = contentHash(b);
      this.fileSeen = b.length;
      return;
    }
    this.fileHash ??= hashApi().create64();
    this.fileHash.update(b);
    this.fileSeen += b.length;
  }

  private onEntryEnd(): void {
    const h = this.fileHeader;
    if (!h) return;
    let content: Buffer | undefined;
    if (this.fileBytes) {
      if (this.fileSeen === this.fileBytes.length) content = this.fileBytes;
      else this.dropCapture(); // a short (sparse) body: not the file's bytes
      this.fileBytes = undefined;
    }
    const hash = this.fileHash ? hex64(this.fileHash.digest()) : this.fileDigest;
    const { size, mode, uid, gid, mtime } = h;
    const path = this.filePath;
    this.entries.push(
      hash === undefined // no byte of the body arrived (a sparse entry): no hash, as before
        ? { path, kind: 'file', size, mode, uid, gid, mtime }
        : content === undefined
          ? { path, kind: 'file', size, mode, uid, gid, mtime, hash }
          : { path, kind: 'file', size, mode, uid, gid, mtime, hash, content },
    );
    this.fileHash = undefined;
    this.fileDigest = undefined;
    this.fileHeader = undefined;
  }
}
