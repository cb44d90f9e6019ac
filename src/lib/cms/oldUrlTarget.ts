import 'server-only'
import type { Locale } from '@/i18n/locales'
import { resolveOldUrl } from '../oldUrlTarget'
import { cached } from './read/cached'
import { getPayloadClient } from './read/client'

/** resolveOldUrl, cached until a post changes. */
export const findOldUrlTarget = cached(
  'old-url-target',
  ['posts'],
  async (wordpressId: number | null, slug: string | null, locale: Locale | null): Promise<string | null> =>
    resolveOldUrl(await getPayloadClient(), { wordpressId: wordpressId ?? undefined, slug: slug ?? undefined, locale: locale ?? undefined }),
)
