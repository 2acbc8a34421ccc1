import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/common/errors.js';
import { RULES } from '../../src/lint/rules/index.js';
import {
  formatOptionValue,
  renderExplain,
  renderRulesDoc,
  renderRulesList,
  renderRulesTable,
  RULES_TABLE_END,
  RULES_TABLE_START,
} from '../../src/render/rules-doc.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('rules docs', () => {
  it('README.md holds exactly renderRulesTable() between the markers', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf(RULES_TABLE_START);
    const end = readme.indexOf(RULES_TABLE_END);
    expect(start, `README.md lacks ${RULES_TABLE_START}`).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    expect(readme.slice(start + RULES_TABLE_START.length, end)).toBe(`\n${renderRulesTable()}`);
  });

  it('docs/rules.md is renderRulesDoc() (UPDATE_RULES_DOC=1 rewrites it)', () => {
    if (process.env['UPDATE_RULES_DOC'] === '1')
      writeFileSync(join(ROOT, 'docs', 'rules.md'), renderRulesDoc());
    expect(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(renderRulesDoc());
  });

  it('the table has a header and one row per rule', () => {
    const lines = renderRulesTable().trimEnd().split('\n');
    expect(lines.length).toBe(2 + RULES.length);
    expect(lines.slice(2).map((l) => l.split('|')[1]?.trim())).toEqual(RULES.map((r) => r.id));
  });

  it('renders size defaults as they are written in .layerlint.yml', () => {
    expect(formatOptionValue('maxBytes', 256 * 1024 * 1024)).toBe('256MiB');
    expect(formatOptionValue('minBytes', 10 * 1024)).toBe('10KiB');
    expect(formatOptionValue('minBytes', 1)).toBe('1');
    expect(formatOptionValue('allow', [])).toBe('[]');
    expect(renderRulesTable()).toContain('`maxBytes: 256MiB`');
  });

  it('`layerlint rules` lists every rule on one line', () => {
    const out = renderRulesList();
    expect(
      out
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(0, 5)),
    ).toEqual(RULES.map((r) => r.id));
    expect(out).toContain('copy-source-before-install');
  });

  it('`layerlint explain LL007` prints the rationale and the fix', () => {
    const out = renderExplain('LL007');
    const rule = RULES.find((r) => r.id === 'LL007');
    expect(out.startsWith('LL007 copy-source-before-install')).toBe(true);
    // Wrapped for the terminal: compare the words.
    const words = (t: string) => t.split(/\s+/).filter(Boolean).join(' ');
    expect(words(out)).toContain(words(rule?.rationale ?? 'missing'));
    expect(words(out)).toContain(words(rule?.fix ?? 'missing'));
    expect(out.split('\n').every((l) => l.length <= 100 || !l.includes(' '))).toBe(true);
    expect(renderExplain('ll007')).toBe(out);
    expect(renderExplain('copy-source-before-install')).toBe(out);
  });

  it('explain of an unknown rule is a usage error', () => {
    expect(() => renderExplain('LL404')).toThrow(UsageError);
    expect(() => renderExplain('LL404')).toThrow(/unknown rule 'LL404'/);
  });
});
