import path from 'node:path'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import { pathnameRedirects, pathnameRewrites } from './src/i18n/pathnameRewrites'
import { listRewrites } from './src/config/listRewrites'
import { searchRewrites } from './src/config/searchRewrites'
import { securityHeaders } from './src/config/securityHeaders'
import { MAX_UPLOAD_MB } from './src/config/uploads'
import { clientHintsOnlyForAdmin, edgeCacheHeaders } from './src/config/edgeCache'
import { buildIdentity } from './src/config/buildIdentity'

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
  rewrites: async () => ({ beforeFiles: [...listRewrites, ...searchRewrites, ...pathnameRewrites], afterFiles: [], fallback: [] }),
  // Rendered pages and data are cached in memory only: the cache never outlives the process, so a
  // server started on another database (tests, a restored backup) never serves the old content.
  experimental: {
    isrFlushToDisk: false,
    // Next loads every route's bundle at start by default; each route handler group carries its own
    // copy of the collections and the bundled Payload packages (~1 MB of source each, seven groups):
    // load them when first asked for instead (README, "At scale", Where the memory goes).
    preloadEntriesOnStart: false,
    // The proxy runs on /api (rate limits): without this it cuts every request body at 10 MB, so a
    // camera photo (up to MAX_UPLOAD_MB, src/config/uploads.ts) reached Payload truncated. 10 MB of
    // headroom lets an over-large file reach Payload, which refuses it with the editor's message.
    proxyClientMaxBodySize: (MAX_UPLOAD_MB + 10) * 1024 * 1024,
  },
  // Without REDIS_URL: the one in-memory cache of rendered pages and cached reads, evicted least
  // recently used first: 32 MB holds a few hundred pages and keeps the server under its 400 MB (see
  // README, "At scale"). With REDIS_URL the handler shares pages, reads and tag expiry across instances
  // (src/config/cacheHandler.mjs decides when the server starts, so one build serves both).
  cacheMaxMemorySize: 32 * 1024 * 1024,
  cacheHandler: path.resolve(import.meta.dirname, 'src/config/cacheHandler.mjs'),
  // Instances of one site must agree on these (README, "Scaling out"): one build ID across builds made
  // from the same commit, so a page loaded from one instance can fetch from another; with BUILD_ID
  // also one deployment ID (Next's version-skew protection: it marks every page and asset URL).
  generateBuildId: async () => buildIdentity(),
  deploymentId: process.env.BUILD_ID ? (buildIdentity() ?? undefined) : undefined,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  headers: async () => [...securityHeaders, ...edgeCacheHeaders],
  // Read from node_modules at run time: bundled, the zone files would be looked for beside the bundle,
  // and Turbopack would give each group of route handlers its own copy of Payload, its adapter, drizzle
  // and pg (2.9 MB each). Packages with client components (@payloadcms/next, ui, richtext-lexical,
  // plugin-seo, storage-s3) stay bundled: Node cannot load their styles, and React must be Next's.
  serverExternalPackages: [
    '@touch4it/ical-timezones',
    'payload',
    '@payloadcms/db-postgres',
    '@payloadcms/drizzle',
    'drizzle-orm',
    'pg',
    '@payloadcms/email-nodemailer',
    'nodemailer',
    '@payloadcms/graphql',
    '@payloadcms/plugin-redirects',
  ],
  // Files read at run time that the standalone output must carry: preview-card fonts, Rome's VTIMEZONE.
  outputFileTracingIncludes: {
    '/[locale]/og/[file]': ['./src/lib/og/fonts/*.ttf'],
    '/[locale]/calendar**': ['./node_modules/@touch4it/ical-timezones/zones/Europe/Rome.ics'],
  },
  // Old WordPress addresses end in "/" and must answer one 301: the proxy strips trailing slashes itself.
  skipTrailingSlashRedirect: true,
}

const withPayloadConfig = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
const payloadHeaders = withPayloadConfig.headers

export default {
  ...withPayloadConfig,
  headers: async () => clientHintsOnlyForAdmin((await payloadHeaders?.()) ?? []),
} satisfies NextConfig
