/** An OCI image layout directory (https://github.com/opencontainers/image-spec/blob/main/image-layout.md). */
import { constants } from 'node:fs';
import { lstat, open, realpath, type FileHandle } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { ArchiveError } from '../../common/errors.js';
import { IO_CHUNK, normalisePath, type ContentCapture } from '../layer.js';
import { PATH_MAX, pathPreview } from '../limits.js';
import type { LayerScan } from '../types.js';
import {
  MAX_JSON_BYTES,
  jsonTooBig,
  parseJson,
  scanReadable,
  type JsonMember,
  type MemberStore,
  type Progress,
} from './member.js';

/**
 * O_NOFOLLOW refuses a symlink swapped in after the real-path check; O_NONBLOCK keeps opening a FIFO
 * from waiting for a writer (it is then refused as not a regular file).
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

// An empty member has no byte range to open a read stream on.
async function* noBytes(): AsyncGenerator<Buffer> {}

/**
 * Reads the members of an OCI layout directory as files: only regular files whose real path is inside
 * the layout, and never more than their size (a link to /dev/zero, /proc or a file outside is refused).
 */
export class DirStore implements MemberStore {
  warnings: string[] = [];
  private readonly scans = new Map<string, Promise<LayerScan>>();
  private root: Promise<string> | undefined;
  constructor(
    readonly file: string,
    private readonly dir: string,
    private readonly progress?: Progress,
    private readonly capture?: ContentCapture,
  ) {}

  private resolve(p: string): string {
    if (p.length > PATH_MAX)
      throw new ArchiveError(this.file, `path of ${p.length} characters is over PATH_MAX (${PATH_MAX})`);
    const n = normalisePath(p);
    if (n === undefined || p.startsWith('/'))
      throw new ArchiveError(this.file, `unsafe path ${pathPreview(p)}`);
    return join(this.dir, n);
  }

  async has(p: string): Promise<boolean> {
    try {
      await lstat(this.resolve(p));
      return true; // whatever it is: reading it says why it is refused
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

  /** Open member `p` for reading: a regular file inside the layout, with its size; else ArchiveError. */
  private async openMember(p: string, what: string): Promise<{ fh: FileHandle; size: number }> {
    const full = this.resolve(p);
    let real: string;
    try {
      real = await realpath(full);
    } catch {
      throw new ArchiveError(this.file, `${what} is missing from the layout`, p);
    }
    this.root ??= realpath(this.dir);
    const root = await this.root;
    if (!real.startsWith(root.endsWith(sep) ? root : root + sep)) {
      throw new ArchiveError(this.file, `${what} is a link to a file outside the layout; refused`, p);
    }
    let fh: FileHandle;
    try {
      fh = await open(real, OPEN_FLAGS);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      throw new ArchiveError(this.file, `${what} cannot be opened (${code})`, p);
    }
    const st = await fh.stat();
    if (!st.isFile()) {
      await fh.close();
      throw new ArchiveError(this.file, `${what} is not a regular file; refused`, p);
    }
    return { fh, size: st.size };
  }

  async json(p: string, what: string): Promise<JsonMember> {
    const { fh, size } = await this.openMember(p, what);
    try {
      if (size > MAX_JSON_BYTES) throw jsonTooBig(this.file, p, what, size);
      const buf = Buffer.alloc(size);
      let got = 0;
      while (got < size) {
        const { bytesRead } = await fh.read(buf, got, size - got, got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return parseJson(this.file, p, what, buf.subarray(0, got));
    } finally {
      await fh.close();
    }
  }

  layer(p: string, what: string): Promise<LayerScan> {
    let scan = this.scans.get(p);
    if (!scan) {
      scan = this.openMember(p, what).then(async ({ fh, size }) => {
        if (size === 0) {
          await fh.close();
          return scanReadable(noBytes(), this.file, p, 0, what, this.progress, this.capture);
        }
        const stream = fh.createReadStream({ start: 0, end: size - 1, highWaterMark: IO_CHUNK });
        try {
          return await scanReadable(stream, this.file, p, size, what, this.progress, this.capture);
        } finally {
          stream.destroy(); // closes the handle (autoClose), also after a failed scan
        }
      });
      this.scans.set(p, scan);
    }
    return scan;
  }
}
