// The server as one ESM file, dist-server/main.js: `node dist-server/main.js` runs it. Packages from
// node_modules stay imports (better-sqlite3 and pg load native or optional parts at run time).
import { defineConfig } from 'vite';

export default defineConfig({
  // No public/ copy and no .env loading into the bundle: the server reads its environment at run time.
  publicDir: false,
  envPrefix: 'FV_SERVER_BUILD_',
  build: {
    ssr: 'src/server/main.ts',
    // FV_SERVER_DIST: a build of one's own beside others' (as FV_DIST for the app).
    outDir: process.env.FV_SERVER_DIST ?? 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      output: { format: 'es', entryFileNames: 'main.js' },
    },
  },
  ssr: {
    target: 'node',
    // Every package stays external; only our own source is bundled.
    noExternal: [],
    external: true,
  },
  resolve: { conditions: ['node'] },
});
