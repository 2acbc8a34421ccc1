import { describe, expect, test } from 'vitest';
import { DEFAULT_PATH_CAP, LARGEST_FILES_CAP } from '../../src/report/caps.js';
import { VERSION } from '../../src/common/version.js';
import type { MappingResult } from '../../src/dockerfile/types.js';
import { byBytesThenPath, topRefs, toReport, type ReportParts } from '../../src/report/build.js';
import { isPassed } from '../../src/report/verdict.js';
import { renderJson } from '../../src/render/json.js';
import type { BudgetResult } from '../../src/report/types.js';
import type { Finding } from '../../src/lint/types.js';
import { syntheticModel } from '../helpers/model.js';
import { schemaErrors } from '../helpers/schema.js';

function parts(over: Partial<ReportParts> = {}): ReportParts {
  return {
    mapping: null,
    findings: [],
    budgets: [],
    dockerfile: null,
    failOn: 'error',
    allFiles: false,
    ...over,
  };
}

function finding(severity: Finding['severity'], over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'LL004',
    severity,
    message: 'm',
    layerIndex: 1,
    line: null,
    endLine: null,
    paths: [],
    pathCount: 0,
    bytes: 0,
    fix: 'f',
    ...over,
  };
}

function budget(status: BudgetResult['status']): BudgetResult {
  return {
    name: 'maxSize',
    unit: 'bytes',
    value: 10,
    limit: 5,
    level: status === 'warn' ? 'warn' : 'fail',
    status,
  };
}

const manyFiles = Array.from({ length: 30 }, (_, i) => `f${String(i).padStart(2, '0')}:${(i % 7) * 10}`);
const model = syntheticModel({
  layers: [
    { createdBy: 'COPY rootfs /', entries: ['etc/', 'etc/a:100', 'etc/b:50', ...manyFiles] },
    { createdBy: 'RUN x', entries: ['etc/a:10', 'etc/.wh.b', 'new -> etc/a'] },
  ],
});

describe('toReport', () => {
  test('copies the model numbers and image identity', () => {
    const r = toReport(model, parts());
    expect(r.schemaVersion).toBe(1);
    expect(r.tool).toEqual({ name: 'layerlint', version: VERSION });
    expect(r.source).toBe('synthetic.tar');
    expect(r.image).toEqual({
      ref: null,
      format: 'docker-legacy',
      platform: { os: 'linux', architecture: 'amd64' },
      platforms: [{ os: 'linux', architecture: 'amd64' }],
      configDigest: model.image.configDigest,
      manifestDigest: null,
    });
    expect(r.totals).toEqual(model.totals);
    expect(r.dive).toEqual(model.dive);
    const l1 = r.layers[1];
    expect(l1).toMatchObject({
      index: 1,
      contentBytes: 10,
      removedBytes: 50,
      overwrittenBytes: 100,
      createdBy: 'RUN x',
    });
    expect(l1?.modified).toEqual([{ path: 'etc/a', bytes: 10 }]);
    expect(l1?.deleted).toEqual([{ path: 'etc/b', bytes: 50 }]);
    expect(l1?.added).toEqual([{ path: 'new', bytes: 0 }]);
    expect(l1).toMatchObject({ instruction: null, fromBaseImage: false, mapping: 'none' });
  });

  test('path lists are capped largest first, then by path, with counts; --all-files lists all', () => {
    const capped = toReport(model, parts()).layers[0];
    expect(capped?.addedCount).toBe(32);
    expect(capped?.added).toHaveLength(DEFAULT_PATH_CAP);
    expect(capped?.added.slice(0, 4)).toEqual([
      { path: 'etc/a', bytes: 100 },
      { path: 'f06', bytes: 60 },
      { path: 'f13', bytes: 60 },
      { path: 'f20', bytes: 60 },
    ]);
    const all = toReport(model, parts({ allFiles: true })).layers[0];
    expect(all?.added).toHaveLength(32);
    expect(all?.added.at(-1)).toEqual({ path: 'f28', bytes: 0 });
  });

  test('largest files come from the final filesystem, capped', () => {
    const r = toReport(model, parts());
    expect(r.largestFiles).toHaveLength(LARGEST_FILES_CAP);
    expect(r.largestFiles[0]).toEqual({ path: 'f06', bytes: 60 });
    expect(r.largestFiles.some((f) => f.path === 'etc/b')).toBe(false);
  });

  test('mapping fills instruction, fromBaseImage, mapping, stages and warnings', () => {
    const mapping: MappingResult = {
      layers: [
        { instruction: null, fromBaseImage: true, mapping: 'exact' },
        {
          instruction: { stage: 'app', stageIndex: 0, keyword: 'RUN', line: 3, endLine: 4, text: 'RUN x' },
          fromBaseImage: false,
          mapping: 'probable',
        },
      ],
      stages: [{ name: 'app', index: 0, from: 'base', line: 1, inTarget: true }],
      warnings: ['mapping warning'],
    };
    const r = toReport(model, parts({ mapping, dockerfile: 'Dockerfile', warnings: ['budget warning'] }));
    expect(r.layers[0]).toMatchObject({ fromBaseImage: true, mapping: 'exact', instruction: null });
    expect(r.layers[1]?.instruction?.line).toBe(3);
    expect(r.stages).toEqual(mapping.stages);
    expect(r.warnings).toEqual(['mapping warning', 'budget warning']);
    expect(r.dockerfile).toBe('Dockerfile');
    expect(schemaErrors(JSON.parse(renderJson(r)))).toBeNull();
  });

  test('passed: findings at or above failOn, or a failed budget, fail the report', () => {
    expect(isPassed([finding('warning')], [], 'error')).toBe(true);
    expect(isPassed([finding('error')], [], 'error')).toBe(false);
    expect(isPassed([finding('warning')], [], 'warning')).toBe(false);
    expect(isPassed([finding('info')], [], 'warning')).toBe(true);
    expect(isPassed([finding('info')], [], 'info')).toBe(false);
    expect(isPassed([finding('error')], [], 'none')).toBe(true);
    expect(isPassed([], [budget('warn')], 'error')).toBe(true);
    expect(isPassed([], [budget('fail')], 'none')).toBe(false);
    expect(toReport(model, parts({ findings: [finding('error')] })).passed).toBe(false);
  });

  test.each([
    ['error', ['warning', 'info'], true],
    ['error', ['error'], false],
    ['warning', ['warning'], false],
    ['warning', ['info'], true],
    ['info', ['info'], false],
    ['none', ['error'], true],
    ['info', [], true],
  ] as const)('failOn %s with findings %j passes: %s', (level, sevs, expected) => {
    expect(
      isPassed(
        sevs.map((s) => finding(s)),
        [],
        level,
      ),
    ).toBe(expected);
  });
});

describe('renderJson', () => {
  test('deterministic: byte-identical output for the same input, no timestamps', () => {
    const a = renderJson(toReport(model, parts()));
    const b = renderJson(
      toReport(syntheticModel({ layers: model.image.layers.map(() => ({ entries: [] })) }), parts()),
    );
    expect(a).toBe(renderJson(toReport(model, parts())));
    expect(a).not.toBe(b);
    expect(a).not.toMatch(/"(created|time|date|generatedAt)"/i);
    expect(a.endsWith('}\n')).toBe(true);
  });

  test('the output validates against schema/report.schema.json, as an object and as an array', () => {
    const r = toReport(
      model,
      parts({
        findings: [
          finding('warning', {
            paths: [{ path: 'etc/a', bytes: 100 }],
            pathCount: 1,
            bytes: 100,
            line: 2,
            endLine: 2,
          }),
        ],
        budgets: [budget('fail')],
      }),
    );
    expect(schemaErrors(JSON.parse(renderJson(r)))).toBeNull();
    expect(schemaErrors(JSON.parse(renderJson([r, r])))).toBeNull();
  });

  test('the schema rejects a report that breaks the contract', () => {
    const r = JSON.parse(renderJson(toReport(model, parts()))) as Record<string, unknown>;
    expect(schemaErrors({ ...r, schemaVersion: 2 })).not.toBeNull();
    const { totals: _t, ...noTotals } = r;
    expect(schemaErrors(noTotals)).not.toBeNull();
    expect(schemaErrors({ ...r, layers: [{ index: 0 }] })).not.toBeNull();
    expect(
      schemaErrors({ ...r, dive: { efficiency: 1, wastedBytes: -1, userWastedPercent: null } }),
    ).not.toBeNull();
  });
});

describe('topRefs', () => {
  test('equals a full sort cut at the cap, for any input order', () => {
    const refs = Array.from({ length: 500 }, (_, i) => ({
      path: `p${(i * 7919) % 500}`,
      bytes: (i * 31) % 17,
    }));
    const want = [...refs].sort(byBytesThenPath);
    for (const cap of [1, 5, 20, 499, 500, 600]) expect(topRefs(refs, cap)).toEqual(want.slice(0, cap));
    expect(topRefs([], 3)).toEqual([]);
  });
});
