/**
 * Generators for the hostile container inputs of issue 12 (items 2 and 3): small for unit tests,
 * full-size for the before/after measurements. Run directly to write the full-size ones:
 *   npx tsx test/archive/hostile-inputs.ts <out-dir>
 * Nothing generated here is committed.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';

const BLOCK = 512;

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

/** One ustar header block (name truncated to 100 bytes; use `paxPath` for longer ones). */
function ustar(name: string, size: number, type = '0', linkname = ''): Buffer {
  const b = Buffer.alloc(BLOCK);
  b.write(name.slice(0, 100), 0, 'utf8');
  b.write(octal(0o644, 8), 100, 'latin1');
  b.write(octal(0, 8), 108, 'latin1');
  b.write(octal(0, 8), 116, 'latin1');
  b.write(octal(size, 12), 124, 'latin1');
  b.write(octal(0, 12), 136, 'latin1');
  b.write(type, 156, 'latin1');
  b.write(linkname.slice(0, 100), 157, 'utf8');
  b.write('ustar\0' + '00', 257, 'latin1');
  b.fill(0x20, 148, 156);
  let sum = 0;
  for (const c of b) sum += c;
  b.write(octal(sum, 7) + ' ', 148, 'latin1');
  return b;
}

const pad = (n: number): Buffer => Buffer.alloc((BLOCK - (n % BLOCK)) % BLOCK);

/** A PAX 'x' record set, as header + body + padding. */
function pax(records: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(records)) {
    const tail = ` ${k}=${v}\n`;
    let len = Buffer.byteLength(tail);
    len += String(len).length;
    if (String(len).length !== String(len - String(len - 1).length).length) len++;
    parts.push(Buffer.from(`${len}${tail}`));
  }
  const body = Buffer.concat(parts);
  return Buffer.concat([ustar('PaxHeader', body.length, 'x'), body, pad(body.length)]);
}

/** A tar member: header(s), body, padding. `path` longer than 100 bytes goes into a PAX record. */
export function member(path: string, body: Buffer, type = '0', linkname = ''): Buffer {
  const ext: Record<string, string> = {};
  if (Buffer.byteLength(path) > 100) ext.path = path;
  if (Buffer.byteLength(linkname) > 100) ext.linkpath = linkname;
  const head = Object.keys(ext).length > 0 ? [pax(ext)] : [];
  return Buffer.concat([...head, ustar(path, body.length, type, linkname), body, pad(body.length)]);
}

export const END = Buffer.alloc(BLOCK * 2);

export const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** A layer tar of `n` regular files whose paths are `len` bytes long (distinct by a numeric suffix). */
export function longPathLayer(n: number, len: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const tail = `/${i}`;
    parts.push(member('d'.repeat(Math.max(1, len - tail.length)) + tail, Buffer.alloc(0)));
  }
  parts.push(END);
  return Buffer.concat(parts);
}

/** A legacy docker-save archive holding `layer` as its one layer. */
export function legacyWith(layer: Buffer, extra: Buffer[] = []): Buffer {
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [`sha256:${sha(layer)}`] },
    }),
  );
  const cfgName = `${sha(config)}.json`;
  return Buffer.concat([
    ...extra,
    member('l/layer.tar', layer),
    member(cfgName, config),
    member('manifest.json', Buffer.from(JSON.stringify([{ Config: cfgName, Layers: ['l/layer.tar'] }]))),
    END,
  ]);
}

/** A JSON document of exactly `size` bytes (a list of zeros: it compresses about 200:1). */
export function jsonOfSize(size: number): Buffer {
  const b = Buffer.alloc(size, '0,');
  b[0] = 0x5b; // [
  b[size - 2] = 0x30; // 0
  b[size - 1] = 0x5d; // ]
  if (size % 2 === 1) b[size - 3] = 0x2c;
  return b;
}

/** `count` unreferenced JSON members of `size` bytes, named like docker-save config blobs. */
export function unreferencedJson(count: number, size: number): Buffer[] {
  const body = jsonOfSize(size);
  return Array.from({ length: count }, (_, i) => member(`${sha(Buffer.from(String(i)))}.json`, body));
}

/** `count` unreferenced layer members of `entries` small files each. */
export function* unreferencedLayers(count: number, entries: number): Generator<Buffer> {
  for (let k = 0; k < count; k++) {
    const parts: Buffer[] = [];
    for (let i = 0; i < entries; i++) parts.push(member(`usr/share/l${k}/f${i}`, Buffer.alloc(0)));
    parts.push(END);
    yield member(`junk${k}/layer.tar`, Buffer.concat(parts));
  }
}

async function writeGz(path: string, parts: Iterable<Buffer>): Promise<void> {
  const gz = createGzip({ level: 1 });
  const out = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  gz.pipe(out);
  for (const p of parts)
    if (!gz.write(p))
      await new Promise<void>((r) =>
        gz.once('drain', () => {
          r();
        }),
      );
  gz.end();
  await done;
}

async function writeTar(path: string, parts: Iterable<Buffer>): Promise<void> {
  const out = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  for (const p of parts)
    if (!out.write(p))
      await new Promise<void>((r) =>
        out.once('drain', () => {
          r();
        }),
      );
  out.end();
  await done;
}

function* layerParts(n: number, len: number): Generator<Buffer> {
  for (let i = 0; i < n; i++) {
    const tail = `/${i}`;
    yield member('d'.repeat(Math.max(1, len - tail.length)) + tail, Buffer.alloc(0));
  }
  yield END;
}

/** A legacy archive whose one layer is `n` files with `len`-byte paths, streamed (never whole in memory). */
function* bigLegacy(n: number, len: number): Generator<Buffer> {
  const h = createHash('sha256');
  let size = 0;
  for (const p of layerParts(n, len)) {
    h.update(p);
    size += p.length;
  }
  yield ustar('l/layer.tar', size);
  yield* layerParts(n, len);
  yield pad(size);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [`sha256:${h.digest('hex')}`] },
    }),
  );
  yield member('c.json', config);
  yield member('manifest.json', Buffer.from(JSON.stringify([{ Config: 'c.json', Layers: ['l/layer.tar'] }])));
  yield END;
}

function* manyJson(count: number, size: number): Generator<Buffer> {
  const body = jsonOfSize(size);
  for (let i = 0; i < count; i++) {
    yield ustar(`${sha(Buffer.from(String(i)))}.json`, size);
    yield body;
    yield pad(size);
  }
}

/** Write the full-size hostile inputs to `dir`. */
async function main(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const small = legacyWith(longPathLayer(1, 10));
  // Item 2: 4,000 entries with 20 KB PAX paths; 1,000 with ~1 MB paths (the reader's meta cap).
  await writeTar(join(dir, 'long-20k.tar'), bigLegacy(4000, 20_000));
  await writeTar(join(dir, 'long-1m.tar'), bigLegacy(1000, 1_000_000 - 100));
  // Item 3: 100 unreferenced 16 MB JSON members in a .tar.gz; 20 unreferenced layers.
  await writeGz(
    join(dir, 'json-100x16m.tar.gz'),
    (function* () {
      yield* manyJson(100, 16 * 1024 * 1024 - 1024);
      yield small;
    })(),
  );
  await writeGz(
    join(dir, 'layers-20.tar.gz'),
    (function* () {
      yield* unreferencedLayers(20, 100_000);
      yield small;
    })(),
  );
}

if (process.argv[1]?.endsWith('hostile-inputs.ts')) {
  await main(process.argv[2] ?? '/tmp/hostile');
}
