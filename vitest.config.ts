import { defineConfig } from 'vitest/config';

// CI asks for a JSON report beside the console one, to print "N passed, N failed".
const json = process.env.VITEST_JSON;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    reporters: json ? ['default', ['json', { outputFile: json }]] : ['default'],
  },
});
