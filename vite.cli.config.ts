import { defineConfig } from 'vite';
import { aslSchemaValidator } from './scripts/vite-plugin-asl-schema.ts';

// Bundles the Node CLI (src/cli) into one ES module so it starts fast: the conformance runner
// starts one process per case.
export default defineConfig({
  plugins: [aslSchemaValidator()],
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      output: { entryFileNames: 'asl-studio.mjs', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
});
