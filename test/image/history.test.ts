import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  copyArguments,
  createdByIsRun,
  createdByKeyword,
  displayCreatedBy,
  isLegacyDirCopy,
  isNopOrFileStep,
  normaliseCreatedBy,
  parseCreatedBy,
  type CreatedBy,
} from '../../src/image/history.js';
import type { HistoryEntry } from '../../src/oci/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** The body of heredoc-d26's first RUN, as BuildKit records it. */
const HEREDOC = [
  'set -e',
  'mkdir -p /srv/www',
  'echo "hello" > /srv/www/index.html',
  "head -c 4096 /dev/zero | tr '\\0' 'h' > /srv/www/blob.bin",
].join('\n');
const SHA = 'e58f7ea711b7b4555c89db39267205e4bd77b6f370c98bd1d53e99bfd6cc1587';

interface Case {
  /** Where an engine wrote this text: `fixtures/expected/*.history.txt` or a captured history under test/dockerfile/data. */
  source: string;
  createdBy: string;
  parsed: CreatedBy;
  isRun: boolean;
  keyword: string | null;
  display: string;
  normalised: string;
}

const CASES: Case[] = [
  {
    source: 'fixtures/expected/clean-d20-legacy.tar.history.txt',
    createdBy: '/bin/sh -c #(nop)  USER 1000:1000',
    parsed: { builder: 'legacy', keyword: 'USER', body: '1000:1000' },
    isRun: false,
    keyword: 'USER',
    display: 'USER 1000:1000',
    normalised: 'USER 1000:1000',
  },
  {
    source: 'fixtures/expected/clean-d20-legacy.tar.history.txt',
    createdBy: `/bin/sh -c #(nop) COPY dir:${SHA} in /app/src/ `,
    parsed: { builder: 'legacy', keyword: 'COPY', body: `dir:${SHA} in /app/src/` },
    isRun: false,
    keyword: 'COPY',
    display: `COPY dir:${SHA} in /app/src/ `,
    normalised: 'COPY dir:* in /app/src/',
  },
  {
    source: 'fixtures/expected/clean-d20-legacy.tar.history.txt',
    createdBy: '|1 NODE_ENV=production /bin/sh -c npm ci --omit=dev && npm cache clean --force',
    parsed: {
      builder: 'legacy',
      keyword: 'RUN',
      body: '|1 NODE_ENV=production /bin/sh -c npm ci --omit=dev && npm cache clean --force',
    },
    isRun: true,
    keyword: 'RUN',
    display: '|1 NODE_ENV=production /bin/sh -c npm ci --omit=dev && npm cache clean --force',
    normalised: 'RUN npm ci --omit=dev && npm cache clean --force',
  },
  {
    source: 'fixtures/expected/waste-d20-legacy.tar.history.txt',
    createdBy: '/bin/sh -c rm -f /app/secrets/id_rsa',
    parsed: { builder: 'legacy', keyword: 'RUN', body: '/bin/sh -c rm -f /app/secrets/id_rsa' },
    isRun: true,
    keyword: 'RUN',
    display: 'RUN rm -f /app/secrets/id_rsa',
    normalised: 'RUN rm -f /app/secrets/id_rsa',
  },
  {
    source: 'fixtures/expected/clean-d20-bk.tar.history.txt',
    createdBy:
      'RUN |1 NODE_ENV=production /bin/sh -c npm ci --omit=dev && npm cache clean --force # buildkit',
    parsed: {
      builder: 'buildkit',
      keyword: 'RUN',
      body: '|1 NODE_ENV=production /bin/sh -c npm ci --omit=dev && npm cache clean --force',
    },
    isRun: true,
    keyword: 'RUN',
    display: 'RUN |1 NODE_ENV=production /bin/sh -c npm ci --omit=dev && npm cache clean --force',
    normalised: 'RUN npm ci --omit=dev && npm cache clean --force',
  },
  {
    source: 'fixtures/expected/clean-d20-bk.tar.history.txt',
    createdBy: 'COPY src/ /app/src/ # buildkit',
    parsed: { builder: 'buildkit', keyword: 'COPY', body: 'src/ /app/src/' },
    isRun: false,
    keyword: 'COPY',
    display: 'COPY src/ /app/src/',
    normalised: 'COPY src/ /app/src/',
  },
  {
    source: 'fixtures/expected/waste-d26.tar.history.txt',
    createdBy: 'ENV APP_ENV=production',
    parsed: { builder: 'buildkit', keyword: 'ENV', body: 'APP_ENV=production' },
    isRun: false,
    keyword: 'ENV',
    display: 'ENV APP_ENV=production',
    normalised: 'ENV APP_ENV=production',
  },
  {
    source: 'fixtures/expected/clean-d26.tar.history.txt',
    createdBy: 'CMD ["/bin/sh" "-c" "cat /app/src/index.js"]',
    parsed: { builder: 'buildkit', keyword: 'CMD', body: '["/bin/sh" "-c" "cat /app/src/index.js"]' },
    isRun: false,
    keyword: 'CMD',
    display: 'CMD ["/bin/sh" "-c" "cat /app/src/index.js"]',
    normalised: 'CMD ["/bin/sh" "-c" "cat /app/src/index.js"]',
  },
  {
    source: 'fixtures/expected/base-oci-gzip.tar.history.txt',
    createdBy: 'RUN /bin/busybox --install -s /bin # buildkit',
    parsed: { builder: 'buildkit', keyword: 'RUN', body: '/bin/busybox --install -s /bin' },
    isRun: true,
    keyword: 'RUN',
    display: 'RUN /bin/busybox --install -s /bin',
    normalised: 'RUN /bin/busybox --install -s /bin',
  },
  {
    source: 'fixtures/expected/heredoc-d26.tar.history.txt',
    createdBy: 'COPY <<EOF /etc/app.conf # buildkit',
    parsed: { builder: 'buildkit', keyword: 'COPY', body: '<<EOF /etc/app.conf' },
    isRun: false,
    keyword: 'COPY',
    display: 'COPY <<EOF /etc/app.conf',
    normalised: 'COPY <<EOF /etc/app.conf',
  },
  {
    // A heredoc RUN: the display keeps its line breaks (the markdown table marks them).
    source: 'fixtures/expected/heredoc-d26.tar.history.txt',
    createdBy: `RUN /bin/sh -c ${HEREDOC}\n # buildkit`,
    parsed: { builder: 'buildkit', keyword: 'RUN', body: `/bin/sh -c ${HEREDOC}\n` },
    isRun: true,
    keyword: 'RUN',
    display: `RUN /bin/sh -c ${HEREDOC}\n`,
    normalised: `RUN ${HEREDOC.replace(/\n/g, ' ')}`,
  },
  {
    source: 'd20-legacy/c09-onbase',
    createdBy: '/bin/sh -c #(nop)  ONBUILD RUN echo triggered > /trig',
    parsed: { builder: 'legacy', keyword: 'ONBUILD', body: 'RUN echo triggered > /trig' },
    isRun: false,
    keyword: 'ONBUILD',
    display: 'ONBUILD RUN echo triggered > /trig',
    normalised: 'ONBUILD RUN echo triggered > /trig',
  },
  {
    // After `SHELL ["/bin/sh", "-ec"]` the legacy builder writes the new shell before `#(nop)`.
    source: 'd20-legacy/c12-shell',
    createdBy: '/bin/sh -ec #(nop)  ARG X=1',
    parsed: { builder: 'legacy', keyword: 'ARG', body: 'X=1' },
    isRun: false,
    keyword: 'ARG',
    display: '/bin/sh -ec #(nop)  ARG X=1',
    normalised: '/bin/sh -ec #(nop) ARG X=1',
  },
  {
    source: 'd20-legacy/c12-shell',
    createdBy: '/bin/sh -ec echo s > /s',
    parsed: { builder: 'legacy', keyword: 'RUN', body: '/bin/sh -ec echo s > /s' },
    isRun: false,
    keyword: null,
    display: '/bin/sh -ec echo s > /s',
    normalised: '/bin/sh -ec echo s > /s',
  },
  {
    source: 'd20-bk/c06-continue',
    createdBy: 'RUN sh -c echo exec > /exec # buildkit',
    parsed: { builder: 'buildkit', keyword: 'RUN', body: 'sh -c echo exec > /exec' },
    isRun: true,
    keyword: 'RUN',
    display: 'RUN sh -c echo exec > /exec',
    normalised: 'RUN sh -c echo exec > /exec',
  },
  {
    source: 'd20-legacy/c06-continue',
    createdBy: 'sh -c echo exec > /exec',
    parsed: { builder: 'legacy', keyword: 'RUN', body: 'sh -c echo exec > /exec' },
    isRun: true,
    keyword: 'RUN',
    display: 'sh -c echo exec > /exec',
    normalised: 'sh -c echo exec > /exec',
  },
];

/** Every `created_by` an engine wrote in one source of the table. */
function written(source: string): (text: string) => boolean {
  if (source.startsWith('fixtures/')) {
    const text = readFileSync(join(ROOT, source), 'utf8');
    return (s) => text.includes(s);
  }
  const path = join(ROOT, 'test', 'dockerfile', 'data', 'history', `${source}.json`);
  const { history } = JSON.parse(readFileSync(path, 'utf8')) as { history: HistoryEntry[] };
  return (s) => history.some((h) => h.created_by === s);
}

describe('created_by as each engine writes it', () => {
  it.each(CASES)('$createdBy', (c) => {
    expect(written(c.source)(c.createdBy)).toBe(true);
    expect(parseCreatedBy(c.createdBy)).toEqual(c.parsed);
    expect(createdByIsRun(c.createdBy)).toBe(c.isRun);
    expect(createdByKeyword(c.createdBy)).toBe(c.keyword);
    expect(displayCreatedBy(c.createdBy)).toBe(c.display);
    expect(normaliseCreatedBy(c.createdBy)).toBe(c.normalised);
  });
});

describe('COPY sources', () => {
  it.each([
    [`/bin/sh -c #(nop) COPY dir:${SHA} in /app/src/`, true],
    [`/bin/sh -c #(nop) COPY file:${SHA} in /app/bin/cc`, false],
    ['COPY src/ /app/src/ # buildkit', false],
  ])('%s is a legacy directory copy: %s', (text, dir) => {
    expect(isLegacyDirCopy(text)).toBe(dir);
  });

  it.each([
    [
      'COPY package.json package-lock.json /app/ # buildkit',
      ['package.json', 'package-lock.json', '/app/'],
      false,
    ],
    ['COPY --chown=1:1 src/ /app/src/ # buildkit', ['src/', '/app/src/'], false],
    ['COPY --from=build /out/ /app/ # buildkit', ['/out/', '/app/'], true],
  ])('%s', (text, args, fromStage) => {
    expect(copyArguments(text)).toEqual({ args, fromStage });
  });

  it('is null for anything but COPY/ADD', () => {
    expect(copyArguments('RUN /bin/sh -c npm ci # buildkit')).toBeNull();
  });
});

describe('isNopOrFileStep', () => {
  it.each([
    ['/bin/sh -c #(nop)  ENV APP_ENV=production', true],
    ['COPY src/ /app/src/ # buildkit', true],
    ['WORKDIR /app', true],
    ['ENV APP_ENV=production', false],
    ['RUN /bin/sh -c npm ci # buildkit', false],
    ['/bin/sh -c npm ci', false],
  ])('%s: %s', (text, expected) => {
    expect(isNopOrFileStep(text)).toBe(expected);
  });
});

describe('no history', () => {
  it('names no keyword and no command', () => {
    expect(createdByIsRun(null)).toBe(false);
    expect(createdByKeyword(null)).toBeNull();
    expect(createdByKeyword('')).toBeNull();
  });
});
