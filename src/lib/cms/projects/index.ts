import 'server-only'
import type { Locale } from '@/i18n/locales'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'
import { previewable } from '@/lib/cms/read/previewable'
import { findProject, findProjects } from './queries'

export type { PartnerView, Period, Programme, ProjectStatus, ProjectSummary, ProjectView } from './views'

/** The projects published in this locale: running ones first, then planned, then completed. */
export const listProjects = cached('projects-list', ['projects', 'media'], async (locale: Locale) =>
  findProjects(await getPayloadClient(), locale),
)

/** The project with this slug in this locale, if it is published there, with partners, events and posts. */
export const getProject = previewable('project', ['projects', 'spaces', 'events', 'posts', 'media'], async (read, locale: Locale, slug: string) =>
  findProject(await getPayloadClient(), locale, slug, read),
)
