import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer. base './' so the same build loads from app://waveplan/ and from the web host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // Module workers, so the layout worker can load ELK only when it needs it.
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Maps are written for debugging but not referenced from the bundle; no host serves them.
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 1500,
  },
});
