// Vite config for the renderer (web mode and the Electron build). Pages are
// cross-origin isolated (COOP/COEP) so workers can share a cancel flag.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  publicDir: false,
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false, headers: isolation },
  preview: { port: 4173, strictPort: false, headers: isolation },
  build: {
    outDir: fileURLToPath(new URL('../dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    assetsInlineLimit: 0,
  },
});
