/**
 * Pure markdown renderer for the PR comment and the job summary. Every untrusted string goes through
 * escape.ts; sections are dropped lowest-priority first to stay under a byte budget.
 */
import { isBaselineComparison, renderBaseline } from './baseline.js';
import { GITHUB_COMMENT_MAX_CHARS } from '../action/constants.js';
import type { Rule, Severity, Finding } from '../lint/types.js';
import type { BudgetResult, LayerReport, Report } from '../report/types.js';
import { renderBudgetTable } from './budgets.js';
import { code, encodeUrlPath, markerKey, text, textWithCode } from './escape.js';
import { formatBytes } from './format.js';

export { formatBytes };

/** A baseline comparison as the renderer needs it (issue #7 fills it, or passes it in the context). */
export interface BaselineDelta {
  /** What the baseline is, e.g. `main`. Untrusted: escaped. */
  label: string;
  /** finalBytes(now) - finalBytes(baseline). */
  totalDelta: number;
  /** Per current layer index: the size delta, or null for a layer that is new. */
  layerDeltas?: readonly (number | null)[];
}

export interface MarkdownContext {
  /** `https://github.com/owner/repo`; with `sha`, Dockerfile lines become links. */
  repoUrl?: string;
  /** The commit the links point at (the PR head SHA). */
  sha?: string;
  /** Repo-relative Dockerfile path for links; defaults to report.dockerfile. */
  dockerfilePath?: string | null;
  /** Rule metadata, for finding titles. */
  rules?: readonly Pick<Rule, 'id' | 'title'>[];
  /** Byte budget for the whole body (UTF-8). Defaults to GitHub's comment limit less a margin. */
  maxBytes?: number;
  /** Where the reader finds what was dropped; defaults to the job summary. */
  overflowHint?: string;
  /** Baseline delta; defaults to one read from report.baseline when it has the BaselineDelta shape. */
  baseline?: BaselineDelta | null;
  /** Annotations not emitted because of the per-level cap (summary only). */
  annotationsOmitted?: { error: number; warning: number; notice: number };
}

/** Room kept below GitHub's 65,536-character comment limit for the marker and joins. */
const COMMENT_MARGIN = 1_536;
export const DEFAULT_MAX_BYTES = GITHUB_COMMENT_MAX_CHARS - COMMENT_MARGIN;
const LARGEST_FILES_SHOWN = 20;
const WASTED_FILES_SHOWN = 30;
const PATHS_PER_FINDING = 5;
const INSTRUCTION_CHARS = 90;
const PATH_CHARS = 160;
const BAR_WIDTH = 10;

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_HEAD: Record<Severity, string> = {
  error: '❌ Errors',
  warning: '⚠️ Warnings',
  info: 'ℹ️ Info',
};

/** `+12.3 MB` / `-1.0 kB` / `±0 B`. */
export function formatDelta(n: number): string {
  if (n === 0) return '±0 B';
  return n > 0 ? `+${formatBytes(n)}` : formatBytes(n);
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)} %`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function isBaselineDelta(v: unknown): v is BaselineDelta {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.label === 'string' && typeof o.totalDelta === 'number';
}

function platformString(r: Report): string {
  const p = r.image.platform;
  return [p.os, p.architecture, p.variant].filter((x): x is string => !!x).join('/');
}

/** The hidden marker that identifies a sticky comment. */
export function commentMarker(key: string): string {
  return `<!-- layerlint:${markerKey(key)} -->`;
}

interface Section {
  id: string;
  /** Higher survives longer. The headline is not a section: it is never dropped. */
  priority: number;
  head: string;
  items: string[];
  tail: string;
  /** Items dropped by trimming. */
  trimmed: number;
  /** How to say that items were trimmed. */
  more: (n: number) => string;
}

function sectionText(s: Section): string {
  const more = s.trimmed > 0 ? [s.more(s.trimmed)] : [];
  return [s.head, ...s.items, ...more, s.tail].filter((x) => x !== '').join('\n');
}

class Linker {
  constructor(
    private readonly base: string | null,
    private readonly path: string | null,
  ) {}

  /** `Dockerfile:12` (linked when the repo and SHA are known), or '' without a line. */
  line(line: number | null, endLine: number | null): string {
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
  const okBase =
    ctx.repoUrl &&
    /^https?:\/\/[^\s()<>]+$/.test(ctx.repoUrl) &&
    ctx.sha &&
    /^[0-9a-f]{7,64}$/i.test(ctx.sha);
  const base = okBase ? `${ctx.repoUrl?.replace(/\/+$/, '')}/blob/${ctx.sha}` : null;
  return new Linker(base, path ? path.replace(/^\.\//, '') : null);
}

function headline(report: Report, ctx: MarkdownContext, baseline: BaselineDelta | null): string {
  const counts = countFindings(report.findings);
  const t = report.totals;
  const verdict = report.passed ? '✅ passed' : '❌ failed';
  const name = report.image.ref ?? report.source;
  const platform = platformString(report);
  const title = `### layerlint ${verdict}: ${code(name, 120)}${platform ? ` (${text(platform, 40)})` : ''}`;
  const numbers = [
    `**${formatBytes(t.finalBytes)}** final`,
    `${formatBytes(t.contentBytes)} in layers`,
    `**${formatBytes(t.wastedBytes)} wasted** (${percent(t.contentBytes === 0 ? 0 : t.wastedBytes / t.contentBytes)})`,
    `efficiency ${percent(t.efficiency)}`,
    plural(t.layerCount, 'layer'),
  ];
  if (baseline) numbers.push(`**${formatDelta(baseline.totalDelta)}** vs ${code(baseline.label, 60)}`);
  const findingLine = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info · fails on \`${report.failOn}\``;
  const budgetFails = report.budgets.filter((b) => b.status === 'fail').length;
  const budgetWarns = report.budgets.filter((b) => b.status === 'warn').length;
  const budgetLine =
    report.budgets.length > 0
      ? ` · budgets: ${budgetFails} failed, ${budgetWarns} warned, ${report.budgets.length - budgetFails - budgetWarns} passed`
      : '';
  void ctx;
  return [title, '', numbers.join(' · '), '', findingLine + budgetLine].join('\n');
}

function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity] += 1;
  return c;
}

function findingSections(report: Report, ctx: MarkdownContext, link: Linker): Section[] {
  const titles = new Map((ctx.rules ?? []).map((r) => [r.id, r.title]));
  const out: Section[] = [];
  SEVERITY_ORDER.forEach((sev, i) => {
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
  const layer = f.layerIndex !== null ? `layer ${f.layerIndex}` : 'image';
  const head = `- **${text(f.ruleId, 20)}**${title ? ` ${text(title, 100)}` : ''} · ${where ? `${where} · ` : ''}${layer}${f.bytes > 0 ? ` · **${formatBytes(f.bytes)}**` : ''}`;
  const lines = [head, `  ${textWithCode(f.message, 400)}`];
  if (f.paths.length > 0) {
    const shown = f.paths
      .slice(0, PATHS_PER_FINDING)
      .map((p) => `${code(p.path, PATH_CHARS)} (${formatBytes(p.bytes)})`);
    const rest = f.pathCount - shown.length;
    lines.push(`  Evidence: ${shown.join(', ')}${rest > 0 ? `, and ${rest} more` : ''}`);
  }
  if (f.fix) lines.push(`  Fix: ${textWithCode(f.fix, 400)}`);
  return lines.join('\n');
}

function layerCommand(l: LayerReport): string {
  if (l.instruction) return l.instruction.text;
  return (l.createdBy ?? '')
    .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
    .replace(/^\/bin\/sh -c /, 'RUN ')
    .replace(/ # buildkit$/, '');
}

function bar(value: number, max: number): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * BAR_WIDTH * 8));
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  return '█'.repeat(full) + (part > 0 ? String.fromCharCode(0x2590 - part) : '');
}

function layerSection(report: Report, link: Linker, baseline: BaselineDelta | null): Section {
  const max = Math.max(0, ...report.layers.map((l) => l.contentBytes));
  const withDelta = !!baseline?.layerDeltas;
  const header = withDelta
    ? '| # | Line | Instruction | Size | Δ | Wasted | |\n|--:|---|---|--:|--:|--:|---|'
    : '| # | Line | Instruction | Size | Wasted | |\n|--:|---|---|--:|--:|---|';
  const items = report.layers.map((l) => {
    const where =
      link.line(l.instruction?.line ?? null, l.instruction?.endLine ?? null) ||
      (l.fromBaseImage ? 'base image' : '');
    const cmd = layerCommand(l);
    const cells = [
      `${l.index}`,
      where,
      cmd ? code(cmd, INSTRUCTION_CHARS) : '',
      l.emptyLayer ? '—' : formatBytes(l.contentBytes),
    ];
    if (withDelta) {
      const d = baseline?.layerDeltas?.[l.index];
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
    `  x-axis [${layers.map((l) => `"${l.index}"`).join(', ')}]`,
    `  y-axis "${unit}" 0 --> ${Number((top * 1.1).toFixed(2))}`,
    `  bar [${values.join(', ')}]`,
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
      return `| ${code(r.path, PATH_CHARS)} | ${formatBytes(r.bytes)} | ${r.how} | ${r.layer.index}${where ? ` (${where})` : ''} |`;
    }),
    wasted.length,
  );
}

/** The baseline comparison's details: changed, added and removed layers, and the files that grew most. */
function baselineSection(report: Report): Section | null {
  const cmp = report.baseline;
  if (!isBaselineComparison(cmp)) return null;
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

/** Sections at or above this priority are trimmed item by item, never dropped whole. */
const ESSENTIAL_PRIORITY = 70;

/**
 * Fit `[headline, ...sections, footer]` into `max` bytes: drop optional sections lowest-priority
 * first, then trim the essential ones' items from the end. Adds `note` as soon as anything goes.
 */
function fit(headline: string, footer: string, sections: Section[], max: number, note: string): string {
  const live = [...sections];
  let lost = false;
  const render = (): string =>
    [headline, ...live.map(sectionText), ...(lost ? [note] : []), footer]
      .filter((x) => x !== '')
      .join('\n\n');
  if (utf8Length(render()) <= max) return render();
  lost = true;
  for (const s of [...live].sort((a, b) => a.priority - b.priority)) {
    if (utf8Length(render()) <= max) return render();
    if (s.priority >= ESSENTIAL_PRIORITY) break;
    live.splice(live.indexOf(s), 1);
  }
  for (const s of [...live].sort((a, b) => a.priority - b.priority)) {
    if (utf8Length(render()) <= max) break;
    // Binary search the longest prefix of items that fits (rendering is linear; items can be thousands).
    const all = s.items;
    const keep = (k: number): boolean => {
      s.items = all.slice(0, k);
      s.trimmed = all.length - k;
      return utf8Length(render()) <= max;
    };
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (keep(mid)) lo = mid;
      else hi = mid - 1;
    }
    keep(lo);
  }
  const body = render();
  // Only a headline longer than the budget gets here; never exceed the budget.
  return utf8Length(body) <= max
    ? body
    : Buffer.from(body, 'utf8')
        .subarray(0, max)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
}

/** Render one report as GitHub markdown, at most `ctx.maxBytes` UTF-8 bytes. */
export function renderMarkdown(report: Report, ctx: MarkdownContext = {}): string {
  const max = ctx.maxBytes ?? DEFAULT_MAX_BYTES;
  const baseline =
    ctx.baseline !== undefined ? ctx.baseline : isBaselineDelta(report.baseline) ? report.baseline : null;
  const link = makeLinker(report, ctx);
  const sections = [
    annotationsNote(ctx),
    ...findingSections(report, ctx, link),
    budgetSection(report.budgets),
    layerSection(report, link, baseline),
    chartSection(report),
    baselineSection(report),
    warningsSection(report),
    wastedFilesSection(report, link),
    largestFilesSection(report),
  ].filter((s): s is Section => s !== null);
  const footer = `<sub>${text(report.tool.name, 20)} ${text(report.tool.version, 20)} · ${code(report.image.configDigest.slice(0, 19), 19)}</sub>`;
  const hint = ctx.overflowHint ?? 'the job summary';
  const note = `> Some sections were left out to stay under GitHub's size limit; the full report is in ${hint}.`;
  return fit(headline(report, ctx, baseline), footer, sections, max, note);
}

/**
 * The sticky PR comment: the hidden marker, then one rendered report per platform, sharing the
 * byte budget equally.
 */
export function renderComment(reports: readonly Report[], key: string, ctx: MarkdownContext = {}): string {
  const marker = commentMarker(key);
  const max = (ctx.maxBytes ?? DEFAULT_MAX_BYTES) - utf8Length(marker) - 2;
  if (reports.length === 0) return `${marker}\nlayerlint: no image was analysed.`;
  const each = Math.floor((max - (reports.length - 1) * 8) / reports.length);
  const parts = reports.map((r) => renderMarkdown(r, { ...ctx, maxBytes: each }));
  return `${marker}\n${parts.join('\n\n---\n\n')}\n`;
}

/** The job summary: the same content with the summary's 1 MiB budget. */
export function renderSummary(reports: readonly Report[], ctx: MarkdownContext = {}): string {
  const max = ctx.maxBytes ?? 1024 * 1024 - 4096;
  if (reports.length === 0) return 'layerlint: no image was analysed.\n';
  const each = Math.floor(max / reports.length) - 16;
  return `${reports.map((r) => renderMarkdown(r, { ...ctx, maxBytes: each, overflowHint: ctx.overflowHint ?? 'the JSON report' })).join('\n\n---\n\n')}\n`;
}
