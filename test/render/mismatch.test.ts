/**
 * Issue 11 item 11: a Dockerfile that did not build the image. The mapping is marked unreliable, every
 * output says so first, and no annotation or SARIF location is placed on the Dockerfile's lines.
 */
import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../../src/app/inputs.js';
import { analyze } from '../../src/app/pipeline.js';
import { planAnnotations } from '../../src/action/annotations.js';
import { renderSummary, renderMarkdown } from '../../src/render/markdown.js';
import { renderSarif } from '../../src/render/sarif.js';
import { renderText } from '../../src/render/text.js';
import { RULES } from '../../src/lint/rules/index.js';
import { validateReports } from '../../src/report/validate.js';
import type { Report } from '../../src/report/types.js';

async function report(archive: string, dockerfile: string): Promise<Report> {
  const [r] = await analyze(
    { ...defaultInputs(), archive: `fixtures/archives/${archive}`, dockerfile },
    { cwd: process.cwd(), env: {} },
  );
  if (!r) throw new Error('no report');
  return r;
}

// Partial: another project's Dockerfile shares `COPY tools/npm …` and `WORKDIR /app` with the image,
// so those two map on their text; the rest of its instructions and layers match nothing.
// Full: no layer of the waste image matches anything in the clean Dockerfile.
const CASES = [
  { name: 'partial', archive: 'clean-d20-bk.tar', dockerfile: 'fixtures/waste/Dockerfile' },
  { name: 'full', archive: 'waste-d20-bk.tar', dockerfile: 'fixtures/clean/Dockerfile' },
];

describe.each(CASES)('$name mismatch: $archive with $dockerfile', ({ archive, dockerfile }) => {
  it('marks the mapping unreliable in the report, and no layer is an exact match', async () => {
    const r = await report(archive, dockerfile);
    expect(r.mappingUnreliable).toMatch(/fixtures\/(waste|clean)\/Dockerfile/);
    expect(r.layers.filter((l) => l.instruction !== null && l.mapping === 'exact')).toEqual([]);
    expect(validateReports(JSON.parse(JSON.stringify(r)), 'r.json')).toHaveLength(1);
  });

  it('text: says so on the line right under the header', async () => {
    const lines = renderText(await report(archive, dockerfile)).split('\n');
    expect(lines[0]).toMatch(/^layerlint /);
    expect(lines[1]).toMatch(/^source: /);
    expect(lines[2]).toMatch(
      new RegExp(`^WARNING: ${dockerfile} does not match this image, so its line mapping is unreliable`),
    );
  });

  it('comment and summary: right under the headline', async () => {
    const r = await report(archive, dockerfile);
    for (const md of [
      renderMarkdown(r, { maxBytes: 60_000, rules: RULES }),
      renderSummary([r], { maxBytes: 60_000 }),
    ]) {
      const lines = md.split('\n');
      expect(lines[0]).toMatch(/^### layerlint /);
      expect(lines[2]).toBe('> [!WARNING]');
      expect(lines[3]).toContain('does not match this image, so its line mapping is unreliable');
    }
  });

  it('no annotation and no SARIF physical location on the strength of it', async () => {
    const r = await report(archive, dockerfile);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(planAnnotations([r], dockerfile).emit).toEqual([]);
    const sarif = renderSarif(r, RULES);
    const results = sarif.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    for (const res of results) {
      expect(res.locations.every((l) => l.physicalLocation === undefined)).toBe(true);
      expect(res.locations[0]?.logicalLocations?.length).toBe(1);
    }
  });
});

describe('the Dockerfile that built the image', () => {
  it('is reliable: no notice, annotations on lines', async () => {
    const r = await report('waste-d20-bk.tar', 'fixtures/waste/Dockerfile');
    expect(r.mappingUnreliable).toBeNull();
    expect(renderText(r)).not.toContain('line mapping is unreliable');
    expect(renderMarkdown(r, { maxBytes: 60_000 })).not.toContain('[!WARNING]');
    expect(planAnnotations([r], 'fixtures/waste/Dockerfile').emit.length).toBeGreaterThan(0);
  });

  it('without a Dockerfile the field is null', async () => {
    expect((await report('waste-d20-bk.tar', '')).mappingUnreliable).toBeNull();
  });
});
