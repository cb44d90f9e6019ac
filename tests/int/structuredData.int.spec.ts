import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { findEventById } from '@/lib/cms/events/calendarQueries'
import { eventJsonLd } from '@/lib/seo/jsonLd/eventJsonLd'
import { postJsonLd } from '@/lib/seo/jsonLd/postJsonLd'
import { serializeJsonLd } from '@/lib/seo/jsonLd/serializeJsonLd'
import { testPayload } from './setup/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const isoWithOffset = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
const postalAddress = z.object({ '@type': z.literal('PostalAddress'), addressLocality: z.string(), addressCountry: z.string() })
const place = z.object({ '@type': z.literal('Place'), name: z.string(), address: postalAddress })
const virtual = z.object({ '@type': z.literal('VirtualLocation'), url: z.url() })

/** Google's Event rich result: required name, startDate, location; the recommended fields we promise. */
const googleEvent = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('Event'),
  name: z.string().min(1),
  startDate: isoWithOffset,
  endDate: isoWithOffset.optional(),
  eventStatus: z.enum(['https://schema.org/EventScheduled', 'https://schema.org/EventCancelled', 'https://schema.org/EventPostponed']),
  eventAttendanceMode: z.string().startsWith('https://schema.org/'),
  location: z.union([place, virtual, z.array(z.union([place, virtual])).min(1)]),
  organizer: z.array(z.object({ '@type': z.literal('Organization'), name: z.string() })).min(1),
  image: z.array(z.url()).min(1),
  description: z.string().optional(),
  url: z.url(),
})

const googleArticle = z.object({
  '@type': z.literal('BlogPosting'),
  headline: z.string().min(1),
  image: z.array(z.url()).min(1),
  datePublished: z.string().optional(),
  author: z.object({ '@type': z.enum(['Person', 'Organization']), name: z.string() }),
})

const links = { url: 'https://coworking.example/it/eventi/x', image: 'https://coworking.example/it/og/event-1.png', spaceUrl: () => undefined }

async function publishedEvent(data: Record<string, unknown>) {
  const space = await payload.create({ collection: 'spaces', locale: 'it', data: { name: 'Spazio JSON-LD', slug: '', kind: 'partner', city: 'Fano', country: 'IT' } })
  const created = await payload.create({
    collection: 'events',
    locale: 'it',
    data: { slug: '', status: 'scheduled', _status: 'published', start_tz: 'Europe/Rome', end_tz: 'Europe/Rome', host: space.id, ...data } as never,
  })
  const event = await findEventById(payload, 'it', created.id)
  if (!event) throw new Error('not published')
  return event
}

describe('Event JSON-LD', () => {
  it("meets Google's fields with Rome's offset: +02:00 in summer, +01:00 in winter", async () => {
    const summer = await publishedEvent({ title: 'Estate', start: '2030-07-01T16:00:00.000Z', end: '2030-07-01T18:00:00.000Z', venue: { name: 'Warehouse', city: 'Fano', country: 'IT' } })
    const winter = await publishedEvent({ title: 'Inverno', start: '2030-01-15T17:00:00.000Z', onlineUrl: 'https://meet.example/x', status: 'cancelled' })
    const summerLd = googleEvent.parse(eventJsonLd(summer, links))
    const winterLd = googleEvent.parse(eventJsonLd(winter, links))
    expect(summerLd.startDate).toBe('2030-07-01T18:00:00+02:00')
    expect(summerLd.endDate).toBe('2030-07-01T20:00:00+02:00')
    expect(winterLd.startDate).toBe('2030-01-15T18:00:00+01:00')
    expect(winterLd.eventStatus).toBe('https://schema.org/EventCancelled')
    expect(winterLd.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(winterLd.location).toEqual({ '@type': 'VirtualLocation', url: 'https://meet.example/x' })
    expect(summerLd.organizer[0].name).toBe('Spazio JSON-LD')
  })

  it('cannot be broken out of by a title containing </script>', async () => {
    const title = 'Serata </script><script>alert(1)</script> & <!-- amici'
    const event = await publishedEvent({ title, start: '2030-07-02T16:00:00.000Z', venue: { name: 'Sala', city: 'Fano', country: 'IT' } })
    const json = serializeJsonLd(eventJsonLd(event, links))
    expect(json).not.toMatch(/<\/?script/i)
    expect(json).not.toContain('<!--')
    const parsed = googleEvent.parse(JSON.parse(json))
    expect(parsed.name).toBe(title)
  })
})

describe('BlogPosting JSON-LD', () => {
  it('has a headline, an image and an author', () => {
    const post = { title: 'Un articolo', excerpt: 'Sommario', publishedAt: '2030-01-01T10:00:00.000Z' } as Parameters<typeof postJsonLd>[0]
    const ld = postJsonLd(post, 'it', { url: 'https://coworking.example/it/blog/x', image: 'https://coworking.example/it/og/post-1.png', publisher: 'Warehouse', publisherUrl: 'https://coworking.example/it' })
    expect(googleArticle.parse(ld).author).toEqual({ '@type': 'Organization', name: 'Warehouse' })
  })
})
