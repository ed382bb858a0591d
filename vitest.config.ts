import { defineConfig } from 'vitest/config';
import { aslSchemaValidator } from './scripts/vite-plugin-asl-schema.ts';

export default defineConfig({
  // Tests run the schema validator generated ahead of time, as the app and the CLI do.
  plugins: [aslSchemaValidator()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['scripts/vitest.setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 20000,
  },
});
