import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import { pathnameRedirects, pathnameRewrites } from './src/i18n/pathnameRewrites'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  // The Docker image runs the standalone server; `npm start` uses `next start`, which cannot.
  output: process.env.BUILD_STANDALONE === 'true' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Tests and scripts are type-checked by `npm run typecheck`; the build checks the app.
  typescript: { tsconfigPath: 'tsconfig.app.json' },
  // Hashing every cached page for an ETag costs more than the rare 304 it saves.
  generateEtags: false,
  redirects: async () => pathnameRedirects,
  rewrites: async () => ({ beforeFiles: pathnameRewrites, afterFiles: [], fallback: [] }),
  // Rendered pages and data are cached in memory only: the cache never outlives the process, so a
  // server started on another database (tests, a restored backup) never serves the old content.
  experimental: { isrFlushToDisk: false },
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
