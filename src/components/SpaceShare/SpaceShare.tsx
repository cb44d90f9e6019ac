import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { calendarPaths, webcalUrl } from '@/lib/calendar/calendarPaths'
import { absoluteUrl } from '@/lib/seo/absoluteUrl'
import styles from './SpaceShare.module.css'

type Props = { locale: Locale; space: { name: string; slug: string } }

/** For partners: the space's calendar to subscribe to, its JSON feed, and the widget's snippet. */
export async function SpaceShare({ locale, space }: Props) {
  const t = await getTranslations({ locale, namespace: 'spaceShare' })
  const feed = absoluteUrl(calendarPaths.space(locale, space.slug, 'ics'))
  const snippet = `<iframe src="${absoluteUrl(calendarPaths.embed(locale, space.slug))}" title="${t('widgetFrameTitle', { space: space.name }).replace(/"/g, '&quot;')}" width="100%" height="420" style="border:0" loading="lazy"></iframe>`
  return (
    <section aria-labelledby="space-share" className={styles.share}>
      <div className="section-title">
        <h2 id="space-share">{t('title', { space: space.name })}</h2>
      </div>
      <div className={styles.columns}>
        <div>
          <p>
            <a href={webcalUrl(feed)} className="button">
              {t('subscribe')}
            </a>
          </p>
          <p className="meta">{t('subscribeHelp')}</p>
          <p className={styles.urls}>
            <code>{feed}</code>
          </p>
          <p>
            <a href={calendarPaths.space(locale, space.slug, 'json')}>{t('json')}</a>
          </p>
        </div>
        <div>
          <h3 className={styles.widgetTitle} id="space-widget">
            {t('widget')}
          </h3>
          <p className="meta">{t('widgetHelp')}</p>
          <pre className={styles.snippet} aria-labelledby="space-widget" tabIndex={0}>
            <code>{snippet}</code>
          </pre>
        </div>
      </div>
    </section>
  )
}
