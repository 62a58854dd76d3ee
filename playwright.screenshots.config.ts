// `npm run screenshots`: renders the screens documented in docs/screenshots (not part of npm test).
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({ ...base, testDir: 'e2e/screenshots', testIgnore: [], retries: 0 });
