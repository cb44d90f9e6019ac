import os from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'

// Must run before payload.config is imported: the config reads its environment once.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET ??= 'test-secret-test-secret-test-secret-0123'
process.env.MEDIA_DIR ??= path.join(os.tmpdir(), `coworking-test-media-${process.pid}`)
