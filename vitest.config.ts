import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'happy-dom',
    testTimeout: 20000,
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
