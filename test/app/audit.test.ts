import { describe, expect, it } from 'vitest';
import { renderAuditJson } from '../../src/render/audit.js';
import { parseImagesFile, runAudit, type AuditDeps } from '../../src/app/audit.js';
import { EngineError, UsageError } from '../../src/common/errors.js';
import type { Report } from '../../src/report/types.js';
import { syntheticReport } from '../baseline/synthetic.js';

// Synthetic reports standing in for the pipeline.
const reports: Record<string, Report> = {
  'a:1': syntheticReport({ ref: 'a:1', layers: [{ contentBytes: 100, createdBy: 'ADD base' }] }),
  'b:1': syntheticReport({ ref: 'b:1', layers: [{ contentBytes: 300, createdBy: 'ADD b' }], passed: false }),
};

function deps(files: Record<string, string> = {}): AuditDeps & { analyzed: string[] } {
  const analyzed: string[] = [];
  return {
    analyzed,
    analyze: (s) => {
      analyzed.push(s);
      const r = reports[s];
      return r ? Promise.resolve(r) : Promise.reject(new EngineError(`docker save ${s}: no such image`));
    },
    readFile: (p) => {
      const t = files[p];
      return t === undefined
        ? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))
        : Promise.resolve(t);
    },
  };
}

describe('runAudit', () => {
  it('parses images files', () => {
    expect(parseImagesFile('# fleet\na:1\n\n  b:1  # the b image\n')).toEqual(['a:1', 'b:1']);
  });

  it('audits refs and --from-file, exit 1 when an image did not pass', async () => {
    const d = deps({ 'images.txt': 'b:1\na:1\n' });
    const out = await runAudit({ refs: ['a:1'], fromFile: 'images.txt' }, d);
    expect(d.analyzed).toEqual(['a:1', 'b:1']);
    expect(out.json.images.map((i) => [i.name, i.contentBytes])).toEqual([
      ['a:1', 100],
      ['b:1', 300],
    ]);
    expect(out.exitCode).toBe(1);
    expect(out.markdown).toContain('## layerlint audit');
  });

  it('lists an image that cannot be analysed and exits 2, keeping the rest', async () => {
    const out = await runAudit({ refs: ['a:1', 'ghost:9'] }, deps());
    expect(out.json.images.map((i) => i.name)).toEqual(['a:1']);
    expect(out.json.errors).toEqual([{ name: 'ghost:9', message: 'docker save ghost:9: no such image' }]);
    expect(out.exitCode).toBe(2);
    expect(out.markdown).toContain('### Not analysed');
  });

  it('computes drift from --previous and merges --merge files', async () => {
    const prev = await runAudit({ refs: ['a:1'] }, deps());
    const d = deps({ 'prev.json': renderAuditJson(prev.json), 'm/b.json': JSON.stringify(reports['b:1']) });
    const out = await runAudit({ refs: ['a:1'], previous: 'prev.json', merge: ['m/b.json'] }, d);
    expect(out.json.drift?.images.map((x) => [x.name, x.status])).toEqual([
      ['a:1', 'unchanged'],
      ['b:1', 'new'],
    ]);
  });

  it('fails fast on usage and unreadable inputs, before analysing anything', async () => {
    await expect(runAudit({ refs: [] }, deps())).rejects.toThrow(UsageError);
    const d = deps();
    await expect(runAudit({ refs: ['a:1'], previous: 'nope.json' }, d)).rejects.toThrow(
      /^nope\.json: no such file$/,
    );
    await expect(
      runAudit({ refs: [], fromFile: 'empty.txt' }, deps({ 'empty.txt': '# none\n' })),
    ).rejects.toThrow(/lists no images/);
    expect(d.analyzed).toEqual([]);
  });
});
