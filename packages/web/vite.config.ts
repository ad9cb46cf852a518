import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
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
            { name: 'libraries', test: /node_modules[\\/]/ },
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
