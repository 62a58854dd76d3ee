/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { cspMeta, securityHeaders } from './src/app/pwa/csp';
import { pdfFonts } from './scripts/pdfFonts';

// The meta copy of the policy goes into the built index.html only: Vite's dev server needs
// inline scripts (HMR client, React Refresh preamble) that the policy forbids.
function cspMetaTag(): Plugin {
  return {
    name: 'flodesverkstan:csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset))
        throw new Error('index.html: no <meta charset> to put the CSP after');
      // Right after the charset: a meta policy governs only what comes after it.
      return html.replace(
        charset,
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${cspMeta}" />`,
      );
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    cspMetaTag(),
    pdfFonts(),
    VitePWA({
      // 'prompt' and not 'autoUpdate': an automatic reload would discard a user's open edit.
      registerType: 'prompt',
      // src/app/pwa registers through virtual:pwa-register/react; an inline script would break the CSP.
      injectRegister: null,
      // The dev server keeps plain HMR; the service worker exists only in builds.
      devOptions: { enabled: false },
      manifest: {
        name: 'Flödesverkstan',
        short_name: 'Flödesverkstan',
        description: 'Rita medborgarnas flöden genom organisationen, från stuprör till flöden.',
        lang: 'sv',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        // The header colour in src/app/styles.css (.app-header).
        theme_color: '#1e3a5f',
        background_color: '#f8fafc',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      // The glob below already precaches the icons; listing them twice only bloats sw.js.
      includeManifestIcons: false,
      workbox: {
        // Every chunk, lazy ones too (PDF, BPMN, the ELK layout worker): any feature must work
        // offline after one visit, not only those the first visit happened to load.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff,woff2,ttf,wasm,webmanifest}'],
        // Never loaded in a browser that runs this worker: ELK in-page is the fallback for browsers
        // without Worker, html2canvas and DOMPurify serve jsPDF's html(), which we do not use.
        // Precaching them would add ~1.7 MB to every first visit.
        globIgnores: ['**/elk.bundled-*.js', '**/html2canvas-*.js', '**/purify.es-*.js'],
        // The ELK worker is ~1.5 MB; the default 2 MiB cap leaves too little headroom.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        // Deep links (/p/<id>, /karta, /installningar, ...) start offline from the app shell.
        navigateFallback: '/index.html',
        // Sign-in and its callback are navigations the server must answer, not the app shell.
        navigateFallbackDenylist: [/^\/api\//, /^\/healthz/],
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once, so its lazy chunks come from the precache and a
        // later version waits for the user (a page no worker controls would get no prompt).
        clientsClaim: true,
      },
    }),
  ],
  resolve: {
    alias: [
      // Radix Dialog's scroll lock would add <style> elements the CSP blocks; ours uses a
      // constructed stylesheet instead (see the file).
      {
        find: /^react-style-singleton$/,
        replacement: fileURLToPath(new URL('./src/app/pwa/styleSingleton.ts', import.meta.url)),
      },
    ],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: securityHeaders },
  build: {
    outDir: process.env.FV_DIST ?? 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // Nothing becomes a data: URL behind the CSP's back (font-src has no data:).
    assetsInlineLimit: 0,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
