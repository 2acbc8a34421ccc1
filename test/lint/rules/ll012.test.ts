import { describe, expect, it } from 'vitest';
import { ll012 } from '../../../src/lint/rules/ll012-build-tools-in-final-image.js';
import { BASE_LAYER, dockerfile, runOne, where, type Scenario } from './helpers.js';

const BUILD_BASE = [
  'usr/',
  'usr/bin/',
  'usr/libexec/',
  'usr/libexec/gcc/',
  'usr/lib/',
  'usr/lib/gcc/',
  'usr/lib/gcc/x86_64-alpine-linux-musl/',
  'usr/lib/gcc/x86_64-alpine-linux-musl/12.2.1/',
  'usr/libexec/gcc/x86_64-alpine-linux-musl/',
  'usr/libexec/gcc/x86_64-alpine-linux-musl/12.2.1/',
  'usr/bin/gcc:900000',
  'usr/libexec/gcc/x86_64-alpine-linux-musl/12.2.1/cc1:30000000',
  'usr/lib/gcc/x86_64-alpine-linux-musl/12.2.1/crtbegin.o:3000',
  'usr/bin/make:250000',
];

describe('LL012 build-tools-in-final-image', () => {
  it('fires per tool at the layer that installed it', () => {
    const s: Scenario = {
      dockerfile: dockerfile('FROM base', 'RUN apk add build-base', 'COPY app /app'),
      layers: [BASE_LAYER, { entries: BUILD_BASE }, { entries: ['app:10'] }],
      lines: ['base', 2, 3],
    };
    const f = runOne(ll012, s);
    expect(where(f)).toEqual([
      { ruleId: 'LL012', layer: 1, line: 2, endLine: 2 },
      { ruleId: 'LL012', layer: 1, line: 2, endLine: 2 },
    ]);
    const gcc = f.find((x) => x.paths.some((p) => p.path === 'usr/bin/gcc'));
    expect(gcc?.bytes).toBe(900000 + 30000000 + 3000);
    const make = f.find((x) => x.paths.some((p) => p.path === 'usr/bin/make'));
    expect(make?.bytes).toBe(250000);
  });
  it.each([
    ['go toolchain', 'usr/local/go/bin/go'],
    ['rustc', 'root/.cargo/bin/rustc'],
    ['javac', 'usr/lib/jvm/java-17-openjdk/bin/javac'],
    ['clang', 'usr/bin/clang-16'],
    ['g++', 'usr/bin/g++'],
    ['Debian gcc', 'usr/bin/x86_64-linux-gnu-gcc-12'],
    ['Debian cc1', 'usr/lib/gcc/x86_64-linux-gnu/12/cc1'],
    ['cc', 'usr/bin/cc'],
    ['rustc (official rust image)', 'usr/local/cargo/bin/rustc'],
    ['go (Debian)', 'usr/lib/go-1.19/bin/go'],
  ])('fires for %s', (_name, path) => {
    expect(where(runOne(ll012, { layers: [BASE_LAYER, { entries: [`${path}:5000`] }] }))).toEqual([
      { ruleId: 'LL012', layer: 1, line: null, endLine: null },
    ]);
  });
  it('fires for a large header tree', () => {
    const entries = Array.from({ length: 30 }, (_, i) => `usr/include/h${i}.h:${400 * 1024}`);
    const f = runOne(ll012, { layers: [BASE_LAYER, { entries }] });
    expect(where(f)).toEqual([{ ruleId: 'LL012', layer: 1, line: null, endLine: null }]);
    expect(f[0]?.bytes).toBe(30 * 400 * 1024);
  });
  it('quiet when the tools stayed in a build stage (deleted or never in the image)', () => {
    const s: Scenario = {
      dockerfile: dockerfile('FROM base', 'RUN apk add build-base && make && apk del build-base'),
      layers: [BASE_LAYER, { entries: ['app:10'] }],
      lines: ['base', 2],
    };
    expect(runOne(ll012, s)).toEqual([]);
  });
  it('quiet when a later layer deletes the tools', () => {
    expect(
      runOne(ll012, {
        layers: [
          BASE_LAYER,
          { entries: BUILD_BASE },
          { entries: ['usr/bin/.wh.gcc', 'usr/bin/.wh.make', 'usr/libexec/.wh.gcc', 'usr/lib/.wh.gcc'] },
        ],
      }),
    ).toEqual([]);
  });
  it.each([
    ['usr/bin/gcc-ar'],
    ['usr/bin/cmake-gui-docs'],
    ['usr/share/make/readme'],
    ['usr/include/small.h'],
    ['app/bin/go.mod'],
  ])('quiet for %s', (path) => {
    expect(runOne(ll012, { layers: [BASE_LAYER, { entries: [`${path}:5000`] }] })).toEqual([]);
  });
  it('allow skips a tool', () => {
    expect(
      runOne(
        { ...ll012, options: { headerMinBytes: 10 * 1024 * 1024, allow: ['make', 'gcc'] } },
        { layers: [BASE_LAYER, { entries: BUILD_BASE }] },
      ),
    ).toEqual([]);
  });
});
