import { defineConfig } from 'vitest/config';

// Three kinds of test: `unit` needs nothing built; `site` reads the built HTML; `e2e` drives
// Chromium against the built site. The global setup builds once for the latter two.
export default defineConfig({
  test: {
    projects: [
      {
        // The timeout leaves room for tests that load a compiler or ESLint while others run on
        // the same two cores; it is a guard against hangs, not a timing.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000 },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
