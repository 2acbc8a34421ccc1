import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

describe('Progress', () => {
  test('draws bytes and layers on one line, throttled, and clears it', () => {
    const out = new Sink();
    let now = 0;
    const p = new Progress(out, () => now);
    p.update({ bytes: 1_500_000, layers: 1 });
    now = 50;
    p.update({ bytes: 2_000_000, layers: 1 }); // within 100 ms: skipped
    now = 150;
    p.update({ bytes: 3_000_000, layers: 2 });
    p.clear();
    expect(out.text).toBe(
      '\r\u001b[Klayerlint: read 1.5 MB, 1 layer analysed' +
        '\r\u001b[Klayerlint: read 3.0 MB, 2 layers analysed' +
        '\r\u001b[K',
    );
  });

  test('clear without a drawn line writes nothing', () => {
    const out = new Sink();
    new Progress(out).clear();
    expect(out.text).toBe('');
  });
});
