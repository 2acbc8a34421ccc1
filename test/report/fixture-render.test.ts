import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../../src/inputs.js';
import { analyze } from '../../src/pipeline.js';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { RULES } from '../../src/rules/index.js';
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
(addFormatsModule as unknown as (a: Ajv) => Ajv)(ajv);
const validate = ajv.compile(raw);

const ctx = {
  repoUrl: 'https://github.com/acme/app',
  sha: 'abcdef0123456789abcdef0123456789abcdef01',
  rules: RULES,
};

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
      ...ctx,
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
