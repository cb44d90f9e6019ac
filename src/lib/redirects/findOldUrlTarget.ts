import 'server-only'
import type { Locale } from '@/i18n/locales'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'
import { resolveOldUrl } from './resolveOldUrl'

/** resolveOldUrl, cached until a post changes. */
export const findOldUrlTarget = cached(
  'old-url-target',
  ['posts'],
  async (wordpressId: number | null, slug: string | null, locale: Locale | null): Promise<string | null> =>
    resolveOldUrl(await getPayloadClient(), { wordpressId: wordpressId ?? undefined, slug: slug ?? undefined, locale: locale ?? undefined }),
)
