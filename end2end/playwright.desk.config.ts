// The moderator's desk, measured (not a test suite: `scripts/desk-measure.sh` runs it and prints
// the figures README reports). The same server as the end-to-end tests, at a desk's screen.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: './measure',
  testMatch: '**/*.measure.ts',
  timeout: 600_000,
  use: { ...base.use, viewport: { width: 1280, height: 900 } },
  projects: [{ name: 'desk', use: { ...base.use, viewport: { width: 1280, height: 900 } } }],
});
