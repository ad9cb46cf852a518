import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [
    react(),
    // Brotli and gzip copies of every text file, made once at build time at the highest setting;
    // the server sends them as they are (on a slow phone connection, most of the wait is bytes).
    compression({ threshold: 1024, logLevel: 'warn' }),
    // An installable app whose shell (every screen's code, including "I need help now") works offline.
    VitePWA({
      // src/pwa/register-service-worker.ts registers sw.js from main.tsx: the CSP allows no inline script.
      injectRegister: false,
      registerType: 'autoUpdate',
      // Everything in public/ (the icons) is precached along with the manifest.
      includeAssets: ['**/*.{png,svg,ico}'],
      manifest: {
        id: '/',
        name: 'Mend',
        short_name: 'Mend',
        description: 'A private place to get through hard moments and notice what helps you heal.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f5f3ef',
        theme_color: '#f5f3ef',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every built file, lazily loaded chunks (the Insights charts) included; the plugin adds
        // the icons and the manifest (listing them here too would precache them twice).
        globPatterns: ['**/*.{js,css,html}'],
        // A new version takes over at once, and the first visit's worker controls the page it installed from.
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // Any app route opens offline from the cached index.html; the API never does.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/],
        // A tap on a reminder opens Mend where it points (public/notification-click.js, plain JS:
        // the generated worker loads it as it is).
        importScripts: ['/notification-click.js'],
        // No runtimeCaching: API answers hold personal data and are never put in the worker's cache.
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across updates.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The chart library is only for the Insights page: its own file, loaded when that page is.
            // After react, so it does not pull React in with it.
            { name: 'charts', test: /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|clsx)[\\/]/ },
            // With zod, core's switch that turns off its generated code: this file runs before any
            // chunk that builds a schema, so the switch is set before the first one is built.
            { name: 'libraries', test: /node_modules[\\/]|no-generated-code/ },
          ],
        },
      },
    },
  },
  server: {
    // The Mend server (`mend serve`) listens on 4321; the dev server forwards the API to it.
    proxy: {
      '/api': 'http://localhost:4321',
    },
  },
});
