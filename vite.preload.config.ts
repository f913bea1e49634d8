import { defineConfig } from 'vite';

// The preload as one CommonJS file (sandboxed preloads cannot import modules).
export default defineConfig({
  build: {
    outDir: 'dist-node/electron/desktop',
    emptyOutDir: false,
    minify: false,
    lib: { entry: 'electron/desktop/preload.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
    rollupOptions: { external: ['electron'] },
  },
});
