import { inject } from 'vitest'

// Must run before payload.config is imported: the config reads DATABASE_URL once.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET ??= 'test-secret-test-secret-test-secret-0123'
