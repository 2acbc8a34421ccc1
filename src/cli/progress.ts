/** A one-line progress indicator on stderr (only used when stderr is a terminal). */
import type { Writable } from 'node:stream';
import { formatBytes } from '../common/size.js';

const MIN_INTERVAL_MS = 100;
const CLEAR_LINE = '\r\u001b[K';

export class Progress {
  private last = 0;
  private drawn = false;
  constructor(
    private readonly out: Writable,
    private readonly now: () => number = Date.now,
  ) {}

  /** Redraw with the bytes read and layers done so far; throttled. */
  update(p: { bytes: number; layers: number }): void {
    const t = this.now();
    if (this.drawn && t - this.last < MIN_INTERVAL_MS) return;
    this.last = t;
    this.drawn = true;
    this.out.write(
      `${CLEAR_LINE}layerlint: read ${formatBytes(p.bytes)}, ${p.layers} layer${p.layers === 1 ? '' : 's'} analysed`,
    );
  }

  /** Erase the line, so the report starts on a clean line. */
  clear(): void {
    if (this.drawn) this.out.write(CLEAR_LINE);
    this.drawn = false;
  }
}
