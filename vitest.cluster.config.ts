import path from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * The cluster test (tests/cluster): two standalone servers of the current build on the machine's
 * PostgreSQL and Redis, an S3 server (s3rver), the job worker and Varnish in front, all on loopback.
 * Needs `BUILD_STANDALONE=true next build` first; `npm test` runs it after the build.
 */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname, 'src') } },
  test: {
    name: 'cluster',
    environment: 'node',
    include: ['tests/cluster/**/*.cluster.spec.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
})
