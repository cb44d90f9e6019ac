import { z } from 'zod'

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// connection string')

/** Only an explicit development or test run may go without a secret of its own. */
const developerMode = (nodeEnv: string | undefined) => nodeEnv === 'development' || nodeEnv === 'test'

const schema = z
  .object({
    // Unset is neither development nor test: it gets production's rules for secrets.
    NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
    DATABASE_URL: postgresUrl.optional(),
    PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
    NEXT_PUBLIC_SERVER_URL: z.url().default('http://localhost:3000'),
    MEDIA_DIR: z.string().min(1).default('media'),
    // When the in-app job runner looks for due jobs (scheduled publishing); 6 fields allow seconds.
    JOBS_AUTORUN_CRON: z
      .string()
      .regex(/^\S+( \S+){4,5}$/, 'must be a cron expression of 5 fields (or 6, with seconds first)')
      .default('* * * * *'),
    // Several instances (README, "Scaling out"). Redis shares Next's cache and its tag expiry.
    REDIS_URL: z.string().regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// address').optional(),
    // Shared caches to purge by tag when content changes, comma-separated (Varnish: http://varnish:80/).
    CACHE_PURGE_URLS: z.string().optional(),
    // Uploads on S3-compatible storage when S3_BUCKET is set (MinIO: also S3_ENDPOINT).
    S3_BUCKET: z.string().min(3).optional(),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
    // true where a separate `npm run worker` runs the jobs: this instance never does.
    JOBS_WORKER: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
    // The job worker asks this web instance (or load balancer) to expire pages; default NEXT_PUBLIC_SERVER_URL.
    REVALIDATE_URL: z.url().optional(),
    // false on instances started after a one-shot `npm run migrate`: only that step migrates.
    MIGRATE_ON_START: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
    // Outgoing e-mail: smtp://user:pass@host:587 or smtps://…:465. Without it messages go to the log.
    SMTP_URL: z.string().regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// address').optional(),
    // The sender, e.g. "Warehouse Coworking <info@example.org>": required with SMTP_URL.
    EMAIL_FROM: z.string().min(3).optional(),
    // Where form notifications go; defaults to EMAIL_FROM's address.
    STAFF_EMAIL: z.email().optional(),
    // Form submissions older than this many months are deleted by a scheduled job.
    FORM_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
    // Registrants' data is deleted this many days after their event ends (a daily job).
    REGISTRATION_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
    // Read by the request gate before the app starts (src/server/requestTurns.cjs); checked here so a typo stops the server.
    MAX_CONCURRENT_PAGES: z
      .string()
      .regex(/^\d{1,4}$/, 'must be a whole number of page requests (0 lets every request in at once)')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.SMTP_URL && !env.EMAIL_FROM) {
      ctx.addIssue({
        code: 'custom',
        path: ['EMAIL_FROM'],
        message: 'SMTP_URL is set but EMAIL_FROM is not: set EMAIL_FROM to the sender, e.g. "Warehouse Coworking <info@example.org>".',
      })
    }
    if (!env.PAYLOAD_SECRET && !developerMode(env.NODE_ENV)) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message:
          'PAYLOAD_SECRET is not set: set it to a random string of at least 32 characters (for example the output of `openssl rand -hex 32`); only NODE_ENV=development or NODE_ENV=test run without it.',
      })
    }
    if (env.NODE_ENV !== 'production') return
    if (!env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message:
          'DATABASE_URL is not set: set it to the PostgreSQL connection string, e.g. postgres://user:password@host:5432/coworking (or start the site with `npm start`, which runs an embedded PostgreSQL).',
      })
    }
  })

export type Env = z.infer<typeof schema>

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

/** Values that only make sense on a developer's machine (NODE_ENV=development or test). */
const developmentDefaults = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/coworking',
  PAYLOAD_SECRET: 'development-only-secret-do-not-use-in-production',
}

type ParsedEnv = Omit<Env, 'NODE_ENV'> & { NODE_ENV: 'development' | 'production' | 'test'; DATABASE_URL: string; PAYLOAD_SECRET: string }

export function parseEnv(source: Record<string, string | undefined>): ParsedEnv {
  // next build imports the config without the runtime secrets (e.g. inside `docker build`).
  const building = source.NEXT_PHASE === 'phase-production-build'
  const result = schema.safeParse(building ? { ...source, NODE_ENV: 'development' } : source)
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) =>
        issue.code === 'custom' ? issue.message : `${issue.path.join('.')}: ${issue.message}`,
      ),
    )
  }
  const env = result.data
  return {
    ...env,
    NODE_ENV: building ? 'production' : (env.NODE_ENV ?? 'development'),
    DATABASE_URL: env.DATABASE_URL ?? developmentDefaults.DATABASE_URL,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? developmentDefaults.PAYLOAD_SECRET,
  }
}

let cached: ReturnType<typeof parseEnv> | undefined

export function getEnv() {
  cached ??= parseEnv(process.env)
  return cached
}
