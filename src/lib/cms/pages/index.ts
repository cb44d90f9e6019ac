import 'server-only'
import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/cms/read/client'
import { previewable } from '@/lib/cms/read/previewable'
import { findPage } from './queries'

export type { BlockView, FormView, LinkView, PageView, PlanView } from './views'

/** The page with this slug in this locale, if it is published there. */
export const getPage = previewable('page', ['pages', 'media', 'forms'], async (read, locale: Locale, slug: string) =>
  findPage(await getPayloadClient(), locale, slug, read),
)
