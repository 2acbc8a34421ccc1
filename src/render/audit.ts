/** Pure audit renderers: markdown (job summary, tracking issue) and the JSON value. */
import { formatBytes, formatDelta } from '../common/size.js';
import { code, num, text } from './escape.js';
import { imageId } from '../audit/build.js';
import type { AuditImage, AuditLayer, AuditReport, ImageDrift } from '../audit/types.js';

/** The hidden marker that finds the one tracking issue the Action creates or updates. */
export const AUDIT_ISSUE_MARKER = '<!-- layerlint-audit -->';

/** Rows per table before "… N more". */
const MAX_ROWS = 100;
const LABEL_CHARS = 80;

function pct(ratio: number): string {
  return `${(ratio * 100).toFixed(1)} %`;
}

function findingsCell(i: AuditImage): string {
  const f = i.findings;
  // The total is the sum shown, never a number taken from a merged file on its own.
  const total = f.error + f.warning + f.info;
  if (total === 0) return '0';
  const parts = [
    f.error ? `${num(f.error)} error` : '',
    f.warning ? `${num(f.warning)} warning` : '',
    f.info ? `${num(f.info)} info` : '',
  ].filter(Boolean);
  return `${num(total)} (${parts.join(', ')})`;
}

function layerList(layers: readonly AuditLayer[], max = 3): string {
  if (layers.length === 0) return '—';
  const shown = layers
    .slice(0, max)
    .map((l) => `${code(l.label, LABEL_CHARS)} (${formatBytes(l.contentBytes)})`);
  if (layers.length > max) shown.push(`… ${layers.length - max} more`);
  return shown.join('<br>');
}

function capped<T>(rows: readonly T[], render: (r: T) => string, cols: number): string[] {
  const out = rows.slice(0, MAX_ROWS).map(render);
  if (rows.length > MAX_ROWS)
    out.push(`| … ${rows.length - MAX_ROWS} more (see the audit JSON) |${' |'.repeat(cols - 1)}`);
  return out;
}

function driftStatus(d: ImageDrift): string {
  return { new: '🆕 new', removed: '🗑️ removed', changed: '🔄 changed', unchanged: 'unchanged' }[d.status];
}

/** Render the audit as GitHub markdown, starting with the tracking-issue marker. */
export function renderAuditMarkdown(audit: AuditReport): string {
  const t = audit.totals;
  const out: string[] = [AUDIT_ISSUE_MARKER, '## layerlint audit', ''];
  out.push(
    `**${num(t.images)}** image${t.images === 1 ? '' : 's'} · **${formatBytes(t.contentBytes)}** in layers · ` +
      `**${formatBytes(t.distinctLayerBytes)}** in distinct layers · ${formatBytes(t.savedBySharing)} saved by sharing`,
  );
  if (audit.drift) {
    const changed = audit.drift.images.filter((d) => d.status !== 'unchanged').length;
    out.push(
      '',
      `Drift vs the previous audit (${num(audit.drift.previousImages)} images): **${changed}** changed, added or removed.`,
    );
  }
  out.push('', '### Images', '');
  const driftBy = new Map((audit.drift?.images ?? []).map((d) => [imageId(d), d]));
  const withDrift = audit.drift !== null;
  out.push(
    `| Image | Platform | Size |${withDrift ? ' Δ |' : ''} Layers | Wasted | Efficiency | Findings | Unique | Shared | Status |`,
    `|---|---|--:|${withDrift ? '--:|' : ''}--:|--:|--:|---|--:|--:|---|`,
  );
  out.push(
    ...capped(
      audit.images,
      (i) => {
        const d = driftBy.get(imageId(i));
        const delta = withDrift
          ? ` ${d?.size ? formatDelta(d.size.delta) : d?.status === 'new' ? 'new' : '—'} |`
          : '';
        return (
          `| ${code(i.name, LABEL_CHARS)} | ${text(i.platform, 40)} | ${formatBytes(i.contentBytes)} |${delta} ${num(i.layerCount)} | ` +
          `${formatBytes(i.wastedBytes)} | ${pct(i.efficiency)} | ${findingsCell(i)} | ${formatBytes(i.uniqueBytes)} | ` +
          `${formatBytes(i.sharedBytes)} | ${i.passed ? '✅' : '❌'} |`
        );
      },
      withDrift ? 11 : 10,
    ),
  );
  if (audit.drift) {
    const rows = audit.drift.images.filter((d) => d.status !== 'unchanged');
    out.push('', '### Drift', '');
    if (rows.length === 0) out.push('No image changed since the previous audit.');
    else {
      out.push(
        '| Image | Change | Size | New layers | Removed layers | New findings |',
        '|---|---|--:|---|---|---|',
      );
      out.push(
        ...capped(
          rows,
          (d) =>
            `| ${code(d.name, LABEL_CHARS)} ${text(`[${d.platform}]`, 40)} | ${driftStatus(d)} | ` +
            `${d.size ? `${formatDelta(d.size.delta)} (${formatBytes(d.size.previous)} → ${formatBytes(d.size.current)})` : '—'} | ` +
            `${layerList(d.newLayers)} | ${layerList(d.removedLayers)} | ` +
            `${
              d.newFindings.length === 0
                ? '—'
                : d.newFindings
                    .slice(0, 5)
                    .map((k) => code(k, LABEL_CHARS))
                    .join('<br>') +
                  (d.newFindings.length > 5 ? `<br>… ${num(d.newFindings.length - 5)} more` : '')
            } |`,
          6,
        ),
      );
    }
  }
  out.push('', '### Shared layers', '');
  if (audit.shared.length === 0) out.push('No layer is shared by two or more of the audited images.');
  else {
    out.push('| Layer | Size | Images |', '|---|--:|---|');
    out.push(
      ...capped(
        audit.shared,
        (s) =>
          `| ${code(s.label, LABEL_CHARS)} ${code(s.digest.slice(0, 19), 19)} | ${formatBytes(s.contentBytes)} | ${s.images.map((n) => code(n, LABEL_CHARS)).join('<br>')} |`,
        3,
      ),
    );
  }
  if (audit.errors.length > 0) {
    out.push('', '### Not analysed', '');
    for (const e of audit.errors) out.push(`- ${code(e.name, LABEL_CHARS)}: ${text(e.message, 300)}`);
  }
  out.push(
    '',
    `<sub>${text(audit.tool.name, 20)} ${text(audit.tool.version, 20)} · sizes are layer content bytes (regular files)</sub>`,
    '',
  );
  return out.join('\n');
}

/** The audit JSON text: stable key order from buildAudit, two-space indent, trailing newline. */
export function renderAuditJson(audit: AuditReport): string {
  return `${JSON.stringify(audit, null, 2)}\n`;
}
