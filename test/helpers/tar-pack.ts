/**
 * Writes tar entries with tar-stream's `pack`, synchronously, so the synthetic-archive helpers keep
 * returning Buffers while the bytes come from an independent tar writer rather than layerlint's own
 * code. tar-stream's pack is a streamx stream that emits on a later tick, so it runs in a worker
 * thread and the caller blocks on a shared flag (Atomics.wait) until the reply is posted.
 */
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** tar-stream header fields the helpers use (`mtime` in seconds; the worker makes it a Date). */
export interface PackHeader {
  name: string;
  type: 'file' | 'link' | 'symlink' | 'character-device' | 'block-device' | 'directory' | 'fifo';
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  linkname?: string;
  pax?: Record<string, string>;
}

// The worker (CommonJS, eval'd): packs each entry as its own tar and strips tar-stream's two
// end-of-archive blocks, so the caller can find and adjust each entry's header.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { pack } = require(workerData.tarStream);
const { port, signal } = workerData;
async function packOne(header, body) {
  const p = pack();
  const chunks = [];
  p.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve, reject) => { p.on('end', resolve); p.on('error', reject); });
  const h = { ...header, mtime: new Date(header.mtime * 1000) };
  // Only regular files carry a body; tar-stream rejects one on any other type.
  if (header.type === 'file') p.entry(h, Buffer.from(body)); else p.entry(h);
  p.finalize();
  await done;
  const all = Buffer.concat(chunks);
  return all.subarray(0, all.length - 1024);
}
parentPort.on('message', async ({ entries }) => {
  let reply;
  try {
    reply = { tars: await Promise.all(entries.map((e) => packOne(e.header, e.body))) };
  } catch (e) {
    reply = { error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

interface Bridge {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

const REPLY_TIMEOUT_MS = 30_000;
let bridge: Bridge | undefined;

function start(): Bridge {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const tarStream = createRequire(import.meta.url).resolve('tar-stream');
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { port: port2, signal, tarStream },
    transferList: [port2],
  });
  worker.unref();
  return { worker, port: port1, signal };
}

/** Each entry as tar-stream writes it (PAX header if any, header, padded body; no end blocks). */
export function packEntriesSync(entries: { header: PackHeader; body: Buffer }[]): Buffer[] {
  bridge ??= start();
  const { worker, port, signal } = bridge;
  Atomics.store(signal, 0, 0);
  worker.postMessage({ entries });
  if (Atomics.wait(signal, 0, 0, REPLY_TIMEOUT_MS) === 'timed-out') {
    throw new Error(`tar-stream pack worker did not answer within ${String(REPLY_TIMEOUT_MS)} ms`);
  }
  const reply = receiveMessageOnPort(port)?.message as { tars?: Uint8Array[]; error?: string } | undefined;
  if (!reply?.tars) throw new Error(`tar-stream pack failed: ${reply?.error ?? 'no reply'}`);
  return reply.tars.map((t) => Buffer.from(t.buffer, t.byteOffset, t.byteLength));
}
