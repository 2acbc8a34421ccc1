/** Issue 11 item 8: `bytes` is the saving, `affectedBytes` what the finding is about; outputs label both. */
import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/action/annotations.js';
import type { Finding } from '../../src/lint/types.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderSarif } from '../../src/render/sarif.js';
import { renderText } from '../../src/render/text.js';
import { validateReports } from '../../src/report/validate.js';
import { sampleReport } from '../helpers/report.js';

const large: Finding = {
  ruleId: 'LL011',
  severity: 'warning',
  message: 'holds 300.0 MB, above the 256 MiB limit',
  layerIndex: 1,
  line: 3,
  endLine: 3,
  paths: [],
  pathCount: 0,
  bytes: 0,
  affectedBytes: 300_000_000,
  fix: 'split it',
};
const cache: Finding = { ...large, ruleId: 'LL006', message: 'npm cache', bytes: 1_200_000 };
delete cache.affectedBytes;

describe('saves vs affects', () => {
  const report = sampleReport({ findings: [large, cache] });

  it('text labels each number', () => {
    const out = renderText(report);
    expect(out).toContain('holds 300.0 MB, above the 256 MiB limit [affects 300.0 MB]');
    expect(out).toContain('npm cache [saves 1.2 MB]');
  });

  it('markdown labels each number, the saving in bold', () => {
    const out = renderMarkdown(report, { maxBytes: 60_000 });
    expect(out).toMatch(/\*\*LL011\*\*.* · affects 300\.0 MB\n/);
    expect(out).toMatch(/\*\*LL006\*\*.* · \*\*saves 1\.2 MB\*\*\n/);
  });

  it('SARIF carries both in properties and says which is which', () => {
    const results = renderSarif(report, []).runs[0]?.results ?? [];
    const ll011 = results.find((r) => r.ruleId === 'LL011');
    expect(ll011?.properties).toMatchObject({ bytes: 0, affectedBytes: 300_000_000 });
    expect(ll011?.message.text).toContain('(affects 300000000 bytes)');
    expect(results.find((r) => r.ruleId === 'LL006')?.properties).not.toHaveProperty('affectedBytes');
  });

  it('annotations label it', () => {
    const msgs = planAnnotations([report], 'Dockerfile').emit.map((a) => a.message);
    expect(msgs.some((m) => m.includes('(affects 300.0 MB)'))).toBe(true);
  });

  it('the schema accepts affectedBytes and rejects a negative one', () => {
    const json = JSON.parse(JSON.stringify(report)) as { findings: { affectedBytes?: number }[] };
    expect(validateReports(json, 'r.json')).toHaveLength(1);
    const bad = json.findings[0];
    if (bad) bad.affectedBytes = -1;
    expect(() => validateReports(json, 'r.json')).toThrow(/affectedBytes must be >= 0/);
  });
});
