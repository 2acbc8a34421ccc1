/**
 * XXH64 (https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md), written from the spec with
 * BigInt: slow, but independent of the WebAssembly build the reader uses, so tests can check it.
 */
const P1 = 11400714785074694791n;
const P2 = 14029467366897019727n;
const P3 = 1609587929392839161n;
const P4 = 9650029242287828579n;
const P5 = 2870177450012600261n;
const M = (1n << 64n) - 1n;

const rotl = (x: bigint, r: bigint): bigint => ((x << r) | (x >> (64n - r))) & M;
const round = (acc: bigint, lane: bigint): bigint => (rotl((acc + lane * P2) & M, 31n) * P1) & M;
const merge = (acc: bigint, v: bigint): bigint => ((acc ^ round(0n, v)) * P1 + P4) & M;

/** XXH64 of `data` with `seed`, as 16 lowercase hex digits. */
export function xxh64Reference(data: Uint8Array | string, seed = 0n): string {
  const b =
    typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const len = b.length;
  let p = 0;
  let h: bigint;
  if (len >= 32) {
    const v = [(seed + P1 + P2) & M, (seed + P2) & M, seed & M, (seed - P1) & M] as [
      bigint,
      bigint,
      bigint,
      bigint,
    ];
    for (; p + 32 <= len; p += 32) {
      v.forEach((x, i) => {
        v[i] = round(x, b.readBigUInt64LE(p + 8 * i));
      });
    }
    h = (rotl(v[0], 1n) + rotl(v[1], 7n) + rotl(v[2], 12n) + rotl(v[3], 18n)) & M;
    for (const x of v) h = merge(h, x);
  } else h = (seed + P5) & M;
  h = (h + BigInt(len)) & M;
  for (; p + 8 <= len; p += 8) h = (rotl(h ^ round(0n, b.readBigUInt64LE(p)), 27n) * P1 + P4) & M;
  if (p + 4 <= len) {
    h = (rotl(h ^ ((BigInt(b.readUInt32LE(p)) * P1) & M), 23n) * P2 + P3) & M;
    p += 4;
  }
  for (; p < len; p++) h = (rotl(h ^ ((BigInt(b.readUInt8(p)) * P5) & M), 11n) * P1) & M;
  h = ((h ^ (h >> 33n)) * P2) & M;
  h = ((h ^ (h >> 29n)) * P3) & M;
  h ^= h >> 32n;
  return h.toString(16).padStart(16, '0');
}
