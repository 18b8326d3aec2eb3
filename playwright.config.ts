import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Each worker runs its own Chromium; the CI machine has 2 cores.
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 8_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  outputDir: 'test-results',
  use: { trace: 'off', screenshot: 'only-on-failure' },
});
