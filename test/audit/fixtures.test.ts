/**
 * Audit on real-engine fixtures: drift between two versions of the locally built base image
 * (ll-base:1 and ll-base:2) and the matrix merge. Expectations come from the oracle's numbers.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/audit/types.js';
import { runAudit } from '../../src/app/audit.js';
import { readFile } from 'node:fs/promises';
import { analyzeArchive, archive, oracle, runCli, type Oracle } from '../baseline/fixture-helpers.js';

const V1 = 'base-oci-gzip.tar';
const V2 = 'base-v2-oci-gzip.tar';

function digests(o: Oracle): Set<string> {
  return new Set(o.layers.map((l) => l.digest));
}

describe('audit drift between two versions of the base image', () => {
  it('shows the size change and the new and removed layers by diffID', async () => {
    // The injected pipeline resolves one name, `ll-base`, to version 1 and then to version 2,
    // as a scheduled audit of a moving tag would see it.
    const version = { current: V1 };
    const deps = {
      analyze: (s: string) =>
        s === 'll-base' ? analyzeArchive(version.current) : Promise.reject(new Error(s)),
      readFile: (p: string) => readFile(p, 'utf8'),
    };
    const first = await runAudit({ refs: ['ll-base'] }, deps);
    const dir = mkdtempSync(join(tmpdir(), 'll-audit-'));
    const prev = join(dir, 'audit.json');
    writeFileSync(prev, JSON.stringify(first.json));

    version.current = V2;
    const second = await runAudit({ refs: ['ll-base'], previous: prev }, deps);
    const o1 = oracle(V1);
    const o2 = oracle(V2);
    const d = second.json.drift?.images[0];
    expect(d?.status).toBe('changed');
    expect(d?.size).toEqual({
      current: o2.totals.contentBytes,
      previous: o1.totals.contentBytes,
      delta: o2.totals.contentBytes - o1.totals.contentBytes,
    });
    const new2 = [...digests(o2)].filter((x) => !digests(o1).has(x));
    const gone = [...digests(o1)].filter((x) => !digests(o2).has(x));
    expect(d?.newLayers.map((l) => l.digest)).toEqual(new2);
    expect(d?.removedLayers.map((l) => l.digest)).toEqual(gone);
    expect(new2.length).toBeGreaterThan(0);
    expect(second.markdown).toContain('### Drift');
  });

  it('reports shared layers between the two versions, with unique and shared bytes', async () => {
    const r = await runCli(['audit', archive(V1), archive(V2), '--format', 'json']);
    expect(r.code).toBe(0);
    const audit = JSON.parse(r.stdout) as AuditReport;
    const o1 = oracle(V1);
    const o2 = oracle(V2);
    const sharedDigests = [...digests(o1)].filter((x) => digests(o2).has(x));
    const bytes = (o: Oracle, pred: (d: string) => boolean): number => {
      const seen = new Set<string>();
      let n = 0;
      for (const l of o.layers) {
        if (seen.has(l.digest) || !pred(l.digest)) continue;
        seen.add(l.digest);
        n += l.contentBytes;
      }
      return n;
    };
    const shared = (d: string): boolean => sharedDigests.includes(d);
    const byName = Object.fromEntries(audit.images.map((i) => [i.name, i]));
    expect(byName[archive(V1)]).toMatchObject({
      sharedBytes: bytes(o1, shared),
      uniqueBytes: bytes(o1, (d) => !shared(d)),
      contentBytes: o1.totals.contentBytes,
    });
    expect(byName[archive(V2)]).toMatchObject({
      sharedBytes: bytes(o2, shared),
      uniqueBytes: bytes(o2, (d) => !shared(d)),
      contentBytes: o2.totals.contentBytes,
    });
    expect(audit.shared.map((s) => s.digest).sort()).toEqual([...sharedDigests].sort());
  });
});

describe('matrix merge', () => {
  it('merging per-image JSON reports equals one audit over the same images', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-merge-'));
    const names = ['clean-d20-bk.tar', 'clean-v2-d20-bk.tar', V2];
    const files: string[] = [];
    for (const [i, n] of names.entries()) {
      const out = join(dir, `report-${i}.json`);
      const r = await runCli([archive(n), '--format', 'json', '--output', out]);
      expect(r.code).toBe(0);
      files.push(out);
    }
    const merged = await runCli([
      'audit',
      '--merge',
      ...files,
      '--json',
      join(dir, 'merged.json'),
      '--markdown',
      join(dir, 'merged.md'),
    ]);
    expect(merged.code).toBe(0);
    const direct = await runCli(['audit', ...names.map(archive), '--format', 'json']);
    expect(readFileSync(join(dir, 'merged.json'), 'utf8')).toBe(direct.stdout);
    const audit = JSON.parse(direct.stdout) as AuditReport;
    expect(audit.images.map((i) => i.contentBytes).sort()).toEqual(
      names.map((n) => oracle(n).totals.contentBytes).sort(),
    );
    expect(readFileSync(join(dir, 'merged.md'), 'utf8')).toContain('<!-- layerlint-audit -->');
  });
});
