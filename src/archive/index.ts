/** Read any supported image archive in one streaming pass. */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import * as zlib from 'node:zlib';
import { ArchiveError, EngineError } from '../common/errors.js';
import { spawnSave, type Engine } from './save.js';
import { findCandidates, type Candidate } from './formats.js';
import { hostPlatform, parsePlatform, platformString } from '../oci/platform.js';
import {
  ContentCapture,
  contentHashReady,
  DEFAULT_CAPTURE_LIMITS,
  IO_CHUNK,
  NO_CAPTURE,
  ReadLimiter,
} from './layer.js';
import { DirStore } from './store/dir.js';
import { Progress, type MemberStore } from './store/member.js';
import { scanStream } from './store/stream.js';
import { indexTarFile } from './store/tar-file.js';
import type { LoadedImage, ReadOptions } from './types.js';
import type { Platform } from '../oci/types.js';

/** Where image bytes come from. A directory is an OCI layout; a file may also use random access. */
export type ImageSource =
  | { kind: 'file'; path: string }
  | { kind: 'dir'; path: string }
  | { kind: 'stream'; stream: Readable; name: string }
  /** `docker save REF` / `podman save REF`, streamed. `env` is inherited by the engine client (DOCKER_HOST). */
  | { kind: 'engine'; engine: Engine; ref: string; env: NodeJS.ProcessEnv; bin?: string };

/** How long a failed read waits for the engine's own exit status before blaming the archive. */
const ENGINE_EXIT_GRACE_MS = 2000;

function matches(have: Platform, want: Platform, strictVariant: boolean): boolean {
  if (have.os !== want.os || have.architecture !== want.architecture) return false;
  if (!want.variant) return true;
  if (!have.variant) return !strictVariant || (want.architecture === 'arm64' && want.variant === 'v8');
  return have.variant === want.variant;
}

/** Pick the candidates `opts` asks for: one platform, or all of them. */
export function selectPlatforms(
  file: string,
  candidates: Candidate[],
  opts: ReadOptions,
): { chosen: Candidate[]; warnings: string[] } {
  const warnings: string[] = [];
  // Several images of the same platform (docker save a b): the first one wins, with a warning.
  const unique: Candidate[] = [];
  for (const c of candidates) {
    if (unique.some((u) => platformString(u.platform) === platformString(c.platform))) {
      warnings.push(
        `archive holds more than one ${platformString(c.platform)} image; analysing ${unique.find((u) => platformString(u.platform) === platformString(c.platform))?.ref ?? 'the first'}`,
      );
      continue;
    }
    unique.push(c);
  }
  const list = unique.map((c) => platformString(c.platform)).join(', ');
  if (opts.allPlatforms) return { chosen: unique, warnings };
  if (opts.platform) {
    const want = parsePlatform(opts.platform);
    const hit = unique.find((c) => matches(c.platform, want, true));
    if (!hit)
      throw new ArchiveError(file, `platform ${opts.platform} is not in the archive; it has: ${list}`);
    return { chosen: [hit], warnings };
  }
  const host = unique.find((c) => matches(c.platform, hostPlatform(), false));
  if (host) return { chosen: [host], warnings };
  if (unique.length === 1 && unique[0]) return { chosen: [unique[0]], warnings };
  throw new ArchiveError(
    file,
    `archive has ${unique.length} platforms and none is this host's; pick one with --platform: ${list}`,
  );
}

async function* chunks(stream: Readable): AsyncGenerator<Buffer> {
  for await (const c of stream) yield typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
}

/** An outer `.tar.gz` is detected by its magic bytes and gunzipped on the fly. */
async function* maybeGunzip(src: AsyncIterable<Buffer>, file: string): AsyncGenerator<Buffer> {
  const it = src[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLen = 0;
  while (headLen < 2) {
    const r = await it.next();
    if (r.done) break;
    head.push(r.value);
    headLen += r.value.length;
  }
  const first = Buffer.concat(head, headLen);
  async function* rest(): AsyncGenerator<Buffer> {
    if (first.length > 0) yield first;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  if (!(first[0] === 0x1f && first[1] === 0x8b)) {
    yield* rest();
    return;
  }
  const gz = zlib.createGunzip({ chunkSize: IO_CHUNK });
  pipeline(Readable.from(rest(), { objectMode: false }), gz, () => undefined);
  try {
    for await (const c of gz) yield c as Buffer;
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError(
      file,
      `corrupt outer gzip: ${e instanceof Error ? e.message : String(e)}`,
      undefined,
      undefined,
      { cause: e },
    );
  }
}

async function isGzipFile(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const b = Buffer.alloc(2);
    const { bytesRead } = await fh.read(b, 0, 2, 0);
    return bytesRead === 2 && b[0] === 0x1f && b[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

async function openStore(
  source: ImageSource,
  opts: ReadOptions,
  name: string,
  capture: ContentCapture | undefined,
): Promise<MemberStore> {
  switch (source.kind) {
    case 'dir':
      return new DirStore(name, source.path, new Progress(opts.onProgress), capture);
    case 'file': {
      let st;
      try {
        st = await stat(source.path);
      } catch {
        throw new ArchiveError(name, 'no such file or directory');
      }
      if (st.isDirectory()) return new DirStore(name, source.path, new Progress(opts.onProgress), capture);
      const random = opts.access !== 'stream' && !(await isGzipFile(source.path));
      if (random) return indexTarFile(source.path, name, new Progress(opts.onProgress), capture);
      const input = createReadStream(source.path, { highWaterMark: IO_CHUNK });
      try {
        return await scanStream(maybeGunzip(chunks(input), name), name, opts.onProgress, capture);
      } finally {
        input.destroy(); // after an error mid-file, release the descriptor now rather than at GC
      }
    }
    case 'stream':
      return scanStream(maybeGunzip(chunks(source.stream), name), name, opts.onProgress, capture);
    case 'engine':
      throw new Error('unreachable: engine sources are opened by readImage');
  }
}

async function load(source: ImageSource, opts: ReadOptions, name: string): Promise<LoadedImage[]> {
  // The capture also carries the read's budget to every scanner, even when nothing is captured.
  const capture = new ContentCapture(
    opts.capture === false ? NO_CAPTURE : (opts.capture ?? DEFAULT_CAPTURE_LIMITS),
    new ReadLimiter(opts.budget),
  );
  const store = await openStore(source, opts, name, capture);
  const candidates = await findCandidates(store, store instanceof DirStore);
  const platforms = candidates
    .map((c) => c.platform)
    .filter((p, i, all) => all.findIndex((q) => platformString(q) === platformString(p)) === i);
  const { chosen, warnings } = selectPlatforms(name, candidates, opts);
  const out: LoadedImage[] = [];
  for (const c of chosen) {
    const img = await c.load(opts.verify !== false);
    img.source = name;
    img.platforms = platforms;
    img.warnings.push(...warnings);
    if (capture.exhausted) img.warnings.push(captureWarning(capture.limits));
    out.push(img);
  }
  return out;
}

/** Said once the capture cap was reached: later small files were judged by name only. */
function captureWarning(limits: ContentCapture['limits']): string {
  return (
    `content capture stopped at its ${limits.maxTotalBytes}-byte cap: small files read after it are ` +
    'checked for secrets by name only'
  );
}

/**
 * Read the image(s) selected by `opts` from `source`. Returns one image, or one per platform with
 * `allPlatforms`. Throws ArchiveError for malformed input, EngineError when `docker save` fails.
 */
export async function readImage(source: ImageSource, opts: ReadOptions = {}): Promise<LoadedImage[]> {
  await contentHashReady();
  if (source.kind !== 'engine') {
    const name = opts.name ?? (source.kind === 'stream' ? source.name : source.path);
    return load(source, opts, name);
  }
  const name = opts.name ?? source.ref;
  const proc = spawnSave(source.engine, source.ref, source.env, source.bin);
  try {
    const images = await load({ kind: 'stream', stream: proc.stream, name }, opts, name);
    await proc.exited;
    return images;
  } catch (e) {
    // When the engine failed, its message explains the empty or cut archive better than the reader can.
    // Give it a moment to exit on its own: killing it first would make every failure look like ours.
    const outcome = await Promise.race([
      proc.exited.then(
        () => undefined,
        (err: unknown) => err,
      ),
      new Promise<undefined>((resolve) => {
        setTimeout(() => {
          resolve(undefined);
        }, ENGINE_EXIT_GRACE_MS).unref();
      }),
    ]);
    if (outcome instanceof EngineError) throw outcome;
    proc.kill();
    proc.stream.destroy();
    throw e;
  }
}
