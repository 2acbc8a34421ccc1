/** Random access into a tar file on disk: only the members the manifest names are read. */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { ArchiveError } from '../../common/errors.js';
import { IO_CHUNK, type ContentCapture } from '../layer.js';
import { BLOCK, TYPE, TarParser } from '../tar.js';
import type { LayerScan } from '../types.js';
import {
  LinkTable,
  MAX_JSON_BYTES,
  checkMemberName,
  jsonTooBig,
  parseJson,
  scanReadable,
  wrapTar,
  type JsonMember,
  type MemberStore,
  type Progress,
} from './member.js';

/** Where a member's data starts in the file, and its length. */
interface Located {
  offset: number;
  size: number;
}

// An empty member has no byte range to open a read stream on.
async function* noBytes(): AsyncGenerator<Buffer> {}

/**
 * Random access into a tar file on disk: index the headers (skipping data with seeks), then read only
 * the members the manifest needs.
 */
export async function indexTarFile(
  path: string,
  file: string,
  progress?: Progress,
  capture?: ContentCapture,
): Promise<MemberStore> {
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
    return new TarFileStore(file, path, members, links, progress, capture);
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
    private readonly capture?: ContentCapture,
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
    if (m.size > MAX_JSON_BYTES) throw jsonTooBig(this.file, p, what, m.size);
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
      const stream: AsyncIterable<Buffer> =
        m.size === 0
          ? noBytes()
          : createReadStream(this.path, {
              start: m.offset,
              end: m.offset + m.size - 1,
              highWaterMark: IO_CHUNK,
            });
      scan = scanReadable(stream, this.file, p, m.size, what, this.progress, this.capture);
      this.scans.set(real, scan);
    }
    return scan;
  }
}
