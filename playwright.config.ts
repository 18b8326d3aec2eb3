import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  timeout: 60_000,
  expect: { timeout: 8_000 },
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'off', screenshot: 'only-on-failure' },
});
