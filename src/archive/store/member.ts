/**
 * What every member store shares: the MemberStore interface the format assembler reads through, the
 * JSON cap, member-name and link checks, tar error wrapping, progress, and the layer feed.
 * The stores themselves: stream.ts (one pass over a tar stream), tar-file.ts (random access into a
 * tar file on disk), dir.ts (an OCI layout directory).
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { ArchiveError } from '../../common/errors.js';
import { LayerScanner, layerCompression, normalisePath, sniff, type ContentCapture } from '../layer.js';
import { MAX_JSON_BYTES, pathPreview } from '../limits.js';
import { BLOCK, TYPE, TarFormatError, type TarHeader } from '../tar.js';
import type { LayerScan } from '../types.js';

export { MAX_JSON_BYTES };

/** A JSON member, parsed, with the sha256 of its bytes. */
export interface JsonMember {
  value: unknown;
  digest: string;
}

/** What the format assembler needs from an archive, whichever way it is read. */
export interface MemberStore {
  /** Archive name for error messages. */
  readonly file: string;
  has(path: string): boolean | Promise<boolean>;
  /** Is the member a tar link (symlink or hardlink) to another member? */
  isLink(path: string): boolean;
  /** Does the archive hold any member links (skopeo's docker-archive does)? */
  hasLinks(): boolean;
  /** Read a JSON member (capped at MAX_JSON_BYTES). `what` names it in errors. */
  json(path: string, what: string): Promise<JsonMember>;
  /** Scan a layer member (once; repeated calls share the result). */
  layer(path: string, what: string): Promise<LayerScan>;
  warnings: string[];
}

/** Called with the bytes and layers read so far. */
export type OnProgress = (p: { bytes: number; layers: number }) => void;

/** Follows member links (symlinks resolve relative to the link's directory). */
export class LinkTable {
  readonly links = new Map<string, string>();

  /** Record the link `h` at `path`; throws when its target leaves the archive. */
  add(file: string, h: TarHeader, path: string): void {
    const raw = h.type === TYPE.symlink ? posix.join(posix.dirname(path), h.linkname) : h.linkname;
    const target =
      raw.startsWith('/') || raw.startsWith('../') || raw === '..' ? undefined : normalisePath(raw);
    if (target === undefined) {
      throw new ArchiveError(
        file,
        `link target ${pathPreview(h.linkname)} escapes the archive`,
        path,
        h.offset,
      );
    }
    this.links.set(path, target);
  }

  /** The member `path` ends at after following links. */
  resolve(file: string, path: string): string {
    const seen: string[] = [];
    let p = path;
    for (;;) {
      const next = this.links.get(p);
      if (next === undefined) return p;
      if (seen.includes(p)) {
        throw new ArchiveError(file, `member link loop: ${[...seen, p].join(' -> ')}`, path);
      }
      seen.push(p);
      p = next;
    }
  }

  /** Every link must end at a non-link: a loop anywhere is a malformed archive. */
  check(file: string): void {
    for (const p of this.links.keys()) this.resolve(file, p);
  }
}

/** The error for a member that sniffs as neither tar, gzip nor zstd where a layer is expected. */
export function notLayer(file: string, path: string, what: string): ArchiveError {
  return new ArchiveError(
    file,
    `${what} is not a layer (neither tar, gzip nor zstd by its magic bytes)`,
    path,
  );
}

/** The error for a JSON member over MAX_JSON_BYTES. */
export function jsonTooBig(file: string, path: string, what: string, size: number): ArchiveError {
  return new ArchiveError(file, `${what} is ${size} bytes, over the ${MAX_JSON_BYTES}-byte JSON cap`, path);
}

/** Parse a JSON member's bytes and digest them; throws ArchiveError naming `what` when invalid. */
export function parseJson(file: string, path: string, what: string, bytes: Buffer): JsonMember {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    // V8's message quotes the text around the error: never echo a member's bytes (it may be a
    // secret a hostile layout links to), only where parsing stopped.
    const at = e instanceof Error ? /at position (\d+)/.exec(e.message)?.[1] : undefined;
    const end = e instanceof Error && /end of JSON input/.test(e.message);
    const where = at !== undefined ? ` (syntax error at character ${at})` : end ? ' (it ends early)' : '';
    throw new ArchiveError(file, `${what} is not valid JSON${where}`, path);
  }
  return { value, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
}

/** The normalised path of an outer tar member; throws for absolute, NUL or `..` names. */
export function checkMemberName(file: string, h: TarHeader): string {
  if (h.name.includes('\0') || h.name.startsWith('/')) {
    throw new ArchiveError(
      file,
      `unsafe member name ${pathPreview(h.name)} (absolute path or NUL)`,
      undefined,
      h.offset,
    );
  }
  const path = normalisePath(h.name);
  if (path === undefined) {
    throw new ArchiveError(
      file,
      `unsafe member name ${pathPreview(h.name)} (.. component)`,
      undefined,
      h.offset,
    );
  }
  return path;
}

/** Rethrow an outer tar's format error as an ArchiveError; other errors pass through. */
export function wrapTar(file: string, e: unknown, member?: string): never {
  if (e instanceof TarFormatError && e.offset === 0 && /checksum/.test(e.problem)) {
    throw new ArchiveError(file, `not a tar archive (${e.problem} at offset 0)`, undefined, undefined, {
      cause: e,
    });
  }
  if (e instanceof TarFormatError) {
    throw new ArchiveError(file, e.problem, e.entry ?? member, e.offset, { cause: e });
  }
  throw e;
}

/** Bytes and layers read so far by a random-access store, reported through `onProgress`. */
export class Progress {
  private bytes = 0;
  private layers = 0;
  constructor(private readonly onProgress?: OnProgress) {}
  /** Count `bytes` more read and `layers` more scanned. */
  add(bytes: number, layers = 0): void {
    this.bytes += bytes;
    this.layers += layers;
    this.onProgress?.({ bytes: this.bytes, layers: this.layers });
  }
}

/** Feed a member's bytes into a scanner with backpressure; returns the scan. */
export async function scanReadable(
  stream: AsyncIterable<Buffer>,
  file: string,
  path: string,
  size: number,
  what: string,
  progress?: Progress,
  capture?: ContentCapture,
): Promise<LayerScan> {
  let scanner: LayerScanner | undefined;
  const head: Buffer[] = [];
  let headLen = 0;
  const want = Math.min(BLOCK, size);
  for await (const chunk of stream) {
    progress?.add(chunk.length);
    if (!scanner) {
      head.push(chunk);
      headLen += chunk.length;
      if (headLen < want) continue;
      const first = Buffer.concat(head, headLen);
      const compression = layerCompression(sniff(first, size));
      if (compression === undefined) throw notLayer(file, path, what);
      scanner = new LayerScanner(file, path, compression, capture);
      scanner.write(first);
    } else scanner.write(chunk);
    const d = scanner.drain();
    if (d) await d;
  }
  if (!scanner) {
    if (size === 0 || headLen === 0) scanner = new LayerScanner(file, path, 'none', capture);
    else {
      const compression = layerCompression(sniff(Buffer.concat(head, headLen), size));
      if (compression === undefined) throw notLayer(file, path, what);
      scanner = new LayerScanner(file, path, compression, capture);
      scanner.write(Buffer.concat(head, headLen));
    }
  }
  const scan = await scanner.finish();
  progress?.add(0, 1);
  return scan;
}
