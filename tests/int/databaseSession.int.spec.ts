import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { drizzleOf } from '@/db/drizzleOf'
import { testPayload } from './setup/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe("the site's database connections (src/db/poolOptions.ts)", () => {
  it('stop a statement after 15 s and never start parallel workers', async () => {
    const setting = async (name: string) => (await drizzleOf(payload).execute<{ setting: string }>(sql`SELECT current_setting(${name}) AS setting`)).rows[0]?.setting
    expect(await setting('statement_timeout')).toBe('15s')
    expect(await setting('max_parallel_workers_per_gather')).toBe('0')
  })
})
