/** Size measures read off a report: one definition for budgets, baselines and renderers. */
import type { Report } from './types.js';

/** Which bytes `maxSize` and `maxGrowth` measure. */
export type SizeMeasure = 'content' | 'final';

/** The default measure: what the image ships (every layer's regular-file bytes, waste included). */
export const DEFAULT_SIZE_MEASURE: SizeMeasure = 'content';

/** Bytes of a report by measure. */
export function measureBytes(report: Pick<Report, 'totals'>, measure: SizeMeasure): number {
  return measure === 'final' ? report.totals.finalBytes : report.totals.contentBytes;
}

/** Wasted bytes as a percent of content bytes (0 when there is no content). */
export function wastedPercent(report: Pick<Report, 'totals'>): number {
  const { contentBytes, wastedBytes } = report.totals;
  return contentBytes === 0 ? 0 : (wastedBytes * 100) / contentBytes;
}
