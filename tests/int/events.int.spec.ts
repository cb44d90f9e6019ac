import { type Payload, ValidationError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from './setup/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('event times', () => {
  it('store the instant in UTC with Europe/Rome beside it, across a DST change', async () => {
    const summer = await payload.create({
      collection: 'events',
      locale: 'it',
      data: { title: 'Evento estivo', slug: '', start: '2014-10-05T09:00:00.000Z', end: '2014-10-26T11:00:00.000Z', start_tz: 'Europe/Rome', end_tz: 'Europe/Rome', status: 'scheduled', _status: 'published' },
    })
    expect(summer.start).toBe('2014-10-05T09:00:00.000Z')
    expect(summer.end).toBe('2014-10-26T11:00:00.000Z')
    expect(summer.start_tz).toBe('Europe/Rome')
    const rome = (iso: string) =>
      new Intl.DateTimeFormat('it-IT', { timeZone: summer.start_tz ?? undefined, hour: '2-digit', minute: '2-digit' }).format(new Date(iso))
    expect(rome(summer.start)).toBe('11:00') // CEST, UTC+2
    expect(rome(summer.end as string)).toBe('12:00') // CET, UTC+1
  })

  it('refuse an end before the start', async () => {
    await expect(
      payload.create({
        collection: 'events',
        locale: 'it',
        data: { title: 'Al contrario', slug: '', start: '2030-01-02T10:00:00.000Z', end: '2030-01-01T10:00:00.000Z', start_tz: 'Europe/Rome', end_tz: 'Europe/Rome', status: 'scheduled', _status: 'published' },
      }),
    ).rejects.toBeInstanceOf(ValidationError)
  })
})
