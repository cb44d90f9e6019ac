import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { it } from '@payloadcms/translations/languages/it'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { adminTranslations } from './src/admin/i18n'
import { Embed } from './src/blocks/Embed'
import { collections } from './src/collections'
import { usersSlug } from './src/collections/Users'
import { allowedOrigins } from './src/config/allowedOrigins'
import { getEnv } from './src/config/env'
import { emailAdapter } from './src/email/adapter'
import { ROME_TIME_ZONE, romeTimezoneOption } from './src/config/rome'
import { Navigation } from './src/globals/Navigation'
import { SiteSettings } from './src/globals/SiteSettings'
import { defaultLocale, localeLabels, locales } from './src/i18n/locales'
import { migrations } from './src/migrations'
import { plugins } from './src/plugins'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = getEnv()

export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.NEXT_PUBLIC_SERVER_URL,
  csrf: allowedOrigins(env.NEXT_PUBLIC_SERVER_URL),
  cors: allowedOrigins(env.NEXT_PUBLIC_SERVER_URL),
  telemetry: false,
  admin: {
    user: usersSlug,
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    // Lists, versions and the schedule's table in the 24-hour clock the team reads ("24 novembre 2026, 18:30").
    dateFormat: 'd MMMM yyyy, HH:mm',
    meta: {
      titleSuffix: ' · Warehouse Coworking Factory',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
    },
    components: {
      graphics: { Logo: '/admin/graphics/Logo#Logo', Icon: '/admin/graphics/Icon#Icon' },
      beforeDashboard: ['/admin/EmailStatus#EmailStatus', '/admin/TranslationCounts/TranslationCounts#TranslationCounts'],
      afterNavLinks: ['/admin/TranslationsNavLink#TranslationsNavLink'],
      views: {
        translations: { Component: '/admin/TranslationsView/TranslationsView#TranslationsView', path: '/translations', exact: true, meta: { title: 'Traduzioni · Translations' } },
      },
    },
    timezones: {
      defaultTimezone: ROME_TIME_ZONE,
      supportedTimezones: [romeTimezoneOption],
    },
  },
  // Italian unless the user picked English (src/proxy.ts gives a new browser the Italian cookie).
  i18n: { supportedLanguages: { it, en }, fallbackLanguage: 'it', translations: adminTranslations },
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code] })),
    defaultLocale,
    // A missing translation stays missing: never show the Italian text as if it were English.
    fallback: false,
    // "Publish" publishes the language being edited; the other stays as it was published.
    defaultLocalePublishOption: 'active',
  },
  collections,
  globals: [SiteSettings, Navigation],
  editor: lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: [Embed] })] }),
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL },
    migrationDir: path.resolve(dirname, 'src/migrations'),
    // The schema only ever changes through the committed migrations, in every environment.
    push: false,
    prodMigrations: migrations,
  }),
  sharp,
  email: emailAdapter(env),
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  jobs: {
    // Scheduled publishing runs inside the app: no external cron is needed.
    autoRun: [{ cron: env.JOBS_AUTORUN_CRON, queue: 'default' }],
    shouldAutoRun: () => process.env.NEXT_PHASE !== 'phase-production-build',
  },
  plugins,
})
