/**
 * The realistic corpus (fixtures/corpus/<image>/): images built by a real engine from Dockerfiles
 * teams actually write, with the findings a senior engineer expects written next to each
 * Dockerfile in expected.yml. `.ci/run` builds the archives (fixtures/corpus/build.sh, cached in
 * $LL_CORPUS, default /tmp/ll-corpus); without them this suite skips with a message, except under
 * CI=true, where missing archives fail the run.
 *
 * For every image: every expected finding at warning or above fires at its line with its
 * severity, and nothing else does (zero on the well-written images); listed paths stay silent;
 * and no secret value appears in any output: CLI text and JSON, and the Action's job summary, PR
 * comment, annotations (step log), SARIF, JSON report and outputs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FakeGithub } from '../helpers/fake-github.js';
import { ROOT, runAction } from '../helpers/run-action.js';

interface ExpectedFinding {
  rule: string;
  line: number;
  severity: 'error' | 'warning';
  why: string;
  fixMentions?: string[];
  fixMustNotSay?: string[];
}
interface Expected {
  wellWritten: boolean;
  findings: ExpectedFinding[];
  silentPaths?: string[];
  secrets?: string[];
}
interface JsonFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  line: number | null;
  fix: string;
  paths: { path: string }[];
}

const CORPUS = join(ROOT, 'fixtures/corpus');
const ARCHIVES = process.env['LL_CORPUS'] ?? '/tmp/ll-corpus';
const CLI = join(ROOT, 'dist/cli.js');
const images = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(CORPUS, d.name, 'expected.yml')))
  .map((d) => d.name)
  .sort();
const missing = images.filter((i) => !existsSync(join(ARCHIVES, `${i}.tar`)));

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const atWarning = (f: JsonFinding): boolean => f.severity !== 'info';

if (missing.length > 0 && process.env['CI'] !== 'true') {
  describe('realistic corpus', () => {
    it.skip(`archives missing in ${ARCHIVES} (${missing.join(', ')}): run bash fixtures/corpus/build.sh`, () =>
      undefined);
  });
} else {
  describe('realistic corpus', () => {
    it('has every archive (bash fixtures/corpus/build.sh)', () => {
      expect(missing).toEqual([]);
    });

    let gh: FakeGithub;
    beforeAll(async () => {
      gh = new FakeGithub();
      await gh.start();
    });
    afterAll(() => gh.stop());

    describe.each(images)('%s', (image) => {
      const expected = parse(readFileSync(join(CORPUS, image, 'expected.yml'), 'utf8')) as Expected;
      const archive = join(ARCHIVES, `${image}.tar`);
      const dockerfile = `fixtures/corpus/${image}/Dockerfile`;
      const args = ['analyze', archive, '--dockerfile', dockerfile, '--fail-on', 'none'];

      it('fires every expected finding at its line and severity, and nothing else at warning or above', () => {
        const r = cli([...args, '--format', 'json']);
        expect(r.status, r.stderr).toBe(0);
        const report = JSON.parse(r.stdout) as { findings: JsonFinding[] };
        const got = report.findings
          .filter(atWarning)
          .map((f) => `${f.ruleId}@${String(f.line)}:${f.severity}`)
          .sort();
        const want = expected.findings.map((f) => `${f.rule}@${String(f.line)}:${f.severity}`).sort();
        expect(got).toEqual(want);
        if (expected.wellWritten) expect(got).toEqual([]);
        for (const e of expected.findings) {
          const f = report.findings.find((x) => x.ruleId === e.rule && x.line === e.line);
          for (const words of e.fixMentions ?? []) expect(f?.fix ?? '').toContain(words);
          for (const words of e.fixMustNotSay ?? []) expect(f?.fix ?? '').not.toContain(words);
        }
        for (const p of expected.silentPaths ?? []) {
          const hits = report.findings.filter((f) => f.paths.some((x) => x.path === p));
          expect(
            hits.map((f) => f.ruleId),
            `${p} must not be reported`,
          ).toEqual([]);
        }
      });

      it.runIf((expected.secrets ?? []).length > 0)('prints no secret value in any output', async () => {
        const text = cli(args);
        const json = cli([...args, '--format', 'json', '--all-files']);
        const dir = mkdtempSync(join(tmpdir(), 'll-corpus-'));
        const sarif = join(dir, 'l.sarif');
        const report = join(dir, 'l.json');
        const action = await runAction({
          node: process.execPath,
          api: gh.url,
          inputs: { archive, dockerfile, 'fail-on': 'none', 'sarif-file': sarif, 'json-file': report },
        });
        const files = [sarif, report].map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : ''));
        rmSync(dir, { recursive: true, force: true });
        expect(action.status, action.stderr).toBe(0);
        expect(files[0], 'the Action wrote SARIF').toContain('"version": "2.1.0"');
        const outputs: Record<string, string> = {
          'cli text': text.stdout + text.stderr,
          'cli json': json.stdout + json.stderr,
          'action step log (annotations)': action.stdout + action.stderr,
          'job summary': action.summary,
          'action outputs': JSON.stringify(action.outputs),
          'PR comments': gh.requests.map((q) => JSON.stringify(q.body)).join('\n'),
          'sarif and json report files': files.join('\n'),
        };
        for (const secret of expected.secrets ?? []) {
          for (const [where, body] of Object.entries(outputs)) {
            expect(body.includes(secret), `${secret.slice(0, 8)}… leaked into the ${where}`).toBe(false);
          }
        }
      });
    });
  });
}
