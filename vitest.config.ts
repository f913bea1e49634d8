import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // The services write real SQLite files; keep them in one process per file.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
