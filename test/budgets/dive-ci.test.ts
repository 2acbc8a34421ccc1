import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/common/errors.js';
import {
  evaluateDiveCi,
  humanizeParseBytes,
  isDiveRuleDisabled,
  parseDiveCi,
} from '../../src/budgets/dive-ci.js';
import type { DiveNumbers } from '../../src/image/model.js';

// Synthetic dive numbers (not from an image): efficiency 0.95, 20 MB wasted, 0.2 of user bytes.
const synthetic: DiveNumbers = { efficiency: 0.95, wastedBytes: 20_000_000, userWastedPercent: 0.2 };

function ci(rules: string): string {
  return `rules:\n${rules}`;
}

function statuses(text: string, dive: DiveNumbers = synthetic): Record<string, string> {
  const ev = evaluateDiveCi(parseDiveCi(text, '.dive-ci'), dive);
  const out: Record<string, string> = {};
  for (const r of ev.results) out[r.name] = r.status;
  for (const d of ev.disabled) out[`dive.${d}`] = 'disabled';
  return out;
}

describe('dive rules: strict comparisons, as runtime/ci/rule.go', () => {
  it('lowestEfficiency fails only when efficiency < threshold', () => {
    const base = '  highestWastedBytes: disabled\n  highestUserWastedPercent: disabled\n';
    expect(statuses(ci(`  lowestEfficiency: 0.95\n${base}`))['dive.lowestEfficiency']).toBe('pass');
    expect(statuses(ci(`  lowestEfficiency: 0.9500001\n${base}`))['dive.lowestEfficiency']).toBe('fail');
    expect(statuses(ci(`  lowestEfficiency: 0.94\n${base}`))['dive.lowestEfficiency']).toBe('pass');
  });

  it('highestWastedBytes fails only when wasted > threshold (human sizes as go-humanize)', () => {
    const base = '  lowestEfficiency: disabled\n  highestUserWastedPercent: disabled\n';
    expect(statuses(ci(`  highestWastedBytes: 20MB\n${base}`))['dive.highestWastedBytes']).toBe('pass');
    expect(statuses(ci(`  highestWastedBytes: 20Mb\n${base}`))['dive.highestWastedBytes']).toBe('pass');
    expect(statuses(ci(`  highestWastedBytes: 19999999\n${base}`))['dive.highestWastedBytes']).toBe('fail');
    // Binary units: 19MiB is 19,922,944 (< 20,000,000 wasted: fail), 20MiB is 20,971,520 (pass).
    expect(statuses(ci(`  highestWastedBytes: 19MiB\n${base}`))['dive.highestWastedBytes']).toBe('fail');
    expect(statuses(ci(`  highestWastedBytes: 20MiB\n${base}`))['dive.highestWastedBytes']).toBe('pass');
  });

  it('highestUserWastedPercent fails only when userWastedPercent > threshold', () => {
    const base = '  lowestEfficiency: disabled\n  highestWastedBytes: disabled\n';
    expect(statuses(ci(`  highestUserWastedPercent: 0.2\n${base}`))['dive.highestUserWastedPercent']).toBe(
      'pass',
    );
    expect(
      statuses(ci(`  highestUserWastedPercent: 0.19999\n${base}`))['dive.highestUserWastedPercent'],
    ).toBe('fail');
  });

  it('undefined userWastedPercent: NaN (0 wasted) never fails, +Inf (wasted > 0) always fails', () => {
    const text = ci('  highestUserWastedPercent: 1\n  lowestEfficiency: off\n');
    expect(
      statuses(text, { efficiency: 1, wastedBytes: 0, userWastedPercent: null })[
        'dive.highestUserWastedPercent'
      ],
    ).toBe('pass');
    const ev = evaluateDiveCi(parseDiveCi(text, '.dive-ci'), {
      efficiency: 0.5,
      wastedBytes: 10,
      userWastedPercent: null,
    });
    expect(ev.results[0]).toMatchObject({ name: 'dive.highestUserWastedPercent', status: 'fail' });
    expect(JSON.parse(JSON.stringify(ev.results[0]))).toMatchObject({ value: Number.MAX_VALUE });
  });
});

describe('disabling and defaults', () => {
  it.each(['disabled', 'off', 'OFF', ' Disabled ', '', 'false'])('%j disables a rule', (v) => {
    expect(isDiveRuleDisabled(v)).toBe(true);
  });

  it('an empty value, off and disabled disable; absent keys take dive defaults (0.9, disabled, 0.1)', () => {
    expect(
      statuses(ci('  lowestEfficiency:\n  highestWastedBytes: off\n  highestUserWastedPercent: disabled\n')),
    ).toEqual({
      'dive.lowestEfficiency': 'disabled',
      'dive.highestWastedBytes': 'disabled',
      'dive.highestUserWastedPercent': 'disabled',
    });
    const cfg = parseDiveCi('rules:\n  highestWastedBytes: 1KB\n', '.dive-ci');
    expect(cfg.rules.map((r) => [r.name, r.raw, r.source, r.threshold])).toEqual([
      ['lowestEfficiency', '0.9', 'default', 0.9],
      ['highestWastedBytes', '1KB', 'file', 1000],
      ['highestUserWastedPercent', '0.1', 'default', 0.1],
    ]);
    // An empty file is dive's default config.
    expect(parseDiveCi('', '.dive-ci').rules.map((r) => r.threshold)).toEqual([0.9, null, 0.1]);
  });

  it('keys are case-insensitive (viper) and kebab-case is accepted (newer dive)', () => {
    const cfg = parseDiveCi('Rules:\n  LOWESTEFFICIENCY: 0.5\n  highest-wasted-bytes: 2k\n', 'f');
    expect(cfg.rules.map((r) => r.threshold)).toEqual([0.5, 2000, 0.1]);
  });
});

describe('go-humanize ParseBytes', () => {
  it.each([
    ['20MB', 20_000_000],
    ['20Mb', 20_000_000],
    ['20 mb', 20_000_000],
    ['1.5KiB', 1536],
    ['1,000', 1000],
    ['1.1k', 1100],
    ['5', 5],
    ['1 EiB', 2 ** 60],
    ['0.5b', 0],
  ])('%s -> %d', (s, n) => {
    expect(humanizeParseBytes(s)).toBe(n);
  });
  it.each([' 20MB', '20XB', 'MB', '-1', '1e6', '20 M B', '100EB'])('%j is an error', (s) => {
    expect(typeof humanizeParseBytes(s)).toBe('string');
  });
});

describe('misconfiguration is an InputError naming the file and rule', () => {
  it.each([
    [ci('  lowestEfficiency: 1.5\n'), /rules\.lowestEfficiency: value '1\.5' is outside the allowed range/],
    [ci('  lowestEfficiency: high\n'), /rules\.lowestEfficiency: invalid value 'high'/],
    [ci('  highestUserWastedPercent: -0.1\n'), /outside the allowed range/],
    [
      ci('  highestWastedBytes: 20XB\n'),
      /rules\.highestWastedBytes: invalid value '20XB' \(unhandled size name: xb\)/,
    ],
    [ci('  lowestEfficiency: [1]\n'), /expected a single value/],
    ['rules: [1, 2]\n', /rules: expected a mapping/],
    ['- a\n- b\n', /expected a YAML mapping/],
    ['rules:\n  a: [\n', /not valid YAML/],
    ['rules:\n  lowestEfficiency: 0.5\n  lowestEfficiency: 0.6\n', /not valid YAML/],
  ])('%j', (text, message) => {
    expect(() => parseDiveCi(text, 'ci/.dive-ci')).toThrow(InputError);
    expect(() => parseDiveCi(text, 'ci/.dive-ci')).toThrow(message);
    expect(() => parseDiveCi(text, 'ci/.dive-ci')).toThrow(/^ci\/\.dive-ci: /);
  });

  it('a YAML alias bomb (billion laughs) is refused quickly, naming the file', () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    let prev = 'a';
    for (const k of 'bcdefghi') {
      lines.push(`${k}: &${k} [${Array<string>(9).fill(`*${prev}`).join(', ')}]`);
      prev = k;
    }
    const text = `${lines.join('\n')}\nrules:\n  lowestEfficiency: 0.9\n`;
    expect(() => parseDiveCi(text, 'ci/.dive-ci')).toThrow(InputError);
    expect(() => parseDiveCi(text, 'ci/.dive-ci')).toThrow(/^ci\/\.dive-ci: not valid YAML: .*alias/i);
  });

  it('a few aliases are still fine', () => {
    const text = 'x: &t 0.8\nrules:\n  lowestEfficiency: *t\n';
    expect(parseDiveCi(text, '.dive-ci').rules.find((r) => r.name === 'lowestEfficiency')?.raw).toBe('0.8');
  });

  it('NaN thresholds pass validation and never fail, as in Go', () => {
    expect(
      statuses(ci('  lowestEfficiency: nan\n'), { efficiency: 0, wastedBytes: 0, userWastedPercent: 0 })[
        'dive.lowestEfficiency'
      ],
    ).toBe('pass');
  });
});
