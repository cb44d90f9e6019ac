import 'server-only'
import { isLocale, type Locale } from '@/i18n/locales'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'
import { eventSummaryFields } from '@/lib/cms/events/views'
import { getLocaleSlugs } from '@/lib/cms/read/localeSlugs'
import { type ProjectSummary, type ProjectView, projectSummaryFields, sortProjects, toProjectSummary, toProjectView } from './views'
import { previewable } from '@/lib/cms/read/previewable'
import { publicRead } from '@/lib/cms/read/publicRead'

export type { PartnerView, Period, Programme, ProjectStatus, ProjectSummary, ProjectView } from './views'

/** The projects published in this locale: running ones first, then planned, then completed. */
export const listProjects = cached('projects-list', ['projects', 'media'], async (locale: Locale): Promise<ProjectSummary[]> => {
  // A page under an unknown first segment (/favicon.ico) renders beside the layout's 404: read nothing.
  if (!isLocale(locale)) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'projects',
    pagination: false,
    depth: 1,
    select: projectSummaryFields,
    ...publicRead(locale),
  })
  return sortProjects(docs.map(toProjectSummary))
})

/** The project with this slug in this locale, if it is published there, with partners, events and posts. */
export const getProject = previewable(
  'project',
  ['projects', 'spaces', 'events', 'posts', 'media'],
  async (read, locale: Locale, slug: string): Promise<ProjectView | null> => {
    if (!isLocale(locale)) return null
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'projects',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      joins: { events: { limit: 50, sort: 'start' }, posts: { limit: 12, sort: '-publishedAt' } },
      populate: {
        spaces: { name: true, slug: true, city: true, country: true, availableIn: true },
        events: eventSummaryFields,
        posts: { title: true, slug: true, excerpt: true, publishedAt: true },
      },
      ...read,
    })
    const project = docs[0]
    return project ? toProjectView(project, locale, await getLocaleSlugs('projects', project.id)) : null
  },
)
