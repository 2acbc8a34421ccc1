import { describe, expect, it } from 'vitest';
import {
  isPackageLog,
  packageManagersIn,
  packageStateOwner,
  updateOnly,
} from '../../src/lint/package-state.js';

describe('package-manager state paths', () => {
  it.each([
    ['var/lib/dpkg/status', 'dpkg'],
    ['var/lib/dpkg/status-old', 'dpkg'],
    ['var/lib/dpkg/info/jq.list', 'dpkg'],
    ['var/cache/debconf/templates.dat', 'debconf'],
    ['etc/passwd', 'shadow (useradd/groupadd)'],
    ['etc/gshadow-', 'shadow (useradd/groupadd)'],
    ['etc/subuid', 'shadow (useradd/groupadd)'],
    ['etc/ld.so.cache', 'ldconfig'],
    ['var/cache/ldconfig/aux-cache', 'ldconfig'],
    ['lib/apk/db/installed', 'apk'],
    ['etc/apk/world', 'apk'],
    ['var/lib/rpm/rpmdb.sqlite', 'rpm'],
    ['usr/lib/sysimage/rpm/rpmdb.sqlite', 'rpm'],
    ['var/log/dpkg.log', 'dpkg'],
    ['var/log/apt/term.log', 'apt'],
    ['root/.npm/_logs/2026-12-05T20_16_00_737Z-debug-0.log', 'npm'],
  ])('%s belongs to %s', (path, owner) => {
    expect(packageStateOwner(path)).toBe(owner);
  });

  it.each([
    'etc/passwd.bak',
    'app/var/lib/dpkg/status',
    'var/lib/apt/lists/deb.debian.org_Packages',
    'tmp/x.log',
  ])('%s is not package-manager state', (path) => {
    expect(packageStateOwner(path)).toBeNull();
  });

  it('logs are told apart from databases', () => {
    expect(isPackageLog('var/log/dpkg.log')).toBe(true);
    expect(isPackageLog('var/lib/dpkg/status')).toBe(false);
  });
});

describe('package managers in a command', () => {
  it('names the managers a RUN runs', () => {
    expect(packageManagersIn('set -eux; apt-get update; apt-get install -y jq')).toEqual(['apt']);
    expect(packageManagersIn('useradd --create-home app')).toEqual(['useradd']);
    expect(packageManagersIn('/usr/bin/npm ci')).toEqual(['npm']);
    expect(packageManagersIn('make && ./configure')).toEqual([]);
  });

  it.each([
    ['apt-get update', 'apt'],
    ['apt-get -qq update', 'apt'],
    ['apk update', 'apk'],
    ['yum makecache', 'dnf/yum'],
  ])('`%s` only refreshes the index', (command, manager) => {
    expect(updateOnly(command)?.manager).toBe(manager);
  });

  it.each([
    'apt-get update && apt-get install -y jq',
    'apk update && apk add --no-cache jq',
    'dnf makecache && dnf install -y jq',
    'npm ci',
  ])('`%s` is no update-only RUN', (command) => {
    expect(updateOnly(command)).toBeNull();
  });
});
