import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The graph benchmark's baseline page (a bare React Flow) — built for `npm run bench` only.
export default defineConfig({
  root: 'test/bench/graph',
  base: './',
  plugins: [react()],
  // Module workers, so the layout worker can load ELK only when it needs it.
  worker: { format: 'es' },
  build: { outDir: '../../../dist/bench', emptyOutDir: true, chunkSizeWarningLimit: 3000 },
});
