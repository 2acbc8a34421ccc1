/** Pure rendering of a baseline comparison: headline, changed/added/removed layers, grown files. */
import { formatBytes, formatDelta } from '../common/size.js';
import { truncate } from '../common/text.js';
import { code, num, plain, text as escapeText } from './escape.js';
import type { BaselineComparison } from '../report/types.js';

/** How many changed layers and grown files are listed. */
const ROWS = 10;
const LABEL_CHARS = 80;

/**
 * Render the comparison's details (the headline and the layer delta column are the main renderers'
 * job): layers that changed, were added or removed, and the files that grew most.
 */
export function renderBaseline(cmp: BaselineComparison, format: 'text' | 'markdown'): string {
  const md = format === 'markdown';
  const label = (s: string): string => (md ? code(s, LABEL_CHARS) : truncate(s, LABEL_CHARS));
  const out: string[] = [];
  out.push(
    md
      ? `#### Compared with ${escapeText(cmp.label, 60)}: ${plain(cmp.headline.replace(/ vs .*$/, ''), 200)}`
      : `Baseline: ${cmp.headline}`,
  );
  const t = cmp.totals;
  out.push(
    `${md ? '' : '  '}content ${formatDelta(t.contentBytes.delta)} · final ${formatDelta(t.finalBytes.delta)} · wasted ${formatDelta(t.wastedBytes.delta)} · ` +
      `compressed ${formatDelta(t.blobBytes.delta)} · layers ${t.layerCount.delta >= 0 ? '+' : ''}${num(t.layerCount.delta)}`,
  );
  const changed = cmp.layers.filter(
    (l) => l.baselineIndex !== null && l.changed && l.contentBytes.delta !== 0,
  );
  changed.sort(
    (a, b) => Math.abs(b.contentBytes.delta) - Math.abs(a.contentBytes.delta) || a.index - b.index,
  );
  const added = cmp.layers.filter((l) => l.baselineIndex === null);
  const rows: [string, string, string][] = [
    ...changed.map((l): [string, string, string] => [
      `#${num(l.index)}`,
      label(l.label),
      formatDelta(l.contentBytes.delta),
    ]),
    ...added.map((l): [string, string, string] => [
      `#${num(l.index)} (added)`,
      label(l.label),
      formatDelta(l.contentBytes.current),
    ]),
    ...cmp.removed.map((r): [string, string, string] => [
      `was #${num(r.baselineIndex)} (removed)`,
      label(r.label),
      formatDelta(-r.contentBytes),
    ]),
  ];
  if (rows.length > 0) {
    out.push('');
    if (md) out.push('| Layer | Instruction | Δ |', '|---|---|--:|');
    for (const [i, l, d] of rows.slice(0, ROWS))
      out.push(md ? `| ${i} | ${l} | ${d} |` : `  ${i.padEnd(20)} ${d.padStart(12)}  ${l}`);
    if (rows.length > ROWS)
      out.push(md ? `| … ${num(rows.length - ROWS)} more | | |` : `  … ${rows.length - ROWS} more`);
  }
  if (cmp.grownFiles.length > 0) {
    out.push(
      '',
      md
        ? `Files that grew most${cmp.filesExact ? '' : ' (approximate: from capped file lists)'}:`
        : `  Files that grew most${cmp.filesExact ? '' : ' (approximate)'}:`,
    );
    if (md) out.push('', '| File | Now | Δ |', '|---|--:|--:|');
    for (const f of cmp.grownFiles.slice(0, ROWS)) {
      const now = formatBytes(f.bytes);
      const d = f.baselineBytes === null ? `${formatDelta(f.delta)} (new)` : formatDelta(f.delta);
      out.push(
        md ? `| ${code(f.path, 160)} | ${now} | ${d} |` : `    ${d.padStart(18)}  ${truncate(f.path, 100)}`,
      );
    }
  }
  return out.join('\n');
}
