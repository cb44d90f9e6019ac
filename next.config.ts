import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import { frameAncestorsHeaders } from './src/config/frameAncestors'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  // The Docker image runs the standalone server; `npm start` uses `next start`, which cannot.
  output: process.env.BUILD_STANDALONE === 'true' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Tests and scripts are type-checked by `npm run typecheck`; the build checks the app.
  typescript: { tsconfigPath: 'tsconfig.app.json' },
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  headers: async () => frameAncestorsHeaders,
  // The preview cards read their font files at run time: the standalone output must carry them.
  outputFileTracingIncludes: { '/[locale]/og/[file]': ['./src/lib/og/fonts/*.ttf'] },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
