import { describe, expect, it } from 'vitest';
import {
  TarFormatError,
  TarParser,
  isTarHeader,
  parseNumeric,
  parsePax,
  type TarHeader,
} from '../../src/archive/tar.js';
import { CHUNK_SIZES, header, syntheticTar, type SyntheticEntry } from '../helpers/synthetic.js';
import { at } from './at.js';

interface Seen {
  h: TarHeader;
  data: string;
}

/** Parse a tar fed in `size`-byte chunks (0 = whole), collecting headers and bodies. */
function parse(tar: Buffer, size: number): Seen[] {
  const seen: Seen[] = [];
  let cur: Seen | undefined;
  const p = new TarParser({
    onEntry: (h) => {
      cur = { h, data: '' };
      seen.push(cur);
    },
    onData: (b) => {
      if (cur) cur.data += b.toString('latin1');
    },
    onEntryEnd: () => {
      cur = undefined;
    },
  });
  const step = size || tar.length || 1;
  for (let i = 0; i < tar.length; i += step) p.push(tar.subarray(i, i + step));
  p.end();
  return seen;
}

const longName = `${'d'.repeat(120)}/${'f'.repeat(80)}`;
const entries: SyntheticEntry[] = [
  { name: 'a.txt', body: 'hello' },
  { name: 'dir/', type: '5' },
  { name: 'x', prefix: 'some/prefix', body: 'p' },
  {
    name: 'ignored',
    pax: { path: 'pax/long/path.bin', size: '3', mtime: '1700000123.5', uid: '4242', gid: '77' },
    body: 'abc',
  },
  { name: longName, gnuLongName: true, body: 'L' },
  { name: 'sym', type: '2', linkname: '../target' },
  { name: 'hard', type: '1', linkname: 'a.txt' },
  { name: 'big', base256Size: true, body: 'base256' },
  { name: 'olddir/', type: '\0', v7: true },
];

describe('TarParser', () => {
  for (const size of CHUNK_SIZES) {
    it(`reads ustar, PAX, GNU long names and base-256 sizes (chunks of ${size || 'whole'})`, () => {
      const seen = parse(syntheticTar(entries), size);
      expect(seen.map((s) => [s.h.name, s.h.type, s.h.size, s.data])).toEqual([
        ['a.txt', '0', 5, 'hello'],
        ['dir/', '5', 0, ''],
        ['some/prefix/x', '0', 1, 'p'],
        ['pax/long/path.bin', '0', 3, 'abc'],
        [longName, '0', 1, 'L'],
        ['sym', '2', 0, ''],
        ['hard', '1', 0, ''],
        ['big', '0', 7, 'base256'],
        ['olddir/', '5', 0, ''],
      ]);
      const pax = at(seen, 3).h;
      expect([pax.mtime, pax.uid, pax.gid]).toEqual([1700000123.5, 4242, 77]);
      expect(at(seen, 5).h.linkname).toBe('../target');
      expect(at(seen).h.offset).toBe(0);
      expect(at(seen, 1).h.offset).toBe(1024);
    });
  }

  it('applies global PAX records to every later entry', () => {
    const tar = syntheticTar([
      { name: 'g', type: 'g', body: '12 uid=4711\n' },
      { name: 'one', body: '1' },
      { name: 'two' },
    ]);
    expect(parse(tar, 7).map((s) => [s.h.name, s.h.uid])).toEqual([
      ['one', 4711],
      ['two', 4711],
    ]);
  });

  it('keeps only the permission bits of mode (0100644 from a rootfs tarball is 0644)', () => {
    const tar = syntheticTar([{ name: 'usr/bin/tool', body: 'x', mode: 0o644 }]);
    // tar-stream masks mode to 07777, so write the S_IFREG form by hand and re-sum the header.
    tar.write('0100644\0', 100, 'latin1');
    tar.fill(0x20, 148, 156);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += at([...tar.subarray(0, 512)], i);
    tar.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    expect(parse(tar, 0).map((e) => e.h.mode)).toEqual([0o644]);
  });

  it('rejects a bad header checksum with its offset', () => {
    const tar = syntheticTar([
      { name: 'a', body: 'x' },
      { name: 'b', body: 'y', badChecksum: true },
    ]);
    expect(() => parse(tar, 0)).toThrow(TarFormatError);
    try {
      parse(tar, 0);
    } catch (e) {
      expect((e as TarFormatError).offset).toBe(1024);
      expect((e as TarFormatError).problem).toMatch(/checksum/);
    }
  });

  for (const size of CHUNK_SIZES) {
    it(`reports truncation inside an entry and inside a header (chunks of ${size || 'whole'})`, () => {
      const tar = syntheticTar([{ name: 'a', body: Buffer.alloc(2000, 1) }], { noEnd: true });
      expect(() => parse(tar.subarray(0, 1000), size)).toThrow(/truncated/);
      expect(() => parse(tar.subarray(0, 300), size)).toThrow(/truncated/);
    });
  }

  it('reports a declared size larger than the stream as truncated', () => {
    const tar = syntheticTar([{ name: 'huge', size: 1e12, body: 'tiny' }], { noEnd: true });
    expect(() => parse(tar, 512)).toThrow(/truncated/);
  });

  it('stops at the end-of-archive block and ignores what follows', () => {
    const tar = Buffer.concat([
      syntheticTar([{ name: 'a', body: 'x' }]),
      Buffer.from('garbage after the end'),
    ]);
    expect(parse(tar, 0).map((s) => s.h.name)).toEqual(['a']);
  });

  it('parses numeric fields: octal with spaces/NULs, base-256, and rejects junk', () => {
    expect(parseNumeric(Buffer.from(' 0000755\0'), 0, 9)).toBe(0o755);
    expect(parseNumeric(Buffer.from('\0\0\0\0'), 0, 4)).toBe(0);
    expect(parseNumeric(Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 1, 0]), 0, 9)).toBe(256);
    expect(parseNumeric(Buffer.from('12z4'), 0, 4)).toBeNaN();
  });

  it('parses PAX records whose length counts bytes, not characters', () => {
    const rec = ' path=é.txt\n';
    const len = Buffer.byteLength(rec) + 2;
    expect(parsePax(Buffer.from(`${len}${rec}`)).get('path')).toBe('é.txt');
  });

  it('recognises a header block by its checksum', () => {
    expect(isTarHeader(header({ name: 'a', v7: true }, 0))).toBe(true);
    expect(isTarHeader(header({ name: 'a', badChecksum: true }, 0))).toBe(false);
    expect(isTarHeader(Buffer.alloc(512))).toBe(false);
  });
});
