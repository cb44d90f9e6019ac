import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { eventSummaryFields } from '@/lib/cms/events/views'
import { publicRead, type ReadOptions } from '@/lib/cms/read/publicRead'
import { findBySlug } from '@/lib/cms/read/findBySlug'
import { findLocaleSlugs } from '@/lib/cms/read/slugsByLocale'
import { type ProjectSummary, type ProjectView, projectSummaryFields, sortProjects, toProjectSummary, toProjectView } from './views'

/** The projects published in this locale: running ones first, then planned, then completed. */
export async function findProjects(payload: Payload, locale: Locale): Promise<ProjectSummary[]> {
  const { docs } = await payload.find({
    collection: 'projects',
    pagination: false,
    depth: 1,
    select: projectSummaryFields,
    ...publicRead(locale),
  })
  return sortProjects(docs.map(toProjectSummary))
}

/** The project with this slug in this locale, if it is published there, with partners, events and posts. */
export async function findProject(payload: Payload, locale: Locale, slug: string, read: ReadOptions = publicRead(locale)): Promise<ProjectView | null> {
  const project = await findBySlug(payload, 'projects', slug, read, {
    joins: { events: { limit: 50, sort: 'start' }, posts: { limit: 12, sort: '-publishedAt' } },
    populate: {
      spaces: { name: true, slug: true, city: true, country: true, availableIn: true },
      events: eventSummaryFields,
      posts: { title: true, slug: true, excerpt: true, publishedAt: true },
    },
  })
  return project ? toProjectView(project, locale, await findLocaleSlugs(payload, 'projects', project.id)) : null
}
