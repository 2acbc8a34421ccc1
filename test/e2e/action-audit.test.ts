/**
 * The bundled Action's `mode: audit`, run as the runner runs it, on the two versions of the locally
 * built base image (fixtures/archives/base-*-oci-gzip.tar, ll-base:1 and ll-base:2): the job summary,
 * the audit JSON and its output, drift against the previous audit, the matrix merge, and the one
 * tracking issue (created, then updated) on a fake GitHub API with paged issue lists.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ISSUE_MARKER } from '../../src/render/audit.js';
import type { AuditReport } from '../../src/audit/types.js';
import { FakeGithub } from '../helpers/fake-github.js';
import { actionNodes, DIST, ROOT, runAction } from '../helpers/run-action.js';

const V1 = join(ROOT, 'fixtures/archives/base-oci-gzip.tar');
const V2 = join(ROOT, 'fixtures/archives/base-v2-oci-gzip.tar');
const SCHEDULE = { event: 'schedule', payload: { schedule: '17 5 * * 1' } };

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run npm run build first');
  for (const f of [V1, V2])
    if (!existsSync(f)) throw new Error(`${f} is missing: run npm run fixtures first`);
});

const readAudit = (path: string): AuditReport => JSON.parse(readFileSync(path, 'utf8')) as AuditReport;

describe.each(actionNodes())('mode: audit under %s', (_label, node) => {
  if (node === null) {
    it.skip('Node 24 binary not available (set LAYERLINT_NODE24)', () => undefined);
    return;
  }
  const nodeBin: string = node;
  let gh: FakeGithub;
  let dir: string;
  let image: string;
  beforeAll(async () => {
    gh = new FakeGithub();
    await gh.start();
    gh.seedIssues(105); // more than one page of 100
    gh.seedIssues(3, {
      pull: true,
      login: 'github-actions[bot]',
      body: () => `${AUDIT_ISSUE_MARKER}\nnot an issue`,
    });
    dir = mkdtempSync(join(tmpdir(), 'll-e2e-audit-'));
    // One name for both versions, as a tag keeps its name when the base image is rebuilt.
    image = join(dir, 'base.tar');
  });
  afterAll(async () => {
    await gh.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('first run: audits the base image, writes summary and JSON, creates one issue', async () => {
    copyFileSync(V1, image);
    const auditFile = join(dir, 'audit-1.json');
    const r = await runAction({
      node: nodeBin,
      api: gh.url,
      ...SCHEDULE,
      inputs: { mode: 'audit', images: `${image}\n`, 'audit-file': auditFile, 'audit-issue': 'true' },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain('::error::');
    expect(r.outputs.audit).toBe(auditFile);
    expect(r.outputs.passed).toBe('true');
    const audit = readAudit(auditFile);
    expect(audit.kind).toBe('layerlint-audit');
    expect(audit.images).toHaveLength(1);
    expect(audit.images[0]).toMatchObject({ name: image, platform: 'linux/amd64', layerCount: 3 });
    expect(audit.drift).toBeNull();
    expect(r.summary).toContain('## layerlint audit');
    expect(r.summary).toContain('base.tar');
    const issues = gh.issuesWithMarker(AUDIT_ISSUE_MARKER);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.title).toBe('layerlint base-image audit');
    expect(issues[0]?.user.login).toBe('github-actions[bot]');
    expect(r.outputs['audit-issue-url']).toBe(issues[0]?.html_url);
    // the open-issue list was paged (105 issues + 3 PRs)
    expect(
      gh.requests.some((q) => q.method === 'GET' && q.path.endsWith('/issues') && q.query.page === '2'),
    ).toBe(true);
    // the marked pull requests were left alone
    expect(gh.issues.filter((i) => i.pull_request).every((i) => i.body.endsWith('not an issue'))).toBe(true);
  });

  it('second run on version 2 with the previous audit: drift in the summary, the same issue updated', async () => {
    copyFileSync(V2, image);
    const before = gh.count('PATCH', /\/issues\/\d+$/);
    const auditFile = join(dir, 'audit-2.json');
    const r = await runAction({
      node: nodeBin,
      api: gh.url,
      ...SCHEDULE,
      inputs: {
        mode: 'audit',
        images: image,
        previous: join(dir, 'audit-1.json'),
        'audit-file': auditFile,
        'audit-issue': 'true',
      },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const audit = readAudit(auditFile);
    const drift = audit.drift?.images[0];
    expect(drift?.status).toBe('changed');
    // ll-base:2 is FROM ll-base:1 plus two layers: nothing removed, two layers new, the image grew
    expect(drift?.newLayers).toHaveLength(2);
    expect(drift?.removedLayers).toEqual([]);
    expect(drift?.size?.delta).toBeGreaterThan(0);
    expect(r.summary).toContain('### Drift');
    expect(r.summary).toContain('🔄 changed');
    expect(gh.count('PATCH', /\/issues\/\d+$/)).toBe(before + 1);
    const issues = gh.issuesWithMarker(AUDIT_ISSUE_MARKER);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.body).toContain('### Drift');
    expect(gh.count('POST', /\/issues$/)).toBe(1);
    expect(gh.requests.filter((q) => q.status >= 400 && q.path !== '/user')).toEqual([]);
  });

  it('merges the report JSONs of a matrix (a glob) into one audit with shared layers', async () => {
    const reports = join(dir, 'reports');
    mkdirSync(reports, { recursive: true });
    for (const [name, archive] of [
      ['v1', V1],
      ['v2', V2],
    ] as const) {
      const r = await runAction({
        node: nodeBin,
        api: gh.url,
        ...SCHEDULE,
        inputs: { archive, comment: 'never', 'json-file': join(reports, `report-${name}.json`) },
      });
      expect(r.status, r.stdout).toBe(0);
    }
    const auditFile = join(dir, 'merged.json');
    const r = await runAction({
      node: nodeBin,
      api: gh.url,
      ...SCHEDULE,
      inputs: { mode: 'audit', merge: `${reports}/*.json`, 'audit-file': auditFile },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const audit = readAudit(auditFile);
    expect(audit.images.map((i) => i.name).sort()).toEqual([V1, V2].sort());
    // ll-base:2's three lower layers are ll-base:1's
    expect(audit.shared).toHaveLength(3);
    expect(audit.totals.savedBySharing).toBeGreaterThan(0);
    expect(r.summary).toContain('### Shared layers');
    expect(r.outputs['audit-issue-url']).toBe('');
  });

  it('a read-only token (403) for the issue is a warning; the summary still says so', async () => {
    const ro = new FakeGithub({ readOnly: true });
    await ro.start();
    try {
      const r = await runAction({
        node: nodeBin,
        api: ro.url,
        ...SCHEDULE,
        inputs: {
          mode: 'audit',
          images: V1,
          'audit-file': join(dir, 'ro.json'),
          'audit-issue-title': 'Audit',
        },
      });
      expect(r.status, r.stdout).toBe(0);
      expect(r.stdout).toMatch(/::warning::layerlint could not create or update the audit issue: .*HTTP 403/);
      expect(r.summary).toContain('The audit issue could not be updated');
      expect(r.summary).toContain('## layerlint audit');
      expect(ro.issues).toHaveLength(0);
    } finally {
      await ro.stop();
    }
  });

  it('an image that cannot be read fails the step with one line; a missing merge glob is an input error', async () => {
    const r = await runAction({
      node: nodeBin,
      api: gh.url,
      ...SCHEDULE,
      inputs: {
        mode: 'audit',
        images: `${V1}\n${join(dir, 'nope.tar')}`,
        'audit-file': join(dir, 'bad.json'),
      },
    });
    expect(r.status).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/1 image\(s\) could not be analysed: .*nope\.tar/);
    expect(readAudit(join(dir, 'bad.json')).images).toHaveLength(1);
    const m = await runAction({
      node: nodeBin,
      api: gh.url,
      ...SCHEDULE,
      inputs: { mode: 'audit', merge: 'reports/none-*.json' },
    });
    expect(m.status).toBe(1);
    expect(m.stdout).toContain('::error::reports/none-*.json: input merge: no file matches');
    expect(m.stdout + m.stderr).not.toMatch(/\n\s+at /);
  });
});
