import { describe, expect, it } from 'vitest';
import { ll008, secretKind } from '../../../src/lint/rules/ll008-secret-in-layer.js';
import { BASE_LAYER, dockerfile, runOne, where, type Scenario } from './helpers.js';

function one(path: string, size = 400): Scenario {
  return {
    dockerfile: dockerfile('FROM base', 'COPY . /app'),
    layers: [BASE_LAYER, { entries: [`${path}:${size}`, 'app/main.js:900'] }],
    lines: ['base', 2],
  };
}

describe('LL008 secret-in-layer', () => {
  it.each([
    ['root/.ssh/id_rsa', 'SSH private key'],
    ['app/deploy/id_ed25519', 'SSH private key'],
    ['app/certs/server-key.pem', 'private key'],
    ['etc/ssl/private/privkey.pem', 'private key'],
    ['app/tls.key', 'private key'],
    ['app/.env', '.env file'],
    ['app/.env.production', '.env file'],
    ['root/.aws/credentials', 'cloud credentials'],
    ['root/.docker/config.json', 'registry credentials'],
    ['app/.npmrc', 'npm token file'],
    ['root/.git-credentials', 'git credentials'],
    ['root/.netrc', 'netrc credentials'],
  ])('fires for %s (%s), severity error, at the layer line', (path, kind) => {
    const f = runOne(ll008, one(path));
    expect(where(f)).toEqual([{ ruleId: 'LL008', layer: 1, line: 2, endLine: 2 }]);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.paths).toEqual([{ path, bytes: 400 }]);
    expect(secretKind(path)).toBe(kind);
    expect(f[0]?.message).toContain(kind);
  });

  it('reports a secret that a later layer deletes (it still ships)', () => {
    const s: Scenario = {
      dockerfile: dockerfile('FROM base', 'COPY id_rsa /root/.ssh/id_rsa', 'RUN rm /root/.ssh/id_rsa'),
      layers: [
        BASE_LAYER,
        { entries: ['root/', 'root/.ssh/', 'root/.ssh/id_rsa:1679'] },
        { entries: ['root/.ssh/.wh.id_rsa'] },
      ],
      lines: ['base', 2, 3],
    };
    expect(where(runOne(ll008, s))).toEqual([{ ruleId: 'LL008', layer: 1, line: 2, endLine: 2 }]);
  });

  it.each([
    ['root/.ssh/id_rsa.pub'],
    ['root/.ssh/known_hosts'],
    ['app/.env.example'],
    ['app/.env.sample'],
    ['etc/ssl/certs/ca-certificates.crt'],
    ['etc/ssl/certs/ISRG_Root_X1.pem'],
    ['app/cert.pem'],
    ['app/node_modules/some-lib/test/fixtures/key.pem'],
    ['usr/lib/python3/dist-packages/x/tests/server.key'],
    ['app/environment.ts'],
  ])('quiet for %s', (path) => {
    expect(runOne(ll008, one(path))).toEqual([]);
  });

  it('quiet for an empty .env', () => {
    expect(runOne(ll008, one('app/.env', 0))).toEqual([]);
  });

  it('fires in base-image layers too (they ship)', () => {
    const s: Scenario = {
      layers: [{ ...BASE_LAYER, entries: ['root/.aws/credentials:116'] }, { entries: ['a:1'] }],
    };
    expect(where(runOne(ll008, s))).toEqual([{ ruleId: 'LL008', layer: 0, line: null, endLine: null }]);
  });

  it('never prints content: only entry metadata is available', () => {
    const f = runOne(ll008, one('app/.env'));
    expect(Object.keys(f[0]?.paths[0] ?? {})).toEqual(['path', 'bytes']);
  });
});
