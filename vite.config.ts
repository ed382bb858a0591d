import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { aslSchemaValidator } from './scripts/vite-plugin-asl-schema.ts';

export default defineConfig({
  plugins: [react(), aslSchemaValidator()],
  // Workers are bundled with their own plugin list, and the language worker validates too.
  worker: { format: 'es', plugins: () => [aslSchemaValidator()] },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 6000,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
