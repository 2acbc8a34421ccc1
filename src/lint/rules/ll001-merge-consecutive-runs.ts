/** LL001: consecutive RUN instructions in one stage that each produce a layer. */
import type { HiddenFile } from '../../image/model.js';
import type { ParsedInstruction } from '../../dockerfile/types.js';
import { formatBytes } from '../../common/size.js';
import type { Rule, RuleContext } from '../types.js';
import { createdByIsRun } from '../../image/history.js';
import { isBaseLayer, layerForLine, sumBytes, type EvidenceRef } from '../helpers.js';

export interface Ll001Options {
  /** Smallest group of layer-producing RUNs that is reported. */
  minRuns: number;
}

interface Group {
  layers: number[];
  line: number | null;
  endLine: number | null;
}

function groupsFromDockerfile(ctx: RuleContext<Ll001Options>): Group[] {
  const out: Group[] = [];
  for (const stage of ctx.dockerfile?.stages ?? []) {
    let run: ParsedInstruction[] = [];
    const flush = (): void => {
      const withLayers = run
        .map((ins) => ({ ins, layer: layerForLine(ctx, stage.index, ins.line) }))
        .filter((x): x is { ins: ParsedInstruction; layer: number } => x.layer !== null);
      const first = withLayers[0];
      const last = withLayers[withLayers.length - 1];
      if (first && last && withLayers.length >= 2) {
        out.push({ layers: withLayers.map((x) => x.layer), line: first.ins.line, endLine: last.ins.endLine });
      }
      run = [];
    };
    for (const ins of stage.instructions) {
      if (ins.keyword.toUpperCase() === 'RUN') run.push(ins);
      else flush();
    }
    flush();
  }
  return out;
}

function groupsFromHistory(ctx: RuleContext<Ll001Options>): Group[] {
  const out: Group[] = [];
  let cur: number[] = [];
  const flush = (): void => {
    if (cur.length >= 2) out.push({ layers: cur, line: null, endLine: null });
    cur = [];
  };
  for (const layer of ctx.model.layers) {
    if (!isBaseLayer(ctx, layer.index) && createdByIsRun(layer.createdBy)) cur.push(layer.index);
    else flush();
  }
  flush();
  return out;
}

export const ll001: Rule<Ll001Options> = {
  id: 'LL001',
  name: 'merge-consecutive-runs',
  title: 'Consecutive RUN instructions each make a layer',
  defaultSeverity: 'info',
  rationale:
    'Every RUN commits a layer. Files that a later RUN of the same group deletes or overwrites still ship in the ' +
    'earlier layer, so splitting one job over several RUNs costs bytes as well as layers. The finding is a ' +
    'warning when merging would save bytes, and info when it would only save layers.',
  fix: 'Join the consecutive RUN instructions with `&&` (or a heredoc) and clean up in the same RUN that creates the files.',
  options: { minRuns: 2 },
  check(ctx, report) {
    // Fall back to history text when the Dockerfile could not be mapped (never guess lines).
    const mapped =
      ctx.dockerfile !== null && (ctx.mapping?.layers.some((l) => l.instruction !== null) ?? false);
    const groups = mapped ? groupsFromDockerfile(ctx) : groupsFromHistory(ctx);
    for (const g of groups) {
      if (g.layers.length < Math.max(2, ctx.options.minRuns)) continue;
      const inGroup = new Set(g.layers);
      const first = g.layers[0] as number;
      const wasted: HiddenFile[] = ctx.model.hidden.filter(
        (h) => inGroup.has(h.layer) && inGroup.has(h.hiddenBy) && h.hiddenBy > h.layer,
      );
      const bytes = sumBytes(wasted);
      const where =
        g.line !== null ? `lines ${g.line}-${g.endLine ?? g.line}` : `layers ${g.layers.join(', ')}`;
      const layersOnly = `${g.layers.length} consecutive RUN layers (${where}) could be one`;
      const say = (b: number): string =>
        `${g.layers.length} consecutive RUN layers (${where}); merging them saves ${formatBytes(b)} that a later RUN deletes or overwrites`;
      report({
        layerIndex: first,
        line: g.line,
        endLine: g.endLine,
        severity: bytes > 0 ? 'warning' : 'info',
        bytes,
        // Tagged with the copy each more specific rule's fix removes (LL003/LL004: the hidden one; LL005:
        // the identical rewrite), so the runner gives each wasted byte to one finding.
        paths: wasted.map((h): EvidenceRef => ({
          path: h.path,
          bytes: h.bytes,
          layer: h.sameContent ? h.hiddenBy : h.layer,
        })),
        message: bytes > 0 ? say(bytes) : layersOnly,
        messageAfterClaims: (b) => say(b),
        whenClaimed: { severity: 'info', message: layersOnly },
      });
    }
  },
};
