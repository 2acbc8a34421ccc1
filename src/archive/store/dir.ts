/** An OCI image layout directory (https://github.com/opencontainers/image-spec/blob/main/image-layout.md). */
import { createReadStream } from 'node:fs';
import { lstat, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ArchiveError } from '../../common/errors.js';
import { IO_CHUNK, normalisePath, type ContentCapture } from '../layer.js';
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

/** Reads the members of an OCI layout directory as files. */
export class DirStore implements MemberStore {
  warnings: string[] = [];
  private readonly scans = new Map<string, Promise<LayerScan>>();
  constructor(
    readonly file: string,
    private readonly dir: string,
    private readonly progress?: Progress,
    private readonly capture?: ContentCapture,
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
    if (size > MAX_JSON_BYTES) throw jsonTooBig(this.file, p, what, size);
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
            this.capture,
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
