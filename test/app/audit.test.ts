import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAuditJson } from '../../src/render/audit.js';
import {
  cappedFileReader,
  MAX_AUDIT_JSON_BYTES,
  MAX_IMAGES_FILE_BYTES,
  parseImagesFile,
  runAudit,
  type AuditDeps,
} from '../../src/app/audit.js';
import { EngineError, InputError, UsageError } from '../../src/common/errors.js';
import { readCappedFile } from '../../src/common/read.js';
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

  describe('hostile input files (the real capped reader)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerlint-audit-'));
    // Sparse: the size is over the cap, the disk holds nothing; the old reader read all of it.
    const bigJson = join(dir, 'big.json');
    truncateSync((writeFileSync(bigJson, ''), bigJson), MAX_AUDIT_JSON_BYTES + 1);
    const bigList = join(dir, 'images.txt');
    truncateSync((writeFileSync(bigList, ''), bigList), MAX_IMAGES_FILE_BYTES + 1);
    let fifo: string | null = join(dir, 'fifo.json');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      fifo = null;
    }
    const real = (): AuditDeps & { analyzed: string[] } => ({ ...deps(), readFile: cappedFileReader(dir) });
    const refuse = async (args: Parameters<typeof runAudit>[0], message: RegExp): Promise<void> => {
      const d = real();
      const t0 = Date.now();
      const err = await runAudit(args, d).catch((e: unknown) => e);
      expect(Date.now() - t0).toBeLessThan(1000);
      expect(err).toBeInstanceOf(InputError);
      const msg = (err as InputError).message;
      expect(msg).toMatch(message);
      expect(msg).not.toContain('\n');
      expect(msg).not.toMatch(/cannot read:.*:/);
      expect(d.analyzed).toEqual([]);
    };

    it('refuses /dev/zero and a FIFO as --previous and --merge, at once, in one line naming the file', async () => {
      await refuse({ refs: ['a:1'], previous: '/dev/zero' }, /^\/dev\/zero: not a regular file$/);
      await refuse({ refs: [], merge: ['/dev/zero'] }, /^\/dev\/zero: not a regular file$/);
      await refuse({ refs: [], fromFile: '/dev/zero' }, /^\/dev\/zero: not a regular file$/);
      if (fifo) await refuse({ refs: [], merge: ['fifo.json'] }, /^fifo\.json: not a regular file$/);
    });

    it('refuses files over their cap before reading them, naming the file as given', async () => {
      const over = (n: number): RegExp =>
        new RegExp(`^big\\.json: file is ${n + 1} bytes, over the ${n}-byte cap$`);
      await refuse({ refs: ['a:1'], previous: 'big.json' }, over(MAX_AUDIT_JSON_BYTES));
      await refuse({ refs: [], merge: ['big.json'] }, over(MAX_AUDIT_JSON_BYTES));
      await refuse(
        { refs: [], fromFile: 'images.txt' },
        new RegExp(
          `^images\\.txt: file is ${MAX_IMAGES_FILE_BYTES + 1} bytes, over the ${MAX_IMAGES_FILE_BYTES}-byte cap$`,
        ),
      );
      await refuse({ refs: ['a:1'], previous: 'missing.json' }, /^missing\.json: no such file$/);
    });

    it('reads a file of exactly the cap and refuses one byte more', () => {
      const f = join(dir, 'edge.txt');
      writeFileSync(f, 'é'.repeat(8)); // 16 bytes
      expect(readCappedFile(f, 16)).toBe('é'.repeat(8));
      expect(() => readCappedFile(f, 15, { name: 'edge.txt' })).toThrow(
        /^edge\.txt: file is 16 bytes, over the 15-byte cap$/,
      );
    });

    it('still reads files within the cap', async () => {
      writeFileSync(join(dir, 'list.txt'), 'a:1\n');
      const out = await runAudit({ refs: [], fromFile: 'list.txt' }, real());
      expect(out.json.images.map((i) => i.name)).toEqual(['a:1']);
      rmSync(dir, { recursive: true, force: true });
    });
  });
});
