/**
 * Pure renderers for the rule catalogue: the README/docs table, `layerlint rules` and
 * `layerlint explain ID`. All read the rule modules, so the docs cannot drift from the code.
 */
import { UsageError } from '../common/errors.js';
import { RULES, findRule, type AnyRule } from '../lint/rules/index.js';

/** The README markers the generated table sits between. */
export const RULES_TABLE_START = '<!-- rules:start -->';
export const RULES_TABLE_END = '<!-- rules:end -->';

/** Render an option default as it would be written in .layerlint.yml. */
export function formatOptionValue(name: string, value: unknown): string {
  if (typeof value === 'number' && /Bytes$/.test(name)) {
    const units = ['TiB', 'GiB', 'MiB', 'KiB'] as const;
    for (let i = 0; i < units.length; i++) {
      const factor = 1024 ** (units.length - i);
      if (value >= factor && value % factor === 0) return `${value / factor}${units[i] ?? ''}`;
    }
    return String(value);
  }
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map((v) => String(v)).join(', ')}]`;
  return String(value);
}

/** `name: default` for each option; long lists are summarised when `short`. */
function optionItems(rule: AnyRule, short: boolean): string[] {
  return Object.entries(rule.options as Record<string, unknown>).map(([k, v]) =>
    short && Array.isArray(v) && v.length > 3
      ? `${k}: [${v.length} items]`
      : `${k}: ${formatOptionValue(k, v)}`,
  );
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The markdown rules table (without the markers), ending in a newline. */
export function renderRulesTable(rules: readonly AnyRule[] = RULES): string {
  const lines = [
    '| id | name | default severity | reports | options (defaults) |',
    '|---|---|---|---|---|',
    ...rules.map(
      (r) =>
        `| ${r.id} | \`${r.name}\` | ${r.defaultSeverity} | ${cell(r.title)} | ${cell(
          optionItems(r, true)
            .map((x) => `\`${x}\``)
            .join(', '),
        )} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** The block to paste into README.md: markers around the table. */
export function renderRulesSection(rules: readonly AnyRule[] = RULES): string {
  return `${RULES_TABLE_START}\n${renderRulesTable(rules)}${RULES_TABLE_END}\n`;
}

/** docs/rules.md: the table plus each rule's rationale and fix. */
export function renderRulesDoc(rules: readonly AnyRule[] = RULES): string {
  const parts = [
    '# Rules',
    '',
    'Generated from `src/lint/rules/*.ts` by `renderRulesDoc()`; a test keeps this file in sync.',
    'Configure rules in `.layerlint.yml` (`rules: { LL003: { severity: error, minBytes: 1MiB }, LL011: off }`),',
    'or suppress them in the Dockerfile with `# layerlint ignore=LL001,LL004` on the line before an',
    'instruction, or `# layerlint global ignore=LL010` anywhere.',
    '',
    'Two numbers per finding: `bytes` is what the fix would save (0 when unknown, or when the fix saves no',
    'bytes, as for LL007 and LL011), and `affectedBytes`, when present, is the bytes the finding is about',
    "(LL011: the layer's size; LL007: the install layer every source change rebuilds). Outputs label them",
    '"saves 1.2 MB" and "affects 300.0 MB"; see docs/model.md.',
    '',
    // The markers let README.md (assembled from docs/*.md) carry the same table; a test checks both.
    renderRulesSection(rules).trimEnd(),
    '',
  ];
  parts.push(
    '## Configuration',
    '',
    '`.layerlint.yml` in the working directory (or `--config FILE`). Unknown rule ids, unknown options and bad',
    'severities are errors (exit code 2) that name the file and the key.',
    '',
    '```yaml',
    'rules:',
    '  LL003: { severity: error, minBytes: 1MiB }  # severity and options; sizes: 300MB (decimal), 1.5GiB (binary)',
    '  LL011: off                                 # disable a rule (or give only a severity: LL004: info)',
    '  vcs-metadata: info                         # rule names work as well as ids',
    'ignorePaths: ["app/vendor/**", "*.log"]     # dropped from findings; a finding left with no path is dropped',
    'failOn: warning                              # error (default), warning, info or none; --fail-on wins',
    'budgets: {}                                  # see docs/budgets.md',
    '```',
    '',
    'Findings are sorted by severity, rule, layer and path. A rule that crashes becomes an `LL000` error finding',
    'instead of stopping the run. `bytes` is the measured saving of the fix, and `paths` (largest first, at most',
    '10; `pathCount` gives the total) are the evidence.',
    '',
    'One finding per wasted byte (src/lint/runner.ts `CLAIM_ORDER`): when findings name the same path in the',
    'same layer, the more specific rule keeps it, in the order LL008, LL013, LL006, LL010, LL009, LL005,',
    'LL003/LL004, LL001, LL011 (more severe findings first). The other findings lose those paths and their',
    'bytes, and are dropped when nothing is left (LL001 then stays as an info about the layer count).',
    'Hash-named cache files are listed as one row, their directory with a trailing `/` (`root/.npm/_cacache/`).',
    'A finding whose evidence lies entirely in base-image layers is info at most and sits on the `FROM` line',
    "that brought the base in. The package managers' own state (src/lint/package-state.ts: dpkg, debconf,",
    'apk and rpm databases, /etc/passwd and its kin, ld.so.cache, dpkg/apt/npm logs) is rewritten by every',
    'install: LL003, LL004 and LL010 report it only from `packageStateMinBytes` (10 MiB), and LL005 reports a',
    "package manager's same-bytes rewrites as info.",
    '',
  );
  for (const r of rules) {
    parts.push(
      `## ${r.id} ${r.name}`,
      '',
      `**${r.title}.** Default severity: ${r.defaultSeverity}.`,
      '',
      r.rationale,
      '',
      `**Fix:** ${r.fix}`,
      '',
    );
    const opts = optionItems(r, false);
    if (opts.length > 0) parts.push(`**Options:** ${opts.map((x) => `\`${x}\``).join(', ')}`, '');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

/** `layerlint rules`: one line per rule, aligned columns. */
export function renderRulesList(rules: readonly AnyRule[] = RULES): string {
  const nameWidth = Math.max(...rules.map((r) => r.name.length), 4);
  const sevWidth = Math.max(...rules.map((r) => r.defaultSeverity.length), 8);
  return rules
    .map((r) => `${r.id}  ${r.name.padEnd(nameWidth)}  ${r.defaultSeverity.padEnd(sevWidth)}  ${r.title}\n`)
    .join('');
}

/** Wrap prose at word boundaries for a terminal; every line gets `indent`. */
export function wrapText(text: string, width = 100, indent = '  '): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

/** `layerlint explain ID`: rationale, fix and options. Throws UsageError for an unknown id or name. */
export function renderExplain(key: string, rules: readonly AnyRule[] = RULES): string {
  const rule = findRule(key, rules);
  if (!rule) {
    throw new UsageError(`unknown rule '${key}' (known: ${rules.map((r) => r.id).join(', ')})`);
  }
  const lines = [
    `${rule.id} ${rule.name}: ${rule.title}`,
    `Default severity: ${rule.defaultSeverity}`,
    '',
    'Why:',
    wrapText(rule.rationale),
    '',
    'Fix:',
    wrapText(rule.fix),
  ];
  const opts = Object.entries(rule.options as Record<string, unknown>);
  if (opts.length > 0) {
    lines.push('', 'Options (.layerlint.yml):', `  rules:`, `    ${rule.id}:`);
    for (const [k, v] of opts) lines.push(`      ${k}: ${formatOptionValue(k, v)}`);
  }
  lines.push('', `Suppress: \`# layerlint ignore=${rule.id}\` on the line before the instruction.`);
  return `${lines.join('\n')}\n`;
}
