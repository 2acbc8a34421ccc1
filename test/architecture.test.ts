/** The layering rule of scripts/check-imports.mjs, enforced on every `npm test`. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { violations as untypedViolations } from '../scripts/check-imports.mjs';

const violations = untypedViolations as (src?: string) => string[];

describe('architecture', () => {
  it('imports under src/ run one way (nothing imports from a folder above it or beside it)', () => {
    expect(violations()).toEqual([]);
  });

  it('catches an upward import, a sibling import, @actions outside action/ and an unknown folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-arch-'));
    const src = join(dir, 'src');
    const file = (p: string, text: string): void => {
      mkdirSync(join(src, p, '..'), { recursive: true });
      writeFileSync(join(src, p), text);
    };
    try {
      file(
        'image/model.ts',
        "import { x } from '../render/text.js';\nimport type { Y } from '../common/size.js';\n",
      );
      file('budgets/a.ts', "import { b } from '../baseline/compare.js';\n");
      file('cli/main.ts', "import * as core from '@actions/core';\n");
      file('misc/thing.ts', 'export const a = 1;\n');
      file('render/text.ts', 'export const x = 1;\n');
      expect(violations(src)).toEqual([
        'src/budgets/a.ts: imports ../baseline/compare.js (src/baseline/ is a sibling of src/budgets/)',
        'src/cli/main.ts: imports @actions/core; only src/action/ may',
        'src/image/model.ts: imports ../render/text.js (src/render/ is above src/image/)',
        'src/misc/thing.ts: folder src/misc/ is not in the layer list (scripts/check-imports.mjs)',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
