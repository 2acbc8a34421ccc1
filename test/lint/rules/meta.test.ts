import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lint/rules/index.js';
import { renderRulesTable } from '../../../src/render/rules-doc.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The ids and names users' configs refer to (issue 5): they must never change. */
const FIXED = [
  ['LL001', 'merge-consecutive-runs'],
  ['LL002', 'zero-byte-layer'],
  ['LL003', 'deleted-in-later-layer'],
  ['LL004', 'overwritten-in-later-layer'],
  ['LL005', 'metadata-only-rewrite'],
  ['LL006', 'package-manager-cache'],
  ['LL007', 'copy-source-before-install'],
  ['LL008', 'secret-in-layer'],
  ['LL009', 'vcs-metadata'],
  ['LL010', 'temp-files-left'],
  ['LL011', 'large-layer'],
  ['LL012', 'build-tools-in-final-image'],
  ['LL013', 'secret-in-config'],
];

describe('rule catalogue', () => {
  it('has exactly the fixed ids and names, in order', () => {
    expect(RULES.map((r) => [r.id, r.name])).toEqual(FIXED);
  });

  it('ids and names are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s has a test file, complete docs, options and a table row',
    (id, rule) => {
      expect(existsSync(join(ROOT, 'test', 'lint', 'rules', `${id.toLowerCase()}.test.ts`))).toBe(true);
      expect(existsSync(join(ROOT, 'src', 'lint', 'rules', `${id.toLowerCase()}-${rule.name}.ts`))).toBe(
        true,
      );
      for (const text of [rule.title, rule.rationale, rule.fix])
        expect(text.trim().length).toBeGreaterThan(10);
      expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
      expect(Object.keys(rule.options).length).toBeGreaterThan(0);
      const row = renderRulesTable()
        .split('\n')
        .find((l) => l.startsWith(`| ${id} |`));
      expect(row).toContain(`\`${rule.name}\``);
    },
  );
});
