import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
      '@': path.resolve(import.meta.dirname, 'src'),
    },
  },
  test: {
    environment: 'node',
    projects: [
      {
        // Pure functions: no database, no Payload; these run first and fast.
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // A real Payload on a PostgreSQL database made for the run and dropped after.
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.spec.ts'],
          globalSetup: ['tests/int/setup/globalSetup.ts'],
          setupFiles: ['tests/int/setup/useTestDatabase.ts'],
          sequence: { groupOrder: 1 },
          // The integration files share one database: run them one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
