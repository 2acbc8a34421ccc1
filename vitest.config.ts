import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          testTimeout: 60_000,
          // Speed (2-core machines): worker threads instead of forked processes (no unit test
          // calls process.chdir() or another API threads lack), and test files share a worker's
          // module cache instead of re-importing src/ per file (import time 11 s -> 3 s). That is
          // safe because unit tests pass fakes (PipelineDeps, ports) and never vi.mock modules,
          // stub globals or env; keep it that way. .ci/run runs the suite once more with
          // --isolate (Node 22) so a leak between files still shows. dist/ freshness is
          // scripts/check-dist.mjs, not a unit test.
          pool: 'threads',
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
