/**
 * Mapping tests on histories captured from real engines (data/README.md). Every expected line,
 * keyword and quality below was written by hand from the Dockerfile, never produced by the mapper.
 */
import { describe, expect, it } from 'vitest';
import { mapLayers, parseDockerfile, formatInstructionRef } from '../../src/dockerfile/index.js';
import type { MappingQuality, MappingResult } from '../../src/dockerfile/types.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA, captured, caseDockerfile, must, type Captured } from './helpers.js';

/** [line, keyword, quality] for each layer above the base image, bottom to top. */
type Row = [number, string, MappingQuality];

interface Case {
  name: string;
  dockerfile: string;
  history: string;
  engines: string[];
  /** Layers of the base image at the bottom. */
  base: number;
  expect: Row[];
  target?: string;
  buildArgs?: Record<string, string>;
  /** Use these captured diff_ids as --base-image. */
  baseImage?: string;
}

const LEGACY = ['d20-legacy', 'd26-legacy'];
const BK = ['d20-bk', 'd26-bk'];

const CASES: Case[] = [
  // Legacy COPY/ADD only keep `file:<sha> in <dst>`: probable. WORKDIR that creates a dir makes a layer.
  {
    name: 'basic',
    dockerfile: 'c01-basic',
    history: 'c01-basic',
    engines: LEGACY,
    base: 2,
    expect: [
      [2, 'RUN', 'exact'],
      [3, 'COPY', 'probable'],
      [4, 'ADD', 'probable'],
      [5, 'WORKDIR', 'exact'],
    ],
  },
  {
    name: 'basic',
    dockerfile: 'c01-basic',
    history: 'c01-basic',
    engines: BK,
    base: 2,
    expect: [
      [2, 'RUN', 'exact'],
      [3, 'COPY', 'exact'],
      [4, 'ADD', 'exact'],
      [5, 'WORKDIR', 'exact'],
    ],
  },
  // Several ARGs: `|3 A=1 B=2 C=3 /bin/sh -c ...`; legacy `RUN true` makes no layer, BuildKit does.
  {
    name: 'args prefix',
    dockerfile: 'c02-args',
    history: 'c02-args',
    engines: LEGACY,
    base: 2,
    buildArgs: { C: '3' },
    expect: [
      [5, 'RUN', 'exact'],
      [8, 'RUN', 'exact'],
    ],
  },
  {
    name: 'args prefix',
    dockerfile: 'c02-args',
    history: 'c02-args',
    engines: BK,
    base: 2,
    buildArgs: { C: '3' },
    expect: [
      [5, 'RUN', 'exact'],
      [6, 'RUN', 'exact'],
      [8, 'RUN', 'exact'],
    ],
  },
  {
    name: 'many args with spaces',
    dockerfile: 'c13-many-args',
    history: 'c13-many-args',
    engines: [...LEGACY, ...BK],
    base: 2,
    buildArgs: { A3: 'c' },
    expect: [
      [7, 'RUN', 'exact'],
      [8, 'RUN', 'exact'],
    ],
  },
  // No-op RUNs and WORKDIR of an existing/repeated dir: no layer under legacy, a layer under BuildKit.
  {
    name: 'no-op steps',
    dockerfile: 'c03-noop',
    history: 'c03-noop',
    engines: LEGACY,
    base: 2,
    expect: [
      [3, 'RUN', 'exact'],
      [6, 'WORKDIR', 'exact'],
      [8, 'COPY', 'probable'],
    ],
  },
  {
    name: 'no-op steps',
    dockerfile: 'c03-noop',
    history: 'c03-noop',
    engines: BK,
    base: 2,
    expect: [
      [2, 'RUN', 'exact'],
      [3, 'RUN', 'exact'],
      [4, 'RUN', 'exact'],
      [5, 'WORKDIR', 'exact'],
      [6, 'WORKDIR', 'exact'],
      [7, 'WORKDIR', 'exact'],
      [8, 'COPY', 'exact'],
    ],
  },
  // Final stage: COPY --from does not bring the builder's layers; legacy `RUN cat` changes nothing.
  {
    name: 'multi-stage final',
    dockerfile: 'c04-multistage',
    history: 'c04-multistage',
    engines: LEGACY,
    base: 2,
    expect: [
      [12, 'COPY', 'probable'],
      [13, 'COPY', 'probable'],
    ],
  },
  {
    name: 'multi-stage final',
    dockerfile: 'c04-multistage',
    history: 'c04-multistage',
    engines: BK,
    base: 2,
    expect: [
      [12, 'COPY', 'exact'],
      [13, 'COPY', 'exact'],
      [14, 'RUN', 'exact'],
    ],
  },
  // --target mid: FROM builder inherits builder's layers.
  {
    name: 'multi-stage target chain',
    dockerfile: 'c04-multistage',
    history: 'c04-multistage-target-mid',
    engines: ['d20-legacy'],
    base: 2,
    target: 'mid',
    expect: [
      [2, 'RUN', 'exact'],
      [3, 'COPY', 'probable'],
      [6, 'RUN', 'exact'],
    ],
  },
  {
    name: 'multi-stage target chain',
    dockerfile: 'c04-multistage',
    history: 'c04-multistage-target-mid',
    engines: ['d20-bk'],
    base: 2,
    target: 'mid',
    expect: [
      [2, 'RUN', 'exact'],
      [3, 'COPY', 'exact'],
      [6, 'RUN', 'exact'],
    ],
  },
  // # escape=` and continuation lines.
  {
    name: 'escape directive',
    dockerfile: 'c05-escape',
    history: 'c05-escape',
    engines: LEGACY,
    base: 2,
    expect: [
      [3, 'RUN', 'exact'],
      [6, 'COPY', 'probable'],
    ],
  },
  {
    name: 'escape directive',
    dockerfile: 'c05-escape',
    history: 'c05-escape',
    engines: BK,
    base: 2,
    expect: [
      [3, 'RUN', 'exact'],
      [6, 'COPY', 'exact'],
    ],
  },
  {
    name: 'continuations + exec form',
    dockerfile: 'c06-continue',
    history: 'c06-continue',
    engines: LEGACY,
    base: 2,
    expect: [
      [2, 'RUN', 'exact'],
      [6, 'COPY', 'probable'],
      [8, 'RUN', 'exact'],
    ],
  },
  {
    name: 'continuations + exec form',
    dockerfile: 'c06-continue',
    history: 'c06-continue',
    engines: BK,
    base: 2,
    expect: [
      [2, 'RUN', 'exact'],
      [6, 'COPY', 'exact'],
      [8, 'RUN', 'exact'],
    ],
  },
  // --chown (20.10 BuildKit drops it from the text, 26 keeps it), dir and multi sources.
  {
    name: 'copy flags',
    dockerfile: 'c07-flags',
    history: 'c07-flags',
    engines: LEGACY,
    base: 2,
    expect: [
      [2, 'COPY', 'probable'],
      [3, 'ADD', 'probable'],
      [4, 'COPY', 'probable'],
      [5, 'COPY', 'probable'],
    ],
  },
  {
    name: 'copy flags',
    dockerfile: 'c07-flags',
    history: 'c07-flags',
    engines: BK,
    base: 2,
    expect: [
      [2, 'COPY', 'exact'],
      [3, 'ADD', 'exact'],
      [4, 'COPY', 'exact'],
      [5, 'COPY', 'exact'],
    ],
  },
  // --chmod and --mount: BuildKit only.
  {
    name: 'chmod and mounts',
    dockerfile: 'c08-bkflags',
    history: 'c08-bkflags',
    engines: BK,
    base: 2,
    expect: [
      [2, 'COPY', 'exact'],
      [3, 'RUN', 'exact'],
      [4, 'RUN', 'exact'],
    ],
  },
  // ONBUILD of the base image: legacy records the triggers in the base's history.
  {
    name: 'onbuild from base image',
    dockerfile: 'c10-onchild',
    history: 'c10-onchild',
    engines: LEGACY,
    base: 3,
    expect: [
      [1, 'FROM', 'exact'],
      [1, 'FROM', 'probable'],
      [2, 'RUN', 'exact'],
    ],
  },
  // BuildKit keeps no ONBUILD entry: with --base-image the trigger layers are still found.
  {
    name: 'onbuild from base image (--base-image)',
    dockerfile: 'c10-onchild',
    history: 'c10-onchild',
    engines: BK,
    base: 3,
    baseImage: 'c09-onbase',
    expect: [
      [1, 'FROM', 'probable'],
      [1, 'FROM', 'probable'],
      [2, 'RUN', 'exact'],
    ],
  },
  {
    name: 'onbuild from base image (--base-image)',
    dockerfile: 'c10-onchild',
    history: 'c10-onchild',
    engines: LEGACY,
    base: 3,
    baseImage: 'c09-onbase',
    expect: [
      [1, 'FROM', 'exact'],
      [1, 'FROM', 'probable'],
      [2, 'RUN', 'exact'],
    ],
  },
  // ARG before FROM, ENV expanded in WORKDIR and COPY.
  {
    name: 'arg before from + env expansion',
    dockerfile: 'c11-argfrom',
    history: 'c11-argfrom',
    engines: LEGACY,
    base: 2,
    expect: [
      [5, 'RUN', 'exact'],
      [7, 'WORKDIR', 'exact'],
      [8, 'COPY', 'probable'],
    ],
  },
  {
    name: 'arg before from + env expansion',
    dockerfile: 'c11-argfrom',
    history: 'c11-argfrom',
    engines: BK,
    base: 2,
    expect: [
      [5, 'RUN', 'exact'],
      [7, 'WORKDIR', 'exact'],
      [8, 'COPY', 'exact'],
    ],
  },
  {
    name: 'SHELL changes the RUN prefix',
    dockerfile: 'c12-shell',
    history: 'c12-shell',
    engines: [...LEGACY, ...BK],
    base: 2,
    expect: [
      [3, 'RUN', 'exact'],
      [5, 'RUN', 'exact'],
    ],
  },
  // Same text several times: order decides, no index arithmetic.
  {
    name: 'repeated instructions',
    dockerfile: 'c14-samerun',
    history: 'c14-samerun',
    engines: LEGACY,
    base: 2,
    expect: [
      [2, 'RUN', 'exact'],
      [3, 'RUN', 'exact'],
      [4, 'RUN', 'exact'],
      [5, 'COPY', 'probable'],
      [6, 'COPY', 'probable'],
      [7, 'COPY', 'probable'],
    ],
  },
  {
    name: 'repeated instructions',
    dockerfile: 'c14-samerun',
    history: 'c14-samerun',
    engines: BK,
    base: 2,
    expect: [
      [2, 'RUN', 'exact'],
      [3, 'RUN', 'exact'],
      [4, 'RUN', 'exact'],
      [5, 'COPY', 'exact'],
      [6, 'COPY', 'exact'],
      [7, 'COPY', 'exact'],
    ],
  },
  // Heredocs (Docker 26 BuildKit): bodies embedded across lines; COPY heredoc keeps only its first line.
  {
    name: 'heredocs',
    dockerfile: 'c15-heredoc',
    history: 'c15-heredoc',
    engines: ['d26-bk'],
    base: 2,
    expect: [
      [2, 'RUN', 'exact'],
      [6, 'COPY', 'exact'],
      [9, 'RUN', 'exact'],
      [14, 'RUN', 'exact'],
      [15, 'COPY', 'exact'],
      [16, 'COPY', 'exact'],
      [17, 'WORKDIR', 'exact'],
      [18, 'RUN', 'exact'],
    ],
  },
  // Relative WORKDIRs, ARG in COPY source, old ENV form, JSON-form COPY with a space, exec RUN with ARGs.
  {
    name: 'misc',
    dockerfile: 'c16-misc',
    history: 'c16-misc',
    engines: [...LEGACY, ...BK],
    base: 2,
    expect: [
      [2, 'WORKDIR', 'exact'],
      [3, 'WORKDIR', 'exact'],
      [5, 'COPY', 'x' as MappingQuality],
      [9, 'RUN', 'exact'],
      [10, 'COPY', 'x' as MappingQuality],
      [13, 'RUN', 'exact'],
    ],
  },
  // ONBUILD of a stage in the same Dockerfile runs when another stage is built FROM it.
  {
    name: 'onbuild of a stage',
    dockerfile: 'c17-stage-onbuild',
    history: 'c17-stage-onbuild',
    engines: [...LEGACY, ...BK],
    base: 2,
    expect: [
      [2, 'RUN', 'exact'],
      [3, 'ONBUILD', 'exact'],
      [6, 'RUN', 'exact'],
    ],
  },
  // <<-EOF, <<"EOF", `cat <<EOF > f`. Docker 26's legacy builder keeps (and runs) only the first line.
  {
    name: 'heredoc variants',
    dockerfile: 'c18-heredoc2',
    history: 'c18-heredoc2',
    engines: ['d26-bk'],
    base: 2,
    expect: [
      [2, 'RUN', 'exact'],
      [5, 'RUN', 'exact'],
      [8, 'RUN', 'exact'],
      [11, 'COPY', 'exact'],
    ],
  },
  {
    name: 'heredoc variants',
    dockerfile: 'c18-heredoc2',
    history: 'c18-heredoc2',
    engines: ['d26-legacy'],
    base: 2,
    expect: [
      [8, 'RUN', 'exact'],
      [11, 'COPY', 'probable'],
    ],
  },
  // The base image itself: FROM scratch, nothing is from a base image.
  {
    name: 'FROM scratch',
    dockerfile: 'base',
    history: 'base',
    engines: [...LEGACY, ...BK],
    base: 0,
    expect: [
      [2, 'COPY', 'x' as MappingQuality],
      [3, 'RUN', 'exact'],
    ],
  },
];

function run(c: Case, engine: string, h: Captured = captured(engine, c.history)): MappingResult {
  const df = parseDockerfile(caseDockerfile(c.dockerfile), 'Dockerfile', { buildArgs: c.buildArgs ?? {} });
  return mapLayers({
    dockerfile: df,
    ...(c.target !== undefined ? { target: c.target } : {}),
    history: h.history,
    diffIds: h.diff_ids,
    ...(c.baseImage !== undefined ? { baseDiffIds: captured(engine, c.baseImage).diff_ids } : {}),
  });
}

function rows(r: MappingResult, base: number): Row[] {
  return r.layers
    .slice(base)
    .map((l) => [l.instruction?.line ?? -1, l.instruction?.keyword ?? '-', l.mapping]);
}

describe('mapLayers on captured histories', () => {
  const pairs = CASES.flatMap((c) => c.engines.map((e) => [c, e] as const));
  it('covers at least 25 history + Dockerfile pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(25);
  });
  it.each(pairs.map(([c, e]) => [`${c.name} [${e}]`, c, e] as const))('%s', (_n, c, engine) => {
    const r = run(c, engine);
    const legacyCopy = engine.endsWith('legacy') ? 'probable' : 'exact';
    const want = c.expect.map(([l, k, q]): Row => [l, k, q === ('x' as MappingQuality) ? legacyCopy : q]);
    expect(rows(r, c.base)).toEqual(want);
    expect(r.layers.slice(0, c.base).every((l) => l.fromBaseImage && l.instruction === null)).toBe(true);
    expect(r.layers.slice(c.base).every((l) => !l.fromBaseImage)).toBe(true);
    expect(r.layers).toHaveLength(c.base + c.expect.length);
  });
});

describe('disagreement and robustness', () => {
  it('an image built from another Dockerfile maps nothing and warns', () => {
    for (const engine of ['d20-legacy', 'd20-bk', 'd26-bk']) {
      const df = parseDockerfile(caseDockerfile('c14-samerun'), 'app/Dockerfile', { buildArgs: {} });
      const h = captured(engine, 'c01-basic');
      const r = mapLayers({ dockerfile: df, history: h.history, diffIds: h.diff_ids });
      expect(r.layers.every((l) => l.mapping === 'none' && l.instruction === null)).toBe(true);
      expect(r.warnings.join('\n')).toMatch(/another Dockerfile/);
    }
  });

  it('another Dockerfile with the same base: no wrong line for any layer', () => {
    const df = parseDockerfile(caseDockerfile('c12-shell'), 'Dockerfile', { buildArgs: {} });
    const h = captured('d20-bk', 'c07-flags');
    const r = mapLayers({ dockerfile: df, history: h.history, diffIds: h.diff_ids });
    expect(r.layers.every((l) => l.instruction === null && l.mapping === 'none')).toBe(true);
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  it('a missing layer does not shift the later mappings', () => {
    const h = captured('d20-bk', 'c14-samerun');
    // Drop `RUN echo same > /s2` (history entry 3, layer 3).
    const history = h.history.filter((_, j) => j !== 3);
    const diffIds = h.diff_ids.filter((_, k) => k !== 3);
    const df = parseDockerfile(caseDockerfile('c14-samerun'), 'Dockerfile', { buildArgs: {} });
    const r = mapLayers({ dockerfile: df, history, diffIds });
    expect(rows(r, 2)).toEqual([
      [2, 'RUN', 'exact'],
      [4, 'RUN', 'exact'],
      [5, 'COPY', 'exact'],
      [6, 'COPY', 'exact'],
      [7, 'COPY', 'exact'],
    ]);
    expect(r.warnings.join('\n')).toMatch(/Dockerfile:3 RUN has no matching history entry/);
  });

  it('an extra layer is reported as none and does not shift the rest', () => {
    const h = captured('d20-legacy', 'c06-continue');
    const history = [...h.history];
    history.splice(3, 0, { created_by: '/bin/sh -c apk add --no-cache curl' });
    const diffIds = [...h.diff_ids];
    diffIds.splice(3, 0, 'sha256:' + 'e'.repeat(64));
    const df = parseDockerfile(caseDockerfile('c06-continue'), 'Dockerfile', { buildArgs: {} });
    const r = mapLayers({ dockerfile: df, history, diffIds });
    expect(rows(r, 2)).toEqual([
      [2, 'RUN', 'exact'],
      [-1, '-', 'none'],
      [6, 'COPY', 'probable'],
      [8, 'RUN', 'exact'],
    ]);
    expect(r.warnings.join('\n')).toMatch(/layer 3 .*apk add.* matches no instruction/);
  });

  it('an edited RUN is probable, an unrelated one is none', () => {
    const text = caseDockerfile('c02-args').replace('echo $A $B $C > /args', 'echo $A $B $C $D > /args');
    const df = parseDockerfile(text, 'Dockerfile', { buildArgs: { C: '3' } });
    const h = captured('d20-bk', 'c02-args');
    const r = mapLayers({ dockerfile: df, history: h.history, diffIds: h.diff_ids });
    expect(rows(r, 2)).toEqual([
      [5, 'RUN', 'probable'],
      [6, 'RUN', 'exact'],
      [8, 'RUN', 'exact'],
    ]);
  });

  it('a wrong --target gives warnings instead of wrong lines', () => {
    const df = parseDockerfile(caseDockerfile('c04-multistage'), 'Dockerfile', { buildArgs: {} });
    const h = captured('d20-bk', 'c04-multistage');
    const r = mapLayers({ dockerfile: df, target: 'mid', history: h.history, diffIds: h.diff_ids });
    for (const l of r.layers)
      expect(l.instruction === null || [2, 3, 6].includes(l.instruction.line)).toBe(true);
    expect(r.layers.slice(2).every((l) => l.mapping === 'none')).toBe(true);
  });

  it('--base-image diff_ids that are not the bottom of the image are ignored with a warning', () => {
    const h = captured('d20-bk', 'c01-basic');
    const df = parseDockerfile(caseDockerfile('c01-basic'), 'Dockerfile', { buildArgs: {} });
    const r = mapLayers({
      dockerfile: df,
      history: h.history,
      diffIds: h.diff_ids,
      baseDiffIds: ['sha256:' + '1'.repeat(64)],
    });
    expect(r.warnings.join('\n')).toMatch(/base image/);
    expect(rows(r, 2)[0]).toEqual([2, 'RUN', 'exact']);
  });

  it('with --base-image the boundary is exact', () => {
    const h = captured('d20-bk', 'c01-basic');
    const df = parseDockerfile(caseDockerfile('c01-basic'), 'Dockerfile', { buildArgs: {} });
    const r = mapLayers({
      dockerfile: df,
      history: h.history,
      diffIds: h.diff_ids,
      baseDiffIds: h.diff_ids.slice(0, 2),
    });
    expect(r.layers.map((l) => l.fromBaseImage)).toEqual([true, true, false, false, false, false]);
    expect(r.layers.slice(0, 2).every((l) => l.mapping === 'exact')).toBe(true);
  });

  it('stages summary marks the target chain', () => {
    const df = parseDockerfile(caseDockerfile('c04-multistage'), 'Dockerfile', { buildArgs: {} });
    const h = captured('d20-bk', 'c04-multistage-target-mid');
    const r = mapLayers({ dockerfile: df, target: 'mid', history: h.history, diffIds: h.diff_ids });
    expect(r.stages).toEqual([
      { name: 'builder', index: 0, from: 'llbase:1', line: 1, inTarget: true },
      { name: 'mid', index: 1, from: 'builder', line: 5, inTarget: true },
      { name: 'other', index: 2, from: 'llbase:1', line: 8, inTarget: false },
      { name: '3', index: 3, from: 'llbase:1', line: 11, inTarget: false },
    ]);
  });

  it('an unknown --target is an InputError naming the file', () => {
    const df = parseDockerfile(caseDockerfile('c04-multistage'), 'app/Dockerfile', { buildArgs: {} });
    expect(() => mapLayers({ dockerfile: df, target: 'nope', history: [], diffIds: [] })).toThrow(
      /^app\/Dockerfile: no stage named "nope"/,
    );
  });

  it('formatInstructionRef gives Dockerfile:LINE KEYWORD …', () => {
    const df = parseDockerfile(caseDockerfile('c15-heredoc'), 'Dockerfile', { buildArgs: {} });
    const h = captured('d26-bk', 'c15-heredoc');
    const r = mapLayers({ dockerfile: df, history: h.history, diffIds: h.diff_ids });
    const refs = r.layers.map((l) => (l.instruction ? formatInstructionRef(l.instruction) : null));
    expect(refs[2]).toBe('Dockerfile:2 RUN <<EOF \u2026');
    expect(refs[6]).toBe('Dockerfile:15 COPY --chmod=644 --link a.txt /l.txt');
    expect(
      formatInstructionRef(
        { ...must(r.layers[6]?.instruction ?? undefined), text: 'RUN ' + 'x'.repeat(200) },
        'd/Dockerfile',
        20,
      ),
    ).toBe('d/Dockerfile:15 RUN xxxxxxxxxxxxxxx\u2026');
  });
});

describe('first instruction edited beyond recognition', () => {
  it('its layer is neither base image nor mapped', () => {
    const text = caseDockerfile('c01-basic').replace('RUN echo hi > /a', 'RUN apk add --no-cache curl');
    const df = parseDockerfile(text, 'Dockerfile', { buildArgs: {} });
    const h = captured('d20-bk', 'c01-basic');
    const r = mapLayers({ dockerfile: df, history: h.history, diffIds: h.diff_ids });
    expect(r.layers.map((l) => l.fromBaseImage)).toEqual([true, true, false, false, false, false]);
    expect(rows(r, 2)).toEqual([
      [-1, '-', 'none'],
      [3, 'COPY', 'exact'],
      [4, 'ADD', 'exact'],
      [5, 'WORKDIR', 'exact'],
    ]);
    expect(r.warnings.join('\n')).toMatch(/Dockerfile:2 RUN has no matching history entry/);
  });
});

describe('default target', () => {
  it('picks the stage the image was built for when --target was not passed, and says so', () => {
    const df = parseDockerfile(caseDockerfile('c04-multistage'), 'Dockerfile', { buildArgs: {} });
    for (const engine of ['d20-legacy', 'd20-bk']) {
      const h = captured(engine, 'c04-multistage-target-mid');
      const r = mapLayers({ dockerfile: df, history: h.history, diffIds: h.diff_ids });
      expect(r.layers.slice(2).map((l) => l.instruction?.line)).toEqual([2, 3, 6]);
      expect(r.stages.map((s) => s.inTarget)).toEqual([true, true, false, false]);
      expect(r.warnings.join('\n')).toMatch(/matches stage "mid" \(line 5\) better than the last stage/);
    }
  });

  it('keeps the last stage when it explains the history', () => {
    const df = parseDockerfile(caseDockerfile('c04-multistage'), 'Dockerfile', { buildArgs: {} });
    const h = captured('d20-legacy', 'c04-multistage');
    const r = mapLayers({ dockerfile: df, history: h.history, diffIds: h.diff_ids });
    expect(r.stages.map((s) => s.inTarget)).toEqual([false, false, false, true]);
    expect(r.warnings).toEqual([]);
  });
});

describe('small chains', () => {
  it('a Dockerfile that adds no layer: every layer is the base image', () => {
    const df = parseDockerfile('FROM llbase:1\nENV A=1\nCMD ["sh"]\n', 'Dockerfile', { buildArgs: {} });
    const base = captured('d20-bk', 'base');
    const history = [
      ...base.history,
      { created_by: 'ENV A=1', empty_layer: true },
      { created_by: 'CMD ["sh"]', empty_layer: true },
    ];
    const r = mapLayers({ dockerfile: df, history, diffIds: base.diff_ids });
    expect(r.layers.map((l) => [l.fromBaseImage, l.instruction])).toEqual([
      [true, null],
      [true, null],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('a single legacy COPY (probable only) is enough to agree', () => {
    const df = parseDockerfile('FROM llbase:1\nCOPY a.txt /a.txt\n', 'Dockerfile', { buildArgs: {} });
    const base = captured('d20-legacy', 'c01-basic');
    const history = [...base.history.slice(0, 2), must(base.history[3])];
    const r = mapLayers({ dockerfile: df, history, diffIds: base.diff_ids.slice(0, 3) });
    expect(rows(r, 2)).toEqual([[2, 'COPY', 'probable']]);
    expect(r.warnings).toEqual([]);
  });
});

describe('never a wrong line: every Dockerfile against every other image', () => {
  // The only instructions two of these images truly share (same text, same effect).
  const SHARED = new Set([
    'COPY busybox /bin/busybox',
    'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
    'RUN true',
    'WORKDIR /bin',
    'RUN echo base > /base',
  ]);
  const engines = ['d20-legacy', 'd20-bk', 'd26-legacy', 'd26-bk'];
  const cases = readdirSync(join(DATA, 'cases'));
  it.each(engines)('%s', (engine) => {
    let pairs = 0;
    for (const hist of readdirSync(join(DATA, 'history', engine)).map((f) => f.replace(/\.json$/, ''))) {
      const h = captured(engine, hist);
      for (const name of cases) {
        if (hist === name || hist.startsWith(`${name}-`)) continue;
        const df = parseDockerfile(caseDockerfile(name), 'Dockerfile', { buildArgs: {} });
        const r = mapLayers({ dockerfile: df, history: h.history, diffIds: h.diff_ids });
        pairs++;
        for (const l of r.layers) {
          if (l.instruction)
            expect(SHARED.has(l.instruction.text), `${name} vs ${hist}: ${l.instruction.text}`).toBe(true);
        }
      }
    }
    expect(pairs).toBeGreaterThan(100);
  });
});

describe('ONBUILD triggers from the base image config', () => {
  it('baseOnBuild finds BuildKit trigger layers without --base-image', () => {
    const df = parseDockerfile(caseDockerfile('c10-onchild'), 'Dockerfile', { buildArgs: {} });
    const h = captured('d20-bk', 'c10-onchild');
    const r = mapLayers({
      dockerfile: df,
      history: h.history,
      diffIds: h.diff_ids,
      baseOnBuild: ['RUN echo triggered > /trig', 'COPY a.txt /onb.txt'],
    });
    expect(r.layers.map((l) => l.fromBaseImage)).toEqual([true, true, true, false, false, false]);
    expect(rows(r, 3)).toEqual([
      [1, 'FROM', 'exact'],
      [1, 'FROM', 'exact'],
      [2, 'RUN', 'exact'],
    ]);
  });
});

describe('--base-image with an edited first instruction', () => {
  it('the layer above the base is not blamed on FROM', () => {
    const text = caseDockerfile('c01-basic').replace('RUN echo hi > /a', 'RUN apk add --no-cache curl');
    const df = parseDockerfile(text, 'Dockerfile', { buildArgs: {} });
    const h = captured('d20-bk', 'c01-basic');
    const r = mapLayers({
      dockerfile: df,
      history: h.history,
      diffIds: h.diff_ids,
      baseDiffIds: h.diff_ids.slice(0, 2),
    });
    expect(rows(r, 2)).toEqual([
      [-1, '-', 'none'],
      [3, 'COPY', 'exact'],
      [4, 'ADD', 'exact'],
      [5, 'WORKDIR', 'exact'],
    ]);
  });
});
