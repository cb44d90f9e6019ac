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
  // Read from node_modules at run time: bundled, it would look for its zone files beside the bundle.
  serverExternalPackages: ['@touch4it/ical-timezones'],
  // Files read at run time that the standalone output must carry: preview-card fonts, Rome's VTIMEZONE.
  outputFileTracingIncludes: {
    '/[locale]/og/[file]': ['./src/lib/og/fonts/*.ttf'],
    '/[locale]/calendar**': ['./node_modules/@touch4it/ical-timezones/zones/Europe/Rome.ics'],
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
