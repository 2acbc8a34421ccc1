/**
 * Member stores: the three ways the format assembler can reach an archive's members.
 * - StreamStore: one pass over a tar stream; layers are scanned as they go by, JSON kept whole.
 * - TarFileStore: random access into a tar file on disk; only the needed members are read.
 * - DirStore: an OCI layout directory.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, open, readFile, readlink } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Readable } from 'node:stream';
import { MAX_JSON_BYTES } from '../oci/constants.js';
import { ArchiveError } from '../common/errors.js';
import { IO_CHUNK, LayerScanner, layerCompression, normalisePath, sniff } from './layer.js';
import { BLOCK, TYPE, TarFormatError, TarParser, type TarHeader } from './tar.js';
import type { LayerScan } from './types.js';

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

/** Follows member links (symlinks resolve relative to the link's directory). */
class LinkTable {
  readonly links = new Map<string, string>();

  add(file: string, h: TarHeader, path: string): void {
    const raw = h.type === TYPE.symlink ? posix.join(posix.dirname(path), h.linkname) : h.linkname;
    const target =
      raw.startsWith('/') || raw.startsWith('../') || raw === '..' ? undefined : normalisePath(raw);
    if (target === undefined) {
      throw new ArchiveError(
        file,
        `link target ${JSON.stringify(h.linkname)} escapes the archive`,
        path,
        h.offset,
      );
    }
    this.links.set(path, target);
  }

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

function parseJson(file: string, path: string, what: string, bytes: Buffer): JsonMember {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new ArchiveError(
      file,
      `${what} is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
      path,
    );
  }
  return { value, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
}

function checkMemberName(file: string, h: TarHeader): string {
  if (h.name.includes('\0') || h.name.startsWith('/')) {
    throw new ArchiveError(
      file,
      `unsafe member name ${JSON.stringify(h.name)} (absolute path or NUL)`,
      undefined,
      h.offset,
    );
  }
  const path = normalisePath(h.name);
  if (path === undefined) {
    throw new ArchiveError(
      file,
      `unsafe member name ${JSON.stringify(h.name)} (.. component)`,
      undefined,
      h.offset,
    );
  }
  return path;
}

function wrapTar(file: string, e: unknown, member?: string): never {
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

type Slot =
  | { kind: 'json'; bytes: Buffer }
  | { kind: 'big-json'; size: number }
  | { kind: 'other' }
  | { kind: 'layer'; scan: Promise<LayerScan> };

/** Per-member sink while streaming: sniff the first block, then route to a scanner or a JSON buffer. */
interface Active {
  path: string;
  size: number;
  head: Buffer[];
  headLen: number;
  routed?: 'json' | 'skip' | LayerScanner;
  json?: Buffer[];
}

/**
 * Read a whole tar stream once. Layer members are scanned as they stream by; JSON members are kept.
 * Returns a store for the assembler. Throws ArchiveError for a malformed outer tar.
 */
export async function scanStream(
  input: AsyncIterable<Buffer>,
  file: string,
  onProgress?: (p: { bytes: number; layers: number }) => void,
): Promise<MemberStore> {
  const slots = new Map<string, Slot>();
  const links = new LinkTable();
  let active: Active | undefined;
  const draining: Promise<void>[] = [];
  let bytes = 0;
  let layers = 0;

  const route = (a: Active): void => {
    const head = Buffer.concat(a.head, a.headLen);
    a.head = [];
    const kind = sniff(head, a.size);
    const compression = layerCompression(kind);
    if (compression !== undefined) {
      const scanner = new LayerScanner(file, a.path, compression);
      a.routed = scanner;
      if (head.length > 0) scanner.write(head);
    } else if (kind === 'json') {
      if (a.size > MAX_JSON_BYTES) {
        slots.set(a.path, { kind: 'big-json', size: a.size });
        a.routed = 'skip';
      } else {
        a.routed = 'json';
        a.json = [head];
      }
    } else {
      slots.set(a.path, { kind: 'other' });
      a.routed = 'skip';
    }
  };

  const parser = new TarParser({
    onEntry(h) {
      const path = checkMemberName(file, h);
      if (h.type === TYPE.symlink || h.type === TYPE.hardlink) {
        links.add(file, h, path);
        return;
      }
      if (!h.hasData || h.type === TYPE.dir || h.type === TYPE.paxHeader) return;
      active = { path, size: h.size, head: [], headLen: 0 };
      if (h.size === 0) route(active);
    },
    onData(chunk) {
      const a = active;
      if (!a) return;
      if (a.routed === undefined) {
        const want = Math.min(BLOCK, a.size) - a.headLen;
        if (chunk.length < want) {
          a.head.push(chunk);
          a.headLen += chunk.length;
          return;
        }
        a.head.push(chunk.subarray(0, want));
        a.headLen += want;
        route(a);
        chunk = chunk.subarray(want);
        if (chunk.length === 0) return;
      }
      if (a.routed instanceof LayerScanner) {
        a.routed.write(chunk);
        const d = a.routed.drain();
        if (d) draining.push(d);
      } else if (a.routed === 'json') a.json?.push(chunk);
    },
    onEntryEnd() {
      const a = active;
      active = undefined;
      if (!a) return;
      if (a.routed === undefined) route(a);
      if (a.routed instanceof LayerScanner) {
        const scan = a.routed.finish().then((s) => {
          layers++;
          onProgress?.({ bytes, layers });
          return s;
        });
        scan.catch(() => undefined); // surfaced when the layer is needed
        slots.set(a.path, { kind: 'layer', scan });
      } else if (a.routed === 'json' && a.json) {
        slots.set(a.path, { kind: 'json', bytes: Buffer.concat(a.json) });
      }
    },
  });

  try {
    for await (const chunk of input) {
      bytes += chunk.length;
      parser.push(chunk);
      if (draining.length > 0) {
        await Promise.all(draining);
        draining.length = 0;
      }
      onProgress?.({ bytes, layers });
    }
    parser.end();
  } catch (e) {
    wrapTar(file, e, active?.path);
  }
  if (!parser.ended && bytes === 0) throw new ArchiveError(file, 'empty input: not a tar archive');
  links.check(file);
  return new StreamStore(file, slots, links);
}

class StreamStore implements MemberStore {
  warnings: string[] = [];
  constructor(
    readonly file: string,
    private readonly slots: Map<string, Slot>,
    private readonly links: LinkTable,
  ) {}

  has(path: string): boolean {
    return this.slots.has(this.links.resolve(this.file, path));
  }

  isLink(path: string): boolean {
    return this.links.links.has(path);
  }

  hasLinks(): boolean {
    return this.links.links.size > 0;
  }

  async json(path: string, what: string): Promise<JsonMember> {
    const real = this.links.resolve(this.file, path);
    const slot = this.slots.get(real);
    if (!slot) throw new ArchiveError(this.file, `${what} is missing from the archive`, path);
    if (slot.kind === 'big-json') {
      throw new ArchiveError(
        this.file,
        `${what} is ${slot.size} bytes, over the ${MAX_JSON_BYTES}-byte JSON cap`,
        path,
      );
    }
    if (slot.kind !== 'json')
      throw new ArchiveError(this.file, `${what} is not valid JSON (it does not start with { or [)`, path);
    return parseJson(this.file, path, what, slot.bytes);
  }

  async layer(path: string, what: string): Promise<LayerScan> {
    const real = this.links.resolve(this.file, path);
    const slot = this.slots.get(real);
    if (!slot) throw new ArchiveError(this.file, `${what} is missing from the archive`, path);
    if (slot.kind !== 'layer') {
      throw new ArchiveError(
        this.file,
        `${what} is not a layer (neither tar, gzip nor zstd by its magic bytes)`,
        path,
      );
    }
    return slot.scan;
  }
}

/** Bytes and layers read so far by a random-access store, reported through `onProgress`. */
export class Progress {
  private bytes = 0;
  private layers = 0;
  constructor(private readonly onProgress?: (p: { bytes: number; layers: number }) => void) {}
  add(bytes: number, layers = 0): void {
    this.bytes += bytes;
    this.layers += layers;
    this.onProgress?.({ bytes: this.bytes, layers: this.layers });
  }
}

/** Feed a readable into a scanner with backpressure; returns the scan. */
async function scanReadable(
  stream: AsyncIterable<Buffer>,
  file: string,
  path: string,
  size: number,
  what: string,
  progress?: Progress,
): Promise<LayerScan> {
  const notLayer = (): ArchiveError =>
    new ArchiveError(file, `${what} is not a layer (neither tar, gzip nor zstd by its magic bytes)`, path);
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
      if (compression === undefined) throw notLayer();
      scanner = new LayerScanner(file, path, compression);
      scanner.write(first);
    } else scanner.write(chunk);
    const d = scanner.drain();
    if (d) await d;
  }
  if (!scanner) {
    if (size === 0 || headLen === 0) scanner = new LayerScanner(file, path, 'none');
    else {
      const compression = layerCompression(sniff(Buffer.concat(head, headLen), size));
      if (compression === undefined) throw notLayer();
      scanner = new LayerScanner(file, path, compression);
      scanner.write(Buffer.concat(head, headLen));
    }
  }
  const scan = await scanner.finish();
  progress?.add(0, 1);
  return scan;
}

interface Located {
  offset: number;
  size: number;
}

/**
 * Random access into a tar file on disk: index the headers (skipping data with seeks), then read only
 * the members the manifest needs.
 */
export async function indexTarFile(path: string, file: string, progress?: Progress): Promise<MemberStore> {
  const fh = await open(path, 'r');
  try {
    const { size: total } = await fh.stat();
    const members = new Map<string, Located>();
    const links = new LinkTable();
    let pos = 0;
    const parser = new TarParser({
      onEntry(h) {
        const p = checkMemberName(file, h);
        if (h.type === TYPE.symlink || h.type === TYPE.hardlink) links.add(file, h, p);
        else if (h.hasData && h.type !== TYPE.dir) {
          const left = total - (h.offset + BLOCK);
          if (h.size > left) {
            throw new ArchiveError(
              file,
              `truncated: declared size ${h.size} exceeds the ${left} bytes left in the archive`,
              p,
              h.offset,
            );
          }
          members.set(p, { offset: h.offset + BLOCK, size: h.size });
        }
      },
      onData() {},
      onEntryEnd() {},
    });
    const block = Buffer.alloc(BLOCK);
    try {
      while (pos < total && !parser.ended) {
        const { bytesRead } = await fh.read(block, 0, BLOCK, pos);
        if (bytesRead === 0) break;
        parser.push(bytesRead === BLOCK ? block : block.subarray(0, bytesRead));
        pos += bytesRead;
        // Entry data is never read here: seek over it (and its padding).
        if (parser.bodyRemaining > 0) pos += parser.skipBody();
      }
      parser.end();
    } catch (e) {
      wrapTar(file, e);
    }
    if (members.size === 0 && links.links.size === 0)
      throw new ArchiveError(file, 'empty tar archive: no members');
    links.check(file);
    return new TarFileStore(file, path, members, links, progress);
  } finally {
    await fh.close();
  }
}

class TarFileStore implements MemberStore {
  warnings: string[] = [];
  private readonly scans = new Map<string, Promise<LayerScan>>();
  constructor(
    readonly file: string,
    private readonly path: string,
    private readonly members: Map<string, Located>,
    private readonly links: LinkTable,
    private readonly progress?: Progress,
  ) {}

  has(p: string): boolean {
    return this.members.has(this.links.resolve(this.file, p));
  }

  isLink(p: string): boolean {
    return this.links.links.has(p);
  }

  hasLinks(): boolean {
    return this.links.links.size > 0;
  }

  private locate(p: string, what: string): Located {
    const m = this.members.get(this.links.resolve(this.file, p));
    if (!m) throw new ArchiveError(this.file, `${what} is missing from the archive`, p);
    return m;
  }

  async json(p: string, what: string): Promise<JsonMember> {
    const m = this.locate(p, what);
    if (m.size > MAX_JSON_BYTES) {
      throw new ArchiveError(
        this.file,
        `${what} is ${m.size} bytes, over the ${MAX_JSON_BYTES}-byte JSON cap`,
        p,
      );
    }
    const fh = await open(this.path, 'r');
    try {
      const buf = Buffer.alloc(m.size);
      await fh.read(buf, 0, m.size, m.offset);
      return parseJson(this.file, p, what, buf);
    } finally {
      await fh.close();
    }
  }

  layer(p: string, what: string): Promise<LayerScan> {
    const real = this.links.resolve(this.file, p);
    let scan = this.scans.get(real);
    if (!scan) {
      const m = this.locate(p, what);
      const stream: Readable =
        m.size === 0
          ? ((async function* () {})() as unknown as Readable)
          : createReadStream(this.path, {
              start: m.offset,
              end: m.offset + m.size - 1,
              highWaterMark: IO_CHUNK,
            });
      scan = scanReadable(stream as AsyncIterable<Buffer>, this.file, p, m.size, what, this.progress);
      this.scans.set(real, scan);
    }
    return scan;
  }
}

/** An OCI image layout directory (https://github.com/opencontainers/image-spec/blob/main/image-layout.md). */
export class DirStore implements MemberStore {
  warnings: string[] = [];
  private readonly scans = new Map<string, Promise<LayerScan>>();
  constructor(
    readonly file: string,
    private readonly dir: string,
    private readonly progress?: Progress,
  ) {}

  private resolve(p: string): string {
    const n = normalisePath(p);
    if (n === undefined || p.startsWith('/'))
      throw new ArchiveError(this.file, `unsafe path ${JSON.stringify(p)}`);
    return join(this.dir, n);
  }

  async has(p: string): Promise<boolean> {
    try {
      return (await lstat(this.resolve(p))).isFile() || (await readlink(this.resolve(p)).then(() => true));
    } catch {
      return false;
    }
  }

  isLink(): boolean {
    return false;
  }

  hasLinks(): boolean {
    return false;
  }

  async json(p: string, what: string): Promise<JsonMember> {
    const full = this.resolve(p);
    let size: number;
    try {
      size = (await lstat(full)).size;
    } catch {
      throw new ArchiveError(this.file, `${what} is missing from the layout`, p);
    }
    if (size > MAX_JSON_BYTES) {
      throw new ArchiveError(
        this.file,
        `${what} is ${size} bytes, over the ${MAX_JSON_BYTES}-byte JSON cap`,
        p,
      );
    }
    return parseJson(this.file, p, what, await readFile(full));
  }

  layer(p: string, what: string): Promise<LayerScan> {
    let scan = this.scans.get(p);
    if (!scan) {
      const full = this.resolve(p);
      scan = lstat(full).then(
        (st) =>
          scanReadable(
            createReadStream(full, { highWaterMark: IO_CHUNK }),
            this.file,
            p,
            st.size,
            what,
            this.progress,
          ),
        () => {
          throw new ArchiveError(this.file, `${what} is missing from the layout`, p);
        },
      );
      this.scans.set(p, scan);
    }
    return scan;
  }
}
