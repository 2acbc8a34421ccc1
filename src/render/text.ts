/** The plain-text renderer for terminals: a layer table, totals, findings, budgets. Pure. */
import { platformString } from '../oci/platform.js';
import { displayCreatedBy } from '../image/history.js';
import { renderBaseline } from './baseline.js';
import { formatBytes, formatDelta } from '../common/size.js';
import { SEVERITIES } from '../lint/severity.js';
import { renderBudgetTable } from './budgets.js';
import { printable, shorten } from '../common/text.js';
import { findingAmounts, formatRatio } from './format.js';
import { textTable } from './table.js';
import type { BaselineComparison, BudgetResult, LayerReport, Report } from '../report/types.js';

const CREATED_BY_CHARS = 72;
const LARGEST_SHOWN = 5;

/** `created_by` without the shell boilerplate builders add, on one line. */
export function shortCreatedBy(createdBy: string | null, max = CREATED_BY_CHARS): string {
  if (createdBy === null) return '(no history)';
  return shorten(displayCreatedBy(createdBy), max);
}

function layerLabel(l: LayerReport, dockerfile: string | null): string {
  if (l.instruction) {
    const where = `${printable(dockerfile ?? 'Dockerfile')}:${l.instruction.line}`;
    return shorten(`${where} ${l.instruction.text}`, CREATED_BY_CHARS);
  }
  return shortCreatedBy(l.createdBy);
}

function budgetLines(budgets: readonly BudgetResult[]): string[] {
  // Names and details can quote layer text: make them printable before the table is laid out.
  const safe = budgets.map((b) => ({
    ...b,
    name: printable(b.name),
    ...(b.detail !== undefined ? { detail: shorten(b.detail, 120) } : {}),
  }));
  return renderBudgetTable(safe, 'text')
    .split('\n')
    .map((l) => `  ${l}`);
}

/** The comparison with every string from the images made printable (labels, refs, paths). */
function printableComparison(c: BaselineComparison): BaselineComparison {
  return {
    ...c,
    label: printable(c.label),
    headline: printable(c.headline),
    layers: c.layers.map((l) => ({ ...l, label: printable(l.label) })),
    removed: c.removed.map((r) => ({ ...r, label: printable(r.label) })),
    grownFiles: c.grownFiles.map((f) => ({ ...f, path: printable(f.path) })),
  };
}

/** The line outputs show first when the Dockerfile mapping cannot be trusted, or null. */
export function mappingNotice(report: Pick<Report, 'mappingUnreliable' | 'dockerfile'>): string | null {
  const why = report.mappingUnreliable;
  if (why === undefined || why === null) return null;
  const df = printable(report.dockerfile ?? 'the Dockerfile');
  return `WARNING: ${df} does not match this image, so its line mapping is unreliable (${printable(why)}). Findings are not placed on its lines in annotations or SARIF.`;
}

/** Render one report as text. */
export function renderText(report: Report): string {
  const out: string[] = [];
  const img = report.image;
  const name = printable(img.ref ?? report.source);
  out.push(`layerlint ${report.tool.version}: ${name} (${platformString(img.platform)}, ${img.format})`);
  if (img.ref !== null && report.source !== img.ref) out.push(`source: ${printable(report.source)}`);
  const unreliable = mappingNotice(report);
  if (unreliable !== null) out.push(shorten(unreliable, 400));
  out.push('');

  const baseline = report.baseline && printableComparison(report.baseline);
  const deltas = baseline?.layerDeltas;
  const rows = [
    [
      'LAYER',
      'SIZE',
      ...(deltas ? ['DELTA'] : []),
      'WASTE',
      report.dockerfile ? 'INSTRUCTION' : 'CREATED BY',
    ],
  ];
  for (const l of report.layers) {
    const waste = l.removedBytes + l.overwrittenBytes;
    const d = deltas?.[l.index];
    rows.push([
      String(l.index),
      formatBytes(l.contentBytes),
      ...(deltas ? [d === undefined ? '' : d === null ? 'new' : formatDelta(d)] : []),
      waste === 0 ? '-' : formatBytes(waste),
      layerLabel(l, report.dockerfile),
    ]);
  }
  out.push(...textTable(rows, new Set(deltas ? [0, 1, 2, 3] : [0, 1, 2])));
  out.push('WASTE: bytes of lower layers that a layer deletes or overwrites; they still ship.');
  out.push('');

  const t = report.totals;
  const d = report.dive;
  out.push('Totals');
  out.push(
    `  content    ${formatBytes(t.contentBytes)} in ${t.layerCount} layer${t.layerCount === 1 ? '' : 's'}`,
  );
  out.push(`  final      ${formatBytes(t.finalBytes)} in ${t.fileCount} file${t.fileCount === 1 ? '' : 's'}`);
  out.push(
    `  wasted     ${formatBytes(t.wastedBytes)} (removed ${formatBytes(t.removedBytes)}, overwritten ${formatBytes(t.overwrittenBytes)})`,
  );
  out.push(`  efficiency ${formatRatio(t.efficiency)}`);
  const userWasted = d.userWastedPercent === null ? 'n/a' : formatRatio(d.userWastedPercent);
  out.push(
    `  dive       efficiency ${formatRatio(d.efficiency)}, wasted ${formatBytes(d.wastedBytes)}, user wasted ${userWasted}`,
  );

  if (baseline) {
    out.push('');
    out.push(renderBaseline(baseline, 'text'));
  }

  if (report.largestFiles.length > 0) {
    out.push('');
    out.push('Largest files');
    const shown = report.largestFiles.slice(0, LARGEST_SHOWN);
    out.push(
      ...textTable(
        shown.map((f) => [formatBytes(f.bytes), `/${printable(f.path)}`]),
        new Set([0]),
      ).map((l) => `  ${l}`),
    );
  }

  if (report.findings.length > 0) {
    out.push('');
    out.push(`Findings (${report.findings.length})`);
    for (const sev of SEVERITIES) {
      const group = report.findings.filter((f) => f.severity === sev);
      if (group.length === 0) continue;
      out.push(`  ${sev} (${group.length})`);
      for (const f of group) {
        const where =
          f.line !== null
            ? ` ${printable(report.dockerfile ?? 'Dockerfile')}:${f.line}`
            : f.layerIndex !== null
              ? ` layer ${f.layerIndex}`
              : '';
        const amounts = findingAmounts(f);
        const bytes = amounts.length > 0 ? ` [${amounts.join(', ')}]` : '';
        out.push(`    ${printable(f.ruleId)}${where}: ${shorten(f.message, 160)}${bytes}`);
        for (const p of f.paths) out.push(`      ${formatBytes(p.bytes).padStart(9)}  /${printable(p.path)}`);
        if (f.pathCount > f.paths.length) out.push(`      … and ${f.pathCount - f.paths.length} more`);
        if (f.fix) out.push(`      fix: ${shorten(f.fix, 160)}`);
      }
    }
  }

  if (report.budgets.length > 0) {
    out.push('');
    out.push('Budgets');
    out.push(...budgetLines(report.budgets));
  }

  if (report.warnings.length > 0) {
    out.push('');
    out.push('Warnings');
    for (const w of report.warnings) out.push(`  - ${shorten(w, 200)}`);
  }

  out.push('');
  out.push(report.passed ? 'Result: passed' : `Result: FAILED (fail-on ${report.failOn})`);
  return `${out.join('\n')}\n`;
}

/** Render several reports (`--all-platforms`), separated by a blank line. */
export function renderTextAll(reports: readonly Report[]): string {
  return reports.map(renderText).join('\n');
}
