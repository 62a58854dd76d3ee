// `npm run screenshots`: renders the screens documented in docs/screenshots (not part of npm test).
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// One project: the server's journeys (base's other projects) are no screenshots.
export default defineConfig({
  ...base,
  projects: undefined,
  testDir: 'e2e/screenshots',
  testIgnore: [],
  retries: 0,
});
