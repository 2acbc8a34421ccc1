import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/image/analyze.js';
import { mapLayers, parseDockerfile } from '../../src/dockerfile/index.js';
import { runRules } from '../../src/lint/runner.js';
import { RULES } from '../../src/lint/rules/index.js';
import { toReport } from '../../src/report/build.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { renderMarkdown, renderSummary } from '../../src/render/markdown.js';
import { renderSarif } from '../../src/render/sarif.js';
import type { HistoryEntry } from '../../src/oci/types.js';
import { synthetic } from '../helpers/image.js';

const SECRETS = {
  env: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  label: 'glpat-FAKEfakeFAKEfake0000',
  arg: 'npm_FAKEfakeFAKEfakeFAKEfakeFAKEfake0000',
  file: 'fake-api-token-0123456789abcdef',
  argByName: 'plain-deploy-secret-42',
};

const DOCKERFILE = [
  'FROM base',
  'ARG NPM_TOKEN',
  'ARG DEPLOY_SECRET',
  `ENV AWS_SECRET_ACCESS_KEY=${SECRETS.env}`,
  `LABEL deploy-token="${SECRETS.label}"`,
  'COPY app/ /app/',
  'RUN printf "//r/:_authToken=%s\\n" "$NPM_TOKEN" > /app/.npmrc-x && deploy "$DEPLOY_SECRET" --very-long-options-to-make-the-created-by-text-get-truncated',
].join('\n');

function report() {
  const history: HistoryEntry[] = [
    { created_by: 'COPY rootfs / # buildkit' },
    { created_by: `ENV AWS_SECRET_ACCESS_KEY=${SECRETS.env}`, empty_layer: true },
    { created_by: `LABEL deploy-token=${SECRETS.label}`, empty_layer: true },
    { created_by: 'COPY app/ /app/ # buildkit' },
    {
      created_by:
        `RUN |2 NPM_TOKEN=${SECRETS.arg} DEPLOY_SECRET=${SECRETS.argByName} /bin/sh -c printf "//r/:_authToken=%s\\n" "$NPM_TOKEN" > /app/.npmrc-x && ` +
        'deploy "$DEPLOY_SECRET" --very-long-options-to-make-the-created-by-text-get-truncated # buildkit',
    },
  ];
  const image = synthetic(
    [{ entries: ['bin/sh:100'] }, { entries: ['app/', 'app/.env:60'] }, { entries: ['app/.npmrc-x:60'] }],
    { history, ref: 'app:pr' },
  );
  image.config.config = {
    Env: [`AWS_SECRET_ACCESS_KEY=${SECRETS.env}`],
    Labels: { 'deploy-token': SECRETS.label },
  };
  const env = image.layers[1]?.scan.entries.find((e) => e.path === 'app/.env');
  if (env) env.content = Buffer.from(`API_TOKEN=${SECRETS.file}\n`);
  const npmrc = image.layers[2]?.scan.entries[0];
  if (npmrc) npmrc.content = Buffer.from(`//r/:_authToken=${SECRETS.arg}\n`);
  // A reader warning that quotes a value, as a careless message might.
  image.warnings.push(`odd entry ${history[4]?.created_by ?? ''}`);
  const model = buildModel(image);
  const dockerfile = parseDockerfile(DOCKERFILE + '\n', 'Dockerfile', { buildArgs: {} });
  const mapping = mapLayers({ dockerfile, history, diffIds: image.config.rootfs.diff_ids });
  const findings = runRules({ model, mapping, dockerfile });
  return toReport(model, {
    mapping,
    findings,
    budgets: [],
    dockerfile: 'Dockerfile',
    failOn: 'error',
    allFiles: true,
    warnings: [`mapping note: ${SECRETS.arg.slice(0, 12)}\u2026`],
  });
}

describe('redaction at the source (toReport)', () => {
  const r = report();
  const outputs: [string, string][] = [
    ['json', renderJson(r)],
    ['text', renderText(r)],
    ['markdown comment', renderMarkdown(r, { maxBytes: 65_000, rules: RULES })],
    ['job summary', renderSummary([r], { maxBytes: 1_000_000, rules: RULES })],
    ['sarif', JSON.stringify(renderSarif(r, RULES, { dockerfilePath: 'Dockerfile' }))],
  ];

  it('reports the secrets (LL008 and LL013)', () => {
    const ids = r.findings.map((f) => f.ruleId);
    expect(ids.filter((i) => i === 'LL013').length).toBe(3);
    expect(ids).toContain('LL008');
  });

  it.each(outputs)('no secret value in the %s output', (_name, out) => {
    for (const v of Object.values(SECRETS)) {
      expect(out).not.toContain(v);
      expect(out).not.toContain(v.slice(0, 12));
    }
  });

  it('keeps the text around a value: created_by shows [redacted] in its place', () => {
    expect(r.layers[2]?.createdBy).toContain('NPM_TOKEN=[redacted]');
    expect(r.warnings.join('\n')).toContain('[redacted]');
  });
});
