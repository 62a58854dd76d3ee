// Builds the two bare React Flow pages the benchmark compares the app with. Not shipped: the
// app's own build (vite.config.ts at the root) never sees bench/.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = resolve(import.meta.dirname, 'baseline');

export default defineConfig({
  root,
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(
      import.meta.dirname,
      '..',
      process.env.BENCH_BASELINE_DIST ?? 'dist-bench-baseline',
    ),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { default: resolve(root, 'default.html'), culled: resolve(root, 'culled.html') },
    },
  },
});
