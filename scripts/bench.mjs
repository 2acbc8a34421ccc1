#!/usr/bin/env node
// npm run bench: baselines and layerlint's rows, measured in the same run, on real images.
//
// Builds (or reuses) OUTSIDE the repository, in $LAYERLINT_BENCH_DIR (default /tmp/layerlint-bench):
//   - layerlint-bench:big    a debootstrap --variant=minbase bookworm rootfs, `docker import`ed, plus
//                            layers that add, overwrite and delete files: ~1 GB uncompressed
//   - layerlint-bench:small  ~100k small files in one imported layer
// saves each with `docker save` and a gzip oci-archive variant (`skopeo copy ... oci-archive:`), then
// times every row with /usr/bin/time (wall seconds, peak RSS) and prints ratios against the baselines.
//
// Options: --runs N (default 3; the median is reported), --rebuild, --json (machine-readable rows),
// --choices (instead: the micro-measurements behind the reader's design choices, docs/archive.md),
// --fresh (time a CLI bundled from the current src/ into the bench folder instead of dist/).
// Engine: DOCKER_HOST (default unix:///tmp/ll/d20/docker.sock) and the client /usr/bin/docker.
// layerlint itself: dist/cli.js (`analyze SRC --format json`) when it works, else readImage() through
// a bundle of src/archive/index.ts (the reader alone); the table says which.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, statSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const repo = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const rebuild = args.includes('--rebuild');
const asJson = args.includes('--json');
const dir = resolve(process.env.LAYERLINT_BENCH_DIR ?? '/tmp/layerlint-bench');
if (dir.startsWith(repo + '/') || dir === repo) {
  console.error(`bench: LAYERLINT_BENCH_DIR must be outside the repository (${dir})`);
  process.exit(2);
}
const env = { ...process.env, DOCKER_HOST: process.env.DOCKER_HOST ?? 'unix:///tmp/ll/d20/docker.sock' };
const docker = existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';
const BIG = 'layerlint-bench:big';
const SMALL = 'layerlint-bench:small';
mkdirSync(dir, { recursive: true });

const log = (s) => process.stderr.write(`bench: ${s}\n`);
function sh(cmd, opts = {}) {
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', cmd], { env, stdio: ['ignore', opts.quiet ? 'ignore' : 'inherit', 'inherit'], ...opts });
  if (r.status !== 0) throw new Error(`bench: command failed (${r.status}): ${cmd}`);
}
const q = (s) => `'${s.replaceAll("'", "'\\''")}'`;
const hasImage = (ref) => spawnSync(docker, ['image', 'inspect', ref], { env, stdio: 'ignore' }).status === 0;

// ---------------------------------------------------------------------------------------------
// Build or reuse the images and archives.

// Compressible copies of /usr (text, ELF) and incompressible random data; later layers overwrite
// and delete, so the image has real waste. About 1.05 GB of layer tar in all.
const BIG_DOCKERFILE = [
  'FROM layerlint-bench:base',
  'RUN cp -a /usr /opt/usr1 && head -c 250000000 /dev/urandom > /opt/rand1',
  'RUN cp -a /usr/lib /opt/usr1/lib && head -c 250000000 /dev/urandom > /opt/rand1',
  'RUN rm -rf /opt/usr1/share /usr/share/doc /usr/share/locale /usr/share/man && head -c 170000000 /dev/urandom > /opt/rand2',
  'RUN cp -a /usr/bin /opt/bin2 && rm -f /opt/rand2',
  '',
].join('\n');

function buildBig() {
  const rootfs = join(dir, 'rootfs');
  if (!existsSync(join(rootfs, 'bin/sh'))) {
    log('debootstrap --variant=minbase bookworm (a few minutes)');
    sh(`debootstrap --variant=minbase bookworm ${q(rootfs)} http://deb.debian.org/debian > ${q(join(dir, 'debootstrap.log'))} 2>&1`);
  }
  log('docker import the rootfs');
  sh(`tar -C ${q(rootfs)} -c . | ${docker} import - layerlint-bench:base`, { quiet: true });
  const ctx = join(dir, 'big-ctx');
  mkdirSync(ctx, { recursive: true });
  writeFileSync(join(ctx, 'Dockerfile'), BIG_DOCKERFILE);
  log(`docker build ${BIG}`);
  sh(`DOCKER_BUILDKIT=0 ${docker} build --network none -q -t ${BIG} ${q(ctx)}`, { quiet: true });
}

function buildSmall() {
  // ~100k small files (100..2000 bytes), written directly, then imported as one layer.
  const root = join(dir, 'small-root');
  rmSync(root, { recursive: true, force: true });
  log('writing ~100k small files');
  let seed = 1;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed);
  for (let d = 0; d < 400; d++) {
    const sub = join(root, 'data', `d${d}`);
    mkdirSync(sub, { recursive: true });
    for (let f = 0; f < 250; f++) writeFileSync(join(sub, `f${f}.txt`), 'x'.repeat(100 + (rand() % 1900)));
  }
  sh(`tar -C ${q(root)} -c . | ${docker} import - ${SMALL}`, { quiet: true });
  rmSync(root, { recursive: true, force: true });
}

function save(ref, file) {
  if (existsSync(file) && !rebuild) return;
  log(`docker save ${ref} > ${file}`);
  sh(`${docker} save ${ref} > ${q(file)}.tmp && mv ${q(file)}.tmp ${q(file)}`);
}

function ociGzip(from, to, tag) {
  if (existsSync(to) && !rebuild) return;
  log(`skopeo copy docker-archive:${from} oci-archive:${to}`);
  rmSync(to, { force: true });
  sh(`skopeo copy --quiet docker-archive:${q(from)} oci-archive:${q(to)}:${tag}`);
}

const bigStamp = join(dir, 'big.stamp');
if (rebuild || !hasImage(BIG) || !existsSync(bigStamp) || readFileSync(bigStamp, 'utf8') !== BIG_DOCKERFILE) {
  buildBig();
  writeFileSync(bigStamp, BIG_DOCKERFILE);
  rmSync(join(dir, 'big.tar'), { force: true });
  rmSync(join(dir, 'big-oci-gzip.tar'), { force: true });
  rmSync(join(dir, 'layer.tar'), { force: true });
  rmSync(join(dir, 'layer.tar.gz'), { force: true });
}
if (rebuild || !hasImage(SMALL)) buildSmall();
const bigTar = join(dir, 'big.tar');
const bigOci = join(dir, 'big-oci-gzip.tar');
const smallTar = join(dir, 'small.tar');
save(BIG, bigTar);
save(SMALL, smallTar);
ociGzip(bigTar, bigOci, 'big');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const size = (f) => statSync(f).size;
const gb = (n) => (n / 1e9).toFixed(2);
if (args.includes('--choices')) {
  await choices();
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// The layerlint command: the CLI when it works, else the reader alone.

// --fresh: bundle the current src/ into the bench folder (dist/ is left alone) and time that CLI.
if (args.includes('--fresh')) {
  execFileSync(process.execPath, [join(repo, 'scripts/build.mjs'), join(dir, 'dist')], { cwd: repo, stdio: 'inherit' });
}
const cli = args.includes('--fresh') ? join(dir, 'dist/cli.js') : join(repo, 'dist/cli.js');
const probe = spawnSync(process.execPath, [cli, 'analyze', smallTar, '--format', 'json'], { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
/** The CLI counts only once it really analyses: exit 0 and JSON output that names the layers. */
function cliWorks() {
  if (!existsSync(cli) || probe.status !== 0) return false;
  try {
    const out = JSON.parse(probe.stdout.toString());
    return JSON.stringify(out).includes('"layers"');
  } catch {
    return false;
  }
}
const useCli = process.env.LAYERLINT_BENCH_READER ? false : cliWorks();
if (!useCli) {
  const why = (probe.stderr?.toString() || probe.stdout?.toString() || `exit ${probe.status}`).trim().split('\n')[0];
  log(`dist/cli.js analyze does not give a JSON report yet (${why}); timing readImage() alone`);
}
const cliCmd = (src) => `${q(process.execPath)} ${q(cli)} analyze ${src} --format json > /dev/null`;
// The reader alone (readImage through a bundle of src/archive), to separate it from the model and rules.
const bundle = join(dir, 'reader.mjs');
await esbuild.build({
  entryPoints: [join(repo, 'src/archive/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
  outfile: bundle,
});
writeFileSync(
  join(dir, 'read.mjs'),
  `import { readImage } from ${JSON.stringify(bundle)};
const [src, mode] = process.argv.slice(2);
const source = src === '-' ? { kind: 'stream', stream: process.stdin, name: '-' }
  : mode === 'engine' ? { kind: 'engine', engine: 'docker', ref: src, env: process.env, bin: ${JSON.stringify(docker)} }
  : { kind: 'file', path: src };
const imgs = await readImage(source, { access: mode === 'stream' ? 'stream' : undefined });
let entries = 0;
for (const i of imgs) for (const l of i.layers) entries += l.scan.entries.length;
if (entries === 0) { console.error('no entries read'); process.exit(1); }
`,
);
const readerCmd = (src, mode = '') => `${q(process.execPath)} ${q(join(dir, 'read.mjs'))} ${src} ${mode}`;

// ---------------------------------------------------------------------------------------------
// Rows.

/** Member names of a tar file whose first bytes match `kind`. */
function layerMembers(tarFile, pred) {
  const names = execFileSync('tar', ['-tf', tarFile], { maxBuffer: 1 << 26 }).toString().split('\n').filter(Boolean);
  return names.filter(pred);
}
const bigLayers = layerMembers(bigTar, (n) => n.endsWith('/layer.tar') || /^blobs\/sha256\/[0-9a-f]{64}$/.test(n));
const manifest = JSON.parse(execFileSync('tar', ['-xOf', bigOci, 'index.json']).toString());
const ociManifest = JSON.parse(execFileSync('tar', ['-xOf', bigOci, `blobs/sha256/${manifest.manifests[0].digest.slice(7)}`]).toString());
const gzipLayers = ociManifest.layers.map((l) => `blobs/sha256/${l.digest.slice(7)}`);

const tarBytes = Number(execFileSync('bash', ['-c', `tar -xOf ${q(bigTar)} ${bigLayers.map(q).join(' ')} | wc -c`]).toString());

const rows = [
  { id: 'tar', big: true, label: 'GNU tar listing every layer (tar -xOf | tar -itv)', cmd: `tar -xOf ${q(bigTar)} ${bigLayers.map(q).join(' ')} | tar -itv > /dev/null`, warm: bigTar },
  { id: 'pigz', big: true, label: 'pigz -dc | tar -t over the gzip layers', cmd: `tar -xOf ${q(bigOci)} ${gzipLayers.map(q).join(' ')} | pigz -dc | tar -itv > /dev/null`, warm: bigOci },
  { id: 'sha', big: true, label: 'sha256sum of the docker-save archive', cmd: `sha256sum ${q(bigTar)} > /dev/null`, warm: bigTar },
  { id: 'save', big: true, label: `docker save ${BIG} > /dev/null`, cmd: `${docker} save ${BIG} > /dev/null` },
  { id: 'r-file', big: true, ll: true, label: 'reader: big.tar, random access', cmd: readerCmd(q(bigTar)), warm: bigTar, vs: 'tar' },
  { id: 'r-file-stream', big: true, ll: true, label: 'reader: big.tar, one streaming pass', cmd: readerCmd(q(bigTar), 'stream'), warm: bigTar, vs: 'tar' },
  { id: 'r-oci', big: true, ll: true, label: 'reader: big-oci-gzip.tar (gzip oci-archive)', cmd: readerCmd(q(bigOci)), warm: bigOci, vs: 'pigz' },
  { id: 'r-small', ll: true, label: 'reader: small.tar (~100k small files)', cmd: readerCmd(q(smallTar)), warm: smallTar, vs: 'tar-small' },
  { id: 'tar-small', label: 'GNU tar listing small.tar layers', cmd: `tar -xOf ${q(smallTar)} --wildcards '*/layer.tar' | tar -itv > /dev/null`, warm: smallTar },
  ...(useCli
    ? [
        { id: 'll-file', big: true, ll: true, label: 'layerlint analyze big.tar (docker-save file)', cmd: cliCmd(q(bigTar)), warm: bigTar, vs: 'tar' },
        { id: 'll-oci', big: true, ll: true, label: 'layerlint analyze big-oci-gzip.tar (gzip oci-archive)', cmd: cliCmd(q(bigOci)), warm: bigOci, vs: 'pigz' },
        { id: 'll-stdin', big: true, ll: true, label: 'cat big.tar | layerlint analyze -', cmd: `cat ${q(bigTar)} | ${cliCmd('-')}`, warm: bigTar, vs: 'tar' },
        { id: 'll-small', ll: true, label: 'layerlint analyze small.tar (~100k small files)', cmd: cliCmd(q(smallTar)), warm: smallTar, vs: 'tar-small' },
        { id: 'll-pipe', big: true, ll: true, label: `docker save ${BIG} | layerlint analyze -`, cmd: `${docker} save ${BIG} | ${cliCmd('-')}`, vs: 'save' },
        { id: 'll-engine', big: true, ll: true, label: `layerlint analyze ${BIG} (spawns docker save)`, cmd: cliCmd(BIG), vs: 'save' },
      ]
    : [
        { id: 'r-pipe', big: true, ll: true, label: `docker save ${BIG} | reader -`, cmd: `${docker} save ${BIG} | ${readerCmd('-')}`, vs: 'save' },
        { id: 'r-engine', big: true, ll: true, label: `reader: ${BIG} (spawns docker save)`, cmd: readerCmd(BIG, 'engine'), vs: 'save' },
      ]),
];

function timeOnce(cmd) {
  const out = join(dir, 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', out, 'bash', '-o', 'pipefail', '-c', cmd], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`bench: row failed (${r.status}): ${cmd}\n${r.stderr}`);
  const [wall, rssKb] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, rss: rssKb / 1024 };
}

const results = new Map();
for (let r = 0; r < runs; r++) {
  for (const row of rows) {
    if (row.warm) sh(`cat ${q(row.warm)} > /dev/null`);
    const t = timeOnce(row.cmd);
    const acc = results.get(row.id) ?? { walls: [], rsss: [] };
    acc.walls.push(t.wall);
    acc.rsss.push(t.rss);
    results.set(row.id, acc);
    log(`run ${r + 1}/${runs} ${row.id}: ${t.wall.toFixed(2)} s, ${t.rss.toFixed(0)} MB`);
  }
}

writeFileSync(join(dir, 'results.json'), JSON.stringify(Object.fromEntries(results), null, 1));
const table = rows.map((row) => {
  const { walls, rsss } = results.get(row.id);
  const wall = median(walls);
  const base = row.vs ? median(results.get(row.vs).walls) : undefined;
  return { id: row.id, label: row.label, wall, rss: Math.max(...rsss), vs: row.vs, ratio: base ? wall / base : undefined };
});

const info = {
  node: process.version,
  runs,
  layerlint: useCli
    ? `reader rows: readImage() alone; layerlint rows: ${args.includes('--fresh') ? 'the CLI bundled from src/ now' : 'dist/cli.js'} analyze --format json`
    : 'readImage() only (CLI not working yet)',
  bigArchiveBytes: size(bigTar),
  bigLayerTarBytes: tarBytes,
  bigOciBytes: size(bigOci),
  smallArchiveBytes: size(smallTar),
  layers: bigLayers.length,
};
if (asJson) {
  console.log(JSON.stringify({ info, rows: table }, null, 2));
} else {
  console.log(`layerlint bench (${info.layerlint}; Node ${info.node}; median of ${runs} runs, peak RSS = max)`);
  console.log(
    `big.tar ${gb(info.bigArchiveBytes)} GB (${info.layers} layers, ${gb(tarBytes)} GB of layer tar); big-oci-gzip.tar ${gb(info.bigOciBytes)} GB; small.tar ${gb(info.smallArchiveBytes)} GB`,
  );
  console.log('');
  console.log('| row | wall (s) | peak RSS (MB) | ratio |');
  console.log('|---|---:|---:|---|');
  for (const t of table) {
    const ratio = t.ratio === undefined ? '' : `${t.ratio.toFixed(2)}x ${t.vs}`;
    console.log(`| ${t.label} | ${t.wall.toFixed(2)} | ${t.rss.toFixed(0)} | ${ratio} |`);
  }
  const get = (id) => table.find((t) => t.id === id);
  console.log('');
  console.log('Targets on the ~1 GB image (the CLI when it works, else the reader alone):');
  const check = (name, ok, detail) => console.log(`- ${ok ? 'met ' : 'MISS'} ${name}: ${detail}`);
  const f = get('ll-file') ?? get('r-file');
  check('<= 1.5x GNU tar listing (uncompressed)', f.ratio <= 1.5, `${f.ratio.toFixed(2)}x (${f.label})`);
  const o = get('ll-oci') ?? get('r-oci');
  check('<= 1.1x pigz -dc | tar -t (gzip)', o.ratio <= 1.1, `${o.ratio.toFixed(2)}x (${o.label})`);
  const rowOf = (t) => rows.find((r) => r.id === t.id);
  const big = table.filter((t) => rowOf(t).ll && rowOf(t).big);
  const peak = big.reduce((m, t) => (t.rss > m.rss ? t : m));
  check('peak RSS <= 150 MB', peak.rss <= 150, `${peak.rss.toFixed(0)} MB (max over the big-image layerlint rows: ${peak.label})`);
  const e = get('ll-engine') ?? get('r-engine');
  check('end to end <= 1.05x docker save > /dev/null', e.ratio <= 1.05, `${e.ratio.toFixed(2)}x (${e.label})`);
}

// ---------------------------------------------------------------------------------------------
// --choices: the measurements behind the reader's design choices (docs/archive.md), on the largest
// layer of the big image: header reader vs tar-stream, zlib vs fflate, chunk sizes, content hash.

async function choices() {
  const { createReadStream } = await import('node:fs');
  const zlib = await import('node:zlib');
  const crypto = await import('node:crypto');
  const layer = join(dir, 'layer.tar');
  const layerGz = join(dir, 'layer.tar.gz');
  if (!existsSync(layerGz)) {
    const largest = execFileSync('bash', ['-c', `tar -tvf ${q(bigTar)} | sort -k3 -n | tail -1 | awk '{print $6}'`]).toString().trim();
    sh(`tar -xOf ${q(bigTar)} ${q(largest)} > ${q(layer)} && pigz -6 -c ${q(layer)} > ${q(layerGz)}`);
  }
  const smallLayer = join(dir, 'small-layer.tar');
  if (!existsSync(smallLayer)) sh(`tar -xOf ${q(smallTar)} --wildcards '*/layer.tar' > ${q(smallLayer)}`);
  const entry = join(dir, 'choices.mjs');
  await esbuild.build({
    stdin: {
      contents: `export { TarParser } from ${JSON.stringify(join(repo, 'src/archive/tar.ts'))};\nexport { LayerScanner, contentHashReady } from ${JSON.stringify(join(repo, 'src/archive/layer.ts'))};`,
      resolveDir: repo,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    outfile: entry,
  });
  const { TarParser, LayerScanner, contentHashReady } = await import(entry);
  await contentHashReady();
  const xxh = await (await import(join(repo, 'node_modules/xxhash-wasm/esm/xxhash-wasm.js'))).default();
  const tarStream = (await import(join(repo, 'node_modules/tar-stream/index.js'))).default;
  const fflate = await import(join(repo, 'node_modules/fflate/esm/index.mjs'));
  const read = (file, hwm) => createReadStream(file, { highWaterMark: hwm });
  const MiB = 1 << 20;
  const time = async (label, f) => {
    const t = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      await f();
      t.push((performance.now() - s) / 1000);
    }
    return { label, s: median(t) };
  };
  const parseOnly = async (src) => {
    let n = 0;
    const p = new TarParser({ onEntry: () => n++, onData: () => {}, onEntryEnd: () => {} });
    for await (const c of src) p.push(c);
    p.end();
    return n;
  };
  const viaTarStream = (src) =>
    new Promise((res, rej) => {
      const x = tarStream.extract();
      let n = 0;
      x.on('entry', (_h, stream, next) => {
        n++;
        stream.on('end', next);
        stream.resume();
      });
      x.on('finish', () => res(n));
      x.on('error', rej);
      src.pipe(x);
    });
  const gunzip = (chunkSize, hwm) =>
    new Promise((res, rej) => {
      const z = zlib.createGunzip({ chunkSize });
      let n = 0;
      z.on('data', (b) => (n += b.length));
      z.on('end', () => res(n));
      z.on('error', rej);
      read(layerGz, hwm).pipe(z);
    });
  const viaFflate = () =>
    new Promise((res, rej) => {
      let n = 0;
      const g = new fflate.Gunzip((d, final) => {
        n += d.length;
        if (final) res(n);
      });
      const s = read(layerGz, MiB);
      s.on('data', (c) => g.push(c));
      s.on('end', () => g.push(new Uint8Array(0), true));
      s.on('error', rej);
    });
  const scanner = async (file, compression, hwm) => {
    const s = new LayerScanner(file, 'layer', compression);
    for await (const c of read(file, hwm)) {
      s.write(c);
      const d = s.drain();
      if (d) await d;
    }
    return s.finish();
  };
  const hashAll = async (alg) => {
    const h = crypto.createHash(alg);
    for await (const c of read(layer, MiB)) h.update(c);
    return h.digest('hex');
  };
  const xxh64All = async () => {
    const h = xxh.create64();
    for await (const c of read(layer, MiB)) h.update(c);
    return h.digest();
  };
  // Every regular file of small-layer.tar hashed alone (one call per file), as the scanner does for
  // files whose bytes arrive in one chunk; the bodies are collected first so only hashing is timed.
  const smallBodies = [];
  {
    let cur;
    const p = new TarParser({
      onEntry: (h) => (cur = h.type === '0' && h.size > 0 ? [] : undefined),
      onData: (b) => cur?.push(Buffer.from(b)),
      onEntryEnd: () => cur && smallBodies.push(Buffer.concat(cur)),
    });
    for await (const c of read(smallLayer, MiB)) p.push(c);
    p.end();
  }
  const perFile = (f) => async () => {
    for (const b of smallBodies) f(b);
  };
  const rowsC = [
    await time('cat layer.tar > /dev/null (read only, 1 MiB chunks)', async () => { for await (const _ of read(layer, MiB)); }),
    await time('header reader (src/archive/tar.ts), 1 MiB chunks', () => parseOnly(read(layer, MiB))),
    await time('header reader, 64 KiB chunks (Node default highWaterMark)', () => parseOnly(read(layer, 64 * 1024))),
    await time('tar-stream extract, 1 MiB chunks', () => viaTarStream(read(layer, MiB))),
    await time('tar-stream extract, 64 KiB chunks', () => viaTarStream(read(layer, 64 * 1024))),
    await time('small-layer.tar (100k files): header reader, 1 MiB chunks', () => parseOnly(read(smallLayer, MiB))),
    await time('small-layer.tar (100k files): tar-stream extract, 1 MiB chunks', () => viaTarStream(read(smallLayer, MiB))),
    await time('small-layer.tar (100k files): LayerScanner full scan', () => scanner(smallLayer, 'none', MiB)),
    await time('zlib gunzip, chunkSize 1 MiB, 1 MiB reads', () => gunzip(MiB, MiB)),
    await time('zlib gunzip, chunkSize 16 KiB (default), 64 KiB reads', () => gunzip(16 * 1024, 64 * 1024)),
    await time('fflate Gunzip (pure JS), 1 MiB reads', () => viaFflate()),
    await time('sha256 of the layer tar (the diffID alone)', () => hashAll('sha256')),
    await time('sha1 of the layer tar', () => hashAll('sha1')),
    await time('md5 of the layer tar', () => hashAll('md5')),
    await time('XXH64 (xxhash-wasm) of the layer tar, streaming', () => xxh64All()),
    await time(`small-layer.tar: sha1 of each of its ${smallBodies.length} files (crypto.hash one-shot)`, perFile((b) => crypto.hash('sha1', b, 'hex'))),
    await time(`small-layer.tar: XXH64 of each of its ${smallBodies.length} files (h64Raw + hex)`, perFile((b) => xxh.h64Raw(b).toString(16).padStart(16, '0'))),
    await time('LayerScanner: full scan of layer.tar (diffID + headers + XXH64 per file)', () => scanner(layer, 'none', MiB)),
    await time('LayerScanner: full scan of layer.tar, 64 KiB reads', () => scanner(layer, 'none', 64 * 1024)),
    await time('LayerScanner: full scan of layer.tar.gz', () => scanner(layerGz, 'gzip', MiB)),
    await time('pigz -dc layer.tar.gz | tar -t', async () => sh(`pigz -dc ${q(layerGz)} | tar -t > /dev/null`)),
  ];
  console.log('');
  console.log(
    `Design choices (layer.tar: the big image's largest layer, ${gb(size(layer))} GB, gzip ${gb(size(layerGz))} GB; small-layer.tar: ${gb(size(smallLayer))} GB; median of ${runs})`,
  );
  console.log('| measurement | s |');
  console.log('|---|---:|');
  for (const r of rowsC) console.log(`| ${r.label} | ${r.s.toFixed(2)} |`);
}
