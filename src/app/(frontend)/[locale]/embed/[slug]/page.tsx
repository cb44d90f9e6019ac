import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { CSSProperties } from 'react'
import { EventPlace } from '@/components/EventCard/EventPlace'
import { EventDate } from '@/components/EventDate/EventDate'
import { EventStatus } from '@/components/EventStatus/EventStatus'
import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { localeParams } from '@/i18n/requestLocale'
import { splitEvents } from '@/lib/cms/events/timeline'
import { getSite } from '@/lib/cms/site'
import { getSpace } from '@/lib/cms/spaces'
import { widgetOptions } from '@/lib/embed/widgetOptions'
import { registrationStateText } from '@/components/Registration/RegistrationState'
import { registrationStates } from '@/lib/cms/registration'
import styles from './embed.module.css'

type Props = {
  params: Promise<{ locale: Locale; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load(locale: Locale, slug: string) {
  if (slug.length > 200) notFound()
  const space = await getSpace(locale, slug)
  if (!space) notFound()
  return space
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await localeParams(params)
  const space = await load(locale, slug)
  const t = await getTranslations({ locale, namespace: 'embedWidget' })
  return { title: t('title', { space: space.name }), robots: { index: false } }
}

/**
 * The events widget partners put in an iframe: the space's upcoming shared events, no site header,
 * no cookies, no script of ours; colours and length from the validated query string. Links open
 * outside the frame (the site's pages refuse to be framed elsewhere).
 */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { locale, slug } = await localeParams(params)
  const [space, options, site, t] = await Promise.all([
    load(locale, slug),
    searchParams.then(widgetOptions),
    getSite(locale),
    getTranslations({ locale, namespace: 'embedWidget' }),
  ])
  const events = splitEvents(space.events, new Date()).upcoming.slice(0, options.limit)
  const states = await registrationStates(events)
  const registration = new Map(await Promise.all([...states].map(async ([id, state]) => [id, await registrationStateText(locale, state)] as const)))
  const theme = { '--widget-accent': options.accent, '--widget-background': options.background, '--widget-text': options.text } as CSSProperties
  const href = (path: Parameters<typeof getPathname>[0]['href']) => getPathname({ locale, href: path })
  return (
    <main id="main" className={styles.widget} style={theme}>
      <h1 className={styles.title}>{t('title', { space: space.name })}</h1>
      {events.length === 0 ? (
        <p className={styles.none}>{t('none')}</p>
      ) : (
        <ul className={styles.list}>
          {events.map((event) => (
            <li key={event.id} className={styles.item}>
              <p className={styles.when}>
                <EventDate locale={locale} event={event} />
              </p>
              <p className={styles.event}>
                <a href={href(contentHref('events', event.slug))} target="_blank" rel="noopener">
                  {event.title}
                </a>{' '}
                <EventStatus locale={locale} status={event.status} />
              </p>
              {event.place && (
                <p className={styles.place}>
                  <EventPlace locale={locale} place={event.place} />
                </p>
              )}
              {registration.has(event.id) && (
                <p className={styles.place} data-registration={states.get(event.id)?.kind}>
                  {registration.get(event.id)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className={styles.more}>
        <a href={href('/events')} target="_blank" rel="noopener">
          {t('all', { site: site.name })}
        </a>
      </p>
    </main>
  )
}
