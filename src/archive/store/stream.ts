/** One pass over a tar stream: layers are scanned as they go by, JSON members are kept whole. */
import { ArchiveError } from '../../common/errors.js';
import { LayerScanner, layerCompression, sniff, type ContentCapture } from '../layer.js';
import { MAX_JSON_BYTES, STREAM_ENTRY_BUDGET, STREAM_JSON_BUDGET } from '../limits.js';
import { BLOCK, TYPE, TarParser } from '../tar.js';
import type { LayerScan } from '../types.js';
import {
  LinkTable,
  checkMemberName,
  jsonTooBig,
  notLayer,
  parseJson,
  wrapTar,
  type JsonMember,
  type MemberStore,
  type OnProgress,
} from './member.js';

/** What one streamed archive may keep in memory (STREAM_LIMITS unless a test says otherwise). */
export interface StreamLimits {
  /** Bytes of JSON members kept, summed over the archive. */
  jsonBytes: number;
  /** Layer entries kept, summed over every layer member's scan. */
  entries: number;
}

/** The limits a streamed archive is read with. */
export const STREAM_LIMITS: StreamLimits = { jsonBytes: STREAM_JSON_BUDGET, entries: STREAM_ENTRY_BUDGET };

/** Hex digits of a digest, as blob and config names carry them. */
const HEX_NAME = /^[0-9a-f]{32,128}$/;

/**
 * Could a format read this member as JSON? manifest.json, index.json, oci-layout, repositories, a
 * config named `*.json` (docker save: `<hex>.json`), crane's `sha256:<hex>`, or an OCI blob. Other
 * members that look like JSON (docker save's per-layer `<id>/json`) are never read, so never kept.
 */
export function isJsonName(path: string): boolean {
  if (['manifest.json', 'index.json', 'oci-layout', 'repositories'].includes(path)) return true;
  if (path.endsWith('.json')) return true;
  if (path.startsWith('sha256:')) return HEX_NAME.test(path.slice('sha256:'.length));
  const parts = path.split('/');
  return parts.length === 3 && parts[0] === 'blobs' && HEX_NAME.test(parts[2] ?? '');
}

type Slot =
  | { kind: 'json'; bytes: Buffer }
  | { kind: 'big-json'; size: number }
  | { kind: 'unread-json' }
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
  onProgress?: OnProgress,
  capture?: ContentCapture,
  limits: StreamLimits = STREAM_LIMITS,
): Promise<MemberStore> {
  const slots = new Map<string, Slot>();
  let jsonKept = 0;
  let entriesKept = 0;
  // Set by a layer scan that ends past the entry budget; thrown by the read loop (scans end later).
  let overBudget: ArchiveError | undefined;
  const scans: Promise<LayerScan>[] = [];
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
      const scanner = new LayerScanner(file, a.path, compression, capture);
      a.routed = scanner;
      if (head.length > 0) scanner.write(head);
    } else if (kind === 'json') {
      if (!isJsonName(a.path)) {
        slots.set(a.path, { kind: 'unread-json' });
        a.routed = 'skip';
      } else if (a.size > MAX_JSON_BYTES) {
        slots.set(a.path, { kind: 'big-json', size: a.size });
        a.routed = 'skip';
      } else {
        jsonKept += a.size;
        if (jsonKept > limits.jsonBytes) {
          throw new ArchiveError(
            file,
            `the archive's JSON members total over ${limits.jsonBytes} bytes (${jsonKept} with this one); ` +
              'a streamed archive keeps its JSON in memory, so it is refused past that budget',
            a.path,
          );
        }
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
        const path = a.path;
        const scan = a.routed.finish().then((s) => {
          entriesKept += s.entries.length;
          if (entriesKept > limits.entries) {
            overBudget ??= new ArchiveError(
              file,
              `the archive's layer members hold over ${limits.entries} entries (${entriesKept} with this one); ` +
                'a streamed archive (stdin, an engine, a .tar.gz) keeps every layer index until its manifest is read; analyse it as an uncompressed .tar file instead',
              path,
            );
            throw overBudget;
          }
          layers++;
          onProgress?.({ bytes, layers });
          return s;
        });
        scan.catch(() => undefined); // surfaced when the layer is needed
        scans.push(scan);
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
      if (overBudget) throw overBudget;
      onProgress?.({ bytes, layers });
    }
    parser.end();
    await Promise.allSettled(scans);
    if (overBudget) throw overBudget;
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

  // The bytes are already in memory, so nothing is awaited; `async` keeps a missing or bad member a
  // rejection, which callers such as formats.ts catch with `.catch()`, rather than a synchronous throw.
  // eslint-disable-next-line @typescript-eslint/require-await
  async json(path: string, what: string): Promise<JsonMember> {
    const real = this.links.resolve(this.file, path);
    const slot = this.slots.get(real);
    if (!slot) throw new ArchiveError(this.file, `${what} is missing from the archive`, path);
    if (slot.kind === 'big-json') throw jsonTooBig(this.file, path, what, slot.size);
    if (slot.kind === 'unread-json') {
      throw new ArchiveError(
        this.file,
        `${what} is not named like a JSON member any format reads, so a streamed read did not keep it`,
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
    if (slot.kind !== 'layer') throw notLayer(this.file, path, what);
    return slot.scan;
  }
}
