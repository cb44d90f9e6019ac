import 'server-only'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { listFeedPosts } from '@/lib/cms/posts'
import { getSite } from '@/lib/cms/site'
import { postsFeed } from './postsFeed'

/** The RSS document of `locale`'s blog, read through the cached data layer. */
export async function renderPostsFeed(locale: Locale): Promise<string> {
  const [site, posts, t, embed] = await Promise.all([
    getSite(locale),
    listFeedPosts(locale),
    getTranslations({ locale, namespace: 'feed' }),
    getTranslations({ locale, namespace: 'embed' }),
  ])
  return postsFeed({
    locale,
    siteName: site.name,
    title: t('title', { site: site.name }),
    description: t('description', { site: site.name }),
    posts,
    watchOn: (provider, title) => embed('watchOn', { provider, title }),
  })
}
