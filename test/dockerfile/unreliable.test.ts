/**
 * Issue 11 item 11: when the history and the Dockerfile disagree, mapLayers marks the mapping
 * unreliable and claims no exact match, on real-engine archives (fixtures/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapLayers, parseDockerfile } from '../../src/dockerfile/index.js';
import { configFromDockerSave } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures');

function map(archive: string, dockerfile: string) {
  const path = `fixtures/${dockerfile}/Dockerfile`;
  const df = parseDockerfile(readFileSync(join(ROOT, dockerfile, 'Dockerfile'), 'utf8'), path, {
    buildArgs: {},
  });
  const cfg = configFromDockerSave(join(ROOT, 'archives', archive));
  return mapLayers({ dockerfile: df, history: cfg.history, diffIds: cfg.diff_ids });
}

describe('mapLayers: unreliable', () => {
  it.each([
    ['waste-d20-bk.tar', 'clean', /^the image history does not match fixtures\/clean\/Dockerfile/],
    ['waste-d20-bk.tar', 'multistage', /^the image history does not match/],
    // Another project's Dockerfile shares two instructions with the image, which map on their text.
    ['clean-d20-bk.tar', 'waste', /^3 of 5 layers match no instruction of fixtures\/waste\/Dockerfile/],
    ['clean-d20-legacy.tar', 'waste', /layers match no instruction of fixtures\/waste\/Dockerfile/],
    ['multistage-d26.tar', 'clean', /^1 of 2 layers match no instruction of fixtures\/clean\/Dockerfile/],
  ])('%s with fixtures/%s/Dockerfile', (archive, dockerfile, reason) => {
    const m = map(archive, dockerfile);
    expect(m.unreliable).toMatch(reason);
    expect(m.layers.filter((l) => l.instruction !== null && l.mapping === 'exact')).toEqual([]);
  });

  it.each([
    ['waste-d20-bk.tar', 'waste'],
    ['waste-d20-legacy.tar', 'waste'],
    ['clean-d20-bk.tar', 'clean'],
    ['clean-d20-legacy.tar', 'clean'],
    ['multistage-d20-bk.tar', 'multistage'],
    ['multistage-d20-legacy.tar', 'multistage'],
    ['heredoc-d26.tar', 'heredoc'],
  ])('%s with its own Dockerfile is reliable', (archive, dockerfile) => {
    const m = map(archive, dockerfile);
    expect(m.unreliable).toBeNull();
    expect(m.layers.some((l) => l.instruction !== null)).toBe(true);
  });
});
