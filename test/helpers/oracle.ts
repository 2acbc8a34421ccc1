/**
 * The shape of fixtures/expected/<archive>.json, written by fixtures/oracle.py: an independent
 * Python implementation of the numbers, never by layerlint. Tests compare layerlint against it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OracleLayer {
  index: number;
  digest: string;
  tarBytes: number;
  blobBytes: number;
  compression: string;
  mediaType: string | null;
  contentBytes: number;
  files: number;
  dirs: number;
  symlinks: number;
  hardlinks: number;
  whiteouts: number;
  opaqueMarkers: number;
  createdBy: string | null;
  emptyLayer: boolean;
  removedBytes: number;
  overwrittenBytes: number;
}

export interface OracleTotals {
  contentBytes: number;
  finalBytes: number;
  wastedBytes: number;
  efficiency: number;
  layerCount: number;
  fileCount: number;
  removedBytes: number;
  overwrittenBytes: number;
}

export interface OracleReport {
  archive: string;
  format: string;
  platform: string;
  config: string;
  layers: OracleLayer[];
  totals: OracleTotals;
}

/** Read `<dir>/<archive>.json`. */
export function readOracle(dir: string, archive: string): OracleReport {
  return JSON.parse(readFileSync(join(dir, `${archive}.json`), 'utf8')) as OracleReport;
}
