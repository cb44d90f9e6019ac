import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  // The Docker image runs the standalone server; `npm start` uses `next start`, which cannot.
  output: process.env.BUILD_STANDALONE === 'true' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Tests and scripts are type-checked by `npm run typecheck`; the build checks the app.
  typescript: { tsconfigPath: 'tsconfig.app.json' },
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  // Old WordPress addresses end in "/" and must answer one 301: the proxy strips trailing slashes itself.
  skipTrailingSlashRedirect: true,
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
