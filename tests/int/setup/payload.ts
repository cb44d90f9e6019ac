import { getPayload, type Payload } from 'payload'
import { applyMigrations } from '@/db/applyMigrations'

let ready: Promise<Payload> | undefined

/** Payload on the run's database, migrated with the committed migrations (once per file). */
export function testPayload(): Promise<Payload> {
  ready ??= (async () => {
    const { default: config } = await import('@payload-config')
    const payload = await getPayload({ config })
    await applyMigrations(payload)
    return payload
  })()
  return ready
}
