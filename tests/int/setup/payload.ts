import { getPayload, type Payload } from 'payload'

let ready: Promise<Payload> | undefined

/** Payload on the run's database, migrated with the committed migrations (once per file). */
export function testPayload(): Promise<Payload> {
  ready ??= (async () => {
    const { default: config } = await import('@payload-config')
    const { migrations } = await import('@/migrations')
    const payload = await getPayload({ config })
    await payload.db.migrate({ migrations })
    return payload
  })()
  return ready
}
