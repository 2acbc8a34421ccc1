/** Pure budget table for the text, markdown and summary renderers. */
import { formatBytes, formatInteger } from '../common/size.js';
import type { BudgetResult } from '../report/types.js';
import { ident, num, plain, text as escapeText } from './escape.js';
import { textTable } from './table.js';

const STATUS_TEXT = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' } as const;
const STATUS_MD = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' } as const;

/** Format one value in its unit. `exact` adds the byte count, for values that round alike. */
export function formatBudgetValue(unit: string, v: number, exact = false): string {
  if (v >= Number.MAX_VALUE) return '+Inf';
  switch (unit) {
    case 'bytes':
      return exact && Math.abs(v) >= 1000 ? `${formatBytes(v)} (${formatInteger(v)} B)` : formatBytes(v);
    case 'percent':
      return `${trim(v)} %`;
    case 'ratio':
      return `${trim(v * 100)} %`;
    case 'count':
      return formatInteger(v);
    default:
      // An unknown unit (a report read back in): the number as digits, never raw text.
      return num(v);
  }
}

function trim(n: number): string {
  // Small percents (a 0.001% limit) keep three significant digits instead of rounding to 0.
  if (n !== 0 && Math.abs(n) < 0.01) return String(Number(n.toPrecision(3)));
  return String(Number(n.toFixed(2)));
}

/** The limit as the user wrote it (`100MiB`), with exact bytes when the value prints alike. */
function limitCell(b: BudgetResult, same: boolean, md: boolean): string {
  if (b.limitText === undefined) return formatBudgetValue(b.unit, b.limit, same);
  // As written in a config or a report read back in: untrusted in markdown.
  const written = md ? plain(b.limitText, 80) : b.limitText;
  return same && b.unit === 'bytes' ? `${written} (${formatInteger(b.limit)} B)` : written;
}

function cells(b: BudgetResult, md = false): [string, string, string, string, string] {
  // When value and limit would print the same (300.0 MB vs 300.0 MB), show exact bytes for both.
  const same =
    formatBudgetValue(b.unit, b.value) === formatBudgetValue(b.unit, b.limit) && b.value !== b.limit;
  const cmp = b.name.startsWith('min') || b.name === 'dive.lowestEfficiency' ? '≥' : '≤';
  return [
    b.name,
    b.level,
    formatBudgetValue(b.unit, b.value, same),
    `${cmp} ${limitCell(b, same, md)}`,
    b.detail ?? '',
  ];
}

/** Render budgets as an aligned text table or a markdown table. No budgets gives one line saying so. */
export function renderBudgetTable(budgets: readonly BudgetResult[], format: 'text' | 'markdown'): string {
  if (budgets.length === 0) return format === 'markdown' ? '_No budgets set._' : 'No budgets set.';
  if (format === 'markdown') {
    const lines = ['| Budget | Level | Value | Limit | Status | Detail |', '|---|---|--:|--:|---|---|'];
    for (const b of budgets) {
      const [name, level, value, limit, detail] = cells(b, true);
      lines.push(
        `| ${ident(name, 80)} | ${plain(level, 10)} | ${value} | ${limit} | ${STATUS_MD[b.status]} | ${escapeText(detail, 160)} |`,
      );
    }
    return lines.join('\n');
  }
  const rows = budgets.map((b) => {
    const [name, level, value, limit, detail] = cells(b);
    return [name, level, value, limit, STATUS_TEXT[b.status], detail];
  });
  const head = ['BUDGET', 'LEVEL', 'VALUE', 'LIMIT', 'STATUS', 'DETAIL'];
  return textTable([head, ...rows], new Set([2, 3])).join('\n');
}
