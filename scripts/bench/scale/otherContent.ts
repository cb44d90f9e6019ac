import type { Payload } from 'payload'
import { richText } from '../../../src/seed/lexical'
import { paragraphs, title } from './text'

// Revalidation off, as in the seed and the importer: no server is running yet.
const context = { disableRevalidate: true }
const cities = ['Fano', 'Pesaro', 'Ancona', 'Urbino', 'Firenze', 'Perugia', 'Bologna', 'Milano', 'Torino', 'Napoli']

async function inBatches(count: number, write: (n: number) => Promise<unknown>): Promise<void> {
  for (let start = 1; start <= count; start += 4) {
    await Promise.all(Array.from({ length: Math.min(4, count - start + 1) }, (_, i) => write(start + i)))
  }
}

/** Spaces, projects and events through Payload's Local API, so every hook runs as in the admin. */
export async function writeOtherContent(payload: Payload, counts: { spaces: number; projects: number; events: number }) {
  const spaceIds: number[] = []
  await inBatches(counts.spaces, async (n) => {
    const space = await payload.create({
      collection: 'spaces',
      locale: 'it',
      context,
      data: { name: `Coworking ${title(n, 'it')}`, slug: '', kind: 'partner', city: cities[n % cities.length], region: 'Marche', country: 'IT', description: richText(paragraphs(n, 'it', 2)) },
    })
    if (n % 4 !== 0) await payload.update({ collection: 'spaces', id: space.id, locale: 'en', context, data: { description: richText(paragraphs(n, 'en', 2)) } })
    spaceIds.push(space.id)
  })
  const projectIds: number[] = []
  await inBatches(counts.projects, async (n) => {
    const project = await payload.create({
      collection: 'projects',
      locale: 'it',
      context,
      data: {
        title: `Progetto ${title(n, 'it')}`, slug: '', hashtag: `#progetto${n}`, summary: paragraphs(n, 'it', 1)[0].slice(0, 300), body: richText(paragraphs(n, 'it', 4)),
        programme: 'local', status: 'completed', period: { start: `20${10 + (n % 15)}-01-01T00:00:00.000Z` }, partners: [{ space: spaceIds[n % spaceIds.length] }], _status: 'published',
      },
    })
    if (n % 4 !== 0) {
      await payload.update({
        collection: 'projects', id: project.id, locale: 'en', context,
        data: { title: `Project ${title(n, 'en')}`, summary: paragraphs(n, 'en', 1)[0].slice(0, 300), body: richText(paragraphs(n, 'en', 4)), _status: 'published' },
      })
    }
    projectIds.push(project.id)
  })
  await inBatches(counts.events, async (n) => {
    const start = new Date(Date.UTC(2016, 0, 1) + n * 5 * 86400_000 + 17 * 3600_000)
    const event = await payload.create({
      collection: 'events',
      locale: 'it',
      context,
      data: {
        title: `Incontro ${title(n, 'it')}`, slug: '', summary: paragraphs(n, 'it', 1)[0].slice(0, 300), description: richText(paragraphs(n, 'it', 3)),
        start: start.toISOString(), end: new Date(start.getTime() + 2 * 3600_000).toISOString(), start_tz: 'Europe/Rome', end_tz: 'Europe/Rome', status: 'scheduled',
        host: spaceIds[n % spaceIds.length], partners: [spaceIds[(n * 3) % spaceIds.length]], relatedProjects: n % 5 === 0 ? [projectIds[n % projectIds.length]] : [],
        venue: { name: 'Sala grande', city: cities[n % cities.length] }, _status: 'published',
      },
    })
    if (n % 4 !== 0) {
      await payload.update({
        collection: 'events', id: event.id, locale: 'en', context,
        data: { title: `Meetup ${title(n, 'en')}`, summary: paragraphs(n, 'en', 1)[0].slice(0, 300), description: richText(paragraphs(n, 'en', 3)), _status: 'published' },
      })
    }
  })
}
