import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../../src/app/inputs.js';
import { analyze } from '../../src/app/pipeline.js';
import { renderComment } from '../../src/action/comment.js';
import { SUMMARY_MAX_BYTES } from '../../src/action/summary.js';
import { renderSummary } from '../../src/render/markdown.js';
import { renderSarif } from '../../src/render/sarif.js';
import { renderTextAll } from '../../src/render/text.js';
import { RULES } from '../../src/lint/rules/index.js';
import { injectionProblems } from '../helpers/markdown.js';

// Snapshots of what the renderers make of real-engine fixture archives (fixtures/README.md).
const CASES = [
  { archive: 'fixtures/archives/waste-d20-bk.tar', dockerfile: 'fixtures/waste/Dockerfile' },
  { archive: 'fixtures/archives/clean-d20-bk.tar', dockerfile: 'fixtures/clean/Dockerfile' },
  { archive: 'fixtures/archives/multistage-d20-bk.tar', dockerfile: 'fixtures/multistage/Dockerfile' },
];

const raw = JSON.parse(
  readFileSync(new URL('../schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
delete raw.$schema;
delete raw.id;
const ajv = new Ajv({ strict: false, allErrors: true });
// A CommonJS module: its default export is the plugin's `default` property.
addFormatsModule.default(ajv);
const validate = ajv.compile(raw);

const ctx = {
  linkBase: 'https://github.com/acme/app/blob/abcdef0123456789abcdef0123456789abcdef01',
  rules: RULES,
};
const summaryCtx = { ...ctx, maxBytes: SUMMARY_MAX_BYTES };

describe.each(CASES)('renderers on $archive', ({ archive, dockerfile }) => {
  const name = archive.split('/').pop() ?? archive;
  const reports = analyze({ ...defaultInputs(), archive, dockerfile }, { cwd: process.cwd(), env: {} });

  it('comment markdown', async () => {
    const body = renderComment(await reports, name, ctx);
    expect(body.length).toBeLessThan(65_536);
    expect(injectionProblems(body)).toEqual([]);
    await expect(body).toMatchFileSnapshot(`__snapshots__/fixtures/${name}.comment.md`);
  });

  it('job summary', async () => {
    const s = renderSummary(await reports, {
      ...summaryCtx,
      annotationsOmitted: { error: 0, warning: 0, notice: 0 },
    });
    await expect(s).toMatchFileSnapshot(`__snapshots__/fixtures/${name}.summary.md`);
  });

  it('SARIF, valid against the 2.1.0 schema', async () => {
    const log = renderSarif(await reports, RULES, { dockerfilePath: dockerfile });
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    await expect(`${JSON.stringify(log, null, 2)}\n`).toMatchFileSnapshot(
      `__snapshots__/fixtures/${name}.sarif`,
    );
  });
});

// A baseline between two builds of one Dockerfile (only `COPY src/` differs) with budgets set: every
// renderer shows the budget table, the headline delta, the delta column and the baseline details.
describe('renderers with a baseline and budgets (clean-v2 vs clean)', () => {
  const name = 'clean-v2-d20-bk.tar.vs-clean';
  const reports = analyze(
    {
      ...defaultInputs(),
      archive: 'fixtures/archives/clean-v2-d20-bk.tar',
      dockerfile: 'fixtures/clean/Dockerfile',
      baseline: 'fixtures/archives/clean-d20-bk.tar',
      'max-size': '100MB',
      'max-growth': '1B',
      'max-layers': '20',
    },
    { cwd: process.cwd(), env: {} },
  );

  it('text: delta column, baseline details, budget table', async () => {
    const out = renderTextAll(await reports);
    expect(out).toMatch(/^LAYER +SIZE +DELTA +WASTE +INSTRUCTION$/m);
    expect(out).toMatch(/^Baseline: \+\d+ B vs clean-d20-bk\.tar$/m);
    expect(out).toContain('Files that grew most');
    expect(out).toMatch(/^ {2}maxGrowth +fail .* FAIL/m);
    expect(out).toMatch(/^ {2}maxSize +fail .* PASS/m);
    await expect(out).toMatchFileSnapshot(`__snapshots__/fixtures/${name}.txt`);
  });

  it('comment: headline delta, delta column, baseline details, budget table', async () => {
    const body = renderComment(await reports, name, ctx);
    expect(body).toMatch(/\*\*\+\d+ B\*\* vs <code>clean&#45;d20&#45;bk\.tar<\/code>/);
    expect(body).toContain('| # | Line | Instruction | Size | Δ | Wasted | |');
    expect(body).toMatch(/<details><summary>Compared with clean&#45;d20&#45;bk\.tar: \+\d+ B<\/summary>/);
    expect(body).toContain('| File | Now | Δ |');
    expect(body).toMatch(/\| `maxGrowth` \| fail \|.*❌ fail/);
    expect(injectionProblems(body)).toEqual([]);
    await expect(body).toMatchFileSnapshot(`__snapshots__/fixtures/${name}.comment.md`);
  });

  it('summary: the same sections', async () => {
    const s = renderSummary(await reports, summaryCtx);
    expect(s).toContain('Compared with clean&#45;d20&#45;bk.tar');
    expect(s).toContain('#### Budgets');
    await expect(s).toMatchFileSnapshot(`__snapshots__/fixtures/${name}.summary.md`);
  });

  it('SARIF: budgets in the run properties, the failed one as a result', async () => {
    const log = renderSarif(await reports, RULES, { dockerfilePath: 'fixtures/clean/Dockerfile' });
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0];
    expect(run?.results.map((r) => r.ruleId)).toContain('budget/maxGrowth');
    expect(JSON.stringify(run?.properties)).toContain('"maxLayers"');
    await expect(`${JSON.stringify(log, null, 2)}\n`).toMatchFileSnapshot(
      `__snapshots__/fixtures/${name}.sarif`,
    );
  });
});
