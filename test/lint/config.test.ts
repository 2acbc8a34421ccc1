import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBudgetConfig } from '../../src/budgets/config.js';
import { defaultConfig, loadConfig, parseConfig } from '../../src/lint/config.js';
import { InputError } from '../../src/common/errors.js';

const FILE = '.layerlint.yml';

function errorOf(text: string): InputError {
  try {
    parseConfig(text, FILE);
  } catch (err: unknown) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('parseConfig', () => {
  it('reads the documented example', () => {
    const c = parseConfig(
      [
        'rules:',
        '  LL003: { severity: error, minBytes: 1MiB }',
        '  LL011: off',
        '  LL004: info',
        '  vcs-metadata: { severity: warning }',
        'ignorePaths: ["app/vendor/**", "*.log"]',
        'failOn: warning',
        'budgets:',
        '  maxSize: 300MB',
        '  anything: [1, 2]',
      ].join('\n'),
      FILE,
    );
    expect(c.path).toBe(FILE);
    expect(c.rules).toEqual({
      LL003: { enabled: true, severity: 'error', options: { minBytes: 1048576 } },
      LL011: { enabled: false, options: {} },
      LL004: { enabled: true, severity: 'info', options: {} },
      LL009: { enabled: true, severity: 'warning', options: {} },
    });
    expect(c.ignorePaths).toEqual(['app/vendor/**', '*.log']);
    expect(c.failOn).toBe('warning');
    // Passed through untouched for the budgets module.
    expect(c.budgets).toEqual({ maxSize: '300MB', anything: [1, 2] });
  });

  it('sizes: decimal and binary units, plain numbers are bytes', () => {
    const c = parseConfig(
      'rules:\n  LL011: { maxBytes: 300MB }\n  LL003: { minBytes: 1.5GiB }\n  LL004: { minBytes: 2048 }\n',
      FILE,
    );
    expect(c.rules['LL011']?.options).toEqual({ maxBytes: 300_000_000 });
    expect(c.rules['LL003']?.options).toEqual({ minBytes: 1_610_612_736 });
    expect(c.rules['LL004']?.options).toEqual({ minBytes: 2048 });
  });

  it('an empty file is the defaults', () => {
    expect(parseConfig('', FILE)).toEqual({ ...defaultConfig(), path: FILE });
    expect(parseConfig('# only a comment\n', FILE).rules).toEqual({});
  });

  it.each([
    ['unknown rule id', 'rules:\n  LL999: off\n', 'rules.LL999'],
    ['bad severity', 'rules:\n  LL003: { severity: fatal }\n', 'rules.LL003.severity'],
    ['bad shorthand severity', 'rules:\n  LL003: loud\n', 'rules.LL003'],
    ['unknown option', 'rules:\n  LL003: { minbytes: 1MiB }\n', 'rules.LL003.minbytes'],
    ['bad size', 'rules:\n  LL011: { maxBytes: lots }\n', 'rules.LL011.maxBytes'],
    ['bad size unit', 'rules:\n  LL011: { maxBytes: 3 parsecs }\n', 'rules.LL011.maxBytes'],
    ['negative size', 'rules:\n  LL011: { maxBytes: -1 }\n', 'rules.LL011.maxBytes'],
    [
      'wrong option type',
      'rules:\n  LL006: { includeBaseImage: yes-please }\n',
      'rules.LL006.includeBaseImage',
    ],
    ['wrong list type', 'rules:\n  LL008: { excludePaths: 3 }\n', 'rules.LL008.excludePaths'],
    ['rules not a mapping', 'rules: [LL001]\n', 'rules'],
    ['unknown top-level key', 'rule:\n  LL001: off\n', "'rule'"],
    ['bad failOn', 'failOn: sometimes\n', 'failOn'],
    ['ignorePaths not a list of strings', 'ignorePaths: [1, 2]\n', 'ignorePaths'],
    ['top level not a mapping', '- a\n- b\n', 'top level'],
    ['configured twice (id and name)', 'rules:\n  LL011: off\n  large-layer: error\n', 'rules.large-layer'],
  ])('%s -> InputError naming the file and the key', (_name, text, key) => {
    const err = errorOf(text);
    expect(err.exitCode).toBe(2);
    expect(err.file).toBe(FILE);
    expect(err.message.startsWith(`${FILE}: `)).toBe(true);
    expect(err.message).toContain(key);
    expect(err.message).not.toContain('\n');
  });

  it('invalid YAML -> one line with the position', () => {
    const err = errorOf('rules:\n  LL003: { severity: error\n');
    expect(err.message).toMatch(/^\.layerlint\.yml: invalid YAML/);
    expect(err.message).not.toContain('\n');
  });

  it.each([
    ["rules:\n  LL010:\n    patterns: ['*.log', '*.tmp', 'x/[z-a].txt']\n", 'rules.LL010.patterns[2]: '],
    ["rules:\n  LL008: { excludePaths: ['[b-a]'] }\n", 'rules.LL008.excludePaths[0]: '],
    ["rules:\n  LL010: { excludePaths: ['ok', '[9-0]'] }\n", 'rules.LL010.excludePaths[1]: '],
    ["ignorePaths: ['a/**', 'b/[z-a]/c']\n", 'ignorePaths[1]: '],
    ['ignorePaths: "[z-a]"\n', 'ignorePaths[0]: '],
    [`ignorePaths: ['${'{a,b}'.repeat(12)}']\n`, 'ignorePaths[0]: '],
  ])('a malformed glob names the file, key and index: %s', (text, where) => {
    const err = errorOf(text);
    expect(err.message.startsWith(`${FILE}: ${where}bad glob`)).toBe(true);
    expect(err.message).not.toContain('\n');
  });

  it('a YAML alias bomb is refused naming the file', () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    let prev = 'a';
    for (const k of 'bcdefghi') {
      lines.push(`${k}: &${k} [${Array<string>(9).fill(`*${prev}`).join(', ')}]`);
      prev = k;
    }
    const err = errorOf(`${lines.join('\n')}\n`);
    expect(err.message).toMatch(/^\.layerlint\.yml: invalid YAML: .*alias/i);
  });

  it('duplicate keys are an error', () => {
    expect(errorOf('failOn: error\nfailOn: info\n').message).toMatch(/invalid YAML/);
  });
});

describe('loadConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layerlint-config-'));

  it('uses the defaults when the working directory has no config', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(await loadConfig(empty)).toEqual(defaultConfig());
  });

  it('reads .layerlint.yml from the working directory', async () => {
    const cwd = join(dir, 'cwd');
    mkdirSync(cwd);
    writeFileSync(join(cwd, '.layerlint.yml'), 'failOn: info\n');
    const c = await loadConfig(cwd);
    expect(c.failOn).toBe('info');
    expect(c.path).toBe('.layerlint.yml');
  });

  it('--config path, relative to cwd', async () => {
    writeFileSync(join(dir, 'custom.yml'), 'rules:\n  LL001: off\n');
    const c = await loadConfig(dir, 'custom.yml');
    expect(c.rules['LL001']?.enabled).toBe(false);
    expect(c.path).toBe('custom.yml');
  });

  it('a missing --config file is an InputError naming it', async () => {
    await expect(loadConfig(dir, 'nope.yml')).rejects.toThrow(/^nope\.yml: config file not found$/);
    await expect(loadConfig(dir, 'nope.yml')).rejects.toBeInstanceOf(InputError);
  });

  it('a directory given as --config is an InputError', async () => {
    await expect(loadConfig(dir, '.')).rejects.toBeInstanceOf(InputError);
  });

  it('an invalid file in cwd is an InputError naming it', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, '.layerlint.yml'), 'rules:\n  LL042: off\n');
    await expect(loadConfig(bad)).rejects.toThrow(/^\.layerlint\.yml: rules\.LL042: unknown rule id/);
  });
});

describe('docs/rules.md', () => {
  it('its example config is valid', async () => {
    const { renderRulesDoc } = await import('../../src/render/rules-doc.js');
    const block = /```yaml\n([\s\S]*?)```/.exec(renderRulesDoc())?.[1] ?? '';
    expect(block).toContain('rules:');
    const c = parseConfig(block, 'docs/rules.md');
    expect(c.rules['LL011']?.enabled).toBe(false);
    expect(c.rules['LL009']?.severity).toBe('info');
    expect(c.failOn).toBe('warning');
    expect(parseBudgetConfig(c.budgets, 'docs/rules.md')).toEqual({});
  });
});
