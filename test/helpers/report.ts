/** A hand-built Report for renderer tests: three mapped layers, one base layer, waste, findings, budgets. */
import type { Report, LayerReport } from '../../src/report/types.js';
import type { Rule } from '../../src/rules/types.js';

function layer(over: Partial<LayerReport> & Pick<LayerReport, 'index'>): LayerReport {
  return {
    digest: `sha256:${String(over.index).repeat(64).slice(0, 64)}`,
    tarBytes: 0,
    blobBytes: 0,
    compression: 'none',
    mediaType: 'application/vnd.docker.image.rootfs.diff.tar',
    contentBytes: 0,
    files: 0,
    dirs: 0,
    symlinks: 0,
    hardlinks: 0,
    whiteouts: 0,
    createdBy: null,
    emptyLayer: false,
    removedBytes: 0,
    overwrittenBytes: 0,
    added: [],
    addedCount: 0,
    modified: [],
    modifiedCount: 0,
    deleted: [],
    deletedCount: 0,
    instruction: null,
    fromBaseImage: false,
    mapping: 'exact',
    ...over,
  };
}

/** A small but complete report; pass overrides for hostile or edge-case variants. */
export function sampleReport(over: Partial<Report> = {}): Report {
  const layers: LayerReport[] = [
    layer({
      index: 0,
      contentBytes: 1_200_000,
      tarBytes: 1_210_000,
      files: 3,
      createdBy: 'COPY busybox /bin/busybox # buildkit',
      fromBaseImage: true,
      mapping: 'none',
      added: [{ path: 'bin/busybox', bytes: 1_200_000 }],
      addedCount: 1,
    }),
    layer({
      index: 1,
      contentBytes: 50_000_000,
      tarBytes: 50_010_000,
      files: 2,
      createdBy: 'RUN /bin/sh -c dd if=/dev/zero of=/big bs=1M count=50 # buildkit',
      added: [{ path: 'big', bytes: 50_000_000 }],
      addedCount: 1,
      instruction: { stage: 'app', stageIndex: 0, keyword: 'RUN', line: 3, endLine: 3, text: 'RUN dd if=/dev/zero of=/big bs=1M count=50' },
    }),
    layer({
      index: 2,
      contentBytes: 0,
      whiteouts: 1,
      removedBytes: 50_000_000,
      createdBy: 'RUN /bin/sh -c rm /big # buildkit',
      deleted: [{ path: 'big', bytes: 50_000_000 }],
      deletedCount: 1,
      instruction: { stage: 'app', stageIndex: 0, keyword: 'RUN', line: 4, endLine: 5, text: 'RUN rm /big && \\\n    true' },
    }),
    layer({
      index: 3,
      emptyLayer: true,
      createdBy: 'CMD ["sh"]',
      instruction: { stage: 'app', stageIndex: 0, keyword: 'CMD', line: 6, endLine: 6, text: 'CMD ["sh"]' },
    }),
  ];
  return {
    schemaVersion: 1,
    tool: { name: 'layerlint', version: '0.1.0' },
    source: 'fixtures/archives/sample.tar',
    image: {
      ref: 'sample:latest',
      format: 'docker-archive',
      platform: { os: 'linux', architecture: 'amd64' },
      platforms: [{ os: 'linux', architecture: 'amd64' }],
      configDigest: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      manifestDigest: null,
    },
    dockerfile: 'Dockerfile',
    layers,
    totals: {
      contentBytes: 51_200_000,
      finalBytes: 1_200_000,
      wastedBytes: 50_000_000,
      efficiency: 1_200_000 / 51_200_000,
      layerCount: 4,
      fileCount: 3,
      removedBytes: 50_000_000,
      overwrittenBytes: 0,
    },
    dive: { efficiency: 0.0234, wastedBytes: 50_000_000, userWastedPercent: 0.976 },
    largestFiles: [{ path: 'bin/busybox', bytes: 1_200_000 }],
    stages: [{ name: 'app', index: 0, from: 'base', line: 1, inTarget: true }],
    warnings: [],
    findings: [
      {
        ruleId: 'LL001',
        severity: 'error',
        message: 'Layer 1 adds /big (50.0 MB) and layer 2 deletes it: the bytes still ship.',
        layerIndex: 1,
        line: 3,
        endLine: 3,
        paths: [{ path: 'big', bytes: 50_000_000 }],
        pathCount: 1,
        bytes: 50_000_000,
        fix: 'Create and delete the file in the same RUN, or use a multi-stage build.',
      },
      {
        ruleId: 'LL002',
        severity: 'warning',
        message: 'The image has an empty-layer instruction without a line mapping.',
        layerIndex: 0,
        line: null,
        endLine: null,
        paths: [],
        pathCount: 0,
        bytes: 0,
        fix: 'Map the base image with --base-image.',
      },
    ],
    budgets: [
      { name: 'maxSize', unit: 'bytes', value: 1_200_000, limit: 1_000_000, level: 'fail', status: 'fail', detail: 'finalBytes' },
      { name: 'maxLayers', unit: 'count', value: 4, limit: 10, level: 'warn', status: 'pass' },
    ],
    baseline: null,
    failOn: 'error',
    passed: false,
    ...over,
  };
}

/** Two rules matching the sample's findings. */
export const sampleRules: Rule[] = [
  {
    id: 'LL001',
    name: 'deleted-later',
    title: 'Files added and deleted in different layers',
    defaultSeverity: 'error',
    rationale: 'A file deleted by a later layer still ships in the earlier one.',
    fix: 'Delete in the same RUN that creates it.',
    options: {},
    check: () => undefined,
  },
  {
    id: 'LL002',
    name: 'unmapped',
    title: 'Layer not mapped',
    defaultSeverity: 'warning',
    rationale: 'Unmapped layers cannot be annotated.',
    fix: 'Pass the Dockerfile.',
    options: {},
    check: () => undefined,
  },
];
