/**
 * Semi-global alignment of instructions with history entries by dynamic programming: the base
 * image is a free prefix of the history, so one missing or extra entry never shifts the rest.
 */
import type { HistoryEntry } from '../oci/types.js';
import { scorePair, type Score, type Sig } from './score.js';
import type { MappingQuality, ParsedInstruction } from './types.js';

const GAP_INSTRUCTION = 2;
const GAP_LAYER = 3;
const GAP_EMPTY = 1;

/** Traceback moves. */
const MATCH = 1;
const SKIP_INSTRUCTION = 2;
const SKIP_ENTRY = 3;

/** One instruction's matched history entry. */
export interface AlignedPair {
  j: number;
  quality: Exclude<MappingQuality, 'none'>;
}

/**
 * Align instructions (in order) with history entries (bottom to top). Leading history entries are
 * free (the base image); everything else costs a gap. Returns, per instruction, the matched entry
 * or null, and the total score.
 */
export function align(
  instrs: ParsedInstruction[],
  sigs: Sig[],
  history: HistoryEntry[],
): { pairs: (AlignedPair | null)[]; score: number } {
  const m = instrs.length;
  const n = sigs.length;
  const W = n + 1;
  const pair = pairScores(instrs, sigs);
  const score = new Float64Array((m + 1) * W);
  const move = new Uint8Array((m + 1) * W);
  const at = (i: number, j: number): number => score[i * W + j] ?? 0;
  const entryGap = (j: number): number => (history[j]?.empty_layer === true ? GAP_EMPTY : GAP_LAYER);
  for (let i = 1; i <= m; i++) {
    score[i * W] = at(i - 1, 0) - GAP_INSTRUCTION;
    move[i * W] = SKIP_INSTRUCTION;
  }
  for (let j = 1; j <= n; j++) move[j] = SKIP_ENTRY; // free leading entries: the base image
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      let best = at(i - 1, j) - GAP_INSTRUCTION;
      let mv = SKIP_INSTRUCTION;
      const skipEntry = at(i, j - 1) - entryGap(j - 1);
      if (skipEntry > best) {
        best = skipEntry;
        mv = SKIP_ENTRY;
      }
      const p = pair[(i - 1) * n + (j - 1)];
      // Prefer a match on ties so equal scores do not drop a real pairing.
      if (p && at(i - 1, j - 1) + p.score >= best) {
        best = at(i - 1, j - 1) + p.score;
        mv = MATCH;
      }
      score[i * W + j] = best;
      move[i * W + j] = mv;
    }
  }
  return { pairs: traceback(move, pair, m, n), score: at(m, n) };
}

/** Every instruction scored against every entry, row-major. */
function pairScores(instrs: ParsedInstruction[], sigs: Sig[]): (Score | null)[] {
  const n = sigs.length;
  const pair = new Array<Score | null>(instrs.length * n).fill(null);
  instrs.forEach((ins, i) => {
    sigs.forEach((sig, j) => {
      pair[i * n + j] = scorePair(ins, sig);
    });
  });
  return pair;
}

function traceback(move: Uint8Array, pair: (Score | null)[], m: number, n: number): (AlignedPair | null)[] {
  const W = n + 1;
  const out = new Array<AlignedPair | null>(m).fill(null);
  let i = m;
  let j = n;
  while (i > 0 && j >= 0) {
    const mv = move[i * W + j];
    if (mv === MATCH) {
      const p = pair[(i - 1) * n + (j - 1)];
      if (p) out[i - 1] = { j: j - 1, quality: p.quality };
      i--;
      j--;
    } else if (mv === SKIP_ENTRY && j > 0) {
      j--;
    } else {
      i--;
    }
  }
  return out;
}
