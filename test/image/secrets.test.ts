import { describe, expect, it } from 'vitest';
import {
  REDACTED,
  buildArgs,
  classifyFile,
  configSecrets,
  contentMatches,
  isPlaceholder,
  isSecretName,
  redactor,
} from '../../src/image/secrets.js';
import { CAPTURE_FILE_OVERHEAD, ContentCapture, isCaptureCandidate } from '../../src/archive/layer.js';

describe('isSecretName', () => {
  it.each([
    'API_TOKEN',
    'NODE_AUTH_TOKEN',
    'client_secret',
    'DB_PASSWORD',
    'MYSQL_ROOT_PASSWORD',
    'PASSWORD',
    'STRIPE_API_KEY',
    'AWS_SECRET_ACCESS_KEY',
    'aws_secret_access_key',
    'authToken',
    'SECRET_KEY_BASE',
  ])('%s says secret', (n) => {
    expect(isSecretName(n)).toBe(true);
  });
  it.each([
    'token_header',
    'password_min_length',
    'DB_PASSWORD_FILE',
    'TOKEN_URL',
    'GPG_KEY',
    'PATH',
    'private_key_id',
    'SECRET_NAME',
  ])('%s does not', (n) => {
    expect(isSecretName(n)).toBe(false);
  });
});

describe('isPlaceholder', () => {
  it.each([
    '',
    'x',
    'xxxx',
    '${TOKEN}',
    '$TOKEN',
    'changeme',
    '<your-token>',
    '{{ token }}',
    '/run/secrets/db',
    '"***"',
    'null',
    '%s\\n',
  ])('%j is a placeholder', (v) => {
    expect(isPlaceholder(v)).toBe(true);
  });
  it.each(['hunter2-longer', 'AKIAIOSFODNN7EXAMPLE', 'fake-db-password-hunter2'])('%j is a value', (v) => {
    expect(isPlaceholder(v)).toBe(false);
  });
});

describe('contentMatches (kinds)', () => {
  it.each([
    ['a.pem', '-----BEGIN RSA PRIVATE KEY-----\nMIIabc\n-----END RSA PRIVATE KEY-----\n', 'private key'],
    [
      'k.asc',
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\nabc\n-----END PGP PRIVATE KEY BLOCK-----',
      'private key',
    ],
    [
      '.npmrc-generated',
      '//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789\n',
      'npm auth token',
    ],
    ['.yarnrc', '"//registry.npmjs.org/:_authToken" "abcd1234efgh"\n', 'npm auth token'],
    [
      'sa.json',
      '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n"}',
      'GCP service-account key',
    ],
    ['aws.txt', 'AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AWS access key'],
    ['x.sh', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'GitHub token'],
    ['x.sh', 'github_pat_abcdefghijklmnopqrstuvwxyz_0123', 'GitHub token'],
    ['x.sh', 'glpat-abcdefghij0123456789', 'GitLab token'],
    ['x.sh', 'xoxp-1234567890-abcdef', 'Slack token'],
    ['x.sh', 'npm_abcdefghijklmnopqrstuvwxyz0123456789', 'npm token'],
    ['.env', 'API_TOKEN=fake-api-token-0123456789abcdef', 'secret assignment'],
    ['.git-credentials', 'https://me:pa55word-x@example.com', 'credentials in a URL'],
    ['.netrc', 'machine h login me password s3cr3t-x', 'netrc credentials'],
  ])('%s → %s', (path, text, kind) => {
    expect(contentMatches(path, text).map((m) => m.kind)).toContain(kind);
  });

  it.each([
    ['.npmrc', 'engine-strict=true\n'],
    ['aws.txt', 'AKIAIOSFODNN7EXAMPLE alone, no secret'],
    ['git.txt', '0123456789abcdef0123456789abcdef01234567'],
    ['README.md', 'set API_TOKEN=<your token> before running'],
    ['x.sh', 'curl https://user:${PASS}@example.com'],
  ])('%s with no secret → nothing', (path, text) => {
    expect(contentMatches(path, text)).toEqual([]);
  });
});

describe('classifyFile', () => {
  it('judges by name when the content was not read', () => {
    expect(classifyFile('root/.ssh/id_rsa', undefined)).toEqual({
      kinds: ['SSH private key'],
      values: [],
      byName: true,
    });
    expect(classifyFile('app/.npmrc', undefined)?.byName).toBe(true);
    expect(classifyFile('app/readme.txt', undefined)).toBeNull();
  });
  it('judges by content when it was: an .npmrc without credentials is silent', () => {
    expect(classifyFile('app/.npmrc', Buffer.from('engine-strict=true\n'))).toBeNull();
  });
});

describe('buildArgs', () => {
  it.each([
    ['RUN |1 NPM_TOKEN=npm_x /bin/sh -c npm ci # buildkit', [['NPM_TOKEN', 'npm_x']]],
    [
      '|2 A=1 B=two words /bin/sh -c make',
      [
        ['A', '1'],
        ['B', 'two words'],
      ],
    ],
    ['RUN /bin/sh -c make # buildkit', []],
  ])('%s', (text, want) => {
    expect(buildArgs(text).map((a) => [a.name, a.value])).toEqual(want);
  });
});

describe('configSecrets', () => {
  it('finds ENV, LABEL and build args, tied to their history entries', () => {
    const found = configSecrets({
      rootfs: { type: 'layers', diff_ids: [] },
      config: {
        Env: ['PATH=/bin', 'API_TOKEN=abcd-efgh-ijkl'],
        Labels: { t: 'glpat-abcdefghij0123456789', v: '1.0' },
      },
      history: [
        { created_by: 'ENV API_TOKEN=abcd-efgh-ijkl', empty_layer: true },
        { created_by: 'LABEL t=glpat-abcdefghij0123456789', empty_layer: true },
        {
          created_by:
            'RUN |1 GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789 /bin/sh -c make # buildkit',
        },
      ],
    });
    expect(found.map((s) => [s.source, s.name, s.history])).toEqual([
      ['ENV', 'API_TOKEN', 0],
      ['LABEL', 't', 1],
      ['ARG', 'GITHUB_TOKEN', 2],
    ]);
  });
});

describe('redactor', () => {
  const redact = redactor(['s3cr3t-value-xyz']);
  it.each([
    ['RUN |1 NPM_TOKEN=s3cr3t-value-xyz /bin/sh -c x', 'RUN |1 NPM_TOKEN=[redacted] /bin/sh -c x'],
    ['token ghp_abcdefghijklmnopqrstuvwxyz0123456789 here', 'token [redacted] here'],
    ['DB_PASSWORD=hunter2-longer make', 'DB_PASSWORD=[redacted] make'],
    ['git clone https://me:pa55w0rd@example.com/r', 'git clone https://me:[redacted]@example.com/r'],
    ['layer 3 (RUN echo s3cr3t-val…)', 'layer 3 (RUN echo [redacted]…)'],
    ['RUN |1 X=npm_abcdefgh…', 'RUN |1 X=[redacted]…'],
    ['printf _authToken=%s > f', 'printf _authToken=%s > f'],
    ['PATH=/usr/bin apt-get install', 'PATH=/usr/bin apt-get install'],
  ])('%s', (input, want) => {
    expect(redact(input)).toBe(want);
    expect(want.includes(REDACTED) || want === input).toBe(true);
  });
});

describe('content capture candidates', () => {
  it.each([
    ['app/.env', true],
    ['build/.npmrc-generated', true],
    ['app/node_modules/x/.npmrc', true],
    ['app/node_modules/x/index.js', false],
    ['usr/share/doc/x/README', false],
    ['usr/lib/python3/x.py', false],
    ['etc/ssl/private/k.pem', false],
    ['var/lib/dpkg/status', false],
  ])('%s → %s', (path, want) => {
    expect(isCaptureCandidate(path)).toBe(want);
  });

  it('stops at the total cap and says so; a binary reservation is given back', () => {
    const c = new ContentCapture({ maxFileBytes: 10, maxTotalBytes: 15, fileOverheadBytes: 0 });
    expect(c.reserve('a', 10)).toBe(true);
    expect(c.reserve('big', 11)).toBe(false); // over the per-file cap: not exhaustion
    expect(c.exhausted).toBe(false);
    c.release(10);
    expect(c.reserve('b', 8)).toBe(true);
    expect(c.reserve('c', 8)).toBe(false);
    expect(c.exhausted).toBe(true);
  });

  it('charges each captured file its Buffer overhead, so tiny files cannot exhaust memory (issue 12)', () => {
    const c = new ContentCapture({ maxFileBytes: 10, maxTotalBytes: 3 * (CAPTURE_FILE_OVERHEAD + 1) });
    for (const p of ['a', 'b', 'c']) expect(c.reserve(p, 1)).toBe(true);
    expect(c.reserve('d', 1)).toBe(false);
    expect(c.exhausted).toBe(true);
    expect(c.bytes).toBe(3 * (CAPTURE_FILE_OVERHEAD + 1));
  });
});
