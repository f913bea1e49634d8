import { defineConfig } from 'vite';

// The preload as one CommonJS file (sandboxed preloads cannot import modules).
export default defineConfig({
  build: {
    outDir: 'dist-node/electron',
    emptyOutDir: false,
    minify: false,
    lib: { entry: 'electron/preload.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
    rollupOptions: { external: ['electron'] },
  },
});
