/**
 * Pure markdown renderer for the PR comment and the job summary: the sections of one report. Every
 * untrusted string goes through escape.ts; markdown-fit.ts keeps the body within the caller's budget.
 */
import type { Rule, Finding } from '../lint/types.js';
import { SEVERITIES, type Severity } from '../lint/severity.js';
import { platformString } from '../oci/platform.js';
import { displayCreatedBy } from '../image/history.js';
import { formatBytes, formatDelta } from '../common/size.js';
import type { BudgetResult, LayerReport, Report } from '../report/types.js';
import { renderBaseline } from './baseline.js';
import { renderBudgetTable } from './budgets.js';
import { code, encodeUrlPath, ident, lineNumber, num, text, textWithCode } from './escape.js';
import { fit, type Section } from './markdown-fit.js';
import { findingAmounts } from './format.js';

/** What the caller knows beyond the report: links, rule titles, where overflow goes. */
export interface MarkdownOptions {
  /** Where Dockerfile lines link to, e.g. `https://github.com/o/r/blob/<sha>`; plain text without it. */
  linkBase?: string;
  /** Repo-relative Dockerfile path for links; defaults to report.dockerfile. */
  dockerfilePath?: string | null;
  /** Rule metadata, for finding titles. */
  rules?: readonly Pick<Rule, 'id' | 'title'>[];
  /** Where the reader finds what was dropped; defaults to the job summary. */
  overflowHint?: string;
  /** Annotations not emitted because of the per-level cap (summary only). */
  annotationsOmitted?: { error: number; warning: number; notice: number };
}

export interface MarkdownContext extends MarkdownOptions {
  /** Byte budget for the whole body (UTF-8): the caller knows its target's limit. */
  maxBytes: number;
}

const LARGEST_FILES_SHOWN = 20;
const WASTED_FILES_SHOWN = 30;
const PATHS_PER_FINDING = 5;
const INSTRUCTION_CHARS = 90;
const PATH_CHARS = 160;
const BAR_WIDTH = 10;

const SEVERITY_HEAD: Record<Severity, string> = {
  error: '❌ Errors',
  warning: '⚠️ Warnings',
  info: 'ℹ️ Info',
};

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)} %`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

/** Dockerfile references, linked to the file at `base` (a blob URL) when the caller gives one. */
class Linker {
  constructor(
    private readonly base: string | null,
    private readonly path: string | null,
  ) {}

  /** `Dockerfile:12` (linked when there is a base), or '' without a line. */
  line(rawLine: number | null, rawEndLine: number | null): string {
    // Both go into a link anchor: only positive integers may.
    const line = lineNumber(rawLine);
    const endLine = lineNumber(rawEndLine);
    if (line === null || this.path === null) return '';
    const name = this.path.split('/').pop() ?? this.path;
    const range = endLine !== null && endLine !== line ? `${line}-${endLine}` : `${line}`;
    const label = text(`${name}:${range}`, 80);
    if (this.base === null) return label;
    const anchor = endLine !== null && endLine !== line ? `#L${line}-L${endLine}` : `#L${line}`;
    return `[${label}](${this.base}/${encodeUrlPath(this.path)}${anchor})`;
  }
}

function makeLinker(report: Report, ctx: MarkdownContext): Linker {
  const path = ctx.dockerfilePath !== undefined ? ctx.dockerfilePath : report.dockerfile;
  // The base goes into a link target: only a plain http(s) URL may.
  const base = ctx.linkBase && /^https?:\/\/[^\s()<>]+$/.test(ctx.linkBase) ? ctx.linkBase : null;
  return new Linker(base, path ? path.replace(/^\.\//, '') : null);
}

function headline(report: Report): string {
  const baseline = report.baseline;
  const counts = countFindings(report.findings);
  const t = report.totals;
  const verdict = report.passed ? '✅ passed' : '❌ failed';
  const name = report.image.ref ?? report.source;
  const platform = platformString(report.image.platform);
  const title = `### layerlint ${verdict}: ${code(name, 120)}${platform ? ` (${text(platform, 40)})` : ''}`;
  const numbers = [
    `**${formatBytes(t.finalBytes)}** final`,
    `${formatBytes(t.contentBytes)} in layers`,
    `**${formatBytes(t.wastedBytes)} wasted** (${percent(t.contentBytes === 0 ? 0 : t.wastedBytes / t.contentBytes)})`,
    `efficiency ${percent(t.efficiency)}`,
    plural(t.layerCount, 'layer'),
  ];
  if (baseline) numbers.push(`**${formatDelta(baseline.totalDelta)}** vs ${code(baseline.label, 60)}`);
  const findingLine = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${num(counts.info)} info · fails on ${ident(report.failOn, 20)}`;
  const budgetFails = report.budgets.filter((b) => b.status === 'fail').length;
  const budgetWarns = report.budgets.filter((b) => b.status === 'warn').length;
  const budgetLine =
    report.budgets.length > 0
      ? ` · budgets: ${budgetFails} failed, ${budgetWarns} warned, ${report.budgets.length - budgetFails - budgetWarns} passed`
      : '';
  const notice = mappingNotice(report);
  return [title, '', ...(notice ? [notice, ''] : []), numbers.join(' · '), '', findingLine + budgetLine].join(
    '\n',
  );
}

/** Said first when the Dockerfile mapping cannot be trusted: every line reference below is suspect. */
function mappingNotice(report: Report): string | null {
  const why = report.mappingUnreliable;
  if (why === undefined || why === null) return null;
  const df = report.dockerfile !== null ? code(report.dockerfile, 120) : 'The Dockerfile';
  return `> [!WARNING]\n> ${df} does not match this image, so its line mapping is unreliable: ${text(why, 300)}. Findings are not placed on its lines.`;
}

function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity] += 1;
  return c;
}

function findingSections(report: Report, ctx: MarkdownContext, link: Linker): Section[] {
  const titles = new Map((ctx.rules ?? []).map((r) => [r.id, r.title]));
  const out: Section[] = [];
  SEVERITIES.forEach((sev, i) => {
    const list = report.findings.filter((f) => f.severity === sev);
    if (list.length === 0) return;
    out.push({
      id: `findings-${sev}`,
      priority: 90 - i * 10,
      head: `#### ${SEVERITY_HEAD[sev]} (${list.length})\n`,
      items: list.map((f) => renderFinding(f, titles.get(f.ruleId), link)),
      tail: '',
      trimmed: 0,
      more: (n) => `- …and ${plural(n, 'more finding')} in the job summary / JSON report`,
    });
  });
  return out;
}

function renderFinding(f: Finding, title: string | undefined, link: Linker): string {
  const where = link.line(f.line, f.endLine);
  const layer = f.layerIndex !== null ? `layer ${num(f.layerIndex)}` : 'image';
  // The saving in bold, the bytes affected plain: they are different numbers (docs/model.md).
  const amounts = findingAmounts(f)
    .map((a) => (a.startsWith('saves') ? ` · **${a}**` : ` · ${a}`))
    .join('');
  const head = `- **${text(f.ruleId, 20)}**${title ? ` ${text(title, 100)}` : ''} · ${where ? `${where} · ` : ''}${layer}${amounts}`;
  const lines = [head, `  ${textWithCode(f.message, 400)}`];
  if (f.paths.length > 0) {
    const shown = f.paths
      .slice(0, PATHS_PER_FINDING)
      .map((p) => `${code(p.path, PATH_CHARS)} (${formatBytes(p.bytes)})`);
    const rest = f.pathCount - shown.length;
    lines.push(`  Evidence: ${shown.join(', ')}${rest > 0 ? `, and ${num(rest)} more` : ''}`);
  }
  if (f.fix) lines.push(`  Fix: ${textWithCode(f.fix, 400)}`);
  return lines.join('\n');
}

function layerCommand(l: LayerReport): string {
  if (l.instruction) return l.instruction.text;
  return displayCreatedBy(l.createdBy ?? '');
}

function bar(value: number, max: number): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * BAR_WIDTH * 8));
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  return '█'.repeat(full) + (part > 0 ? String.fromCharCode(0x2590 - part) : '');
}

function layerSection(report: Report, link: Linker): Section {
  const max = Math.max(0, ...report.layers.map((l) => l.contentBytes));
  const deltas = report.baseline?.layerDeltas;
  const header = deltas
    ? '| # | Line | Instruction | Size | Δ | Wasted | |\n|--:|---|---|--:|--:|--:|---|'
    : '| # | Line | Instruction | Size | Wasted | |\n|--:|---|---|--:|--:|---|';
  const items = report.layers.map((l) => {
    const where =
      link.line(l.instruction?.line ?? null, l.instruction?.endLine ?? null) ||
      (l.fromBaseImage ? 'base image' : '');
    const cmd = layerCommand(l);
    const cells = [
      num(l.index),
      where,
      cmd ? code(cmd, INSTRUCTION_CHARS) : '',
      l.emptyLayer ? '—' : formatBytes(l.contentBytes),
    ];
    if (deltas) {
      const d = deltas[l.index];
      cells.push(d === undefined ? '' : d === null ? 'new' : formatDelta(d));
    }
    const waste = l.removedBytes + l.overwrittenBytes;
    cells.push(waste > 0 ? formatBytes(waste) : '');
    cells.push(bar(l.contentBytes, max));
    return `| ${cells.join(' | ')} |`;
  });
  return {
    id: 'layers',
    priority: 60,
    head: `#### Layers\n\n${header}`,
    items,
    tail: '\n<sub>Wasted: bytes of lower layers that this layer deletes or overwrites; they still ship in the image.</sub>',
    trimmed: 0,
    more: (n) => `| | | …${plural(n, 'more layer')} | | |`,
  };
}

function chartSection(report: Report): Section | null {
  const layers = report.layers.filter((l) => !l.emptyLayer);
  if (layers.length < 2) return null;
  const max = Math.max(...layers.map((l) => l.contentBytes));
  const [div, unit] = max >= 1e9 ? [1e9, 'GB'] : max >= 1e6 ? [1e6, 'MB'] : [1e3, 'kB'];
  const values = layers.map((l) => Number((l.contentBytes / div).toFixed(2)));
  const top = Math.max(...values, 0.01);
  // Only numbers and layer indexes go into the chart: no untrusted text reaches mermaid.
  const chart = [
    '```mermaid',
    'xychart-beta',
    `  title "Layer sizes (${unit})"`,
    `  x-axis [${layers.map((l) => `"${num(l.index)}"`).join(', ')}]`,
    `  y-axis "${unit}" 0 --> ${Number((top * 1.1).toFixed(2))}`,
    `  bar [${values.map(num).join(', ')}]`,
    '```',
  ].join('\n');
  return {
    id: 'chart',
    priority: 20,
    head: '#### Layer sizes\n',
    items: [chart],
    tail: '',
    trimmed: 0,
    more: () => '',
  };
}

function budgetSection(budgets: readonly BudgetResult[]): Section | null {
  if (budgets.length === 0) return null;
  // The shared budget table, so text, markdown and summary show the same columns.
  const [h1 = '', h2 = '', ...rows] = renderBudgetTable(budgets, 'markdown').split('\n');
  return {
    id: 'budgets',
    priority: 85,
    head: `#### Budgets\n\n${h1}\n${h2}`,
    items: rows,
    tail: '',
    trimmed: 0,
    more: (n) => `| …${plural(n, 'more budget')} | | | | | |`,
  };
}

function detailsSection(
  id: string,
  priority: number,
  summary: string,
  header: string,
  rows: string[],
  total: number,
): Section | null {
  if (rows.length === 0) return null;
  return {
    id,
    priority,
    head: `<details><summary>${summary}</summary>\n\n${header}`,
    items: rows,
    tail: `${total > rows.length ? `\n…and ${total - rows.length} more in the JSON report.\n` : ''}\n</details>`,
    trimmed: 0,
    more: (n) => `| …${plural(n, 'more file')} | | |`,
  };
}

function largestFilesSection(report: Report): Section | null {
  const files = report.largestFiles.slice(0, LARGEST_FILES_SHOWN);
  return detailsSection(
    'largest',
    30,
    `Largest files (${files.length})`,
    '| Path | Size |\n|---|--:|',
    files.map((f) => `| ${code(f.path, PATH_CHARS)} | ${formatBytes(f.bytes)} |`),
    report.largestFiles.length,
  );
}

function wastedFilesSection(report: Report, link: Linker): Section | null {
  const rows: { path: string; bytes: number; how: string; layer: LayerReport }[] = [];
  for (const l of report.layers) {
    for (const f of l.deleted) rows.push({ path: f.path, bytes: f.bytes, how: 'deleted', layer: l });
    for (const f of l.modified) rows.push({ path: f.path, bytes: f.bytes, how: 'overwritten', layer: l });
  }
  const wasted = rows
    .filter((r) => r.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const shown = wasted.slice(0, WASTED_FILES_SHOWN);
  return detailsSection(
    'wasted',
    40,
    `Wasted files (${wasted.length})`,
    '| Path | Bytes | How | By layer |\n|---|--:|---|---|',
    shown.map((r) => {
      const where = link.line(r.layer.instruction?.line ?? null, r.layer.instruction?.endLine ?? null);
      return `| ${code(r.path, PATH_CHARS)} | ${formatBytes(r.bytes)} | ${r.how} | ${num(r.layer.index)}${where ? ` (${where})` : ''} |`;
    }),
    wasted.length,
  );
}

/** The baseline comparison's details: changed, added and removed layers, and the files that grew most. */
function baselineSection(report: Report): Section | null {
  const cmp = report.baseline;
  if (cmp === null) return null;
  const added = cmp.added.length;
  const removed = cmp.removed.length;
  const summary =
    `Compared with ${text(cmp.label, 60)}: ${formatDelta(cmp.totalDelta)}` +
    `${added ? ` · ${plural(added, 'layer')} added` : ''}${removed ? ` · ${plural(removed, 'layer')} removed` : ''}`;
  const notes = cmp.notes.map((n) => `> ${text(n, 300)}`).join('\n>\n');
  return {
    id: 'baseline',
    priority: 55,
    head: `<details><summary>${summary}</summary>\n`,
    items: [renderBaseline(cmp, 'markdown') + (notes ? `\n\n${notes}` : '')],
    tail: '\n</details>',
    trimmed: 0,
    more: () => '',
  };
}

function warningsSection(report: Report): Section | null {
  if (report.warnings.length === 0) return null;
  return {
    id: 'warnings',
    priority: 50,
    head: '#### Notes\n',
    items: report.warnings.map((w) => `- ${text(w, 300)}`),
    tail: '',
    trimmed: 0,
    more: (n) => `- …and ${n} more`,
  };
}

function annotationsNote(ctx: MarkdownContext): Section | null {
  const o = ctx.annotationsOmitted;
  if (!o || o.error + o.warning + o.notice === 0) return null;
  return {
    id: 'annotations',
    priority: 95,
    head: '',
    items: [
      `> GitHub shows at most 10 annotations per level: ${o.error} error, ${o.warning} warning and ${o.notice} notice annotations were not emitted; they are all listed below.`,
    ],
    tail: '',
    trimmed: 0,
    more: () => '',
  };
}

/** Render one report as GitHub markdown, at most `ctx.maxBytes` UTF-8 bytes. */
export function renderMarkdown(report: Report, ctx: MarkdownContext): string {
  const link = makeLinker(report, ctx);
  const sections = [
    annotationsNote(ctx),
    ...findingSections(report, ctx, link),
    budgetSection(report.budgets),
    layerSection(report, link),
    chartSection(report),
    baselineSection(report),
    warningsSection(report),
    wastedFilesSection(report, link),
    largestFilesSection(report),
  ].filter((s): s is Section => s !== null);
  const footer = `<sub>${text(report.tool.name, 20)} ${text(report.tool.version, 20)} · ${code(report.image.configDigest.slice(0, 19), 19)}</sub>`;
  const hint = ctx.overflowHint ?? 'the job summary';
  const note = `> Some sections were left out to stay under GitHub's size limit; the full report is in ${hint}.`;
  return fit(headline(report), footer, sections, ctx.maxBytes, note);
}

/** What the comment and the summary say when there is no report. */
export const NO_IMAGE = 'layerlint: no image was analysed.';

const PLATFORM_SEPARATOR = '\n\n---\n\n';

/** The comment body: one report per platform, sharing `ctx.maxBytes` equally. */
export function renderPlatforms(reports: readonly Report[], ctx: MarkdownContext): string {
  // 8 bytes per separator: its 7 and one spare.
  const each = Math.floor((ctx.maxBytes - (reports.length - 1) * 8) / reports.length);
  return reports.map((r) => renderMarkdown(r, { ...ctx, maxBytes: each })).join(PLATFORM_SEPARATOR);
}

/** The job summary: every platform's report within `ctx.maxBytes`; what is cut is in the JSON report. */
export function renderSummary(reports: readonly Report[], ctx: MarkdownContext): string {
  if (reports.length === 0) return `${NO_IMAGE}\n`;
  const each = Math.floor(ctx.maxBytes / reports.length) - 16;
  const overflowHint = ctx.overflowHint ?? 'the JSON report';
  return `${reports.map((r) => renderMarkdown(r, { ...ctx, maxBytes: each, overflowHint })).join(PLATFORM_SEPARATOR)}\n`;
}
