import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { findEvent } from '@/lib/cms/events/queries'
import { findProject } from '@/lib/cms/projects/queries'
import { findSpace } from '@/lib/cms/spaces/queries'
import { richText } from '@/seed/lexical'
import { testPayload } from './setup/payload'

let payload: Payload
const run = Date.now().toString(36)

beforeAll(async () => {
  payload = await testPayload()
})

// The document pages of events, projects and spaces read through the one findBySlug.
describe('a document page read by slug', () => {
  it('finds an event, a project and a space in the locale they exist in, with their relations, and nothing elsewhere', async () => {
    const space = await payload.create({
      collection: 'spaces',
      locale: 'it',
      data: { name: `Spazio slug ${run}`, slug: '', kind: 'partner', city: 'Fano', country: 'IT', description: richText(['Uno spazio.']) },
    })
    const project = await payload.create({
      collection: 'projects',
      locale: 'it',
      data: { title: `Progetto slug ${run}`, slug: '', programme: 'local', status: 'active', _status: 'published' },
    })
    const event = await payload.create({
      collection: 'events',
      locale: 'it',
      data: {
        title: `Evento slug ${run}`,
        slug: '',
        status: 'scheduled',
        _status: 'published',
        start: '2030-05-04T16:00:00.000Z',
        start_tz: 'Europe/Rome',
        end_tz: 'Europe/Rome',
        host: space.id,
        relatedProjects: [project.id],
      } as never,
    })

    const foundSpace = await findSpace(payload, 'it', space.slug)
    expect(foundSpace?.name).toBe(space.name)
    expect(foundSpace?.slugs).toEqual({ it: space.slug })
    expect(await findSpace(payload, 'en', space.slug)).toBeNull()

    const foundProject = await findProject(payload, 'it', project.slug)
    expect(foundProject?.title).toBe(project.title)
    expect(foundProject?.events.map((row) => row.title)).toContain(`Evento slug ${run}`)
    expect(await findProject(payload, 'en', project.slug)).toBeNull()

    const foundEvent = await findEvent(payload, 'it', event.slug)
    expect(foundEvent?.title).toBe(`Evento slug ${run}`)
    expect(foundEvent?.projects.map((link) => link.title)).toEqual([project.title])
    expect(await findEvent(payload, 'en', event.slug)).toBeNull()
    expect(await findEvent(payload, 'it', `${event.slug}-missing`)).toBeNull()
  })
})
