import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/image/analyze.js';
import { ll008 } from '../../../src/lint/rules/ll008-secret-in-layer.js';
import { BASE_LAYER, build, dockerfile, runOne, where, type Built } from './helpers.js';

/** A base layer plus `COPY . /app` (line 2) holding `path`; `content` is what the reader captured. */
function one(path: string, content?: string, size = 400): Built {
  const b = build({
    dockerfile: dockerfile('FROM base', 'COPY . /app'),
    layers: [
      BASE_LAYER,
      {
        entries: [`${path}:${content === undefined ? size : Buffer.byteLength(content)}`, 'app/main.js:900'],
      },
    ],
    lines: ['base', 2],
  });
  const e = b.model.image.layers[1]?.scan.entries.find((x) => x.path === path);
  if (e && content !== undefined) e.content = Buffer.from(content);
  return { ...b, model: buildModel(b.model.image) };
}

const KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n';

describe('LL008 secret-in-layer', () => {
  it.each([
    // by content (the reader captured the text)
    ['build/.npmrc-generated', '//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789\n'],
    ['app/.npmrc', '//npm.example/:_auth=dXNlcjpwYXNzd29yZA==\n'],
    ['app/.yarnrc.yml', 'npmAuthToken: "abcd-1234-efgh-5678"\n'],
    [
      'app/config/sa.json',
      '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEabc\\n-----END PRIVATE KEY-----\\n"}',
    ],
    ['app/deploy.txt', KEY],
    ['app/.env', 'API_TOKEN=fake-api-token-0123456789abcdef\n'],
    ['app/settings.env', 'export DB_PASSWORD="hunter2-but-longer"\n'],
    ['app/conf.ini', 'stripe_api_key = sk_live_abcdef123456\n'],
    ['app/aws.txt', 'id AKIAIOSFODNN7EXAMPLE\nsecret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n'],
    ['app/ci.sh', 'curl -H "token ghp_abcdefghijklmnopqrstuvwxyz0123456789"\n'],
    ['app/notes.md', 'glpat-abcdefghij0123456789\n'],
    ['app/hook.cfg', 'xoxb-123456789012-abcdefghij\n'],
    ['root/.git-credentials', 'https://user:s3cr3t-pass@github.com\n'],
    ['root/.docker/config.json', '{"auths":{"r.example":{"auth":"ZmFrZTpmYWtl"}}}'],
    ['app/config.yml', 'database:\n  password: correct-horse-battery\n'],
    // by name (content not read: binary, too large, or past the cap)
    ['root/.ssh/id_rsa', undefined],
    ['app/tls.key', undefined],
    ['app/keystore.p12', undefined],
    ['root/.aws/credentials', undefined],
    ['app/.env', undefined],
    ['app/.npmrc', undefined],
  ])('fires for %s, severity error, at the layer line', (path, content) => {
    const f = runOne(ll008, one(path, content));
    expect(where(f)).toEqual([{ ruleId: 'LL008', layer: 1, line: 2, endLine: 2 }]);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.paths.map((p) => p.path)).toEqual([path]);
  });

  it.each([
    ['app/.npmrc', 'engine-strict=true\n'],
    ['app/.npmrc', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n'],
    ['app/settings.toml', '[auth]\ntoken_header = "Authorization"\npassword_min_length = 12\n'],
    ['app/.env', 'APP_PORT=8080\nDB_PASSWORD=\nAPI_TOKEN=changeme\nSECRET_KEY=${SECRET_KEY}\n'],
    ['app/.env', '# API_TOKEN=fake-api-token-0123456789abcdef\n'],
    ['app/.env', 'DB_PASSWORD_FILE=/run/secrets/db\n'],
    ['app/settings.py', 'SECRET_KEY = os.environ["SECRET_KEY"]\n'],
    ['app/models.js', 'const schema = { password: String, token: String };\n'],
    ['app/tls.key', 'not a key at all\n'],
    ['app/git.txt', 'commit 0123456789abcdef0123456789abcdef01234567 AKIA is a prefix\n'],
    ['app/.env.example', undefined],
    ['root/.ssh/id_rsa.pub', undefined],
    ['root/.ssh/known_hosts', undefined],
    ['app/cert.pem', undefined],
    ['app/node_modules/some-lib/test/fixtures/key.pem', undefined],
    ['usr/lib/python3/dist-packages/x/tests/server.key', undefined],
  ])('quiet for %s %j', (path, content) => {
    expect(runOne(ll008, one(path, content))).toEqual([]);
  });

  it('quiet for an empty .env', () => {
    expect(runOne(ll008, one('app/.env', undefined, 0))).toEqual([]);
  });

  it('reports a secret that a later layer deletes (it still ships)', () => {
    const b = build({
      dockerfile: dockerfile('FROM base', 'COPY id_rsa /root/.ssh/id_rsa', 'RUN rm /root/.ssh/id_rsa'),
      layers: [
        BASE_LAYER,
        { entries: ['root/', 'root/.ssh/', 'root/.ssh/id_rsa:1679'] },
        { entries: ['root/.ssh/.wh.id_rsa'] },
      ],
      lines: ['base', 2, 3],
    });
    expect(where(runOne(ll008, b))).toEqual([{ ruleId: 'LL008', layer: 1, line: 2, endLine: 2 }]);
  });

  it('fires in base-image layers too (they ship)', () => {
    const b = build({
      layers: [{ ...BASE_LAYER, entries: ['root/.aws/credentials:116'] }, { entries: ['a:1'] }],
    });
    expect(where(runOne(ll008, b))).toEqual([{ ruleId: 'LL008', layer: 0, line: null, endLine: null }]);
  });

  it('never prints a value: the message names the kind and path only', () => {
    const f = runOne(ll008, one('app/.env', 'API_TOKEN=fake-api-token-0123456789abcdef\n'));
    expect(f[0]?.message).not.toContain('fake-api-token');
    expect(Object.keys(f[0]?.paths[0] ?? {})).toEqual(['path', 'bytes']);
  });
});
