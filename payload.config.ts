import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type PostgresAdapter, postgresAdapter } from '@payloadcms/db-postgres'
import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { it } from '@payloadcms/translations/languages/it'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { adminTranslations } from './src/admin/i18n'
import { Embed } from './src/blocks/Embed'
import { collections } from './src/collections'
import { deleteOldSubmissionsTask } from './src/collections/Forms/retention'
import { usersSlug } from './src/collections/Users'
import { allowedOrigins } from './src/config/allowedOrigins'
import { getEnv } from './src/config/env'
import { emailAdapter } from './src/email/adapter'
import { ROME_TIME_ZONE, romeTimezoneOption } from './src/config/rome'
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from './src/config/uploads'
import { ADMIN_DATE_TIME_FORMAT } from './src/fields/romeDateTime'
import { Navigation } from './src/globals/Navigation'
import { SiteSettings } from './src/globals/SiteSettings'
import { defaultLocale, localeLabels, locales } from './src/i18n/locales'
import { migrations } from './src/migrations'
import { findDeepPagesByIds } from './src/db/deepPages'
import { plugins } from './src/plugins'
import { registrationRetentionTask } from './src/collections/Registrations/retentionTask'
import { graphQLLimits } from './src/plugins/graphQLLimits'
import { poolOptions } from './src/db/poolOptions'
import { watchPool } from './src/db/health'
import { isJobsWorker } from './src/config/jobsWorker'

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
    // Lists, versions and the schedule's table in the 24-hour clock, in the admin language's order.
    dateFormat: ADMIN_DATE_TIME_FORMAT,
    meta: {
      titleSuffix: ' · Warehouse Coworking Factory',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
    },
    components: {
      graphics: { Logo: '/admin/graphics/Logo#Logo', Icon: '/admin/graphics/Icon#Icon' },
      beforeDashboard: ['/admin/EmailStatus#EmailStatus', '/admin/TranslationCounts/TranslationCounts#TranslationCounts'],
      afterNavLinks: ['/admin/TranslationsNavLink#TranslationsNavLink'],
      // Names and roles Payload's own controls lack (src/admin/AccessibleNames); the date pickers'
      // locale set before they render (src/admin/DatePickerLocale).
      providers: ['/admin/AccessibleNames/AccessibleNames#AccessibleNames', '/admin/DatePickerLocale/DatePickerLocale#DatePickerLocale'],
      views: {
        translations: { Component: '/admin/TranslationsView/TranslationsView#TranslationsView', path: '/translations', exact: true, meta: { title: 'Traduzioni · Translations' } },
      },
    },
    // Payload's collection cards, with accessible names in the admin's language (src/admin/CollectionCards).
    dashboard: {
      widgets: [{ slug: 'collection-cards', Component: '/admin/CollectionCards/CollectionCards#CollectionCards', minWidth: 'full', label: { it: 'Raccolte', en: 'Collections' } }],
      defaultLayout: [{ widgetSlug: 'collection-cards', width: 'full' }],
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
    pool: poolOptions(env.DATABASE_URL),
    migrationDir: path.resolve(dirname, 'src/migrations'),
    // The schema only ever changes through the committed migrations, in every environment.
    push: false,
    // Pending migrations run when the server connects, unless a one-shot `npm run migrate` step does it
    // before the instances start (MIGRATE_ON_START=false on them: README, "Scaling out").
    prodMigrations: env.MIGRATE_ON_START ? migrations : undefined,
  }),
  sharp,
  // Camera-sized photos (src/config/uploads.ts); Payload's own limit is 20 MB.
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES }, responseOnLimit: UPLOAD_TOO_LARGE },
  email: emailAdapter(env),
  graphQL: { disablePlaygroundInProduction: true, ...graphQLLimits },
  onInit: async (payload) => {
    watchPool((payload.db as unknown as PostgresAdapter).pool, (message) => payload.logger.error(message))
    findDeepPagesByIds(payload)
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  jobs: {
    // Scheduled publishing runs inside the app: no external cron is needed. With JOBS_WORKER=true only
    // `npm run worker` runs jobs (scripts/worker.ts), so several instances never run one twice.
    autoRun: [{ cron: env.JOBS_AUTORUN_CRON, queue: 'default' }],
    shouldAutoRun: () => process.env.NEXT_PHASE !== 'phase-production-build' && (!env.JOBS_WORKER || isJobsWorker()),
    tasks: [deleteOldSubmissionsTask, registrationRetentionTask],
  },
  plugins,
})
