/** Vite build of the web application: `vite build web` writes web/dist, which `dateline serve` serves. */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The chart and graph libraries are large; they load on their own pages only.
    chunkSizeWarningLimit: 1200,
    // No inline scripts or styles: the HTML is served with a strict Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
