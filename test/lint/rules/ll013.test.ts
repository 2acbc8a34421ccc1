import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/image/analyze.js';
import { mapLayers, parseDockerfile } from '../../../src/dockerfile/index.js';
import type { HistoryEntry } from '../../../src/oci/types.js';
import { ll013 } from '../../../src/lint/rules/ll013-secret-in-config.js';
import { synthetic } from '../../helpers/image.js';
import { runOne, where, type Built } from './helpers.js';

const BASE: HistoryEntry = { created_by: 'COPY rootfs / # buildkit' };

interface Case {
  /** Dockerfile lines after `FROM base` (line 1). */
  lines: string[];
  /** History above the base entry, bottom to top. */
  history: HistoryEntry[];
  env?: string[];
  labels?: Record<string, string>;
}

/** A synthetic image (one layer per non-empty entry) mapped by the real mapper to the Dockerfile. */
function scenario(c: Case): Built {
  const history = [BASE, ...c.history];
  const layers = history.filter((h) => h.empty_layer !== true).map((_, k) => ({ entries: [`f${k}:10`] }));
  const image = synthetic(layers, { history });
  image.config.config = { Env: c.env ?? [], Labels: c.labels ?? {} };
  const model = buildModel(image);
  const dockerfile = parseDockerfile(['FROM base', ...c.lines].join('\n') + '\n', 'Dockerfile', {
    buildArgs: {},
  });
  const mapping = mapLayers({ dockerfile, history, diffIds: image.config.rootfs.diff_ids });
  return { model, mapping, dockerfile };
}

const RUN_WITH_TOKEN =
  'RUN |1 NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789 /bin/sh -c npm ci # buildkit';

describe('LL013 secret-in-config', () => {
  it.each<[string, Case, { layer: number | null; line: number | null }[]]>([
    [
      'ENV with a secret name (BuildKit)',
      {
        lines: ['ENV DB_PASSWORD=hunter2-longer', 'RUN make'],
        history: [
          { created_by: 'ENV DB_PASSWORD=hunter2-longer', empty_layer: true },
          { created_by: 'RUN /bin/sh -c make # buildkit' },
        ],
        env: ['DB_PASSWORD=hunter2-longer'],
      },
      [{ layer: null, line: 2 }],
    ],
    [
      'ENV with a token-format value (legacy builder)',
      {
        lines: ['RUN make', 'ENV GH=ghp_abcdefghijklmnopqrstuvwxyz0123456789'],
        history: [
          { created_by: '/bin/sh -c make' },
          {
            created_by: '/bin/sh -c #(nop)  ENV GH=ghp_abcdefghijklmnopqrstuvwxyz0123456789',
            empty_layer: true,
          },
        ],
        env: ['GH=ghp_abcdefghijklmnopqrstuvwxyz0123456789'],
      },
      [{ layer: null, line: 3 }],
    ],
    [
      'LABEL with a token-format value',
      {
        lines: ['LABEL deploy-token="glpat-abcdefghij0123456789"', 'RUN make'],
        history: [
          { created_by: 'LABEL deploy-token=glpat-abcdefghij0123456789', empty_layer: true },
          { created_by: 'RUN /bin/sh -c make # buildkit' },
        ],
        labels: { 'deploy-token': 'glpat-abcdefghij0123456789' },
      },
      [{ layer: null, line: 2 }],
    ],
    [
      'build arg recorded in RUN history (BuildKit), at the RUN line',
      {
        lines: ['ARG NPM_TOKEN', 'RUN npm ci'],
        history: [{ created_by: 'ARG NPM_TOKEN', empty_layer: true }, { created_by: RUN_WITH_TOKEN }],
      },
      [{ layer: 1, line: 3 }],
    ],
    [
      'build arg with a secret name (legacy builder)',
      {
        lines: ['ARG DEPLOY_SECRET', 'RUN make'],
        history: [{ created_by: '|1 DEPLOY_SECRET=s3cr3t-value /bin/sh -c make' }],
      },
      [{ layer: 1, line: 3 }],
    ],
    [
      'ENV only in the config (no history entry): image-wide',
      {
        lines: ['RUN make'],
        history: [{ created_by: 'RUN /bin/sh -c make # buildkit' }],
        env: ['API_TOKEN=abcd-efgh-1234'],
      },
      [{ layer: null, line: null }],
    ],
  ])('fires for %s', (_name, c, expected) => {
    const f = runOne(ll013, scenario(c));
    expect(where(f)).toEqual(
      expected.map((e) => ({ ruleId: 'LL013', layer: e.layer, line: e.line, endLine: e.line })),
    );
    expect(f.every((x) => x.severity === 'error')).toBe(true);
  });

  it.each<[string, Case]>([
    [
      'harmless ENV and ARG',
      {
        lines: ['ARG VERSION=1.2', 'ENV NODE_ENV=production PATH=/usr/local/bin:$PATH', 'RUN make'],
        history: [
          { created_by: 'ENV NODE_ENV=production PATH=/usr/local/bin:/usr/bin', empty_layer: true },
          { created_by: 'RUN |1 VERSION=1.2 /bin/sh -c make # buildkit' },
        ],
        env: [
          'NODE_ENV=production',
          'PATH=/usr/local/bin:/usr/bin',
          'GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
        ],
      },
    ],
    [
      'placeholder and reference values',
      {
        lines: ['ENV DB_PASSWORD= API_TOKEN=changeme DB_PASSWORD_FILE=/run/secrets/db', 'RUN make'],
        history: [
          {
            created_by: 'ENV DB_PASSWORD= API_TOKEN=changeme DB_PASSWORD_FILE=/run/secrets/db',
            empty_layer: true,
          },
          { created_by: 'RUN /bin/sh -c make # buildkit' },
        ],
        env: ['DB_PASSWORD=', 'API_TOKEN=changeme', 'DB_PASSWORD_FILE=/run/secrets/db'],
      },
    ],
    [
      'a LABEL with a secret-sounding name but no token value',
      {
        lines: ['LABEL token-header=Authorization', 'RUN make'],
        history: [
          { created_by: 'LABEL token-header=Authorization', empty_layer: true },
          { created_by: 'RUN /bin/sh -c make # buildkit' },
        ],
        labels: { 'token-header': 'Authorization' },
      },
    ],
    [
      'a secret mounted with --mount=type=secret (no build arg)',
      {
        lines: ['RUN --mount=type=secret,id=npm npm ci'],
        history: [{ created_by: 'RUN /bin/sh -c npm ci # buildkit' }],
      },
    ],
  ])('quiet for %s', (_name, c) => {
    expect(runOne(ll013, scenario(c))).toEqual([]);
  });

  it('never prints the value', () => {
    const f = runOne(
      ll013,
      scenario({ lines: ['ARG NPM_TOKEN', 'RUN npm ci'], history: [{ created_by: RUN_WITH_TOKEN }] }),
    );
    expect(f[0]?.message).toContain('NPM_TOKEN');
    expect(f[0]?.message).not.toContain('npm_abcdefghij');
  });
});

describe('LL013 options', () => {
  it('allowNames silences a name (any case)', () => {
    const c = scenario({
      lines: ['RUN make'],
      history: [{ created_by: 'RUN /bin/sh -c make # buildkit' }],
      env: ['API_TOKEN=abcd-efgh-1234'],
    });
    const config = {
      path: null,
      ignorePaths: [],
      rules: { LL013: { enabled: true, options: { allowNames: ['api_token'] } } },
    };
    expect(runOne(ll013, c, config)).toEqual([]);
  });
});
