import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One copy of graphql for every package, or type-graphql and Apollo see different classes.
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{runtime,gateway,search,subgraphs/*}/src/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['{runtime,gateway,search,subgraphs/*}/src/**/*.integration.test.ts'],
          globalSetup: ['runtime/src/testing/postgres.global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
