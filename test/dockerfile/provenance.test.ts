/** BuildKit provenance (buildx --provenance=mode=max on Docker 26, data/provenance/): exact lines from source locations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapLayers, parseDockerfile } from '../../src/dockerfile/index.js';
import { provenanceSteps } from '../../src/dockerfile/provenance.js';
import { DATA, caseDockerfile, type Captured } from './helpers.js';

const load = (name: string): { cfg: Captured; prov: unknown } => ({
  cfg: JSON.parse(readFileSync(join(DATA, 'provenance', `${name}.json`), 'utf8')) as Captured,
  prov: JSON.parse(readFileSync(join(DATA, 'provenance', `${name}.provenance.json`), 'utf8')) as unknown,
});

describe('provenanceSteps', () => {
  it('walks the target chain only: COPY --from sources are not in it', () => {
    expect(provenanceSteps(load('c04-multistage').prov)?.map((s) => [s.kind, s.line])).toEqual([
      ['file', 12],
      ['file', 13],
      ['exec', 14],
    ]);
  });
  it('keeps multi-line ranges of heredocs', () => {
    const steps = provenanceSteps(load('c15-heredoc').prov) ?? [];
    expect(steps.map((s) => [s.line, s.endLine])).toEqual([
      [2, 5],
      [6, 8],
      [9, 13],
      [14, 14],
      [15, 15],
      [16, 16],
      [17, 17],
      [18, 18],
    ]);
  });
  it('returns null for anything that is not a provenance predicate', () => {
    expect(provenanceSteps(null)).toBeNull();
    expect(provenanceSteps({ predicate: { buildConfig: {} } })).toBeNull();
    expect(provenanceSteps('x')).toBeNull();
  });
});

describe('mapLayers with provenance', () => {
  it.each([
    ['c14-samerun', {}, [2, 3, 4, 5, 6, 7]],
    ['c04-multistage', {}, [12, 13, 14]],
    ['c08-bkflags', {}, [2, 3, 4]],
    ['c15-heredoc', {}, [2, 6, 9, 14, 15, 16, 17, 18]],
  ] as const)('%s: lines from the source locations', (name, buildArgs, lines) => {
    const { cfg, prov } = load(name);
    const df = parseDockerfile(caseDockerfile(name), 'Dockerfile', { buildArgs });
    const r = mapLayers({ dockerfile: df, history: cfg.history, diffIds: cfg.diff_ids, provenance: prov });
    expect(r.layers.slice(2).map((l) => [l.instruction?.line, l.mapping])).toEqual(
      lines.map((l) => [l, 'exact']),
    );
    expect(r.layers.slice(0, 2).every((l) => l.fromBaseImage)).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('makes an edited line exact where the text alone is only probable', () => {
    const { cfg, prov } = load('c14-samerun');
    const text = caseDockerfile('c14-samerun').replace('echo same > /s2', 'echo same > /s2 /s3');
    const df = parseDockerfile(text, 'Dockerfile', { buildArgs: {} });
    const without = mapLayers({ dockerfile: df, history: cfg.history, diffIds: cfg.diff_ids });
    expect([without.layers[3]?.instruction?.line, without.layers[3]?.mapping]).toEqual([3, 'probable']);
    const withProv = mapLayers({
      dockerfile: df,
      history: cfg.history,
      diffIds: cfg.diff_ids,
      provenance: prov,
    });
    expect([withProv.layers[3]?.instruction?.line, withProv.layers[3]?.mapping]).toEqual([3, 'exact']);
  });

  it('provenance of another build is ignored with a warning', () => {
    const { cfg } = load('c14-samerun');
    const df = parseDockerfile(caseDockerfile('c14-samerun'), 'Dockerfile', { buildArgs: {} });
    const r = mapLayers({
      dockerfile: df,
      history: cfg.history,
      diffIds: cfg.diff_ids,
      provenance: load('c04-multistage').prov,
    });
    expect(r.warnings.join('\n')).toMatch(/provenance does not match/);
    expect(r.layers.slice(2).map((l) => l.instruction?.line)).toEqual([2, 3, 4, 5, 6, 7]);
  });
});
