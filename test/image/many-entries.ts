/**
 * Stress input for issue 12 item 9 (memory per entry): a layer tar of `n` tiny regular files (a few
 * bytes each, 1000 per directory), written block by block so it never exists whole in memory, and a
 * docker-save-like (legacy) archive around it. Used by test/image/entries.test.ts with a small `n`,
 * and for the 1M-entry measurement: `npx tsx test/image/many-entries.ts OUT.tar 1000000`.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';

const BLOCK = 512;

/** Write one ustar header block at `at` of `buf` (POSIX pax "ustar" format, octal fields). */
function writeHeader(
  buf: Buffer,
  at: number,
  name: string,
  size: number,
  type: '0' | '5',
  mode: number,
): void {
  const h = buf.subarray(at, at + BLOCK);
  h.fill(0);
  h.write(name, 0, 100, 'utf8');
  const oct = (v: number, off: number, len: number): void => {
    h.write(v.toString(8).padStart(len - 1, '0') + '\0', off, len, 'latin1');
  };
  oct(mode, 100, 8);
  oct(0, 108, 8); // uid
  oct(0, 116, 8); // gid
  oct(size, 124, 12);
  oct(1_700_000_000, 136, 12); // mtime
  h.write('        ', 148, 8, 'latin1'); // checksum placeholder
  h.write(type, 156, 1, 'latin1');
  h.write('ustar\0' + '00', 257, 8, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
}

function ustarHeader(name: string, size: number, type: '0' | '5', mode: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  writeHeader(h, 0, name, size, type, mode);
  return h;
}

const PIECE = 2048 * BLOCK; // 1 MiB

/** The layer tar of `n` tiny files (each body is its number and a newline), in 1 MiB pieces. */
export function* manyEntriesTar(n: number): Generator<Buffer> {
  let buf = Buffer.alloc(PIECE);
  let at = 0;
  const room = function* (): Generator<Buffer> {
    if (at + 2 * BLOCK <= PIECE) return;
    yield buf.subarray(0, at);
    buf = Buffer.alloc(PIECE);
    at = 0;
  };
  for (let i = 0; i < n; i++) {
    const dir = `app/d${String(Math.floor(i / 1000)).padStart(4, '0')}`;
    if (i % 1000 === 0) {
      yield* room();
      writeHeader(buf, at, `${dir}/`, 0, '5', 0o755);
      at += BLOCK;
    }
    yield* room();
    const body = `${String(i)}\n`;
    writeHeader(buf, at, `${dir}/f${String(i % 1000).padStart(3, '0')}`, body.length, '0', 0o644);
    buf.fill(0, at + BLOCK, at + 2 * BLOCK);
    buf.write(body, at + BLOCK, 'latin1');
    at += 2 * BLOCK;
  }
  yield buf.subarray(0, at);
  yield Buffer.alloc(BLOCK * 2);
}

/** Size and sha256 of the layer tar of `n` files, without keeping it. */
function measure(n: number): { size: number; digest: string } {
  const sha = createHash('sha256');
  let size = 0;
  for (const b of manyEntriesTar(n)) {
    sha.update(b);
    size += b.length;
  }
  return { size, digest: sha.digest('hex') };
}

/** A legacy docker-save archive (manifest.json, config, one layer.tar) of `n` tiny files, as pieces. */
export function* manyEntriesImage(n: number): Generator<Buffer> {
  const layer = measure(n);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: [`sha256:${layer.digest}`] },
      history: [{ created_by: 'COPY app /app' }],
    }),
  );
  const cfgName = `${createHash('sha256').update(config).digest('hex')}.json`;
  const member = function* (name: string, body: Buffer): Generator<Buffer> {
    yield ustarHeader(name, body.length, '0', 0o644);
    yield body;
    yield Buffer.alloc((BLOCK - (body.length % BLOCK)) % BLOCK);
  };
  yield ustarHeader('layer0/layer.tar', layer.size, '0', 0o644);
  yield* manyEntriesTar(n); // a multiple of 512 bytes
  yield* member(cfgName, config);
  const manifest = [{ Config: cfgName, RepoTags: ['many:entries'], Layers: ['layer0/layer.tar'] }];
  yield* member('manifest.json', Buffer.from(JSON.stringify(manifest)));
  yield Buffer.alloc(BLOCK * 2);
}

/** Write the archive of `n` files to `path`. */
export async function writeManyEntriesImage(path: string, n: number): Promise<void> {
  const out = createWriteStream(path);
  for (const b of manyEntriesImage(n)) {
    if (!out.write(b))
      await new Promise<void>((resolve) =>
        out.once('drain', () => {
          resolve();
        }),
      );
  }
  await new Promise<void>((resolve, reject) => {
    out.end(() => {
      resolve();
    });
    out.once('error', reject);
  });
}

if (process.argv[1]?.endsWith('many-entries.ts') && process.argv[2]) {
  await writeManyEntriesImage(process.argv[2], Number(process.argv[3] ?? 1_000_000));
}
