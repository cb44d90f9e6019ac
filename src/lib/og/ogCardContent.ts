import 'server-only'
import { getTranslations } from 'next-intl/server'
import { eventFormatter, formatEventDate } from '@/lib/format/formatEventDate'
import type { Locale } from '@/i18n/locales'
import { getEventById } from '@/lib/cms/events/calendar'
import { getLocaleSlugs } from '@/lib/cms/read/localeSlugs'
import { getPost } from '@/lib/cms/posts'
import { getSite } from '@/lib/cms/site'

export type OgContent = { kind: string; title: string; lines: string[]; site: string }

/** What the preview card of an event or a post says, in this locale; null when it is not published there. */
export async function ogCardContent(locale: Locale, kind: 'event' | 'post', id: number): Promise<OgContent | null> {
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'ogImage' }), getSite(locale)])
  if (kind === 'event') {
    const event = await getEventById(locale, id)
    if (!event) return null
    const place = event.venue ? [event.venue.name, event.venue.city].filter(Boolean).join(', ') : event.onlineUrl ? 'Online' : ''
    const host = event.host?.name
    const partners = event.partners.map((partner) => partner.name).join(', ')
    const who = host ? (partners ? t('hostWith', { host, partners }) : t('hostOnly', { host })) : partners ? t('partnersOnly', { partners }) : ''
    const lines = [formatEventDate(eventFormatter(locale), event, 'long'), place, who].filter(Boolean)
    return { kind: t('event'), title: event.title, lines, site: site.name }
  }
  const slug = (await getLocaleSlugs('posts', id))[locale]
  const post = slug ? await getPost(locale, slug) : null
  if (!post) return null
  const date = post.publishedAt ? eventFormatter(locale).dateTime(new Date(post.publishedAt), { day: 'numeric', month: 'long', year: 'numeric' }) : ''
  return { kind: t('post'), title: post.title, lines: [date, post.author ?? ''].filter(Boolean), site: site.name }
}
