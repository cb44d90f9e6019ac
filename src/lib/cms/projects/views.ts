import type { Locale } from '@/i18n/locales'
import type { Project } from '@/payload-types'
import { type EventSummary, toEventSummary } from '@/lib/cms/events/views'
import type { LocaleSlugs } from '@/lib/cms/read/slugsByLocale'
import { type PostLink, type SeoView, type SpaceLink, populated, toPostLinks, toSeo, toSpaceLink } from '@/lib/cms/shared/linkViews'
import { type ImageView, toImageView } from '@/lib/cms/shared/media'

export type Programme = Project['programme']
export type ProjectStatus = Project['status']

/** Month-precision dates (stored as the first of the month at noon UTC). */
export type Period = { start?: string; end?: string }

export type ProjectSummary = {
  id: number
  slug: string
  title: string
  /** Left out when the title already says it. */
  hashtag?: string
  summary?: string
  programme: Programme
  status: ProjectStatus
  period: Period
  image?: ImageView
}

/** One of our spaces, or an organisation known only by name (entered once, not translated). */
export type PartnerView =
  | { kind: 'space'; space: SpaceLink }
  | { kind: 'organisation'; name: string; city?: string; country?: string; website?: string }

export type ProjectView = ProjectSummary & {
  body: Project['body']
  cover?: ImageView
  partners: PartnerView[]
  funding?: string
  events: EventSummary[]
  posts: PostLink[]
  slugs: LocaleSlugs
  seo: SeoView
}

const text = (value: string | null | undefined) => value?.trim() || undefined

const squash = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')

/** The hashtag, unless the title already says it ("#Appleseed"). */
export function distinctHashtag(hashtag: string | null | undefined, title: string): string | undefined {
  const tag = text(hashtag)
  return tag && !squash(title).includes(squash(tag)) ? tag : undefined
}

export const projectSummaryFields = {
  title: true,
  slug: true,
  hashtag: true,
  summary: true,
  programme: true,
  status: true,
  period: true,
  coverImage: true,
} as const

export function toProjectSummary(project: Pick<Project, 'id' | keyof typeof projectSummaryFields>): ProjectSummary {
  return {
    id: project.id,
    slug: project.slug,
    title: project.title,
    hashtag: distinctHashtag(project.hashtag, project.title),
    summary: text(project.summary),
    programme: project.programme,
    status: project.status,
    period: { start: project.period?.start ?? undefined, end: project.period?.end ?? undefined },
    image: toImageView(project.coverImage, 'card'),
  }
}

const statusOrder: Record<ProjectStatus, number> = { active: 0, planned: 1, completed: 2 }

/** Running projects first, then those in preparation, then finished ones; the most recent first within each. */
export function sortProjects(projects: ProjectSummary[]): ProjectSummary[] {
  const start = (project: ProjectSummary) => (project.period.start ? Date.parse(project.period.start) : 0)
  return [...projects].sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || start(b) - start(a) || a.title.localeCompare(b.title))
}

function toPartners(partners: Project['partners'], locale: Locale): PartnerView[] {
  return (partners ?? []).flatMap((partner): PartnerView[] => {
    const [space] = populated([partner.space])
    if (space) return [{ kind: 'space', space: toSpaceLink(space, locale) }]
    const name = text(partner.organisation)
    if (!name) return []
    return [{ kind: 'organisation', name, city: text(partner.city), country: text(partner.country), website: text(partner.website) }]
  })
}

export function toProjectView(project: Project, locale: Locale, slugs: LocaleSlugs): ProjectView {
  return {
    ...toProjectSummary(project),
    body: project.body,
    cover: toImageView(project.coverImage, 'large'),
    partners: toPartners(project.partners, locale),
    funding: text(project.funding),
    events: populated(project.events?.docs)
      .map(toEventSummary)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
    posts: toPostLinks(project.posts?.docs),
    slugs,
    seo: toSeo(project.meta, { title: project.title, description: project.summary, image: project.coverImage }),
  }
}
